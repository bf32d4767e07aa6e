"""Administration → CRM: where the link stands, the sync runs newest first with their refused rows, and
« Synchroniser maintenant » (crm.manage)."""

from datetime import timedelta

import pytest
from django.utils import timezone

from audit.models import AuditEvent
from crm.models import SyncIssue, SyncRun
from crm.sync.pull import lease
from shared_schemas.common import Page
from shared_schemas.crm_sync import CrmStatusOut, SyncRunDetail, SyncRunOut

pytestmark = pytest.mark.django_db

RUNS = "/api/v1/crm/sync-runs"
CRM_DATABASE = "postgresql://crm.origyne.lan:5433/crm"


@pytest.fixture
def pull_configured(settings, tmp_path):
    settings.SAV_CRM_DATABASE_URL = CRM_DATABASE
    settings.SAV_CRM_MAPPING = str(tmp_path / "mapping.toml")


def make_run(minutes_ago: int, **fields) -> SyncRun:
    started = timezone.now() - timedelta(minutes=minutes_ago)
    values = {"source": "pull", "mode": "incremental", "status": "succeeded", **fields}
    return SyncRun.objects.create(started_at=started, finished_at=started + timedelta(seconds=3), **values)


def test_the_runs_come_newest_first_page_by_page(api_as, admin):
    oldest, middle, newest = make_run(30), make_run(20), make_run(10, source="push", mode="batch")
    client = api_as(admin)

    first = Page[SyncRunOut].model_validate_json(client.get(RUNS, {"page_size": 2}).content)
    after = {"page_size": 2, "cursor": first.next_cursor}
    second = Page[SyncRunOut].model_validate_json(client.get(RUNS, after).content)

    assert [run.id for run in first.results + second.results] == [newest.id, middle.id, oldest.id]
    assert second.next_cursor is None
    assert (first.results[0].source, first.results[0].duration_ms) == ("push", 3000)


@pytest.mark.parametrize("size", [1, 20])
def test_the_runs_list_costs_the_same_whatever_the_page_size(api_as, admin, django_assert_num_queries, size):
    for minutes in range(25):
        make_run(minutes, per_entity={"customers": {"created": 1}})
    client = api_as(admin)

    with django_assert_num_queries(2):  # the caller, then one page of runs
        response = client.get(RUNS, {"page_size": size})

    assert len(response.json()["results"]) == size


def test_a_run_shows_the_rows_it_refused(api_as, admin):
    run = make_run(5, refused=2, per_entity={"contacts": {"created": 0, "refused": 2}})
    SyncIssue.objects.bulk_create([
        SyncIssue(run=run, entity="contacts", external_id="P2", reason="unknown_parent", message="customer 'C404'"),
        SyncIssue(run=run, entity="contacts", external_id="P3", reason="invalid", message="last_name: missing"),
    ])

    detail = SyncRunDetail.model_validate_json(api_as(admin).get(f"{RUNS}/{run.pk}").content)

    assert [(issue.external_id, issue.reason) for issue in detail.issues] == [("P2", "unknown_parent"),
                                                                             ("P3", "invalid")]
    assert detail.per_entity["contacts"].refused == 2


def test_a_run_nobody_has_is_not_found(api_as, admin):
    assert api_as(admin).get(f"{RUNS}/4242").status_code == 404


def test_the_status_without_a_crm_database(api_as, admin):
    response = api_as(admin).get("/api/v1/crm/status")

    status = CrmStatusOut.model_validate_json(response.content)
    assert (status.configured, status.source, status.running, status.last_run) == (False, None, False, None)
    assert (status.incremental_every_minutes, status.full_every_hours) == (5, 24)


def test_the_status_names_the_crm_database_and_the_newest_run(api_as, admin, pull_configured):
    make_run(30)
    newest = make_run(1, source="push", mode="batch")
    lease.lease_take("node-2")

    status = CrmStatusOut.model_validate_json(api_as(admin).get("/api/v1/crm/status").content)

    assert (status.configured, status.source, status.running) == (True, "crm.origyne.lan:5433/crm", True)
    assert status.last_run.id == newest.id


def test_sync_now_needs_a_crm_database(api_as, admin):
    response = api_as(admin).post(RUNS, {"full": True}, format="json")

    assert (response.status_code, response.json()["code"]) == (409, "crm_not_configured")
    assert not SyncRun.objects.exists()


def test_sync_now_waits_for_the_running_one(api_as, admin, pull_configured):
    lease.lease_take("node-2")

    response = api_as(admin).post(RUNS, {"full": False}, format="json")

    assert (response.status_code, response.json()["code"]) == (409, "crm_sync_running")


def test_sync_now_answers_the_run_at_once_and_journals_who_asked(api_as, admin, pull_configured):
    response = api_as(admin).post(RUNS, {"full": True}, format="json")

    assert response.status_code == 202
    run = SyncRunOut.model_validate_json(response.content)
    assert (run.source, run.mode, run.status, run.requested_by) == ("pull", "full", "running", admin.id)
    event = AuditEvent.objects.get(action="crm.sync_requested")
    assert (event.actor_id, event.target_id) == (admin.id, str(run.id))


def test_sync_now_is_incremental_unless_asked(api_as, admin, pull_configured):
    response = api_as(admin).post(RUNS, {}, format="json")

    assert response.json()["mode"] == "incremental"


@pytest.mark.parametrize("body", [{"full": "oui"}, {"full": True, "dry_run": True}])
def test_sync_now_reads_a_strict_body(api_as, admin, pull_configured, body):
    assert api_as(admin).post(RUNS, body, format="json").status_code == 400


@pytest.mark.parametrize("who", ["agent", "alice"])
def test_only_crm_managers_see_the_link(request, api_as, who):
    client = api_as(request.getfixturevalue(who))
    run = make_run(1)

    responses = [client.get("/api/v1/crm/status"), client.get(RUNS), client.get(f"{RUNS}/{run.pk}"),
                 client.post(RUNS, {"full": True}, format="json")]

    assert [response.status_code for response in responses] == [403, 403, 403, 403]
