from datetime import datetime

import pytest
from django.utils import timezone

from core.errors import Conflict, PermissionDenied, ValidationFailed
from shared_schemas.enums import TicketEventKind, TicketStatus
from tests.server import factories
from tickets.models import Ticket, TicketCounter, TicketEvent
from tickets.services import tickets as ticket_services
from tickets.services.tickets import next_reference, ticket_create, ticket_edit

pytestmark = pytest.mark.django_db

SUBJECT = "Terminal de paiement en panne"
DESCRIPTION = "Le terminal affiche une erreur E42 au démarrage."


def create(actor, category, **fields):
    fields.setdefault("subject", SUBJECT)
    fields.setdefault("description", DESCRIPTION)
    return ticket_create(actor=actor, category_id=category.id, **fields)


def field_error(exc_info) -> tuple[str, str]:
    (field, errors), *_ = exc_info.value.errors.items()
    return field, errors[0]["code"]


def test_a_client_opens_a_ticket_for_its_own_customer_as_requester(alice, category):
    result = create(alice, category)
    ticket = result.obj
    assert not result.replayed
    assert (ticket.customer, ticket.requester, ticket.created_by) == (alice.customer, alice, alice)
    assert ticket.status == TicketStatus.OPEN
    assert ticket.priority == "normal"


def test_a_new_ticket_has_a_created_event_and_a_year_reference(alice, category):
    ticket = create(alice, category).obj
    event = TicketEvent.objects.get(ticket=ticket)
    assert event.kind == TicketEventKind.CREATED
    assert event.actor == alice
    assert event.data == {"reference": ticket.reference, "status": "open"}
    assert ticket.reference == f"SAV-{timezone.localdate().year}-000001"
    assert ticket.last_activity_at == event.created_at


def test_references_follow_each_other_and_restart_every_year(alice, category):
    first, second = create(alice, category).obj, create(alice, category, subject="Autre").obj
    year = timezone.localdate().year
    assert (first.reference, second.reference) == (f"SAV-{year}-000001", f"SAV-{year}-000002")
    assert next_reference(at=timezone.make_aware(datetime(2099, 1, 1, 0, 30))) == "SAV-2099-000001"
    assert TicketCounter.objects.get(year=year).value == 2


def test_staff_open_a_ticket_for_a_client_of_a_customer(agent, alice, category):
    ticket = create(agent, category, customer_id=alice.customer_id, requester_id=alice.id).obj
    assert (ticket.customer_id, ticket.requester, ticket.created_by) == (alice.customer_id, alice, agent)


def test_staff_are_the_requester_when_they_name_nobody(agent, customer_a, category):
    ticket = create(agent, category, customer_id=customer_a.id).obj
    assert ticket.requester == agent


def test_staff_must_name_an_active_customer(agent, customer_a, category):
    with pytest.raises(ValidationFailed) as missing:
        create(agent, category)
    customer_a.is_active = False
    customer_a.save()
    with pytest.raises(ValidationFailed) as inactive:
        create(agent, category, customer_id=customer_a.id)
    assert field_error(missing) == ("customer", "required")
    assert field_error(inactive) == ("customer", "not_found")
    assert not Ticket.objects.exists()


@pytest.mark.parametrize("who", ["bob", "agent2"])
def test_the_requester_must_be_an_active_client_of_the_customer(request, who, agent, alice, category):
    other = request.getfixturevalue(who)
    with pytest.raises(ValidationFailed) as exc_info:
        create(agent, category, customer_id=alice.customer_id, requester_id=other.id)
    assert field_error(exc_info) == ("requester", "not_found_for_customer")


@pytest.mark.parametrize("field", ["customer_id", "requester_id"])
def test_a_client_can_never_choose_the_customer_or_requester(field, alice, bob, category):
    with pytest.raises(ValidationFailed) as exc_info:
        create(alice, category, **{field: bob.customer_id if field == "customer_id" else bob.id})
    assert exc_info.value.errors[field.removesuffix("_id")][0]["code"] == "unknown_field"
    assert not Ticket.objects.exists()


def test_a_client_without_a_customer_cannot_open_a_ticket(customer_a, category):
    lost = factories.make_client_user(customer_a, email="lost@martin.fr")
    lost.customer = None
    lost.save()
    with pytest.raises(PermissionDenied):
        create(lost, category)


def test_an_inactive_category_is_refused(alice, category):
    category.is_active = False
    category.save()
    with pytest.raises(ValidationFailed) as exc_info:
        create(alice, category)
    assert field_error(exc_info) == ("category", "not_found")


def test_a_ticket_may_be_about_an_order_or_a_delivered_product_of_the_customer(alice, category):
    order = factories.make_order(alice.customer)
    product = factories.make_delivered_product(alice.customer)
    assert create(alice, category, order_id=order.id).obj.order == order
    assert create(alice, category, subject="B", delivered_product_id=product.id).obj.delivered_product == product


def test_an_order_of_another_customer_is_refused_like_a_missing_one(alice, bob, category):
    foreign = factories.make_order(bob.customer)
    with pytest.raises(ValidationFailed) as foreign_error:
        create(alice, category, order_id=foreign.id)
    with pytest.raises(ValidationFailed) as missing_error:
        create(alice, category, order_id=foreign.id + 1000)
    assert foreign_error.value.errors == missing_error.value.errors
    assert field_error(foreign_error) == ("order", "not_found_for_customer")


def test_a_delivered_product_of_another_customer_is_refused(alice, bob, category):
    foreign = factories.make_delivered_product(bob.customer)
    with pytest.raises(ValidationFailed) as exc_info:
        create(alice, category, delivered_product_id=foreign.id)
    assert field_error(exc_info) == ("delivered_product", "not_found_for_customer")


def test_an_order_and_a_delivered_product_together_are_refused(alice, category):
    order = factories.make_order(alice.customer)
    product = factories.make_delivered_product(alice.customer, order=order)
    with pytest.raises(ValidationFailed) as exc_info:
        create(alice, category, order_id=order.id, delivered_product_id=product.id)
    assert set(exc_info.value.errors) == {"order", "delivered_product"}
    assert not Ticket.objects.exists()


def test_a_retry_with_the_same_client_uuid_returns_the_first_ticket(alice, category):
    key = "6f1c2a34-0d3e-4a7b-9c1d-2e3f4a5b6c7d"
    first = create(alice, category, client_uuid=key)
    retry = create(alice, category, client_uuid=key)
    assert retry.replayed and retry.obj.id == first.obj.id
    assert Ticket.objects.count() == 1
    assert TicketEvent.objects.count() == 1
    assert TicketCounter.objects.get().value == 1


def test_a_replay_still_answers_after_the_category_was_deactivated(alice, category):
    key = "6f1c2a34-0d3e-4a7b-9c1d-2e3f4a5b6c7d"
    first = create(alice, category, client_uuid=key)
    category.is_active = False
    category.save()
    assert create(alice, category, client_uuid=key).obj == first.obj


def test_a_key_reused_for_another_subject_is_a_conflict(alice, category):
    key = "6f1c2a34-0d3e-4a7b-9c1d-2e3f4a5b6c7d"
    create(alice, category, client_uuid=key)
    with pytest.raises(Conflict) as exc_info:
        create(alice, category, client_uuid=key, subject="Tout autre chose")
    assert exc_info.value.code == "idempotency_key_reused"
    assert Ticket.objects.count() == 1


def test_the_same_key_from_another_user_opens_another_ticket(alice, carol, category):
    key = "6f1c2a34-0d3e-4a7b-9c1d-2e3f4a5b6c7d"
    assert create(alice, category, client_uuid=key).obj != create(carol, category, client_uuid=key).obj


def test_a_create_that_loses_the_race_returns_the_winner(alice, category, monkeypatch):
    """The insert fails on the (created_by, client_uuid) constraint in a savepoint: the winner is
    read instead, and the reference counter of the loser is rolled back."""
    key = "6f1c2a34-0d3e-4a7b-9c1d-2e3f4a5b6c7d"
    winner = create(alice, category, client_uuid=key).obj
    real_lookup = ticket_services._replayed_ticket
    calls = []

    def miss_once(*args, **kwargs):
        calls.append(args)
        return None if len(calls) == 1 else real_lookup(*args, **kwargs)

    monkeypatch.setattr(ticket_services, "_replayed_ticket", miss_once)
    retry = create(alice, category, client_uuid=key)
    assert retry.replayed and retry.obj == winner
    assert len(calls) == 2
    assert TicketCounter.objects.get().value == 1


def test_staff_who_see_only_their_tickets_follow_those_they_open(helper_agent, customer_a, category):
    ticket = create(helper_agent, category, customer_id=customer_a.id).obj
    assert list(ticket.watchers.all()) == [helper_agent]
    assert TicketEvent.objects.filter(ticket=ticket, kind=TicketEventKind.WATCHER_ADDED).exists()


def test_staff_who_see_everything_do_not_become_watchers(agent, customer_a, category):
    assert not create(agent, category, customer_id=customer_a.id).obj.watchers.exists()


def test_edit_records_one_event_per_changed_field(agent, alice_ticket):
    other = factories.make_category("Facturation internationale")
    due = timezone.now() + timezone.timedelta(hours=4)
    ticket = ticket_edit(actor=agent, ticket=alice_ticket, priority="high", category_id=other.id, due_at=due)
    assert (ticket.priority, ticket.category, ticket.due_at) == ("high", other, due)
    events = {e.kind: e.data for e in TicketEvent.objects.filter(ticket=ticket).exclude(kind="created")}
    assert events == {
        "priority_changed": {"from": "normal", "to": "high"},
        "category_changed": {
            "from": {"id": alice_ticket.category_id, "name": alice_ticket.category.name},
            "to": {"id": other.id, "name": other.name},
        },
        "due_at_changed": {"from": None, "to": due.isoformat()},
    }


def test_edit_with_the_current_values_records_nothing(agent, alice_ticket):
    before = alice_ticket.last_activity_at
    ticket = ticket_edit(actor=agent, ticket=alice_ticket, priority="normal", category_id=alice_ticket.category_id)
    assert ticket.last_activity_at == before
    assert TicketEvent.objects.filter(ticket=ticket).count() == 1


def test_edit_to_an_inactive_category_changes_nothing(agent, alice_ticket):
    inactive = factories.make_category("Ancienne catégorie")
    inactive.is_active = False
    inactive.save()
    with pytest.raises(ValidationFailed):
        ticket_edit(actor=agent, ticket=alice_ticket, priority="high", category_id=inactive.id)
    alice_ticket.refresh_from_db()
    assert alice_ticket.priority == "normal"
    assert TicketEvent.objects.filter(ticket=alice_ticket).count() == 1


def test_a_closed_ticket_cannot_be_edited(agent, alice_ticket):
    Ticket.objects.filter(pk=alice_ticket.pk).update(status=TicketStatus.CLOSED)
    with pytest.raises(Conflict) as exc_info:
        ticket_edit(actor=agent, ticket=alice_ticket, priority="high")
    assert exc_info.value.code == "ticket_closed"
