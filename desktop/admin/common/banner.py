"""The error banner above a screen or inside a dialog: one French sentence, and a way to retry
when retrying makes sense. Hidden while there is nothing to say."""

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton

translate = QCoreApplication.translate


class ErrorBanner(QFrame):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setProperty("role", "banner-error")
        self.setAccessibleName(translate("ErrorBanner", "Erreur"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 8, 8, 8)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.label, 1)
        self.retry_button = QPushButton(translate("ErrorBanner", "Réessayer"), self)
        self.retry_button.setAccessibleName(translate("ErrorBanner", "Réessayer"))
        self.retry_button.clicked.connect(self._retry)
        layout.addWidget(self.retry_button)
        self.close_button = QPushButton(translate("ErrorBanner", "Fermer"), self)
        self.close_button.setAccessibleName(translate("ErrorBanner", "Fermer le message d'erreur"))
        self.close_button.clicked.connect(self.clear)
        layout.addWidget(self.close_button)
        self._retry_action: Callable[[], None] | None = None
        self.hide()

    @property
    def text(self) -> str:
        return self.label.text() if not self.isHidden() else ""

    def show_error(self, text: str, *, retry: Callable[[], None] | None = None) -> None:
        self.label.setText(text)
        self.setAccessibleDescription(text)
        self._retry_action = retry
        self.retry_button.setVisible(retry is not None)
        self.show()

    def clear(self) -> None:
        self._retry_action = None
        self.label.clear()
        self.hide()

    def _retry(self) -> None:
        action = self._retry_action
        self.clear()
        if action is not None:
            action()
