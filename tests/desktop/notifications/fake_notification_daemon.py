"""A small org.freedesktop.Notifications server on dbus-fast: it records what clients send and
lets a test click a notification (ActionInvoked) as a user would.

It runs on its own thread with its own asyncio loop, so the client under test keeps the app's
qasync loop to itself and a blocked test never blocks the daemon."""

import asyncio
import threading
from dataclasses import dataclass
from typing import Annotated, Any

from dbus_fast import BusType, RequestNameReply
from dbus_fast.aio import MessageBus
from dbus_fast.annotations import DBusDict, DBusInt32, DBusSignature, DBusStr, DBusUInt32
from dbus_fast.service import ServiceInterface, method, signal

NAME = "org.freedesktop.Notifications"
PATH = "/org/freedesktop/Notifications"
CLOSED_DISMISSED = 2
CLOSED_BY_CALL = 3

DBusStrList = Annotated[list[str], DBusSignature("as")]


@dataclass(frozen=True)
class NotifyCall:
    id: int
    app_name: str
    replaces_id: int
    icon: str
    summary: str
    body: str
    actions: list[str]
    hints: dict[str, Any]
    timeout: int


class _Notifications(ServiceInterface):
    def __init__(self, daemon: "FakeNotificationDaemon") -> None:
        super().__init__(NAME)
        self._daemon = daemon

    @method()
    def GetCapabilities(self) -> DBusStrList:
        return list(self._daemon.capabilities)

    @method()
    def Notify(
        self,
        app_name: DBusStr,
        replaces_id: DBusUInt32,
        app_icon: DBusStr,
        summary: DBusStr,
        body: DBusStr,
        actions: DBusStrList,
        hints: DBusDict,
        expire_timeout: DBusInt32,
    ) -> DBusUInt32:
        call = NotifyCall(
            id=len(self._daemon.notify_calls) + 1,
            app_name=app_name,
            replaces_id=replaces_id,
            icon=app_icon,
            summary=summary,
            body=body,
            actions=list(actions),
            hints={key: variant.value for key, variant in hints.items()},
            timeout=expire_timeout,
        )
        self._daemon.notify_calls.append(call)
        self._daemon.on_screen.add(call.id)
        return call.id

    @method()
    def CloseNotification(self, id: DBusUInt32) -> None:
        self._daemon.close_calls.append(id)
        if id in self._daemon.on_screen:
            self._daemon.on_screen.discard(id)
            self.NotificationClosed(id, CLOSED_BY_CALL)

    @method()
    def GetServerInformation(self) -> Annotated[list[str], DBusSignature("ssss")]:
        return ["Fake Notification Daemon", "Origyne tests", "1.0", "1.2"]

    @signal()
    def ActionInvoked(self, id: DBusUInt32, action_key: DBusStr) -> Annotated[list[Any], DBusSignature("us")]:
        return [id, action_key]

    @signal()
    def NotificationClosed(self, id: DBusUInt32, reason: DBusUInt32) -> Annotated[list[int], DBusSignature("uu")]:
        return [id, reason]


class FakeNotificationDaemon:
    """`start()` owns the Notifications name on `bus_address`; `click(id)` clicks notification `id`."""

    def __init__(self, bus_address: str, *, capabilities=("actions", "body", "body-markup")) -> None:
        self.bus_address = bus_address
        self.capabilities = tuple(capabilities)
        self.notify_calls: list[NotifyCall] = []
        self.close_calls: list[int] = []
        self.on_screen: set[int] = set()
        self._interface = _Notifications(self)
        self._loop: asyncio.AbstractEventLoop | None = None
        self._stop: asyncio.Event | None = None
        self._ready = threading.Event()
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="fake-notification-daemon", daemon=True)

    def start(self, timeout: float = 10.0) -> None:
        self._thread.start()
        if not self._ready.wait(timeout):
            raise RuntimeError("the fake notification daemon did not start")
        if self._error is not None:
            raise RuntimeError("the fake notification daemon failed to start") from self._error

    def stop(self, timeout: float = 10.0) -> None:
        if self._loop is not None and self._thread.is_alive():
            self._loop.call_soon_threadsafe(self._stop.set)
        self._thread.join(timeout)

    def click(self, id: int, action_key: str = "default", timeout: float = 10.0) -> None:
        """What a notification server does when the user clicks: the action, then the close."""
        asyncio.run_coroutine_threadsafe(self._click(id, action_key), self._loop).result(timeout)

    async def _click(self, id: int, action_key: str) -> None:
        self._interface.ActionInvoked(id, action_key)
        self.on_screen.discard(id)
        self._interface.NotificationClosed(id, CLOSED_DISMISSED)

    def _run(self) -> None:
        self._loop = asyncio.new_event_loop()
        try:
            self._loop.run_until_complete(self._serve())
        except BaseException as error:  # reported by start(); a test must never hang on it
            self._error = error
            self._ready.set()
        finally:
            self._loop.close()

    async def _serve(self) -> None:
        self._stop = asyncio.Event()
        bus = await MessageBus(bus_address=self.bus_address, bus_type=BusType.SESSION).connect()
        try:
            bus.export(PATH, self._interface)
            if await bus.request_name(NAME) != RequestNameReply.PRIMARY_OWNER:
                raise RuntimeError(f"{NAME} is already owned on this bus")
            self._ready.set()
            await self._stop.wait()
        finally:
            bus.disconnect()
            await bus.wait_for_disconnect()
