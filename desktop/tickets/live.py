"""Live updates of a tickets workspace from the user's notifications (pushed by the server).

A notification about a ticket refreshes that ticket where it is shown — the open conversation and
its row in the list — from the server; a ticket that is not listed yet (new, or newly assigned)
reloads the list while only its first page is loaded, so the user's scrolling is never lost.
Notifications arriving together are handled once, after a short pause."""

import logging

from PySide6.QtCore import QObject, QTimer

from desktop import tasks
from desktop.tickets import operations
from desktop.tickets.store import TicketStore
from shared_schemas.notifications import NotificationOut

log = logging.getLogger(__name__)

BATCH_MS = 150


class LiveTicketUpdates(QObject):
    def __init__(self, ctx, store: TicketStore, ticket_list, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._store = store
        self._list = ticket_list
        self._pending: set[int] = set()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(BATCH_MS)
        self._timer.timeout.connect(self._apply)
        ctx.notifications.received.connect(self.notified)

    def notified(self, notification: NotificationOut) -> None:
        if notification.ticket is None:
            return
        self._pending.add(notification.ticket)
        self._timer.start()

    def _apply(self) -> None:
        pending, self._pending = self._pending, set()
        if not self._ctx.has_api:
            return
        model = self._list.model
        unlisted = False
        for ticket_id in sorted(pending):
            shown = ticket_id == self._store.requested_id
            listed = model.row_of_ticket(ticket_id) >= 0
            unlisted = unlisted or not listed
            if shown or listed:
                tasks.spawn(operations.refresh_ticket(self._ctx, self._store, ticket_id), on_error=self._ignore)
        if unlisted and model.pages_loaded <= 1 and not model.is_loading:
            self._list.reload()

    @staticmethod
    def _ignore(error: BaseException) -> None:
        """A live refresh that fails changes nothing on screen; the next change or reload retries."""
        log.debug("live refresh failed: %r", error)
