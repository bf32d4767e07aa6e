"""Adapters between the API's list shapes and PagedTableModel."""

from collections.abc import Awaitable, Callable, Sequence

from desktop.common.paged_table_model import PageFetcher
from shared_schemas.common import Page


def whole_list(load: Callable[[], Awaitable[Sequence]]) -> PageFetcher:
    """For an API answering the whole (short) list at once — roles, categories, agents: it is
    the model's one and only page."""

    async def fetch(_cursor: str | None) -> Page:
        return Page(results=list(await load()), next_cursor=None)

    return fetch
