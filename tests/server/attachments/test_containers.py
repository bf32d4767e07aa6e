"""What a zip or a legacy office file really is: read from inside it, never from its first bytes alone.
Office documents with macros are refused whatever their name, and archives posing as documents are
archives (so a document's name does not fit them)."""

import pytest

from tests.attachment_samples import (
    DOCM,
    DOCX,
    ODS,
    PLAIN_ZIP,
    PPTX,
    XLSX,
    legacy_doc,
    legacy_xls,
    ooxml,
    opendocument,
    zipped,
)
from tests.server.attachments.conftest import nothing_stored_since

pytestmark = pytest.mark.django_db

_CONTENT_TYPES_ONLY = ('<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                       '<Override PartName="/word/document.xml" ContentType="' + DOCX + '.main+xml"/></Types>')

MACROS: dict[str, tuple[str, bytes]] = {
    "a macro-enabled document named .docx": ("rapport.docx", DOCM),
    "a VBA project inside a .docx": ("rapport.docx", ooxml(DOCX, parts={"word/vbaProject.bin": "VBA"})),
    "an ActiveX control inside a .docx": ("rapport.docx", ooxml(DOCX, parts={"word/activeX/activeX1.xml": "<ax/>"})),
    "an Excel 4 macro sheet inside a .xlsx": (
        "stock.xlsx", ooxml(XLSX, overrides={"/xl/macrosheets/sheet1.xml": "application/vnd.ms-excel.macrosheet+xml"})),
    "a macro-enabled workbook named .xlsx": (
        "stock.xlsx", ooxml(XLSX, main_type="application/vnd.ms-excel.sheet.macroEnabled.main+xml")),
    "OpenDocument Basic macros": ("compte-rendu.odt", opendocument(parts={"Basic/Standard/Module1.xml": "<m/>"})),
    "OpenDocument Python scripts": ("compte-rendu.odt", opendocument(parts={"Scripts/python/run.py": "import os"})),
    "a legacy Word document with a VBA project": ("ancien.doc", legacy_doc(macros=True)),
    "a legacy workbook with a VBA project": ("ancien.xls", legacy_xls(vba=True)),
    "a legacy workbook with an Excel 4 macro sheet": ("ancien.xls", legacy_xls(sheet_types=(0, 1))),
}

POSING_AS_DOCUMENTS: dict[str, tuple[str, bytes]] = {
    "a plain zip": ("rapport.docx", PLAIN_ZIP),
    "a zip whose first entry is word/ without [Content_Types].xml": (
        "rapport.docx", zipped({"word/document.xml": "<w/>", "lancer.exe": "MZ"})),
    "a package naming no main part": ("rapport.docx", zipped({"[Content_Types].xml": "<Types/>",
                                                             "word/document.xml": "<w/>"})),
    "a package whose main part is missing": ("rapport.docx", zipped({"[Content_Types].xml": _CONTENT_TYPES_ONLY,
                                                                    "lancer.exe": "MZ"})),
    "a presentation named .docx": ("rapport.docx", ooxml(PPTX)),
    "a workbook named .pptx": ("presentation.pptx", ooxml(XLSX)),
    "a spreadsheet named .odt": ("compte-rendu.odt", opendocument(ODS)),
    "a Word document named .xls": ("ancien.xls", legacy_doc()),
}

NOT_ALLOWED: dict[str, tuple[str, bytes]] = {
    "a Word template": ("modele.docx", ooxml(
        DOCX, main_type="application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml")),
    "a slide show (opens straight into the show)": ("diaporama.pptx", ooxml(
        PPTX, main_type="application/vnd.openxmlformats-officedocument.presentationml.slideshow.main+xml")),
    "a package declaring entities": ("rapport.docx", ooxml(DOCX, prolog='<!DOCTYPE t [<!ENTITY a "aaaaaaaa">]>')),
    "an OpenDocument presentation": ("diapos.odt", opendocument("application/vnd.oasis.opendocument.presentation")),
    "an encrypted legacy workbook (its sheets cannot be read)": ("ancien.xls", legacy_xls(encrypted=True)),
    "a damaged legacy document": ("ancien.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504)
                                  + b"\xec\xa5\xc1\x00" + bytes(600)),
    "a truncated zip": ("logs.zip", PLAIN_ZIP[:-30]),
}


@pytest.mark.parametrize("what", sorted(MACROS))
def test_an_office_document_with_macros_is_refused_whatever_its_name(upload, alice, stored_files, what):
    name, content = MACROS[what]
    before = stored_files()

    response = upload(alice, content, filename=name)

    assert response.status_code == 415, response.content
    assert response.json()["code"] == "attachment_macros_not_allowed"
    assert nothing_stored_since(before, stored_files)


@pytest.mark.parametrize("what", sorted(POSING_AS_DOCUMENTS))
def test_an_archive_posing_as_a_document_is_not_taken_under_the_documents_name(upload, alice, stored_files, what):
    name, content = POSING_AS_DOCUMENTS[what]
    before = stored_files()

    response = upload(alice, content, filename=name)

    assert response.status_code == 415, response.content
    assert response.json()["code"] == "attachment_extension_mismatch"
    assert nothing_stored_since(before, stored_files)


@pytest.mark.parametrize("what", sorted(NOT_ALLOWED))
def test_templates_slide_shows_and_unreadable_containers_are_refused(upload, alice, stored_files, what):
    name, content = NOT_ALLOWED[what]
    before = stored_files()

    response = upload(alice, content, filename=name)

    assert response.status_code == 415, response.content
    assert response.json()["code"] == "attachment_type_not_allowed"
    assert nothing_stored_since(before, stored_files)


def test_a_plain_zip_is_still_an_archive(upload, alice):
    response = upload(alice, zipped({"word/document.xml": "<w/>"}), filename="rapport.zip")

    assert response.status_code == 201, response.content
    assert response.json()["content_type"] == "application/zip"
