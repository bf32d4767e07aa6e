"""POST /attachments: what is accepted, decided from the bytes, and what is refused with nothing stored."""

import hashlib
import os
import stat
import uuid
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from rest_framework.throttling import SimpleRateThrottle

from accounts.models import Role
from attachments.models import Attachment
from attachments.storage import attachment_storage
from tests.server import factories
from tests.server.attachments.conftest import ALLOWED_FILES, REFUSED_FILES, nothing_stored_since

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("name", sorted(ALLOWED_FILES))
def test_each_allowed_type_round_trips_byte_identical(upload, api_as, alice, name):
    content, detected = ALLOWED_FILES[name]

    created = upload(alice, content, filename=name)
    download = api_as(alice).get(f"/api/v1/attachments/{created.json()['id']}/content")

    assert created.status_code == 201, created.content
    body = b"".join(download.streaming_content)
    assert body == content
    assert created.json()["content_type"] == detected
    assert created.json()["sha256"] == hashlib.sha256(content).hexdigest() == hashlib.sha256(body).hexdigest()
    assert (created.json()["size"], created.json()["name"]) == (len(content), name)
    assert (created.json()["ticket"], created.json()["message"]) == (None, None)


@pytest.mark.parametrize("what", sorted(REFUSED_FILES))
def test_it_refuses_markup_programs_and_unknown_content_and_stores_nothing(upload, alice, stored_files, what):
    before = stored_files()

    response = upload(alice, REFUSED_FILES[what], filename="photo.png")

    assert response.status_code == 415, response.content
    assert response.json()["code"] == "attachment_type_not_allowed"
    assert nothing_stored_since(before, stored_files)


def test_an_empty_file_is_refused(upload, alice, stored_files):
    before = stored_files()

    response = upload(alice, b"", filename="vide.txt")

    assert response.status_code == 400 and "file" in response.json()["errors"]
    assert nothing_stored_since(before, stored_files)


def test_a_text_with_a_binary_tail_is_refused(upload, alice, stored_files):
    before = stored_files()

    response = upload(alice, b"Bonjour\n" * 2000 + b"\x00\x01\x02", filename="notes.txt")

    assert response.status_code == 415 and response.json()["code"] == "attachment_type_not_allowed"
    assert nothing_stored_since(before, stored_files)


@pytest.mark.parametrize("name", ["../../etc/passwd", "C:\\x\\y.pdf", "rapport\x00.pdf", "rapport\n.pdf",
                                  "..", "sous/dossier.txt", "   "])
def test_a_name_holding_a_path_or_control_characters_is_refused(upload, alice, stored_files, name):
    before = stored_files()

    response = upload(alice, b"Bonjour", filename="notes.txt", name=name)

    assert response.status_code == 400, response.content
    assert response.json()["code"] == "attachment_name_invalid" and "name" in response.json()["errors"]
    assert nothing_stored_since(before, stored_files)


def test_a_long_name_is_cut_keeping_its_extension(upload, alice):
    response = upload(alice, b"%PDF-1.4\n", filename="r" * 300 + ".pdf")

    name = response.json()["name"]
    assert response.status_code == 201 and len(name) == 200 and name.endswith("r.pdf")


def test_the_stored_file_has_a_random_key_and_private_permissions(upload, alice):
    response = upload(alice, b"%PDF-1.4\n", filename="devis client.pdf")

    attachment = Attachment.objects.get(pk=response.json()["id"])
    path = Path(attachment_storage().path(attachment.storage_key))
    assert "devis" not in attachment.storage_key and len(Path(attachment.storage_key).name) == 32
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    assert stat.S_IMODE(os.stat(path.parent).st_mode) == 0o700


def test_an_oversized_file_is_refused_and_nothing_is_stored(upload, alice, stored_files, settings):
    settings.SAV_ATTACHMENT_MAX_BYTES = 1000
    before = stored_files()

    response = upload(alice, b"a" * 1001, filename="gros.txt")

    assert response.status_code == 413, response.content
    assert response.json()["code"] == "attachment_too_large"
    assert nothing_stored_since(before, stored_files)


def test_a_body_announced_too_large_is_refused_before_it_is_read(api_as, alice, settings):
    settings.SAV_ATTACHMENT_MAX_BYTES = 1000
    client = api_as(alice)

    response = client.generic("POST", "/api/v1/attachments", b"x", content_type="multipart/form-data; boundary=b",
                              CONTENT_LENGTH="10000000")

    assert response.status_code == 413 and response.json()["code"] == "attachment_too_large"


def test_a_file_at_the_limit_is_accepted(upload, alice, settings):
    settings.SAV_ATTACHMENT_MAX_BYTES = 1000

    assert upload(alice, b"a" * 1000, filename="juste.txt").status_code == 201


def test_a_retry_with_the_same_client_uuid_returns_the_first_attachment(upload, alice):
    key = str(uuid.uuid4())
    content = ALLOWED_FILES["photo.png"][0]

    first = upload(alice, content, client_uuid=key)
    retry = upload(alice, content, client_uuid=key)

    assert (first.status_code, retry.status_code) == (201, 201)
    assert retry.json() == first.json() and retry.headers["Idempotent-Replayed"] == "true"
    assert Attachment.objects.count() == 1


def test_a_retry_of_a_file_sent_on_a_ticket_no_longer_seen_is_not_found(upload, api_as, agent, alice):
    Role.objects.create(code="helper", name="Aide", audience="staff", permissions=["tickets.note"])
    hugo = factories.make_staff_user("helper", email="hugo@origyne.fr", full_name="Hugo Aide")
    ticket = factories.make_ticket(alice)
    ticket.watchers.add(hugo)
    key, content = str(uuid.uuid4()), ALLOWED_FILES["photo.png"][0]
    attachment_id = upload(hugo, content, client_uuid=key).json()["id"]
    note = {"body": "Photo du terminal", "kind": "note", "attachments": [attachment_id]}
    assert api_as(hugo).post(f"/api/v1/tickets/{ticket.id}/messages", note).status_code == 201
    ticket.watchers.remove(hugo)

    retry = upload(hugo, content, client_uuid=key)

    assert retry.status_code == 404 and retry.json()["code"] == "not_found"
    assert Attachment.objects.count() == 1


def test_the_same_client_uuid_with_another_file_is_a_conflict(upload, alice):
    key = str(uuid.uuid4())
    upload(alice, b"%PDF-1.4\n", filename="devis.pdf", client_uuid=key)

    response = upload(alice, b"%PDF-1.5\n", filename="devis.pdf", client_uuid=key)

    assert response.status_code == 409 and response.json()["code"] == "idempotency_key_reused"


def test_an_upload_takes_exactly_one_file_and_known_fields(api_as, alice):
    client = api_as(alice)
    one, two = (SimpleUploadedFile(n, b"%PDF-1.4\n") for n in ("a.pdf", "b.pdf"))

    nothing = client.post("/api/v1/attachments", {"name": "a.pdf"}, format="multipart")
    several = client.post("/api/v1/attachments", {"file": [one, two]}, format="multipart")
    unknown = client.post("/api/v1/attachments", {"file": SimpleUploadedFile("c.pdf", b"%PDF-1.4\n"),
                                                  "ticket": "1"}, format="multipart")

    assert (nothing.status_code, several.status_code, unknown.status_code) == (400, 400, 400)
    assert unknown.json()["code"] == "unknown_field"
    assert not Attachment.objects.exists()


@pytest.mark.parametrize("part, code", [("ticket", "unknown_field"), ("name", "invalid"), ("client_uuid", "invalid")])
def test_a_second_file_part_under_another_name_is_refused(api_as, alice, part, code):
    form = {"file": SimpleUploadedFile("a.pdf", b"%PDF-1.4\n"), part: SimpleUploadedFile("b.pdf", b"%PDF-1.4\n")}

    response = api_as(alice).post("/api/v1/attachments", form, format="multipart")

    assert response.status_code == 400 and response.json()["errors"][part][0]["code"] == code
    assert not Attachment.objects.exists()


def test_a_role_that_cannot_write_cannot_upload(upload, alice, stored_files):
    alice.role.permissions = ["tickets.rate"]
    alice.role.save(update_fields=["permissions"])
    before = stored_files()

    response = upload(alice, b"%PDF-1.4\n", filename="devis.pdf")

    assert response.status_code == 403 and response.json()["code"] == "permission_denied"
    assert nothing_stored_since(before, stored_files)


def test_uploads_are_throttled_per_user(upload, alice, bob, monkeypatch):
    monkeypatch.setattr(SimpleRateThrottle, "THROTTLE_RATES",
                        {**SimpleRateThrottle.THROTTLE_RATES, "attachment_upload": "2/hour"})

    answers = [upload(alice, b"%PDF-1.4\n", filename="devis.pdf").status_code for _ in range(3)]

    assert answers == [201, 201, 429]
    assert upload(bob, b"%PDF-1.4\n", filename="devis.pdf").status_code == 201
