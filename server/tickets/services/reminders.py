"""Reminders on a ticket (e.g. a GTR deadline) for a staff member. Firing them is a job's work
(`jobs.sweeps.reminders`): only `reminder_fire` touches `fired_at`."""

from datetime import datetime

from django.db import transaction
from django.utils import timezone

from accounts.refs import user_ref
from core.errors import Conflict, NotFound, ValidationFailed
from core.parsing import UNSET, Unset
from notifications.payloads import ticket_payload
from notifications.services.fanout import notify_users
from shared_schemas.enums import NotificationType, TicketEventKind
from tickets.models import Reminder, Ticket
from tickets.selectors.visibility import tickets_visible_to
from tickets.services.assignment import active_staff_user
from tickets.services.common import ensure_not_closed, lock_ticket
from tickets.services.events import record_event


def _future(remind_at: datetime, now: datetime) -> datetime:
    if remind_at <= now:
        raise ValidationFailed.for_field(
            "remind_at", "A reminder must be set in the future.", code="must_be_future"
        )
    return remind_at


def _recipient(user_id: int, ticket: Ticket):
    """An active staff member who can open the ticket when the reminder goes off."""
    user = active_staff_user(user_id)
    if user is None:
        raise ValidationFailed.for_field("recipient", "Choose an active staff member.", code="not_staff")
    if not tickets_visible_to(user).filter(pk=ticket.pk).exists():
        raise ValidationFailed.for_field(
            "recipient",
            "This staff member cannot see this ticket; assign it to them or add them as a watcher first.",
            code="cannot_see_ticket",
        )
    return user


def _relocked(reminder: Reminder) -> tuple[Ticket, Reminder]:
    """Lock the reminder's ticket, then re-read the reminder (a concurrent delete may have won)."""
    ticket = lock_ticket(reminder.ticket)
    current = Reminder.objects.select_related("recipient").filter(pk=reminder.pk).first()
    if current is None:
        raise NotFound("No such reminder.")
    return ticket, current


def _described(reminder: Reminder) -> dict:
    return {
        "remind_at": reminder.remind_at.isoformat(),
        "recipient": user_ref(reminder.recipient),
        "note": reminder.note,
    }


@transaction.atomic
def reminder_create(
    *, actor, ticket: Ticket, remind_at: datetime, recipient_id: int | None = None, note: str = ""
) -> Reminder:
    ticket = lock_ticket(ticket)
    ensure_not_closed(ticket)
    now = timezone.now()
    recipient = _recipient(recipient_id, ticket) if recipient_id is not None else actor
    reminder = Reminder.objects.create(
        ticket=ticket,
        recipient=recipient,
        created_by=actor,
        remind_at=_future(remind_at, now),
        note=note,
        created_at=now,
    )
    record_event(
        ticket=ticket, actor=actor, kind=TicketEventKind.REMINDER_SET,
        data={"reminder_id": reminder.id, **_described(reminder)}, at=now,
    )
    ticket.save(update_fields=["last_activity_at"])
    return reminder


@transaction.atomic
def reminder_update(
    *,
    actor,
    reminder: Reminder,
    remind_at: datetime | Unset = UNSET,
    recipient_id: int | Unset = UNSET,
    note: str | Unset = UNSET,
) -> Reminder:
    """Move, re-address or re-word a reminder that has not fired yet; one event with what changed."""
    ticket, reminder = _relocked(reminder)
    ensure_not_closed(ticket)
    if reminder.fired_at is not None:
        raise Conflict(
            "This reminder has already gone off; set a new one instead.", code="reminder_fired"
        )
    now = timezone.now()
    before = _described(reminder)
    if not isinstance(remind_at, Unset):
        reminder.remind_at = _future(remind_at, now)
    if not isinstance(recipient_id, Unset):
        reminder.recipient = _recipient(recipient_id, ticket)
    if not isinstance(note, Unset):
        reminder.note = note
    after = _described(reminder)
    changed = [field for field in after if after[field] != before[field]]
    if not changed:
        return reminder
    reminder.save(update_fields=changed)
    record_event(
        ticket=ticket, actor=actor, kind=TicketEventKind.REMINDER_CHANGED,
        data={
            "reminder_id": reminder.id,
            "from": {field: before[field] for field in changed},
            "to": {field: after[field] for field in changed},
        },
        at=now,
    )
    ticket.save(update_fields=["last_activity_at"])
    return reminder


@transaction.atomic
def reminder_delete(*, actor, reminder: Reminder) -> None:
    """Deleting stays possible on a closed ticket: it only tidies a staff member's reminders."""
    ticket, reminder = _relocked(reminder)
    data = {"reminder_id": reminder.id, **_described(reminder)}
    reminder.delete()
    record_event(ticket=ticket, actor=actor, kind=TicketEventKind.REMINDER_DELETED, data=data)
    ticket.save(update_fields=["last_activity_at"])


def reminders_due(*, now: datetime, limit: int):
    """Reminders whose time has come and that have not fired (walks the `reminder_due` index)."""
    return (
        Reminder.objects.select_related("ticket", "recipient")
        .filter(remind_at__lte=now, fired_at__isnull=True)
        .order_by("remind_at", "id")[:limit]
    )


@transaction.atomic
def reminder_fire(*, reminder: Reminder, now: datetime) -> bool:
    """Fire one due reminder, exactly once: the conditional UPDATE on `fired_at IS NULL` is the claim,
    so of two concurrent sweeps only one gets the row. Records a staff-only `reminder_due` event and
    notifies the recipient (`reminder.due`). False when another run fired it.

    The ticket's last activity is left alone: a reminder going off is not news for the client."""
    claimed = Reminder.objects.filter(pk=reminder.pk, fired_at__isnull=True, remind_at__lte=now).update(fired_at=now)
    if not claimed:
        return False
    reminder.fired_at = now
    record_event(
        ticket=reminder.ticket, actor=None, kind=TicketEventKind.REMINDER_DUE,
        data={"reminder_id": reminder.id, **_described(reminder)}, at=now,
    )
    notify_users(
        users=[reminder.recipient], type=NotificationType.REMINDER_DUE, ticket=reminder.ticket,
        payload=ticket_payload(reminder.ticket) | {"note": reminder.note, "remind_at": reminder.remind_at.isoformat()},
    )
    return True
