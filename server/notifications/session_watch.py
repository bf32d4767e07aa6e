"""The push channels' safety net: every SAV_PUSH_SESSION_CHECK_SECONDS, the sessions of all the
connections of this process are checked together, in one query and one cache call whatever their number
(`core.authentication.sessions_over`), and those that are over are closed with 4401.

The immediate path is the `session.check` message a session-ending service sends (`push.session_check`);
this catches what a lost message missed. Checked one connection at a time instead, 500 connected
desktops cost 100 queries a second, each through the server's one thread for database work, and a new
ticket took three times as long to reach them all."""

import asyncio
import logging
import weakref

from channels.db import database_sync_to_async
from django.conf import settings
from rest_framework_simplejwt.tokens import Token

from core.authentication import sessions_over

logger = logging.getLogger(__name__)


class SessionWatch:
    """The watched connections of one event loop (the server's; each test has its own)."""

    def __init__(self, loop: asyncio.AbstractEventLoop) -> None:
        self.loop = loop
        self.connections: dict = {}  # consumer → the access token it was opened with
        self.task: asyncio.Task | None = None

    def add(self, consumer, token: Token) -> None:
        self.connections[consumer] = token
        if self.task is None:
            self.task = self.loop.create_task(self._run())

    def discard(self, consumer) -> None:
        self.connections.pop(consumer, None)

    async def _run(self) -> None:
        while True:
            await asyncio.sleep(settings.SAV_PUSH_SESSION_CHECK_SECONDS)
            if not self.connections:
                self.task = None  # the next connection starts a new round
                return
            watched = list(self.connections.items())
            try:
                over = await database_sync_to_async(sessions_over)([token for _, token in watched])
            except Exception:
                logger.exception("checking the sessions of %s push connections failed", len(watched))
                continue
            for (consumer, _), ended in zip(watched, over, strict=True):
                if ended and consumer in self.connections:
                    self.discard(consumer)
                    await consumer.session_over()


_watches: "weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, SessionWatch]" = weakref.WeakKeyDictionary()


def watch(consumer, token: Token) -> None:
    loop = asyncio.get_running_loop()
    if loop not in _watches:
        _watches[loop] = SessionWatch(loop)
    _watches[loop].add(consumer, token)


def forget(consumer) -> None:
    watch_ = _watches.get(asyncio.get_running_loop())
    if watch_ is not None:
        watch_.discard(consumer)
