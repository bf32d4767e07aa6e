"""File names are metadata: plain names kept, paths and control characters refused, long ones cut."""

import pytest

from attachments.names import clean_name, content_disposition
from core.errors import ValidationFailed


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
