"""The scheduled sweeps. Each takes `now` (tests control the clock), finds its work, and hands every
item to a service whose conditional write is the claim, so several runs at once never do an item
twice. Each returns how many items it handled in this run."""

from datetime import datetime, timedelta

from django.conf import settings
from django.utils import timezone

from attachments.services.cleanup import attachment_delete_stale, stale_attachments
from crm.sync.pull.connector import crm_pull, pull_configured
from jobs.services import alert_kind, sla_alert_send, sla_candidates
from tickets.services.lifecycle import auto_close_candidates, ticket_auto_close
from tickets.services.reminders import reminder_fire, reminders_due

# Items handled per run at most: a backlog drains over the next runs instead of one long run.
BATCH = 500


def fire_due_reminders(now: datetime | None = None) -> int:
    now = now or timezone.now()
    return sum(reminder_fire(reminder=reminder, now=now) for reminder in reminders_due(now=now, limit=BATCH))


def warn_sla_deadlines(now: datetime | None = None) -> int:
    now = now or timezone.now()
    return sum(
        sla_alert_send(ticket=ticket, kind=alert_kind(ticket, now), now=now)
        for ticket in sla_candidates(now=now, limit=BATCH)
    )


def auto_close_tickets(now: datetime | None = None) -> int:
    now = now or timezone.now()
    after = timedelta(days=settings.SAV_AUTO_CLOSE_DAYS)
    return sum(
        ticket_auto_close(ticket=ticket, now=now)
        for ticket in auto_close_candidates(now=now, after=after, limit=BATCH)
    )


def delete_stale_attachments(now: datetime | None = None) -> int:
    now = now or timezone.now()
    return sum(
        attachment_delete_stale(attachment=attachment, now=now)
        for attachment in stale_attachments(now=now, limit=BATCH)
    )


def sync_crm(now: datetime | None = None) -> int:
    """An incremental pull from the CRM database (a full one when it is due); one node at a time."""
    if not pull_configured():
        return 0
    run = crm_pull()
    return 0 if run is None else run.created + run.updated + run.deactivated
