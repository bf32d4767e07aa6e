"""`shared_schemas.crm_sync` is what the CRM link's endpoints answer and what the push API reads, field for
field: Administration → CRM (status, runs, API keys) and the push API's reports and rows."""

from datetime import timedelta

import pytest
from django.utils import timezone
from rest_framework.test import APIClient

from accounts.services.api_keys import api_key_create
from crm.models import SyncIssue, SyncRun
from crm.sync.entities import ENTITIES, URL_NAMES
from shared_schemas.common import Page
from shared_schemas.crm_sync import (
    ApiKeyCreated,
    ApiKeyOut,
    CrmStatusOut,
    PushReport,
    SyncRunDetail,
    SyncRunOut,
)
from tests.contract.wire import assert_component_matches, assert_wire, resolve

pytestmark = pytest.mark.django_db


@pytest.fixture
def runs():
    started = timezone.now() - timedelta(minutes=5)
    finished = SyncRun.objects.create(
        source="pull", mode="full", status="succeeded", started_at=started, finished_at=started + timedelta(seconds=2),
        created=1, refused=1, per_entity={"customers": {"created": 1, "updated": 0, "unchanged": 0, "deactivated": 0,
                                                        "refused": 1}},
    )
    SyncIssue.objects.create(run=finished, entity="customers", external_id="C9", reason="invalid", message="siret")
    running = SyncRun.objects.create(source="push", mode="batch")
    return finished, running


def test_the_status_is_crm_status_out(api_as, admin, runs):
    status = assert_wire(CrmStatusOut, api_as(admin).get("/api/v1/crm/status"), status=200)

    assert status.last_run.id == runs[1].id and status.last_run.finished_at is None


def test_runs_are_sync_run_out_and_one_run_is_sync_run_detail(api_as, admin, runs):
    client = api_as(admin)

    page = assert_wire(Page[SyncRunOut], client.get("/api/v1/crm/sync-runs"), status=200)
    detail = assert_wire(SyncRunDetail, client.get(f"/api/v1/crm/sync-runs/{runs[0].id}"), status=200)

    assert [run.id for run in page.results] == [runs[1].id, runs[0].id]
    assert [issue.external_id for issue in detail.issues] == ["C9"]


def test_sync_now_answers_sync_run_out(api_as, admin, settings, tmp_path):
    settings.SAV_CRM_DATABASE_URL = "postgresql://crm.origyne.lan/crm"
    settings.SAV_CRM_MAPPING = str(tmp_path / "mapping.toml")

    run = assert_wire(SyncRunOut, api_as(admin).post("/api/v1/crm/sync-runs", {"full": True}, format="json"),
                      status=202)

    assert (run.status, run.duration_ms) == ("running", None)


def test_api_keys_are_api_key_out_and_a_new_one_api_key_created(api_as, admin):
    client = api_as(admin)

    created = assert_wire(ApiKeyCreated, client.post("/api/v1/crm/api-keys", {"name": "CRM"}, format="json"),
                          status=201)
    listed = assert_wire(list[ApiKeyOut], client.get("/api/v1/crm/api-keys"), status=200)
    revoked = assert_wire(ApiKeyOut, client.post(f"/api/v1/crm/api-keys/{created.id}/revoke"), status=200)

    assert [key.id for key in listed] == [created.id]
    assert revoked.revoked_at is not None


def test_a_push_answers_a_push_report(admin):
    crm = APIClient()
    crm.credentials(HTTP_AUTHORIZATION=f"Api-Key {api_key_create(actor=admin, name='CRM').key}")
    rows = [{"external_id": "C1", "name": "Boulangerie Martin"}, {"external_id": "C2", "name": ""}]

    batch = assert_wire(PushReport, crm.post("/api/v1/crm/push/customers", {"rows": rows}, format="json"), status=200)
    one = assert_wire(PushReport, crm.put("/api/v1/crm/push/customers/C3", {"name": "Garage"}, format="json"),
                      status=200)
    gone = assert_wire(PushReport, crm.delete("/api/v1/crm/push/customers/C1"), status=200)

    assert (batch.created, [row.external_id for row in batch.refused]) == (1, ["C2"])
    assert (one.created, gone.deactivated) == (1, 1)


@pytest.mark.parametrize(("component", "model"), [
    ("CrmStatusOut", CrmStatusOut),
    ("SyncRunOut", SyncRunOut),
    ("SyncRunDetailOut", SyncRunDetail),
    ("ApiKeyOut", ApiKeyOut),
    ("ApiKeyCreatedOut", ApiKeyCreated),
    ("PushReportOut", PushReport),
])
def test_schema_components_are_the_shared_models(openapi, component, model):
    assert_component_matches(openapi, component, model)


@pytest.mark.parametrize("url_name", list(URL_NAMES))
def test_the_push_api_documents_the_row_contract_of_each_entity(openapi, url_name):
    row = ENTITIES[URL_NAMES[url_name]].row
    batch = openapi["paths"][f"/api/v1/crm/push/{url_name}"]["post"]["requestBody"]["content"]["application/json"]
    one = openapi["paths"][f"/api/v1/crm/push/{url_name}/{{external_id}}"]["put"]["requestBody"]["content"]

    items = resolve(openapi, batch["schema"]["properties"]["rows"]["items"])
    for schema in (items, resolve(openapi, one["application/json"]["schema"])):
        assert set(schema["properties"]) == set(row.model_fields)
        assert set(schema["required"]) == {name for name, field in row.model_fields.items() if field.is_required()}
        assert schema["additionalProperties"] is False
