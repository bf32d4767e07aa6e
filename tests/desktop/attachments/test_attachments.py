"""Attachments in the desktop against the real server: a file dropped (simulated drop event) onto the
reply box uploads with a visible progress bar and reaches the other side's conversation, byte for
byte; pasted images; cancelling an upload; opening and saving a received attachment."""

import hashlib

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QColor, QDragEnterEvent, QDropEvent, QImage
from PySide6.QtWidgets import QApplication, QTextEdit

from desktop.attachments.tray import AttachmentTray, PendingUpload
from desktop.tickets import operations
from desktop.tickets.store import TicketStore
from shared_schemas.enums import MessageKind
from tests.desktop.tickets.helpers import AGENT, CLIENT_A, new_ticket, signed_in, unique, until

pytestmark = pytest.mark.asyncio

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def a_pdf(tmp_path, size: int = 0, name: str = "bon-de-livraison.pdf"):
    path = tmp_path / name
    path.write_bytes(PDF + b"%" + b"0" * max(0, size - len(PDF) - 1))
    return path


def drop_files(widget, paths) -> None:
    """What the window system sends when files are dragged onto `widget` and released: Qt delivers
    the drop to the widget that accepted the drag's entry."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    buttons, modifiers = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(QPoint(5, 5), Qt.DropAction.CopyAction, mime, buttons, modifiers)
    QApplication.sendEvent(widget, enter)
    assert enter.isAccepted(), "the widget takes files"
    drop = QDropEvent(QPointF(5, 5), Qt.DropAction.CopyAction, mime, buttons, modifiers)
    QApplication.sendEvent(widget, drop)


async def test_a_file_dropped_on_the_reply_box_uploads_with_progress_and_reaches_the_other_side(
    qtbot, make_ctx, sign_in_as, tmp_path
):
    alice = await signed_in(make_ctx, sign_in_as, CLIENT_A)
    agent = await signed_in(make_ctx, sign_in_as, AGENT)
    ticket = await new_ticket(alice, subject=unique("Photo du colis"))
    editor = QTextEdit()
    qtbot.addWidget(editor)
    tray = AttachmentTray(alice)
    qtbot.addWidget(tray)
    editor.viewport().installEventFilter(tray.drop_filter)
    pdf = a_pdf(tmp_path, size=3 * 1024 * 1024)
    progress = []

    drop_files(editor.viewport(), [pdf])

    assert len(tray.rows) == 1 and tray.busy and tray.isVisible()
    row = tray.rows[0]
    row.progress.valueChanged.connect(progress.append)
    await until(lambda: row.state == PendingUpload.DONE, what="the upload")
    assert len(progress) > 1 and progress[-1] == 1000, "the progress bar moved as the file went up"
    await operations.send_message(
        alice, TicketStore(), ticket.id, body="Voici le bon de livraison.", attachment_ids=tray.attachment_ids()
    )

    seen = await operations.refresh_ticket(agent, TicketStore(), ticket.id)
    (attachment,) = seen.messages[-1].attachments
    assert attachment.name == "bon-de-livraison.pdf" and attachment.size == pdf.stat().st_size
    saved = tmp_path / "copie.pdf"
    await agent.api.download(f"attachments/{attachment.id}/content", saved)
    assert hashlib.sha256(saved.read_bytes()).digest() == hashlib.sha256(pdf.read_bytes()).digest()


async def test_a_pasted_image_is_attached_as_png(qtbot, make_ctx, sign_in_as):
    alice = await signed_in(make_ctx, sign_in_as, CLIENT_A)
    tray = AttachmentTray(alice)
    qtbot.addWidget(tray)
    image = QImage(64, 32, QImage.Format.Format_RGB32)
    image.fill(QColor("#c0392b"))

    path = tray.add_image(image)

    await until(lambda: tray.rows and tray.rows[0].state == PendingUpload.DONE)
    assert path.suffix == ".png" and tray.rows[0].thumbnail.pixmap() is not None
    assert tray.rows[0].attachment.content_type == "image/png"


async def test_cancelling_an_upload_leaves_nothing_to_send(qtbot, make_ctx, sign_in_as, tmp_path):
    alice = await signed_in(make_ctx, sign_in_as, CLIENT_A)
    tray = AttachmentTray(alice)
    qtbot.addWidget(tray)
    tray.add_files([a_pdf(tmp_path, size=20 * 1024 * 1024)])
    row = tray.rows[0]

    row.remove.click()

    assert tray.rows == [] and tray.attachment_ids() == [] and not tray.busy and tray.isHidden()
    await until(lambda: row.task.done())


async def test_a_refused_file_is_explained_on_its_row(qtbot, make_ctx, sign_in_as, tmp_path):
    alice = await signed_in(make_ctx, sign_in_as, CLIENT_A)
    tray = AttachmentTray(alice)
    qtbot.addWidget(tray)
    page = tmp_path / "facture.pdf"
    page.write_bytes(b"<html><script>alert(1)</script></html>")

    tray.add_files([page])

    await until(lambda: tray.rows[0].state == PendingUpload.FAILED, what="the refusal")
    assert tray.attachment_ids() == [] and tray.has_failures
    assert tray.rows[0].detail.text()


async def test_a_file_named_to_run_is_refused_on_its_row_in_plain_french(qtbot, make_ctx, sign_in_as, tmp_path):
    from desktop.i18n.errors import message_for_code

    alice = await signed_in(make_ctx, sign_in_as, CLIENT_A)
    tray = AttachmentTray(alice)
    qtbot.addWidget(tray)
    script = tmp_path / "Facture.bat"
    script.write_bytes(b"@echo off\r\nstart calc.exe\r\n")

    tray.add_files([script])

    await until(lambda: tray.rows[0].state == PendingUpload.FAILED, what="the refusal")
    assert tray.rows[0].detail.text() == message_for_code("attachment_extension_mismatch")
    assert "extension ne correspond pas" in tray.rows[0].detail.text() and tray.attachment_ids() == []
    assert tray.minimumSizeHint().width() < 500, "the explanation wraps instead of widening the reply box"


async def test_a_received_attachment_opens_from_the_cache_and_saves_anywhere(
    qtbot, make_ctx, sign_in_as, tmp_path, monkeypatch
):
    from PySide6.QtGui import QDesktopServices

    from desktop.attachments.cards import AttachmentCard

    handed = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: handed.append(url.toLocalFile())))

    alice = await signed_in(make_ctx, sign_in_as, CLIENT_A)
    agent = await signed_in(make_ctx, sign_in_as, AGENT)
    ticket = await new_ticket(alice, subject=unique("Notice"))
    tray = AttachmentTray(agent)
    qtbot.addWidget(tray)
    tray.add_files([a_pdf(tmp_path, size=200_000, name="notice.pdf")])
    await until(lambda: tray.rows[0].state == PendingUpload.DONE)
    await operations.send_message(agent, TicketStore(), ticket.id, body="La notice.", kind=MessageKind.REPLY,
                                  attachment_ids=tray.attachment_ids())
    detail = await operations.refresh_ticket(alice, TicketStore(), ticket.id)
    card = AttachmentCard(alice, detail.messages[-1].attachments[0])
    qtbot.addWidget(card)

    await card._open()
    assert card.opened is not None and card.opened.read_bytes() == (tmp_path / "notice.pdf").read_bytes()
    assert handed == [str(card.opened)]
    assert oct(card.opened.stat().st_mode & 0o777) == oct(0o600)
    target = tmp_path / "enregistree.pdf"
    await card.save_to(target)
    assert target.read_bytes() == (tmp_path / "notice.pdf").read_bytes()


async def test_the_conversation_shows_a_card_per_attachment(qtbot, make_ctx, sign_in_as, tmp_path):
    from desktop.attachments.cards import AttachmentList
    from desktop.tickets.ticket_view import TicketView

    alice = await signed_in(make_ctx, sign_in_as, CLIENT_A)
    agent = await signed_in(make_ctx, sign_in_as, AGENT)
    ticket = await new_ticket(alice, subject=unique("Deux fichiers"))
    tray = AttachmentTray(alice)
    qtbot.addWidget(tray)
    tray.add_files([a_pdf(tmp_path, name="facture.pdf"), a_pdf(tmp_path, name="avoir.pdf")])
    await until(lambda: not tray.busy)
    await operations.send_message(
        alice, TicketStore(), ticket.id, body="Ci-joint.", attachment_ids=tray.attachment_ids()
    )
    view = TicketView(agent, TicketStore(), staff=True)
    qtbot.addWidget(view)

    view.show_ticket(ticket.id)

    await until(lambda: view.ticket is not None and view.conversation.cards())
    lists = [card.attachments for card in view.conversation.cards() if card.attachments is not None]
    assert len(lists) == 1 and isinstance(lists[0], AttachmentList)
    assert sorted(c.name.text() for c in lists[0].cards) == ["avoir.pdf", "facture.pdf"]
