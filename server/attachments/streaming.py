"""A stored file sent in chunks (through `core.streaming`, which serves ASGI and WSGI alike)."""

from collections.abc import AsyncIterator, Iterator

from django.core.files import File

from core.streaming import streamed

CHUNK_SIZE = 64 * 1024


def _chunks(file: File) -> Iterator[bytes]:
    try:
        while chunk := file.read(CHUNK_SIZE):
            yield chunk
    finally:
        file.close()


def file_chunks(request, file: File) -> Iterator[bytes] | AsyncIterator[bytes]:
    """`request`: the DRF or Django request being answered."""
    return streamed(request, _chunks(file), thread_sensitive=False)
