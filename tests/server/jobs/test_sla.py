"""GTR/SLA warnings: once before the deadline (by priority), once at the breach, again for a new deadline."""

from datetime import timedelta

import pytest
from django.utils import timezone

from jobs.models import SlaAlert
from jobs.services import sla_alert_send
from jobs.sweeps import warn_sla_deadlines
from shared_schemas.enums import CLIENT_VISIBLE_EVENTS, TicketEventKind, TicketPriority, TicketStatus
from tickets.models import Ticket, TicketEvent
from tickets.services.assignment import ticket_assign
from tickets.services.tickets import ticket_edit


@pytest.fixture
def due_ticket(agent, open_ticket, alice):
    """`due_ticket(priority, in_hours)` → a ticket of Alice assigned to the agent, due in that many hours."""

    def make(priority=TicketPriority.NORMAL, in_hours=24):
        ticket = open_ticket(alice, priority=priority)
        ticket_assign(actor=agent, ticket=ticket, assignee_id=agent.id)
        return ticket_edit(actor=agent, ticket=ticket, due_at=timezone.now() + timedelta(hours=in_hours))

    return make


def _warnings(kind):
    return TicketEvent.objects.filter(kind=kind)


@pytest.mark.parametrize(
    ("priority", "lead"),
    [(TicketPriority.HIGH, timedelta(hours=1)), (TicketPriority.NORMAL, timedelta(hours=4)),
     (TicketPriority.LOW, timedelta(hours=8))],
)
def test_it_warns_once_when_the_deadline_comes_within_the_priority_window(due_ticket, priority, lead):
    ticket = due_ticket(priority)
    assert warn_sla_deadlines(ticket.due_at - lead - timedelta(minutes=1)) == 0
    assert warn_sla_deadlines(ticket.due_at - lead) == 1
    assert warn_sla_deadlines(ticket.due_at - lead + timedelta(minutes=10)) == 0
    assert _warnings(TicketEventKind.SLA_AT_RISK).count() == 1


def test_it_warns_once_of_a_breach(due_ticket):
    ticket = due_ticket()
    warn_sla_deadlines(ticket.due_at - timedelta(hours=1))
    assert warn_sla_deadlines(ticket.due_at - timedelta(seconds=1)) == 0
    assert warn_sla_deadlines(ticket.due_at) == 1
    assert warn_sla_deadlines(ticket.due_at + timedelta(days=2)) == 0
    assert _warnings(TicketEventKind.SLA_BREACHED).count() == 1


def test_a_ticket_found_already_late_gets_only_the_breach_warning(due_ticket):
    ticket = due_ticket()
    assert warn_sla_deadlines(ticket.due_at + timedelta(hours=1)) == 1
    assert not _warnings(TicketEventKind.SLA_AT_RISK).exists()
    assert _warnings(TicketEventKind.SLA_BREACHED).count() == 1


def test_a_new_deadline_is_warned_of_again(agent, due_ticket):
    ticket = due_ticket()
    warn_sla_deadlines(ticket.due_at - timedelta(hours=1))
    moved = ticket_edit(actor=agent, ticket=ticket, due_at=ticket.due_at + timedelta(days=1))
    assert warn_sla_deadlines(moved.due_at - timedelta(hours=5)) == 0
    assert warn_sla_deadlines(moved.due_at - timedelta(hours=1)) == 1
    assert _warnings(TicketEventKind.SLA_AT_RISK).count() == 2
    assert SlaAlert.objects.filter(ticket=ticket).count() == 2


def test_the_warning_says_which_deadline_and_is_staff_only(agent, due_ticket):
    ticket = due_ticket(TicketPriority.HIGH)
    warn_sla_deadlines(ticket.due_at)
    event = _warnings(TicketEventKind.SLA_BREACHED).get()
    assert event.actor is None
    assert event.data == {
        "due_at": ticket.due_at.isoformat(), "priority": "high",
        "assignee": {"id": agent.id, "full_name": agent.full_name},
    }
    assert TicketEventKind.SLA_BREACHED not in CLIENT_VISIBLE_EVENTS
    assert TicketEventKind.SLA_AT_RISK not in CLIENT_VISIBLE_EVENTS


@pytest.mark.parametrize("status", [TicketStatus.RESOLVED, TicketStatus.CLOSED])
def test_finished_tickets_are_not_warned_of(due_ticket, status):
    ticket = due_ticket()
    Ticket.objects.filter(pk=ticket.pk).update(status=status)
    assert warn_sla_deadlines(ticket.due_at + timedelta(hours=1)) == 0


def test_tickets_without_a_deadline_are_not_warned_of(open_ticket, alice):
    ticket = open_ticket(alice)
    assert ticket.due_at is None
    assert warn_sla_deadlines(timezone.now() + timedelta(days=365)) == 0


def test_the_windows_are_settings(settings, due_ticket):
    settings.SAV_SLA_WARNING_MINUTES = {"high": 60, "normal": 30, "low": 480}
    ticket = due_ticket()
    assert warn_sla_deadlines(ticket.due_at - timedelta(minutes=31)) == 0
    assert warn_sla_deadlines(ticket.due_at - timedelta(minutes=30)) == 1


def test_a_run_that_read_the_ticket_late_sends_nothing_again(due_ticket):
    ticket = due_ticket()
    assert sla_alert_send(ticket=ticket, kind="breached", now=ticket.due_at) is True
    assert sla_alert_send(ticket=ticket, kind="breached", now=ticket.due_at) is False
    assert _warnings(TicketEventKind.SLA_BREACHED).count() == 1


def test_a_run_that_read_an_old_deadline_sends_nothing(agent, due_ticket):
    ticket = due_ticket()
    stale = Ticket.objects.get(pk=ticket.pk)
    ticket_edit(actor=agent, ticket=ticket, due_at=ticket.due_at + timedelta(days=3))
    assert sla_alert_send(ticket=stale, kind="breached", now=stale.due_at) is False
    assert not SlaAlert.objects.exists()
