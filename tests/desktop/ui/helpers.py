"""Helpers of the shell tests: awaiting a condition on the running qasync loop (never a fixed
sleep), signing in through the page, and reading the live server's e-mails."""

import asyncio
import re
import time
from pathlib import Path

_CODE = re.compile(r"code de réinitialisation : (\d{8})")


def latest_reset_code(data_dir: Path, email: str) -> str | None:
    """The code of the newest reset e-mail sent to `email` (file e-mail backend)."""
    mail_dir = Path(data_dir) / "mail"
    if not mail_dir.exists():
        return None
    for path in sorted(mail_dir.iterdir(), key=lambda p: p.stat().st_mtime_ns, reverse=True):
        text = path.read_text(encoding="utf-8", errors="replace")
        # A file may hold several messages: keep the last one addressed to this user.
        for message in reversed(text.split("-" * 79)):
            if f"To: {email}" in message:
                found = _CODE.search(message)
                if found:
                    return found.group(1)
    return None


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
