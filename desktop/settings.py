"""User preferences kept between runs (QSettings). Never a secret: tokens live in the keyring."""

from PySide6.QtCore import QByteArray, QSettings

DEFAULT_SERVER_URL = "http://127.0.0.1:8000"


class AppSettings:
    def __init__(self, settings: QSettings | None = None) -> None:
        self._qsettings = settings or QSettings("Origyne", "SAV")

    def _get(self, key: str, default):
        value = self._qsettings.value(key, default)
        return default if value is None else value

    @property
    def server_url(self) -> str:
        return str(self._get("session/server_url", DEFAULT_SERVER_URL))

    @server_url.setter
    def server_url(self, value: str) -> None:
        self._qsettings.setValue("session/server_url", value)

    @property
    def has_server_url(self) -> bool:
        """Whether a server was used before (else `server_url` is the default)."""
        return self._qsettings.contains("session/server_url")

    @property
    def last_email(self) -> str:
        return str(self._get("session/last_email", ""))

    @last_email.setter
    def last_email(self, value: str) -> None:
        self._qsettings.setValue("session/last_email", value)

    @property
    def stay_signed_in(self) -> bool:
        return str(self._get("session/stay_signed_in", "false")).lower() == "true"

    @stay_signed_in.setter
    def stay_signed_in(self, value: bool) -> None:
        self._qsettings.setValue("session/stay_signed_in", "true" if value else "false")

    @property
    def language(self) -> str:
        return str(self._get("ui/language", "fr"))

    @language.setter
    def language(self, value: str) -> None:
        self._qsettings.setValue("ui/language", value)

    @property
    def theme_mode(self) -> str:
        return str(self._get("ui/theme_mode", "light"))

    @theme_mode.setter
    def theme_mode(self, value: str) -> None:
        self._qsettings.setValue("ui/theme_mode", value)

    @property
    def desktop_notifications(self) -> bool:
        """Whether new notifications also show as the system's own (native) notifications."""
        return str(self._get("notifications/desktop", "true")).lower() == "true"

    @desktop_notifications.setter
    def desktop_notifications(self, value: bool) -> None:
        self._qsettings.setValue("notifications/desktop", "true" if value else "false")

    def layout_state(self, key: str) -> QByteArray | None:
        value = self._qsettings.value(f"layout/{key}")
        return value if isinstance(value, QByteArray) else None

    def set_layout_state(self, key: str, state: QByteArray) -> None:
        self._qsettings.setValue(f"layout/{key}", state)

    def sync(self) -> None:
        self._qsettings.sync()
