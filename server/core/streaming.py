"""Answers sent in chunks (file downloads, CSV exports). Under ASGI Django reads a synchronous
iterator whole into memory before sending it, so there the chunks come from an asynchronous
generator that pulls the same synchronous one a chunk at a time in a worker thread."""

from collections.abc import AsyncIterator, Iterator
from typing import TypeVar

from asgiref.sync import sync_to_async
from django.core.handlers.asgi import ASGIRequest

T = TypeVar("T")
_DONE = object()


async def _pulled(chunks: Iterator[T], *, thread_sensitive: bool) -> AsyncIterator[T]:
    pull = sync_to_async(next, thread_sensitive=thread_sensitive)
    try:
        while (chunk := await pull(chunks, _DONE)) is not _DONE:
            yield chunk
    finally:
        close = getattr(chunks, "close", None)
        if close is not None:
            await sync_to_async(close, thread_sensitive=thread_sensitive)()


def streamed(request, chunks: Iterator[T], *, thread_sensitive: bool = True) -> Iterator[T] | AsyncIterator[T]:
    """`chunks` as the server being run wants them. `request`: the DRF or Django request being
    answered. `thread_sensitive=False` for work that needs no database connection (file reads),
    so downloads do not queue behind the views' database thread."""
    under_asgi = isinstance(getattr(request, "_request", request), ASGIRequest)
    return _pulled(chunks, thread_sensitive=thread_sensitive) if under_asgi else chunks
