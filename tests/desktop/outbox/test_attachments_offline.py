"""A file attached while the server cannot be reached waits with the message in the outbox (a private
copy of it), is uploaded when the server is back, and the reply arrives once, with its file."""

import os

import pytest

from desktop.attachments.tray import PendingUpload
from tests.desktop.attachments.test_attachments import a_pdf, drop_files
from tests.desktop.outbox.conftest import FlakyNetwork, through
from tests.desktop.outbox.test_editors import composer_on
from tests.desktop.tickets.helpers import CLIENT_A, new_ticket, until

pytestmark = pytest.mark.asyncio


async def test_a_file_attached_offline_goes_with_the_reply_once_the_server_is_back(qtbot, outbox_ctx, tmp_path):
    alice = await outbox_ctx(CLIENT_A)
    ticket = await new_ticket(alice)
    network = FlakyNetwork()
    await through(alice, network)
    composer, store = await composer_on(qtbot, alice, ticket.id)
    composer.show()
    original = a_pdf(tmp_path, size=300_000, name="releve-compteur.pdf")
    network.down = True

    drop_files(composer.editor.viewport(), [original])
    await until(lambda: composer.tray.rows and composer.tray.rows[0].state == PendingUpload.WAITING)
    composer.editor.setPlainText("Le relevé du compteur, pris hors connexion.")
    composer.send()
    await until(lambda: alice.outbox.count() == 1 and not composer.tray.rows, what="the reply queued with its file")
    [item] = alice.outbox.items()
    [carried] = item.payload["files"]
    copy = carried["path"]
    assert carried["name"] == "releve-compteur.pdf" and os.stat(copy).st_mode & 0o777 == 0o600
    original.unlink()  # the user's own file may go: the outbox has its copy

    network.down = False
    network.lose_answers = 1  # and the first answer to the reply is lost on its way back

    await until(lambda: alice.outbox.count() == 0, what="the reply delivered")
    detail = await alice.api.get(f"tickets/{ticket.id}")
    replies = [m for m in detail["messages"] if m["body"] == "Le relevé du compteur, pris hors connexion."]
    assert len(replies) == 1, "sent exactly once"
    assert [a["name"] for a in replies[0]["attachments"]] == ["releve-compteur.pdf"]
    assert replies[0]["attachments"][0]["size"] == 300_000
    assert not os.path.exists(copy), "the private copy goes once the server has it"


async def test_a_new_ticket_with_a_file_attached_offline_is_created_once_with_it(qtbot, outbox_ctx, tmp_path):
    from tests.desktop.outbox.test_editors import open_dialog
    from tests.desktop.outbox.test_sync import tickets_titled
    from tests.desktop.tickets.helpers import unique

    alice = await outbox_ctx(CLIENT_A)
    network = FlakyNetwork()
    await through(alice, network)
    dialog = await open_dialog(qtbot, alice)
    subject = unique("Colis ouvert")
    dialog.subject.setText(subject)
    dialog.category.setCurrentIndex(1)
    dialog.description.setPlainText("Le colis est arrivé ouvert, photo jointe.")
    network.down = True
    drop_files(dialog.description.viewport(), [a_pdf(tmp_path, name="colis.pdf")])
    await until(lambda: dialog.tray.rows and dialog.tray.rows[0].state == PendingUpload.WAITING)

    dialog.submit.click()
    await until(lambda: alice.outbox.count() == 1, what="the ticket queued with its file")
    network.down = False

    await until(lambda: alice.outbox.count() == 0, what="the ticket created")
    [created] = await tickets_titled(alice, subject)
    detail = await alice.api.get(f"tickets/{created['id']}")
    assert [a["name"] for a in detail["attachments"]] == ["colis.pdf"]


async def test_a_drafts_files_are_back_after_a_restart(qtbot, outbox_ctx, tmp_path):
    from desktop.outbox.store import ticket_draft_key

    alice = await outbox_ctx(CLIENT_A)
    ticket = await new_ticket(alice)
    network = FlakyNetwork()
    await through(alice, network)
    composer, _ = await composer_on(qtbot, alice, ticket.id)
    composer.show()
    drop_files(composer.editor.viewport(), [a_pdf(tmp_path, name="facture.pdf")])
    await until(lambda: composer.tray.rows[0].state == PendingUpload.DONE, what="the first file uploaded")
    network.down = True
    drop_files(composer.editor.viewport(), [a_pdf(tmp_path, name="avoir.pdf")])
    await until(lambda: composer.tray.rows[1].state == PendingUpload.WAITING, what="the second file waiting")
    composer.editor.setPlainText("La facture et l'avoir.")
    store = alice.outbox.store
    await until(
        lambda: (d := store.draft(ticket_draft_key(ticket.id))) is not None and len(d.fields.get("files", [])) == 2,
        what="the draft saved with both files",
    )
    (tmp_path / "avoir.pdf").unlink()  # the user's own copy may go: the draft kept one

    # The app dies here. A new run, same user, server reachable again:
    restarted = await outbox_ctx(CLIENT_A)
    after, _ = await composer_on(qtbot, restarted, ticket.id)
    after.show()
    assert after.editor.toPlainText() == "La facture et l'avoir."
    assert [row.file_name for row in after.tray.rows] == ["facture.pdf", "avoir.pdf"]
    await until(lambda: all(row.state == PendingUpload.DONE for row in after.tray.rows), what="the waiting file sent")

    after.send()
    await until(lambda: not after.is_sending and not after.editor.toPlainText(), what="the reply sent")
    detail = await restarted.api.get(f"tickets/{ticket.id}")
    [reply] = [m for m in detail["messages"] if m["body"] == "La facture et l'avoir."]
    assert sorted(a["name"] for a in reply["attachments"]) == ["avoir.pdf", "facture.pdf"]


async def test_a_waiting_file_goes_up_by_itself_when_the_server_is_back(qtbot, outbox_ctx, tmp_path):
    alice = await outbox_ctx(CLIENT_A)
    ticket = await new_ticket(alice)
    network = FlakyNetwork()
    await through(alice, network)
    composer, _ = await composer_on(qtbot, alice, ticket.id)
    composer.show()
    network.down = True
    drop_files(composer.editor.viewport(), [a_pdf(tmp_path, name="plan.pdf")])
    await until(lambda: composer.tray.rows[0].state == PendingUpload.WAITING)
    await until(lambda: not alice.connection.online, what="the app to know it is offline")

    network.down = False  # the connection monitor's probe finds the server again

    await until(lambda: composer.tray.rows[0].state == PendingUpload.DONE, what="the file uploaded")
    assert composer.tray.attachment_ids() and not composer.tray.waiting_files()


async def test_the_new_ticket_forms_files_are_back_after_a_restart(qtbot, outbox_ctx, tmp_path):
    from desktop.outbox.store import NEW_TICKET
    from tests.desktop.outbox.test_editors import open_dialog

    alice = await outbox_ctx(CLIENT_A)
    dialog = await open_dialog(qtbot, alice)
    dialog.subject.setText("Scanner en panne")
    drop_files(dialog.description.viewport(), [a_pdf(tmp_path, name="diagnostic.pdf")])
    await until(lambda: dialog.tray.rows and dialog.tray.rows[0].state == PendingUpload.DONE)
    store = alice.outbox.store
    await until(lambda: (d := store.draft(NEW_TICKET)) is not None and d.fields.get("files"), what="the draft saved")

    # The app dies here. A new run, same user:
    restarted = await outbox_ctx(CLIENT_A)
    after = await open_dialog(qtbot, restarted)

    assert after.subject.text() == "Scanner en panne"
    assert [(row.file_name, row.state) for row in after.tray.rows] == [("diagnostic.pdf", PendingUpload.DONE)]
    assert after.tray.attachment_ids() == dialog.tray.attachment_ids()
