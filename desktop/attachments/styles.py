"""Stylesheet rules of the attachments, fed with the charter tokens by desktop/theme/stylesheet.py (same
token names as its base template)."""

from string import Template

STYLE = Template(
    """
QMessageBox#openBlockedWarning QLabel#qt_msgbox_label,
QMessageBox#openBlockedWarning QLabel#qt_msgbox_informativelabel { min-width: 30em; }
"""
)
