"""Who handles a ticket (assignee) and which staff follow it (watchers)."""

from django.db import transaction

from accounts.models import User
from accounts.refs import user_ref
from core.errors import ValidationFailed
from shared_schemas.enums import Permission, TicketEventKind
from tickets.models import Ticket
from tickets.services.common import ensure_not_closed, lock_ticket
from tickets.services.events import record_event


def active_staff_user(user_id: int) -> User | None:
    user = User.objects.select_related("role").filter(pk=user_id, is_active=True).first()
    return user if user is not None and user.is_staff_member else None


def assignable_user(user_id: int) -> User:
    """An active staff member who can work on tickets (sees them all, or may reply)."""
    user = active_staff_user(user_id)
    if user is None or not (
        user.has_permission(Permission.TICKETS_VIEW_ALL) or user.has_permission(Permission.TICKETS_REPLY)
    ):
        raise ValidationFailed.for_field(
            "assignee",
            "Choose an active staff member who can handle tickets.",
            code="not_assignable",
        )
    return user


@transaction.atomic
def ticket_assign(*, actor, ticket: Ticket, assignee_id: int | None) -> Ticket:
    """Give the ticket to a staff member, or take it back (None). The status does not change: an
    open ticket stays open until someone starts it. Assigning the current assignee changes nothing."""
    ticket = lock_ticket(ticket)
    ensure_not_closed(ticket)
    assignee = assignable_user(assignee_id) if assignee_id is not None else None
    if ticket.assignee_id == assignee_id:
        return ticket
    previous = ticket.assignee
    ticket.assignee = assignee
    record_event(
        ticket=ticket, actor=actor, kind=TicketEventKind.ASSIGNED,
        data={"from": user_ref(previous), "to": user_ref(assignee)},
    )
    ticket.save(update_fields=["assignee", "last_activity_at"])
    return ticket


@transaction.atomic
def watcher_add(*, actor, ticket: Ticket, user_id: int) -> Ticket:
    """Identify a staff member in the ticket. Adding a watcher twice changes nothing."""
    ticket = lock_ticket(ticket)
    user = active_staff_user(user_id)
    if user is None:
        raise ValidationFailed.for_field("user", "Choose an active staff member.", code="not_staff")
    if ticket.watchers.filter(pk=user.pk).exists():
        return ticket
    ticket.watchers.add(user)
    record_event(ticket=ticket, actor=actor, kind=TicketEventKind.WATCHER_ADDED, data={"user": user_ref(user)})
    ticket.save(update_fields=["last_activity_at"])
    return ticket


@transaction.atomic
def watcher_remove(*, actor, ticket: Ticket, user_id: int) -> Ticket:
    """Stop a staff member following the ticket. Removing someone who does not watch changes nothing."""
    ticket = lock_ticket(ticket)
    user = ticket.watchers.filter(pk=user_id).first()
    if user is None:
        return ticket
    ticket.watchers.remove(user)
    record_event(
        ticket=ticket, actor=actor, kind=TicketEventKind.WATCHER_REMOVED, data={"user": user_ref(user)}
    )
    ticket.save(update_fields=["last_activity_at"])
    return ticket
