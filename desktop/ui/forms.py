"""Small form pieces shared by the shell's pages and dialogs: a labelled field with its error
line, an inline message box and a button that shows it is busy. Looks come from the stylesheet."""

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)


def repolish(widget: QWidget) -> None:
    """Re-applies the stylesheet after a dynamic property (`invalid`, `role`) changed."""
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
    widget.update()


def set_role(widget: QWidget, role: str) -> None:
    if widget.property("role") != role:
        widget.setProperty("role", role)
        repolish(widget)


class FormField(QWidget):
    """A label above its editor and, under it, the field's error (hidden when there is none)."""

    def __init__(self, label: str, editor: QWidget, parent: QWidget | None = None, *, hint: str = "") -> None:
        super().__init__(parent)
        self.editor = editor
        self.label = QLabel(label, self)
        self.label.setProperty("role", "field-label")
        self.label.setBuddy(editor)
        editor.setParent(self)
        editor.setAccessibleName(label.replace("&", ""))
        self.error = QLabel(self)
        self.error.setTextFormat(Qt.TextFormat.PlainText)  # may quote what was typed
        self.error.setProperty("role", "field-error")
        self.error.setWordWrap(True)
        self.error.setVisible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.label)
        layout.addWidget(editor)
        if hint:
            self.hint = QLabel(hint, self)
            self.hint.setProperty("role", "muted")
            self.hint.setWordWrap(True)
            layout.addWidget(self.hint)
        layout.addWidget(self.error)

    def set_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(bool(message))
        self.editor.setProperty("invalid", "true" if message else "false")
        self.editor.setAccessibleDescription(message)
        repolish(self.editor)

    def clear_error(self) -> None:
        self.set_error("")

    @property
    def has_error(self) -> bool:
        return self.error.isVisible()


def line_edit(*, placeholder: str = "", password: bool = False) -> QLineEdit:
    edit = QLineEdit()
    edit.setPlaceholderText(placeholder)
    if password:
        edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setClearButtonEnabled(not password)
    return edit


class InlineMessage(QFrame):
    """An error, warning or information box inside a page (never a modal dialog)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "inline-error")
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addWidget(self.text, 1)
        self.setVisible(False)

    def show_message(self, message: str, kind: str = "error") -> None:
        set_role(self, f"inline-{kind}")
        set_role(self.text, f"inline-text-{kind}")
        self.text.setText(message)
        self.setAccessibleName(message)
        self.setVisible(bool(message))

    def show_error(self, message: str) -> None:
        self.show_message(message, "error")

    def show_info(self, message: str) -> None:
        self.show_message(message, "info")

    def show_warning(self, message: str) -> None:
        self.show_message(message, "warning")

    def clear(self) -> None:
        self.text.clear()
        self.setVisible(False)

    @property
    def kind(self) -> str:
        return str(self.property("role") or "").removeprefix("inline-")

    @property
    def message(self) -> str:
        return self.text.text() if self.isVisible() else ""


class BusyButton(QPushButton):
    """A button that says what is happening ("Connexion…") and cannot be pressed twice."""

    def __init__(self, text: str, busy_text: str, parent: QWidget | None = None, *, primary: bool = True) -> None:
        super().__init__(text, parent)
        self._idle_text = text
        self._busy_text = busy_text
        self.setAccessibleName(text.replace("&", ""))
        if primary:
            self.setProperty("variant", "primary")
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def set_busy(self, busy: bool) -> None:
        self.setText(self._busy_text if busy else self._idle_text)
        self.setEnabled(not busy)

    @property
    def is_busy(self) -> bool:
        return not self.isEnabled() and self.text() == self._busy_text


def busy_bar(parent: QWidget | None = None) -> QProgressBar:
    """A thin indeterminate bar shown while a request runs."""
    bar = QProgressBar(parent)
    bar.setRange(0, 0)
    bar.setTextVisible(False)
    bar.setProperty("role", "busy")
    bar.setAccessibleName(QCoreApplication.translate("forms", "Chargement en cours"))
    bar.setVisible(False)
    return bar


def link_button(text: str, parent: QWidget | None = None) -> QPushButton:
    button = QPushButton(text, parent)
    button.setProperty("variant", "link")
    button.setAccessibleName(text.replace("&", ""))
    button.setCursor(Qt.CursorShape.PointingHandCursor)
    button.setAutoDefault(False)
    return button


def close_button(accessible_name: str, parent: QWidget | None = None) -> QToolButton:
    button = QToolButton(parent)
    button.setText("✕")
    button.setProperty("role", "banner-close")
    button.setAccessibleName(accessible_name)
    button.setToolTip(accessible_name)
    button.setCursor(Qt.CursorShape.PointingHandCursor)
    button.setAutoRaise(True)
    return button
