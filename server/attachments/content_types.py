"""What a file is, decided from its bytes (magic numbers, via `filetype`), never from its name or
the content type the client claims. Only the types of ALLOWED are accepted; markup (HTML, SVG,
XML), executables and scripts are refused, and so is anything not recognised. What a zip or a legacy
office file really is (and whether it carries macros) is read from inside it: `containers.refine`."""

import codecs
from collections.abc import Iterable

import filetype

from core.errors import UnsupportedContent
from shared_schemas.attachments import EXTENSIONS, TEXT

# The detected types accepted (each with the extensions its name may have: shared_schemas.attachments).
ALLOWED = frozenset(EXTENSIONS)

# Bytes `filetype` may not name (or names as something harmless-looking) but that are always refused.
_EXECUTABLE_MAGIC = (
    b"\x7fELF",  # ELF
    b"MZ",  # PE / DOS
    b"\xfe\xed\xfa\xce", b"\xfe\xed\xfa\xcf", b"\xce\xfa\xed\xfe", b"\xcf\xfa\xed\xfe",  # Mach-O
    b"\xca\xfe\xba\xbe",  # Mach-O universal (and Java classes)
    b"#!",  # a script's shebang
)
HEAD_SIZE = 8192  # what `filetype` reads


def _refuse(detail: str) -> UnsupportedContent:
    return UnsupportedContent(detail, code="attachment_type_not_allowed")


def detect(head: bytes) -> str:
    """The detected MIME type (a key of ALLOWED) of a file starting with `head` (its first HEAD_SIZE
    bytes). Text is only a candidate here: `check_text` must then read the whole file."""
    if not head:
        raise _refuse("The file is empty.")
    if head.startswith(_EXECUTABLE_MAGIC):
        raise _refuse("Programs and scripts cannot be attached.")
    kind = filetype.guess(head)
    if kind is not None:
        if kind.mime not in ALLOWED:
            raise _refuse(f"Files of type {kind.mime} cannot be attached.")
        return kind.mime
    text = head.removeprefix(codecs.BOM_UTF8).lstrip()
    if text.startswith(b"<"):
        raise _refuse("HTML, SVG and XML documents cannot be attached.")
    if b"\x00" in head:
        raise _refuse("This kind of file cannot be attached: send an image, a PDF, a text, an office "
                      "document or an archive.")
    return TEXT


def check_text(chunks: Iterable[bytes]) -> None:
    """A text attachment is UTF-8 without NUL from end to end (a binary behind a text-looking head is
    refused)."""
    decoder = codecs.getincrementaldecoder("utf-8")()
    try:
        for chunk in chunks:
            if b"\x00" in chunk:
                raise _refuse("A text file cannot hold NUL bytes.")
            decoder.decode(chunk)
        decoder.decode(b"", final=True)
    except UnicodeDecodeError as exc:
        raise _refuse("Text files must be UTF-8.") from exc


def served_type(detected: str) -> str:
    """The Content-Type a file of this detected type is served with."""
    return "text/plain; charset=utf-8" if detected == TEXT else detected
