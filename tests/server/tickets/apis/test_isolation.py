"""Bob (customer B) never learns anything about Alice's tickets (customer A), and no client ever
reads an internal note or a staff-only event, whatever the endpoint."""

import pytest

from tickets.models import Message, Reminder, Ticket

pytestmark = pytest.mark.django_db

SECRET = "Note interne : client en retard de paiement"


@pytest.fixture
def busy_ticket(api_as, agent, agent2, alice, alice_ticket):
    staff = api_as(agent)
    base = f"/api/v1/tickets/{alice_ticket.id}"
    api_as(alice).post(f"{base}/messages", {"body": "Toujours en panne, merci de rappeler."})
    staff.post(f"{base}/messages", {"body": SECRET, "kind": "note"})
    staff.post(f"{base}/messages", {"body": "Nous passons demain."})
    staff.post(f"{base}/assign", {"assignee": agent.id})
    staff.post(f"{base}/watchers", {"user": agent2.id})
    staff.post(f"{base}/reminders", {"remind_at": "2099-01-01T09:00:00Z", "note": "Rappeler"})
    staff.patch(base, {"priority": "high"})
    return Ticket.objects.get(pk=alice_ticket.pk)


def endpoints(ticket) -> list[tuple[str, str, dict | None]]:
    base = f"/api/v1/tickets/{ticket.id}"
    reminder = Reminder.objects.get(ticket=ticket)
    return [
        ("get", base, None),
        ("get", f"{base}/messages", None),
        ("get", f"{base}/events", None),
        ("post", f"{base}/messages", {"body": "Je suis Bob"}),
        ("post", f"{base}/rating", {"stars": 1}),
        ("get", f"{base}/reminders", None),
        ("patch", f"/api/v1/reminders/{reminder.id}", {"note": "x"}),
    ]


def test_bob_never_reaches_alices_ticket(api_as, bob, busy_ticket):
    client = api_as(bob)
    for method, url, data in endpoints(busy_ticket):
        response = getattr(client, method)(url, data)
        assert response.status_code in (403, 404), (method, url, response.status_code)
        assert busy_ticket.reference not in response.content.decode()
        assert SECRET not in response.content.decode()
    assert Message.objects.filter(author=bob).count() == 0


def test_bob_finds_none_of_alices_tickets_in_any_list_or_search(api_as, bob, busy_ticket):
    client = api_as(bob)
    for params in ({}, {"queue": "open"}, {"queue": "all"}, {"q": busy_ticket.reference},
                   {"q": "panne"}, {"customer": busy_ticket.customer_id}, {"requester": busy_ticket.requester_id}):
        assert client.get("/api/v1/tickets", params).json()["results"] == [], params


@pytest.mark.parametrize("reader", ["alice", "carol"])
def test_clients_of_the_customer_never_read_notes_or_staff_events(request, api_as, reader, busy_ticket):
    client = api_as(request.getfixturevalue(reader))
    base = f"/api/v1/tickets/{busy_ticket.id}"
    responses = [client.get(base), client.get(f"{base}/messages"), client.get(f"{base}/events"),
                 client.get("/api/v1/tickets", {"q": "retard"})]
    for response in responses:
        assert response.status_code == 200
        assert SECRET not in response.content.decode()
    detail = responses[0].json()
    assert "watchers" not in detail
    assert {m["kind"] for m in detail["messages"]} == {"reply"}
    assert {e["kind"] for e in detail["events"]} <= {"created", "status_changed", "reply_added", "rated"}
    assert {e["kind"] for e in responses[2].json()} <= {"created", "status_changed", "reply_added", "rated"}
    assert responses[3].json()["results"] == []


def test_a_search_for_words_of_a_note_finds_nothing_for_staff_either(api_as, agent, busy_ticket):
    """Search covers the ticket's own text, never the discussion, so no note can leak through it."""
    assert api_as(agent).get("/api/v1/tickets", {"q": "retard de paiement"}).json()["results"] == []
