"""The push API: the CRM sends its records with its key; each call is one sync run, idempotent, a bad
row refused alone with its reason, a batch past the limit refused whole."""

import json

import pytest

from audit.models import AuditEvent
from crm.models import Contact, Customer, SyncRun
from shared_schemas.crm_sync import MAX_BATCH_ROWS, PushReport
from tests.server import factories

pytestmark = pytest.mark.django_db

CUSTOMERS = [
    {"external_id": "C1", "name": "Boulangerie Martin SARL", "siret": "732 829 320 00074", "city": "Lyon"},
    {"external_id": "C2", "name": "Garage Durand", "email": "contact@durand.fr"},
]


def report_of(response, status: int = 200) -> PushReport:
    assert response.status_code == status, response.content[:500]
    return PushReport.model_validate_json(response.content)


def counts(report: PushReport) -> tuple[int, int, int, int, int]:
    return report.created, report.updated, report.unchanged, report.deactivated, len(report.refused)


def test_a_batch_is_upserted_and_the_same_batch_again_changes_nothing(crm):
    first = report_of(crm.post("/api/v1/crm/push/customers", {"rows": CUSTOMERS}, format="json"))
    state = list(Customer.objects.order_by("id").values())

    second = report_of(crm.post("/api/v1/crm/push/customers", {"rows": CUSTOMERS}, format="json"))

    assert counts(first) == (2, 0, 0, 0, 0)
    assert counts(second) == (0, 0, 2, 0, 0)
    assert list(Customer.objects.order_by("id").values()) == state
    assert Customer.objects.get(external_id="C1").siret == "73282932000074"


def test_each_call_is_a_push_run_requested_by_the_service_account(crm, crm_key):
    report = report_of(crm.post("/api/v1/crm/push/customers", {"rows": CUSTOMERS}, format="json"))

    run = SyncRun.objects.get(pk=report.run)
    assert (run.source, run.mode, run.status, run.requested_by_id) == ("push", "batch", "succeeded",
                                                                     crm_key.api_key.user_id)
    assert run.per_entity == {"customers": {"created": 2, "updated": 0, "unchanged": 0, "deactivated": 0,
                                            "refused": 0}}


def test_a_bad_row_is_reported_and_the_others_are_written(crm):
    rows = [*CUSTOMERS, {"external_id": "C3", "name": "Mauvais SIRET", "siret": "123"}, "pas une ligne",
            {"external_id": "C4", "name": "Champ inconnu", "fax": "01"}]

    report = report_of(crm.post("/api/v1/crm/push/customers", {"rows": rows}, format="json"))

    assert counts(report) == (2, 0, 0, 0, 3)
    assert {(row.external_id, row.reason) for row in report.refused} == {
        ("C3", "invalid"), ("", "invalid"), ("C4", "invalid")}
    assert "siret" in next(row.message for row in report.refused if row.external_id == "C3")
    assert set(Customer.objects.values_list("external_id", flat=True)) == {"C1", "C2"}


def test_a_row_naming_a_parent_not_pushed_yet_is_refused_until_the_parent_comes(crm):
    contact = {"external_id": "P1", "customer": "C1", "first_name": "Alice", "last_name": "Martin"}

    early = report_of(crm.post("/api/v1/crm/push/contacts", {"rows": [contact]}, format="json"))
    crm.post("/api/v1/crm/push/customers", {"rows": CUSTOMERS}, format="json")
    later = report_of(crm.post("/api/v1/crm/push/contacts", {"rows": [contact]}, format="json"))

    assert [(row.external_id, row.reason) for row in early.refused] == [("P1", "unknown_parent")]
    assert later.created == 1
    assert Contact.objects.get(external_id="P1").customer.external_id == "C1"


def test_more_rows_than_the_limit_are_refused_whole(crm):
    rows = [{"external_id": f"C{n}", "name": f"Client {n}"} for n in range(MAX_BATCH_ROWS + 1)]

    response = crm.post("/api/v1/crm/push/customers", {"rows": rows}, format="json")

    assert response.status_code == 400
    assert response.json()["code"] == "too_many_rows"
    assert not Customer.objects.exists()
    assert not SyncRun.objects.exists()


@pytest.mark.parametrize("body", [
    {"rows": {"external_id": "C1"}}, {"rows": []}, {"rows": "C1"}, {"lignes": []}, [CUSTOMERS[0]], {},
], ids=["object", "empty", "text", "unknown-key", "bare-list", "nothing"])
def test_a_body_that_is_not_a_list_of_rows_is_refused(crm, body):
    response = crm.post("/api/v1/crm/push/customers", body, format="json")

    assert response.status_code == 400
    assert not SyncRun.objects.exists()


def test_a_thousand_large_customers_fit_in_one_call(crm):
    large = {"name": "É" * 200, "email": ("é" * 60 + "@") + "d" * 180 + ".fr", "address_line": "à" * 200,
             "city": "ï" * 100, "postal_code": "6" * 10, "phone": "+33 " + "4" * 26, "siret": "7" * 14}
    rows = [{"external_id": f"{n:064d}", **large} for n in range(MAX_BATCH_ROWS)]
    body = json.dumps({"rows": rows})  # ASCII: every accented letter is six bytes
    assert len(body) > 3_000_000

    response = crm.generic("POST", "/api/v1/crm/push/customers", body, content_type="application/json")

    assert report_of(response).created == MAX_BATCH_ROWS


def test_an_unknown_entity_has_no_route(crm):
    response = crm.post("/api/v1/crm/push/invoices", {"rows": CUSTOMERS}, format="json")

    assert response.status_code == 404


def test_a_row_whose_key_holds_a_nul_is_refused_and_reported(crm):
    rows = [CUSTOMERS[0], {"external_id": "C\x009", "name": "Nul"}, {"external_id": "C8", "na\x00me": "Nul"}]

    report = report_of(crm.post("/api/v1/crm/push/customers", {"rows": rows}, format="json"))

    assert report.created == 1
    assert {row.external_id for row in report.refused} == {"C\ufffd9", "C8"}  # a NUL cannot be stored


# --- one record ------------------------------------------------------------------------------


def test_put_upserts_one_record_named_by_the_url(crm):
    created = report_of(crm.put("/api/v1/crm/push/customers/CLI/2024/001", {"name": "Pharmacie Roux"},
                                format="json"))
    updated = report_of(crm.put("/api/v1/crm/push/customers/CLI%2F2024%2F001",
                                {"external_id": "CLI/2024/001", "name": "Pharmacie Roux", "city": "Nantes"},
                                format="json"))

    assert (created.created, updated.updated) == (1, 1)
    assert Customer.objects.get(external_id="CLI/2024/001").city == "Nantes"


def test_put_refuses_a_row_naming_another_record(crm):
    response = crm.put("/api/v1/crm/push/customers/C1", {"external_id": "C2", "name": "Garage Durand"},
                       format="json")

    assert response.status_code == 400
    assert response.json()["code"] == "external_id_mismatch"
    assert not Customer.objects.exists()


def test_put_reports_a_bad_row_as_refused(crm):
    report = report_of(crm.put("/api/v1/crm/push/customers/C1", {"siret": "123"}, format="json"))

    assert [(row.external_id, row.reason) for row in report.refused] == [("C1", "invalid")]
    assert not Customer.objects.exists()


def test_put_refuses_a_body_that_is_not_one_row(crm):
    response = crm.put("/api/v1/crm/push/customers/C1", [{"name": "Boulangerie"}], format="json")

    assert response.status_code == 400


def test_delete_deactivates_the_record_and_its_users_lose_access(crm):
    crm.post("/api/v1/crm/push/customers", {"rows": CUSTOMERS}, format="json")
    customer = Customer.objects.get(external_id="C1")
    alice = factories.make_client_user(customer, email="alice@martin.fr", full_name="Alice Martin")

    first = report_of(crm.delete("/api/v1/crm/push/customers/C1"))
    again = report_of(crm.delete("/api/v1/crm/push/customers/C1"))

    assert counts(first) == (0, 0, 0, 1, 0)
    assert counts(again) == (0, 0, 1, 0, 0)
    customer.refresh_from_db()
    assert not customer.is_active and customer.name == "Boulangerie Martin SARL"
    assert AuditEvent.objects.filter(action="crm.record_deactivated", target_id=str(customer.pk)).count() == 1
    alice.refresh_from_db()
    assert alice.customer_id == customer.pk  # kept; authentication refuses an inactive customer's users


def test_delete_names_parents_by_their_keys_when_it_writes_back(crm):
    crm.post("/api/v1/crm/push/customers", {"rows": CUSTOMERS}, format="json")
    crm.post("/api/v1/crm/push/contacts", {"rows": [
        {"external_id": "P1", "customer": "C1", "first_name": "Alice", "last_name": "Martin"}]}, format="json")

    report = report_of(crm.delete("/api/v1/crm/push/contacts/P1"))

    assert report.deactivated == 1
    contact = Contact.objects.get(external_id="P1")
    assert (contact.is_active, contact.customer.external_id) == (False, "C1")


@pytest.mark.parametrize("key", ["C404", "%20", "C" * 65, "C%001"], ids=["unknown", "blank", "too-long", "nul"])
def test_delete_of_a_record_nobody_has_is_not_found(crm, key):
    response = crm.delete(f"/api/v1/crm/push/customers/{key}")

    assert response.status_code == 404
    assert not SyncRun.objects.exists()


def test_delete_takes_no_body(crm):
    crm.post("/api/v1/crm/push/customers", {"rows": CUSTOMERS}, format="json")

    response = crm.delete("/api/v1/crm/push/customers/C1", {"is_active": False}, format="json")

    assert response.status_code == 400
    assert Customer.objects.get(external_id="C1").is_active
