"""Fixtures of the jobs tests: tickets and reminders made through the services, sweeps run with a
clock the test chooses (times are taken relative to what the services recorded)."""

from datetime import timedelta

import pytest

from shared_schemas.enums import TicketPriority
from tickets.services.tickets import ticket_create


@pytest.fixture
def open_ticket(category):
    """`open_ticket(actor, **fields)` → a ticket opened by `actor` through `ticket_create`."""

    def make(actor, **fields):
        fields.setdefault("subject", "Terminal de paiement en panne")
        fields.setdefault("description", "Le terminal affiche une erreur E42 au démarrage.")
        fields.setdefault("category_id", category.id)
        fields.setdefault("priority", TicketPriority.NORMAL)
        return ticket_create(actor=actor, **fields).obj

    return make


@pytest.fixture
def alice_ticket(open_ticket, alice):
    return open_ticket(alice)


@pytest.fixture
def just_before():
    """An instant a minute short of another: the sweeps must not act yet."""

    def at(instant):
        return instant - timedelta(minutes=1)

    return at


@pytest.fixture
def keep_test_connection(monkeypatch):
    """`run_job` recycles stale connections between runs, as a long-lived worker must; inside a test's
    transaction that would close the test's own connection, so it is left alone here."""
    monkeypatch.setattr("jobs.runner.close_old_connections", lambda: None)
