"""`shared_schemas.notifications` is what the notifications endpoints answer, field for field."""

import pytest

from shared_schemas.common import Page
from shared_schemas.notifications import NotificationOut, NotificationPreference, ReadAllResult, UnreadCount
from tests.contract.wire import assert_wire
from tests.server import factories
from tickets.services.assignment import ticket_assign
from tickets.services.lifecycle import ticket_start
from tickets.services.messages import message_add

pytestmark = pytest.mark.django_db


def test_notifications_are_notification_out(api_as, alice, agent, agent2):
    ticket = factories.make_ticket(alice, assignee=agent)
    message_add(actor=agent, ticket=ticket, body="Bonjour, le terminal est en route.")
    ticket_start(actor=agent, ticket=ticket)
    ticket_assign(actor=agent, ticket=ticket, assignee_id=agent2.id)
    client = api_as(alice)

    page = assert_wire(Page[NotificationOut], client.get("/api/v1/notifications"), status=200)
    staff_page = assert_wire(Page[NotificationOut], api_as(agent2).get("/api/v1/notifications"), status=200)
    read = assert_wire(NotificationOut, client.post(f"/api/v1/notifications/{page.results[0].id}/read"), status=200)
    count = assert_wire(UnreadCount, client.get("/api/v1/notifications/unread-count"), status=200)
    all_read = assert_wire(ReadAllResult, client.post("/api/v1/notifications/read-all"), status=200)

    assert [n.type for n in page.results] == ["ticket.status_changed", "message.created"]
    assert staff_page.results[0].payload.assignee.id == agent2.id
    assert read.read_at is not None and count.unread == 1 and all_read.unread == 0


def test_preferences_are_notification_preferences(api_as, alice):
    client = api_as(alice)

    got = assert_wire(list[NotificationPreference], client.get("/api/v1/notification-preferences"), status=200)
    patched = assert_wire(
        list[NotificationPreference],
        client.patch("/api/v1/notification-preferences", [{"type": "message.created", "email": False}], format="json"),
        status=200,
    )

    assert len(got) == len(patched) == 2
