"""The status bar: connection state on the left, the signed-in user on the right."""

from urllib.parse import urlsplit

from PySide6.QtWidgets import QLabel, QStatusBar, QWidget

from desktop.common.plain_text import plain_label
from desktop.ui.forms import set_role
from shared_schemas.accounts import Me


def server_label(server_url: str) -> str:
    """`https://sav.origyne.fr` → `sav.origyne.fr` (the host and a port if any)."""
    return urlsplit(server_url).netloc or server_url


class StatusBar(QStatusBar):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statusBar")
        self.setSizeGripEnabled(False)
        self.connection = QLabel(self)
        self.connection.setObjectName("connectionState")
        self.user = plain_label(parent=self)  # names typed by people
        self.user.setObjectName("signedInUser")
        self.addWidget(self.connection, 1)
        self.addPermanentWidget(self.user)
        self.set_signed_out()

    def set_connection(self, *, online: bool, server_url: str) -> None:
        if online:
            text = self.tr("● Connecté à {server}").format(server=server_label(server_url))
            set_role(self.connection, "status-online")
        else:
            text = self.tr("● Hors ligne — nouvelle tentative…")
            set_role(self.connection, "status-offline")
        self.connection.setText(text)
        self.connection.setAccessibleName(text.lstrip("● "))

    def set_user(self, user: Me) -> None:
        text = self.tr("{name} — {role}").format(name=user.full_name or user.email, role=user.role.name)
        if user.customer is not None:
            text = self.tr("{user} · {customer}").format(user=text, customer=user.customer.name)
        self.user.setText(text)
        self.user.setAccessibleName(text)

    def set_signed_out(self) -> None:
        set_role(self.connection, "status-idle")
        self.connection.setText(self.tr("Non connecté"))
        self.user.clear()
