"""« Ouvrir » on a received attachment, against the real server: the system opener (QDesktopServices,
outside the project, the only thing patched) gets images, PDF and office documents — from a copy named
with their type's extension, text as a .txt copy — and nothing else. A file that would run or render
when opened (kept on the server from before names had to agree with the content), or an archive, is
explained in a warning that offers « Enregistrer sous… » instead."""

import base64
import json
import subprocess
import sys
import uuid
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices

from desktop.attachments import operations as attachment_operations
from desktop.attachments.cards import AttachmentCard
from desktop.tickets import operations
from desktop.tickets.store import TicketStore
from shared_schemas.attachments import EXTENSIONS
from shared_schemas.enums import MessageKind
from tests.attachment_samples import ALLOWED_FILES, DANGEROUS_FILES
from tests.desktop.tickets.helpers import AGENT, CLIENT_A, new_ticket, signed_in, until
from tests.live_server import SERVER_DIR

pytestmark = pytest.mark.asyncio

ARCHIVES = ["logs.zip", "logs.7z", "logs.tar", "logs.gz", "logs.tgz"]
OPENABLE = sorted(set(ALLOWED_FILES) - set(ARCHIVES))

# Run by the server's own `manage.py shell`: files stored the way the server stored them before it
# checked names (any name, the type detected in the bytes), as the ticket's opening files.
_KEEP_FILES = """
import base64, hashlib, json
from django.core.files.base import ContentFile
from django.utils import timezone
from attachments.models import Attachment
from attachments.storage import attachment_storage, new_storage_key
from tickets.models import Ticket
request = json.load(open({request!r}))
ticket = Ticket.objects.get(pk=request["ticket"])
for name, data, content_type in request["files"]:
    content = base64.b64decode(data)
    key = attachment_storage().save(new_storage_key(), ContentFile(content))
    Attachment.objects.create(uploader=ticket.requester, ticket=ticket, name=name, content_type=content_type,
                              size=len(content), sha256=hashlib.sha256(content).hexdigest(), storage_key=key,
                              linked_at=timezone.now())
"""


def keep_files_from_before(server, tmp_path: Path, ticket_id: int, files: dict[str, tuple[bytes, str]]) -> None:
    request = tmp_path / "kept-files.json"
    request.write_text(json.dumps({"ticket": ticket_id, "files": [
        [name, base64.b64encode(content).decode(), content_type] for name, (content, content_type) in files.items()
    ]}))
    subprocess.run([sys.executable, "manage.py", "shell", "-c", _KEEP_FILES.format(request=str(request))],
                   cwd=SERVER_DIR, env=server.env, check=True, stdout=subprocess.DEVNULL)


@pytest.fixture
def system_opener(monkeypatch):
    """What was handed to the system's default applications."""
    handed: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: handed.append(url) or True))
    return handed


async def cards_of_ticket(qtbot, ctx, ticket_id: int) -> list[AttachmentCard]:
    detail = await operations.refresh_ticket(ctx, TicketStore(), ticket_id)
    attachments = [*detail.attachments, *(a for message in detail.messages for a in message.attachments)]
    cards = [AttachmentCard(ctx, attachment) for attachment in attachments]
    for card in cards:
        qtbot.addWidget(card)
    return cards


async def test_files_that_would_run_when_opened_are_never_handed_to_the_system(
    qtbot, make_ctx, sign_in_as, sav_server, tmp_path, system_opener
):
    alice = await signed_in(make_ctx, sign_in_as, CLIENT_A)
    ticket = await new_ticket(alice)
    keep_files_from_before(sav_server, tmp_path, ticket.id, DANGEROUS_FILES)
    cards = await cards_of_ticket(qtbot, alice, ticket.id)
    warned = []

    for card in cards:
        card.open_button.click()
        warning = card.warning
        if warning is not None and warning.isVisible() and card.attachment.name in warning.text():
            assert warning.save_button.text() == "Enregistrer sous…"
            warned.append(card.attachment.name)
            warning.reject()

    assert system_opener == []
    assert sorted(warned) == sorted(DANGEROUS_FILES)  # every name of the corpus was neutralised


async def test_the_warning_saves_the_file_under_a_name_that_agrees_with_its_content(
    qtbot, make_ctx, sign_in_as, sav_server, tmp_path, system_opener
):
    alice = await signed_in(make_ctx, sign_in_as, CLIENT_A)
    ticket = await new_ticket(alice)
    keep_files_from_before(sav_server, tmp_path, ticket.id, {"Facture.bat": DANGEROUS_FILES["Facture.bat"]})
    (card,) = await cards_of_ticket(qtbot, alice, ticket.id)

    card.open_button.click()
    card.warning.save_button.click()

    dialog = card.save_dialog
    assert dialog is not None and dialog.isVisible()
    assert Path(dialog.selectedFiles()[0]).name == "Facture.bat.txt"
    target = tmp_path / "facture-copie.txt"
    dialog.selectFile(str(target))
    dialog.accept()
    await until(lambda: target.exists() and target.stat().st_size == card.attachment.size, what="the saved copy")
    assert target.read_bytes() == DANGEROUS_FILES["Facture.bat"][0]
    assert system_opener == []


async def test_an_archive_is_offered_for_saving_not_opened(qtbot, make_ctx, sign_in_as, tmp_path, system_opener):
    alice = await signed_in(make_ctx, sign_in_as, CLIENT_A)
    agent = await signed_in(make_ctx, sign_in_as, AGENT)
    ticket = await new_ticket(alice)
    await send_files(agent, ticket.id, ARCHIVES, tmp_path)
    cards = await cards_of_ticket(qtbot, alice, ticket.id)

    for card in cards:
        card.open_button.click()
        assert card.warning is not None and card.warning.isVisible()
        assert "archive" in card.warning.informativeText()
        card.warning.reject()

    assert sorted(card.attachment.name for card in cards) == sorted(ARCHIVES)
    assert system_opener == []


async def send_files(ctx, ticket_id: int, names: list[str], folder: Path) -> None:
    """Uploads the samples `names` and sends them with replies (at most 10 files a message)."""
    for start in range(0, len(names), 10):
        ids = []
        for name in names[start:start + 10]:
            path = folder / name
            path.write_bytes(ALLOWED_FILES[name][0])
            uploaded = await attachment_operations.upload(ctx, path, client_uuid=uuid.uuid4())
            ids.append(uploaded.id)
        await operations.send_message(ctx, TicketStore(), ticket_id, body="Les fichiers.", kind=MessageKind.REPLY,
                                      attachment_ids=ids)


async def test_images_pdf_office_documents_and_text_open_from_a_copy_named_by_their_type(
    qtbot, make_ctx, sign_in_as, tmp_path, system_opener
):
    alice = await signed_in(make_ctx, sign_in_as, CLIENT_A)
    agent = await signed_in(make_ctx, sign_in_as, AGENT)
    ticket = await new_ticket(alice)
    await send_files(agent, ticket.id, OPENABLE, tmp_path)
    cards = await cards_of_ticket(qtbot, alice, ticket.id)

    for card in cards:
        card.open_button.click()
        await until(lambda card=card: card.opened is not None, what=f"{card.attachment.name} to open")
        assert card.warning is None

    opened = {Path(url.toLocalFile()).name: Path(url.toLocalFile()) for url in system_opener}
    assert len(opened) == len(OPENABLE) == len(cards)
    for card in cards:
        copy = opened[card.opened.name]
        content, detected = ALLOWED_FILES[card.attachment.name]
        assert copy.read_bytes() == content, "the file round-trips byte for byte"
        assert copy.suffix == EXTENSIONS[detected][0], "the copy carries its type's extension"
    assert opened_suffix(cards, "export.csv") == ".txt", "text is opened as a .txt copy, never in a spreadsheet"


def opened_suffix(cards: list[AttachmentCard], name: str) -> str:
    return next(card.opened.suffix for card in cards if card.attachment.name == name)


async def test_a_copy_in_the_cache_that_is_not_the_attachment_is_fetched_again_before_opening(
    qtbot, make_ctx, sign_in_as, tmp_path, system_opener
):
    alice = await signed_in(make_ctx, sign_in_as, CLIENT_A)
    agent = await signed_in(make_ctx, sign_in_as, AGENT)
    ticket = await new_ticket(alice)
    await send_files(agent, ticket.id, ["devis.pdf"], tmp_path)
    (card,) = await cards_of_ticket(qtbot, alice, ticket.id)
    content = ALLOWED_FILES["devis.pdf"][0]
    copy = await attachment_operations.fetch_cached(alice, card.attachment)
    copy.write_bytes(b"%PDF-9.9" + bytes(len(content) - 8))  # same name and size: another server's file

    card.open_button.click()

    await until(lambda: card.opened is not None, what="the file to open")
    assert card.opened.read_bytes() == content
    assert [Path(url.toLocalFile()) for url in system_opener] == [card.opened]
