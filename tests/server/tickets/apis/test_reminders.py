from datetime import timedelta

import pytest
from django.utils import timezone

from shared_schemas.enums import TicketStatus
from tickets.models import Reminder, Ticket, TicketEvent

pytestmark = pytest.mark.django_db


def reminders_url(ticket):
    return f"/api/v1/tickets/{ticket.id}/reminders"


def in_hours(hours):
    return (timezone.now() + timedelta(hours=hours)).isoformat()


def test_staff_set_list_move_and_delete_a_reminder(api_as, agent, agent2, alice_ticket):
    client = api_as(agent)
    created = client.post(reminders_url(alice_ticket), {"remind_at": in_hours(4), "note": "GTR 4 h"})
    assert created.status_code == 201
    reminder = created.json()
    assert set(reminder) == {"id", "ticket", "remind_at", "recipient", "note", "fired_at", "created_by", "created_at"}
    assert reminder["recipient"] == reminder["created_by"] == {"id": agent.id, "full_name": "Marc Agent"}
    assert [r["id"] for r in client.get(reminders_url(alice_ticket)).json()] == [reminder["id"]]

    moved = client.patch(f"/api/v1/reminders/{reminder['id']}", {"recipient": agent2.id, "remind_at": in_hours(6)})
    assert moved.status_code == 200
    assert moved.json()["recipient"]["id"] == agent2.id

    assert client.delete(f"/api/v1/reminders/{reminder['id']}").status_code == 204
    assert not Reminder.objects.exists()
    assert list(TicketEvent.objects.filter(kind__startswith="reminder").values_list("kind", flat=True)) == [
        "reminder_set", "reminder_changed", "reminder_deleted"
    ]


@pytest.mark.parametrize(
    ("data", "field"),
    [
        ({"remind_at": "2001-01-01T00:00:00Z"}, "remind_at"),
        ({"remind_at": "demain"}, "remind_at"),
        ({}, "remind_at"),
        ({"remind_at": "2099-01-01T00:00:00Z", "note": "x" * 501}, "note"),
        ({"remind_at": "2099-01-01T00:00:00Z", "fired_at": "2099-01-01T00:00:00Z"}, "fired_at"),
    ],
)
def test_a_bad_reminder_is_refused(data, field, api_as, agent, alice_ticket):
    response = api_as(agent).post(reminders_url(alice_ticket), data)
    assert response.status_code == 400
    assert field in response.json()["errors"]
    assert not Reminder.objects.exists()


def test_a_reminder_for_a_client_is_refused(api_as, agent, alice, alice_ticket):
    response = api_as(agent).post(reminders_url(alice_ticket), {"remind_at": in_hours(1), "recipient": alice.id})
    assert response.json()["errors"]["recipient"][0]["code"] == "not_staff"


def test_clients_never_reach_reminders(api_as, agent, alice, alice_ticket):
    reminder = api_as(agent).post(reminders_url(alice_ticket), {"remind_at": in_hours(1)}).json()
    client = api_as(alice)
    assert client.get(reminders_url(alice_ticket)).status_code == 403
    assert client.post(reminders_url(alice_ticket), {"remind_at": in_hours(1)}).status_code == 403
    assert client.patch(f"/api/v1/reminders/{reminder['id']}", {"note": "x"}).status_code == 403
    assert client.delete(f"/api/v1/reminders/{reminder['id']}").status_code == 403
    detail = client.get(f"/api/v1/tickets/{alice_ticket.id}").json()
    assert all(not event["kind"].startswith("reminder") for event in detail["events"])
    assert "remind" not in detail["allowed_actions"]


def test_staff_reach_only_reminders_of_tickets_they_see(api_as, agent, helper_agent, alice_ticket):
    reminder = api_as(agent).post(reminders_url(alice_ticket), {"remind_at": in_hours(1)}).json()
    hugo = api_as(helper_agent)
    assert hugo.get(reminders_url(alice_ticket)).status_code == 404
    assert hugo.patch(f"/api/v1/reminders/{reminder['id']}", {"note": "x"}).status_code == 404
    assert hugo.delete(f"/api/v1/reminders/{reminder['id']}").status_code == 404
    assert Reminder.objects.get().note == ""


def test_a_closed_ticket_takes_no_new_reminder(api_as, agent, alice_ticket):
    Ticket.objects.filter(pk=alice_ticket.pk).update(status=TicketStatus.CLOSED)
    response = api_as(agent).post(reminders_url(alice_ticket), {"remind_at": in_hours(1)})
    assert (response.status_code, response.json()["code"]) == (409, "ticket_closed")


def test_a_fired_reminder_cannot_be_changed(api_as, agent, alice_ticket):
    reminder = api_as(agent).post(reminders_url(alice_ticket), {"remind_at": in_hours(1)}).json()
    Reminder.objects.update(fired_at=timezone.now())
    response = api_as(agent).patch(f"/api/v1/reminders/{reminder['id']}", {"note": "x"})
    assert (response.status_code, response.json()["code"]) == (409, "reminder_fired")
