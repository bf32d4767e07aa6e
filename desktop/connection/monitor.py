"""Online / offline state of the server connection.

Any call that fails with OfflineError marks the app offline; the monitor then probes the
server with an exponential backoff (1 s → 30 s) and marks it online again as soon as it
answers, so views reload what they show. While signed in, a light heartbeat (the health
check every 30 s) notices a lost server even when the user is not doing anything."""

import asyncio
from collections.abc import Awaitable, Callable

from PySide6.QtCore import QObject, Signal

from desktop.tasks import spawn

Probe = Callable[[], Awaitable[bool]]


class ConnectionMonitor(QObject):
    online_changed = Signal(bool)

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        first_delay: float = 1.0,
        max_delay: float = 30.0,
        heartbeat: float = 30.0,
    ) -> None:
        super().__init__(parent)
        self.online = True
        self._probe_server: Probe | None = None
        self._first_delay = first_delay
        self._max_delay = max_delay
        self._heartbeat_interval = heartbeat
        self._probing: asyncio.Task | None = None
        self._heartbeat: asyncio.Task | None = None

    def configure(
        self, *, first_delay: float | None = None, max_delay: float | None = None, heartbeat: float | None = None
    ) -> None:
        """Changes the retry delays and the heartbeat period (tests make them short)."""
        if first_delay is not None:
            self._first_delay = first_delay
        if max_delay is not None:
            self._max_delay = max_delay
        if heartbeat is not None:
            self._heartbeat_interval = heartbeat

    @property
    def retry_delays(self) -> tuple[float, float]:
        return self._first_delay, self._max_delay

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

    def retry_now(self) -> None:
        """Probes at once instead of waiting for the next backoff step (the banner's button)."""
        if self.online or self._probe_server is None:
            return
        if self._probing is not None and not self._probing.done():
            self._probing.cancel()
        self._probing = spawn(self._wait_for_server(first_delay=0.0))

    def start_heartbeat(self) -> None:
        """Checks the server every `heartbeat` seconds while online (call it once signed in)."""
        if self._heartbeat is None or self._heartbeat.done():
            self._heartbeat = spawn(self._beat())

    def stop(self) -> None:
        for task in (self._probing, self._heartbeat):
            if task is not None and not task.done():
                task.cancel()
        self._probing = None
        self._heartbeat = None

    async def _beat(self) -> None:
        while self._probe_server is not None:
            await asyncio.sleep(self._heartbeat_interval)
            probe = self._probe_server
            if probe is None:
                return
            if not self.online:
                continue  # the backoff probe is in charge until the server answers
            if await probe():
                self.report_online()
            else:
                self.report_offline()

    async def _wait_for_server(self, first_delay: float | None = None) -> None:
        delay = self._first_delay if first_delay is None else first_delay
        while not self.online and self._probe_server is not None:
            await asyncio.sleep(delay)
            probe = self._probe_server
            if probe is None:
                return
            if await probe():
                self.report_online()
                return
            delay = min(max(delay * 2, self._first_delay), self._max_delay)
