"""The signed-in user's own account: read it, change name/phone/language, nothing else."""

import pytest

pytestmark = pytest.mark.django_db


def test_it_shows_an_agent_without_customer_and_with_staff_permissions(api_as, agent):
    body = api_as(agent).get("/api/v1/me").json()

    assert body["customer"] is None
    assert body["role"]["audience"] == "staff"
    assert "tickets.view_all" in body["permissions"]
    assert body["permissions"] == sorted(body["permissions"])


def test_it_needs_a_token(api):
    response = api.get("/api/v1/me")

    assert response.status_code == 401
    assert response.json()["code"] == "not_authenticated"


def test_alice_changes_her_name_phone_and_language(api_as, alice):
    response = api_as(alice).patch(
        "/api/v1/me", {"full_name": "Alice Martin-Roy", "phone": "+33 4 78 00 00 00", "language": "en"}, format="json"
    )

    assert response.status_code == 200
    alice.refresh_from_db()
    assert (alice.full_name, alice.phone, alice.language) == ("Alice Martin-Roy", "+33 4 78 00 00 00", "en")
    assert response.json()["language"] == "en"


def test_a_partial_change_leaves_the_rest_alone(api_as, alice):
    api_as(alice).patch("/api/v1/me", {"phone": "0478000000"}, format="json")

    alice.refresh_from_db()
    assert (alice.full_name, alice.phone) == ("Alice Martin", "0478000000")


@pytest.mark.parametrize(
    "field_value",
    [
        {"role": "administrator"},
        {"customer": 2},
        {"is_active": False},
        {"email": "boss@martin.fr"},
        {"permissions": ["users.manage"]},
        {"contact": None},
        {"password": "Another-Horse-43"},
    ],
)
def test_alice_cannot_set_anything_else_on_herself(api_as, alice, customer_b, field_value):
    before = (alice.role_id, alice.customer_id, alice.is_active, alice.email, alice.contact_id, alice.password)

    response = api_as(alice).patch("/api/v1/me", {"full_name": "Alice", **field_value}, format="json")

    assert response.status_code == 400
    assert response.json()["code"] == "unknown_field"
    assert set(response.json()["errors"]) == set(field_value)
    alice.refresh_from_db()
    assert (alice.role_id, alice.customer_id, alice.is_active, alice.email, alice.contact_id, alice.password) == before
    assert alice.full_name == "Alice Martin"


@pytest.mark.parametrize(
    ("payload", "field"),
    [({"full_name": ""}, "full_name"), ({"language": "de"}, "language"), ({"phone": "<script>"}, "phone"),
     ({"full_name": "Alice\nBcc: pirate@exemple.com"}, "full_name")],
)
def test_it_refuses_invalid_values(api_as, alice, payload, field):
    response = api_as(alice).patch("/api/v1/me", payload, format="json")

    assert response.status_code == 400
    assert field in response.json()["errors"]
    alice.refresh_from_db()
    assert alice.full_name == "Alice Martin"


def test_it_refuses_a_body_that_is_not_an_object(api_as, alice):
    response = api_as(alice).patch("/api/v1/me", ["full_name"], format="json")

    assert response.status_code == 400
