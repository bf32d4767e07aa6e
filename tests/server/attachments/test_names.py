"""File names are metadata: plain names kept, paths and control characters refused, long ones cut."""

import pytest

from attachments.names import MAX_NAME_LENGTH, clean_name, content_disposition, name_for_type
from core.errors import UnsupportedContent, ValidationFailed
from shared_schemas.attachments import EXTENSIONS, agreeing_name, extension_of


@pytest.mark.parametrize("name", ["Facture été.pdf", "photo (2).JPG", "r\u00e9sum\u00e9.docx", ".bashrc"])
def test_it_keeps_a_plain_name(name):
    assert clean_name(name) == name


@pytest.mark.parametrize("name", ["../x", "a/b", "a\\b", "C:x", "\x00", "a\rb", "a\u202eb", "", ".", ".."])
def test_it_refuses_paths_and_control_characters(name):
    with pytest.raises(ValidationFailed) as refused:
        clean_name(name)
    assert refused.value.code == "attachment_name_invalid"


def test_a_disposition_never_lets_a_quote_or_a_semicolon_through_the_ascii_name():
    header = content_disposition('a"; filename=evil.html;.txt')

    assert header.startswith('attachment; filename="a__ filename=evil.html_.txt"; filename*=UTF-8\'\'')


@pytest.mark.parametrize(("raw", "cleaned"), [("rapport.pdf.", "rapport.pdf"), ("x.bat . .", "x.bat"),
                                              ("  devis.PDF  ", "devis.PDF")])
def test_it_drops_the_trailing_dots_and_spaces_windows_drops(raw, cleaned):
    assert clean_name(raw) == cleaned


@pytest.mark.parametrize("name", [". .", "...", " . "])
def test_a_name_of_dots_and_spaces_only_is_refused(name):
    with pytest.raises(ValidationFailed):
        clean_name(name)


@pytest.mark.parametrize(("name", "extension"), [("x.bat.", ".bat"), ("x.bat ", ".bat"), ("X.BAT", ".bat"),
                                                 (".bashrc", ".bashrc"), ("journal", ""), ("a.tar.gz", ".gz"),
                                                 ("facture.pdf.exe", ".exe"), ("x.pdf\u2024exe", ".pdf\u2024exe")])
def test_the_extension_is_what_a_file_manager_reads(name, extension):
    assert extension_of(name) == extension


def test_a_kelvin_sign_does_not_pass_for_a_k():
    assert extension_of("x.\u212ajs") != ".kjs"


@pytest.mark.parametrize(("name", "content_type"), [("Facture.bat", "text/plain"), (".bashrc", "text/plain"),
                                                    ("photo.jpg", "image/png"), ("rapport.docx", "application/zip"),
                                                    ("notes.txt", "application/pdf")])
def test_a_name_that_disagrees_with_its_type_is_refused(name, content_type):
    with pytest.raises(UnsupportedContent) as refused:
        name_for_type(name, content_type)
    assert refused.value.code == "attachment_extension_mismatch" and "name" in refused.value.errors


def test_a_long_name_without_an_extension_is_cut_to_make_room_for_its_types():
    name = name_for_type("r" * MAX_NAME_LENGTH, "application/pdf")

    assert len(name) == MAX_NAME_LENGTH and name.endswith("r.pdf")


@pytest.mark.parametrize("content_type", sorted(EXTENSIONS))
def test_every_type_has_a_canonical_extension_its_names_agree_with(content_type):
    assert name_for_type("piece", content_type) == "piece" + EXTENSIONS[content_type][0]


@pytest.mark.parametrize(("name", "content_type", "offered"), [
    ("Facture.bat", "text/plain", "Facture.bat.txt"), ("photo.png.exe", "image/png", "photo.png.exe.png"),
    ("journal.log", "text/plain", "journal.log"), ("DEVIS.PDF", "application/pdf", "DEVIS.PDF"),
])
def test_a_download_is_offered_under_a_name_that_agrees_with_its_type(name, content_type, offered):
    assert agreeing_name(name, content_type) == offered
