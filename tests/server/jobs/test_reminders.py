"""Due reminders fire once, at their time, for their recipient."""

from datetime import timedelta

from django.utils import timezone

from jobs.sweeps import fire_due_reminders
from shared_schemas.enums import CLIENT_VISIBLE_EVENTS, TicketEventKind
from tickets.models import Reminder, TicketEvent
from tickets.services.reminders import reminder_create, reminder_fire


def _reminder(agent, ticket, *, in_hours=2, note="Rappeler le client"):
    return reminder_create(
        actor=agent, ticket=ticket, remind_at=timezone.now() + timedelta(hours=in_hours), note=note
    )


def test_it_does_not_fire_a_reminder_before_its_time(agent, alice_ticket, just_before):
    reminder = _reminder(agent, alice_ticket)
    assert fire_due_reminders(just_before(reminder.remind_at)) == 0
    reminder.refresh_from_db()
    assert reminder.fired_at is None


def test_it_fires_a_due_reminder_once(agent, alice_ticket):
    reminder = _reminder(agent, alice_ticket)
    assert fire_due_reminders(reminder.remind_at) == 1
    assert fire_due_reminders(reminder.remind_at + timedelta(hours=1)) == 0
    reminder.refresh_from_db()
    assert reminder.fired_at == reminder.remind_at
    events = TicketEvent.objects.filter(kind=TicketEventKind.REMINDER_DUE)
    assert events.count() == 1


def test_the_event_names_the_recipient_and_the_note_and_is_staff_only(agent, alice_ticket):
    reminder = _reminder(agent, alice_ticket, note="GTR : technicien sur site")
    fire_due_reminders(reminder.remind_at)
    event = TicketEvent.objects.get(kind=TicketEventKind.REMINDER_DUE)
    assert event.actor is None
    assert event.ticket_id == alice_ticket.id
    assert event.data["reminder_id"] == reminder.id
    assert event.data["recipient"] == {"id": agent.id, "full_name": agent.full_name}
    assert event.data["note"] == "GTR : technicien sur site"
    assert TicketEventKind.REMINDER_DUE not in CLIENT_VISIBLE_EVENTS


def test_it_fires_only_the_reminders_that_are_due(agent, alice_ticket):
    soon = _reminder(agent, alice_ticket, in_hours=1)
    later = _reminder(agent, alice_ticket, in_hours=3)
    assert fire_due_reminders(soon.remind_at + timedelta(minutes=5)) == 1
    assert set(Reminder.objects.filter(fired_at__isnull=False).values_list("id", flat=True)) == {soon.id}
    assert fire_due_reminders(later.remind_at) == 1


def test_a_firing_is_not_activity_the_client_sees(agent, alice_ticket):
    reminder = _reminder(agent, alice_ticket)
    alice_ticket.refresh_from_db()
    before = alice_ticket.last_activity_at
    fire_due_reminders(reminder.remind_at)
    alice_ticket.refresh_from_db()
    assert alice_ticket.last_activity_at == before


def test_a_run_that_read_the_reminder_late_does_not_fire_it_again(agent, alice_ticket):
    """Two sweeps that both listed the reminder: the second one's conditional UPDATE matches nothing."""
    reminder = _reminder(agent, alice_ticket)
    stale = Reminder.objects.select_related("ticket", "recipient").get(pk=reminder.pk)
    assert reminder_fire(reminder=reminder, now=reminder.remind_at) is True
    assert reminder_fire(reminder=stale, now=reminder.remind_at) is False
    assert TicketEvent.objects.filter(kind=TicketEventKind.REMINDER_DUE).count() == 1
