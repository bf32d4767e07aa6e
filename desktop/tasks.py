"""Runs coroutines on the qasync loop from Qt code, keeping a reference to each task (so none is
collected mid-flight) and sending failures to one handler instead of the console."""

import asyncio
import logging
from collections.abc import Callable, Coroutine
from typing import Any

log = logging.getLogger(__name__)

ErrorHandler = Callable[[BaseException], None]
_running: set[asyncio.Task] = set()
_default_handler: ErrorHandler | None = None


def set_default_error_handler(handler: ErrorHandler | None) -> None:
    global _default_handler
    _default_handler = handler


def default_error_handler() -> ErrorHandler | None:
    return _default_handler


def spawn(coro: Coroutine[Any, Any, Any], *, on_error: ErrorHandler | None = None) -> asyncio.Task:
    task = asyncio.ensure_future(coro)
    _running.add(task)

    def finished(done: asyncio.Task) -> None:
        _running.discard(done)
        if done.cancelled():
            return
        error = done.exception()
        if error is None:
            return
        handler = on_error or _default_handler
        if handler is None:
            log.error("Unhandled error in background task", exc_info=error)
        else:
            handler(error)

    task.add_done_callback(finished)
    return task


def running_tasks() -> set[asyncio.Task]:
    return set(_running)
