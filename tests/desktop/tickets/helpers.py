"""Shared steps of the tickets tests: sign in, make a ticket of one's own, wait for a condition on
the qasync loop (never qtbot.waitUntil inside an async test)."""

import asyncio
import time
import uuid
from collections.abc import Callable

from desktop.tickets import operations
from desktop.tickets.store import TicketStore
from shared_schemas.enums import TicketPriority
from shared_schemas.tickets import TicketCreate, TicketDetail

CLIENT_A = "client.a@demo.fr"
CLIENT_B = "client.b@demo.fr"
AGENT = "agent@origyne.fr"
AGENT_2 = "agent2@origyne.fr"
ADMIN = "admin@origyne.fr"


async def until(condition: Callable[[], object], *, timeout: float = 10.0, what: str = "") -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what or condition}")
        await asyncio.sleep(0.02)


async def shown_and_active(widget) -> None:
    """Shows a top-level widget and waits until it is the active window (keyboard shortcuts
    only fire in the active window)."""
    from PySide6.QtWidgets import QApplication

    widget.show()
    widget.activateWindow()
    await until(lambda: QApplication.activeWindow() is widget.window(), what="the window to be active")


async def signed_in(make_ctx, sign_in_as, email: str):
    ctx = make_ctx()
    await sign_in_as(ctx, email)
    return ctx


def unique(text: str) -> str:
    """A subject no other test (or demo ticket) uses: searches find only this test's ticket."""
    return f"{text} {uuid.uuid4().hex[:10]}"


async def new_ticket(
    ctx,
    *,
    subject: str | None = None,
    description: str = "Le terminal ne s'allume plus depuis ce matin.",
    category: int = 2,
    priority: TicketPriority = TicketPriority.NORMAL,
    customer: int | None = None,
) -> TicketDetail:
    draft = TicketCreate(
        subject=subject or unique("Terminal bloqué"),
        description=description,
        category=category,
        priority=priority,
        customer=customer,
        client_uuid=operations.new_client_uuid(),
    )
    return await operations.create_ticket(ctx, TicketStore(), draft)
