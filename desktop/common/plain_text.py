"""Text that people typed — subjects, names, comments, file names, a server's messages — shown
exactly as typed, never read as markup.

Wherever Qt is left to decide, it guesses whether a string is rich text (`Qt.mightBeRichText`: a tag
it knows, or `&lt;`, on the first line): a QLabel in its default `AutoText`, every tooltip, a
QMessageBox. A subject `<img src="file:///etc/passwd"><h1>SESSION EXPIRÉE</h1>` would then read a
local file and draw a heading. Menu entries and buttons read `&` as a shortcut mark, and window
titles read `[*]` as the "modified" mark."""

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget


def plain_label(text: str = "", parent: QWidget | None = None) -> QLabel:
    """A QLabel that never interprets its text."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)
    return label


def tooltip_text(text: str) -> str:
    """A tooltip showing `text` as typed. Tooltips have no format setting: the text is escaped and
    put in a paragraph, which Qt always reads as rich text (escaped text alone would show `&amp;`
    whenever Qt guesses plain). Line breaks and runs of spaces are kept."""
    if not text:
        return ""
    return f"<p style='white-space:pre-wrap'>{html.escape(text, quote=False)}</p>"


def menu_text(text: str) -> str:
    """A menu entry's or a button's text: a `&` of the text itself is not a shortcut mark."""
    return text.replace("&", "&&")


def window_title(text: str) -> str:
    """A window title: a `[*]` of the text itself is not the "modified" mark."""
    return text.replace("[*]", "[*][*]")
