"""Refresh tokens: single-use rotation (even under concurrency), the absolute session cap and
revocation by a password change or a deactivation."""

import time
from datetime import timedelta

import pytest
from django.utils import timezone
from rest_framework.test import APIClient
from rest_framework_simplejwt.tokens import RefreshToken, UntypedToken

from accounts.services.sessions import (
    SESSION_STARTED_CLAIM,
    TokenPair,
    session_refresh,
    session_token_pair,
)
from core.errors import AuthenticationFailed
from core.revocation import SESSION_ID_CLAIM
from tests.server.accounts.conftest import bearer, login, race

REFRESH_URL = "/api/v1/auth/refresh"


def refresh_with(token):
    return APIClient().post(REFRESH_URL, {"refresh": token}, format="json")


@pytest.mark.django_db
class TestRotation:
    def test_a_refresh_returns_a_new_working_pair(self, api, alice):
        first = login(api, alice.email).json()

        response = refresh_with(first["refresh"])

        assert response.status_code == 200
        pair = response.json()
        assert set(pair) == {"access", "refresh"}
        assert pair["refresh"] != first["refresh"]
        assert bearer(APIClient(), pair["access"]).get("/api/v1/me").status_code == 200
        assert refresh_with(pair["refresh"]).status_code == 200

    def test_a_rotated_token_cannot_be_used_again(self, api, alice):
        refresh = login(api, alice.email).json()["refresh"]
        refresh_with(refresh)

        response = refresh_with(refresh)

        assert response.status_code == 401
        assert response.json()["code"] == "token_not_valid"

    def test_the_session_id_survives_rotations_and_reaches_the_access_tokens(self, api, alice):
        first = login(api, alice.email).json()
        second = refresh_with(first["refresh"]).json()

        tokens = [first["access"], first["refresh"], second["access"], second["refresh"]]
        session_ids = {UntypedToken(token)[SESSION_ID_CLAIM] for token in tokens}
        assert len(session_ids) == 1
        assert UntypedToken(login(api, alice.email).json()["access"])[SESSION_ID_CLAIM] not in session_ids

    def test_the_session_start_survives_rotations(self, api, alice):
        first = login(api, alice.email).json()["refresh"]
        started = RefreshToken(first)[SESSION_STARTED_CLAIM]

        rotated = refresh_with(refresh_with(first).json()["refresh"]).json()["refresh"]

        assert RefreshToken(rotated)[SESSION_STARTED_CLAIM] == started

    @pytest.mark.parametrize("token", ["garbage", "a.b.c"])
    def test_it_refuses_a_forged_token(self, token):
        response = refresh_with(token)

        assert response.status_code == 401
        assert response.json()["code"] == "token_not_valid"

    def test_it_refuses_an_access_token(self, api, alice):
        access = login(api, alice.email).json()["access"]
        assert refresh_with(access).status_code == 401

    def test_it_refuses_a_token_without_a_session_start(self, alice):
        assert refresh_with(str(RefreshToken.for_user(alice))).status_code == 401

    def test_it_refuses_the_token_of_a_deactivated_account(self, api, alice):
        refresh = login(api, alice.email).json()["refresh"]
        alice.is_active = False
        alice.save(update_fields=["is_active"])

        assert refresh_with(refresh).status_code == 401

    def test_it_refuses_the_token_of_a_client_whose_customer_was_deactivated(self, api, alice):
        refresh = login(api, alice.email).json()["refresh"]
        alice.customer.is_active = False
        alice.customer.save(update_fields=["is_active"])

        response = refresh_with(refresh)

        assert response.status_code == 401
        assert response.json()["code"] == "token_not_valid"

    def test_it_refuses_a_token_issued_before_a_password_change(self, api, alice):
        refresh = login(api, alice.email).json()["refresh"]
        alice.set_password("Another-Horse-43")
        alice.save(update_fields=["password"])

        assert refresh_with(refresh).status_code == 401


@pytest.mark.django_db
class TestSessionCap:
    def started_days_ago(self, user, days):
        started = int((timezone.now() - timedelta(days=days)).timestamp())
        return session_token_pair(user=user, session_started_at=started)

    def test_a_session_younger_than_the_cap_refreshes(self, alice, settings):
        pair = self.started_days_ago(alice, settings.SAV_SESSION_MAX_DAYS - 1)
        assert refresh_with(pair.refresh).status_code == 200

    def test_a_session_older_than_the_cap_ends_however_often_it_rotated(self, alice, settings):
        pair = self.started_days_ago(alice, settings.SAV_SESSION_MAX_DAYS - 1)
        settings.SAV_SESSION_MAX_DAYS -= 2

        response = refresh_with(pair.refresh)

        assert response.status_code == 401
        assert response.json()["code"] == "token_not_valid"

    def test_a_refresh_token_never_outlives_its_session(self, alice, settings):
        pair = self.started_days_ago(alice, settings.SAV_SESSION_MAX_DAYS - 1)

        expires = RefreshToken(pair.refresh)["exp"]

        assert expires - time.time() <= timedelta(days=1).total_seconds()


# serialized_rollback: a flush would also wipe the built-in roles seeded by a migration.
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_concurrent_refreshes_of_one_token_give_exactly_one_pair(alice):
    refresh = login(APIClient(), alice.email).json()["refresh"]

    outcomes = race(6, lambda: session_refresh(refresh=refresh))

    pairs = [outcome for outcome in outcomes if isinstance(outcome, TokenPair)]
    refusals = [outcome for outcome in outcomes if isinstance(outcome, AuthenticationFailed)]
    assert len(pairs) == 1, outcomes
    assert len(refusals) == 5, outcomes
    assert {refusal.code for refusal in refusals} == {"token_not_valid"}
    assert refresh_with(pairs[0].refresh).status_code == 200
