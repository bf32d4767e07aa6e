"""Celery app for the scheduled jobs at scale: `celery -A config.celery worker --beat` from server/,
with SAV_CELERY_BROKER_URL (default REDIS_URL). It runs the same sweeps as the embedded runner, on the
intervals of `jobs.registry`; run several workers if you like, every sweep claims its work."""

import os

import django
from celery import Celery

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
django.setup()

from jobs.registry import JOBS  # noqa: E402 — the registry needs the apps loaded

app = Celery("sav")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.conf.beat_schedule = {
    job.name: {"task": job.task_name, "schedule": job.interval.total_seconds()} for job in JOBS.values()
}
app.conf.imports = ["jobs.tasks"]
