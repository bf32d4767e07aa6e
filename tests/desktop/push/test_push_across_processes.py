"""With Redis, any server process reaches any desktop: two server processes on one database, a reply
posted to the first reaches a desktop connected to the second (channels-redis)."""

import os
import uuid

import pytest
import redis

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
