"""The sync against a real server: queued items reach it exactly once — after a server restart,
a lost answer or a crash mid-send — in order, a reply to a queued ticket going to its real id; a
definitive refusal stays visible with its reason until the user cancels it."""

import uuid

import pytest

from desktop.api.errors import ApiError, OfflineError, SessionExpired
from desktop.outbox.store import CREATE_TICKET, PENDING, REFUSED, OutboxStore
from desktop.outbox.sync import OutboxSync, is_retried
from desktop.tickets import operations
from desktop.tickets.store import TicketStore
from shared_schemas.enums import TicketAction
from shared_schemas.tickets import TicketDetail
from tests.desktop.outbox.conftest import FlakyNetwork, through
from tests.desktop.tickets.helpers import AGENT, CLIENT_A, new_ticket, signed_in, unique, until

pytestmark = pytest.mark.asyncio


def ticket_payload(subject: str) -> dict:
    return {"subject": subject, "description": "Le terminal ne démarre plus.", "category": 2, "priority": "normal"}


async def messages_with(ctx, ticket_id: int, client_uuid: uuid.UUID) -> list:
    detail = TicketDetail.model_validate(await ctx.api.get(f"tickets/{ticket_id}"))
    return [m for m in detail.messages if m.client_uuid == client_uuid]


async def tickets_titled(ctx, subject: str) -> list:
    body = await ctx.api.get("tickets", q=subject)
    return [t for t in body["results"] if t["subject"] == subject]


async def test_what_was_sent_while_the_server_was_down_reaches_it_once_when_it_is_back(outbox_ctx, sav_server):
    alice = await outbox_ctx(CLIENT_A)
    existing = await new_ticket(alice)
    watched = TicketStore()
    alice.outbox.watch(watched)
    created = []
    watched.ticket_created.connect(created.append)
    subject = unique("Imprimante hors ligne")
    reply_uuid, ticket_uuid, follow_up_uuid = uuid.uuid4(), uuid.uuid4(), uuid.uuid4()

    sav_server.stop()
    try:
        with pytest.raises(OfflineError):
            await operations.post_message(alice, existing.id, body="Toujours en panne.", client_uuid=reply_uuid)
        alice.outbox.queue_message(ticket_id=existing.id, body="Toujours en panne.", kind="reply",
                                   client_uuid=reply_uuid)
        ticket_seq = alice.outbox.queue_ticket(ticket_payload(subject), ticket_uuid)
        alice.outbox.queue_message(depends_on=ticket_seq, body="Numéro de série T2260000001", kind="reply",
                                   client_uuid=follow_up_uuid)
        await until(lambda: not alice.connection.online, what="the app to notice the server is down")
        assert [(i.kind, i.state) for i in alice.outbox.items()] == [
            ("message", PENDING), (CREATE_TICKET, PENDING), ("message", PENDING)
        ]
    finally:
        sav_server.start()

    await until(lambda: alice.outbox.count() == 0, timeout=15, what="the outbox to empty")
    assert len(await messages_with(alice, existing.id, reply_uuid)) == 1
    [ticket] = await tickets_titled(alice, subject)
    assert [m.body for m in await messages_with(alice, ticket["id"], follow_up_uuid)] == [
        "Numéro de série T2260000001"
    ]
    assert [d.id for d in created] == [ticket["id"]]


async def test_a_lost_answer_then_the_retry_leave_one_message(outbox_ctx):
    alice = await outbox_ctx(CLIENT_A)
    ticket = await new_ticket(alice)
    network = FlakyNetwork()
    await through(alice, network)
    network.lose_answers = 1
    message_uuid = uuid.uuid4()
    alice.outbox.queue_message(ticket_id=ticket.id, body="Réponse perdue", kind="reply", client_uuid=message_uuid)

    await until(lambda: alice.outbox.count() == 0, what="the retry to go through")
    assert len(network.forwarded) == 2  # the first attempt reached the server too
    assert len(await messages_with(alice, ticket.id, message_uuid)) == 1


async def test_an_app_killed_mid_send_sends_once_after_its_restart(outbox_ctx, tmp_path):
    alice = await outbox_ctx(CLIENT_A)
    ticket = await new_ticket(alice)
    network = FlakyNetwork()
    real_api = alice.api
    await through(alice, network)
    network.hold = True
    message_uuid = uuid.uuid4()
    alice.outbox.queue_message(ticket_id=ticket.id, body="Envoyé pendant le crash", kind="reply",
                               client_uuid=message_uuid)
    await network.held.wait()
    path = alice.outbox.store.path
    killed_sync = alice.outbox.sync  # dropped as it is: no cleanup, its request never answered

    restarted = OutboxStore(path)
    assert [i.state for i in restarted.items()] == [PENDING]
    api = type(real_api)(real_api.server_url)
    await api.set_tokens(alice.api.tokens.access, alice.api.tokens.refresh)
    alice.attach_api(api)
    new_sync = OutboxSync(alice, restarted, first_delay=0.05, max_delay=0.3)
    new_sync.start()
    try:
        await until(lambda: restarted.count() == 0, what="the restarted app to send")
    finally:
        await new_sync.stop()
        killed_sync.cancel()
        restarted.close()
    assert len(await messages_with(alice, ticket.id, message_uuid)) == 1


async def test_a_reply_to_a_ticket_closed_meanwhile_stays_refused_with_the_reason_until_cancelled(
    outbox_ctx, make_ctx, sign_in_as
):
    alice = await outbox_ctx(CLIENT_A)
    ticket = await new_ticket(alice)
    network = FlakyNetwork()
    await through(alice, network)
    network.down = True
    alice.outbox.queue_message(ticket_id=ticket.id, body="Trop tard", kind="reply", client_uuid=uuid.uuid4())
    await until(lambda: not alice.connection.online, what="the app to be offline")
    agent = await signed_in(make_ctx, sign_in_as, AGENT)
    await operations.transition(agent, TicketStore(), ticket.id, TicketAction.CLOSE)

    network.down = False
    await until(lambda: alice.outbox.items()[0].state == REFUSED, what="the refusal")
    [item] = alice.outbox.items()
    assert item.reason == "Ce ticket est clôturé : ouvrez un nouveau ticket si besoin."
    await alice.outbox.sync.sync_once()
    assert alice.outbox.count() == 1  # never dropped, never sent again on its own

    alice.outbox.cancel(item.seq)
    assert alice.outbox.items() == []


@pytest.mark.parametrize(
    ("error", "waits"),
    [
        (OfflineError("connection refused"), True),
        (ApiError("server_error", status=500), True),
        (ApiError("rate_limited", status=429), True),
        (ApiError("http_408", status=408), True),
        (ApiError("ticket_closed", status=409), False),
        (ApiError("validation_error", status=400), False),
        (ApiError("not_found", status=404), False),
        (SessionExpired(), False),
    ],
)
async def test_only_a_server_that_cannot_answer_makes_a_send_wait(error, waits):
    assert is_retried(error) is waits


async def test_a_session_that_cannot_be_renewed_leaves_the_item_pending_for_the_sign_in(outbox_ctx):
    alice = await outbox_ctx(CLIENT_A)
    ticket = await new_ticket(alice)
    alice.outbox.sync.cancel()
    seq = alice.outbox.queue_message(ticket_id=ticket.id, body="Après expiration", kind="reply",
                                     client_uuid=uuid.uuid4())
    await alice.api.set_tokens("expired-access", "revoked-refresh")
    sync = OutboxSync(alice, alice.outbox.store)
    with pytest.raises(SessionExpired):
        await sync.sync_once()
    item = alice.outbox.store.item(seq)
    assert item.state == PENDING and item.attempts == 1
