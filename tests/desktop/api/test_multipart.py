"""The desktop's streamed multipart body, read back by Django's own multipart parser (what the
server runs): fields, file bytes and awkward file names survive; progress is reported per chunk."""

import io

import pytest
from django.core.files.uploadhandler import MemoryFileUploadHandler, TemporaryFileUploadHandler
from django.http.multipartparser import MultiPartParser

from desktop.api.client import UPLOAD_CHUNK, MultipartFile

pytestmark = pytest.mark.asyncio


async def parsed(body: MultipartFile):
    data = b"".join([chunk async for chunk in body.stream()])
    assert len(data) == body.length
    meta = {"CONTENT_TYPE": body.content_type, "CONTENT_LENGTH": str(len(data))}
    handlers = [MemoryFileUploadHandler(), TemporaryFileUploadHandler()]  # as Django's default settings
    return MultiPartParser(meta, io.BytesIO(data), handlers, "utf-8").parse()


@pytest.mark.parametrize(
    ("name", "received"),
    [("facture.pdf", "facture.pdf"), ('devis "final".pdf', 'devis "final".pdf'),
     ("échéancier été.xlsx", "échéancier été.xlsx"), ("a\r\nb.txt", "ab.txt")],
)
async def test_the_file_and_fields_arrive_intact(tmp_path, name, received):
    content = bytes(range(256)) * 5000  # 1.28 MB: several chunks
    source = tmp_path / "upload.bin"
    source.write_bytes(content)

    post, files = await parsed(MultipartFile(source, filename=name, fields={"client_uuid": "abc-123"}))

    assert post["client_uuid"] == "abc-123"
    uploaded = files["file"]
    assert uploaded.read() == content
    assert uploaded.name == received


async def test_progress_is_reported_after_each_chunk(tmp_path):
    source = tmp_path / "big.bin"
    source.write_bytes(b"x" * (UPLOAD_CHUNK * 2 + 10))
    seen = []

    size = UPLOAD_CHUNK * 2 + 10
    body = MultipartFile(source, filename="big.bin", fields={})

    async for _ in body.stream(lambda sent, total: seen.append((sent, total))):
        pass

    assert seen == [(UPLOAD_CHUNK, size), (UPLOAD_CHUNK * 2, size), (size, size)]
