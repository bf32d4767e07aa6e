import pytest
from PySide6.QtCore import Qt

from desktop.api.client import ApiClient
from desktop.tickets import operations
from desktop.tickets.composer import Composer
from desktop.tickets.store import TicketStore
from shared_schemas.enums import MessageKind, TicketAction
from tests.desktop.tickets.helpers import AGENT, CLIENT_A, new_ticket, shown_and_active, signed_in, until
from tests.live_server import free_port

pytestmark = pytest.mark.asyncio


async def composer_on_new_ticket(qtbot, ctx):
    ticket = await new_ticket(ctx, customer=None if not ctx.session.user.is_staff else 1)
    store = TicketStore()
    composer = Composer(ctx, store)
    qtbot.addWidget(composer)
    store.ticket_changed.connect(composer.set_ticket)
    await operations.open_ticket(ctx, store, ticket.id)
    await shown_and_active(composer)
    composer.editor.setFocus()
    return ticket, store, composer


async def test_ctrl_enter_sends_and_empties_the_box(qtbot, make_ctx, sign_in_as):
    alice = await signed_in(make_ctx, sign_in_as, CLIENT_A)
    ticket, store, composer = await composer_on_new_ticket(qtbot, alice)
    assert composer.reply_mode.isHidden() and composer.note_mode.isHidden()
    assert composer.editor.placeholderText() == "Ajouter une information…"
    qtbot.keyClicks(composer.editor, "Serial T2260000001")  # QTest types ASCII only
    qtbot.keyClick(composer.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert composer.is_sending and composer.editor.isReadOnly() and not composer.send_button.isEnabled()
    await until(lambda: not composer.is_sending)
    assert composer.editor.toPlainText() == "" and composer.send_button.isEnabled()
    assert [m.body for m in store.current.messages] == ["Serial T2260000001"]


async def test_a_send_that_cannot_reach_the_server_goes_to_the_outbox_and_arrives_once_under_its_id(
    qtbot, make_ctx, sign_in_as, tmp_path
):
    alice = make_ctx()
    alice.connection.configure(first_delay=0.05, max_delay=0.3)
    alice.outbox.configure(data_dir=tmp_path, first_delay=0.05, max_delay=0.3)
    await sign_in_as(alice, CLIENT_A)
    ticket, store, composer = await composer_on_new_ticket(qtbot, alice)
    server = alice.api
    unreachable = ApiClient(f"http://127.0.0.1:{free_port()}")
    await unreachable.set_tokens(server.tokens.access, server.tokens.refresh)
    alice.attach_api(unreachable)
    composer.editor.setPlainText("Le terminal redémarre en boucle.")
    composer.send()
    await until(lambda: not composer.is_sending)
    assert composer.editor.toPlainText() == "" and composer.error.isHidden()
    assert composer.pending.text().startswith("Envoi en attente")
    [queued] = alice.outbox.items()

    alice.attach_api(server)
    await unreachable.close()
    await until(lambda: alice.outbox.count() == 0, what="the outbox to send")
    await until(lambda: store.current.messages, what="the ticket to show the message")
    [message] = store.current.messages
    assert message.body == "Le terminal redémarre en boucle." and message.client_uuid == queued.client_uuid
    assert composer.pending.isHidden()
    alice.outbox.close()


async def test_a_send_the_server_refuses_keeps_the_text_with_the_reason(qtbot, make_ctx, sign_in_as):
    alice = await signed_in(make_ctx, sign_in_as, CLIENT_A)
    ticket, store, composer = await composer_on_new_ticket(qtbot, alice)
    agent = await signed_in(make_ctx, sign_in_as, AGENT)
    await operations.transition(agent, TicketStore(), ticket.id, TicketAction.CLOSE)
    composer.editor.setPlainText("Encore une précision.")
    composer.send_button.click()
    await until(lambda: not composer.is_sending)
    assert composer.editor.toPlainText() == "Encore une précision."
    assert composer.error.text() == "Ce ticket est clôturé : ouvrez un nouveau ticket si besoin."


async def test_staff_switch_between_reply_and_internal_note(qtbot, make_ctx, sign_in_as):
    agent = await signed_in(make_ctx, sign_in_as, AGENT)
    ticket, store, composer = await composer_on_new_ticket(qtbot, agent)
    assert not composer.reply_mode.isHidden() and composer.property("mode") == "reply"
    assert composer.send_button.text() == "Envoyer la réponse"
    composer.focus_note()
    assert composer.kind == MessageKind.NOTE and composer.property("mode") == "note"
    assert composer.send_button.text() == "Ajouter la note"
    composer.editor.setPlainText("À rappeler vendredi.")
    composer.send()
    await until(lambda: not composer.is_sending)
    assert [(m.kind, m.body) for m in store.current.messages] == [(MessageKind.NOTE, "À rappeler vendredi.")]
    assert composer.kind == MessageKind.NOTE  # the mode stays for the next message
    composer.reply_mode.click()
    assert composer.kind == MessageKind.REPLY and composer.property("mode") == "reply"


async def test_an_unsent_draft_waits_while_another_ticket_is_open(qtbot, make_ctx, sign_in_as):
    alice = await signed_in(make_ctx, sign_in_as, CLIENT_A)
    first, store, composer = await composer_on_new_ticket(qtbot, alice)
    composer.editor.setPlainText("Brouillon du premier ticket")
    second = await new_ticket(alice)
    await operations.open_ticket(alice, store, second.id)
    assert composer.editor.toPlainText() == ""
    await operations.open_ticket(alice, store, first.id)
    assert composer.editor.toPlainText() == "Brouillon du premier ticket"
