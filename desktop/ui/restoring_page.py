"""Shown at start-up while the saved session is restored from the keyring; when the server
cannot be reached it says so and keeps trying, with a way to sign in with another account."""

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from desktop.common.plain_text import plain_label
from desktop.context import AppContext
from desktop.ui.forms import busy_bar, link_button
from desktop.ui.logo import LogoWidget


class RestoringPage(QWidget):
    other_account = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("restoringPage")
        card = QFrame(self)
        card.setObjectName("signInCard")
        card.setProperty("role", "card")
        card.setFixedWidth(440)
        self.logo = LogoWidget(ctx.charter, ctx.settings.theme_mode, height=44, parent=card)
        self.status = QLabel(self.tr("Reconnexion à votre session…"), card)
        self.status.setProperty("role", "heading")
        self.status.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.status.setWordWrap(True)
        self.detail = plain_label(parent=card)  # holds an e-mail address
        self.detail.setProperty("role", "muted")
        self.detail.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.detail.setWordWrap(True)
        self.busy = busy_bar(card)
        self.busy.setVisible(True)
        self.other_account_link = link_button(self.tr("Se connecter avec un autre compte"), card)
        self.other_account_link.clicked.connect(self.other_account)
        inner = QVBoxLayout(card)
        inner.setContentsMargins(36, 32, 36, 28)
        inner.setSpacing(16)
        inner.addWidget(self.logo, 0, Qt.AlignmentFlag.AlignHCenter)
        inner.addWidget(self.status)
        inner.addWidget(self.detail)
        inner.addWidget(self.busy)
        inner.addWidget(self.other_account_link, 0, Qt.AlignmentFlag.AlignHCenter)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(card, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)

    def show_restoring(self, email: str) -> None:
        self.status.setText(self.tr("Reconnexion à votre session…"))
        self.detail.setText(email)

    def show_waiting(self, email: str, seconds: float) -> None:
        self.status.setText(self.tr("Serveur injoignable"))
        self.detail.setText(
            self.tr("Nouvelle tentative de reconnexion de {email} dans {seconds} s…").format(
                email=email, seconds=max(1, round(seconds))
            )
        )

    def set_theme_mode(self, mode: str) -> None:
        self.logo.set_mode(mode)
