"""`shared_schemas.audit` is what the journal answers, field for field, for rows the services wrote."""

import csv
import io

import pytest

from shared_schemas.audit import AuditAction, AuditEventOut, AuditTarget
from shared_schemas.common import Page
from tests.contract.wire import assert_component_matches, assert_wire
from tests.server import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def journal_rows(api, api_as, admin, alice, bob, customer_a):
    """Rows of every shape: anonymous, about a user, with before/after, with a label only."""
    client = api_as(admin)
    api.post("/api/v1/auth/login", {"email": "nobody@martin.fr", "password": "Wrong-Horse-1"})
    api.post("/api/v1/auth/login", {"email": alice.email, "password": factories.PASSWORD})
    created = client.post("/api/v1/users", {"email": "zoe@martin.fr", "full_name": "Zoé Martin", "role": "client",
                                            "customer": customer_a.id})
    client.patch(f"/api/v1/users/{created.json()['id']}", {"phone": "01 02 03 04 05", "role": "agent"})
    client.post("/api/v1/roles", {"code": "n2", "name": "Niveau 2", "audience": "staff",
                                  "permissions": ["tickets.reply"]})
    client.post("/api/v1/categories", {"name": "Garantie"})
    api_as(bob).get(f"/api/v1/customers/{customer_a.id}")
    return client


def test_the_journal_is_a_page_of_audit_event_out(journal_rows):
    page = assert_wire(Page[AuditEventOut], journal_rows.get("/api/v1/audit-events"), status=200)

    assert {event.action for event in page.results} >= {
        "auth.sign_in_failed", "auth.sign_in", "user.created", "user.invited", "user.updated", "user.role_changed",
        "user.customer_changed", "role.created", "category.created", "access.refused",
    }
    assert {event.action for event in page.results} <= set(AuditAction)
    assert {event.target_type for event in page.results} <= set(AuditTarget)
    anonymous = next(event for event in page.results if event.action == "auth.sign_in_failed")
    assert (anonymous.actor, anonymous.actor_email, anonymous.target_id) == (None, None, None)


def test_a_filtered_page_is_a_page_of_audit_event_out(journal_rows, admin):
    page = assert_wire(Page[AuditEventOut], journal_rows.get("/api/v1/audit-events",
                                                             {"actor": admin.id, "action": "user.", "page_size": 2}),
                       status=200)

    assert len(page.results) == 2 and page.next_cursor
    assert all(event.actor == admin.id and event.action.startswith("user.") for event in page.results)


def test_the_export_has_the_columns_of_the_contract(journal_rows):
    response = journal_rows.get("/api/v1/audit-events/export")
    rows = list(csv.DictReader(io.StringIO(b"".join(response.streaming_content).decode())))

    assert list(rows[0]) == ["id", "created_at", "actor_email", "action", "target_type", "target_id", "target_label",
                             "before", "after", "ip_address"]
    assert set(rows[0]) == set(AuditEventOut.model_fields) - {"actor"}


@pytest.mark.parametrize(("component", "model"), [("AuditEvent", AuditEventOut),
                                                  ("AuditEventPage", Page[AuditEventOut])])
def test_the_openapi_schema_publishes_the_same_shapes(openapi, component, model):
    assert_component_matches(openapi, component, model)
