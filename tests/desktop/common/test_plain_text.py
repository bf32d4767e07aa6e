"""The plain-text helpers against Qt itself: a real tooltip, label, menu and window title show the
corpus exactly as typed (and a tooltip given the raw text does not)."""

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QMenu, QToolTip

from desktop.common.plain_text import menu_text, plain_label, tooltip_text, window_title
from tests.desktop.plain_text_walk import (
    AMPERSAND,
    BOLD,
    COMMENT,
    FILE_NAME,
    IMAGE,
    LINK,
    LONG_TEXT,
    label_shows,
    without_mnemonics,
)

CORPUS = [IMAGE, LINK, BOLD, COMMENT, AMPERSAND, FILE_NAME, LONG_TEXT, "R&D", "&lt;b&gt;", "  deux  espaces  "]


def shown_tooltip(qtbot, tip: str) -> str:
    """What Qt's own tooltip shows for `tip`."""
    anchor = QLabel("ancre")
    qtbot.addWidget(anchor)
    anchor.show()
    QToolTip.showText(anchor.mapToGlobal(QPoint(2, 2)), tip, anchor)
    label = next(w for w in QApplication.topLevelWidgets() if w.objectName() == "qtooltip_label" and w.isVisible())
    assert label.text() == tip
    shown = label_shows(label)
    QToolTip.hideText()
    return shown


@pytest.mark.parametrize("text", CORPUS)
def test_a_tooltip_shows_the_text_as_typed(qtbot, text):
    assert shown_tooltip(qtbot, tooltip_text(text)) == text


def test_a_tooltip_given_the_raw_text_reads_it_as_markup(qtbot):
    assert shown_tooltip(qtbot, IMAGE) != IMAGE


def test_an_empty_text_makes_no_tooltip():
    assert tooltip_text("") == ""


@pytest.mark.parametrize("text", CORPUS)
def test_a_plain_label_shows_the_text_as_typed(qtbot, text):
    label = plain_label(text)
    qtbot.addWidget(label)
    assert label_shows(label) == text


def test_a_menu_entry_keeps_the_ampersand_of_a_name(qtbot):
    menu = QMenu()
    qtbot.addWidget(menu)
    action = menu.addAction(menu_text(AMPERSAND))
    assert without_mnemonics(action.text()) == AMPERSAND


def test_a_window_title_keeps_the_brackets_of_a_name(qtbot):
    window = QMainWindow()
    qtbot.addWidget(window)
    window.setWindowTitle(f"SAV Origyne — {window_title(AMPERSAND)}")
    window.show()
    assert window.windowHandle().title() == f"SAV Origyne — {AMPERSAND}"
