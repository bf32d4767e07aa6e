"""Fixtures of the outbox tests: a signed-in context whose outbox lives in a temporary directory,
and an httpx transport that can cut the network or lose the server's answer — a stand-in for the
network only; every request that goes through reaches the real server."""

import asyncio

import httpx
import pytest

from desktop.api.client import ApiClient


class FlakyNetwork(httpx.AsyncBaseTransport):
    """`down`: nothing reaches the server. `lose_answers`: requests matching it reach the server,
    which commits them, and then the answer is lost. `hold`: matching requests reach the server
    and the answer never comes back (the app is "killed" while waiting)."""

    def __init__(self) -> None:
        self._inner = httpx.AsyncHTTPTransport()
        self.down = False
        self.lose_answers = 0
        self.hold = False
        self.forwarded: list[httpx.Request] = []
        self.held = asyncio.Event()

    @staticmethod
    def _is_send(request: httpx.Request) -> bool:
        return request.method == "POST" and (
            request.url.path.endswith("/tickets") or request.url.path.endswith("/messages")
        )

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if self.down:
            raise httpx.ConnectError("network is down", request=request)
        response = await self._inner.handle_async_request(request)
        if not self._is_send(request):
            return response
        await response.aread()
        self.forwarded.append(request)
        if self.hold:
            self.held.set()
            await asyncio.Event().wait()
        if self.lose_answers:
            self.lose_answers -= 1
            raise httpx.ReadError("connection reset before the answer", request=request)
        return response

    async def aclose(self) -> None:
        await self._inner.aclose()


async def through(ctx, network: FlakyNetwork) -> ApiClient:
    """Puts the signed-in context's API calls through `network`."""
    api = ApiClient(ctx.api.server_url, transport=network)
    await api.set_tokens(ctx.api.tokens.access, ctx.api.tokens.refresh)
    previous = ctx.api
    ctx.attach_api(api)
    await previous.close()
    return api


@pytest.fixture
def outbox_ctx(make_ctx, sign_in_as, tmp_path):
    """`await outbox_ctx(email)` → a context signed in as `email`, its outbox in tmp_path."""
    made = []

    async def make(email: str, *, data_dir=None):
        ctx = make_ctx()
        ctx.connection.configure(first_delay=0.05, max_delay=0.3, heartbeat=0.2)
        ctx.outbox.configure(data_dir=data_dir or tmp_path, first_delay=0.05, max_delay=0.3)
        made.append(ctx)
        await sign_in_as(ctx, email)
        return ctx

    yield make
    for ctx in made:
        ctx.outbox.close()
