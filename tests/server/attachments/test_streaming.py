"""Files go in and out in chunks: an upload past the limit stops as it arrives, a download under
ASGI is an asynchronous stream (Django would read a synchronous one whole into memory there)."""

import asyncio
import inspect
import io

import pytest
from django.core.files.base import ContentFile
from django.core.handlers.asgi import ASGIRequest
from django.test import RequestFactory

from attachments import apis
from attachments.streaming import CHUNK_SIZE, file_chunks
from tests.server.attachments.conftest import nothing_stored_since

pytestmark = pytest.mark.django_db


def test_an_upload_past_the_limit_stops_before_any_check_or_storage(upload, alice, stored_files, settings,
                                                                    monkeypatch):
    settings.SAV_ATTACHMENT_MAX_BYTES = 1000
    monkeypatch.setattr(apis, "attachment_upload", lambda **kwargs: pytest.fail("the upload reached the service"))
    before = stored_files()

    response = upload(alice, b"a" * 5000, filename="gros.txt")

    assert response.status_code == 413 and response.json()["code"] == "attachment_too_large"
    assert nothing_stored_since(before, stored_files)


def test_under_asgi_a_download_is_an_asynchronous_stream_of_chunks():
    scope = {"type": "http", "method": "GET", "path": "/", "headers": [], "query_string": b""}
    content = bytes(range(256)) * 1000

    chunks = file_chunks(ASGIRequest(scope, io.BytesIO()), ContentFile(content))

    async def read() -> list[bytes]:
        return [chunk async for chunk in chunks]

    assert inspect.isasyncgen(chunks)
    parts = asyncio.run(read())
    assert b"".join(parts) == content and max(len(part) for part in parts) == CHUNK_SIZE


def test_under_wsgi_a_download_is_a_plain_iterator_of_chunks():
    content = b"x" * (CHUNK_SIZE + 1)

    parts = list(file_chunks(RequestFactory().get("/"), ContentFile(content)))

    assert [len(part) for part in parts] == [CHUNK_SIZE, 1]
