"""GTR/SLA warnings: which tickets need one now, and sending each warning once per deadline."""

from datetime import datetime, timedelta

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import Exists, OuterRef, Q

from accounts.models import User
from accounts.refs import user_ref
from jobs.models import SlaAlert, SlaAlertKind
from notifications.payloads import ticket_payload
from notifications.services.fanout import notify_users
from shared_schemas.enums import NotificationType, Permission, TicketEventKind, TicketPriority
from tickets.models import ACTIVE, Ticket
from tickets.services.events import record_event

_EVENT_OF_KIND = {
    SlaAlertKind.AT_RISK: TicketEventKind.SLA_AT_RISK,
    SlaAlertKind.BREACHED: TicketEventKind.SLA_BREACHED,
}


def warning_leads() -> dict[TicketPriority, timedelta]:
    """How long before its deadline a ticket is at risk, per priority (SAV_SLA_WARNING_MINUTES_*)."""
    return {
        TicketPriority(priority): timedelta(minutes=minutes)
        for priority, minutes in settings.SAV_SLA_WARNING_MINUTES.items()
    }


def _unwarned(kind: SlaAlertKind) -> Exists:
    return ~Exists(SlaAlert.objects.filter(ticket=OuterRef("pk"), kind=kind, due_at=OuterRef("due_at")))


def sla_candidates(*, now: datetime, limit: int):
    """Active tickets past their deadline without a breach warning for it, or inside their priority's
    warning window without an at-risk warning for it (walks the `ticket_due_queue` index)."""
    in_window = Q()
    for priority, lead in warning_leads().items():
        in_window |= Q(priority=priority, due_at__lte=now + lead)
    breached = Q(due_at__lte=now)
    return (
        Ticket.objects.select_related("assignee")
        .filter(ACTIVE, due_at__isnull=False)
        .filter(in_window | breached)
        .filter((breached & _unwarned(SlaAlertKind.BREACHED)) | (~breached & _unwarned(SlaAlertKind.AT_RISK)))
        .order_by("due_at", "id")[:limit]
    )


def alert_kind(ticket: Ticket, now: datetime) -> SlaAlertKind:
    return SlaAlertKind.BREACHED if ticket.due_at <= now else SlaAlertKind.AT_RISK


def sla_recipients(ticket: Ticket, kind: SlaAlertKind) -> list[User]:
    """The assignee and watchers; the staff who can dispatch tickets (tickets.assign) too when nobody is
    assigned or the deadline is missed, since someone must then take it in hand."""
    ids = set(ticket.watchers.values_list("id", flat=True))
    if ticket.assignee_id:
        ids.add(ticket.assignee_id)
    users = list(User.objects.select_related("role").filter(id__in=ids, is_active=True))
    if kind == SlaAlertKind.BREACHED or not ticket.assignee_id:
        staff = User.objects.select_related("role").filter(is_active=True, role__audience="staff").exclude(id__in=ids)
        users += [user for user in staff if user.has_permission(Permission.TICKETS_ASSIGN)]
    return users


@transaction.atomic
def sla_alert_send(*, ticket: Ticket, kind: SlaAlertKind, now: datetime) -> bool:
    """Warn about one deadline of a ticket, once. Inserting the (ticket, kind, deadline) row is the
    claim: a concurrent sweep fails on the unique constraint (inside a savepoint) and sends nothing.
    A ticket whose deadline moved or that left the active states since it was read is skipped.

    Records a staff-only `sla_at_risk` / `sla_breached` event and notifies `sla_recipients`
    (`sla.at_risk`, with `breached`); like a reminder, it does not count as activity on the ticket."""
    if not Ticket.objects.filter(ACTIVE, pk=ticket.pk, due_at=ticket.due_at).exists():
        return False
    try:
        with transaction.atomic():
            SlaAlert.objects.create(ticket=ticket, kind=kind, due_at=ticket.due_at, created_at=now)
    except IntegrityError:
        return False
    record_event(
        ticket=ticket,
        actor=None,
        kind=_EVENT_OF_KIND[kind],
        data={
            "due_at": ticket.due_at.isoformat(),
            "priority": str(ticket.priority),
            "assignee": user_ref(ticket.assignee),
        },
        at=now,
    )
    notify_users(
        users=sla_recipients(ticket, kind), type=NotificationType.SLA_AT_RISK, ticket=ticket,
        payload=ticket_payload(ticket)
        | {"due_at": ticket.due_at.isoformat(), "breached": kind == SlaAlertKind.BREACHED},
    )
    return True
