"""The audit trail of a ticket, and the one place where its events leave the transaction."""

import logging
from typing import Any

from django.db import transaction
from django.utils import timezone

from notifications.delivery import deliver
from notifications.models import Notification
from notifications.services.fanout import notify_for_ticket_event
from shared_schemas.enums import TicketEventKind
from tickets.models import Ticket, TicketEvent

logger = logging.getLogger(__name__)

EVENT_KINDS: tuple[str, ...] = tuple(kind.value for kind in TicketEventKind)


def record_event(
    *,
    ticket: Ticket,
    actor,
    kind: TicketEventKind | str,
    data: dict[str, Any] | None = None,
    at=None,
) -> TicketEvent:
    """Write one history row and bump the ticket's activity time.

    The caller saves the ticket with "last_activity_at" in its update_fields (it usually saves other
    fields in the same UPDATE)."""
    at = at or timezone.now()
    event = TicketEvent.objects.create(
        ticket=ticket, actor=actor, kind=str(kind), data=data or {}, created_at=at
    )
    ticket.last_activity_at = at
    notify_for_ticket_event(event)  # in this transaction: a rolled-back change notifies nobody
    transaction.on_commit(lambda: publish_event(event))
    return event


def publish_event(event: TicketEvent) -> None:
    """Runs once the event's transaction has committed (never for a rolled-back change).

    The event's notifications and e-mails were written with it; from here they are pushed to
    connected desktops and the e-mail sender is woken."""
    logger.debug("ticket event %s (%s) on ticket %s", event.id, event.kind, event.ticket_id)
    deliver(list(Notification.objects.filter(event=event).values_list("id", flat=True)))
