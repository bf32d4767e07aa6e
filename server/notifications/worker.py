"""The embedded e-mail worker: one daemon thread per server process, woken after each commit that
wrote notifications and polling every SAV_EMAIL_POLL_SECONDS (rows left by a crash, retries).

Started by `config/asgi.py` (so only a process that serves requests runs it, never a management
command or a test) when SAV_EMBEDDED_WORKERS is on, the embedded default. At scale
SAV_EMBEDDED_WORKERS=false and a Celery worker calls `send_pending_emails` instead."""

import logging
import os
import socket
import threading

from django.conf import settings
from django.db import close_old_connections, connection

logger = logging.getLogger(__name__)

_wake = threading.Event()
_lock = threading.Lock()
_thread: threading.Thread | None = None


def wake() -> None:
    _wake.set()


def worker_id() -> str:
    return f"{socket.gethostname()}:{os.getpid()}"


def _run() -> None:
    from notifications.services.email_sender import drain

    me = worker_id()
    while True:
        _wake.wait(timeout=settings.SAV_EMAIL_POLL_SECONDS)
        _wake.clear()
        try:
            close_old_connections()
            drain(worker_id=me)
        except Exception:
            logger.exception("the e-mail worker failed; it retries at the next poll")
        finally:
            connection.close()


def start_embedded() -> bool:
    """Start the sender in a daemon thread of this server process, once, when SAV_EMBEDDED_WORKERS is on."""
    global _thread
    if not settings.SAV_EMBEDDED_WORKERS:
        return False
    with _lock:
        if _thread is None:
            _thread = threading.Thread(target=_run, name="sav-email-worker", daemon=True)
            _thread.start()
    return True
