import pytest
from django.db import transaction

from core.errors import TransitionNotAllowed
from shared_schemas.enums import TicketStatus
from tests.server import factories
from tickets.models import Ticket
from tickets.policies import TRANSITIONS, allowed_actions
from tickets.services.lifecycle import ticket_transition

pytestmark = pytest.mark.django_db

STAFF_WORK = ["reply", "note", "assign", "edit", "watch"]


def actions(user, ticket, status, *, already_rated=False):
    ticket.status = status
    return [str(action) for action in allowed_actions(user, ticket, already_rated=already_rated)]


@pytest.mark.parametrize(
    ("status", "expected"),
    [
        ("open", [*STAFF_WORK, "start", "wait", "resolve", "close", "remind"]),
        ("in_progress", [*STAFF_WORK, "wait", "resolve", "close", "remind"]),
        ("waiting", [*STAFF_WORK, "start", "resolve", "close", "remind"]),
        ("resolved", [*STAFF_WORK, "close", "reopen", "remind"]),
        ("closed", ["watch", "reopen"]),
    ],
)
def test_an_agent_is_offered_the_work_of_each_status(status, expected, agent, alice_ticket):
    assert actions(agent, alice_ticket, status) == expected


@pytest.mark.parametrize(
    ("status", "already_rated", "expected"),
    [
        ("open", False, ["reply"]),
        ("waiting", False, ["reply"]),
        ("resolved", False, ["reply", "rate"]),
        ("resolved", True, ["reply"]),
        ("closed", False, ["rate"]),
        ("closed", True, []),
    ],
)
def test_a_client_may_reply_until_closed_and_rate_once_resolved(status, already_rated, expected, carol, alice_ticket):
    assert actions(carol, alice_ticket, status, already_rated=already_rated) == expected


def test_a_role_without_assign_edit_or_reopen_is_not_offered_them(helper_agent, alice_ticket):
    assert actions(helper_agent, alice_ticket, "open") == [
        "reply", "note", "watch", "start", "wait", "resolve", "close", "remind"
    ]
    assert actions(helper_agent, alice_ticket, "closed") == ["watch"]


def test_a_deactivated_user_is_offered_nothing(agent, alice_ticket):
    agent.is_active = False
    assert actions(agent, alice_ticket, "open") == []


def test_a_client_of_another_customer_is_never_offered_to_rate(bob, alice):
    ticket = factories.make_ticket(alice, status=TicketStatus.RESOLVED)
    assert "rate" not in actions(bob, ticket, "resolved")


@pytest.mark.parametrize("status", list(TicketStatus))
def test_the_transitions_offered_are_exactly_those_the_services_accept(status, agent, alice_ticket):
    Ticket.objects.filter(pk=alice_ticket.pk).update(status=status)
    offered = set(actions(agent, alice_ticket, status))
    for action in TRANSITIONS:
        accepted = True
        with transaction.atomic():
            try:
                ticket_transition(actor=agent, ticket=alice_ticket, action=action)
            except TransitionNotAllowed:
                accepted = False
            transaction.set_rollback(True)
        assert accepted == (action in offered), action
