import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from core.errors import TransitionNotAllowed
from shared_schemas.enums import TicketEventKind, TicketStatus
from tickets.models import Ticket, TicketEvent
from tickets.policies import TRANSITIONS, TicketAction
from tickets.services.lifecycle import (
    ticket_close,
    ticket_reopen,
    ticket_resolve,
    ticket_start,
    ticket_transition,
    ticket_wait,
)

pytestmark = pytest.mark.django_db

OPEN, IN_PROGRESS, WAITING, RESOLVED, CLOSED = (
    TicketStatus.OPEN, TicketStatus.IN_PROGRESS, TicketStatus.WAITING, TicketStatus.RESOLVED,
    TicketStatus.CLOSED,
)
ALLOWED = {
    (OPEN, "start"): IN_PROGRESS, (WAITING, "start"): IN_PROGRESS,
    (OPEN, "wait"): WAITING, (IN_PROGRESS, "wait"): WAITING,
    (OPEN, "resolve"): RESOLVED, (IN_PROGRESS, "resolve"): RESOLVED, (WAITING, "resolve"): RESOLVED,
    (OPEN, "close"): CLOSED, (IN_PROGRESS, "close"): CLOSED, (WAITING, "close"): CLOSED,
    (RESOLVED, "close"): CLOSED,
    (RESOLVED, "reopen"): OPEN, (CLOSED, "reopen"): OPEN,
}
EVERY_CASE = [(status, action) for status in TicketStatus for action in TicketAction if action in TRANSITIONS]


def put_in(ticket: Ticket, status: TicketStatus) -> Ticket:
    Ticket.objects.filter(pk=ticket.pk).update(status=status)
    ticket.refresh_from_db()
    return ticket


@pytest.mark.parametrize(("status", "action"), [case for case in EVERY_CASE if case in ALLOWED])
def test_every_allowed_transition_changes_the_status_and_records_it(status, action, agent, alice_ticket):
    ticket = put_in(alice_ticket, status)
    changed = ticket_transition(actor=agent, ticket=ticket, action=TicketAction(action))
    assert changed.status == ALLOWED[status, action]
    event = TicketEvent.objects.filter(ticket=ticket).latest("id")
    assert (event.kind, event.actor, event.data) == (
        TicketEventKind.STATUS_CHANGED, agent, {"from": str(status), "to": str(ALLOWED[status, action])}
    )
    assert changed.last_activity_at == event.created_at
    changed.refresh_from_db()
    assert changed.status == ALLOWED[status, action]


@pytest.mark.parametrize(("status", "action"), [case for case in EVERY_CASE if case not in ALLOWED])
def test_every_other_transition_is_refused_and_changes_nothing(status, action, agent, alice_ticket):
    ticket = put_in(alice_ticket, status)
    before = Ticket.objects.values().get(pk=ticket.pk)
    with pytest.raises(TransitionNotAllowed) as exc_info:
        ticket_transition(actor=agent, ticket=ticket, action=TicketAction(action))
    assert exc_info.value.code == "transition_not_allowed"
    assert f"This ticket is {status}" in exc_info.value.detail
    assert Ticket.objects.values().get(pk=ticket.pk) == before
    assert TicketEvent.objects.filter(ticket=ticket).count() == 1


def test_resolving_sets_resolved_at_and_closing_keeps_it(agent, alice_ticket):
    resolved = ticket_resolve(actor=agent, ticket=alice_ticket)
    assert resolved.resolved_at is not None and resolved.closed_at is None
    closed = ticket_close(actor=agent, ticket=resolved)
    assert closed.closed_at is not None and closed.resolved_at == resolved.resolved_at


def test_reopening_an_assigned_ticket_puts_it_back_in_progress_and_clears_the_dates(agent, alice_ticket):
    Ticket.objects.filter(pk=alice_ticket.pk).update(assignee=agent)
    ticket_resolve(actor=agent, ticket=alice_ticket)
    ticket = ticket_close(actor=agent, ticket=alice_ticket)
    reopened = ticket_reopen(actor=agent, ticket=ticket)
    assert (reopened.status, reopened.resolved_at, reopened.closed_at) == (IN_PROGRESS, None, None)


def test_start_and_wait_take_turns(agent, alice_ticket):
    assert ticket_wait(actor=agent, ticket=alice_ticket).status == WAITING
    assert ticket_start(actor=agent, ticket=alice_ticket).status == IN_PROGRESS
    assert ticket_wait(actor=agent, ticket=alice_ticket).status == WAITING


def test_a_stale_copy_of_the_ticket_cannot_apply_a_transition_twice(agent, alice_ticket):
    """Two agents resolving at once: the second sees the row as the first left it."""
    stale = Ticket.objects.get(pk=alice_ticket.pk)
    ticket_resolve(actor=agent, ticket=alice_ticket)
    with pytest.raises(TransitionNotAllowed):
        ticket_resolve(actor=agent, ticket=stale)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(actions=st.lists(st.sampled_from(sorted(TRANSITIONS)), max_size=8), assigned=st.booleans())
def test_any_sequence_of_actions_follows_the_state_machine(actions, assigned, agent, open_ticket, alice):
    ticket = open_ticket(alice)
    if assigned:
        Ticket.objects.filter(pk=ticket.pk).update(assignee=agent)
    expected = OPEN
    for action in actions:
        if action == "reopen" and expected in (RESOLVED, CLOSED):
            expected = IN_PROGRESS if assigned else OPEN
        elif (expected, action) in ALLOWED and action != "reopen":
            expected = ALLOWED[expected, action]
        else:
            with pytest.raises(TransitionNotAllowed):
                ticket_transition(actor=agent, ticket=ticket, action=action)
            continue
        ticket = ticket_transition(actor=agent, ticket=ticket, action=action)
    ticket.refresh_from_db()
    assert ticket.status == expected
    assert (ticket.closed_at is not None) == (expected == CLOSED)
    if expected == RESOLVED:
        assert ticket.resolved_at is not None
    if expected in (OPEN, IN_PROGRESS, WAITING):
        assert ticket.resolved_at is None
