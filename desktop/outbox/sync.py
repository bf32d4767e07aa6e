"""OutboxSync: sends the outbox to the server whenever it can be reached.

Rules:
- one item at a time, oldest first (so replies to one ticket keep their order); a reply queued for
  a ticket still in the outbox waits for it, then goes to the ticket's real id;
- every attempt carries the item's client UUID, in the body and as the Idempotency-Key header:
  a retry after a lost answer returns what the server already recorded, never a second copy;
- unreachable server or 5xx / 408 / 429: the item stays pending, the round stops and is tried
  again after a backoff (1 s → 30 s), or at once when the connection comes back;
- any other 4xx is a definitive refusal: the item stays, refused, with the reason in French;
- 401 (the session cannot be renewed): the item stays pending and the app's session flow runs.
After a success the item goes, and the ticket stores are told so the views show it."""

import asyncio
import contextlib
import logging
import uuid
from collections.abc import Callable, Iterable
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from desktop import tasks
from desktop.api.errors import ApiError, OfflineError, SessionExpired
from desktop.attachments import operations as attachments
from desktop.i18n.errors import error_message
from desktop.outbox.store import CREATE_TICKET, OutboxItem, OutboxStore
from desktop.tickets import operations
from desktop.tickets.store import TicketStore
from shared_schemas.enums import MessageKind
from shared_schemas.tickets import TicketCreate, TicketDetail

log = logging.getLogger(__name__)

_RETRIED_STATUSES = {408, 429}


def is_retried(error: BaseException) -> bool:
    """Whether a failed send should wait in the outbox rather than be shown as refused."""
    if isinstance(error, SessionExpired):
        return False
    if isinstance(error, OfflineError):
        return True
    return isinstance(error, ApiError) and (error.status >= 500 or error.status in _RETRIED_STATUSES)


class OutboxSync(QObject):
    item_sent = Signal(object)  # the OutboxItem the server now has
    item_refused = Signal(object)  # the OutboxItem, refused

    def __init__(
        self,
        ctx,
        store: OutboxStore,
        ticket_stores: Callable[[], Iterable[TicketStore]] = tuple,
        parent: QObject | None = None,
        *,
        first_delay: float = 1.0,
        max_delay: float = 30.0,
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.store = store
        self._ticket_stores = ticket_stores
        self._first_delay = first_delay
        self._max_delay = max_delay
        self._delay = first_delay
        self._lock = asyncio.Lock()
        self._round: asyncio.Task | None = None
        self._retry: asyncio.TimerHandle | None = None
        self._again = False
        self._active = False

    def configure(self, *, first_delay: float, max_delay: float) -> None:
        self._first_delay, self._max_delay = first_delay, max_delay
        self._delay = first_delay

    def start(self) -> None:
        if not self._active:
            self._active = True
            self._ctx.connection.online_changed.connect(self._online_changed)
        self.kick()

    def kick(self) -> None:
        """Something was queued, the server is back or the user asked to retry: try now. Nothing
        runs between rounds (no idle task), so a dropped service holds nothing alive."""
        if not self._active:
            return
        if self._retry is not None:
            self._retry.cancel()
            self._retry = None
        if self._round is not None and not self._round.done():
            self._again = True
            return
        self._round = tasks.spawn(self._sync_round())

    async def _sync_round(self) -> None:
        self._again = False
        if await self.sync_once():
            self._delay = self._first_delay
            if not self._again:
                return
        elif not self._again:
            self._retry = asyncio.get_running_loop().call_later(self._delay, self.kick)
            self._delay = min(self._delay * 2, self._max_delay)
            return
        asyncio.get_running_loop().call_soon(self.kick)  # kicked during the round: once more

    async def stop(self) -> None:
        task = self._round
        self.cancel()
        if task is not None:
            with contextlib.suppress(asyncio.CancelledError):
                await task

    def cancel(self) -> None:
        if self._active:
            self._active = False
            self._ctx.connection.online_changed.disconnect(self._online_changed)
        if self._retry is not None:
            self._retry.cancel()
            self._retry = None
        task, self._round = self._round, None
        if task is not None and not task.done():
            task.cancel()

    def _online_changed(self, online: bool) -> None:
        if online:
            self.kick()

    async def sync_once(self) -> bool:
        """Sends what can be sent; False when the server could not take something (try later)."""
        async with self._lock:
            while self.store.is_open and self._ctx.has_api:
                item = self.store.next_sendable()
                if item is None:
                    return True
                if not await self._send(item):
                    return False
            return True

    async def _send(self, item: OutboxItem) -> bool:
        self.store.mark_sending(item.seq)
        try:
            if item.kind == CREATE_TICKET:
                detail = await self._create_ticket(item)
            else:
                detail = await self._post_message(item)
        except SessionExpired:
            self.store.mark_pending(item.seq)
            raise
        except ApiError as error:
            if error.status == 401:
                self.store.mark_pending(item.seq)
                raise SessionExpired(error.detail) from error
            if is_retried(error):
                self.store.mark_pending(item.seq)
                return False
            self.store.mark_refused(item.seq, error_message(error))
            self.item_refused.emit(self.store.item(item.seq))
            return True
        except asyncio.CancelledError:
            # Stopped mid-send: the next start sends it again, under the same client UUID.
            if self.store.is_open:
                self.store.mark_pending(item.seq)
            raise
        except Exception:
            log.exception("sending an outbox item failed")
            self.store.mark_pending(item.seq)
            return False
        self.store.mark_sent(item.seq, ticket_id=detail.id if item.kind == CREATE_TICKET else None)
        self.item_sent.emit(item)
        await self._show(item, detail)
        return True

    async def _create_ticket(self, item: OutboxItem) -> TicketDetail:
        attachment_ids = [*(item.payload.get("attachments") or []), *await self._upload_carried(item)]
        draft = TicketCreate.model_validate(
            {**item.payload, "client_uuid": item.client_uuid, "attachments": attachment_ids}
        )
        return await operations.post_ticket(self._ctx, draft)

    async def _upload_carried(self, item: OutboxItem) -> list[int]:
        """Uploads the files the item carries, each under its own client UUID: a retry after a lost
        answer gets the same attachment back."""
        ids = []
        for carried in item.payload.get("files", []):
            path, key = Path(carried["path"]), uuid.UUID(carried["client_uuid"])
            uploaded = await attachments.upload(self._ctx, path, filename=carried["name"], client_uuid=key)
            ids.append(uploaded.id)
        return ids

    async def _post_message(self, item: OutboxItem) -> None:
        """None: the ticket the views show is read again afterwards (`_show`)."""
        attachment_ids = [*(item.payload.get("attachments") or []), *await self._upload_carried(item)]
        await operations.post_message(
            self._ctx,
            item.ticket_id,
            body=item.payload["body"],
            kind=MessageKind(item.payload["kind"]),
            client_uuid=item.client_uuid,
            attachment_ids=attachment_ids,
        )

    async def _show(self, item: OutboxItem, detail: TicketDetail | None) -> None:
        """Tells the views; the item is already out of the outbox, so a failure here changes nothing."""
        for ticket_store in list(self._ticket_stores()):
            try:
                if detail is not None:
                    ticket_store.apply_created(detail)
                else:
                    await operations.refresh_ticket(self._ctx, ticket_store, item.ticket_id)
            except (ApiError, RuntimeError) as error:  # offline again, or a closed workspace
                log.info("could not show a sent outbox item: %r", error)
