"""POST /attachments refuses a name whose extension does not agree with the type found in the bytes:
the corpus of names that run, install, mount or render when opened (tests/attachment_samples.py), each
with content the server would otherwise accept. Names that agree, in any case, still go through; a
name without an extension gets its type's."""

import hashlib

import pytest
from django.core.files.base import ContentFile

from attachments.models import Attachment
from attachments.storage import attachment_storage, new_storage_key
from tests.attachment_samples import DANGEROUS_FILES, JPEG, MACRO_NAMES, PDF, PNG, TEXT
from tests.server.attachments.conftest import nothing_stored_since

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("name", sorted(DANGEROUS_FILES))
def test_a_name_that_would_run_or_render_when_opened_is_refused(upload, alice, stored_files, name):
    content, _detected = DANGEROUS_FILES[name]
    before = stored_files()

    response = upload(alice, content, name=name)

    assert response.status_code == 415, response.content
    expected = "attachment_macros_not_allowed" if name in MACRO_NAMES else "attachment_extension_mismatch"
    assert response.json()["code"] == expected
    assert nothing_stored_since(before, stored_files)


def test_the_refusal_names_the_field_and_the_extensions_that_fit(upload, alice):
    response = upload(alice, PDF, name="Facture.pdf.exe")

    body = response.json()
    assert body["errors"]["name"][0]["code"] == "attachment_extension_mismatch"
    assert ".exe" in body["detail"] and ".pdf" in body["detail"]


@pytest.mark.parametrize(("name", "content"), [("PHOTO.PNG", PNG), ("Scan.Jpeg", JPEG), ("DEVIS.Pdf", PDF),
                                               ("facture.exe.pdf", PDF), ("notes.MD", TEXT)])
def test_an_agreeing_extension_passes_in_any_case_and_the_name_is_kept(upload, alice, name, content):
    response = upload(alice, content, name=name)

    assert response.status_code == 201, response.content
    assert response.json()["name"] == name


@pytest.mark.parametrize(("name", "content", "stored"), [
    ("journal", TEXT, "journal.txt"), ("scan", JPEG, "scan.jpg"), ("rapport.", PDF, "rapport.pdf"),
    ("rapport . .", PDF, "rapport.pdf"), ("capture", PNG, "capture.png"),
])
def test_a_name_without_an_extension_gets_its_types_own(upload, alice, name, content, stored):
    response = upload(alice, content, name=name)

    assert response.status_code == 201, response.content
    assert response.json()["name"] == stored


@pytest.mark.parametrize("name", ["Facture\u202etxt.bat", "Facture\u202egnp.exe", "photo\u2066.png",
                                  "devis\u200f.pdf"])
def test_a_name_with_direction_marks_is_refused(upload, alice, name):
    response = upload(alice, PNG, name=name)

    assert response.status_code == 400 and response.json()["code"] == "attachment_name_invalid"


def test_a_file_kept_from_before_downloads_under_its_types_extension(api_as, alice):
    content = DANGEROUS_FILES["Facture.bat"][0]
    key = attachment_storage().save(new_storage_key(), ContentFile(content))
    kept = Attachment.objects.create(uploader=alice, name="Facture.bat", content_type="text/plain",
                                     size=len(content), sha256=hashlib.sha256(content).hexdigest(), storage_key=key)

    response = api_as(alice).get(f"/api/v1/attachments/{kept.id}/content")

    assert response.status_code == 200
    assert response["Content-Disposition"] == (
        "attachment; filename=\"Facture.bat.txt\"; filename*=UTF-8''Facture.bat.txt"
    )
    assert api_as(alice).get(f"/api/v1/attachments/{kept.id}").json()["name"] == "Facture.bat"

