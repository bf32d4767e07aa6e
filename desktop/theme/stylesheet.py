"""Renders the charter tokens into the application's Qt stylesheet.

Widgets never name a colour or a font: they set an object name or a `variant` / `role`
property, and the rules below give them the charter's look."""

import importlib
from string import Template

from desktop.theme.tokens import Charter, Palette

# Each feature keeps its own rules in `<feature>/styles.py` as `STYLE = Template(...)`, using the
# same token names as the base template below.
FEATURE_STYLE_MODULES = (
    "desktop.ui.styles", "desktop.tickets.styles", "desktop.admin.styles", "desktop.notifications.styles",
    "desktop.attachments.styles", "desktop.customers.styles",
)

_TEMPLATE = Template(
    """
* { font-family: $family; font-size: ${size_base}pt; color: $text; }
QMainWindow, QDialog, QWidget#page { background: $window; }
QToolTip { background: $surface; color: $text; border: 1px solid $border; padding: ${xs}px; }

QFrame#header { background: $header; border-bottom: 1px solid $border; }
QFrame#sidebar { background: $sidebar; }
QFrame#sidebar QLabel, QFrame#sidebar QToolButton { color: $sidebar_text; }
QFrame#sidebar QListView, QFrame#sidebar QListWidget {
    background: transparent; border: none; color: $sidebar_text; outline: 0; }
QFrame#sidebar QListView::item, QFrame#sidebar QListWidget::item {
    padding: ${sm}px ${md}px; border-radius: ${radius_md}px; margin: 1px ${sm}px; color: $sidebar_text; }
QFrame#sidebar QListView::item:selected, QFrame#sidebar QListWidget::item:selected {
    background: $sidebar_active; color: $text_on_primary; }
QFrame#sidebar QListView::item:hover, QFrame#sidebar QListWidget::item:hover { background: $sidebar_active; }

QFrame[role="card"] { background: $surface; border: 1px solid $border; border-radius: ${radius_lg}px; }
QFrame[role="message"] { background: $surface; border: 1px solid $border; border-radius: ${radius_md}px; }
QFrame[role="note"] { background: $note_background; border: 1px solid $note_border;
    border-left: 4px solid $note_border; border-radius: ${radius_md}px; }
QFrame[role="mine"] { background: $selection; border: 1px solid $border; border-radius: ${radius_md}px; }
QFrame[role="banner-offline"] { background: $offline_background; }
QFrame[role="banner-offline"] QLabel { color: $offline_text; font-weight: 600; }
QFrame[role="banner-error"] { background: $danger; border-radius: ${radius_sm}px; }
QFrame[role="banner-error"] QLabel { color: $text_on_primary; }
QFrame[role="banner-info"] { background: $selection; border-radius: ${radius_sm}px; }

QLabel[role="title"] { font-size: ${size_title}pt; font-weight: $weight_heading; }
QLabel[role="heading"] { font-size: ${size_heading}pt; font-weight: $weight_heading; }
QLabel[role="muted"] { color: $text_muted; font-size: ${size_small}pt; }
QLabel[role="error"] { color: $danger; }
QLabel[role="note-label"] { color: $warning; font-weight: 600; font-size: ${size_small}pt; }
QLabel[role="event"] { color: $text_muted; font-size: ${size_small}pt; font-style: italic; }
QLabel[role="badge"] { background: $danger; color: $text_on_primary; border-radius: ${radius_pill}px;
    padding: 1px 7px; font-size: ${size_small}pt; font-weight: 700; }
QLabel[role="empty"] { color: $text_muted; font-size: ${size_heading}pt; padding: ${xl}px; }

QPushButton { background: $surface; border: 1px solid $border; border-radius: ${radius_md}px;
    padding: ${sm}px ${lg}px; }
QPushButton:hover { border-color: $primary; }
QPushButton:focus { border: 2px solid $focus; }
QPushButton:disabled { color: $text_muted; background: $surface_alt; }
QPushButton[variant="primary"] { background: $primary; color: $text_on_primary; border: 1px solid $primary;
    font-weight: 600; }
QPushButton[variant="primary"]:hover { background: $primary_hover; }
QPushButton[variant="primary"]:disabled { background: $border; border-color: $border; color: $text_muted; }
QPushButton[variant="danger"] { color: $danger; border-color: $danger; }
QPushButton[variant="link"] { background: transparent; border: none; color: $info; padding: 0;
    text-decoration: underline; }

QLineEdit, QPlainTextEdit, QTextEdit, QComboBox, QSpinBox, QDateTimeEdit, QDateEdit {
    background: $surface; border: 1px solid $border; border-radius: ${radius_md}px; padding: ${xs}px ${sm}px;
    selection-background-color: $selection; selection-color: $text; }
QLineEdit:focus, QPlainTextEdit:focus, QTextEdit:focus, QComboBox:focus, QDateTimeEdit:focus {
    border: 2px solid $focus; }
QLineEdit[invalid="true"], QPlainTextEdit[invalid="true"], QComboBox[invalid="true"] { border: 2px solid $danger; }
QComboBox QAbstractItemView { background: $surface; selection-background-color: $selection; }

QTableView, QListView, QTreeView { background: $surface; alternate-background-color: $surface_alt;
    border: 1px solid $border; border-radius: ${radius_md}px; gridline-color: $border;
    selection-background-color: $selection; selection-color: $text; outline: 0; }
QHeaderView::section { background: $surface_alt; color: $text_muted; border: none;
    border-bottom: 1px solid $border; padding: ${xs}px ${sm}px; font-weight: 600; }
QTabWidget::pane { border: 1px solid $border; border-radius: ${radius_md}px; background: $surface; }
QTabBar::tab { background: transparent; padding: ${sm}px ${lg}px; color: $text_muted; border: none;
    border-bottom: 2px solid transparent; }
QTabBar::tab:selected { color: $primary; border-bottom: 2px solid $primary; font-weight: 600; }
QSplitter::handle { background: $border; }
QStatusBar { background: $header; border-top: 1px solid $border; color: $text_muted; }
QStatusBar QLabel { color: $text_muted; }
QScrollArea { border: none; background: transparent; }
QScrollArea > QWidget > QWidget { background: transparent; }
QProgressBar { border: 1px solid $border; border-radius: ${radius_sm}px; background: $surface_alt;
    text-align: center; }
QProgressBar::chunk { background: $primary; border-radius: ${radius_sm}px; }
QCheckBox::indicator:focus { border: 2px solid $focus; }

/* Form pieces shared by every feature (desktop/ui/forms.py) and menus. */
QLabel[role="field-label"] { font-weight: 600; font-size: ${size_small}pt; }
QLabel[role="field-error"] { color: $danger; font-size: ${size_small}pt; }
QLabel[role="value"] { font-weight: 600; }
QLabel[role="shortcut"] { background: $surface_alt; border: 1px solid $border; border-radius: ${radius_sm}px;
    padding: 1px ${sm}px; color: $text; font-size: ${size_small}pt; }

QFrame[role="inline-error"] { background: $surface; border: 1px solid $danger; border-left: 4px solid $danger;
    border-radius: ${radius_md}px; }
QFrame[role="inline-warning"] { background: $note_background; border: 1px solid $note_border;
    border-left: 4px solid $warning; border-radius: ${radius_md}px; }
QFrame[role="inline-info"] { background: $selection; border: 1px solid $border; border-left: 4px solid $info;
    border-radius: ${radius_md}px; }
QFrame[role="inline-success"] { background: $surface; border: 1px solid $success; border-left: 4px solid $success;
    border-radius: ${radius_md}px; }
QLabel[role="inline-text-error"] { color: $danger; border: none; background: transparent; }
QLabel[role="inline-text-warning"], QLabel[role="inline-text-info"], QLabel[role="inline-text-success"] {
    color: $text; border: none; background: transparent; }

QProgressBar[role="busy"] { max-height: 3px; min-height: 3px; border: none; border-radius: 1px;
    background: $surface_alt; }
QProgressBar[role="busy"]::chunk { background: $primary; border-radius: 1px; }

QMenu { background: $surface; border: 1px solid $border; border-radius: ${radius_md}px; padding: ${xs}px; }
QMenu::item { padding: ${sm}px ${xl}px ${sm}px ${md}px; border-radius: ${radius_sm}px; color: $text; }
QMenu::item:selected { background: $selection; color: $text; }
QMenu::item:disabled { color: $text_muted; }
QMenu::separator { height: 1px; background: $border; margin: ${xs}px ${sm}px; }

"""
)


def render_stylesheet(charter: Charter, mode: str = "light") -> str:
    palette: Palette = charter.palette(mode)
    values = {
        **palette.model_dump(),
        **charter.spacing.model_dump(),
        **{f"radius_{k}": v for k, v in charter.radius.model_dump().items()},
        **charter.typography.model_dump(),
    }
    parts = [_TEMPLATE.substitute(values)]
    for module_name in FEATURE_STYLE_MODULES:
        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError as exc:
            if exc.name != module_name:
                raise
            continue
        parts.append(module.STYLE.substitute(values))
    return "\n".join(parts)
