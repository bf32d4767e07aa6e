import asyncio

import pytest

from desktop.common.paged_table_model import Column, PagedTableModel
from shared_schemas.common import Page

pytestmark = pytest.mark.asyncio

ITEMS = [{"id": n, "name": f"Ticket {n}"} for n in range(1, 8)]


def paged_source(size: int = 3, calls: list | None = None):
    async def fetch(cursor):
        start = int(cursor or 0)
        if calls is not None:
            calls.append(cursor)
        await asyncio.sleep(0)
        chunk = ITEMS[start : start + size]
        more = start + size < len(ITEMS)
        return Page(results=chunk, next_cursor=str(start + size) if more else None)

    return fetch


def make_model(fetch):
    return PagedTableModel([Column("name", "Nom", lambda item: item["name"])], fetch)


async def test_it_loads_page_by_page_until_the_server_says_there_is_no_more(qtmodeltester):
    calls = []
    model = make_model(paged_source(calls=calls))
    await model.reload_and_wait()
    assert model.rowCount() == 3 and model.canFetchMore()
    await model.fetch_more_and_wait()
    await model.fetch_more_and_wait()
    assert [r["id"] for r in model.rows()] == list(range(1, 8))
    assert not model.canFetchMore()
    assert calls == [None, "3", "6"]
    qtmodeltester.check(model)


async def test_a_reload_drops_the_results_of_the_load_it_replaced():
    model = make_model(paged_source())
    model.reload()
    await model.reload_and_wait()
    assert model.rowCount() == 3


async def test_a_failed_page_is_reported_and_can_be_retried():
    attempts = []

    async def flaky(cursor):
        attempts.append(cursor)
        if len(attempts) == 1:
            raise RuntimeError("network")
        return Page(results=ITEMS[:2], next_cursor=None)

    model = make_model(flaky)
    failures = []
    model.load_failed.connect(failures.append)
    model.reload()
    await asyncio.sleep(0.05)
    assert len(failures) == 1 and model.rowCount() == 0 and not model.is_loading
    await model.reload_and_wait()
    assert model.rowCount() == 2
