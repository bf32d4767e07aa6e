"""The app's push service: what existed before sign-in is not announced as news, even when the
catch-up repeats the last minute; what comes after is. A password change keeps the channel of the
desktop it was made on and closes the others."""

import pytest

from desktop.api.errors import ApiError
from desktop.auth import operations as auth
from desktop.notifications.operations import PAGE_SIZE
from desktop.push.client import PushState
from tests.desktop.push.helpers import ADMIN, DEMO_PASSWORD, a_client_of_a_new_customer, reply, signed_api
from tests.desktop.tickets.helpers import AGENT, CLIENT_A, new_ticket, signed_in, unique, until

pytestmark = pytest.mark.asyncio


async def test_notifications_from_before_sign_in_are_listed_not_announced(make_ctx, sign_in_as):
    alice = await signed_in(make_ctx, sign_in_as, CLIENT_A)
    # More than the first page the app reads, all within the minute the catch-up repeats.
    before = [await new_ticket(alice, subject=unique("Avant connexion")) for _ in range(PAGE_SIZE + 5)]
    agent = make_ctx()
    agent.push.configure(first_delay=0.05, max_delay=0.5)
    announced = []
    agent.notifications.received.connect(announced.append)

    await sign_in_as(agent, AGENT)
    await until(lambda: agent.push.state == PushState.LIVE, what="the push channel")
    await until(lambda: agent.notifications.loaded)

    await until(lambda: {t.id for t in before} <= {n.ticket for n in agent.notifications.items},
                what="the older ones listed by the catch-up")
    assert announced == []

    after = await new_ticket(alice, subject=unique("Après connexion"))
    await until(lambda: announced, what="the new ticket announced")
    assert [n.ticket for n in announced] == [after.id]


async def test_a_password_change_keeps_this_desktops_channel_and_closes_the_others(make_ctx, sign_in_as, sav_server):
    admin_api = await signed_api(sav_server.url, ADMIN)
    agent_api = await signed_api(sav_server.url, AGENT)
    _, email, client_api = await a_client_of_a_new_customer(admin_api, sav_server.url, "Boulangerie Test")
    await client_api.close()
    laptop, phone = make_ctx(), make_ctx()
    for ctx in (laptop, phone):
        ctx.push.configure(first_delay=0.05, max_delay=0.5)
        await sign_in_as(ctx, email)
    await until(lambda: laptop.push.state == phone.push.state == PushState.LIVE, what="both channels live")
    laptop_channel, phone_refresh = laptop.push.client, phone.api.tokens.refresh
    announced = []
    laptop.notifications.received.connect(announced.append)
    try:
        # The server closes every channel of the user as it commits, before its answer arrives.
        await auth.change_password(laptop, current_password=DEMO_PASSWORD, new_password="Pain-De-Mie-2026!")

        await until(lambda: phone.push.state == PushState.STOPPED, timeout=4, what="the phone's channel closed")
        with pytest.raises(ApiError) as refused:
            await phone.api.request("POST", "auth/refresh", json={"refresh": phone_refresh}, authenticated=False)
        assert refused.value.status == 401  # the phone's session is over
        await until(lambda: laptop_channel.connections == 2 and laptop.push.state == PushState.LIVE,
                    what="the laptop's channel reconnected with the new pair")
        assert laptop.push.client is laptop_channel and laptop.session.is_signed_in
        ticket = await new_ticket(laptop, subject=unique("Four en panne"))
        await reply(agent_api, ticket.id, "Un technicien passe demain.")
        await until(lambda: [n for n in announced if n.ticket == ticket.id and n.type == "message.created"],
                    what="the reply pushed to the laptop")
    finally:
        if laptop.has_api:
            await auth.sign_out(laptop)
        await phone.detach_api()
        await agent_api.close()
        await admin_api.close()
