"""What a notification carries: enough for the desktop to show it without another request
(`shared_schemas.notifications.NotificationPayload`)."""

from typing import Any

from accounts.refs import user_ref
from shared_schemas.enums import NotificationType, TicketEventKind
from tickets.models import Message, Ticket, TicketEvent

EXCERPT_LENGTH = 200


def excerpt(text: str, length: int = EXCERPT_LENGTH) -> str:
    """The first `length` characters, whitespace collapsed, cut on a word with an ellipsis."""
    flat = " ".join(text.split())
    if len(flat) <= length:
        return flat
    return flat[:length].rsplit(" ", 1)[0].rstrip(" ,;:.") + "…"


def ticket_payload(ticket: Ticket, actor=None) -> dict[str, Any]:
    return {"reference": ticket.reference, "subject": ticket.subject, "actor": user_ref(actor)}


def payload_for_event(event: TicketEvent, notification_type: NotificationType) -> dict[str, Any]:
    payload = ticket_payload(event.ticket, event.actor)
    data = event.data or {}
    if event.kind in (TicketEventKind.REPLY_ADDED, TicketEventKind.NOTE_ADDED):
        body = Message.objects.filter(pk=data.get("message_id")).values_list("body", flat=True).first() or ""
        payload |= {"message_id": data.get("message_id"), "excerpt": excerpt(body)}
    elif event.kind == TicketEventKind.STATUS_CHANGED:
        payload |= {"from_status": data.get("from"), "to_status": data.get("to")}
    elif event.kind == TicketEventKind.ASSIGNED:
        payload |= {"assignee": data.get("to"), "previous_assignee": data.get("from")}
    elif event.kind == TicketEventKind.RATED:
        payload |= {"stars": data.get("stars")}
    elif event.kind == TicketEventKind.CREATED:
        payload |= {"excerpt": excerpt(event.ticket.description)}
    return payload
