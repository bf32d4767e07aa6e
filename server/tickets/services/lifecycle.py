"""Status changes: start, wait, resolve, close, reopen (staff), and the client-reply rule."""

from django.db import transaction
from django.utils import timezone

from core.errors import TransitionNotAllowed
from shared_schemas.enums import ACTIVE_STATUSES, TicketEventKind, TicketStatus
from tickets.models import Ticket
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
