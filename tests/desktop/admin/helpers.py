"""Shared steps of the administration tests: every test creates its own objects, with unique
names, on the shared live server (never changing the demo accounts others rely on)."""

import uuid

from tests.desktop.conftest import DEMO_PASSWORD

ADMIN = "admin@origyne.fr"
AGENT = "agent@origyne.fr"
PASSWORD = DEMO_PASSWORD


def unique(prefix: str) -> str:
    """`unique("Zz Alice")` → "Zz Alice 3f9c1a2b": "Zz" keeps test objects at the end of lists
    sorted by name, out of the way of other tests on the same server."""
    return f"{prefix} {uuid.uuid4().hex[:8]}"


def unique_email(name: str) -> str:
    return f"{name}.{uuid.uuid4().hex[:8]}@tests.origyne.fr"


async def signed_in(make_ctx, sign_in_as, email: str = ADMIN):
    ctx = make_ctx()
    await sign_in_as(ctx, email)
    return ctx
