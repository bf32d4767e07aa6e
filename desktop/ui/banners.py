"""Non-blocking banners across the top of the window: offline (with a retry button) and
dismissible error / information messages. None of them is modal."""

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from desktop.ui.forms import close_button, repolish


class OfflineBanner(QFrame):
    retry_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("offlineBanner")
        self.setProperty("role", "banner-offline")
        self.text = QLabel(
            self.tr("Hors ligne — le serveur est injoignable. Nouvelle tentative automatique…"), self
        )
        self.text.setWordWrap(True)
        self.retry_button = QPushButton(self.tr("Réessayer maintenant"), self)
        self.retry_button.setProperty("variant", "banner")
        self.retry_button.setAccessibleName(self.tr("Réessayer maintenant"))
        self.retry_button.setAutoDefault(False)
        self.retry_button.clicked.connect(self.retry_requested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 8, 12, 8)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.retry_button)
        self.setAccessibleName(self.text.text())
        self.setVisible(False)


class MessageBanner(QFrame):
    """An error or information line the user closes (or that fades after a while for information)."""

    dismissed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "banner-error")
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.close_button = close_button(self.tr("Fermer le message"), self)
        self.close_button.clicked.connect(self.dismiss)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.dismiss)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 8, 8, 8)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        self.setVisible(False)

    def show_message(self, message: str, kind: str = "error", *, timeout_ms: int = 0) -> None:
        role = f"banner-{kind}"
        if self.property("role") != role:
            self.setProperty("role", role)
            repolish(self)
            repolish(self.text)
        self.text.setText(message)
        self.setAccessibleName(message)
        self.setVisible(True)
        if timeout_ms:
            self._timer.start(timeout_ms)
        else:
            self._timer.stop()

    def dismiss(self) -> None:
        self._timer.stop()
        self.setVisible(False)
        self.dismissed.emit()

    @property
    def kind(self) -> str:
        return str(self.property("role") or "").removeprefix("banner-")

    @property
    def message(self) -> str:
        return self.text.text() if self.isVisible() else ""
