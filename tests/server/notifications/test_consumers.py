"""The desktops' WebSocket (`/ws/v1/notifications`) through the whole ASGI application: bearer token
on the handshake, catch-up from `after_id`, live notifications of one's own group only."""

import asyncio
from datetime import timedelta

import pytest
from asgiref.sync import sync_to_async
from channels.layers import channel_layers
from channels.testing.websocket import WebsocketCommunicator
from django.db import connection
from django.utils import timezone
from rest_framework_simplejwt.tokens import AccessToken, RefreshToken

from accounts.services.auth import password_change
from accounts.services.sessions import TokenPair, session_sign_out, session_token_pair
from accounts.services.users import user_deactivate
from config.asgi import application
from crm.models import Customer
from crm.services import customer_update
from notifications.consumers import CLOSE_BAD_REQUEST, CLOSE_UNAUTHENTICATED
from notifications.models import Notification
from shared_schemas.enums import MessageKind
from tests.server import factories
from tickets.services.messages import message_add

pytestmark = [pytest.mark.asyncio, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


@pytest.fixture(autouse=True)
def _fresh_channel_layer():
    """The in-memory layer keeps queues bound to an event loop: one per test."""
    channel_layers.backends.clear()
    yield
    channel_layers.backends.clear()


def token_of(user) -> str:
    return str(RefreshToken.for_user(user).access_token)


def communicator(token: str | None, query: str = "") -> WebsocketCommunicator:
    headers = [(b"authorization", f"Bearer {token}".encode())] if token else []
    path = "/ws/v1/notifications" + (f"?{query}" if query else "")
    return WebsocketCommunicator(application, path, headers=headers)


async def connected(user, query: str = "") -> tuple[WebsocketCommunicator, list[dict]]:
    """A connection of `user`, and the notifications it was sent before `ready`."""
    socket = communicator(await sync_to_async(token_of)(user), query)
    accepted, _ = await socket.connect(timeout=5)
    assert accepted
    caught_up = []
    while True:
        message = await socket.receive_json_from(timeout=5)
        if message["type"] == "ready":
            return socket, caught_up
        caught_up.append(message["notification"])


async def closed_with(socket: WebsocketCommunicator) -> int:
    """The code the server closed with; the connection is then ended on the client side too, so the
    consumer stops within the test (not when the event loop is torn down)."""
    output = await socket.receive_output(timeout=5)
    assert output["type"] == "websocket.close"
    await socket.disconnect(code=output["code"], timeout=5)
    return output["code"]


async def test_a_reply_is_pushed_to_the_requester_and_not_to_another_customer(cast, ticket):
    alice, _ = await connected(cast["alice"])
    bob, _ = await connected(cast["bob"])
    marc = cast["marc"]

    await sync_to_async(message_add)(actor=marc, ticket=ticket, body="Nous regardons.", kind=MessageKind.REPLY)

    pushed = await alice.receive_json_from(timeout=5)
    assert pushed["type"] == "notification"
    assert pushed["notification"]["type"] == "message.created"
    assert pushed["notification"]["ticket"] == ticket.id
    assert pushed["notification"]["payload"]["excerpt"] == "Nous regardons."
    assert await bob.receive_nothing(timeout=0.3)
    await alice.disconnect()
    await bob.disconnect()


async def test_an_internal_note_reaches_staff_but_never_the_client(cast, ticket):
    alice, _ = await connected(cast["alice"])
    lea, _ = await connected(cast["lea"])  # watcher

    await sync_to_async(message_add)(actor=cast["marc"], ticket=ticket, body="Lot 42", kind=MessageKind.NOTE)

    note = await lea.receive_json_from(timeout=5)
    assert note["notification"]["type"] == "note.created"
    assert await alice.receive_nothing(timeout=0.3)
    await alice.disconnect()
    await lea.disconnect()


async def test_every_connected_desktop_of_a_user_receives_it(cast, ticket):
    first, _ = await connected(cast["alice"])
    second, _ = await connected(cast["alice"])

    await sync_to_async(message_add)(actor=cast["marc"], ticket=ticket, body="Bonjour", kind=MessageKind.REPLY)

    a, b = await first.receive_json_from(timeout=5), await second.receive_json_from(timeout=5)
    assert a["notification"]["id"] == b["notification"]["id"]
    await first.disconnect()
    await second.disconnect()


def _notify(user, count: int, *, age: timedelta = timedelta(hours=1)) -> list[Notification]:
    created = timezone.now() - age
    return [
        Notification.objects.create(recipient=user, type="message.created", payload={}, created_at=created)
        for _ in range(count)
    ]


async def test_a_reconnecting_desktop_gets_what_it_missed_oldest_first(cast):
    mine = await sync_to_async(_notify)(cast["alice"], 4)
    await sync_to_async(_notify)(cast["bob"], 2)

    socket, caught_up = await connected(cast["alice"], f"after_id={mine[1].id}")

    assert [n["id"] for n in caught_up] == [mine[2].id, mine[3].id]
    await socket.disconnect()


async def test_catch_up_repeats_the_last_moments_whatever_their_id(cast):
    """A notification committed just after a higher id was pushed must not be skipped."""
    late = await sync_to_async(_notify)(cast["alice"], 1, age=timedelta(seconds=2))
    newer = await sync_to_async(_notify)(cast["alice"], 1, age=timedelta(seconds=1))

    socket, caught_up = await connected(cast["alice"], f"after_id={newer[0].id}")

    assert [n["id"] for n in caught_up] == [late[0].id, newer[0].id]
    await socket.disconnect()


async def test_without_a_token_the_connection_is_closed_as_unauthenticated(cast):
    socket = communicator(None)
    accepted, _ = await socket.connect(timeout=5)
    assert accepted
    assert await closed_with(socket) == CLOSE_UNAUTHENTICATED


async def test_a_forged_or_refresh_token_is_refused(cast):
    refresh = await sync_to_async(lambda: str(RefreshToken.for_user(cast["alice"])))()
    for token in ("forged.token.value", refresh):
        socket = communicator(token)
        await socket.connect(timeout=5)
        assert await closed_with(socket) == CLOSE_UNAUTHENTICATED


async def test_a_deactivated_user_is_refused(cast):
    alice = cast["alice"]
    token = await sync_to_async(token_of)(alice)
    alice.is_active = False
    await sync_to_async(alice.save)(update_fields=["is_active"])

    socket = communicator(token)
    await socket.connect(timeout=5)
    assert await closed_with(socket) == CLOSE_UNAUTHENTICATED


async def test_a_bad_after_id_is_refused(cast):
    token = await sync_to_async(token_of)(cast["alice"])
    for query in ("after_id=abc", "after_id=-1", f"after_id={2**63}"):
        socket = communicator(token, query)
        await socket.connect(timeout=5)
        assert await closed_with(socket) == CLOSE_BAD_REQUEST


async def test_the_connection_closes_when_the_access_token_expires(cast, settings):
    def short_token():
        access = RefreshToken.for_user(cast["alice"]).access_token
        access.set_exp(lifetime=timedelta(seconds=1))
        return str(access)

    socket = communicator(await sync_to_async(short_token)())
    await socket.connect(timeout=5)
    assert (await socket.receive_json_from(timeout=5))["type"] == "ready"
    assert await closed_with(socket) == CLOSE_UNAUTHENTICATED


async def test_a_notification_from_a_thread_without_event_loop_is_pushed(cast, ticket):
    """Jobs commit in their own thread: the push hops onto the server's loop."""
    alice, _ = await connected(cast["alice"])

    def in_a_job_thread():
        try:
            message_add(actor=cast["marc"], ticket=ticket, body="Rappel", kind=MessageKind.REPLY)
        finally:
            connection.close()  # as the jobs runner does

    await asyncio.get_running_loop().run_in_executor(None, in_a_job_thread)

    pushed = await alice.receive_json_from(timeout=5)
    assert pushed["notification"]["payload"]["excerpt"] == "Rappel"
    await alice.disconnect()


async def connected_in_a_session(user) -> tuple[WebsocketCommunicator, TokenPair]:
    """A connection opened with the access token of a real session (as signing in gives)."""
    pair = await sync_to_async(session_token_pair)(user=user)
    socket = communicator(pair.access)
    accepted, _ = await socket.connect(timeout=5)
    assert accepted
    assert (await socket.receive_json_from(timeout=5))["type"] == "ready"
    return socket, pair


@pytest.fixture
def slow_safety_net(settings):
    """The periodic check far away: a close within seconds is the session-ending message's doing."""
    settings.SAV_PUSH_SESSION_CHECK_SECONDS = 600


async def still_open(socket: WebsocketCommunicator) -> bool:
    open_ = await socket.receive_nothing(timeout=0.3)
    await socket.disconnect()
    return open_


async def test_signing_out_closes_that_sessions_channel_at_once_and_no_other(cast, slow_safety_net):
    alice = cast["alice"]
    laptop, pair = await connected_in_a_session(alice)
    phone, _ = await connected_in_a_session(alice)

    await sync_to_async(session_sign_out)(
        actor=alice, access=AccessToken(pair.access), refresh=pair.refresh, all_sessions=False
    )

    assert await closed_with(laptop) == CLOSE_UNAUTHENTICATED
    assert await still_open(phone)


async def test_signing_out_everywhere_closes_every_channel_of_the_user(cast, slow_safety_net):
    alice = cast["alice"]
    laptop, pair = await connected_in_a_session(alice)
    phone, _ = await connected_in_a_session(alice)
    bob, _ = await connected_in_a_session(cast["bob"])

    await sync_to_async(session_sign_out)(actor=alice, access=AccessToken(pair.access), refresh=None, all_sessions=True)

    assert await closed_with(laptop) == CLOSE_UNAUTHENTICATED
    assert await closed_with(phone) == CLOSE_UNAUTHENTICATED
    assert await still_open(bob)


async def test_a_password_change_closes_the_channels_opened_before_it(cast, slow_safety_net):
    alice = cast["alice"]
    socket, _ = await connected_in_a_session(alice)

    await sync_to_async(password_change)(
        actor=alice, current_password=factories.PASSWORD, new_password="Another-Horse-43", session_started_at=None
    )

    assert await closed_with(socket) == CLOSE_UNAUTHENTICATED


async def test_deactivating_a_user_closes_their_channels_at_once(cast, slow_safety_net):
    alice, _ = await connected_in_a_session(cast["alice"])
    carol, _ = await connected_in_a_session(cast["carol"])

    await sync_to_async(user_deactivate)(actor=cast["anne"], user=cast["alice"])

    assert await closed_with(alice) == CLOSE_UNAUTHENTICATED
    assert await still_open(carol)


async def test_deactivating_a_customer_closes_the_channels_of_its_clients_at_once(cast, slow_safety_net):
    alice, _ = await connected_in_a_session(cast["alice"])
    carol, _ = await connected_in_a_session(cast["carol"])
    bob, _ = await connected_in_a_session(cast["bob"])
    marc, _ = await connected_in_a_session(cast["marc"])

    await sync_to_async(customer_update)(actor=cast["anne"], customer_id=cast["alice"].customer_id, is_active=False)

    assert await closed_with(alice) == CLOSE_UNAUTHENTICATED
    assert await closed_with(carol) == CLOSE_UNAUTHENTICATED
    assert await still_open(bob)
    assert await still_open(marc)


async def test_the_periodic_check_closes_a_channel_whose_session_ended_without_a_message(cast, settings):
    settings.SAV_PUSH_SESSION_CHECK_SECONDS = 1
    alice, _ = await connected_in_a_session(cast["alice"])
    bob, _ = await connected_in_a_session(cast["bob"])

    await sync_to_async(Customer.objects.filter(pk=cast["alice"].customer_id).update)(is_active=False)

    assert await closed_with(alice) == CLOSE_UNAUTHENTICATED
    assert await still_open(bob)
