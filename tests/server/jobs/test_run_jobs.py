"""`manage.py run_jobs --once [--job NAME] [--now ISO]` runs the sweeps by hand."""

from datetime import timedelta
from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django.utils import timezone

from shared_schemas.enums import TicketStatus
from tickets.services.lifecycle import ticket_resolve

pytestmark = pytest.mark.usefixtures("keep_test_connection")


def _run(*args) -> str:
    out = StringIO()
    call_command("run_jobs", *args, stdout=out)
    return out.getvalue()


@pytest.mark.django_db
def test_it_runs_every_job_once():
    assert _run("--once").splitlines() == [
        "fire_due_reminders: 0", "warn_sla_deadlines: 0", "auto_close_tickets: 0", "delete_stale_attachments: 0",
        "sync_crm: 0",
    ]


def test_it_runs_one_job_at_the_given_instant(agent, alice_ticket):
    resolved = ticket_resolve(actor=agent, ticket=alice_ticket)
    local = timezone.localtime(resolved.resolved_at + timedelta(days=5, seconds=1))
    assert _run("--once", "--job", "auto_close_tickets", "--now", local.isoformat()) == "auto_close_tickets: 1\n"
    alice_ticket.refresh_from_db()
    assert alice_ticket.status == TicketStatus.CLOSED


def test_an_instant_without_offset_is_read_in_the_server_time_zone(agent, alice_ticket):
    resolved = ticket_resolve(actor=agent, ticket=alice_ticket)
    naive = timezone.localtime(resolved.resolved_at + timedelta(days=4)).replace(tzinfo=None)
    assert _run("--once", "--job", "auto_close_tickets", "--now", naive.isoformat()) == "auto_close_tickets: 0\n"


@pytest.mark.django_db
def test_it_refuses_a_bad_instant():
    with pytest.raises(CommandError, match="ISO 8601"):
        _run("--once", "--now", "tomorrow")


@pytest.mark.django_db
def test_it_refuses_an_instant_without_once():
    with pytest.raises(CommandError, match="--once"):
        _run("--now", "2026-03-02T10:00:00")


@pytest.mark.django_db
def test_it_refuses_an_unknown_job():
    with pytest.raises(CommandError):
        _run("--once", "--job", "send_spam")
