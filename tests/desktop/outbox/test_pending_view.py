"""What the user sees of the outbox: the header counts pending sends, the list says what, when, in
which state and why a send was refused, with « Annuler » and « Réessayer »; signing out with
pending sends asks first, and what is kept is sent at the next sign-in."""

import contextlib
import uuid

import pytest

from desktop import tasks
from desktop.outbox.pending_view import PendingButton
from desktop.outbox.store import REFUSED, OutboxStore
from desktop.tickets.store import TicketStore
from desktop.ui.main_window import SIGN_IN, WORKSPACE, MainWindow
from shared_schemas.enums import TicketAction
from tests.desktop.conftest import DEMO_PASSWORD
from tests.desktop.outbox.conftest import FlakyNetwork, through
from tests.desktop.outbox.test_sync import ticket_payload, tickets_titled
from tests.desktop.tickets.helpers import AGENT, CLIENT_A, new_ticket, signed_in, unique, until
from tests.desktop.ui.helpers import sign_in_through_the_page

pytestmark = pytest.mark.asyncio


async def test_the_header_counts_pending_sends_and_the_list_retries_and_cancels(
    qtbot, outbox_ctx, make_ctx, sign_in_as
):
    alice = await outbox_ctx(CLIENT_A)
    ticket = await new_ticket(alice)
    agent = await signed_in(make_ctx, sign_in_as, AGENT)
    await operations_close(agent, ticket.id)
    network = FlakyNetwork()
    await through(alice, network)
    network.down = True
    button = PendingButton(alice.outbox)
    qtbot.addWidget(button)
    assert button.isHidden()

    alice.outbox.queue_message(ticket_id=ticket.id, body="Trop tard", kind="reply", client_uuid=uuid.uuid4(),
                               reference=ticket.reference)
    subject = unique("Borne figée")
    alice.outbox.queue_ticket(ticket_payload(subject), uuid.uuid4())
    assert not button.isHidden() and button.text() == "2 envois en attente"
    dialog = button.open_list()
    assert dialog.table.rowCount() == 2
    assert dialog.table.item(0, 0).text() == f"Réponse au ticket {ticket.reference}"
    assert dialog.table.item(1, 0).text() == f"Nouveau ticket « {subject} »"
    assert {dialog.table.item(row, 2).text() for row in range(2)} <= {"En attente", "Envoi…"}

    network.down = False
    await until(lambda: alice.outbox.count() == 1, what="the new ticket to go and the reply to be refused")
    assert button.text() == "1 envoi en attente (1 refusé)"
    assert dialog.table.rowCount() == 1 and dialog.table.item(0, 2).text() == "Refusé"
    assert dialog.table.item(0, 3).text() == "Ce ticket est clôturé : ouvrez un nouveau ticket si besoin."
    assert len(await tickets_titled(alice, subject)) == 1

    [refused] = alice.outbox.items()
    dialog.select(refused.seq)
    assert dialog.retry_button.isEnabled() and dialog.cancel_button.isEnabled()
    dialog.retry_selected()
    await until(lambda: alice.outbox.items()[0].attempts == 2 and alice.outbox.items()[0].state == REFUSED,
                what="the retry to be refused again")
    dialog.select(refused.seq)
    dialog.cancel_selected()
    assert alice.outbox.count() == 0 and button.isHidden()
    assert dialog.table.isHidden() and dialog.empty.isVisible()


async def operations_close(agent, ticket_id: int) -> None:
    from desktop.tickets import operations

    await operations.transition(agent, TicketStore(), ticket_id, TicketAction.CLOSE)


@pytest.fixture
def window_for(make_ctx, qtbot, tmp_path):
    windows = []

    def open_(data_dir):
        ctx = make_ctx(tmp_path / "settings.ini")
        ctx.connection.configure(first_delay=0.05, max_delay=0.3, heartbeat=0.2)
        ctx.outbox.configure(data_dir=data_dir, first_delay=0.05, max_delay=0.3)
        window = MainWindow(ctx)
        qtbot.addWidget(window)
        window.show()
        windows.append(window)
        return window

    yield open_
    for window in windows:
        if not window._shutting_down:
            tasks.set_default_error_handler(None)
            with contextlib.suppress(RuntimeError):
                window.ctx.outbox.close()
                window.ctx.connection.stop()
                window._closing = True
                window.close()


async def test_signing_out_with_pending_sends_asks_and_keeps_them_for_the_next_sign_in(
    window_for, sav_server, tmp_path
):
    window = window_for(tmp_path / "data")
    window.start()
    await sign_in_through_the_page(window, sav_server.url, CLIENT_A, DEMO_PASSWORD, stay=False)
    ctx = window.ctx
    network = FlakyNetwork()
    await through(ctx, network)
    network.down = True
    subject = unique("Tiroir-caisse bloqué")
    ctx.outbox.queue_ticket(ticket_payload(subject), uuid.uuid4())
    await until(lambda: window.shell.pending_sends.isVisible(), what="the header to show the pending send")
    assert window.shell.pending_sends.text() == "1 envoi en attente"

    assert window.sign_out() is None
    question = window.dialog
    assert question.text() == "1 envoi n'a pas encore atteint le serveur."
    stay = next(b for b in question.buttons() if b.text() == "Annuler la déconnexion")
    stay.click()
    assert window.current_page == WORKSPACE and ctx.session.is_signed_in

    path = ctx.outbox.store.path
    window.sign_out()
    keep = next(b for b in window.dialog.buttons() if b.text() == "Les garder et me déconnecter")
    keep.click()
    await window.sign_out_task
    assert window.current_page == SIGN_IN and not ctx.outbox.is_open
    kept = OutboxStore(path)
    assert [i.payload["subject"] for i in kept.items()] == [subject]
    kept.close()

    await sign_in_through_the_page(window, sav_server.url, CLIENT_A, DEMO_PASSWORD, stay=False)
    await until(lambda: ctx.outbox.count() == 0, what="the kept ticket to be sent at the next sign-in")
    assert len(await tickets_titled(ctx, subject)) == 1
    await window.shut_down()
