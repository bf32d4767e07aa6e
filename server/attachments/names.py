"""The file name a user gives: metadata shown back to people, never part of a storage path, and an
extension that must agree with the type found in the bytes (a file manager picks the program that opens
a file from its extension: `Facture.bat` holding text would run)."""

import unicodedata
from pathlib import PurePosixPath
from urllib.parse import quote

from core.errors import UnsupportedContent, ValidationFailed
from shared_schemas.attachments import EXTENSIONS, extension_of

MAX_NAME_LENGTH = 200
_MAX_SUFFIX_LENGTH = 16


def _refuse(message: str) -> ValidationFailed:
    return ValidationFailed(message, code="attachment_name_invalid",
                            errors={"name": [{"code": "attachment_name_invalid", "message": message}]})


def clean_name(raw: str) -> str:
    """A plain file name: refused when it holds a path (`/`, `\\`, `..`), a drive, a control or
    direction character (NUL, newline, U+202E…) or nothing; otherwise normalised (NFC, trimmed, without
    the trailing dots and spaces Windows drops) and cut to MAX_NAME_LENGTH characters, keeping its
    extension."""
    name = unicodedata.normalize("NFC", raw).strip().rstrip(". ")
    if not name:
        raise _refuse("Give the file a name.")
    if any(unicodedata.category(char) in {"Cc", "Cf", "Zl", "Zp"} for char in name):
        raise _refuse("A file name cannot hold control characters.")
    if "/" in name or "\\" in name or ":" in name:
        raise _refuse("A file name cannot hold a path: give its name only.")
    if len(name) > MAX_NAME_LENGTH:
        suffix = PurePosixPath(name).suffix
        suffix = suffix if len(suffix) <= _MAX_SUFFIX_LENGTH else ""
        name = _with_suffix(name[: -len(suffix) or None], suffix)
    return name


def _with_suffix(stem: str, suffix: str) -> str:
    return stem[: MAX_NAME_LENGTH - len(suffix)].rstrip(". ") + suffix


def name_for_type(name: str, content_type: str) -> str:
    """`name` (cleaned) once it agrees with the detected `content_type`: kept when its extension is one
    of the type's (any case), given the type's own when it has none (`journal` → `journal.txt`), and
    refused otherwise — a double (`facture.pdf.exe`) or a disguised (`Facture.bat` holding text)
    extension alike (`attachment_extension_mismatch`)."""
    extension, allowed = extension_of(name), EXTENSIONS[content_type]
    if extension in allowed:
        return name
    if not extension:
        return _with_suffix(name, allowed[0])
    message = (f"The name's extension ({extension}) does not match the file's content ({content_type}): "
               f"use {', '.join(allowed)}.")
    raise UnsupportedContent(message, code="attachment_extension_mismatch",
                             errors={"name": [{"code": "attachment_extension_mismatch", "message": message}]})


def _ascii_fallback(name: str) -> str:
    decomposed = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    cleaned = "".join(char if char.isprintable() and char not in '"\\;%' else "_" for char in decomposed)
    return cleaned.strip() or "attachment"


def content_disposition(name: str) -> str:
    """RFC 6266: `attachment`, an ASCII `filename` for old clients and the exact UTF-8 `filename*`."""
    return f"attachment; filename=\"{_ascii_fallback(name)}\"; filename*=UTF-8''{quote(name, safe='')}"
