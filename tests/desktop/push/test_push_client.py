"""The issue's push acceptance: a real ASGI server process and the desktop's own WebSocket client."""

import time

import httpx
import pytest

from desktop.api.errors import ApiError
from desktop.push.client import PushState
from tests.desktop.push.helpers import (
    ADMIN,
    AGENT,
    CLIENT_A,
    CLIENT_B,
    Listener,
    a_client_of_a_new_customer,
    open_ticket_as_client,
    reply,
    signed_api,
    until,
)

pytestmark = pytest.mark.asyncio


async def test_a_reply_reaches_its_client_live_and_nobody_else(sav_server):
    agent_api = await signed_api(sav_server.url, AGENT)
    alice_api = await signed_api(sav_server.url, CLIENT_A)
    bob_api = await signed_api(sav_server.url, CLIENT_B)
    agent, alice, bob = [await Listener(sav_server.url, api).start() for api in (agent_api, alice_api, bob_api)]
    try:
        ticket = await open_ticket_as_client(alice_api, "Écran noir au démarrage")
        await until(lambda: agent.of_type("ticket.created", ticket["id"]), what="staff told of the new ticket")

        await reply(agent_api, ticket["id"], "Pouvez-vous redémarrer le terminal ?")
        await until(lambda: alice.of_type("message.created", ticket["id"]), what="the reply pushed to the client")
        pushed = alice.of_type("message.created", ticket["id"])[0]
        assert pushed.payload.reference == ticket["reference"]
        assert pushed.payload.excerpt == "Pouvez-vous redémarrer le terminal ?"

        await reply(agent_api, ticket["id"], "Note : voir le lot 42", kind="note")
        await reply(agent_api, ticket["id"], "Merci de confirmer.")
        await until(lambda: len(alice.of_type("message.created", ticket["id"])) == 2)
        assert not [n for n in alice.received if n.ticket == ticket["id"] and n.type == "note.created"]
        assert not [n for n in bob.received if n.ticket == ticket["id"]]  # another customer: nothing
        assert not bob.received
    finally:
        for listener in (agent, alice, bob):
            await listener.stop()
        for api in (agent_api, alice_api, bob_api):
            await api.close()


async def test_a_disconnected_client_catches_up_on_reconnection(sav_server):
    agent_api = await signed_api(sav_server.url, AGENT)
    alice_api = await signed_api(sav_server.url, CLIENT_A)
    alice = await Listener(sav_server.url, alice_api).start()
    try:
        ticket = await open_ticket_as_client(alice_api, "Imprimante bloquée")
        await reply(agent_api, ticket["id"], "Première réponse")
        await until(lambda: alice.of_type("message.created", ticket["id"]))
        await alice.stop()

        await reply(agent_api, ticket["id"], "Réponse pendant la coupure")
        await agent_api.post(f"tickets/{ticket['id']}/wait")

        alice.client.start()  # same client, from its last id
        await alice.client.wait_ready(timeout=15)
        await until(lambda: len(alice.of_type("message.created", ticket["id"])) == 2, what="the missed reply")
        await until(lambda: alice.of_type("ticket.status_changed", ticket["id"]), what="the missed status change")
        ids = [n.id for n in alice.received]
        assert len(ids) == len(set(ids)), "a notification was delivered twice"
        assert alice.client.connections == 2

        fresh = await Listener(sav_server.url, alice_api, last_id=0).start()  # a new install: everything
        try:
            assert {n.id for n in alice.received} <= {n.id for n in fresh.received}
        finally:
            await fresh.stop()
    finally:
        await alice.stop()
        await agent_api.close()
        await alice_api.close()


async def test_a_bad_token_is_refused_and_the_client_refreshes_it(sav_server):
    alice_api = await signed_api(sav_server.url, CLIENT_A)
    good_refresh = alice_api.tokens.refresh
    await alice_api.set_tokens("not-a-token", good_refresh)
    alice = Listener(sav_server.url, alice_api)
    try:
        await alice.start()  # refused with 4401, refreshed through the API, connected
        assert alice_api.tokens.access != "not-a-token"
        assert alice.client.connections == 2
    finally:
        await alice.stop()
        await alice_api.close()


async def test_deactivating_its_customer_stops_a_clients_push_channel_within_seconds(sav_server):
    admin_api = await signed_api(sav_server.url, ADMIN)
    customer, email, client_api = await a_client_of_a_new_customer(admin_api, sav_server.url, "Fromagerie Test")
    listener = await Listener(sav_server.url, client_api).start()
    try:
        await admin_api.patch(f"customers/{customer['id']}", {"is_active": False})
        deactivated_at = time.monotonic()

        await until(lambda: listener.client.state == PushState.STOPPED, timeout=4, what="the channel closed")
        assert time.monotonic() - deactivated_at < 4
        with pytest.raises(ApiError) as refused:
            await signed_api(sav_server.url, email)
        assert refused.value.code == "customer_inactive"
    finally:
        await listener.stop()
        await client_api.close()
        await admin_api.close()


async def test_signing_out_stops_the_push_channel_and_refuses_the_access_token(sav_server):
    alice_api = await signed_api(sav_server.url, CLIENT_A)
    listener = await Listener(sav_server.url, alice_api).start()
    access = alice_api.tokens.access
    try:
        await alice_api.post("auth/logout", {"refresh": alice_api.tokens.refresh})

        await until(lambda: listener.client.state == PushState.STOPPED, timeout=4, what="the channel closed")
        answer = httpx.get(f"{sav_server.url}/api/v1/me", headers={"Authorization": f"Bearer {access}"}, timeout=10)
        assert answer.status_code == 401
    finally:
        await listener.stop()
        await alice_api.close()
