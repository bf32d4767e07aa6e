"""`shared_schemas.attachments.AttachmentOut` is what the attachment endpoints answer, alone and inside
messages and the ticket detail."""

import uuid

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from shared_schemas.attachments import AttachmentOut
from shared_schemas.tickets import MessageCreate, MessageOut, TicketCreate, TicketDetail
from tests.contract.wire import assert_component_matches, assert_wire

pytestmark = pytest.mark.django_db

PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + b"\x00" * 32


def _upload(client, name: str, content: bytes, **fields) -> AttachmentOut:
    file = SimpleUploadedFile(name, content, content_type="application/octet-stream")
    return assert_wire(AttachmentOut, client.post("/api/v1/attachments", {"file": file, **fields},
                                                  format="multipart"), status=201)


def test_uploads_tickets_and_messages_carry_attachment_out(api_as, alice, category):
    client = api_as(alice)
    staged = _upload(client, "photo.png", PNG, client_uuid=str(uuid.uuid4()))
    second = _upload(client, "journal.txt", "Erreur E42 à 8 h\n".encode())
    metadata = assert_wire(AttachmentOut, client.get(f"/api/v1/attachments/{staged.id}"), status=200)

    detail = assert_wire(TicketDetail, client.post("/api/v1/tickets", TicketCreate(
        subject="Écran noir", description="Voir la photo.", category=category.id, attachments=[staged.id]
    ).payload()), status=201)
    message = assert_wire(MessageOut, client.post(f"/api/v1/tickets/{detail.id}/messages", MessageCreate(
        body="Le journal du terminal.", attachments=[second.id]
    ).payload()), status=201)
    listed = assert_wire(list[MessageOut], client.get(f"/api/v1/tickets/{detail.id}/messages"), status=200)
    read = assert_wire(TicketDetail, client.get(f"/api/v1/tickets/{detail.id}"), status=200)

    assert (staged.ticket, staged.message, staged.content_type, metadata.name) == (None, None, "image/png", "photo.png")
    assert [(a.id, a.ticket, a.message) for a in detail.attachments] == [(staged.id, detail.id, None)]
    assert [(a.id, a.message) for a in message.attachments] == [(second.id, message.id)]
    assert [a.id for a in listed[0].attachments] == [a.id for a in read.messages[0].attachments] == [second.id]
    assert read.attachments[0].sha256 == staged.sha256


@pytest.mark.parametrize(("component", "model"), [("Attachment", AttachmentOut)])
def test_the_openapi_schema_publishes_the_same_shapes(openapi, component, model):
    assert_component_matches(openapi, component, model)
