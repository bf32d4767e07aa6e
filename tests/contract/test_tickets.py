"""`shared_schemas.tickets` is what the tickets endpoints answer and what they accept."""

import uuid
from dataclasses import dataclass

import pytest

from accounts.models import AgentProfile
from accounts.services.agents import agent_update
from crm.models import DeliveredProduct, Order
from shared_schemas.common import Page, UserRef
from shared_schemas.enums import CLIENT_VISIBLE_EVENTS, MessageKind, TicketPriority, TicketStatus
from shared_schemas.tickets import (
    CategoryOut,
    MessageCreate,
    MessageOut,
    RatingOut,
    ReminderOut,
    TicketCreate,
    TicketDetail,
    TicketEventOut,
    TicketListItem,
)
from tests.contract.wire import assert_component_matches, assert_wire
from tests.server import factories
from tickets.models import Reminder, Ticket

pytestmark = pytest.mark.django_db

NOTE = "Note interne : rappeler avant 10 h."
REMINDER_NOTE = "Vérifier la livraison"


@dataclass(frozen=True)
class Story:
    """Alice's ticket about an order, worked on by staff (reply, note, assignment, watcher, reminder,
    due date), resolved and rated; and a second one about a delivered product, still open. Built
    through the real API, so that the answers read here are the ones the desktop receives."""

    ticket: Ticket
    open_ticket: Ticket
    order: Order
    delivered_product: DeliveredProduct
    reminder: Reminder


@pytest.fixture
def story(api_as, alice, agent, agent2, admin, category, customer_a) -> Story:
    order = factories.make_order(customer_a)
    delivered = factories.make_delivered_product(customer_a, order=order)
    as_alice, as_agent = api_as(alice), api_as(agent)
    created = as_alice.post(
        "/api/v1/tickets", {"subject": "Commande incomplète", "description": "Il manque un carton.",
                            "category": category.id, "order": order.id},
    )
    assert created.status_code == 201, created.content
    ticket_id = created.json()["id"]
    base = f"/api/v1/tickets/{ticket_id}"
    steps = [
        (as_alice, "messages", {"body": "Le carton 2 manque toujours."}),
        (as_agent, "messages", {"body": NOTE, "kind": "note"}),
        (as_agent, "messages", {"body": "Nous vous renvoyons le carton."}),
        (as_agent, "assign", {"assignee": agent.id}),
        (as_agent, "watchers", {"user": agent2.id}),
        (as_agent, "reminders", {"remind_at": "2099-01-01T09:00:00Z", "note": REMINDER_NOTE}),
        (as_agent, "start", None),
        (as_agent, "resolve", None),
        (as_alice, "rating", {"stars": 5, "comment": "Parfait"}),
    ]
    for client, action, body in steps:
        response = client.post(f"{base}/{action}", body)
        assert response.status_code in (200, 201), (action, response.content)
    as_agent.patch(base, {"due_at": "2099-02-01T12:00:00Z"})
    other = as_alice.post(
        "/api/v1/tickets", {"subject": "Terminal muet", "description": "Aucun son.",
                            "category": category.id, "delivered_product": delivered.id},
    )
    assert other.status_code == 201, other.content
    agent_update(actor=admin, profile=AgentProfile.objects.get(user=agent), hourly_cost="42.50")
    return Story(
        ticket=Ticket.objects.get(pk=ticket_id),
        open_ticket=Ticket.objects.get(pk=other.json()["id"]),
        order=order,
        delivered_product=delivered,
        reminder=Reminder.objects.get(ticket_id=ticket_id),
    )


def test_categories_are_category_out(api_as, admin, alice):
    client = api_as(admin)
    created = assert_wire(CategoryOut, client.post("/api/v1/categories", {"name": "Garantie"}), status=201)
    changed = assert_wire(
        CategoryOut, client.patch(f"/api/v1/categories/{created.id}", {"is_active": False}), status=200
    )

    for_staff = assert_wire(list[CategoryOut], client.get("/api/v1/categories"), status=200)
    for_client = assert_wire(list[CategoryOut], api_as(alice).get("/api/v1/categories"), status=200)

    assert not changed.is_active
    assert created.id in {c.id for c in for_staff} and created.id not in {c.id for c in for_client}


@pytest.mark.parametrize("who", ["alice", "agent"])
def test_the_ticket_list_is_a_page_of_list_items(request, api_as, story, who):
    client = api_as(request.getfixturevalue(who))

    page = assert_wire(Page[TicketListItem], client.get("/api/v1/tickets", {"queue": "all"}), status=200)

    items = {item.id: item for item in page.results}
    assert set(items) == {story.ticket.id, story.open_ticket.id}
    assert items[story.ticket.id].assignee is not None and items[story.open_ticket.id].assignee is None
    assert items[story.ticket.id].status == TicketStatus.RESOLVED and items[story.ticket.id].resolved_at


def test_staff_read_the_whole_detail_with_watchers(api_as, agent, agent2, story):
    response = api_as(agent).get(f"/api/v1/tickets/{story.ticket.id}")

    detail = assert_wire(TicketDetail, response, status=200)

    assert [watcher.id for watcher in detail.watchers] == [agent2.id]
    assert detail.order.id == story.order.id and detail.rating.stars == 5
    assert NOTE in [message.body for message in detail.messages] and REMINDER_NOTE in response.content.decode()
    assert {MessageKind.NOTE, MessageKind.REPLY} == {message.kind for message in detail.messages}
    assert detail.first_response_at is not None and detail.due_at is not None


def test_a_client_reads_the_detail_without_watchers_notes_or_staff_events(api_as, alice, story):
    response = api_as(alice).get(f"/api/v1/tickets/{story.ticket.id}")

    detail = assert_wire(TicketDetail, response, status=200)

    assert "watchers" not in response.json() and detail.watchers is None
    assert NOTE not in response.content.decode() and REMINDER_NOTE not in response.content.decode()
    assert {message.kind for message in detail.messages} == {MessageKind.REPLY}
    assert {event.kind for event in detail.events} <= set(CLIENT_VISIBLE_EVENTS)


def test_a_ticket_about_a_delivered_product_names_it(api_as, alice, story):
    detail = assert_wire(TicketDetail, api_as(alice).get(f"/api/v1/tickets/{story.open_ticket.id}"), status=200)

    assert detail.order is None and detail.rating is None
    assert detail.delivered_product.serial_number == story.delivered_product.serial_number
    assert detail.delivered_product.product_name == story.delivered_product.product.name


@pytest.mark.parametrize("who", ["alice", "agent"])
def test_the_discussion_and_history_are_messages_and_events(request, api_as, story, who):
    client = api_as(request.getfixturevalue(who))
    base = f"/api/v1/tickets/{story.ticket.id}"

    messages = assert_wire(list[MessageOut], client.get(f"{base}/messages"), status=200)
    events = assert_wire(list[TicketEventOut], client.get(f"{base}/events"), status=200)

    assert {m.author.is_staff for m in messages} == {True, False}
    assert (NOTE in {m.body for m in messages}) == (who == "agent")
    assert any(event.actor is None or event.data for event in events)


def test_a_client_ticket_create_is_accepted(api_as, alice, category, customer_a):
    order = factories.make_order(customer_a)
    request = TicketCreate(subject="Écran cassé", description="Fissure en haut à gauche.", category=category.id,
                           priority=TicketPriority.HIGH, order=order.id, client_uuid=uuid.uuid4())

    detail = assert_wire(TicketDetail, api_as(alice).post("/api/v1/tickets", request.payload()), status=201)

    assert (detail.subject, detail.priority, detail.order.id) == ("Écran cassé", "high", order.id)
    assert detail.customer.id == customer_a.id and detail.requester.id == alice.id


def test_a_staff_ticket_create_with_customer_and_requester_is_accepted(api_as, agent, alice, category, customer_a):
    request = TicketCreate(subject="Appel entrant", description="Le client signale une panne.",
                           category=category.id, customer=customer_a.id, requester=alice.id)

    detail = assert_wire(TicketDetail, api_as(agent).post("/api/v1/tickets", request.payload()), status=201)

    assert detail.customer.id == customer_a.id and detail.requester.id == alice.id
    assert detail.watchers == []


@pytest.mark.parametrize(
    ("who", "kind"), [("alice", MessageKind.REPLY), ("agent", MessageKind.REPLY), ("agent", MessageKind.NOTE)]
)
def test_a_message_create_is_accepted(request, api_as, story, who, kind):
    key = uuid.uuid4()
    payload = MessageCreate(body="Merci pour le retour.", kind=kind, client_uuid=key).payload()
    client = api_as(request.getfixturevalue(who))

    message = assert_wire(MessageOut, client.post(f"/api/v1/tickets/{story.open_ticket.id}/messages", payload),
                          status=201)

    assert (message.kind, message.client_uuid, message.ticket) == (kind, key, story.open_ticket.id)


def test_a_minimal_message_create_is_a_reply(api_as, alice, story):
    payload = MessageCreate(body="Toujours en panne.").payload()

    message = assert_wire(MessageOut, api_as(alice).post(f"/api/v1/tickets/{story.open_ticket.id}/messages",
                                                         payload), status=201)

    assert message.kind == MessageKind.REPLY and message.client_uuid is None


def test_staff_changes_answer_the_detail(api_as, agent, agent2, story):
    client = api_as(agent)
    base = f"/api/v1/tickets/{story.open_ticket.id}"

    for url, body in [(f"{base}/assign", {"assignee": agent.id}), (f"{base}/wait", None),
                      (f"{base}/start", None), (f"{base}/close", None), (f"{base}/reopen", None)]:
        assert_wire(TicketDetail, client.post(url, body), status=200)
    edited = assert_wire(TicketDetail, client.patch(base, {"priority": "low"}), status=200)
    watchers = assert_wire(list[UserRef], client.post(f"{base}/watchers", {"user": agent2.id}), status=200)

    assert edited.priority == TicketPriority.LOW and edited.status == TicketStatus.IN_PROGRESS
    assert [w.id for w in watchers] == [agent2.id]


def test_reminders_are_reminder_out(api_as, agent, agent2, story):
    client = api_as(agent)
    base = f"/api/v1/tickets/{story.open_ticket.id}/reminders"
    created = assert_wire(ReminderOut, client.post(base, {"remind_at": "2099-03-01T08:00:00Z", "note": "GTR"}),
                          status=201)
    changed = assert_wire(ReminderOut, client.patch(f"/api/v1/reminders/{created.id}", {"recipient": agent2.id}),
                          status=200)

    listed = assert_wire(list[ReminderOut], client.get(base), status=200)

    assert changed.recipient.id == agent2.id and changed.created_by.id == agent.id and changed.fired_at is None
    assert [r.id for r in listed] == [created.id]


def test_a_rating_is_rating_out(api_as, alice, category):
    ticket = factories.make_ticket(alice, category=category, status=TicketStatus.RESOLVED)

    rating = assert_wire(RatingOut, api_as(alice).post(f"/api/v1/tickets/{ticket.id}/rating",
                                                       {"stars": 4, "comment": "Bien"}), status=201)

    assert (rating.ticket, rating.stars, rating.comment) == (ticket.id, 4, "Bien")


@pytest.mark.parametrize(
    ("component", "model"),
    [
        ("Category", CategoryOut),
        ("TicketListItem", TicketListItem),
        ("TicketPage", Page[TicketListItem]),
        ("TicketDetail", TicketDetail),
        ("Message", MessageOut),
        ("TicketEvent", TicketEventOut),
        ("Reminder", ReminderOut),
        ("Rating", RatingOut),
        ("TicketUserRef", UserRef),
        ("TicketCreateRequest", TicketCreate),
        ("MessageCreateRequest", MessageCreate),
    ],
)
def test_the_openapi_schema_publishes_the_same_shapes(openapi, component, model):
    assert_component_matches(openapi, component, model)
