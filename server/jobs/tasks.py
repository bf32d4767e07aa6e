"""Celery tasks: one per registered job, calling the same sweep as the embedded runner. Celery beat
schedules them from the registry (`config/celery.py`)."""

from celery import shared_task

from jobs.clock import parse_instant
from jobs.registry import JOBS, Job


def _task_for(job: Job):
    def run(now: str | None = None) -> int:
        """`now`: an ISO 8601 instant (tests, replays); the current time when omitted."""
        return JOBS[job.name].function(parse_instant(now) if now else None)

    run.__name__ = job.name
    run.__doc__ = f"Scheduled job {job.name}. {run.__doc__}"
    return shared_task(name=job.task_name, ignore_result=True)(run)


TASKS = {name: _task_for(job) for name, job in JOBS.items()}
