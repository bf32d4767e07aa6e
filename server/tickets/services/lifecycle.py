"""Status changes: start, wait, resolve, close, reopen (staff), the client-reply rule, and the
auto-close of tickets left without a client reply."""

from datetime import datetime, timedelta

from django.db import transaction
from django.db.models import Case, F, OuterRef, Subquery, When
from django.db.models.functions import Coalesce, Greatest
from django.utils import timezone

from core.errors import TransitionNotAllowed
from shared_schemas.enums import ACTIVE_STATUSES, TicketEventKind, TicketStatus
from tickets.models import Ticket, TicketEvent
from tickets.policies import TRANSITIONS, TicketAction, transition_target
from tickets.services.common import lock_ticket
from tickets.services.events import record_event


def change_status(*, actor, ticket: Ticket, to: TicketStatus, at, reason: str | None = None) -> None:
    """Set the status and its timestamps, record the change. The caller saves the ticket with
    `STATUS_FIELDS` (it runs inside the caller's transaction, on a locked ticket)."""
    previous = ticket.status
    ticket.status = to
    if to == TicketStatus.RESOLVED:
        ticket.resolved_at = at
    elif to == TicketStatus.CLOSED:
        ticket.closed_at = at
    elif to in ACTIVE_STATUSES:
        ticket.resolved_at = None
        ticket.closed_at = None
    data = {"from": str(previous), "to": str(to)}
    if reason:
        data["reason"] = reason
    record_event(ticket=ticket, actor=actor, kind=TicketEventKind.STATUS_CHANGED, data=data, at=at)


STATUS_FIELDS = ["status", "resolved_at", "closed_at", "last_activity_at"]


def _describe(statuses) -> str:
    names = sorted(str(status) for status in statuses)
    return " or ".join(names)


@transaction.atomic
def ticket_transition(*, actor, ticket: Ticket, action: TicketAction) -> Ticket:
    """Apply one of the staff transitions of `policies.TRANSITIONS` (the caller checked the
    permission). Refused with `transition_not_allowed`, and nothing changed, from any other state."""
    transition = TRANSITIONS[action]
    ticket = lock_ticket(ticket)
    if ticket.status not in transition.sources:
        raise TransitionNotAllowed(
            f"This ticket is {ticket.status}: it cannot be {transition.verb} "
            f"(only a ticket that is {_describe(transition.sources)} can)."
        )
    change_status(actor=actor, ticket=ticket, to=transition_target(transition, ticket), at=timezone.now())
    ticket.save(update_fields=STATUS_FIELDS)
    return ticket


def ticket_start(*, actor, ticket: Ticket) -> Ticket:
    return ticket_transition(actor=actor, ticket=ticket, action=TicketAction.START)


def ticket_wait(*, actor, ticket: Ticket) -> Ticket:
    return ticket_transition(actor=actor, ticket=ticket, action=TicketAction.WAIT)


def ticket_resolve(*, actor, ticket: Ticket) -> Ticket:
    return ticket_transition(actor=actor, ticket=ticket, action=TicketAction.RESOLVE)


def ticket_close(*, actor, ticket: Ticket) -> Ticket:
    return ticket_transition(actor=actor, ticket=ticket, action=TicketAction.CLOSE)


def ticket_reopen(*, actor, ticket: Ticket) -> Ticket:
    return ticket_transition(actor=actor, ticket=ticket, action=TicketAction.REOPEN)


# Tickets that close themselves when the client stays silent (DESIGN §4).
AUTO_CLOSE_STATUSES = (TicketStatus.RESOLVED, TicketStatus.WAITING)


def _waiting_since():
    """When the ticket last went to `waiting`: its latest status change to it."""
    return Subquery(
        TicketEvent.objects.filter(
            ticket=OuterRef("pk"), kind=TicketEventKind.STATUS_CHANGED, data__to=str(TicketStatus.WAITING)
        )
        .order_by("-created_at", "-id")
        .values("created_at")[:1]
    )


def auto_close_candidates(*, now: datetime, after: timedelta, limit: int):
    """Resolved or waiting tickets whose client has been silent for `after`: measured from the later of
    the resolution (or the move to waiting) and the client's last message. A ticket with no trace of
    when it got there counts from its last activity, never from its creation."""
    settled_at = Case(
        When(status=TicketStatus.RESOLVED, then=Coalesce(F("resolved_at"), F("last_activity_at"))),
        default=Coalesce(_waiting_since(), F("last_activity_at")),
    )
    quiet_since = Greatest(settled_at, Coalesce(F("last_client_message_at"), settled_at))
    return (
        Ticket.objects.filter(status__in=[str(status) for status in AUTO_CLOSE_STATUSES])
        .alias(quiet_since=quiet_since)
        .filter(quiet_since__lte=now - after)
        .order_by("id")[:limit]
    )


@transaction.atomic
def ticket_auto_close(*, ticket: Ticket, now: datetime) -> bool:
    """Close a ticket found by `auto_close_candidates`, once: the conditional UPDATE only matches the
    ticket as it was read (status, last activity, last client message), so a concurrent sweep, a client
    reply or any other change in between makes it match nothing (False; the next sweep looks again).
    Records `status_changed` with no actor and reason `auto_close`, which tells the client."""
    if ticket.status not in AUTO_CLOSE_STATUSES:
        return False
    claimed = Ticket.objects.filter(
        pk=ticket.pk,
        status=ticket.status,
        last_activity_at=ticket.last_activity_at,
        last_client_message_at=ticket.last_client_message_at,
    ).update(status=TicketStatus.CLOSED, closed_at=now, last_activity_at=now)
    if not claimed:
        return False
    record_event(
        ticket=ticket,
        actor=None,
        kind=TicketEventKind.STATUS_CHANGED,
        data={"from": str(ticket.status), "to": str(TicketStatus.CLOSED), "reason": "auto_close"},
        at=now,
    )
    ticket.status = TicketStatus.CLOSED
    ticket.closed_at = now
    return True
