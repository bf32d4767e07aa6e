from datetime import timedelta

import pytest
from django.utils import timezone

from core.errors import Conflict, ValidationFailed
from shared_schemas.enums import TicketEventKind, TicketStatus
from tickets.models import Reminder, Ticket, TicketEvent
from tickets.services.reminders import reminder_create, reminder_delete, reminder_update

pytestmark = pytest.mark.django_db


def soon(hours: int = 2):
    return timezone.now() + timedelta(hours=hours)


def test_a_reminder_is_for_its_author_unless_someone_else_is_named(agent, agent2, alice_ticket):
    mine = reminder_create(actor=agent, ticket=alice_ticket, remind_at=soon(), note="GTR 4 h")
    theirs = reminder_create(actor=agent, ticket=alice_ticket, remind_at=soon(), recipient_id=agent2.id)
    assert (mine.recipient, mine.created_by, mine.note, mine.fired_at) == (agent, agent, "GTR 4 h", None)
    assert theirs.recipient == agent2


def test_setting_a_reminder_is_recorded(agent, alice_ticket):
    remind_at = soon()
    reminder = reminder_create(actor=agent, ticket=alice_ticket, remind_at=remind_at, note="GTR")
    event = TicketEvent.objects.latest("id")
    assert (event.kind, event.data) == (
        TicketEventKind.REMINDER_SET,
        {
            "reminder_id": reminder.id, "remind_at": remind_at.isoformat(),
            "recipient": {"id": agent.id, "full_name": "Marc Agent"}, "note": "GTR",
        },
    )
    assert Ticket.objects.get(pk=alice_ticket.pk).last_activity_at == event.created_at


def test_a_reminder_in_the_past_is_refused(agent, alice_ticket):
    with pytest.raises(ValidationFailed) as exc_info:
        reminder_create(actor=agent, ticket=alice_ticket, remind_at=timezone.now() - timedelta(minutes=1))
    assert exc_info.value.errors["remind_at"][0]["code"] == "must_be_future"
    assert not Reminder.objects.exists()


def test_a_reminder_is_only_for_staff(agent, alice, alice_ticket):
    with pytest.raises(ValidationFailed) as exc_info:
        reminder_create(actor=agent, ticket=alice_ticket, remind_at=soon(), recipient_id=alice.id)
    assert exc_info.value.errors["recipient"][0]["code"] == "not_staff"


def test_no_reminder_is_set_on_a_closed_ticket(agent, alice_ticket):
    Ticket.objects.filter(pk=alice_ticket.pk).update(status=TicketStatus.CLOSED)
    with pytest.raises(Conflict):
        reminder_create(actor=agent, ticket=alice_ticket, remind_at=soon())


def test_changing_a_reminder_records_only_what_changed(agent, agent2, alice_ticket):
    reminder = reminder_create(actor=agent, ticket=alice_ticket, remind_at=soon(), note="GTR")
    later = soon(5)
    changed = reminder_update(actor=agent, reminder=reminder, remind_at=later, recipient_id=agent2.id, note="GTR")
    assert (changed.remind_at, changed.recipient) == (later, agent2)
    event = TicketEvent.objects.latest("id")
    assert event.kind == TicketEventKind.REMINDER_CHANGED
    assert event.data == {
        "reminder_id": reminder.id,
        "from": {"remind_at": reminder.remind_at.isoformat(), "recipient": {"id": agent.id, "full_name": "Marc Agent"}},
        "to": {"remind_at": later.isoformat(), "recipient": {"id": agent2.id, "full_name": "Léa Agent"}},
    }


def test_changing_nothing_records_nothing(agent, alice_ticket):
    reminder = reminder_create(actor=agent, ticket=alice_ticket, remind_at=soon(), note="GTR")
    reminder_update(actor=agent, reminder=reminder, note="GTR")
    assert TicketEvent.objects.filter(kind=TicketEventKind.REMINDER_CHANGED).count() == 0


def test_a_reminder_that_went_off_cannot_be_changed(agent, alice_ticket):
    reminder = reminder_create(actor=agent, ticket=alice_ticket, remind_at=soon())
    Reminder.objects.filter(pk=reminder.pk).update(fired_at=timezone.now())
    with pytest.raises(Conflict) as exc_info:
        reminder_update(actor=agent, reminder=reminder, note="Trop tard")
    assert exc_info.value.code == "reminder_fired"


def test_deleting_a_reminder_is_recorded_and_works_on_a_closed_ticket(agent, alice_ticket):
    reminder = reminder_create(actor=agent, ticket=alice_ticket, remind_at=soon())
    Ticket.objects.filter(pk=alice_ticket.pk).update(status=TicketStatus.CLOSED)
    reminder_delete(actor=agent, reminder=reminder)
    assert not Reminder.objects.exists()
    event = TicketEvent.objects.latest("id")
    assert (event.kind, event.data["reminder_id"]) == (TicketEventKind.REMINDER_DELETED, reminder.id)


def test_a_reminder_is_only_for_someone_who_can_open_the_ticket(agent, helper_agent, alice_ticket):
    with pytest.raises(ValidationFailed) as exc_info:
        reminder_create(actor=agent, ticket=alice_ticket, remind_at=soon(), recipient_id=helper_agent.id)
    assert exc_info.value.errors["recipient"][0]["code"] == "cannot_see_ticket"
    Ticket.objects.filter(pk=alice_ticket.pk).update(assignee=helper_agent)
    assert reminder_create(actor=agent, ticket=alice_ticket, remind_at=soon(), recipient_id=helper_agent.id)
