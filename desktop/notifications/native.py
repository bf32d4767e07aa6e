"""Native desktop notifications: org.freedesktop.Notifications over D-Bus on Linux (through
desktop-notifier, asyncio based, so it runs on the app's qasync loop), the tray icon's message
when no notification service answers.

desktop-notifier is imported on first use: start-up does not pay for it nor for D-Bus."""

from __future__ import annotations

import asyncio
import contextlib
import html
import logging
import pathlib
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QSystemTrayIcon

if TYPE_CHECKING:
    from desktop_notifier import DesktopNotifier

log = logging.getLogger(__name__)

# A session bus with no notification service may try to start one: never wait for it long.
DEFAULT_TIMEOUT = 5.0
TRAY_MESSAGE_MS = 10_000


class NativeNotifier:
    """Shows one notification per `key` (a caller's id, e.g. a notification id) and withdraws it.

    Every method logs and swallows failures: notifications are a convenience, never a reason
    for the app to fail."""

    def __init__(
        self,
        *,
        app_name: str,
        icon_path: pathlib.Path | None = None,
        tray_icon: QSystemTrayIcon | None = None,
        timeout: float = DEFAULT_TIMEOUT,
    ) -> None:
        self._app_name = app_name
        self._icon_path = icon_path
        self._tray_icon = tray_icon
        self._timeout = timeout
        self._notifier: DesktopNotifier | None = None
        self._connect_lock: asyncio.Lock | None = None
        # Servers with the "body-markup" capability read the body as markup (spec 1.2).
        self._body_is_markup = False
        self._shown: dict[int, str] = {}  # key → desktop-notifier identifier
        self._tray_key: int | None = None
        self._tray_click: Callable[[], None] | None = None
        if tray_icon is not None:
            tray_icon.messageClicked.connect(self._on_tray_message_clicked)

    async def show(self, *, key: int, title: str, body: str, on_click: Callable[[], None]) -> bool:
        """Shows the notification; True when the native service took it. Without one, the tray
        icon (if any) shows it instead and False is returned."""
        await self.withdraw(key)
        try:
            shown = await asyncio.wait_for(self._show_native(key, title, body, on_click), self._timeout)
        except Exception as error:  # no bus, no service, a timeout: all mean "not shown"
            log.warning("no native notification service: %s", error or type(error).__name__)
            await self._disconnect()
            shown = False
        if not shown and self._tray_icon is not None:
            self._show_in_tray(key, title, body, on_click)
        return shown

    async def withdraw(self, key: int) -> None:
        """Removes the notification shown for `key` if it is still on screen."""
        if self._tray_key == key:
            self._tray_key, self._tray_click = None, None
        identifier = self._shown.pop(key, None)
        notifier = self._notifier
        if identifier is None or notifier is None:
            return
        try:
            if identifier in await notifier.get_current_notifications():
                await asyncio.wait_for(notifier.clear(identifier), self._timeout)
        except Exception as error:  # the service went away: nothing left to remove
            log.warning("could not withdraw a native notification: %s", error or type(error).__name__)

    async def close(self) -> None:
        """Releases the D-Bus connection (a later `show` opens a new one)."""
        await self._disconnect()
        if self._tray_icon is not None:
            self._tray_icon.messageClicked.disconnect(self._on_tray_message_clicked)
            self._tray_icon = None
        self._tray_key, self._tray_click = None, None

    async def _show_native(self, key: int, title: str, body: str, on_click: Callable[[], None]) -> bool:
        from desktop_notifier import Notification

        notifier = await self._connected()
        dispatched = False

        def on_dispatched() -> None:
            nonlocal dispatched
            dispatched = True

        notification = Notification(
            title,
            html.escape(body, quote=False) if self._body_is_markup else body,
            on_dispatched=on_dispatched,
            on_clicked=lambda: self._on_clicked(key, notification.identifier, on_click),
            on_dismissed=lambda: self._forget(key, notification.identifier),
        )
        # desktop-notifier logs and swallows a failed send: `on_dispatched` tells them apart.
        await notifier.send_notification(notification)
        if not dispatched:
            raise ConnectionError("the notification service refused the notification")
        self._shown[key] = notification.identifier
        return True

    async def _connected(self) -> DesktopNotifier:
        if self._connect_lock is None:
            self._connect_lock = asyncio.Lock()
        async with self._connect_lock:
            if self._notifier is not None and not self._bus_connected(self._notifier):
                await self._disconnect()
            if self._notifier is None:
                from desktop_notifier import DesktopNotifier, Icon

                icon = Icon(path=self._icon_path) if self._icon_path is not None else None
                self._notifier = DesktopNotifier(app_name=self._app_name, app_icon=icon)
                # Connects and asks the server what it supports; raises when nobody answers.
                await self._notifier.get_capabilities()
                self._body_is_markup = await self._server_reads_markup(self._notifier)
            return self._notifier

    @staticmethod
    async def _server_reads_markup(notifier: DesktopNotifier) -> bool:
        # desktop-notifier sends the body as given and does not expose the "body-markup"
        # capability: ask the D-Bus server itself (other platforms have no interface: plain text).
        interface = getattr(notifier._backend, "interface", None)
        if interface is None:
            return False
        return "body-markup" in await interface.call_get_capabilities()

    @staticmethod
    def _bus_connected(notifier: DesktopNotifier) -> bool:
        bus = getattr(notifier._backend, "bus", None)
        return bus is None or bus.connected

    async def _disconnect(self) -> None:
        notifier, self._notifier = self._notifier, None
        self._shown.clear()
        bus = getattr(notifier._backend, "bus", None) if notifier is not None else None
        if bus is None:
            return
        was_connected = bus.connected
        bus.disconnect()  # also closes a socket whose handshake failed
        if was_connected:
            # A connection that broke on its own reports it here: it is closed either way.
            with contextlib.suppress(Exception):
                await asyncio.wait_for(bus.wait_for_disconnect(), self._timeout)

    def _on_clicked(self, key: int, identifier: str, on_click: Callable[[], None]) -> None:
        self._forget(key, identifier)
        self._run(on_click)

    def _forget(self, key: int, identifier: str) -> None:
        if self._shown.get(key) == identifier:
            del self._shown[key]

    def _show_in_tray(self, key: int, title: str, body: str, on_click: Callable[[], None]) -> None:
        # The tray keeps one message at a time and `messageClicked` does not say which one.
        self._tray_key, self._tray_click = key, on_click
        self._tray_icon.showMessage(title, body, QSystemTrayIcon.MessageIcon.Information, TRAY_MESSAGE_MS)

    def _on_tray_message_clicked(self) -> None:
        on_click, self._tray_key, self._tray_click = self._tray_click, None, None
        if on_click is not None:
            self._run(on_click)

    @staticmethod
    def _run(on_click: Callable[[], None]) -> None:
        # Called from D-Bus or Qt signal dispatch: an error must not break the dispatcher.
        try:
            on_click()
        except Exception:
            log.exception("notification click handler failed")
