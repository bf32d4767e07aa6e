"""The journal as CSV: every matching row, newest first, streamed, and safe to open in a spreadsheet."""

import csv
import io
import json
from datetime import UTC, datetime, timedelta

import pytest
from django.db import connections
from django.test import AsyncClient
from django.utils import timezone
from rest_framework_simplejwt.tokens import RefreshToken

from audit import export
from tests.server.audit.conftest import make_event

pytestmark = pytest.mark.django_db

URL = "/api/v1/audit-events/export"
NOON = datetime(2026, 5, 4, 12, 0, tzinfo=UTC)
HEADER = ["id", "created_at", "actor_email", "action", "target_type", "target_id", "target_label", "before",
          "after", "ip_address"]


def read_csv(response) -> list[list[str]]:
    assert response.status_code == 200, response.content[:300]
    text = b"".join(response.streaming_content).decode("utf-8")
    return list(csv.reader(io.StringIO(text)))


@pytest.fixture
def as_admin(api_as, admin):
    return api_as(admin)


def test_it_streams_every_row_newest_first_as_a_dated_attachment(as_admin, admin, monkeypatch):
    monkeypatch.setattr(export, "BATCH_SIZE", 2)  # several batches
    events = [make_event(created_at=NOON + timedelta(minutes=n), actor=admin, after={"n": n}) for n in range(5)]

    response = as_admin.get(URL)

    assert response.streaming
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"] == (
        f'attachment; filename="journal-audit-{timezone.localdate():%Y-%m-%d}.csv"')
    rows = read_csv(response)
    assert rows[0] == HEADER
    assert [int(row[0]) for row in rows[1:]] == [event.id for event in reversed(events)]


def test_a_row_holds_compact_json_and_empty_cells_for_nulls(as_admin, admin, alice):
    event = make_event(created_at=NOON, actor=admin, action="user.role_changed", target_id=alice.pk,
                       target_label="Alice Martin, Boulangeries « Martin »", before={"role": "Client"},
                       after={"role": "Agent"}, ip_address="2001:db8::1")
    make_event(created_at=NOON - timedelta(hours=1), action="auth.sign_in_failed", target_label="x@y.fr")

    _, first, second = read_csv(as_admin.get(URL))

    assert first == [str(event.id), "2026-05-04T14:00:00+02:00", "admin@origyne.fr", "user.role_changed", "user",
                     str(alice.pk), "Alice Martin, Boulangeries « Martin »", '{"role":"Client"}', '{"role":"Agent"}',
                     "2001:db8::1"]
    assert json.loads(first[8]) == {"role": "Agent"}
    assert second[2] == second[5] == second[7] == second[8] == second[9] == ""


@pytest.mark.parametrize("label", ["=HYPERLINK(\"http://evil\")", "+33 1 02 03", "-2+3", "@SUM(A1)", "\tx", "\rx"])
def test_a_cell_a_spreadsheet_would_run_is_escaped(as_admin, label):
    make_event(target_label=label, after={"name": label})

    _, row = read_csv(as_admin.get(URL))

    assert row[6] == f"'{label}"
    assert json.loads(row[8]) == {"name": label}  # JSON starts with "{": nothing to escape


def test_the_export_takes_the_list_filters_and_nothing_else(as_admin, admin):
    kept = make_event(created_at=NOON, actor=admin, action="role.created", target_type="role")
    make_event(created_at=NOON, action="auth.sign_in_failed")
    make_event(created_at=NOON - timedelta(days=2), actor=admin, action="role.deleted", target_type="role")

    rows = read_csv(as_admin.get(URL, {"action": "role.", "since": "2026-05-04T00:00:00Z"}))
    for refused in ({"cursor": "x"}, {"page_size": "10"}):
        response = as_admin.get(URL, refused)
        assert response.status_code == 400 and response.json()["code"] == "unknown_parameter"

    assert [row[0] for row in rows[1:]] == [str(kept.id)]


def test_an_empty_journal_is_a_header(as_admin):
    assert read_csv(as_admin.get(URL)) == [HEADER]


def test_a_client_asking_for_csv_gets_csv_and_its_errors_as_problems(as_admin):
    make_event()

    ok = as_admin.get(URL, HTTP_ACCEPT="text/csv")
    refused = as_admin.get(URL, {"actor": "x"}, HTTP_ACCEPT="text/csv")

    assert len(read_csv(ok)) == 2
    assert refused.status_code == 400 and refused["Content-Type"] == "application/problem+json"


@pytest.mark.asyncio
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
async def test_under_asgi_it_streams_from_an_asynchronous_generator(admin, monkeypatch):
    from asgiref.sync import sync_to_async

    monkeypatch.setattr(export, "BATCH_SIZE", 2)
    events = [await sync_to_async(make_event)(created_at=NOON + timedelta(minutes=n)) for n in range(3)]
    token = await sync_to_async(lambda: str(RefreshToken.for_user(admin).access_token))()

    try:
        response = await AsyncClient().get(URL, headers={"Authorization": f"Bearer {token}"})
        assert response.status_code == 200
        assert response.is_async
        text = b"".join([chunk async for chunk in response.streaming_content]).decode()
    finally:
        await sync_to_async(connections.close_all)()  # the worker thread's connection, before the test database goes
    assert [row[0] for row in csv.reader(io.StringIO(text))][1:] == [str(e.id) for e in reversed(events)]
