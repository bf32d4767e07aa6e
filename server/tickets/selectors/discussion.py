"""A ticket's discussion and history, as the reader may see them."""

import uuid

from tickets.models import Message, Ticket, TicketEvent
from tickets.selectors.visibility import events_visible_to, messages_visible_to


def ticket_discussion(user, ticket: Ticket) -> list[Message]:
    """Messages by (created_at, id); internal notes only for staff."""
    messages = Message.objects.filter(ticket=ticket).select_related("author__role").prefetch_related("attachments")
    return list(messages_visible_to(user, messages).order_by("created_at", "id"))


def message_key_used(user, client_uuid: uuid.UUID | None) -> bool:
    """Whether `user` already wrote a message with this idempotency key: the request is a retry."""
    return client_uuid is not None and Message.objects.filter(author=user, client_uuid=client_uuid).exists()


def ticket_history(user, ticket: Ticket) -> list[TicketEvent]:
    """Events by (created_at, id); for a client only the kinds in CLIENT_VISIBLE_EVENTS."""
    events = TicketEvent.objects.filter(ticket=ticket).select_related("actor")
    return list(events_visible_to(user, events).order_by("created_at", "id"))
