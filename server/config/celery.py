"""Celery app for the scheduled jobs at scale: `celery -A config.celery worker --beat` from server/,
with SAV_CELERY_BROKER_URL (default REDIS_URL). It runs the same sweeps as the embedded runner, on the
intervals of `jobs.registry`, and the e-mail outbox sender; run several workers if you like, every
sweep claims its work."""

import os

import django
from celery import Celery

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
django.setup()

from django.conf import settings  # noqa: E402

from jobs.registry import JOBS  # noqa: E402 — the registry needs the apps loaded
from notifications.tasks import TASK_NAME as SEND_EMAILS  # noqa: E402

app = Celery("sav")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.conf.beat_schedule = {
    job.name: {"task": job.task_name, "schedule": job.interval.total_seconds()} for job in JOBS.values()
}
# The e-mail outbox, polled: what the embedded mode's sender thread does when it is woken.
app.conf.beat_schedule["send_emails"] = {"task": SEND_EMAILS, "schedule": float(settings.SAV_EMAIL_POLL_SECONDS)}
app.conf.imports = ["jobs.tasks", "notifications.tasks", "crm.tasks"]
