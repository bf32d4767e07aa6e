"""What every screen and operation of a running app shares: settings, charter, session,
connection state, the user's notifications and their push channel and — once signed in — the API
client."""

from PySide6.QtCore import QObject

from desktop.api.client import ApiClient
from desktop.api.errors import SessionExpired
from desktop.auth.store import SessionStore
from desktop.auth.token_store import TokenStore
from desktop.connection.monitor import ConnectionMonitor
from desktop.notifications.store import NotificationStore
from desktop.outbox.service import Outbox
from desktop.push.service import PushService
from desktop.settings import AppSettings
from desktop.theme.tokens import Charter, Palette, load_charter


class AppContext(QObject):
    def __init__(
        self,
        *,
        settings: AppSettings | None = None,
        charter: Charter | None = None,
        token_store: TokenStore | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings = settings or AppSettings()
        self.charter = charter or load_charter()
        self.token_store = token_store or TokenStore()
        self.session = SessionStore(self)
        self.connection = ConnectionMonitor(self)
        self.notifications = NotificationStore(self)
        self.push = PushService(self, self)
        self.outbox = Outbox(self, self)
        self._api: ApiClient | None = None
        self.session.signed_out.connect(self._on_signed_out)

    @property
    def palette(self) -> Palette:
        return self.charter.palette(self.settings.theme_mode)

    @property
    def api(self) -> ApiClient:
        if self._api is None:
            raise SessionExpired("not signed in")
        return self._api

    @property
    def has_api(self) -> bool:
        return self._api is not None

    def attach_api(self, api: ApiClient) -> None:
        self._api = api
        api.on_reachability(self._on_reachability)
        self.connection.set_probe(api.ping)

    async def detach_api(self) -> None:
        api, self._api = self._api, None
        await self.push.stop()
        self.connection.stop()
        self.connection.set_probe(None)
        if api is not None:
            await api.close()

    def _on_signed_out(self, reason: str) -> None:
        # An expired session keeps the user's screens for their return; any other sign-out ends them.
        if reason != "session_expired":
            self.notifications.clear()

    def _on_reachability(self, reachable: bool) -> None:
        if reachable:
            self.connection.report_online()
        else:
            self.connection.report_offline()
