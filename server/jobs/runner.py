"""Running the registry: one job now (`run_job`), or every job at its interval in a loop — in a
daemon thread of the server process (embedded mode) or in the foreground (`manage.py run_jobs`).
Several processes may run the loop at once: every sweep claims its work."""

import logging
import threading
import time
from collections.abc import Iterable
from datetime import datetime

from django.conf import settings
from django.db import close_old_connections

from jobs.registry import JOBS, Job

logger = logging.getLogger(__name__)


def run_job(job: Job, now: datetime | None = None) -> int | None:
    """Run one sweep; a failure is logged (the next run tries again), never raised into the loop."""
    close_old_connections()
    try:
        handled = job.function(now)
    except Exception:
        logger.exception("scheduled job %s failed", job.name)
        return None
    finally:
        close_old_connections()
    if handled:
        logger.info("scheduled job %s handled %d item(s)", job.name, handled)
    return handled


class Runner:
    """Runs each job when its interval has elapsed (monotonic clock), until stopped."""

    def __init__(self, jobs: Iterable[Job] | None = None) -> None:
        self.jobs = list(JOBS.values() if jobs is None else jobs)
        self._next_run = {job.name: 0.0 for job in self.jobs}
        self._stopped = threading.Event()

    def run_pending(self) -> float:
        """Run the jobs that are due; return the seconds until the next one is."""
        for job in self.jobs:
            if self._next_run[job.name] <= time.monotonic():
                run_job(job)
                self._next_run[job.name] = time.monotonic() + job.interval.total_seconds()
        return max(0.0, min(self._next_run.values()) - time.monotonic())

    def run_forever(self) -> None:
        while not self._stopped.is_set():
            self._stopped.wait(self.run_pending())

    def stop(self) -> None:
        self._stopped.set()


_embedded: Runner | None = None
_embedded_lock = threading.Lock()


def start_embedded() -> Runner | None:
    """Start the jobs in a daemon thread of this server process, once per process, when
    SAV_EMBEDDED_WORKERS is on (the embedded mode: no extra command). Called by `config/asgi.py`."""
    global _embedded
    if not settings.SAV_EMBEDDED_WORKERS:
        return None
    with _embedded_lock:
        if _embedded is None:
            _embedded = Runner()
            threading.Thread(target=_embedded.run_forever, name="sav-jobs", daemon=True).start()
    return _embedded
