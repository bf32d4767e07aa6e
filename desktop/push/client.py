"""The push channel of a signed-in desktop: one WebSocket to `/ws/v1/notifications`, kept open.

Plain asyncio (no Qt), so the server's tests and `bench/push.py` use the very code the app runs.

- Connects with the access token in the `Authorization` header and `?after_id=<last id seen>`; the
  server sends what was missed, then `ready`, then every new notification as it is committed.
- Reconnects after any cut with a growing delay (first_delay → max_delay, with jitter); when the
  server closes with 4401 (token expired or refused) it asks `access_token(stale=...)` for a fresh
  token first — the API client refreshes it once for everyone.
- Delivers each notification once: the catch-up may repeat a few recent ones, known ids are skipped.
"""

import asyncio
import contextlib
import json
import logging
import random
from collections import deque
from collections.abc import Awaitable, Callable
from enum import StrEnum
from urllib.parse import urlsplit, urlunsplit

from pydantic import ValidationError

from shared_schemas.notifications import NotificationOut

log = logging.getLogger(__name__)

PATH = "/ws/v1/notifications"
CLOSE_UNAUTHENTICATED = 4401
REMEMBERED_IDS = 2000

TokenProvider = Callable[..., Awaitable[str]]  # access_token(stale: str | None = None) -> str


class PushState(StrEnum):
    CONNECTING = "connecting"
    LIVE = "live"  # connected and caught up
    WAITING = "waiting"  # cut off; the next attempt is scheduled
    STOPPED = "stopped"


class SessionRefused(Exception):
    """The token provider could not give a valid token: the session is over."""


def push_url(server_url: str, after_id: int) -> str:
    parts = urlsplit(server_url)
    scheme = "wss" if parts.scheme == "https" else "ws"
    return urlunsplit((scheme, parts.netloc, parts.path.rstrip("/") + PATH, f"after_id={after_id}", ""))


class PushClient:
    def __init__(
        self,
        server_url: str,
        *,
        access_token: TokenProvider,
        on_notification: Callable[[NotificationOut], None],
        on_state: Callable[[PushState], None] | None = None,
        last_id: int = 0,
        first_delay: float = 1.0,
        max_delay: float = 30.0,
        user_agent: str = "OrigyneSAV-Desktop/0.1",
    ) -> None:
        self.server_url = server_url
        self.last_id = last_id
        self.state = PushState.STOPPED
        self.connections = 0  # successful connections so far (tests, diagnostics)
        self._access_token = access_token
        self._on_notification = on_notification
        self._on_state = on_state
        self._first_delay = first_delay
        self._max_delay = max_delay
        self._user_agent = user_agent
        self._seen: deque[int] = deque(maxlen=REMEMBERED_IDS)
        self._seen_set: set[int] = set()
        self._task: asyncio.Task | None = None
        self._ready = asyncio.Event()

    # --- lifecycle -------------------------------------------------------------------------
    def start(self) -> asyncio.Task:
        if self._task is None or self._task.done():
            self._task = asyncio.ensure_future(self.run())
        return self._task

    def cancel(self) -> None:
        """Stops without waiting for the connection to close."""
        task, self._task = self._task, None
        if task is not None and not task.done():
            task.cancel()
        self._set_state(PushState.STOPPED)

    async def stop(self) -> None:
        task, self._task = self._task, None
        if task is not None and not task.done():
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task
        self._set_state(PushState.STOPPED)

    async def wait_ready(self, timeout: float | None = None) -> None:
        """Until the current connection has caught up (tests, bench)."""
        await asyncio.wait_for(self._ready.wait(), timeout)

    # --- the loop --------------------------------------------------------------------------
    async def run(self) -> None:
        from websockets.exceptions import ConnectionClosed, InvalidHandshake  # at first use: start-up stays light

        delay = self._first_delay
        stale: str | None = None
        while True:
            self._set_state(PushState.CONNECTING)
            try:
                token = await self._access_token(stale=stale)
            except SessionRefused:
                log.info("push stopped: the session is over")
                self._set_state(PushState.STOPPED)
                return
            except Exception as exc:  # the API is unreachable too: retry later
                log.debug("no token for the push channel: %s", exc)
                token = None
            stale = None
            if token:
                try:
                    await self._session(token)
                    delay = self._first_delay  # it was up: start again quickly
                except _Unauthenticated:
                    stale = token
                    delay = self._first_delay
                    continue  # refresh the token at once, then reconnect
                except (OSError, ConnectionClosed, InvalidHandshake, TimeoutError) as exc:
                    log.debug("push channel cut: %r", exc)
            self._ready.clear()
            self._set_state(PushState.WAITING)
            await asyncio.sleep(delay * random.uniform(0.8, 1.2))  # noqa: S311 — jitter, not crypto
            delay = min(delay * 2, self._max_delay)

    async def _session(self, token: str) -> None:
        from websockets.asyncio.client import connect
        from websockets.exceptions import ConnectionClosed, InvalidStatus

        url = push_url(self.server_url, self.last_id)
        headers = {"Authorization": f"Bearer {token}"}
        try:
            websocket = await connect(
                url, additional_headers=headers, user_agent_header=self._user_agent, open_timeout=10,
                ping_interval=20, ping_timeout=20, max_size=2**20, proxy=None,
            )
        except InvalidStatus as exc:
            if exc.response.status_code in (401, 403):
                raise _Unauthenticated from exc
            raise
        async with websocket:
            self.connections += 1
            try:
                async for raw in websocket:
                    self._handle(raw)
            except ConnectionClosed:
                pass
            received = websocket.close_code
        if received == CLOSE_UNAUTHENTICATED:
            raise _Unauthenticated
        raise ConnectionResetError(f"push channel closed ({received})")

    def _handle(self, raw: str | bytes) -> None:
        try:
            message = json.loads(raw)
        except ValueError:
            log.warning("push: a message that is not JSON was ignored")
            return
        kind = message.get("type") if isinstance(message, dict) else None
        if kind == "notification":
            try:
                notification = NotificationOut.model_validate(message.get("notification"))
            except ValidationError:
                log.warning("push: a malformed notification was ignored")
                return
            self._deliver(notification)
        elif kind == "ready":
            self._ready.set()
            self._set_state(PushState.LIVE)

    def _deliver(self, notification: NotificationOut) -> None:
        if not self._remember_one(notification.id):
            return
        self.last_id = max(self.last_id, notification.id)
        try:
            self._on_notification(notification)
        except Exception:
            log.exception("a push listener failed")

    def remember(self, ids) -> None:
        """Ids the app already has (e.g. from the notification list): never delivered again."""
        for notification_id in ids:
            self._remember_one(notification_id)

    def _remember_one(self, notification_id: int) -> bool:
        """False when the id was already known."""
        if notification_id in self._seen_set:
            return False
        if len(self._seen) == self._seen.maxlen:
            self._seen_set.discard(self._seen[0])
        self._seen.append(notification_id)
        self._seen_set.add(notification_id)
        return True

    def _set_state(self, state: PushState) -> None:
        if state != self.state:
            self.state = state
            if self._on_state is not None:
                self._on_state(state)


class _Unauthenticated(Exception):
    pass
