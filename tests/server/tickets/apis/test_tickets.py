import uuid

import pytest

from shared_schemas.enums import TicketStatus
from tests.server import factories
from tickets.models import Ticket, TicketEvent

pytestmark = pytest.mark.django_db

TICKETS = "/api/v1/tickets"


def body(category, fields=None, **more):
    base = {"subject": "Terminal en panne", "description": "Erreur E42 au démarrage.", "category": category.id}
    return base | (fields or {}) | more


def problem(response, status: int, code: str) -> dict:
    assert response.status_code == status, response.content
    assert response["Content-Type"] == "application/problem+json"
    payload = response.json()
    assert payload["code"] == code, payload
    return payload


# --- create -------------------------------------------------------------------------------


def test_a_client_opens_a_ticket_and_gets_its_detail(api_as, alice, category):
    response = api_as(alice).post(TICKETS, body(category, subject="  Terminal en panne  ", priority="high"))
    assert response.status_code == 201
    ticket = response.json()
    assert ticket["subject"] == "Terminal en panne"
    assert ticket["reference"].startswith("SAV-")
    assert (ticket["status"], ticket["priority"]) == ("open", "high")
    assert ticket["customer"] == {"id": alice.customer_id, "name": "Boulangeries Martin"}
    assert ticket["requester"] == {"id": alice.id, "full_name": "Alice Martin"}
    assert "watchers" not in ticket
    assert ticket["allowed_actions"] == ["reply"]
    assert [event["kind"] for event in ticket["events"]] == ["created"]
    assert "Idempotent-Replayed" not in response


def test_staff_open_a_ticket_for_a_client_of_a_customer(api_as, agent, alice, category):
    order = factories.make_order(alice.customer)
    response = api_as(agent).post(
        TICKETS, body(category, customer=alice.customer_id, requester=alice.id, order=order.id)
    )
    assert response.status_code == 201
    ticket = response.json()
    assert ticket["requester"]["id"] == alice.id
    assert ticket["order"] == {"id": order.id, "reference": order.reference}
    assert ticket["watchers"] == []


def test_a_ticket_about_a_delivered_product_shows_it(api_as, alice, category):
    product = factories.make_delivered_product(alice.customer)
    ticket = api_as(alice).post(TICKETS, body(category, delivered_product=product.id)).json()
    assert ticket["delivered_product"] == {
        "id": product.id, "serial_number": product.serial_number, "product_name": product.product.name
    }


@pytest.mark.parametrize(
    "field", ["customer", "requester", "status", "assignee", "reference", "created_by", "resolved_at", "watchers"]
)
def test_a_client_cannot_assign_any_other_field(field, api_as, alice, bob, category):
    response = api_as(alice).post(TICKETS, body(category, **{field: bob.id}))
    payload = problem(response, 400, "unknown_field")
    assert payload["errors"][field][0]["code"] == "unknown_field"
    assert not Ticket.objects.exists()


def test_staff_cannot_set_the_status_or_assignee_when_opening(api_as, agent, alice, category):
    response = api_as(agent).post(TICKETS, body(category, customer=alice.customer_id, status="closed"))
    problem(response, 400, "unknown_field")


@pytest.mark.parametrize(
    ("fields", "field", "code"),
    [
        ({"subject": "   "}, "subject", "blank"),
        ({"subject": "x" * 201}, "subject", "max_length"),
        ({"subject": None}, "subject", "null"),
        ({"description": ""}, "description", "blank"),
        ({"priority": "urgent"}, "priority", "invalid_choice"),
        ({"category": "commande"}, "category", "invalid"),
        ({"category": 0}, "category", "min_value"),
        ({"order": 10**20}, "order", "max_value"),
        ({"client_uuid": "not-a-uuid"}, "client_uuid", "invalid"),
        ({"subject": "Panne\x00"}, "subject", "null_characters_not_allowed"),
        ({"subject": "Panne\nBcc: pirate@exemple.com"}, "subject", "control_characters"),
        ({"subject": "Panne\r\nsuite"}, "subject", "control_characters"),
        ({"subject": "Panne\tE42"}, "subject", "control_characters"),
        ({"subject": "Panne\x1b[31mE42"}, "subject", "control_characters"),
        ({"subject": "Panne\x85E42"}, "subject", "control_characters"),
        ({"subject": "Panne\u2028E42"}, "subject", "control_characters"),
        ({"subject": "Facture \u202efdp.exe"}, "subject", "control_characters"),
    ],
)
def test_bad_input_is_refused_with_a_field_error_and_changes_nothing(fields, field, code, api_as, alice, category):
    payload = problem(api_as(alice).post(TICKETS, body(category, fields)), 400, "validation_error")
    assert payload["errors"][field][0]["code"] == code
    assert not Ticket.objects.exists()


def test_a_missing_field_is_named(api_as, alice):
    payload = problem(api_as(alice).post(TICKETS, {"subject": "Panne"}), 400, "validation_error")
    assert set(payload["errors"]) == {"description", "category"}


def test_an_oversize_description_is_refused(api_as, alice, category, settings):
    settings.SAV_MAX_TEXT_LENGTH = 100
    payload = problem(api_as(alice).post(TICKETS, body(category, description="x" * 101)), 400, "validation_error")
    assert payload["errors"]["description"][0]["code"] == "max_length"
    assert api_as(alice).post(TICKETS, body(category, description="x" * 100)).status_code == 201


def test_an_order_of_another_customer_is_not_found_for_this_customer(api_as, alice, bob, category):
    foreign = factories.make_order(bob.customer)
    payload = problem(api_as(alice).post(TICKETS, body(category, order=foreign.id)), 400, "validation_error")
    assert payload["errors"]["order"] == [
        {"code": "not_found_for_customer", "message": "No such order for this customer."}
    ]
    missing = api_as(alice).post(TICKETS, body(category, order=foreign.id + 999)).json()
    assert missing["errors"] == payload["errors"]


def test_an_order_and_a_delivered_product_together_are_refused(api_as, alice, category):
    order = factories.make_order(alice.customer)
    product = factories.make_delivered_product(alice.customer)
    response = api_as(alice).post(TICKETS, body(category, order=order.id, delivered_product=product.id))
    problem(response, 400, "validation_error")
    assert not Ticket.objects.exists()


def test_a_body_that_is_not_an_object_is_refused(api_as, alice):
    problem(api_as(alice).post(TICKETS, ["subject"]), 400, "validation_error")
    response = api_as(alice).generic("POST", TICKETS, "{not json", content_type="application/json")
    problem(response, 400, "malformed_request")


# --- idempotency -------------------------------------------------------------------------


@pytest.mark.parametrize("where", ["body", "header"])
def test_a_retry_answers_like_the_first_call_and_creates_nothing(where, api_as, alice, category):
    key = str(uuid.uuid4())
    client = api_as(alice)
    kwargs = {"HTTP_IDEMPOTENCY_KEY": key} if where == "header" else {}
    data = body(category, client_uuid=key) if where == "body" else body(category)
    first = client.post(TICKETS, data, **kwargs)
    retry = client.post(TICKETS, data, **kwargs)
    assert (first.status_code, retry.status_code) == (201, 201)
    assert retry.json() == first.json()
    assert retry["Idempotent-Replayed"] == "true"
    assert Ticket.objects.count() == 1


def test_the_same_key_in_body_and_header_is_one_key(api_as, alice, category):
    key = str(uuid.uuid4())
    response = api_as(alice).post(TICKETS, body(category, client_uuid=key), HTTP_IDEMPOTENCY_KEY=key)
    assert response.status_code == 201
    assert str(Ticket.objects.get().client_uuid) == key


def test_different_keys_in_body_and_header_are_refused(api_as, alice, category):
    response = api_as(alice).post(
        TICKETS, body(category, client_uuid=str(uuid.uuid4())), HTTP_IDEMPOTENCY_KEY=str(uuid.uuid4())
    )
    problem(response, 400, "idempotency_key_mismatch")
    assert not Ticket.objects.exists()


def test_an_idempotency_key_header_must_be_a_uuid(api_as, alice, category):
    payload = problem(
        api_as(alice).post(TICKETS, body(category), HTTP_IDEMPOTENCY_KEY="retry-1"), 400, "validation_error"
    )
    assert payload["errors"]["Idempotency-Key"][0]["code"] == "invalid_idempotency_key"


def test_a_key_reused_for_another_subject_is_a_conflict(api_as, alice, category):
    key = str(uuid.uuid4())
    api_as(alice).post(TICKETS, body(category, client_uuid=key))
    response = api_as(alice).post(TICKETS, body(category, client_uuid=key, subject="Autre"))
    problem(response, 409, "idempotency_key_reused")
    assert Ticket.objects.count() == 1


# --- detail -------------------------------------------------------------------------------


def test_staff_read_a_ticket_with_watchers_notes_and_every_event(api_as, agent, agent2, alice, open_ticket):
    ticket = open_ticket(alice)
    client = api_as(agent)
    client.post(f"{TICKETS}/{ticket.id}/watchers", {"user": agent2.id})
    client.post(f"{TICKETS}/{ticket.id}/messages", {"body": "À rappeler demain", "kind": "note"})
    detail = client.get(f"{TICKETS}/{ticket.id}").json()
    assert detail["watchers"] == [{"id": agent2.id, "full_name": "Léa Agent"}]
    assert [m["kind"] for m in detail["messages"]] == ["note"]
    assert detail["messages"][0]["author"] == {"id": agent.id, "full_name": "Marc Agent", "is_staff": True}
    assert [e["kind"] for e in detail["events"]] == ["created", "watcher_added", "note_added"]


def test_a_client_reads_its_ticket_without_staff_only_parts(api_as, agent, alice, carol, open_ticket):
    ticket = open_ticket(alice)
    api_as(agent).post(f"{TICKETS}/{ticket.id}/messages", {"body": "Note", "kind": "note"})
    api_as(agent).post(f"{TICKETS}/{ticket.id}/assign", {"assignee": agent.id})
    api_as(agent).post(f"{TICKETS}/{ticket.id}/messages", {"body": "Bonjour Alice"})
    detail = api_as(carol).get(f"{TICKETS}/{ticket.id}").json()
    assert "watchers" not in detail
    assert [m["body"] for m in detail["messages"]] == ["Bonjour Alice"]
    assert [e["kind"] for e in detail["events"]] == ["created", "reply_added"]
    assert detail["assignee"] == {"id": agent.id, "full_name": "Marc Agent"}
    assert detail["first_response_at"] is not None


def test_a_missing_ticket_and_a_foreign_one_get_the_same_answer(api_as, bob, alice_ticket):
    foreign = api_as(bob).get(f"{TICKETS}/{alice_ticket.id}")
    missing = api_as(bob).get(f"{TICKETS}/{alice_ticket.id + 1000}")
    assert foreign.json() == missing.json()
    problem(foreign, 404, "not_found")


def test_an_absurd_ticket_id_is_simply_not_found(api_as, agent):
    problem(api_as(agent).get(f"{TICKETS}/{10**30}"), 404, "not_found")


def test_an_anonymous_request_is_refused(api, alice_ticket):
    assert api.get(f"{TICKETS}/{alice_ticket.id}").status_code == 401
    assert api.get(TICKETS).status_code == 401


# --- edit ---------------------------------------------------------------------------------


def test_staff_change_priority_category_and_due_date(api_as, agent, alice_ticket):
    other = factories.make_category("Installation")
    response = api_as(agent).patch(
        f"{TICKETS}/{alice_ticket.id}",
        {"priority": "high", "category": other.id, "due_at": "2030-01-02T10:00:00+01:00"},
    )
    assert response.status_code == 200
    ticket = response.json()
    assert (ticket["priority"], ticket["category"]["id"]) == ("high", other.id)
    assert ticket["due_at"] == "2030-01-02T10:00:00+01:00"
    assert [e["kind"] for e in ticket["events"]][-3:] == ["priority_changed", "category_changed", "due_at_changed"]
    cleared = api_as(agent).patch(f"{TICKETS}/{alice_ticket.id}", {"due_at": None}).json()
    assert cleared["due_at"] is None


@pytest.mark.parametrize(
    ("data", "code"),
    [
        ({"status": "closed"}, "unknown_field"),
        ({"subject": "Autre"}, "unknown_field"),
        ({"priority": "x"}, "validation_error"),
    ],
)
def test_edit_refuses_other_fields_and_bad_values(data, code, api_as, agent, alice_ticket):
    problem(api_as(agent).patch(f"{TICKETS}/{alice_ticket.id}", data), 400, code)
    assert TicketEvent.objects.filter(ticket=alice_ticket).count() == 1


def test_a_client_cannot_edit_a_ticket(api_as, alice, alice_ticket):
    problem(api_as(alice).patch(f"{TICKETS}/{alice_ticket.id}", {"priority": "high"}), 403, "staff_only")
    assert Ticket.objects.get().priority == "normal"


def test_a_closed_ticket_cannot_be_edited(api_as, agent, alice_ticket):
    Ticket.objects.filter(pk=alice_ticket.pk).update(status=TicketStatus.CLOSED)
    problem(api_as(agent).patch(f"{TICKETS}/{alice_ticket.id}", {"priority": "high"}), 409, "ticket_closed")


def test_staff_without_the_edit_permission_cannot_edit(api_as, helper_agent, alice_ticket):
    problem(api_as(helper_agent).patch(f"{TICKETS}/{alice_ticket.id}", {"priority": "high"}), 403, "permission_denied")
