"""The journal list: newest first, keyset pages, strict filters, administrators only."""

from datetime import UTC, datetime, timedelta

import pytest

from accounts.models import Role
from shared_schemas.audit import AuditEventOut
from tests.server import factories
from tests.server.audit.conftest import make_event

pytestmark = pytest.mark.django_db

URL = "/api/v1/audit-events"
EXPORT_URL = "/api/v1/audit-events/export"
NOON = datetime(2026, 5, 4, 12, 0, tzinfo=UTC)


@pytest.fixture
def as_admin(api_as, admin):
    return api_as(admin)


def ids(response) -> list[int]:
    assert response.status_code == 200, response.content[:500]
    return [item["id"] for item in response.json()["results"]]


def test_the_list_is_newest_first_in_the_wire_shape(as_admin, admin, alice):
    older = make_event(created_at=NOON - timedelta(hours=1), actor=admin, target_id=alice.pk,
                       target_label=alice.email, before={"phone": ""}, after={"phone": "01"}, ip_address="203.0.113.7")
    newer = make_event(created_at=NOON, action="auth.sign_in_failed", target_label="nobody@martin.fr")

    response = as_admin.get(URL)

    assert ids(response) == [newer.id, older.id]
    body = response.json()
    assert body["next_cursor"] is None
    assert AuditEventOut.model_validate(body["results"][1]) == AuditEventOut(
        id=older.id, created_at=older.created_at, actor=admin.id, actor_email="admin@origyne.fr",
        action="user.updated", target_type="user", target_id=str(alice.pk), target_label=alice.email,
        before={"phone": ""}, after={"phone": "01"}, ip_address="203.0.113.7",
    )
    assert body["results"][0]["actor"] is None and body["results"][0]["actor_email"] is None


def test_events_written_in_the_same_instant_are_paged_by_id(as_admin):
    events = [make_event(created_at=NOON) for _ in range(5)]

    first = as_admin.get(URL, {"page_size": 2})
    second = as_admin.get(URL, {"page_size": 2, "cursor": first.json()["next_cursor"]})
    third = as_admin.get(URL, {"page_size": 2, "cursor": second.json()["next_cursor"]})

    assert ids(first) + ids(second) + ids(third) == [event.id for event in reversed(events)]
    assert third.json()["next_cursor"] is None


@pytest.mark.parametrize("page_size", [1, 10, 50])
def test_a_page_costs_two_queries_whatever_its_size(as_admin, admin, django_assert_num_queries, page_size):
    for n in range(60):
        make_event(created_at=NOON + timedelta(seconds=n), actor=admin, after={"n": n})

    with django_assert_num_queries(2):  # the authenticated user, then the page
        response = as_admin.get(URL, {"page_size": page_size})

    assert len(ids(response)) == page_size


def test_it_filters_by_actor_action_target_and_time(as_admin, admin, agent):
    early = make_event(created_at=NOON - timedelta(days=1), actor=admin, action="user.created", target_id=7)
    at_noon = make_event(created_at=NOON, actor=agent, action="agent.availability_changed", target_type="agent",
                         target_id=agent.pk)
    late = make_event(created_at=NOON + timedelta(hours=2), actor=admin, action="user.deactivated", target_id=8)
    role_row = make_event(created_at=NOON + timedelta(hours=3), actor=admin, action="role.updated",
                          target_type="role", target_id=7)

    assert ids(as_admin.get(URL, {"actor": admin.id})) == [role_row.id, late.id, early.id]
    assert ids(as_admin.get(URL, {"action": "user.created"})) == [early.id]
    assert ids(as_admin.get(URL, {"action": "user."})) == [late.id, early.id]
    assert ids(as_admin.get(URL, {"target_type": "agent"})) == [at_noon.id]
    assert ids(as_admin.get(URL, {"target_id": "7"})) == [role_row.id, early.id]
    assert ids(as_admin.get(URL, {"target_type": "user", "target_id": "7"})) == [early.id]
    assert ids(as_admin.get(URL, {"since": NOON.isoformat(), "until": late.created_at.isoformat()})) == [at_noon.id]
    assert ids(as_admin.get(URL, {"since": "2026-05-04T14:00:00+02:00"})) == [role_row.id, late.id, at_noon.id]
    assert ids(as_admin.get(URL, {"actor": "", "action": ""})) == [role_row.id, late.id, at_noon.id, early.id]


@pytest.mark.parametrize("url", [URL, EXPORT_URL])
@pytest.mark.parametrize(
    ("query", "field", "code"),
    [
        ({"ordering": "-id"}, "ordering", "unknown_parameter"),
        ({"actor__email": "admin@origyne.fr"}, "actor__email", "unknown_parameter"),
        ({"actor": "anne"}, "actor", "invalid"),
        ({"actor": str(2**64)}, "actor", "max_value"),
        ({"action": "user"}, "action", "invalid"),
        ({"action": "user.created; DROP"}, "action", "invalid"),
        ({"target_type": "User"}, "target_type", "invalid"),
        ({"since": "hier"}, "since", "invalid"),
        ({"until": "2026-13-45T00:00:00Z"}, "until", "invalid"),
        ({"action": ["role.", "user."]}, "action", "repeated_parameter"),
    ],
)
def test_a_bad_filter_is_a_field_error(as_admin, url, query, field, code):
    response = as_admin.get(url, query)

    assert response.status_code == 400, response.content[:300]
    assert response.json()["errors"][field][0]["code"] == code


@pytest.mark.parametrize("query", [{"page_size": "0"}, {"page_size": "201"}, {"cursor": "not-a-cursor"}])
def test_a_bad_page_is_a_field_error(as_admin, query):
    response = as_admin.get(URL, query)

    assert response.status_code == 400
    assert set(response.json()["errors"]) == set(query)


@pytest.mark.parametrize("url", [URL, EXPORT_URL])
def test_clients_do_not_learn_the_journal_exists_and_agents_are_refused(api_as, api, alice, agent, url):
    make_event(target_label="alice@martin.fr")

    as_client, as_agent = api_as(alice).get(url), api_as(agent).get(url)

    assert as_client.status_code == 404 and as_client.json()["code"] == "not_found"
    assert as_agent.status_code == 403 and as_agent.json()["permission"] == "audit.view"
    assert api.get(url).status_code == 401
    assert "alice@martin.fr" not in as_client.content.decode() + as_agent.content.decode()


def test_a_staff_role_given_audit_view_reads_the_journal(api_as):
    Role.objects.create(code="auditor", name="Auditeur", audience="staff", permissions=["audit.view"])
    auditor = factories.make_staff_user("auditor", email="sonia@origyne.fr", full_name="Sonia Audit")

    assert api_as(auditor).get(URL).status_code == 200


@pytest.mark.parametrize("method", ["post", "put", "patch", "delete"])
def test_nothing_writes_to_the_journal_through_the_api(as_admin, method):
    event = make_event()

    for url in (URL, EXPORT_URL, f"{URL}/{event.id}"):
        assert getattr(as_admin, method)(url, {}, format="json").status_code in (404, 405)
