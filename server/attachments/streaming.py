"""A stored file sent in chunks. Under ASGI Django reads a synchronous iterator whole into memory
before sending it, so there the chunks come from an asynchronous generator instead."""

from collections.abc import AsyncIterator, Iterator

from asgiref.sync import sync_to_async
from django.core.files import File
from django.core.handlers.asgi import ASGIRequest

CHUNK_SIZE = 64 * 1024


def _sync_chunks(file: File) -> Iterator[bytes]:
    try:
        while chunk := file.read(CHUNK_SIZE):
            yield chunk
    finally:
        file.close()


async def _async_chunks(file: File) -> AsyncIterator[bytes]:
    try:
        while chunk := await sync_to_async(file.read, thread_sensitive=False)(CHUNK_SIZE):
            yield chunk
    finally:
        await sync_to_async(file.close, thread_sensitive=False)()


def file_chunks(request, file: File) -> Iterator[bytes] | AsyncIterator[bytes]:
    """`request`: the DRF or Django request being answered."""
    under_asgi = isinstance(getattr(request, "_request", request), ASGIRequest)
    return _async_chunks(file) if under_asgi else _sync_chunks(file)
