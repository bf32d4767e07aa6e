"""Outbox: the ctx-wide entry to drafts and the outbox of the signed-in user.

At sign-in it opens that user's store for that server and starts the sync; at sign-out it asks the
editors to save their drafts (`flush_requested`), stops the sync and closes the store — what is
pending stays on disk for the next sign-in. An expired session only pauses the sync: the same
user's screens, and their drafts, are kept for their return."""

from pathlib import Path

import shiboken6
from PySide6.QtCore import QObject, Signal

from desktop.outbox.store import OutboxItem, OutboxStore, store_path
from desktop.outbox.sync import OutboxSync
from desktop.tickets.store import TicketStore


class Outbox(QObject):
    changed = Signal()  # items queued, sent, refused or cancelled
    flush_requested = Signal()  # editors write their drafts now (the store is about to close)

    def __init__(self, ctx, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.data_dir: Path | None = None
        self._delays = (1.0, 30.0)
        self.store: OutboxStore | None = None
        self.sync: OutboxSync | None = None
        self._ticket_stores: list[TicketStore] = []
        ctx.session.signed_in.connect(self._signed_in)
        ctx.session.signed_out.connect(self._signed_out)

    def configure(self, *, data_dir: Path | None = None, first_delay: float = 1.0, max_delay: float = 30.0) -> None:
        """Where stores live and the retry delays (tests use a temporary directory and short delays)."""
        self.data_dir = data_dir
        self._delays = (first_delay, max_delay)

    # --- life cycle ----------------------------------------------------------------------------
    def _signed_in(self, user) -> None:
        path = store_path(self._ctx.session.server_url, user.id, self.data_dir)
        if self.store is None or self.store.path != path:
            self.close()
            self.store = OutboxStore(path, self)
            self.store.changed.connect(self.changed)
        self._start_sync()
        self.changed.emit()

    def _start_sync(self) -> None:
        if self.sync is not None:
            self.sync.cancel()
        first_delay, max_delay = self._delays
        self.sync = OutboxSync(
            self._ctx, self.store, self.ticket_stores, self, first_delay=first_delay, max_delay=max_delay
        )
        self.sync.start()

    def _signed_out(self, reason: str) -> None:
        if self.sync is not None:
            self.sync.cancel()
            self.sync = None
        if reason != "session_expired":
            self.close()

    def close(self) -> None:
        store, self.store = self.store, None
        if store is not None:
            self.flush_requested.emit()
            if self.sync is not None:
                self.sync.cancel()
                self.sync = None
            store.close()
            store.deleteLater()
            self.changed.emit()

    # --- the views' stores -----------------------------------------------------------------------
    def watch(self, ticket_store: TicketStore) -> None:
        """A workspace's ticket store, told about each ticket or message the outbox delivers."""
        if ticket_store not in self._ticket_stores:
            self._ticket_stores.append(ticket_store)

    def ticket_stores(self) -> list[TicketStore]:
        self._ticket_stores = [s for s in self._ticket_stores if shiboken6.isValid(s)]
        return list(self._ticket_stores)

    # --- what editors and the pending list use ---------------------------------------------------
    @property
    def is_open(self) -> bool:
        return self.store is not None

    def items(self) -> list[OutboxItem]:
        return self.store.items() if self.store is not None else []

    def count(self) -> int:
        return self.store.count() if self.store is not None else 0

    def queue_ticket(self, payload: dict, client_uuid, *, files=None) -> int:
        seq = self.store.queue_ticket(payload, client_uuid, files=files)
        self._kick()
        return seq

    def queue_message(self, **fields) -> int:
        seq = self.store.queue_message(**fields)
        self._kick()
        return seq

    def has_pending_for(self, ticket_id: int) -> bool:
        return self.store is not None and self.store.has_pending_for(ticket_id)

    def cancel(self, seq: int) -> None:
        if self.store is not None:
            self.store.cancel(seq)

    def retry(self, seq: int) -> None:
        if self.store is not None:
            self.store.retry(seq)
            self._kick()

    def _kick(self) -> None:
        if self.sync is not None:
            self.sync.kick()
