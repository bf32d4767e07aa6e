"""The discussion: public replies (clients and staff) and internal notes (staff only)."""

import uuid
from collections.abc import Sequence

from django.db import IntegrityError, transaction
from django.utils import timezone

from attachments.services.linking import attachments_link, check_attachment_count
from core.errors import PermissionDenied
from shared_schemas.enums import MessageKind, TicketEventKind
from tickets.models import Message, Ticket
from tickets.policies import CLIENT_REPLY_REACTIVATES, reactivated_status
from tickets.services.common import Created, ensure_not_closed, idempotency_key_reused, lock_ticket
from tickets.services.events import record_event
from tickets.services.lifecycle import STATUS_FIELDS, change_status

_EVENT_OF_KIND = {MessageKind.REPLY: TicketEventKind.REPLY_ADDED, MessageKind.NOTE: TicketEventKind.NOTE_ADDED}


def _replayed_message(
    actor, client_uuid: uuid.UUID, *, ticket: Ticket, kind: MessageKind, body: str
) -> Message | None:
    message = Message.objects.filter(author=actor, client_uuid=client_uuid).first()
    if message is not None and (message.ticket_id, message.kind, message.body) != (ticket.id, kind, body):
        raise idempotency_key_reused("message")
    return message


@transaction.atomic
def message_add(
    *,
    actor,
    ticket: Ticket,
    body: str,
    kind: MessageKind = MessageKind.REPLY,
    client_uuid: uuid.UUID | None = None,
    attachment_ids: Sequence[int] = (),
) -> Created[Message]:
    """Add a reply or an internal note (the caller checked tickets.reply / tickets.note).

    A client reply on a resolved or waiting ticket hands it back to Origyne (in_progress if
    assigned, else open); the first staff reply sets first_response_at. Nobody writes on a closed
    ticket. A retry with the same `client_uuid` returns the first message, even concurrently.
    `attachment_ids` (the actor's staged uploads) are linked to the message in its transaction, or
    the message is refused; a note's attachments are as internal as the note."""
    if kind == MessageKind.NOTE and not actor.is_staff_member:
        raise PermissionDenied("Only Origyne staff can write internal notes.", code="staff_only")
    if client_uuid is not None:
        replayed = _replayed_message(actor, client_uuid, ticket=ticket, kind=kind, body=body)
        if replayed is not None:
            return Created(replayed, replayed=True)
    check_attachment_count(attachment_ids)
    ticket = lock_ticket(ticket)
    ensure_not_closed(
        ticket,
        "This ticket is closed: open a new ticket to add information."
        if actor.is_client
        else "This ticket is closed; reopen it before writing in it.",
    )
    now = timezone.now()
    try:
        with transaction.atomic():
            message = Message.objects.create(
                ticket=ticket, author=actor, kind=kind, body=body, client_uuid=client_uuid, created_at=now
            )
    except IntegrityError:
        winner = None
        if client_uuid is not None:
            winner = _replayed_message(actor, client_uuid, ticket=ticket, kind=kind, body=body)
        if winner is None:
            raise
        return Created(winner, replayed=True)
    attachments_link(actor=actor, attachment_ids=attachment_ids, ticket=ticket, message=message, at=now)
    record_event(
        ticket=ticket, actor=actor, kind=_EVENT_OF_KIND[kind], data={"message_id": message.id}, at=now
    )
    fields = {"last_activity_at"}
    if kind == MessageKind.REPLY and actor.is_client:
        ticket.last_client_message_at = now
        fields.add("last_client_message_at")
        if ticket.status in CLIENT_REPLY_REACTIVATES:
            change_status(
                actor=actor, ticket=ticket, to=reactivated_status(ticket), at=now, reason="client_reply"
            )
            fields.update(STATUS_FIELDS)
    elif kind == MessageKind.REPLY and ticket.first_response_at is None:
        ticket.first_response_at = now
        fields.add("first_response_at")
    ticket.save(update_fields=sorted(fields))
    return Created(message, replayed=False)
