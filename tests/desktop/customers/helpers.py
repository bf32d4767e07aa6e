"""Shared steps of the customer record tests: a signed-in shell on the live server, changes made
straight in the server's database where no endpoint makes them (an order the CRM deactivated),
and the invitations the server e-mailed."""

import asyncio
import re
import subprocess
import sys
from pathlib import Path

from PySide6.QtWidgets import QMenu

from desktop.ui.shell import Shell
from tests.live_server import SERVER_DIR, LiveServer

_INVITATION_CODE = re.compile(r"Votre code : (\d{8})")


async def open_shell(qtbot, ctx) -> Shell:
    """The signed-in user's shell, shown in a window of its own (dialogs open over it)."""
    menu = QMenu()
    shell = Shell(ctx, ctx.session.user, menu)
    shell.menu = menu  # the header's account button only keeps a reference to it
    qtbot.addWidget(shell)
    shell.resize(1280, 820)
    shell.show()
    return shell


async def server_shell(server: LiveServer, code: str) -> str:
    """Runs Python in the live server's Django (`manage.py shell -c`) and returns what it printed."""
    done = await asyncio.to_thread(
        subprocess.run, [sys.executable, "manage.py", "shell", "-c", code],
        cwd=SERVER_DIR, env=server.env, check=True, capture_output=True, text=True,
    )
    return done.stdout.strip()


async def invitation_codes(server: LiveServer, email: str) -> list[str]:
    """The codes of the invitations e-mailed to `email`: the e-mail outbox is sent once first, as a
    server's embedded worker does after the commit (the test server runs without workers)."""
    await asyncio.to_thread(
        subprocess.run, [sys.executable, "manage.py", "send_emails", "--once"],
        cwd=SERVER_DIR, env=server.env, check=True, capture_output=True,
    )
    mail_dir = Path(server.data_dir) / "mail"
    codes = []
    for path in sorted(mail_dir.iterdir(), key=lambda p: p.stat().st_mtime_ns) if mail_dir.exists() else []:
        for message in path.read_text(encoding="utf-8", errors="replace").split("-" * 79):
            found = _INVITATION_CODE.search(message)
            if f"To: {email}" in message and found:
                codes.append(found.group(1))
    return codes
