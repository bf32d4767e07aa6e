"""NotificationPresenter: shows what arrives live as a native notification (when the user wants
them), brings the app forward on a click, and withdraws the native notification once the
notification is read in the app or the user signs out."""

import asyncio
import logging

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QApplication, QWidget

from desktop import tasks
from desktop.notifications.native import NativeNotifier
from desktop.notifications.texts import describe
from shared_schemas.notifications import NotificationOut

log = logging.getLogger(__name__)

MAIN_WINDOW_NAME = "mainWindow"


class NotificationPresenter(QObject):
    def __init__(self, ctx, notifier: NativeNotifier, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._notifier = notifier
        self._shown: set[int] = set()
        # One at a time, in the order the signals came: a read right after an arrival withdraws a
        # notification whose show has finished, never one still on its way.
        self._turn = asyncio.Lock()
        ctx.notifications.received.connect(self._on_received)
        ctx.notifications.read.connect(self._on_read)
        ctx.session.signed_out.connect(self._on_signed_out)

    def _on_received(self, notification: NotificationOut) -> None:
        if notification.read_at is None and self._ctx.settings.desktop_notifications:
            self._shown.add(notification.id)
            tasks.spawn(self._show(notification), on_error=self._log_error)

    def _on_read(self, notification_id: int) -> None:
        if notification_id in self._shown:
            tasks.spawn(self._withdraw([notification_id]), on_error=self._log_error)

    def _on_signed_out(self, _reason: str) -> None:
        # What was shown belongs to the session that ended: a click must not open it in the next.
        if self._shown:
            tasks.spawn(self._withdraw(list(self._shown)), on_error=self._log_error)

    async def _show(self, notification: NotificationOut) -> None:
        title, body = describe(notification)
        async with self._turn:
            await self._notifier.show(
                key=notification.id, title=title, body=body, on_click=lambda: self._activate(notification)
            )

    async def _withdraw(self, notification_ids: list[int]) -> None:
        async with self._turn:
            for notification_id in notification_ids:
                self._shown.discard(notification_id)
                await self._notifier.withdraw(notification_id)

    def _activate(self, notification: NotificationOut) -> None:
        self._shown.discard(notification.id)
        self._ctx.notifications.activate(notification)
        window = self._main_window()
        if window is not None:
            window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
            window.show()
            window.raise_()
            window.activateWindow()

    @staticmethod
    def _main_window() -> QWidget | None:
        for widget in QApplication.topLevelWidgets():
            if widget.objectName() == MAIN_WINDOW_NAME:
                return widget
        return QApplication.activeWindow()

    @staticmethod
    def _log_error(error: BaseException) -> None:
        # Native notifications are a convenience: a failure never reaches the user's banner.
        log.warning("native notification failed", exc_info=error)
