"""The Celery task of the e-mail outbox, at scale (SAV_EMBEDDED_WORKERS=false): beat runs it every
SAV_EMAIL_POLL_SECONDS (`config/celery.py`); several workers may run it at once, rows are claimed."""

from celery import shared_task

from notifications.services.email_sender import drain
from notifications.worker import worker_id

TASK_NAME = "notifications.send_emails"


@shared_task(name=TASK_NAME, ignore_result=True)
def send_emails() -> int:
    """Sends what is pending in the outbox; the number of e-mails sent."""
    return len(drain(worker_id=worker_id()).sent)
