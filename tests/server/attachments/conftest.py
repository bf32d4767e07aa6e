"""Fixtures of the attachment tests: small files with real magic numbers, made here, and helpers to
upload them and to see what was stored."""

import gzip
import io
import tarfile
import zipfile
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from attachments.models import Attachment
from attachments.storage import attachment_storage


def _zip(entries: dict[str, str]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, text in entries.items():
            archive.writestr(name, text)
    return buffer.getvalue()


def _tar() -> bytes:
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w") as archive:
        info = tarfile.TarInfo("journal.txt")
        info.size = 5
        archive.addfile(info, io.BytesIO(b"hello"))
    return buffer.getvalue()


def _ole(marker: bytes) -> bytes:
    """An OLE2 compound file head as legacy Word (EC A5 C1 00) or Excel writes it."""
    return b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504 + marker + b"\x00" * 600


# name → (bytes, detected content type)
ALLOWED_FILES: dict[str, tuple[bytes, str]] = {
    "photo.png": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(64)), "image/png"),
    "photo.jpg": (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(range(64)), "image/jpeg"),
    "anim.gif": (b"GIF89a\x01\x00\x01\x00\x00\x00\x00;", "image/gif"),
    "image.webp": (b"RIFF\x24\x00\x00\x00WEBPVP8 " + bytes(24), "image/webp"),
    "devis.pdf": (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n%%EOF\n", "application/pdf"),
    "journal.txt": ("Erreur E42 au démarrage du terminal.\n".encode(), "text/plain"),
    "rapport.docx": (_zip({"[Content_Types].xml": "<Types/>", "word/document.xml": "<w/>"}),
                     "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    "stock.xlsx": (_zip({"[Content_Types].xml": "<Types/>", "xl/workbook.xml": "<w/>"}),
                   "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    "compte-rendu.odt": (_zip({"mimetype": "application/vnd.oasis.opendocument.text"}),
                         "application/vnd.oasis.opendocument.text"),
    "ancien.doc": (_ole(b"\xec\xa5\xc1\x00"), "application/msword"),
    "logs.zip": (_zip({"a.log": "ok"}), "application/zip"),
    "logs.tar": (_tar(), "application/x-tar"),
    "logs.gz": (gzip.compress(b"journal"), "application/gzip"),
    "logs.7z": (b"7z\xbc\xaf\x27\x1c\x00\x04" + bytes(32), "application/x-7z-compressed"),
}

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
