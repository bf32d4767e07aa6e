import pytest

from shared_schemas.enums import TicketStatus
from tests.server import factories
from tickets.models import Ticket

pytestmark = pytest.mark.django_db

TICKETS = "/api/v1/tickets"


def references(response) -> list[str]:
    assert response.status_code == 200, response.content
    return [item["reference"] for item in response.json()["results"]]


@pytest.fixture
def mixed(alice, bob, agent):
    return {
        "alice_open": factories.make_ticket(alice, subject="Imprimante bloquée"),
        "alice_closed": factories.make_ticket(alice, status=TicketStatus.CLOSED),
        "bob_open": factories.make_ticket(bob, subject="Imprimante HS", assignee=agent),
    }


@pytest.mark.parametrize(
    "query",
    [
        "assignee__password=x",
        "requester__email__startswith=a",
        "customer__users__password__startswith=pbkdf2",
        "page=2",
        "limit=10",
        "format=json",
    ],
)
def test_any_parameter_outside_the_allow_list_is_refused(query, api_as, agent, mixed):
    response = api_as(agent).get(f"{TICKETS}?{query}")
    assert response.status_code == 400
    payload = response.json()
    assert payload["code"] == "unknown_parameter"
    assert query.split("=")[0] in payload["errors"]


@pytest.mark.parametrize(
    "ordering", ["requester__password", "-assignee__password", "subject", "id", "?", "due_at"]
)
def test_an_ordering_outside_the_allow_list_is_refused(ordering, api_as, agent, mixed):
    response = api_as(agent).get(TICKETS, {"ordering": ordering})
    assert response.status_code == 400
    assert response.json()["code"] == "invalid_ordering"


def test_the_due_soon_queue_may_be_ordered_by_due_date(api_as, agent, mixed):
    assert api_as(agent).get(TICKETS, {"queue": "due_soon", "ordering": "due_at"}).status_code == 200


@pytest.mark.parametrize(
    ("params", "field"),
    [
        ({"status": "open,archived"}, "status"),
        ({"priority": "urgent"}, "priority"),
        ({"queue": "everything"}, "queue"),
        ({"assignee": "someone"}, "assignee"),
        ({"category": "abc"}, "category"),
        ({"created_after": "yesterday"}, "created_after"),
        ({"page_size": "0"}, "page_size"),
        ({"page_size": "100000"}, "page_size"),
        ({"q": "x" * 201}, "q"),
    ],
)
def test_a_bad_parameter_value_is_refused_with_its_name(params, field, api_as, agent, mixed):
    response = api_as(agent).get(TICKETS, params)
    assert response.status_code == 400
    assert field in response.json()["errors"]


def test_a_parameter_given_twice_is_refused(api_as, agent, mixed):
    response = api_as(agent).get(f"{TICKETS}?status=open&status=closed")
    assert (response.status_code, response.json()["code"]) == (400, "repeated_parameter")


def test_a_forged_cursor_is_refused(api_as, agent, mixed):
    response = api_as(agent).get(TICKETS, {"cursor": "eyJub3QiOiJ0aGlzIn0"})
    assert response.status_code == 400
    assert response.json()["errors"]["cursor"][0]["code"] == "invalid_cursor"


def test_staff_see_the_open_queue_by_default(api_as, agent, mixed):
    assert sorted(references(api_as(agent).get(TICKETS))) == sorted(
        [mixed["alice_open"].reference, mixed["bob_open"].reference]
    )


def test_a_status_filter_without_a_queue_searches_every_ticket(api_as, agent, mixed):
    assert references(api_as(agent).get(TICKETS, {"status": "closed"})) == [mixed["alice_closed"].reference]


def test_a_client_sees_all_its_customer_tickets_by_default(api_as, alice, mixed):
    assert sorted(references(api_as(alice).get(TICKETS))) == sorted(
        [mixed["alice_open"].reference, mixed["alice_closed"].reference]
    )
    assert references(api_as(alice).get(TICKETS, {"queue": "closed"})) == [mixed["alice_closed"].reference]


@pytest.mark.parametrize("queue", ["mine", "unassigned", "due_soon"])
def test_staff_queues_are_not_for_clients(queue, api_as, alice, mixed):
    response = api_as(alice).get(TICKETS, {"queue": queue})
    assert response.status_code == 400
    assert "queue" in response.json()["errors"]


def test_a_client_filtering_on_another_customer_gets_nothing(api_as, alice, bob, mixed):
    assert references(api_as(alice).get(TICKETS, {"customer": bob.customer_id})) == []


def test_search_never_crosses_customers(api_as, alice, bob, mixed):
    assert references(api_as(bob).get(TICKETS, {"q": "imprimante"})) == [mixed["bob_open"].reference]
    assert references(api_as(bob).get(TICKETS, {"q": mixed["alice_open"].reference})) == []
    assert references(api_as(alice).get(TICKETS, {"q": "imprimante"})) == [mixed["alice_open"].reference]


def test_the_mine_queue_and_assignee_me(api_as, agent, mixed):
    client = api_as(agent)
    assert references(client.get(TICKETS, {"queue": "mine"})) == [mixed["bob_open"].reference]
    assert references(client.get(TICKETS, {"queue": "all", "assignee": "me"})) == [mixed["bob_open"].reference]
    assert references(client.get(TICKETS, {"queue": "unassigned"})) == [mixed["alice_open"].reference]


def test_pages_are_walked_with_the_cursor(api_as, agent, alice):
    created = {factories.make_ticket(alice).reference for _ in range(5)}
    client, seen, params = api_as(agent), [], {"page_size": 2}
    while True:
        page = client.get(TICKETS, params).json()
        seen += [item["reference"] for item in page["results"]]
        if page["next_cursor"] is None:
            break
        params = {"page_size": 2, "cursor": page["next_cursor"]}
    assert len(seen) == 5 and set(seen) == created


def test_list_items_carry_the_fields_of_the_contract(api_as, agent, mixed):
    item = api_as(agent).get(TICKETS, {"queue": "mine"}).json()["results"][0]
    assert set(item) == {
        "id", "reference", "subject", "status", "priority", "category", "customer", "requester", "assignee",
        "created_at", "last_activity_at", "due_at", "resolved_at", "closed_at",
    }
    assert item["assignee"] == {"id": mixed["bob_open"].assignee_id, "full_name": "Marc Agent"}
    assert set(item["customer"]) == {"id", "name"} and set(item["category"]) == {"id", "name"}
    assert not Ticket.objects.filter(status="bogus").exists()


def test_blank_search_and_cursor_mean_no_filter(api_as, agent, mixed):
    assert len(references(api_as(agent).get(f"{TICKETS}?q=%20%20&cursor=&queue=all"))) == 3
