"""Lists and details run a constant number of queries, whatever their length."""

import pytest

from tests.server import factories
from tickets.services.assignment import ticket_assign, watcher_add
from tickets.services.messages import message_add

pytestmark = pytest.mark.django_db

# 1 authentication (user + role + customer), 1 page of tickets with its relations.
LIST_QUERIES = 2
# authentication, ticket with its relations, messages+authors, the messages' attachments, events+actors,
# the opening's attachments (+ watchers for staff). The two attachment prefetches came with attachments.
STAFF_DETAIL_QUERIES = 7
CLIENT_DETAIL_QUERIES = 6
# authentication, the ticket, messages+authors, the messages' attachments (one prefetch, added with attachments).
MESSAGES_QUERIES = 4


@pytest.fixture
def many_tickets(alice, bob, agent, agent2):
    for index in range(110):
        requester = alice if index % 2 else bob
        factories.make_ticket(requester, assignee=agent if index % 3 else agent2)


@pytest.mark.parametrize("page_size", [1, 50])
@pytest.mark.parametrize("reader", ["agent", "alice", "helper_agent"])
def test_a_list_page_costs_the_same_queries_whatever_its_size(
    request, reader, page_size, api_as, many_tickets, helper_agent, django_assert_num_queries
):
    client = api_as(request.getfixturevalue(reader))
    with django_assert_num_queries(LIST_QUERIES):
        response = client.get("/api/v1/tickets", {"page_size": page_size, "queue": "all"})
    assert response.status_code == 200
    if reader != "helper_agent":
        assert len(response.json()["results"]) == page_size


@pytest.mark.parametrize("queue", ["open", "mine", "unassigned", "due_soon", "closed"])
def test_every_queue_costs_the_same_queries(queue, api_as, agent, many_tickets, django_assert_num_queries):
    client = api_as(agent)
    with django_assert_num_queries(LIST_QUERIES):
        assert client.get("/api/v1/tickets", {"queue": queue, "page_size": 50}).status_code == 200


def fill(ticket, agent, agent2, alice, rounds: int) -> None:
    for index in range(rounds):
        message_add(actor=alice, ticket=ticket, body=f"Client {index}")
        message_add(actor=agent, ticket=ticket, body=f"Réponse {index}")
        message_add(actor=agent2, ticket=ticket, body=f"Note {index}", kind="note")
        ticket_assign(actor=agent, ticket=ticket, assignee_id=(agent, agent2)[index % 2].id)
    watcher_add(actor=agent, ticket=ticket, user_id=agent2.id)


@pytest.mark.parametrize("rounds", [1, 12])
def test_a_staff_detail_costs_the_same_queries_however_long_the_ticket(
    rounds, api_as, agent, agent2, alice, alice_ticket, django_assert_num_queries
):
    fill(alice_ticket, agent, agent2, alice, rounds)
    client = api_as(agent)
    with django_assert_num_queries(STAFF_DETAIL_QUERIES):
        detail = client.get(f"/api/v1/tickets/{alice_ticket.id}").json()
    assert len(detail["messages"]) == 3 * rounds


@pytest.mark.parametrize("rounds", [1, 12])
def test_a_client_detail_costs_the_same_queries_however_long_the_ticket(
    rounds, api_as, agent, agent2, alice, alice_ticket, django_assert_num_queries
):
    fill(alice_ticket, agent, agent2, alice, rounds)
    client = api_as(alice)
    with django_assert_num_queries(CLIENT_DETAIL_QUERIES):
        detail = client.get(f"/api/v1/tickets/{alice_ticket.id}").json()
    assert len(detail["messages"]) == 2 * rounds


@pytest.mark.parametrize("rounds", [1, 12])
def test_the_discussion_and_history_cost_the_same_queries_however_long(
    rounds, api_as, agent, agent2, alice, alice_ticket, django_assert_num_queries
):
    fill(alice_ticket, agent, agent2, alice, rounds)
    client = api_as(agent)
    with django_assert_num_queries(MESSAGES_QUERIES):
        client.get(f"/api/v1/tickets/{alice_ticket.id}/messages")
    with django_assert_num_queries(3):
        client.get(f"/api/v1/tickets/{alice_ticket.id}/events")
