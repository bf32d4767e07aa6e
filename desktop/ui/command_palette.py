"""Command palette (Ctrl+K): every command of the window, searchable by words (accents and case
ignored); Enter runs the chosen one. Commands are the window's QActions and the workspaces'
QShortcuts that carry a title in `whatsThis` (e.g. `shortcut.setWhatsThis(tr("Nouveau ticket"))`)."""

import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QFrame, QLineEdit, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget


def _plain(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.replace("&", ""))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def action_label(action: QAction) -> str:
    return action.text().replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip(".…")


@dataclass(frozen=True)
class Command:
    label: str
    keys: str
    run: Callable[[], None]


def _keys(sequence: QKeySequence) -> str:
    return sequence.toString(QKeySequence.SequenceFormat.NativeText)


def window_commands(window: QWidget, *, exclude: tuple[QAction, ...] = ()) -> list[Command]:
    """What the palette lists: titled, enabled actions and titled shortcuts of visible widgets."""
    commands: dict[str, Command] = {}
    for action in window.findChildren(QAction):
        label = action_label(action)
        if not label or action in exclude or action.isSeparator() or not action.isEnabled():
            continue
        if action.menu() is None:
            commands.setdefault(label, Command(label, _keys(action.shortcut()), action.trigger))
    for shortcut in window.findChildren(QShortcut):
        label = shortcut.whatsThis().strip()
        owner = shortcut.parent()
        if label and shortcut.isEnabled() and isinstance(owner, QWidget) and owner.isVisible():
            commands.setdefault(label, Command(label, _keys(shortcut.key()), shortcut.activated.emit))
    return sorted(commands.values(), key=lambda command: _plain(command.label))


class CommandPalette(QDialog):
    def __init__(self, commands: list[Command], parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Dialog | Qt.WindowType.FramelessWindowHint)
        self.setObjectName("commandPalette")
        self.setWindowTitle(self.tr("Palette de commandes"))
        self.setMinimumWidth(520)
        self._commands = commands
        frame = QFrame(self)
        frame.setObjectName("commandPaletteFrame")
        frame.setProperty("role", "card")
        self.search = QLineEdit(frame)
        self.search.setPlaceholderText(self.tr("Rechercher une commande…"))
        self.search.setAccessibleName(self.tr("Rechercher une commande"))
        self.search.setClearButtonEnabled(True)
        self.list = QTreeWidget(frame)
        self.list.setAccessibleName(self.tr("Commandes"))
        self.list.setColumnCount(2)
        self.list.setHeaderHidden(True)
        self.list.setRootIsDecorated(False)
        self.list.setUniformRowHeights(True)
        self.list.setAlternatingRowColors(False)
        self.list.setMinimumHeight(280)
        inner = QVBoxLayout(frame)
        inner.setContentsMargins(12, 12, 12, 12)
        inner.setSpacing(8)
        inner.addWidget(self.search)
        inner.addWidget(self.list)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(frame)

        self.search.textChanged.connect(self._filter)
        self.search.returnPressed.connect(self.run_current)
        self.list.itemActivated.connect(lambda *_: self.run_current())
        self.search.installEventFilter(self)
        self._filter("")
        self.list.resizeColumnToContents(1)
        self.search.setFocus()

    def visible_labels(self) -> list[str]:
        return [self.list.topLevelItem(i).text(0) for i in range(self.list.topLevelItemCount())]

    def _filter(self, text: str) -> None:
        words = _plain(text).split()
        self.list.clear()
        self._shown: list[Command] = []
        for command in self._commands:
            if all(word in _plain(command.label) for word in words):
                item = QTreeWidgetItem([command.label, command.keys])
                item.setData(0, Qt.ItemDataRole.UserRole, len(self._shown))
                self._shown.append(command)
                item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.list.addTopLevelItem(item)
        self.list.header().setStretchLastSection(False)
        self.list.header().setSectionResizeMode(0, self.list.header().ResizeMode.Stretch)
        if self.list.topLevelItemCount():
            self.list.setCurrentItem(self.list.topLevelItem(0))

    def run_current(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        command = self._shown[item.data(0, Qt.ItemDataRole.UserRole)]
        self.accept()
        command.run()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.search and isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress:
            step = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1}.get(Qt.Key(event.key()))
            count = self.list.topLevelItemCount()
            if step is not None and count:
                row = self.list.indexOfTopLevelItem(self.list.currentItem())
                self.list.setCurrentItem(self.list.topLevelItem(max(0, min(count - 1, row + step))))
                return True
        return super().eventFilter(watched, event)

    def showEvent(self, event) -> None:  # noqa: N802
        parent = self.parentWidget()
        if parent is not None:
            top = parent.window().geometry()
            self.adjustSize()
            self.move(top.x() + (top.width() - self.width()) // 2, top.y() + 80)
        super().showEvent(event)
