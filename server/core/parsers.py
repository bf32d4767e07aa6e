"""The API's JSON parser (REST_FRAMEWORK's DEFAULT_PARSER_CLASSES). A body is one sane JSON document or
400 `malformed_request`, before any view reads it, so no view meets what Python's `json` lets through but
the rest of the server cannot take:

- UTF-8 only (RFC 8259), whatever charset the request declares: a bogus one would otherwise escape as
  LookupError, invalid bytes as a decoding error;
- at most MAX_DEPTH nested arrays or objects: deeper, the C decoder ends in RecursionError;
- no repeated key in an object: `json` would keep the last, while whoever checked the request may have
  read the first;
- numbers: no NaN or Infinity, no float that overflows to infinity (`1e999`), no integer past the 4300
  digits Python's `int` reads (a ValueError); the range of an id or a count is its field's business
  (`core.ids.id_field`), which names the field in its error;
- strings, keys included: no lone surrogate such as "\\ud800". No UTF-8 encodes one, so neither the database
  driver nor the answer could: an unknown key is echoed in its error, and rendering it would fail. (A NUL,
  which PostgreSQL refuses in text, is the fields' business: DRF's CharField refuses it and names the field.)
"""

import json
import math
import re
from typing import Any

from rest_framework.exceptions import ParseError
from rest_framework.parsers import JSONParser

MAX_DEPTH = 32
LONE_SURROGATE = re.compile("[\ud800-\udfff]")


class MalformedJson(ValueError):
    pass


def _object_without_repeated_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result = dict(pairs)
    if len(result) != len(pairs):
        raise MalformedJson("An object repeats a key.")
    return result


def _no_constant(name: str) -> None:
    raise MalformedJson(f"{name} is not a JSON number.")


def _check_text(text: str) -> None:
    if LONE_SURROGATE.search(text):
        raise MalformedJson("Text cannot hold a lone surrogate (\\ud800-\\udfff).")


def check_document(document: Any) -> None:
    """Depth, numbers and text of a decoded document, walked without recursion."""
    pending = [(document, 0)]
    while pending:
        value, depth = pending.pop()
        if isinstance(value, str):
            _check_text(value)
        elif isinstance(value, int) or value is None:  # booleans are ints
            continue
        elif isinstance(value, float):
            if not math.isfinite(value):
                raise MalformedJson("A number is out of range.")
        elif depth >= MAX_DEPTH:
            raise MalformedJson(f"The document is nested deeper than {MAX_DEPTH} levels.")
        elif isinstance(value, dict):
            for key, item in value.items():
                _check_text(key)
                pending.append((item, depth + 1))
        else:
            pending.extend((item, depth + 1) for item in value)


def parse_json(raw: bytes) -> Any:
    """`raw` as a checked JSON document; MalformedJson (a ValueError) says why not."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise MalformedJson("The body is not UTF-8.") from exc
    try:
        document = json.loads(text, object_pairs_hook=_object_without_repeated_keys, parse_constant=_no_constant)
    except RecursionError as exc:
        raise MalformedJson(f"The document is nested deeper than {MAX_DEPTH} levels.") from exc
    except MalformedJson:
        raise
    except ValueError as exc:  # JSONDecodeError, or an integer of more than 4300 digits
        raise MalformedJson(f"The body is not valid JSON: {exc}") from exc
    check_document(document)
    return document


class StrictJSONParser(JSONParser):
    def parse(self, stream, media_type=None, parser_context=None):
        try:
            return parse_json(stream.read())
        except MalformedJson as exc:
            raise ParseError(str(exc)) from exc
