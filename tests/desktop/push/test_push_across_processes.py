"""With Redis, any server process reaches any desktop: two server processes on one database, a reply
posted to the first reaches a desktop connected to the second (channels-redis), and a sign-out through
the first is refused by the second at once (the deny-list in the Redis cache)."""

import os
import uuid

import httpx
import pytest
import redis

from desktop.push.client import PushState
from tests.desktop.push.helpers import AGENT, CLIENT_A, Listener, open_ticket_as_client, reply, signed_api, until
from tests.live_server import LiveServer

pytestmark = pytest.mark.asyncio

REDIS_URL = os.environ.get("SAV_TEST_REDIS_URL", "redis://127.0.0.1:6379/14")


def redis_reachable() -> bool:
    try:
        return bool(redis.Redis.from_url(REDIS_URL, socket_connect_timeout=1).ping())
    except redis.RedisError:
        return False


@pytest.fixture(scope="module")
def two_servers(tmp_path_factory):
    if not redis_reachable():
        pytest.skip(f"Redis is not reachable at {REDIS_URL} (.ci/run starts it)")
    data_dir = tmp_path_factory.mktemp("two-servers")
    env = {"REDIS_URL": REDIS_URL, "SAV_CHANNEL_PREFIX": f"sav-test-{uuid.uuid4().hex[:8]}"}
    first, second = LiveServer(data_dir, extra_env=env), LiveServer(data_dir, extra_env=env)
    first.prepare()
    first.start()
    second.start()
    yield first, second
    second.stop()
    first.stop()


async def test_a_reply_posted_to_one_process_reaches_a_desktop_on_another(two_servers):
    first, second = two_servers
    assert first.port != second.port
    agent_api = await signed_api(first.url, AGENT)
    alice_api = await signed_api(second.url, CLIENT_A)
    alice = await Listener(second.url, alice_api).start()  # connected to process 2
    try:
        ticket = await open_ticket_as_client(alice_api, "Lecteur de badge muet")
        await reply(agent_api, ticket["id"], "Réponse depuis le premier serveur")  # posted to process 1

        await until(lambda: alice.of_type("message.created", ticket["id"]), what="the reply through Redis")
        assert alice.of_type("message.created", ticket["id"])[0].payload.excerpt == "Réponse depuis le premier serveur"
    finally:
        await alice.stop()
        await agent_api.close()
        await alice_api.close()


async def test_a_sign_out_through_one_process_is_refused_by_the_other_at_once(two_servers):
    """The deny-list lives in Redis and the close message crosses the channel layer."""
    first, second = two_servers
    alice_api = await signed_api(first.url, CLIENT_A)
    access = alice_api.tokens.access
    alice = await Listener(second.url, alice_api).start()  # its channel on process 2
    try:
        assert httpx.get(f"{second.url}/api/v1/me", headers={"Authorization": f"Bearer {access}"}).status_code == 200

        await alice_api.post("auth/logout", {"refresh": alice_api.tokens.refresh})  # through process 1

        answer = httpx.get(f"{second.url}/api/v1/me", headers={"Authorization": f"Bearer {access}"}, timeout=10)
        assert answer.status_code == 401
        await until(lambda: alice.client.state == PushState.STOPPED, timeout=4, what="the channel on process 2 closed")
    finally:
        await alice.stop()
        await alice_api.close()
