"""Sweeps running at the same time on several nodes (threads, own connections, PostgreSQL) never do
an item twice: every reminder fires once, every ticket closes once, every deadline is warned once."""

from datetime import timedelta

import pytest
from django.db import connection
from django.utils import timezone

from jobs.models import SlaAlert
from jobs.sweeps import auto_close_tickets, fire_due_reminders, warn_sla_deadlines
from shared_schemas.enums import TicketEventKind, TicketStatus
from tests.server.concurrency import run_together
from tickets.models import Reminder, Ticket, TicketEvent
from tickets.services.lifecycle import ticket_resolve, ticket_wait
from tickets.services.reminders import reminder_create
from tickets.services.tickets import ticket_edit

pytestmark = [
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.skipif(connection.vendor != "postgresql", reason="concurrency is proven on PostgreSQL"),
]





def test_concurrent_sweeps_fire_each_reminder_once(agent, alice_ticket):
    start = timezone.now() + timedelta(hours=1)
    for minutes in range(20):
        reminder_create(actor=agent, ticket=alice_ticket, remind_at=start + timedelta(minutes=minutes))
    results = run_together(lambda: fire_due_reminders(start + timedelta(hours=1)))
    assert sum(results) == 20, results
    assert not Reminder.objects.filter(fired_at__isnull=True).exists()
    assert TicketEvent.objects.filter(kind=TicketEventKind.REMINDER_DUE).count() == 20


def test_concurrent_sweeps_close_each_ticket_once(agent, alice, open_ticket):
    tickets = [open_ticket(alice) for _ in range(10)]
    for index, ticket in enumerate(tickets):
        (ticket_resolve if index % 2 else ticket_wait)(actor=agent, ticket=ticket)
    at = timezone.now() + timedelta(days=5, minutes=1)
    results = run_together(lambda: auto_close_tickets(at))
    assert sum(results) == 10, results
    assert set(Ticket.objects.values_list("status", flat=True)) == {TicketStatus.CLOSED}
    assert TicketEvent.objects.filter(data__reason="auto_close").count() == 10


def test_concurrent_sweeps_warn_of_each_deadline_once(agent, alice, open_ticket):
    due_at = timezone.now() + timedelta(hours=2)
    for _ in range(10):
        ticket_edit(actor=agent, ticket=open_ticket(alice), due_at=due_at)
    results = run_together(lambda: warn_sla_deadlines(due_at))
    assert sum(results) == 10, results
    assert SlaAlert.objects.count() == 10
    assert TicketEvent.objects.filter(kind=TicketEventKind.SLA_BREACHED).count() == 10
