"""Running work at the same instant on several threads, each with its own database connection."""

import threading
from collections.abc import Callable

from django.db import close_old_connections, connections

RUNS = 4


def run_together(work: Callable[[], int], runs: int = RUNS) -> list[object]:
    """Start `runs` calls of `work` at the same instant, each on its own connection."""
    barrier = threading.Barrier(runs)
    results: list[object] = [None] * runs

    def runner(index: int) -> None:
        try:
            barrier.wait()
            results[index] = work()
        except Exception as exc:  # noqa: BLE001 — the test inspects what each run got
            results[index] = exc
        finally:
            connections.close_all()

    threads = [threading.Thread(target=runner, args=(index,)) for index in range(runs)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    close_old_connections()
    return results
