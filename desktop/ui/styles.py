"""Stylesheet rules of the application shell (sign-in, header, banners, menus, status bar,
palette), written with the charter's token names only — see desktop/theme/stylesheet.py."""

from string import Template

STYLE = Template(
    """
QWidget#signInPage, QWidget#signInContent, QWidget#restoringPage, QWidget#shell { background: $window; }
QFrame#signInCard { background: $surface; border: 1px solid $border; border-radius: ${radius_lg}px; }
QFrame#signInCard QLineEdit { padding: ${sm}px ${md}px; }
QFrame#signInCard QPushButton[variant="primary"] { padding: ${sm}px ${lg}px; min-height: 20px; }

QFrame[role="banner-offline"] QPushButton[variant="banner"] { background: transparent; color: $offline_text;
    border: 1px solid $offline_text; border-radius: ${radius_sm}px; padding: ${xs}px ${md}px; font-weight: 600; }
QFrame[role="banner-offline"] QPushButton[variant="banner"]:focus { border: 2px solid $focus; }
QFrame[role="banner-error"] { border-radius: 0; }
QFrame[role="banner-success"] { background: $success; }
QFrame[role="banner-success"] QLabel { color: $text_on_primary; }
QFrame[role="banner-warning"] { background: $note_background; border-bottom: 1px solid $note_border; }
QFrame[role="banner-warning"] QLabel { color: $text; }
QFrame[role="banner-info"] QLabel { color: $text; }
QToolButton[role="banner-close"] { background: transparent; border: none; padding: ${xs}px;
    border-radius: ${radius_sm}px; font-weight: 700; }
QFrame[role="banner-error"] QToolButton[role="banner-close"],
QFrame[role="banner-success"] QToolButton[role="banner-close"] { color: $text_on_primary; }
QFrame[role="banner-warning"] QToolButton[role="banner-close"],
QFrame[role="banner-info"] QToolButton[role="banner-close"] { color: $text; }
QToolButton[role="banner-close"]:focus { border: 2px solid $focus; }

QLabel[role="header-product"] { color: $text_muted; font-size: ${size_heading}pt; }
QPushButton[role="nav"] { background: transparent; border: none; border-radius: ${radius_md}px;
    padding: ${sm}px ${lg}px; color: $text_muted; font-weight: 600; }
QPushButton[role="nav"]:hover { background: $surface_alt; color: $text; }
QPushButton[role="nav"]:checked { background: $selection; color: $primary; }
QPushButton[role="nav"]:focus { border: 2px solid $focus; }
QLabel[role="avatar"] { background: $primary; color: $text_on_primary; border-radius: 17px; font-weight: 700;
    font-size: ${size_small}pt; }
QToolButton#userMenuButton { background: transparent; border: none; font-weight: 600; padding: 0 ${md}px 0 0;
    color: $text; }
QToolButton#userMenuButton:hover { color: $primary; }
QToolButton#userMenuButton:focus { border-bottom: 2px solid $focus; }

QLabel#connectionState[role="status-online"] { color: $success; }
QLabel#connectionState[role="status-offline"] { color: $warning; font-weight: 600; }
QLabel#connectionState[role="status-idle"] { color: $text_muted; }
QStatusBar QLabel#signedInUser { color: $text_muted; padding: 0 ${md}px; }
QStatusBar QLabel#connectionState { padding: 0 ${sm}px; }

QDialog#commandPalette { background: transparent; }
QFrame#commandPaletteFrame { background: $surface; border: 1px solid $border; border-radius: ${radius_lg}px; }
QFrame#commandPaletteFrame QLineEdit { padding: ${sm}px ${md}px; font-size: ${size_heading}pt; }
QFrame#commandPaletteFrame QTreeWidget { border: none; }
QFrame#commandPaletteFrame QTreeWidget::item { padding: ${xs}px ${sm}px; }
QFrame#commandPaletteFrame QTreeWidget::item:selected { background: $selection; color: $text; }

QDialog#changePasswordDialog, QDialog#settingsDialog, QDialog#aboutDialog { background: $window; }
QWidget#unavailableWorkspace { background: $window; }
"""
)
