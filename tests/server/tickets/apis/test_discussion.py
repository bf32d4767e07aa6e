import uuid

import pytest

from shared_schemas.enums import TicketStatus
from tickets.models import Message, Ticket

pytestmark = pytest.mark.django_db


def messages_url(ticket):
    return f"/api/v1/tickets/{ticket.id}/messages"


def test_a_client_replies_and_gets_the_message(api_as, alice, alice_ticket):
    response = api_as(alice).post(messages_url(alice_ticket), {"body": "Toujours en panne."})
    assert response.status_code == 201
    message = response.json()
    assert set(message) == {"id", "ticket", "kind", "body", "author", "client_uuid", "created_at", "attachments"}
    assert (message["kind"], message["body"], message["ticket"]) == ("reply", "Toujours en panne.", alice_ticket.id)
    assert message["author"] == {"id": alice.id, "full_name": "Alice Martin", "is_staff": False}


def test_a_client_reply_reopens_a_resolved_ticket(api_as, alice, alice_ticket):
    Ticket.objects.filter(pk=alice_ticket.pk).update(status=TicketStatus.RESOLVED)
    api_as(alice).post(messages_url(alice_ticket), {"body": "Le problème est revenu."})
    assert Ticket.objects.get().status == TicketStatus.OPEN


def test_a_client_can_never_write_a_note(api_as, alice, alice_ticket):
    response = api_as(alice).post(messages_url(alice_ticket), {"body": "Note ?", "kind": "note"})
    assert (response.status_code, response.json()["code"]) == (403, "permission_denied")
    assert not Message.objects.exists()


def test_staff_without_reply_permission_cannot_reply(api_as, agent, alice_ticket):
    from accounts.models import Role

    Role.objects.filter(code="agent").update(permissions=["tickets.view_all", "tickets.note"])
    response = api_as(agent).post(messages_url(alice_ticket), {"body": "Bonjour"})
    assert response.status_code == 403
    assert api_as(agent).post(messages_url(alice_ticket), {"body": "Note", "kind": "note"}).status_code == 201


def test_writing_in_a_closed_ticket_is_a_conflict(api_as, alice, alice_ticket):
    Ticket.objects.filter(pk=alice_ticket.pk).update(status=TicketStatus.CLOSED)
    response = api_as(alice).post(messages_url(alice_ticket), {"body": "Encore"})
    assert (response.status_code, response.json()["code"]) == (409, "ticket_closed")
    assert not Message.objects.exists()


@pytest.mark.parametrize(
    ("data", "field", "code"),
    [
        ({"body": ""}, "body", "blank"),
        ({"body": "x", "kind": "whisper"}, "kind", "invalid_choice"),
        ({"body": "x", "author": 1}, "author", "unknown_field"),
        ({"body": "x", "ticket": 2}, "ticket", "unknown_field"),
    ],
)
def test_bad_messages_are_refused(data, field, code, api_as, agent, alice_ticket):
    response = api_as(agent).post(messages_url(alice_ticket), data)
    assert response.status_code == 400
    assert response.json()["errors"][field][0]["code"] == code
    assert not Message.objects.exists()


def test_an_oversize_message_is_refused(api_as, alice, alice_ticket, settings):
    settings.SAV_MAX_TEXT_LENGTH = 100
    response = api_as(alice).post(messages_url(alice_ticket), {"body": "é" * 101})
    assert response.status_code == 400
    assert response.json()["errors"]["body"][0]["code"] == "max_length"


def test_a_message_retry_answers_like_the_first_call(api_as, alice, alice_ticket):
    key = str(uuid.uuid4())
    client = api_as(alice)
    first = client.post(messages_url(alice_ticket), {"body": "Bonjour"}, HTTP_IDEMPOTENCY_KEY=key)
    retry = client.post(messages_url(alice_ticket), {"body": "Bonjour", "client_uuid": key})
    assert (first.status_code, retry.status_code) == (201, 201)
    assert retry.json() == first.json()
    assert retry["Idempotent-Replayed"] == "true"
    assert Message.objects.count() == 1


def test_a_message_key_reused_for_another_body_is_a_conflict(api_as, alice, alice_ticket):
    key = str(uuid.uuid4())
    api_as(alice).post(messages_url(alice_ticket), {"body": "Bonjour", "client_uuid": key})
    response = api_as(alice).post(messages_url(alice_ticket), {"body": "Au revoir", "client_uuid": key})
    assert (response.status_code, response.json()["code"]) == (409, "idempotency_key_reused")


def test_the_discussion_is_in_date_order_and_notes_are_for_staff(api_as, agent, alice, alice_ticket):
    api_as(alice).post(messages_url(alice_ticket), {"body": "1 client"})
    api_as(agent).post(messages_url(alice_ticket), {"body": "2 note", "kind": "note"})
    api_as(agent).post(messages_url(alice_ticket), {"body": "3 réponse"})
    staff_view = [m["body"] for m in api_as(agent).get(messages_url(alice_ticket)).json()]
    client_view = [m["body"] for m in api_as(alice).get(messages_url(alice_ticket)).json()]
    assert staff_view == ["1 client", "2 note", "3 réponse"]
    assert client_view == ["1 client", "3 réponse"]


def test_the_history_shows_clients_only_their_kinds(api_as, agent, alice, alice_ticket):
    staff = api_as(agent)
    staff.post(f"/api/v1/tickets/{alice_ticket.id}/assign", {"assignee": agent.id})
    staff.post(f"/api/v1/tickets/{alice_ticket.id}/start")
    staff.post(messages_url(alice_ticket), {"body": "note", "kind": "note"})
    events_url = f"/api/v1/tickets/{alice_ticket.id}/events"
    staff_kinds = [e["kind"] for e in staff.get(events_url).json()]
    client_events = api_as(alice).get(events_url).json()
    assert staff_kinds == ["created", "assigned", "status_changed", "note_added"]
    assert [e["kind"] for e in client_events] == ["created", "status_changed"]
    assert client_events[1]["data"] == {"from": "open", "to": "in_progress"}
    assert client_events[1]["actor"] == {"id": agent.id, "full_name": "Marc Agent"}
