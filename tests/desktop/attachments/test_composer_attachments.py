"""The issue's attachment acceptance through the reply box: a file dropped on it uploads with a
visible progress bar, goes with the reply, and the other side sees it in the discussion; a pasted
screenshot is attached; sending waits for uploads to finish."""

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtGui import QColor, QGuiApplication, QImage, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication

from desktop.attachments.tray import PendingUpload
from desktop.tickets.store import TicketStore
from desktop.tickets.ticket_view import TicketView
from tests.desktop.attachments.test_attachments import a_pdf, drop_files
from tests.desktop.tickets.helpers import AGENT, CLIENT_A, new_ticket, signed_in, unique, until

pytestmark = pytest.mark.asyncio


async def client_view(qtbot, ctx, ticket_id) -> TicketView:
    view = TicketView(ctx, TicketStore(), staff=False)
    qtbot.addWidget(view)
    view.resize(900, 700)
    view.show()
    view.show_ticket(ticket_id)
    await until(lambda: view.ticket is not None and view.composer.isVisible(), what="the ticket and its reply box")
    return view


async def test_a_file_dropped_on_the_reply_box_goes_with_the_reply_to_the_other_side(
    qtbot, make_ctx, sign_in_as, tmp_path
):
    alice = await signed_in(make_ctx, sign_in_as, CLIENT_A)
    agent = await signed_in(make_ctx, sign_in_as, AGENT)
    ticket = await new_ticket(alice, subject=unique("Étiquette abîmée"))
    view = await client_view(qtbot, alice, ticket.id)
    composer = view.composer
    progress = []

    drop_files(composer.editor.viewport(), [a_pdf(tmp_path, size=2 * 1024 * 1024, name="etiquette.pdf")])

    tray = composer.tray
    assert len(tray.rows) == 1 and composer.tray_stack.isVisible()
    row = tray.rows[0]
    assert row.progress.isVisible()
    row.progress.valueChanged.connect(progress.append)
    composer.editor.setPlainText("L'étiquette est déchirée, voir le scan.")
    composer.send()
    assert composer.error.text() == "Patientez : des fichiers sont encore en cours d'envoi." or not tray.busy
    await until(lambda: row.state == PendingUpload.DONE, what="the upload")
    assert progress and progress[-1] == 1000
    composer.send()
    await until(lambda: not tray.rows and composer.editor.toPlainText() == "", what="the reply sent")

    staff_view = TicketView(agent, TicketStore(), staff=True)
    qtbot.addWidget(staff_view)
    staff_view.show_ticket(ticket.id)
    await until(lambda: staff_view.ticket is not None and staff_view.ticket.messages)
    message = staff_view.ticket.messages[-1]
    assert message.body == "L'étiquette est déchirée, voir le scan."
    assert [a.name for a in message.attachments] == ["etiquette.pdf"]
    cards = [c for c in staff_view.conversation.cards() if c.attachments is not None]
    assert [card.name.text() for card in cards[-1].attachments.cards] == ["etiquette.pdf"]


async def test_a_pasted_screenshot_is_attached(qtbot, make_ctx, sign_in_as):
    alice = await signed_in(make_ctx, sign_in_as, CLIENT_A)
    ticket = await new_ticket(alice, subject=unique("Capture d'écran"))
    view = await client_view(qtbot, alice, ticket.id)
    image = QImage(120, 80, QImage.Format.Format_RGB32)
    image.fill(QColor("#2e86de"))
    QGuiApplication.clipboard().setImage(image)
    keys = QKeySequence(QKeySequence.StandardKey.Paste)[0]

    QApplication.sendEvent(view.composer.editor, QKeyEvent(QEvent.Type.KeyPress, keys.key(), keys.keyboardModifiers()))

    await until(lambda: view.composer.tray.rows and view.composer.tray.rows[0].state == PendingUpload.DONE)
    assert view.composer.tray.rows[0].attachment.content_type == "image/png"
    assert view.composer.editor.toPlainText() == ""  # the image did not go into the text


async def test_files_dropped_on_the_new_ticket_form_go_with_the_new_ticket(qtbot, make_ctx, sign_in_as, tmp_path):
    from tests.desktop.tickets.test_new_ticket_dialog import open_dialog

    alice = await signed_in(make_ctx, sign_in_as, CLIENT_A)
    dialog, _, created = await open_dialog(qtbot, alice)
    subject = unique("Écran fissuré")
    dialog.subject.setText(subject)
    dialog.category.setCurrentIndex(1)
    dialog.description.setPlainText("L'écran est fissuré à la livraison, photo jointe.")

    drop_files(dialog.description.viewport(), [a_pdf(tmp_path, name="photo-livraison.pdf")])
    await until(lambda: dialog.tray.rows and dialog.tray.rows[0].state == PendingUpload.DONE)
    dialog.submit.click()

    await until(lambda: created, what="the ticket")
    assert created[0].subject == subject
    assert [a.name for a in created[0].attachments] == ["photo-livraison.pdf"]


async def test_a_file_dropped_on_the_discussion_joins_the_reply(qtbot, make_ctx, sign_in_as, tmp_path):
    alice = await signed_in(make_ctx, sign_in_as, CLIENT_A)
    ticket = await new_ticket(alice, subject=unique("Glisser sur la discussion"))
    view = await client_view(qtbot, alice, ticket.id)

    drop_files(view.conversation.viewport(), [a_pdf(tmp_path, name="bon.pdf")])

    assert [row.file_name for row in view.composer.tray.rows] == ["bon.pdf"]
    await until(lambda: view.composer.tray.rows[0].state == PendingUpload.DONE)
