"""Concurrent requests on PostgreSQL: real threads, real connections, real row locks.

SQLite serializes writers (and its in-memory test database is shared between connections with
table locks), so these run on PostgreSQL only, as in CI."""

import uuid

import pytest
from django.db import connection

from core.errors import Conflict
from shared_schemas.enums import TicketStatus
from tests.server.concurrency import run_together
from tickets.models import Message, Rating, Ticket, TicketCounter
from tickets.services.messages import message_add
from tickets.services.ratings import rating_create
from tickets.services.tickets import ticket_create

pytestmark = [
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.skipif(connection.vendor != "postgresql", reason="concurrency is proven on PostgreSQL"),
]

THREADS = 8


def test_tickets_opened_at_the_same_time_get_distinct_references(alice, category):
    results = run_together(
        lambda: ticket_create(actor=alice, subject="Panne", description="Écran noir", category_id=category.id), THREADS
    )
    references = [result.obj.reference for result in results]
    assert len(set(references)) == THREADS
    assert TicketCounter.objects.get().value == THREADS
    assert sorted(int(reference[-6:]) for reference in references) == list(range(1, THREADS + 1))


def test_concurrent_retries_of_a_ticket_create_one_ticket(alice, category):
    key = uuid.uuid4()
    results = run_together(
        lambda: ticket_create(
            actor=alice, subject="Panne", description="Écran noir", category_id=category.id, client_uuid=key
        ),
        THREADS,
    )
    assert Ticket.objects.count() == 1
    ticket = Ticket.objects.get()
    assert {result.obj.id for result in results} == {ticket.id}
    assert sum(not result.replayed for result in results) == 1
    assert TicketCounter.objects.get().value == 1


def test_concurrent_retries_of_a_message_create_one_message(alice, alice_ticket):
    key = uuid.uuid4()
    Ticket.objects.filter(pk=alice_ticket.pk).update(status=TicketStatus.RESOLVED)
    results = run_together(
        lambda: message_add(actor=alice, ticket=alice_ticket, body="Revenu", client_uuid=key), THREADS
    )
    assert Message.objects.count() == 1
    assert {result.obj.id for result in results} == {Message.objects.get().id}
    ticket = Ticket.objects.get()
    assert ticket.status == TicketStatus.OPEN
    assert ticket.events.filter(kind="status_changed").count() == 1


def test_concurrent_ratings_keep_the_first_one(alice, carol, alice_ticket):
    Ticket.objects.filter(pk=alice_ticket.pk).update(status=TicketStatus.RESOLVED)
    results = run_together(lambda: rating_create(actor=carol, ticket=alice_ticket, stars=4), THREADS)
    assert Rating.objects.count() == 1
    refused = [result for result in results if isinstance(result, Conflict)]
    assert len(refused) == THREADS - 1
    assert {exc.code for exc in refused} == {"already_rated"}
