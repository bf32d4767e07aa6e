import pytest

from core.errors import NotFound
from tests.server import factories
from tickets.selectors.visibility import (
    events_visible_to,
    messages_visible_to,
    ticket_get_for,
    tickets_visible_to,
)
from tickets.services.assignment import ticket_assign, watcher_add
from tickets.services.messages import message_add

pytestmark = pytest.mark.django_db


@pytest.fixture
def bob_ticket(open_ticket, bob):
    return open_ticket(bob)


def test_a_client_sees_every_ticket_of_its_customer_and_nothing_else(alice, carol, bob, alice_ticket, bob_ticket):
    carol_ticket = factories.make_ticket(carol)
    assert set(tickets_visible_to(alice)) == {alice_ticket, carol_ticket}
    assert set(tickets_visible_to(bob)) == {bob_ticket}


def test_staff_with_view_all_see_every_ticket(agent, admin, alice_ticket, bob_ticket):
    assert set(tickets_visible_to(agent)) == set(tickets_visible_to(admin)) == {alice_ticket, bob_ticket}


def test_other_staff_see_the_tickets_assigned_to_them_or_that_they_watch(
    agent, helper_agent, alice_ticket, bob_ticket, open_ticket, alice
):
    assert not tickets_visible_to(helper_agent).exists()
    ticket_assign(actor=agent, ticket=alice_ticket, assignee_id=helper_agent.id)
    watcher_add(actor=agent, ticket=bob_ticket, user_id=helper_agent.id)
    open_ticket(alice, subject="Pas pour Hugo")
    assert list(tickets_visible_to(helper_agent).order_by("id")) == [alice_ticket, bob_ticket]


def test_missing_and_foreign_tickets_get_the_same_not_found(bob, alice_ticket):
    with pytest.raises(NotFound) as foreign:
        ticket_get_for(bob, alice_ticket.id)
    with pytest.raises(NotFound) as missing:
        ticket_get_for(bob, alice_ticket.id + 1000)
    assert (foreign.value.code, foreign.value.detail) == (missing.value.code, missing.value.detail)


def test_internal_notes_and_staff_only_events_stay_with_staff(agent, alice, alice_ticket):
    message_add(actor=agent, ticket=alice_ticket, body="Note interne", kind="note")
    message_add(actor=agent, ticket=alice_ticket, body="Réponse publique")
    ticket_assign(actor=agent, ticket=alice_ticket, assignee_id=agent.id)
    assert [m.body for m in messages_visible_to(alice).filter(ticket=alice_ticket)] == ["Réponse publique"]
    assert messages_visible_to(agent).filter(ticket=alice_ticket).count() == 2
    assert {e.kind for e in events_visible_to(alice).filter(ticket=alice_ticket)} == {"created", "reply_added"}
    assert {e.kind for e in events_visible_to(agent).filter(ticket=alice_ticket)} == {
        "created", "reply_added", "note_added", "assigned"
    }
