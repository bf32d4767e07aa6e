"""What the sweeps tell whom: the reminder's recipient, the assignee and staff of a deadline, the client
of an auto-closed ticket — never a client about a reminder or a deadline."""

from datetime import timedelta

import pytest
from django.utils import timezone

from jobs.sweeps import auto_close_tickets, fire_due_reminders, warn_sla_deadlines
from notifications.models import Notification
from tickets.services.assignment import ticket_assign
from tickets.services.lifecycle import ticket_resolve
from tickets.services.reminders import reminder_create
from tickets.services.tickets import ticket_edit


def _told(type_):
    return {n.recipient_id: n for n in Notification.objects.filter(type=type_)}


def test_a_due_reminder_notifies_its_recipient_only(agent, agent2, alice, alice_ticket):
    reminder = reminder_create(
        actor=agent2, ticket=alice_ticket, remind_at=timezone.now() + timedelta(hours=1),
        recipient_id=agent.id, note="Rappeler Mme Martin",
    )
    fire_due_reminders(reminder.remind_at)
    told = _told("reminder.due")
    assert set(told) == {agent.id}
    assert told[agent.id].payload["note"] == "Rappeler Mme Martin"
    assert told[agent.id].payload["reference"] == alice_ticket.reference


@pytest.fixture
def assigned_due(agent, alice_ticket):
    ticket_assign(actor=agent, ticket=alice_ticket, assignee_id=agent.id)
    return ticket_edit(actor=agent, ticket=alice_ticket, due_at=timezone.now() + timedelta(hours=6))


def test_a_deadline_at_risk_warns_the_assignee_not_the_client(agent, admin, alice, assigned_due):
    warn_sla_deadlines(assigned_due.due_at - timedelta(hours=1))
    told = _told("sla.at_risk")
    assert agent.id in told and alice.id not in told and admin.id not in told
    assert told[agent.id].payload["breached"] is False


def test_a_missed_deadline_warns_the_dispatching_staff_too(agent, admin, alice, assigned_due):
    warn_sla_deadlines(assigned_due.due_at)
    told = _told("sla.at_risk")
    assert {agent.id, admin.id} <= set(told) and alice.id not in told
    assert told[admin.id].payload["breached"] is True


def test_an_auto_close_tells_the_client(agent, alice, alice_ticket):
    resolved = ticket_resolve(actor=agent, ticket=alice_ticket)
    auto_close_tickets(resolved.resolved_at + timedelta(days=5))
    told = Notification.objects.filter(recipient=alice, type="ticket.status_changed").latest("id")
    assert told.payload["to_status"] == "closed"
