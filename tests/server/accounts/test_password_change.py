"""Changing one's password ends every other session but keeps this one going."""

import pytest
from rest_framework.test import APIClient

from tests.server.accounts.conftest import bearer, login
from tests.server.factories import PASSWORD

pytestmark = pytest.mark.django_db

NEW_PASSWORD = "Brand-New-Horse-77"
URL = "/api/v1/auth/password/change"


def change(client, current=PASSWORD, new=NEW_PASSWORD):
    return client.post(URL, {"current_password": current, "new_password": new}, format="json")


def refresh_with(token):
    return APIClient().post("/api/v1/auth/refresh", {"refresh": token}, format="json")


def test_it_changes_the_password_and_returns_a_working_pair(signed_in, alice, api):
    client, _ = signed_in(alice)

    response = change(client)

    assert response.status_code == 200
    pair = response.json()
    assert bearer(APIClient(), pair["access"]).get("/api/v1/me").status_code == 200
    assert refresh_with(pair["refresh"]).status_code == 200
    assert login(api, alice.email, NEW_PASSWORD).status_code == 200
    assert login(api, alice.email, PASSWORD).status_code == 401


def test_it_ends_every_other_session_at_once(signed_in, alice):
    laptop, laptop_login = signed_in(alice)
    phone, phone_login = signed_in(alice)

    change(laptop)

    assert phone.get("/api/v1/me").status_code == 401
    assert laptop.get("/api/v1/me").status_code == 401  # this session continues with the new pair
    assert refresh_with(phone_login["refresh"]).status_code == 401
    assert refresh_with(laptop_login["refresh"]).status_code == 401


def test_the_new_pair_keeps_the_session_start(signed_in, alice):
    from rest_framework_simplejwt.tokens import RefreshToken

    from accounts.services.sessions import SESSION_STARTED_CLAIM

    client, first = signed_in(alice)

    pair = change(client).json()

    assert RefreshToken(pair["refresh"])[SESSION_STARTED_CLAIM] == RefreshToken(first["refresh"], verify=False)[
        SESSION_STARTED_CLAIM
    ]


def test_it_refuses_a_wrong_current_password_and_changes_nothing(signed_in, alice):
    client, first = signed_in(alice)

    response = change(client, current="Wrong-Horse-00")

    assert response.status_code == 400
    assert response.json()["errors"]["current_password"][0]["code"] == "wrong_password"
    alice.refresh_from_db()
    assert alice.check_password(PASSWORD)
    assert refresh_with(first["refresh"]).status_code == 200


@pytest.mark.parametrize(
    ("new", "code"),
    [
        ("short1!", "password_too_short"),
        ("1234567890123", "password_entirely_numeric"),
        ("password1234", "password_too_common"),
    ],
)
def test_it_applies_the_password_rules(signed_in, alice, new, code):
    client, _ = signed_in(alice)

    response = change(client, new=new)

    assert response.status_code == 400
    assert code in {error["code"] for error in response.json()["errors"]["new_password"]}
    alice.refresh_from_db()
    assert alice.check_password(PASSWORD)


def test_it_refuses_a_password_like_the_email(signed_in, alice):
    client, _ = signed_in(alice)

    response = change(client, new="alice@martin.fr")

    assert "password_too_similar" in {e["code"] for e in response.json()["errors"]["new_password"]}


def test_it_needs_a_signed_in_user(api):
    assert change(api).status_code == 401


def test_it_is_throttled_per_user(signed_in, alice, throttle_rates):
    throttle_rates(password_change="2/hour")
    client, _ = signed_in(alice)

    answers = [change(client, current="Wrong-Horse-00").status_code for _ in range(3)]

    assert answers == [400, 400, 429]
