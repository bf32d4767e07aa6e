"""Who is signed in. Views listen to its signals; only auth operations change it."""

from PySide6.QtCore import QObject, Signal

from shared_schemas.accounts import Me


class SessionStore(QObject):
    signed_in = Signal(object)  # Me
    signed_out = Signal(str)  # reason code: "" (by the user), "session_expired", …
    user_changed = Signal(object)  # Me

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.user: Me | None = None
        self.server_url: str = ""

    @property
    def is_signed_in(self) -> bool:
        return self.user is not None

    def set_signed_in(self, user: Me, server_url: str) -> None:
        self.user = user
        self.server_url = server_url
        self.signed_in.emit(user)

    def set_user(self, user: Me) -> None:
        self.user = user
        self.user_changed.emit(user)

    def set_signed_out(self, reason: str = "") -> None:
        if self.user is None:
            return
        self.user = None
        self.signed_out.emit(reason)
