"""Stylesheet rules of the Clients section, in charter tokens (picked up by
desktop.theme.stylesheet.render_stylesheet)."""

from string import Template

STYLE = Template(
    """
QFrame#customerRecordHeader { background: $surface; border-bottom: 1px solid $border; }
QLabel[badge="crm"] { background: $info; color: $text_on_primary; border-radius: ${radius_pill}px;
    padding: 1px ${sm}px; font-weight: 600; font-size: ${size_small}pt; }
QLabel[badge="sav"] { background: $surface_alt; color: $text; border: 1px solid $border;
    border-radius: ${radius_pill}px; padding: 1px ${sm}px; font-size: ${size_small}pt; }
QLabel[badge="inactive"] { background: $danger; color: $text_on_primary; border-radius: ${radius_pill}px;
    padding: 1px ${sm}px; font-weight: 600; font-size: ${size_small}pt; }
QLabel[role="record-field"] { color: $text; }
QLabel[role="record-caption"] { color: $text_muted; font-size: ${size_small}pt; }
QLabel[role="success"] { color: $success; font-weight: 600; }
QPushButton[variant="link"]:focus { border: 2px solid $focus; border-radius: ${radius_sm}px; }
"""
)
