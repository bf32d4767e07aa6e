"""Online / offline state of the server connection.

Any call that fails with OfflineError marks the app offline; the monitor then probes the
server with an exponential backoff (1 s → 30 s) and marks it online again as soon as it
answers, so views reload what they show."""

import asyncio
from collections.abc import Awaitable, Callable

from PySide6.QtCore import QObject, Signal

from desktop.tasks import spawn

Probe = Callable[[], Awaitable[bool]]


class ConnectionMonitor(QObject):
    online_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None, *, first_delay: float = 1.0, max_delay: float = 30.0) -> None:
        super().__init__(parent)
        self.online = True
        self._probe_server: Probe | None = None
        self._first_delay = first_delay
        self._max_delay = max_delay
        self._probing: asyncio.Task | None = None

    def set_probe(self, probe: Probe | None) -> None:
        self._probe_server = probe

    def report_offline(self) -> None:
        if self.online:
            self.online = False
            self.online_changed.emit(False)
        if self._probe_server is not None and (self._probing is None or self._probing.done()):
            self._probing = spawn(self._wait_for_server())

    def report_online(self) -> None:
        if not self.online:
            self.online = True
            self.online_changed.emit(True)

    def stop(self) -> None:
        if self._probing is not None and not self._probing.done():
            self._probing.cancel()
        self._probing = None

    async def _wait_for_server(self) -> None:
        delay = self._first_delay
        while not self.online and self._probe_server is not None:
            await asyncio.sleep(delay)
            if await self._probe_server():
                self.report_online()
                return
            delay = min(delay * 2, self._max_delay)
