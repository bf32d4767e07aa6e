import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from core.parsers import MAX_DEPTH, MalformedJson, parse_json


def nested(depth: int) -> bytes:
    return ("[" * depth + "]" * depth).encode()


def test_it_reads_a_document_nested_to_the_limit():
    assert parse_json(nested(MAX_DEPTH)) is not None


@pytest.mark.parametrize("depth", [MAX_DEPTH + 1, 10_000, 1_000_000])
def test_it_refuses_a_document_nested_deeper_than_the_limit(depth):
    with pytest.raises(MalformedJson, match="nested deeper"):
        parse_json(nested(depth))


def test_it_reads_long_integers_and_leaves_their_range_to_the_fields():
    assert parse_json(b"[100000000000000000000]") == [10**20]


@pytest.mark.parametrize("digits", ["9" * 4301, "9" * 100_000])
def test_it_refuses_integers_longer_than_python_reads(digits):
    with pytest.raises(MalformedJson):
        parse_json(f'{{"id": {digits}}}'.encode())


@pytest.mark.parametrize("text", ['"\\ud800"', '"\\udfff tail"', '["\\ud83d"]', '{"key\\udbff": 1}', '{"\\udc00": 1}'])
def test_it_refuses_lone_surrogates_in_strings_and_keys(text):
    with pytest.raises(MalformedJson, match="surrogate"):
        parse_json(text.encode())


def test_it_leaves_nul_characters_to_the_fields_which_name_themselves():
    assert parse_json(b'{"subject": "Panne\\u0000"}') == {"subject": "Panne\x00"}


def test_it_reads_a_surrogate_pair_as_the_character_it_encodes():
    assert parse_json(b'"\\ud83d\\ude00"') == "\U0001f600"


@pytest.mark.parametrize("body", [b"NaN", b"-Infinity", b"[1e999]", b'{"a": 1, "a": 1}', b"\xef\xbb\xbf{}", b""])
def test_it_refuses_what_is_not_one_plain_json_document(body):
    with pytest.raises(MalformedJson):
        parse_json(body)


STORABLE_TEXT = st.text(st.characters(blacklist_categories=["Cs"]))
SANE_DOCUMENTS = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False)
    | STORABLE_TEXT,
    lambda children: st.lists(children) | st.dictionaries(STORABLE_TEXT, children),
    max_leaves=20,
)


@given(SANE_DOCUMENTS)
def test_it_reads_back_any_sane_document(document):
    assert parse_json(json.dumps(document).encode()) == document
