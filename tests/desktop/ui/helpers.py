"""Helpers of the shell tests: awaiting a condition on the running qasync loop (never a fixed
sleep), signing in through the page, and reading the live server's e-mails."""

import asyncio
import contextlib
import re
import subprocess
import sys
import time
from pathlib import Path

from desktop import tasks
from tests.live_server import SERVER_DIR, LiveServer

_CODE = re.compile(r"code de réinitialisation : (\d{8})")


def reset_codes(data_dir: Path, email: str) -> list[str]:
    """The codes of the reset e-mails sent to `email` so far, oldest first (file e-mail backend)."""
    mail_dir = Path(data_dir) / "mail"
    if not mail_dir.exists():
        return []
    codes = []
    for path in sorted(mail_dir.iterdir(), key=lambda p: p.stat().st_mtime_ns):
        text = path.read_text(encoding="utf-8", errors="replace")
        # A file may hold several messages (one sender batch).
        for message in text.split("-" * 79):
            found = _CODE.search(message)
            if f"To: {email}" in message and found:
                codes.append(found.group(1))
    return codes


async def next_reset_code(server: LiveServer, email: str, *, after: int) -> str:
    """The code of the reset e-mail that follows the first `after` ones. The request only queued it in
    the e-mail outbox; the sender runs here once, as a server's embedded worker does after the commit
    (the test server runs without embedded workers)."""
    await asyncio.to_thread(
        subprocess.run, [sys.executable, "manage.py", "send_emails", "--once"],
        cwd=SERVER_DIR, env=server.env, check=True, capture_output=True,
    )
    codes = reset_codes(server.data_dir, email)
    assert len(codes) > after, f"no new reset e-mail to {email}"
    return codes[-1]


async def until(predicate, *, timeout: float = 10.0, interval: float = 0.02, what: str = "") -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what or predicate}")
        await asyncio.sleep(interval)


async def sign_in_through_the_page(window, server_url: str, email: str, password: str, *, stay: bool = True):
    page = window.sign_in_page.sign_in
    page.server.setText(server_url)
    page.email.setText(email)
    page.password.setText(password)
    page.remember.setChecked(stay)
    task = window.sign_in_page.submit()
    assert task is not None
    await task


def stop_windows_left_open(windows) -> None:
    """Teardown of main windows a test did not shut down (it failed before awaiting shut_down()): stop
    what can be stopped without a loop."""
    for window in windows:
        if window._shutting_down:
            continue
        tasks.set_default_error_handler(None)
        for task in tasks.running_tasks():
            task.cancel()
        with contextlib.suppress(RuntimeError):  # the window may already be deleted
            window.ctx.connection.stop()
            window._closing = True
            window.close()
