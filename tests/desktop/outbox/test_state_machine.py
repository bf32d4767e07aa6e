"""A hypothesis state machine over what can happen to the outbox — typing, queueing replies and
new tickets, the network going down and up, answers lost on the way back, syncs, and the app
killed mid-send then restarted — against the real server. Invariant: every queued item is on the
server exactly once, or still in the local store; nothing lost, nothing sent twice. Only the
network cut is simulated (FlakyNetwork); every request that goes through reaches the server."""

import asyncio
import uuid

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule, run_state_machine_as_test

from desktop.outbox.store import OutboxStore, ticket_draft_key
from desktop.outbox.sync import OutboxSync
from shared_schemas.tickets import TicketDetail
from tests.desktop.conftest import _qasync_loop
from tests.desktop.outbox.conftest import FlakyNetwork, through
from tests.desktop.outbox.test_sync import ticket_payload, tickets_titled
from tests.desktop.tickets.helpers import CLIENT_A, new_ticket, unique

STEP_TIMEOUT = 15.0


class World:
    """What outlives one example: the loop, a signed-in app behind a flaky network, a second
    session that checks the server, one ticket to reply to, and tasks "killed" along the way."""

    def __init__(self, loop, app, checker, network, ticket_id, data_dir) -> None:
        self.loop, self.app, self.checker, self.network = loop, app, checker, network
        self.ticket_id, self.data_dir = ticket_id, data_dir
        self.abandoned: list[tuple[OutboxSync, OutboxStore]] = []
        self.examples = 0

    def run(self, coro):
        return self.loop.run_until_complete(asyncio.wait_for(coro, STEP_TIMEOUT))


class OutboxMachine(RuleBasedStateMachine):
    world: World

    def __init__(self) -> None:
        super().__init__()
        w = self.world
        w.examples += 1
        w.network.down = False
        w.network.lose_answers = 0
        w.network.hold = False
        self.path = w.data_dir / f"example-{w.examples}.sqlite3"
        self.store = OutboxStore(self.path)
        self.sync = OutboxSync(w.app, self.store)
        self.replies: dict[uuid.UUID, str] = {}  # client uuid → body, to the existing ticket
        self.tickets: dict[uuid.UUID, tuple[str, uuid.UUID]] = {}  # ticket uuid → (subject, its reply's uuid)
        self.on_server: set[uuid.UUID] = set()
        self.draft = ""

    # --- what the user and the world do ----------------------------------------------------------
    @rule(text=st.text(alphabet="abcdé ", min_size=1, max_size=12))
    def type_a_draft(self, text):
        self.draft = text
        self.store.save_draft(ticket_draft_key(self.world.ticket_id), text=text, client_uuid=uuid.uuid4())

    @rule()
    def queue_a_reply(self):
        client_uuid = uuid.uuid4()
        body = f"Réponse {client_uuid.hex[:8]}"
        self.store.queue_message(ticket_id=self.world.ticket_id, body=body, kind="reply", client_uuid=client_uuid)
        self.replies[client_uuid] = body

    @precondition(lambda self: len(self.tickets) < 2)
    @rule()
    def queue_a_ticket_and_a_reply_to_it(self):
        ticket_uuid, reply_uuid, subject = uuid.uuid4(), uuid.uuid4(), unique("Caisse muette")
        seq = self.store.queue_ticket(ticket_payload(subject), ticket_uuid)
        self.store.queue_message(depends_on=seq, body=f"Précision {subject}", kind="reply", client_uuid=reply_uuid)
        self.tickets[ticket_uuid] = (subject, reply_uuid)

    @rule()
    def go_offline(self):
        self.world.network.down = True

    @rule()
    def go_online(self):
        self.world.network.down = False

    @rule()
    def lose_the_next_answer(self):
        self.world.network.lose_answers = 1

    @rule()
    def sync(self):
        self.world.run(self.sync.sync_once())

    @rule(mid_send=st.booleans())
    def crash_and_restart(self, mid_send):
        """The app dies — in the middle of a send or not — without any cleanup, then starts again."""
        w = self.world
        if mid_send and self.store.next_sendable() is not None and not w.network.down:
            w.network.hold = True
            w.network.held.clear()
            killed = w.loop.create_task(self.sync.sync_once())
            w.run(w.network.held.wait())
            w.network.hold = False
            w.abandoned.append((killed, self.store))
        else:
            w.abandoned.append((None, self.store))
        self.store = OutboxStore(self.path)
        self.sync = OutboxSync(w.app, self.store)
        stored = self.store.draft(ticket_draft_key(w.ticket_id))
        assert (stored.text if stored else "") == self.draft

    # --- what must hold ------------------------------------------------------------------------
    @invariant()
    def nothing_lost_nothing_doubled(self):
        local = {item.client_uuid for item in self.store.items()}
        expected = set(self.replies) | set(self.tickets) | {reply for _, reply in self.tickets.values()}
        assert local <= expected
        gone = expected - local - self.on_server
        if gone:
            self.world.run(self._check_on_server(gone))

    async def _check_on_server(self, uuids: set[uuid.UUID]) -> None:
        w = self.world
        detail = TicketDetail.model_validate(await w.checker.api.get(f"tickets/{w.ticket_id}"))
        replies = [m.client_uuid for m in detail.messages]
        for client_uuid in uuids & set(self.replies):
            assert replies.count(client_uuid) == 1, "a reply lost or doubled"
        for ticket_uuid, (subject, reply_uuid) in self.tickets.items():
            if not {ticket_uuid, reply_uuid} & uuids:
                continue
            [ticket] = await tickets_titled(w.checker, subject)  # exactly one
            if reply_uuid in uuids:
                created = TicketDetail.model_validate(await w.checker.api.get(f"tickets/{ticket['id']}"))
                assert [m.client_uuid for m in created.messages].count(reply_uuid) == 1
        self.on_server |= uuids

    def teardown(self):
        """Back online, everything pending goes; then all of it is on the server once."""
        w = self.world
        w.network.down = False
        w.network.lose_answers = 0
        w.run(self.sync.sync_once())
        assert all(item.state == "refused" for item in self.store.items())
        self.nothing_lost_nothing_doubled()
        w.abandoned.append((None, self.store))


def test_the_outbox_never_loses_nor_doubles_a_send(sav_server, make_ctx, sign_in_as, tmp_path):
    loop = _qasync_loop()
    asyncio.set_event_loop(loop)
    app, checker = make_ctx(), make_ctx()
    app.outbox.configure(data_dir=tmp_path / "app")
    checker.outbox.configure(data_dir=tmp_path / "checker")
    network = FlakyNetwork()

    async def prepare():
        await sign_in_as(app, CLIENT_A)
        await sign_in_as(checker, CLIENT_A)
        app.outbox.close()  # the machine drives its own stores and syncs, step by step
        checker.outbox.close()
        await through(app, network)
        return await new_ticket(checker)

    ticket = loop.run_until_complete(prepare())
    OutboxMachine.world = World(loop, app, checker, network, ticket.id, tmp_path)
    try:
        run_state_machine_as_test(
            OutboxMachine,
            settings=settings(
                max_examples=10,
                stateful_step_count=12,
                deadline=None,
                database=None,
                suppress_health_check=list(HealthCheck),
            ),
        )
    finally:
        for killed, store in OutboxMachine.world.abandoned:
            if killed is not None:
                killed.cancel()
                loop.run_until_complete(asyncio.gather(killed, return_exceptions=True))
            store.close()
        asyncio.set_event_loop(None)
