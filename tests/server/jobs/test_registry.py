"""One registry drives every runner: Celery beat and tasks, the embedded runner, run_jobs."""

from datetime import UTC, datetime

import pytest

from config.celery import app
from jobs import runner, sweeps
from jobs.registry import JOBS, Job
from jobs.tasks import TASKS

SWEEPS = {"fire_due_reminders", "warn_sla_deadlines", "auto_close_tickets", "delete_stale_attachments", "sync_crm"}


def test_every_sweep_is_registered():
    assert set(JOBS) == SWEEPS
    assert all(JOBS[name].function is getattr(sweeps, name) for name in SWEEPS)


def test_the_beat_schedule_covers_every_registered_job_at_its_interval():
    schedule = dict(app.conf.beat_schedule)
    assert schedule.pop("send_emails")["task"] == "notifications.send_emails"
    assert set(schedule) == set(JOBS)
    for name, job in JOBS.items():
        assert schedule[name] == {"task": job.task_name, "schedule": job.interval.total_seconds()}
        assert job.task_name in app.tasks


@pytest.mark.parametrize("name", sorted(SWEEPS))
def test_each_task_runs_its_sweep_with_the_given_clock(monkeypatch, name):
    calls = []
    job = JOBS[name]
    monkeypatch.setitem(JOBS, name, Job(job.name, lambda now: calls.append(now) or 7, job.interval))
    result = TASKS[name].apply(kwargs={"now": "2026-03-02T10:00:00+00:00"})
    assert result.get() == 7
    assert calls == [datetime(2026, 3, 2, 10, tzinfo=UTC)]


@pytest.mark.django_db
@pytest.mark.parametrize("name", sorted(SWEEPS))
def test_each_task_runs_for_real_in_eager_mode(name):
    assert TASKS[name].apply().get() == 0


def test_the_embedded_runner_stays_off_when_the_setting_is(settings):
    settings.SAV_EMBEDDED_WORKERS = False
    assert runner.start_embedded() is None


def test_the_runner_runs_each_job_then_waits_for_its_interval(keep_test_connection):
    ran = []
    jobs = [Job(name, lambda now, name=name: ran.append(name) or 0, job.interval) for name, job in JOBS.items()]
    loop = runner.Runner(jobs)
    wait = loop.run_pending()
    assert sorted(ran) == sorted(SWEEPS)
    assert 0 < wait <= min(job.interval.total_seconds() for job in jobs)
    loop.run_pending()
    assert len(ran) == len(SWEEPS)


def test_a_failing_job_is_logged_and_does_not_stop_the_others(keep_test_connection, caplog):
    def broken(now):
        raise RuntimeError("boom")

    job = next(iter(JOBS.values()))
    assert runner.run_job(Job("broken", broken, job.interval)) is None
    assert "scheduled job broken failed" in caplog.text
