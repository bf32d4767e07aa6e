"""Opening tickets and writing messages are limited per user (SAV_THROTTLE_TICKET_CREATE,
SAV_THROTTLE_MESSAGE_CREATE); a retry of a create that went through (same client UUID, as the desktop's
outbox sends it after a lost answer) is answered whatever the rate and is not counted."""

import uuid

import pytest
from rest_framework.throttling import SimpleRateThrottle

from tickets.models import Message, Ticket

pytestmark = pytest.mark.django_db

TICKETS = "/api/v1/tickets"


@pytest.fixture
def rates(monkeypatch):
    def set_rates(**rates):
        monkeypatch.setattr(SimpleRateThrottle, "THROTTLE_RATES", {**SimpleRateThrottle.THROTTLE_RATES, **rates})

    return set_rates


def opening(category, key=None):
    return {"subject": "Terminal en panne", "description": "Erreur E42.", "category": category.id,
            "client_uuid": key or str(uuid.uuid4())}


def test_a_client_opening_tickets_in_a_burst_is_stopped_at_the_rate(rates, api_as, alice, carol, category):
    rates(ticket_create="3/hour")
    client = api_as(alice)

    answers = [client.post(TICKETS, opening(category)) for _ in range(5)]

    assert [answer.status_code for answer in answers] == [201, 201, 201, 429, 429]
    refused = answers[3]
    assert refused["Content-Type"] == "application/problem+json"
    assert refused.json()["code"] == "rate_limited"
    assert 0 < int(refused["Retry-After"]) <= 3600 and refused.json()["retry_after"] == int(refused["Retry-After"])
    assert Ticket.objects.count() == 3
    assert api_as(carol).post(TICKETS, opening(category)).status_code == 201
    assert client.get(TICKETS).status_code == 200


def test_retries_of_an_opened_ticket_are_answered_past_the_rate_and_not_counted(rates, api_as, alice, category):
    rates(ticket_create="2/hour")
    client = api_as(alice)
    first = opening(category)

    created = client.post(TICKETS, first)
    retries = [client.post(TICKETS, first, HTTP_IDEMPOTENCY_KEY=first["client_uuid"]) for _ in range(3)]
    second = client.post(TICKETS, opening(category))
    retry_at_the_limit = client.post(TICKETS, first)
    third = client.post(TICKETS, opening(category))

    assert [r.status_code for r in (created, *retries, second, retry_at_the_limit)] == [201] * 6
    assert {r["Idempotent-Replayed"] for r in (*retries, retry_at_the_limit)} == {"true"}
    assert retry_at_the_limit.json()["id"] == created.json()["id"]
    assert third.status_code == 429
    assert Ticket.objects.count() == 2


def test_a_refused_ticket_is_refused_again_when_retried_within_the_hour(rates, api_as, alice, category):
    rates(ticket_create="1/hour")
    client = api_as(alice)
    client.post(TICKETS, opening(category))
    refused = opening(category)

    assert [client.post(TICKETS, refused).status_code for _ in range(2)] == [429, 429]
    assert Ticket.objects.count() == 1


def test_replies_and_notes_share_one_rate_per_user_and_retries_pass(rates, api_as, agent, alice, alice_ticket):
    rates(message_create="2/hour")
    marc = api_as(agent)
    url = f"{TICKETS}/{alice_ticket.id}/messages"
    reply = {"body": "Nous passons jeudi.", "client_uuid": str(uuid.uuid4())}

    answers = [
        marc.post(url, reply),
        marc.post(url, {"body": "Pièce commandée", "kind": "note"}),
        marc.post(url, {"body": "Encore une"}),
        marc.post(url, reply),
    ]

    assert [answer.status_code for answer in answers] == [201, 201, 429, 201]
    assert answers[2].json()["code"] == "rate_limited" and "Retry-After" in answers[2]
    assert answers[3]["Idempotent-Replayed"] == "true"
    assert Message.objects.count() == 2
    assert api_as(alice).post(url, {"body": "Merci"}).status_code == 201
