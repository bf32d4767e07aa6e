"""Resolved or waiting tickets close themselves after 5 days without a client reply, exactly then."""

from datetime import timedelta

import pytest

from jobs.sweeps import auto_close_tickets
from shared_schemas.enums import TicketEventKind, TicketStatus
from tickets.models import Ticket
from tickets.services.lifecycle import ticket_auto_close, ticket_resolve, ticket_wait
from tickets.services.messages import message_add

FIVE_DAYS = timedelta(days=5)
A_MINUTE = timedelta(minutes=1)


def _resolved(agent, ticket) -> Ticket:
    return ticket_resolve(actor=agent, ticket=ticket)


def _status(ticket) -> str:
    ticket.refresh_from_db()
    return ticket.status


def test_a_resolved_ticket_stays_resolved_until_five_days_have_passed(agent, alice_ticket):
    resolved = _resolved(agent, alice_ticket)
    assert auto_close_tickets(resolved.resolved_at + FIVE_DAYS - A_MINUTE) == 0
    assert _status(alice_ticket) == TicketStatus.RESOLVED


def test_a_resolved_ticket_closes_at_five_days_exactly(agent, alice_ticket):
    resolved = _resolved(agent, alice_ticket)
    at = resolved.resolved_at + FIVE_DAYS
    assert auto_close_tickets(at) == 1
    alice_ticket.refresh_from_db()
    assert alice_ticket.status == TicketStatus.CLOSED
    assert alice_ticket.closed_at == at
    assert alice_ticket.last_activity_at == at


def test_the_auto_close_is_recorded_as_a_status_change_without_actor(agent, alice_ticket):
    resolved = _resolved(agent, alice_ticket)
    at = resolved.resolved_at + FIVE_DAYS
    auto_close_tickets(at)
    event = alice_ticket.events.filter(kind=TicketEventKind.STATUS_CHANGED).latest("id")
    assert event.actor is None
    assert event.created_at == at
    assert event.data == {"from": "resolved", "to": "closed", "reason": "auto_close"}


def test_a_waiting_ticket_closes_five_days_after_it_started_waiting(agent, alice_ticket):
    waiting = ticket_wait(actor=agent, ticket=alice_ticket)
    since = waiting.last_activity_at
    assert auto_close_tickets(since + FIVE_DAYS - A_MINUTE) == 0
    assert _status(alice_ticket) == TicketStatus.WAITING
    assert auto_close_tickets(since + FIVE_DAYS) == 1
    assert _status(alice_ticket) == TicketStatus.CLOSED
    event = alice_ticket.events.latest("id")
    assert event.data == {"from": "waiting", "to": "closed", "reason": "auto_close"}


def test_a_staff_note_while_waiting_does_not_restart_the_clock(agent, alice_ticket):
    waiting = ticket_wait(actor=agent, ticket=alice_ticket)
    message_add(actor=agent, ticket=alice_ticket, body="Relance prévue", kind="note")
    assert auto_close_tickets(waiting.last_activity_at + FIVE_DAYS) == 1


def test_a_client_reply_after_resolution_counts_from_the_next_resolution(agent, alice, alice_ticket):
    """Resolved three days ago, the client replies (which reopens it), staff resolve it again now."""
    first = _resolved(agent, alice_ticket).resolved_at - timedelta(days=3)
    Ticket.objects.filter(pk=alice_ticket.pk).update(resolved_at=first, last_activity_at=first)
    message_add(actor=alice, ticket=alice_ticket, body="Le problème est revenu ce matin.")
    assert _status(alice_ticket) != TicketStatus.RESOLVED
    second = _resolved(agent, alice_ticket).resolved_at
    assert auto_close_tickets(first + FIVE_DAYS) == 0
    assert auto_close_tickets(second + FIVE_DAYS - A_MINUTE) == 0
    assert auto_close_tickets(second + FIVE_DAYS) == 1


def test_a_client_message_later_than_the_resolution_restarts_the_clock(agent, alice_ticket):
    """A resolved ticket whose client wrote afterwards (e.g. imported history): counted from the reply."""
    resolved_at = _resolved(agent, alice_ticket).resolved_at
    replied_at = resolved_at + timedelta(days=2)
    Ticket.objects.filter(pk=alice_ticket.pk).update(last_client_message_at=replied_at)
    assert auto_close_tickets(resolved_at + FIVE_DAYS) == 0
    assert auto_close_tickets(replied_at + FIVE_DAYS - A_MINUTE) == 0
    assert auto_close_tickets(replied_at + FIVE_DAYS) == 1


@pytest.mark.parametrize("status", [TicketStatus.OPEN, TicketStatus.IN_PROGRESS])
def test_active_tickets_never_close_themselves(alice_ticket, status):
    Ticket.objects.filter(pk=alice_ticket.pk).update(status=status)
    alice_ticket.refresh_from_db()
    assert auto_close_tickets(alice_ticket.last_activity_at + timedelta(days=60)) == 0
    assert _status(alice_ticket) == status


def test_the_delay_is_a_setting(settings, agent, alice_ticket):
    settings.SAV_AUTO_CLOSE_DAYS = 2
    resolved = _resolved(agent, alice_ticket)
    assert auto_close_tickets(resolved.resolved_at + timedelta(days=2)) == 1


def test_a_closed_ticket_is_closed_once(agent, alice_ticket):
    resolved = _resolved(agent, alice_ticket)
    at = resolved.resolved_at + FIVE_DAYS
    assert auto_close_tickets(at) == 1
    assert auto_close_tickets(at + timedelta(days=1)) == 0
    assert alice_ticket.events.filter(data__reason="auto_close").count() == 1


def test_a_run_that_read_the_ticket_before_a_change_closes_nothing(agent, alice, alice_ticket):
    """The conditional UPDATE only matches the ticket as the sweep read it: a client reply (or another
    sweep's close) in between wins."""
    resolved = _resolved(agent, alice_ticket)
    stale = Ticket.objects.get(pk=alice_ticket.pk)
    message_add(actor=alice, ticket=alice_ticket, body="Toujours en panne !")
    assert ticket_auto_close(ticket=stale, now=resolved.resolved_at + FIVE_DAYS) is False
    assert _status(alice_ticket) != TicketStatus.CLOSED


def test_two_runs_with_the_same_reading_close_the_ticket_once(agent, alice_ticket):
    resolved = _resolved(agent, alice_ticket)
    at = resolved.resolved_at + FIVE_DAYS
    first, second = Ticket.objects.get(pk=alice_ticket.pk), Ticket.objects.get(pk=alice_ticket.pk)
    assert ticket_auto_close(ticket=first, now=at) is True
    assert ticket_auto_close(ticket=second, now=at) is False
    assert alice_ticket.events.filter(data__reason="auto_close").count() == 1
