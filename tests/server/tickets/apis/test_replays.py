"""A retry of a create (same client_uuid / Idempotency-Key) answers only through the visibility rules of a
read: what the caller can no longer see is `not_found`, like a ticket that does not exist."""

import uuid

import pytest

from tickets.models import Message, Ticket

pytestmark = pytest.mark.django_db

TICKETS = "/api/v1/tickets"
SECRET_NOTE = "Client en litige, ne pas rembourser"


def opening(category, key, **fields):
    return {"subject": "Terminal en panne", "description": "Erreur E42 au démarrage.", "category": category.id,
            "client_uuid": key, **fields}


def assert_not_found(response):
    assert response.status_code == 404, response.content
    assert response.json()["code"] == "not_found"
    assert SECRET_NOTE not in response.content.decode()


def test_staff_taken_off_a_ticket_cannot_read_it_again_by_replaying_its_creation(
    api_as, helper_agent, agent, alice, category
):
    key = str(uuid.uuid4())
    hugo = api_as(helper_agent)
    created = hugo.post(TICKETS, opening(category, key, customer=alice.customer_id))
    ticket_id = created.json()["id"]
    marc = api_as(agent)
    marc.post(f"{TICKETS}/{ticket_id}/messages", {"body": SECRET_NOTE, "kind": "note"})
    marc.delete(f"{TICKETS}/{ticket_id}/watchers/{helper_agent.id}")
    assert hugo.get(f"{TICKETS}/{ticket_id}").status_code == 404

    replay = hugo.post(TICKETS, opening(category, key, customer=alice.customer_id))

    assert created.status_code == 201
    assert_not_found(replay)
    assert Ticket.objects.count() == 1


@pytest.mark.parametrize("where", ["body", "header"])
def test_a_client_moved_to_another_customer_cannot_replay_an_old_ticket(
    where, api_as, alice, customer_b, category
):
    key = str(uuid.uuid4())
    headers = {"HTTP_IDEMPOTENCY_KEY": key} if where == "header" else {}
    data = opening(category, key)
    if where == "header":
        del data["client_uuid"]
    assert api_as(alice).post(TICKETS, data, **headers).status_code == 201
    alice.customer = customer_b
    alice.save(update_fields=["customer"])

    replay = api_as(alice).post(TICKETS, data, **headers)

    assert_not_found(replay)
    assert Ticket.objects.count() == 1


def test_a_replay_of_a_ticket_still_seen_answers_as_a_read_does(api_as, helper_agent, agent, alice, category):
    key = str(uuid.uuid4())
    hugo = api_as(helper_agent)
    ticket_id = hugo.post(TICKETS, opening(category, key, customer=alice.customer_id)).json()["id"]
    api_as(agent).post(f"{TICKETS}/{ticket_id}/messages", {"body": SECRET_NOTE, "kind": "note"})

    replay = hugo.post(TICKETS, opening(category, key, customer=alice.customer_id))

    assert replay.status_code == 201
    assert replay["Idempotent-Replayed"] == "true"
    assert replay.json() == hugo.get(f"{TICKETS}/{ticket_id}").json()


def test_a_note_cannot_be_replayed_on_a_ticket_no_longer_seen(api_as, helper_agent, agent, alice_ticket):
    key = str(uuid.uuid4())
    marc, hugo = api_as(agent), api_as(helper_agent)
    marc.post(f"{TICKETS}/{alice_ticket.id}/watchers", {"user": helper_agent.id})
    note = {"body": SECRET_NOTE, "kind": "note", "client_uuid": key}
    assert hugo.post(f"{TICKETS}/{alice_ticket.id}/messages", note).status_code == 201
    marc.delete(f"{TICKETS}/{alice_ticket.id}/watchers/{helper_agent.id}")

    replay = hugo.post(f"{TICKETS}/{alice_ticket.id}/messages", note)

    assert_not_found(replay)
    assert Message.objects.count() == 1
