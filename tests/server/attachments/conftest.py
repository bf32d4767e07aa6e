"""Fixtures of the attachment tests: small files with real magic numbers, made here, and helpers to
upload them and to see what was stored."""

from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from attachments.models import Attachment
from attachments.storage import attachment_storage
from tests.attachment_samples import ALLOWED_FILES

__all__ = ["ALLOWED_FILES", "REFUSED_FILES", "nothing_stored_since"]


REFUSED_FILES: dict[str, bytes] = {
    "disguised html": b"<!DOCTYPE html><html><script>alert(1)</script></html>",
    "html in a .png with a BOM": b"\xef\xbb\xbf  <html><body>hi</body></html>",
    "svg": b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
    "xml": b'<?xml version="1.0"?><note/>',
    "elf": b"\x7fELF\x02\x01\x01\x00" + bytes(64),
    "windows exe": b"MZ\x90\x00\x03\x00\x00\x00" + bytes(64),
    "mach-o": b"\xcf\xfa\xed\xfe\x07\x00\x00\x01" + bytes(64),
    "shell script": b"#!/bin/sh\nrm -rf /\n",
    "unknown binary": b"\x00\x01\x02\x03garbage\x00\xff",
    "latin-1 text": "Caf\u00e9 cr\u00e8me".encode("latin-1"),
    "legacy powerpoint": b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504) + b"\xa0\x46\x1d\xf0" + bytes(600),
    "windows shortcut": b"L\x00\x00\x00\x01\x14\x02\x00\x00\x00\x00\x00\xc0\x00\x00\x00\x00\x00\x00F" + bytes(64),
}


@pytest.fixture
def upload(api_as):
    """`upload(user, content, filename=..., **form)` → the response of POST /attachments."""

    def send(user, content: bytes, filename: str = "photo.png", **form):
        file = SimpleUploadedFile(filename, content, content_type="image/png")
        return api_as(user).post("/api/v1/attachments", {"file": file, **form}, format="multipart")

    return send


@pytest.fixture
def stored_files():
    """`stored_files()` → the files under the attachments storage right now."""
    root = Path(attachment_storage().location)

    def files() -> list[Path]:
        return sorted(path for path in root.rglob("*") if path.is_file())

    return files


def nothing_stored_since(before: list[Path], stored_files) -> bool:
    return stored_files() == before and not Attachment.objects.exists()
