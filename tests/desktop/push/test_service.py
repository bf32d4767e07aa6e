"""The app's push service: what existed before sign-in is not announced as news, even when the
catch-up repeats the last minute; what comes after is."""

import pytest

from desktop.notifications.operations import PAGE_SIZE
from desktop.push.client import PushState
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
