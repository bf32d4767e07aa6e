"""The file name a user gives: metadata shown back to people, never part of a storage path."""

import unicodedata
from pathlib import PurePosixPath
from urllib.parse import quote

from core.errors import ValidationFailed

MAX_NAME_LENGTH = 200
_MAX_SUFFIX_LENGTH = 16


def _refuse(message: str) -> ValidationFailed:
    return ValidationFailed(message, code="attachment_name_invalid",
                            errors={"name": [{"code": "attachment_name_invalid", "message": message}]})


def clean_name(raw: str) -> str:
    """A plain file name: refused when it holds a path (`/`, `\\`, `..`), a drive, a control character
    (NUL, newline…) or nothing; otherwise normalised (NFC, trimmed) and cut to MAX_NAME_LENGTH
    characters, keeping its extension."""
    name = unicodedata.normalize("NFC", raw).strip()
    if not name or name in {".", ".."}:
        raise _refuse("Give the file a name.")
    if any(unicodedata.category(char) in {"Cc", "Cf", "Zl", "Zp"} for char in name):
        raise _refuse("A file name cannot hold control characters.")
    if "/" in name or "\\" in name or ":" in name:
        raise _refuse("A file name cannot hold a path: give its name only.")
    if len(name) > MAX_NAME_LENGTH:
        suffix = PurePosixPath(name).suffix
        suffix = suffix if len(suffix) <= _MAX_SUFFIX_LENGTH else ""
        name = name[: MAX_NAME_LENGTH - len(suffix)].rstrip() + suffix
    return name


def _ascii_fallback(name: str) -> str:
    decomposed = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    cleaned = "".join(char if char.isprintable() and char not in '"\\;%' else "_" for char in decomposed)
    return cleaned.strip() or "attachment"


def content_disposition(name: str) -> str:
    """RFC 6266: `attachment`, an ASCII `filename` for old clients and the exact UTF-8 `filename*`."""
    return f"attachment; filename=\"{_ascii_fallback(name)}\"; filename*=UTF-8''{quote(name, safe='')}"
