"""Administration rules of the stylesheet, in charter tokens (picked up by
desktop.theme.stylesheet.render_stylesheet)."""

from string import Template

STYLE = Template(
    """
QFrame#adminNav { background: $surface; border-right: 1px solid $border; min-width: 180px; }
QLabel#adminNavTitle { color: $text_muted; padding: 0 ${sm}px ${sm}px ${sm}px; }
QListWidget#adminSections { background: transparent; border: none; outline: 0; }
QListWidget#adminSections::item { padding: ${sm}px ${md}px; margin: 1px 0; border-radius: ${radius_md}px;
    color: $text; }
QListWidget#adminSections::item:hover { background: $surface_alt; }
QListWidget#adminSections::item:selected { background: $selection; color: $primary; font-weight: 600; }
QListWidget#adminSections::item:selected:focus { background: $primary; color: $text_on_primary; }

QWidget#adminPage, QDialog#adminDialog { background: $window; }
QWidget#adminPage QPushButton[variant="danger"]:disabled { color: $text_muted; border-color: $border; }
QLabel[role="hint"] { color: $text_muted; font-size: ${size_small}pt; }
QLabel[role="field-error"] { color: $danger; font-size: ${size_small}pt; font-weight: 600; }
QLabel[role="read-only"] { background: $surface_alt; border: 1px solid $border; border-radius: ${radius_md}px;
    padding: ${xs}px ${sm}px; color: $text; }

QDoubleSpinBox { background: $surface; border: 1px solid $border; border-radius: ${radius_md}px;
    padding: ${xs}px ${sm}px; }
QDoubleSpinBox:focus, QSpinBox:focus { border: 2px solid $focus; }
QDoubleSpinBox[invalid="true"], QSpinBox[invalid="true"], QCheckBox[invalid="true"] { border: 2px solid $danger; }

QGroupBox[role="permissions"] { background: $surface; border: 1px solid $border; border-radius: ${radius_md}px;
    margin-top: ${lg}px; padding: ${md}px ${sm}px ${sm}px ${sm}px; font-weight: 600; }
QGroupBox[role="permissions"]::title { subcontrol-origin: margin; left: ${sm}px; padding: 0 ${xs}px;
    color: $text_muted; }
QGroupBox[role="permissions"] QCheckBox { font-weight: normal; padding: 2px 0; }

QFrame#agentEditor QListWidget { background: $surface; border: 1px solid $border; border-radius: ${radius_md}px; }
QFrame#agentEditor QListWidget::item { padding: 2px ${xs}px; }
QFrame#agentEditor QListWidget:focus { border: 2px solid $focus; }
"""
)
