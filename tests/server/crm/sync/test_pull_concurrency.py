"""Two nodes asking for a pull at the same instant (threads, own connections, PostgreSQL): one runs,
the others step aside; never two passes at once."""

import uuid
from pathlib import Path

import pytest
from django.db import connection

from crm.models import Customer, SyncRun
from crm.sync.pull import lease
from crm.sync.pull.connector import crm_pull
from tests.server.concurrency import run_together

DEMO_MAPPING = Path(__file__).resolve().parents[4] / "server" / "crm" / "mappings" / "origyne-demo.toml"

pytestmark = [
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.skipif(connection.vendor != "postgresql", reason="concurrency is proven on PostgreSQL"),
]


def test_one_node_of_many_takes_the_lease():
    results = run_together(lambda: lease.lease_take(uuid.uuid4().hex))
    assert sorted(results) == [False, False, False, True], results


def test_concurrent_pulls_never_overlap_and_the_data_is_written_once(settings, crm_source):
    settings.SAV_CRM_DATABASE_URL = crm_source.reader_dsn
    settings.SAV_CRM_MAPPING = str(DEMO_MAPPING)
    results = run_together(lambda: crm_pull(full=True))
    runs = [result for result in results if isinstance(result, SyncRun)]
    assert all(result is None or isinstance(result, SyncRun) for result in results), results
    assert runs and any(result is None for result in results)
    intervals = sorted(SyncRun.objects.values_list("started_at", "finished_at"))
    assert len(intervals) == len(runs)
    assert all(end <= next_start for (_, end), (next_start, _) in zip(intervals, intervals[1:], strict=False))
    assert Customer.objects.count() == runs[0].per_entity["customers"]["created"]
    assert not lease.lease_held()
