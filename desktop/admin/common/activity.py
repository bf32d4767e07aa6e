"""Background work of one screen: the coroutines it started and what else keeps it busy (a
pending debounce, a model loading a page), so a caller can await the moment it is settled."""

import asyncio
from collections.abc import Callable, Coroutine
from typing import Any

from desktop.tasks import ErrorHandler, spawn

BusyCheck = Callable[[], bool]


class Activity:
    def __init__(self, on_error: ErrorHandler) -> None:
        self._on_error = on_error
        self._tasks: set[asyncio.Task] = set()
        self._checks: list[BusyCheck] = []

    def run(self, coro: Coroutine[Any, Any, Any], *, on_error: ErrorHandler | None = None) -> asyncio.Task:
        task = spawn(coro, on_error=on_error or self._on_error)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
        return task

    def watch(self, busy: BusyCheck) -> None:
        """Counts `busy()` as work in progress (e.g. a search waiting for its debounce)."""
        self._checks.append(busy)

    @property
    def busy(self) -> bool:
        return any(not task.done() for task in self._tasks) or any(check() for check in self._checks)

    async def idle(self, timeout: float = 20.0) -> None:
        """Returns once no task runs and nothing watched is busy (used by tests and screenshots)."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while True:
            pending = [task for task in self._tasks if not task.done()]
            if pending:
                await asyncio.wait(pending, timeout=max(0.0, deadline - loop.time()))
                await asyncio.sleep(0)  # let the tasks' done callbacks (error handlers) run
            elif any(check() for check in self._checks):
                await asyncio.sleep(0.02)
            else:
                return
            if loop.time() > deadline:
                raise TimeoutError("the screen did not settle in time")
