"""Signed-in API clients and push clients against a live server process (no Qt needed)."""

import asyncio
import time
import uuid

from desktop.api.client import ApiClient
from desktop.api.errors import SessionExpired
from desktop.push.client import PushClient, SessionRefused
from shared_schemas.notifications import NotificationOut

DEMO_PASSWORD = "SavDemo!2026"
AGENT, CLIENT_A, CLIENT_B = "agent@origyne.fr", "client.a@demo.fr", "client.b@demo.fr"
ADMIN = "admin@origyne.fr"


async def signed_api(server_url: str, email: str) -> ApiClient:
    api = ApiClient(server_url)
    body = await api.request("POST", "auth/login", json={"email": email, "password": DEMO_PASSWORD},
                             authenticated=False)
    await api.set_tokens(body["access"], body["refresh"])
    return api


async def a_client_of_a_new_customer(admin_api: ApiClient, server_url: str, name: str) -> tuple[dict, str, ApiClient]:
    """A customer made for the test (the shared demo data stays as it is) and its client, signed in."""
    suffix = uuid.uuid4().hex[:8]
    customer = await admin_api.post("customers", {"external_id": f"CRM-T{suffix}", "name": name})
    email = f"client.{suffix}@example.fr"
    await admin_api.post(
        "users",
        {"email": email, "full_name": "Chloé Test", "role": "client", "customer": customer["id"],
         "password": DEMO_PASSWORD},
    )
    return customer, email, await signed_api(server_url, email)


def session_token(api: ApiClient):
    """The token provider as the desktop's push service gives it: a refused refresh ends the session."""

    async def access_token(stale: str | None = None) -> str:
        try:
            return await api.access_token(stale)
        except SessionExpired as exc:
            raise SessionRefused from exc

    return access_token


class Listener:
    """A push client and what it received."""

    def __init__(self, server_url: str, api: ApiClient, *, last_id: int = 0) -> None:
        self.api = api
        self.received: list[NotificationOut] = []
        self.client = PushClient(
            server_url, access_token=session_token(api), on_notification=self.received.append,
            last_id=last_id, first_delay=0.05, max_delay=0.5,
        )

    async def start(self) -> "Listener":
        self.client.start()
        await self.client.wait_ready(timeout=15)
        return self

    async def stop(self) -> None:
        await self.client.stop()

    def of_type(self, kind: str, ticket_id: int | None = None) -> list[NotificationOut]:
        return [n for n in self.received if n.type == kind and (ticket_id is None or n.ticket == ticket_id)]


async def until(condition, *, timeout: float = 15.0, what: str = "") -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what or condition}")
        await asyncio.sleep(0.01)


async def open_ticket_as_client(api: ApiClient, subject: str) -> dict:
    categories = await api.get("categories")
    category = categories[0]["id"] if isinstance(categories, list) else categories["results"][0]["id"]
    return await api.post(
        "tickets",
        {"subject": subject, "description": "Le terminal ne démarre plus.", "category": category,
         "client_uuid": str(uuid.uuid4())},
    )


async def reply(api: ApiClient, ticket_id: int, body: str, *, kind: str = "reply") -> dict:
    return await api.post(f"tickets/{ticket_id}/messages", {"body": body, "kind": kind})
