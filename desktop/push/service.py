"""PushService: the push channel of the signed-in user, started at sign-in and stopped at sign-out.

It reads the newest notifications first (so what was already there is not announced as new; when
the server cannot be reached it starts once it can), then
keeps `desktop.push.client.PushClient` connected from the newest id known; every notification it
receives goes to `ctx.notifications.receive`, from where the badge, the list, the native
notifications and the live ticket views follow. A refused session ends it and expires the session."""

import asyncio
import logging

from PySide6.QtCore import QObject, Signal

from desktop import tasks
from desktop.api.errors import OfflineError, SessionExpired
from desktop.notifications import operations
from desktop.push.client import PushClient, PushState, SessionRefused
from shared_schemas.notifications import NotificationOut

log = logging.getLogger(__name__)


class PushService(QObject):
    state_changed = Signal(str)  # a PushState value

    def __init__(self, ctx, parent: QObject | None = None, *, first_delay: float = 1.0, max_delay: float = 30.0):
        super().__init__(parent)
        self._ctx = ctx
        self._first_delay = first_delay
        self._max_delay = max_delay
        self.client: PushClient | None = None
        self._starting: asyncio.Task | None = None
        self.state = PushState.STOPPED
        self._known_up_to = 0
        ctx.session.signed_in.connect(lambda _user: self.start())
        ctx.session.signed_out.connect(lambda _reason: tasks.spawn(self.stop()))
        ctx.connection.online_changed.connect(self._online_changed)

    def configure(self, *, first_delay: float, max_delay: float) -> None:
        """Shorter reconnection delays (tests)."""
        self._first_delay, self._max_delay = first_delay, max_delay

    def start(self) -> asyncio.Task:
        if self._starting is None or self._starting.done():
            self._starting = tasks.spawn(self._start())
        return self._starting

    async def _start(self) -> None:
        await self._stop_client()
        ctx, store = self._ctx, self._ctx.notifications
        if not store.loaded:
            try:
                await operations.load_first_page(ctx, store)
            except OfflineError:
                return  # started again when the server is back (`_online_changed`)
        self.client = PushClient(
            ctx.api.server_url,
            access_token=self._access_token,
            on_notification=self._received,
            on_state=self._state,
            last_id=store.last_id,
            first_delay=self._first_delay,
            max_delay=self._max_delay,
        )
        self.client.remember(n.id for n in store.items)
        self._known_up_to = store.last_id
        self.client.start()

    def _online_changed(self, online: bool) -> None:
        if online and self.client is None and self._ctx.session.is_signed_in and self._ctx.has_api:
            self.start()

    def cancel(self) -> None:
        """Stops at once, without waiting (tests' teardown, a closing app)."""
        if self._starting is not None and not self._starting.done():
            self._starting.cancel()
        client, self.client = self.client, None
        if client is not None:
            client.cancel()

    async def stop(self) -> None:
        if self._starting is not None and not self._starting.done():
            self._starting.cancel()
        await self._stop_client()

    async def _stop_client(self) -> None:
        client, self.client = self.client, None
        if client is not None:
            await client.stop()

    async def _access_token(self, stale: str | None = None) -> str:
        if not self._ctx.has_api:
            raise SessionRefused
        try:
            return await self._ctx.api.access_token(stale)
        except SessionExpired as exc:
            handler = tasks.default_error_handler()
            if handler is not None:
                handler(exc)  # the main window goes back to the sign-in page
            raise SessionRefused from exc

    def _received(self, notification: NotificationOut) -> None:
        """What the catch-up repeats below the newest id read at start (its last minute, for late
        commits) existed then: it is listed quietly; only newer ones are news."""
        if notification.id <= self._known_up_to:
            self._ctx.notifications.add_known(notification)
        else:
            self._ctx.notifications.receive(notification)

    def _state(self, state: PushState) -> None:
        self.state = state
        self.state_changed.emit(state.value)
