import pytest

from core.errors import Conflict, ValidationFailed
from shared_schemas.enums import TicketEventKind, TicketStatus
from tests.server import factories
from tickets.models import Ticket, TicketEvent
from tickets.services.assignment import ticket_assign, watcher_add, watcher_remove

pytestmark = pytest.mark.django_db


def events(ticket, kind):
    return list(TicketEvent.objects.filter(ticket=ticket, kind=kind).values_list("data", flat=True))


def test_assigning_records_who_had_it_and_who_has_it(agent, agent2, alice_ticket):
    ticket_assign(actor=agent, ticket=alice_ticket, assignee_id=agent.id)
    ticket = ticket_assign(actor=agent, ticket=alice_ticket, assignee_id=agent2.id)
    assert ticket.assignee == agent2
    assert events(ticket, TicketEventKind.ASSIGNED) == [
        {"from": None, "to": {"id": agent.id, "full_name": "Marc Agent"}},
        {"from": {"id": agent.id, "full_name": "Marc Agent"}, "to": {"id": agent2.id, "full_name": "Léa Agent"}},
    ]


def test_an_open_ticket_stays_open_when_assigned(agent, alice_ticket):
    assert ticket_assign(actor=agent, ticket=alice_ticket, assignee_id=agent.id).status == TicketStatus.OPEN


def test_unassigning_gives_the_ticket_back_to_the_queue(agent, alice_ticket):
    ticket_assign(actor=agent, ticket=alice_ticket, assignee_id=agent.id)
    ticket = ticket_assign(actor=agent, ticket=alice_ticket, assignee_id=None)
    assert ticket.assignee is None
    assert events(ticket, TicketEventKind.ASSIGNED)[-1] == {
        "from": {"id": agent.id, "full_name": "Marc Agent"}, "to": None
    }


def test_assigning_the_current_assignee_changes_nothing(agent, alice_ticket):
    ticket_assign(actor=agent, ticket=alice_ticket, assignee_id=agent.id)
    ticket_assign(actor=agent, ticket=alice_ticket, assignee_id=agent.id)
    assert len(events(alice_ticket, TicketEventKind.ASSIGNED)) == 1


@pytest.mark.parametrize("who", ["alice", "inactive_agent", "missing", "cost_viewer"])
def test_only_an_active_staff_member_who_handles_tickets_can_be_assigned(who, agent, alice, alice_ticket):
    from accounts.models import Role

    if who == "alice":
        target = alice.id
    elif who == "inactive_agent":
        target = factories.make_staff_user("agent", email="old@origyne.fr", is_active=False).id
    elif who == "missing":
        target = 999_999
    else:
        role = Role.objects.create(code="viewer", name="Viewer", audience="staff", permissions=["customers.view"])
        target = factories.make_staff_user(role.code, email="viewer@origyne.fr").id
    with pytest.raises(ValidationFailed) as exc_info:
        ticket_assign(actor=agent, ticket=alice_ticket, assignee_id=target)
    assert exc_info.value.errors["assignee"][0]["code"] == "not_assignable"
    assert Ticket.objects.get(pk=alice_ticket.pk).assignee is None


def test_a_closed_ticket_cannot_be_assigned(agent, alice_ticket):
    Ticket.objects.filter(pk=alice_ticket.pk).update(status=TicketStatus.CLOSED)
    with pytest.raises(Conflict) as exc_info:
        ticket_assign(actor=agent, ticket=alice_ticket, assignee_id=agent.id)
    assert exc_info.value.code == "ticket_closed"


def test_adding_a_watcher_twice_records_it_once(agent, agent2, alice_ticket):
    watcher_add(actor=agent, ticket=alice_ticket, user_id=agent2.id)
    ticket = watcher_add(actor=agent, ticket=alice_ticket, user_id=agent2.id)
    assert list(ticket.watchers.all()) == [agent2]
    assert events(ticket, TicketEventKind.WATCHER_ADDED) == [{"user": {"id": agent2.id, "full_name": "Léa Agent"}}]


def test_only_active_staff_can_watch(agent, alice, alice_ticket):
    with pytest.raises(ValidationFailed) as exc_info:
        watcher_add(actor=agent, ticket=alice_ticket, user_id=alice.id)
    assert exc_info.value.errors["user"][0]["code"] == "not_staff"
    assert not alice_ticket.watchers.exists()


def test_removing_a_watcher_records_it_and_removing_again_changes_nothing(agent, agent2, alice_ticket):
    watcher_add(actor=agent, ticket=alice_ticket, user_id=agent2.id)
    watcher_remove(actor=agent, ticket=alice_ticket, user_id=agent2.id)
    watcher_remove(actor=agent, ticket=alice_ticket, user_id=agent2.id)
    assert not alice_ticket.watchers.exists()
    assert len(events(alice_ticket, TicketEventKind.WATCHER_REMOVED)) == 1
