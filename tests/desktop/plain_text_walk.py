"""A markup corpus for text fields, and a walk over every widget, tooltip and item model cell of
the application that reports where a corpus text is not shown exactly as it was typed.

What a surface shows is worked out the way Qt does it: a QLabel by its text format (`AutoText`
guesses with `Qt.mightBeRichText`), a tooltip always by that guess, buttons, menu entries, tabs and
group boxes read `&` as a shortcut mark, a window's title drops `[*]`; item views paint their
display text as it is (no delegate of the app renders HTML)."""

from dataclasses import dataclass, field

import shiboken6
from PySide6 import QtGui
from PySide6.QtCore import QAbstractItemModel, QAbstractListModel, QModelIndex, Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

IMAGE = '<img src="file:///etc/passwd" width=900><h1>SESSION EXPIRÉE</h1>'
LINK = '<a href="javascript:alert(1)">Payer ici</a>'
BOLD = "<b>Zqgras</b> &lt;i&gt;"
COMMENT = "<!-- caché --><qt>Zqqt</qt>"
AMPERSAND = "Zqdupont & Fils [*]"
FILE_NAME = "<h2>Zqfichier <i>.txt"  # a file name holds no "/"
LOCAL_FILE_NAME = "releve.<b>"  # a file on the disk: its type badge reads "<B>"

# Each corpus text and a word of it that any rendering keeps: where the word shows, the text must.
MARKERS = {
    IMAGE: "SESSION EXPIRÉE",
    LINK: "Payer ici",
    BOLD: "Zqgras",
    COMMENT: "Zqqt",
    AMPERSAND: "Zqdupont",
    FILE_NAME: "Zqfichier",
}
# Tags of the corpus: a surface whose text holds one must show it (the app's own wrappers never use them).
RAW_TAGS = ("<h1", "<h2", "<img", "<b>", "<qt>")
LONG_TEXT = "\n".join((IMAGE, LINK, COMMENT, BOLD, AMPERSAND))


def rendered(html: str) -> str:
    document = QTextDocument()
    document.setHtml(html)
    return document.toPlainText()


def guessed(text: str) -> str:
    """What a tooltip or an `AutoText` label shows."""
    return rendered(text) if QtGui.Qt.mightBeRichText(text) else text


def without_mnemonics(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def label_shows(label: QLabel) -> str:
    text, text_format = label.text(), label.textFormat()
    if text_format == Qt.TextFormat.RichText:
        return rendered(text)
    if text_format == Qt.TextFormat.MarkdownText:
        document = QTextDocument()
        document.setMarkdown(text)
        return document.toPlainText()
    shown = text if text_format == Qt.TextFormat.PlainText else guessed(text)
    return without_mnemonics(shown) if label.buddy() is not None and shown == text else shown


def _columns(model: QAbstractItemModel, parent: QModelIndex) -> int:
    # A list model's columnCount() is private in C++: it has one column.
    return (0 if parent.isValid() else 1) if isinstance(model, QAbstractListModel) else model.columnCount(parent)


def _path(widget: QWidget) -> str:
    names = []
    while widget is not None and len(names) < 5:
        name = type(widget).__name__
        names.append(f"{name}#{widget.objectName()}" if widget.objectName() else name)
        widget = widget.parentWidget()
    return "<".join(names)


@dataclass
class Walk:
    widgets: int = 0  # widgets read, over every pass
    cells: int = 0  # item model cells read, over every pass
    passes: int = 0
    problems: list[str] = field(default_factory=list)
    distinct_widgets: set[int] = field(default_factory=set)
    earlier: set[int] = field(default_factory=set)  # widgets left by earlier tests in this process
    seen: set[str] = field(default_factory=set)  # where corpus text was found
    markers: set[str] = field(default_factory=set)  # which corpus texts were found
    _models: set[int] = field(default_factory=set)

    def check(self, where: str, raw: str, shown: str) -> None:
        for text, marker in MARKERS.items():
            if marker in shown:
                self.seen.add(where)
                self.markers.add(marker)
                if text not in shown:
                    self._report(f"{where}: {raw!r} is shown as {shown!r}")
                    return
        lowered_raw, lowered_shown = raw.lower(), shown.lower()
        if any(tag in lowered_raw and tag not in lowered_shown for tag in RAW_TAGS):
            self.seen.add(where)
            self._report(f"{where}: {raw!r} is shown as {shown!r}")

    def _report(self, problem: str) -> None:
        if problem not in self.problems:
            self.problems.append(problem)

    def tooltip(self, where: str, tip: str) -> None:
        if tip:
            self.check(f"{where} tooltip", tip, guessed(tip))

    def start(self) -> None:
        """Leaves out the widgets alive before the views under test were opened."""
        self.earlier = {shiboken6.getCppPointer(widget)[0] for widget in QApplication.allWidgets()}

    def application(self) -> None:
        """Every widget alive, top-level windows and popups included."""
        self.passes += 1
        self._models.clear()
        for widget in QApplication.allWidgets():
            if shiboken6.getCppPointer(widget)[0] not in self.earlier:
                self.widget(widget)

    def reached(self, *parts: str) -> bool:
        """Whether corpus text was found on a surface whose description holds all `parts`."""
        return any(all(part in where for part in parts) for where in self.seen)

    def widget(self, widget: QWidget) -> None:
        self.widgets += 1
        self.distinct_widgets.add(shiboken6.getCppPointer(widget)[0])
        where = _path(widget)
        self.tooltip(where, widget.toolTip())
        if widget.isWindow() and widget.windowHandle() is not None:
            self.check(f"{where} title", widget.windowTitle(), widget.windowHandle().title())
        if isinstance(widget, QLabel):
            self.check(where, widget.text(), label_shows(widget))
        elif isinstance(widget, QAbstractButton):
            self.check(where, widget.text(), without_mnemonics(widget.text()))
        elif isinstance(widget, QGroupBox):
            self.check(where, widget.title(), without_mnemonics(widget.title()))
        elif isinstance(widget, QLineEdit):
            self.check(where, widget.text(), widget.text())
            if widget.completer() is not None:
                self.model(f"{where} completer", widget.completer().model())
        elif isinstance(widget, (QTextEdit, QPlainTextEdit)):
            self.check(where, widget.toPlainText(), widget.toPlainText())
        elif isinstance(widget, QTabBar):
            for index in range(widget.count()):
                self.check(f"{where} tab", widget.tabText(index), without_mnemonics(widget.tabText(index)))
                self.tooltip(f"{where} tab", widget.tabToolTip(index))
        elif isinstance(widget, QMenu):
            for action in widget.actions():
                text = action.text().split("\t", 1)[0]
                self.check(f"{where} action", text, without_mnemonics(text))
        if isinstance(widget, QComboBox):
            self.model(f"{where} items", widget.model())
        elif isinstance(widget, QAbstractItemView) and not isinstance(widget, QHeaderView) and widget.model():
            self.model(f"{where} model", widget.model())

    def model(self, where: str, model: QAbstractItemModel, parent: QModelIndex | None = None) -> None:
        parent = parent or QModelIndex()
        if not parent.isValid():
            if id(model) in self._models:
                return
            self._models.add(id(model))
            for column in range(_columns(model, parent)):
                title = model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
                self.check(f"{where} header", str(title or ""), str(title or ""))
        for row in range(model.rowCount(parent)):
            for column in range(_columns(model, parent)):
                index = model.index(row, column, parent)
                self.cells += 1
                display = model.data(index, Qt.ItemDataRole.DisplayRole)
                if isinstance(display, str):
                    self.check(f"{where} [{row},{column}]", display, display)
                tip = model.data(index, Qt.ItemDataRole.ToolTipRole)
                if isinstance(tip, str):
                    self.tooltip(f"{where} [{row},{column}]", tip)
                if column == 0 and model.rowCount(index) > 0:
                    self.model(where, model, index)
