"""Stylesheet rules of the notification bell, its panel and the preferences dialog, fed with the
charter tokens by desktop/theme/stylesheet.py (same token names as its base template)."""

from string import Template

STYLE = Template(
    """
QToolButton#notificationBell { background: transparent; border: none; border-radius: ${radius_md}px;
    color: $text_muted; }
QToolButton#notificationBell:hover { background: $surface_alt; color: $text; }
QToolButton#notificationBell:focus { border: 2px solid $focus; }
QLabel#notificationCount { background: $danger; color: $text_on_primary; border-radius: ${radius_pill}px;
    min-height: 16px; padding: 0 ${xs}px; font-size: ${size_small}pt; font-weight: 700; }

QFrame#notificationPanel { background: $surface; border: 1px solid $border; border-radius: ${radius_lg}px; }
QListView#notificationList { background: $surface; border: none; outline: none; }
QListView#notificationList::item { border-bottom: 1px solid $border; }
QListView#notificationList::item:hover { background: $surface_alt; }
QListView#notificationList::item:selected { background: $selection; }
QListView#notificationList:focus { border: 1px solid $focus; }

QDialog#notificationPreferencesDialog { background: $window; }
"""
)
