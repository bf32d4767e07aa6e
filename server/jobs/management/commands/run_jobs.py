"""`manage.py run_jobs`: run the scheduled jobs by hand, or in the foreground at their intervals."""

import contextlib

from django.core.management.base import BaseCommand, CommandError

from jobs.clock import parse_instant
from jobs.registry import JOBS
from jobs.runner import Runner, run_job


class Command(BaseCommand):
    help = "Run the scheduled jobs: every job at its interval until stopped, or each once with --once."

    def add_arguments(self, parser):
        parser.add_argument("--once", action="store_true", help="run the selected jobs once and exit")
        parser.add_argument(
            "--job", action="append", choices=sorted(JOBS), metavar="NAME",
            help=f"only this job (repeatable): {', '.join(JOBS)}",
        )
        parser.add_argument("--now", help="with --once: the ISO 8601 instant the jobs take as now")

    def handle(self, *args, once: bool, job: list[str] | None, now: str | None, **options):
        jobs = [JOBS[name] for name in job] if job else list(JOBS.values())
        if now and not once:
            raise CommandError("--now only makes sense with --once.")
        try:
            instant = parse_instant(now) if now else None
        except ValueError as exc:
            raise CommandError(f"--now must be an ISO 8601 date and time: {exc}") from exc
        if not once:
            self.stdout.write(f"Running {', '.join(j.name for j in jobs)}; Ctrl+C to stop.")
            with contextlib.suppress(KeyboardInterrupt):
                Runner(jobs).run_forever()
            return
        for selected in jobs:
            handled = run_job(selected, instant)
            if handled is None:
                raise CommandError(f"{selected.name} failed (see the log).")
            self.stdout.write(f"{selected.name}: {handled}")
