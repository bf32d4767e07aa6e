"""Reminders, reached only through a ticket the reader may see."""

from core.errors import NotFound
from tickets.models import Reminder, Ticket
from tickets.selectors.visibility import tickets_visible_to


def ticket_reminders(ticket: Ticket) -> list[Reminder]:
    return list(
        Reminder.objects.filter(ticket=ticket)
        .select_related("recipient", "created_by")
        .order_by("remind_at", "id")
    )


def reminder_get_for(user, reminder_id: int) -> Reminder:
    """A reminder of a ticket `user` may see; the same `not_found` for any other."""
    reminder = (
        Reminder.objects.select_related("ticket", "recipient", "created_by")
        .filter(pk=reminder_id, ticket__in=tickets_visible_to(user).values("id"))
        .first()
    )
    if reminder is None:
        raise NotFound("No such reminder.", code="not_found")
    return reminder
