"""Celery task of the CRM link at scale: a pull asked for from the desktop (« Synchroniser
maintenant ») runs in a worker instead of the server process."""

from celery import shared_task

from crm.sync.pull.connector import PULL_TASK, run_requested_pull


@shared_task(name=PULL_TASK, ignore_result=True)
def run_requested_pull_task(run_id: int, *, full: bool, actor_id: int | None) -> None:
    run_requested_pull(run_id, full=full, actor_id=actor_id)
