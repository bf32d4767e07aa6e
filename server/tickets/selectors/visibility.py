"""Which tickets, messages and events a user may see. Every read of the tickets app goes through
here; no view repeats these rules."""

from django.db.models import Q, QuerySet

from audit.services import audit_refused_access
from core.errors import NotFound
from shared_schemas.audit import AuditTarget
from shared_schemas.enums import CLIENT_VISIBLE_EVENTS, MessageKind, Permission
from tickets.models import Message, Ticket, TicketEvent


def tickets_visible_to(user, queryset: QuerySet[Ticket] | None = None) -> QuerySet[Ticket]:
    """A client sees its customer's tickets; staff with tickets.view_all see every ticket; other
    staff only those assigned to them or that they watch.

    The client's filter comes first (customer_id), matching the per-customer indexes."""
    queryset = Ticket.objects.all() if queryset is None else queryset
    if user.is_client:
        if user.customer_id is None:
            return queryset.none()
        return queryset.filter(customer_id=user.customer_id)
    if user.has_permission(Permission.TICKETS_VIEW_ALL):
        return queryset
    watched = Ticket.watchers.through.objects.filter(user_id=user.id).values("ticket_id")
    return queryset.filter(Q(assignee_id=user.id) | Q(id__in=watched))


def ticket_get_for(user, ticket_id: int, queryset: QuerySet[Ticket] | None = None) -> Ticket:
    """The ticket if `user` may see it; the same `not_found` whether it is missing or not theirs (a
    client asking for another customer's ticket is recorded in the journal)."""
    ticket = tickets_visible_to(user, queryset).filter(pk=ticket_id).first()
    if ticket is None:
        if user.is_client:
            foreign = Ticket.objects.filter(pk=ticket_id).values_list("reference", flat=True).first()
            if foreign is not None:
                audit_refused_access(actor=user, target_type=AuditTarget.TICKET, target_id=ticket_id,
                                     target_label=foreign)
        raise NotFound("No such ticket.", code="not_found")
    return ticket


def messages_visible_to(user, queryset: QuerySet[Message] | None = None) -> QuerySet[Message]:
    """Internal notes are for staff only."""
    queryset = Message.objects.all() if queryset is None else queryset
    return queryset if user.is_staff_member else queryset.filter(kind=MessageKind.REPLY)


def events_visible_to(user, queryset: QuerySet[TicketEvent] | None = None) -> QuerySet[TicketEvent]:
    """A client sees only the history kinds in CLIENT_VISIBLE_EVENTS."""
    queryset = TicketEvent.objects.all() if queryset is None else queryset
    if user.is_staff_member:
        return queryset
    return queryset.filter(kind__in=[str(kind) for kind in CLIENT_VISIBLE_EVENTS])
