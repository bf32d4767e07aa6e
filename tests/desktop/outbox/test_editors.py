"""The reply box and the new-ticket dialog keep what is typed in the local store (restored after a
restart) and, when the server cannot take a send, hand it to the outbox instead of losing it."""

import pytest
from PySide6.QtWidgets import QWidget

from desktop.outbox.store import NEW_TICKET, ticket_draft_key
from desktop.tickets import operations
from desktop.tickets.composer import Composer
from desktop.tickets.new_ticket_dialog import NewTicketDialog
from desktop.tickets.store import TicketStore
from shared_schemas.enums import MessageKind
from tests.desktop.outbox.conftest import FlakyNetwork, through
from tests.desktop.outbox.test_sync import messages_with, tickets_titled
from tests.desktop.tickets.helpers import AGENT, CLIENT_A, new_ticket, unique, until

pytestmark = pytest.mark.asyncio


async def composer_on(qtbot, ctx, ticket_id: int) -> tuple[Composer, TicketStore]:
    store = TicketStore()
    composer = Composer(ctx, store)
    qtbot.addWidget(composer)
    store.ticket_changed.connect(composer.set_ticket)
    await operations.open_ticket(ctx, store, ticket_id)
    return composer, store


async def open_dialog(qtbot, ctx) -> NewTicketDialog:
    host = QWidget()
    qtbot.addWidget(host)
    host.show()
    dialog = NewTicketDialog(ctx, TicketStore(), host)
    dialog.host = host
    dialog.open()
    await until(lambda: dialog.category.count() > 1, what="the categories")
    return dialog


async def test_a_reply_typed_before_a_crash_is_back_after_the_restart(qtbot, outbox_ctx, tmp_path):
    agent = await outbox_ctx(AGENT)
    ticket = await new_ticket(agent, customer=1)
    composer, _ = await composer_on(qtbot, agent, ticket.id)
    composer.set_kind(MessageKind.NOTE)
    composer.editor.setPlainText("Vérifier le numéro de série avant l'échange.")
    store = agent.outbox.store
    await until(lambda: store.draft(ticket_draft_key(ticket.id)) is not None, what="the draft to be saved")
    saved = store.draft(ticket_draft_key(ticket.id))
    # The app dies here: nothing is flushed. A new run, same user, same computer:
    restarted = await outbox_ctx(AGENT)
    composer_after, _ = await composer_on(qtbot, restarted, ticket.id)
    assert composer_after.editor.toPlainText() == "Vérifier le numéro de série avant l'échange."
    assert composer_after.kind == MessageKind.NOTE
    assert composer_after._draft().client_uuid == saved.client_uuid  # a send cut by the crash is not doubled

    composer_after.send()
    await until(lambda: not composer_after.is_sending and not composer_after.editor.toPlainText())
    assert restarted.outbox.store.draft(ticket_draft_key(ticket.id)) is None
    assert len(await messages_with(restarted, ticket.id, saved.client_uuid)) == 1


async def test_the_new_ticket_form_comes_back_after_a_restart(qtbot, outbox_ctx):
    alice = await outbox_ctx(CLIENT_A)
    dialog = await open_dialog(qtbot, alice)
    dialog.subject.setText("Écran noir au démarrage")
    dialog.category.setCurrentIndex(dialog.category.findText("Facturation"))
    dialog.category.activated.emit(dialog.category.currentIndex())
    dialog.description.setPlainText("Depuis la mise à jour de lundi.")
    await until(lambda: (alice.outbox.store.draft(NEW_TICKET) or None) is not None
                and alice.outbox.store.draft(NEW_TICKET).text == "Depuis la mise à jour de lundi.")

    restarted = await outbox_ctx(CLIENT_A)
    again = await open_dialog(qtbot, restarted)
    assert again.subject.text() == "Écran noir au démarrage"
    assert again.description.toPlainText() == "Depuis la mise à jour de lundi."
    assert again.category.currentText() == "Facturation"


async def test_a_new_ticket_sent_offline_waits_in_the_outbox_and_is_created_once(qtbot, outbox_ctx):
    alice = await outbox_ctx(CLIENT_A)
    network = FlakyNetwork()
    await through(alice, network)
    dialog = await open_dialog(qtbot, alice)
    queued = []
    dialog.queued.connect(queued.append)
    subject = unique("Lecteur de badge muet")
    dialog.subject.setText(subject)
    dialog.category.setCurrentIndex(dialog.category.findText("Facturation"))
    dialog.description.setPlainText("Plus aucun bip depuis ce matin.")
    network.down = True
    dialog.submit.click()
    await until(lambda: queued, what="the ticket to be queued")
    assert not dialog.isVisible()
    [item] = alice.outbox.items()
    assert item.payload["subject"] == subject and alice.outbox.store.draft(NEW_TICKET) is None

    network.down = False
    await until(lambda: alice.outbox.count() == 0, what="the ticket to be created")
    assert len(await tickets_titled(alice, subject)) == 1


async def test_a_reply_sent_while_offline_is_queued_after_those_already_waiting(qtbot, outbox_ctx):
    alice = await outbox_ctx(CLIENT_A)
    ticket = await new_ticket(alice)
    network = FlakyNetwork()
    await through(alice, network)
    composer, store = await composer_on(qtbot, alice, ticket.id)
    network.down = True
    for text in ("Premier message", "Second message"):
        composer.editor.setPlainText(text)
        composer.send()
        await until(lambda: not composer.is_sending and not composer.editor.toPlainText())
    assert [i.payload["body"] for i in alice.outbox.items()] == ["Premier message", "Second message"]
    assert composer.pending.isVisible() or not composer.isVisible()
    assert alice.outbox.items()[0].payload["reference"] == ticket.reference

    network.down = False
    await until(lambda: alice.outbox.count() == 0, what="the outbox to empty")
    await until(lambda: len(store.current.messages) == 2, what="the ticket view to show both")
    assert [m.body for m in store.current.messages] == ["Premier message", "Second message"]

