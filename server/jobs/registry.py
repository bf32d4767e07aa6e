"""Every scheduled job, in one place: the embedded runner, Celery beat and `manage.py run_jobs` all
read this table."""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from django.conf import settings

from jobs import sweeps


@dataclass(frozen=True)
class Job:
    name: str
    function: Callable[[datetime | None], int]
    interval: timedelta

    @property
    def task_name(self) -> str:
        return f"jobs.{self.name}"


JOBS: dict[str, Job] = {
    job.name: job
    for job in (
        Job("fire_due_reminders", sweeps.fire_due_reminders, timedelta(seconds=30)),
        Job("warn_sla_deadlines", sweeps.warn_sla_deadlines, timedelta(minutes=1)),
        Job("auto_close_tickets", sweeps.auto_close_tickets, timedelta(minutes=5)),
        Job("delete_stale_attachments", sweeps.delete_stale_attachments, timedelta(hours=1)),
        Job("sync_crm", sweeps.sync_crm, timedelta(minutes=settings.SAV_CRM_SYNC_MINUTES)),
    )
}
