"""Sign-in (with django-axes lockout and throttling) and sign-out."""

import pytest
from axes.models import AccessAttempt
from rest_framework.test import APIClient
from rest_framework_simplejwt.token_blacklist.models import BlacklistedToken, OutstandingToken

from audit.models import AuditEvent
from shared_schemas.audit import AuditAction
from tests.server.accounts.conftest import bearer, login

pytestmark = pytest.mark.django_db

WRONG = "Not-The-Password-1"


def test_it_signs_alice_in_and_describes_her(api, alice):
    response = login(api, "alice@martin.fr")

    assert response.status_code == 200
    body = response.json()
    assert set(body) == {"access", "refresh", "user"}
    assert body["user"] == {
        "id": alice.pk,
        "email": "alice@martin.fr",
        "full_name": "Alice Martin",
        "phone": "",
        "language": "fr",
        "role": {"id": alice.role_id, "code": "client", "name": "Client", "audience": "client"},
        "permissions": ["tickets.create", "tickets.rate", "tickets.reply"],
        "customer": {"id": alice.customer_id, "name": "Boulangeries Martin"},
        "is_active": True,
    }


def test_the_access_token_it_returns_opens_the_api(api, alice):
    access = login(api, alice.email).json()["access"]

    response = bearer(APIClient(), access).get("/api/v1/me")

    assert response.status_code == 200
    assert response.json()["email"] == alice.email


def test_it_accepts_the_email_in_any_case_and_with_spaces(api, alice):
    assert login(api, "  Alice@MARTIN.fr ").status_code == 200


def test_it_records_the_sign_in_time(api, alice):
    login(api, alice.email)
    alice.refresh_from_db()
    assert alice.last_login is not None


@pytest.mark.parametrize(
    ("email", "password"),
    [("alice@martin.fr", WRONG), ("nobody@martin.fr", WRONG), ("nobody@martin.fr", "Correct-Horse-42")],
)
def test_it_answers_wrong_credentials_alike(api, alice, email, password):
    response = login(api, email, password)

    assert response.status_code == 401
    assert response.json()["code"] == "invalid_credentials"
    assert response["Content-Type"] == "application/problem+json"


def test_it_refuses_a_deactivated_account_like_a_wrong_password(api, alice):
    alice.is_active = False
    alice.save(update_fields=["is_active"])

    response = login(api, alice.email)

    assert response.status_code == 401
    assert response.json()["code"] == "invalid_credentials"


def test_the_right_password_of_a_deactivated_customers_client_is_refused_with_its_reason(api, alice):
    alice.customer.is_active = False
    alice.customer.save(update_fields=["is_active"])

    response = login(api, alice.email)

    assert response.status_code == 403
    assert response.json()["code"] == "customer_inactive"
    assert not OutstandingToken.objects.exists()
    assert AuditEvent.objects.get().action == AuditAction.SIGN_IN_FAILED


def test_a_wrong_password_of_a_deactivated_customers_client_tells_nothing_more(api, alice):
    alice.customer.is_active = False
    alice.customer.save(update_fields=["is_active"])

    response = login(api, alice.email, WRONG)

    assert response.status_code == 401
    assert response.json()["code"] == "invalid_credentials"


def test_it_never_trims_a_password(api, alice):
    assert login(api, alice.email, " Correct-Horse-42 ").status_code == 401


def test_it_refuses_unknown_fields(api, alice):
    response = api.post(
        "/api/v1/auth/login",
        {"email": alice.email, "password": "Correct-Horse-42", "role": "administrator"},
        format="json",
    )

    assert response.status_code == 400
    assert response.json()["code"] == "unknown_field"
    assert response.json()["errors"]["role"][0]["code"] == "unknown_field"


def test_it_ignores_a_stale_bearer_token_on_login(api, alice):
    api.credentials(HTTP_AUTHORIZATION="Bearer not-a-token")
    assert login(api, alice.email).status_code == 200


class TestLockout:
    """django-axes locks an (e-mail, IP) pair after AXES_FAILURE_LIMIT failures."""

    def fail(self, api, email, *, ip="10.0.0.1", times=1):
        return [login(api, email, WRONG, REMOTE_ADDR=ip) for _ in range(times)]

    def test_it_locks_the_pair_after_the_failure_limit(self, api, alice, settings):
        *_, last = self.fail(api, alice.email, times=settings.AXES_FAILURE_LIMIT)

        assert last.status_code == 429
        assert last.json()["code"] == "account_locked"
        right_password = login(api, alice.email, REMOTE_ADDR="10.0.0.1")
        assert right_password.status_code == 429
        assert right_password.json()["code"] == "account_locked"

    def test_it_does_not_lock_before_the_limit(self, api, alice, settings):
        answers = self.fail(api, alice.email, times=settings.AXES_FAILURE_LIMIT - 1)

        assert {response.status_code for response in answers} == {401}
        assert login(api, alice.email, REMOTE_ADDR="10.0.0.1").status_code == 200

    def test_it_counts_the_email_whatever_its_case(self, api, alice, settings):
        for n in range(settings.AXES_FAILURE_LIMIT):
            self.fail(api, alice.email.upper() if n % 2 else alice.email)

        assert login(api, alice.email, REMOTE_ADDR="10.0.0.1").status_code == 429

    def test_the_same_email_from_another_address_still_signs_in(self, api, alice, settings):
        self.fail(api, alice.email, times=settings.AXES_FAILURE_LIMIT)

        assert login(api, alice.email, REMOTE_ADDR="10.0.0.2").status_code == 200

    def test_another_email_from_the_same_address_still_signs_in(self, api, alice, bob, settings):
        self.fail(api, alice.email, times=settings.AXES_FAILURE_LIMIT)

        assert login(api, bob.email, REMOTE_ADDR="10.0.0.1").status_code == 200

    def test_a_success_resets_the_failure_count(self, api, alice, settings):
        self.fail(api, alice.email, times=settings.AXES_FAILURE_LIMIT - 1)
        assert login(api, alice.email, REMOTE_ADDR="10.0.0.1").status_code == 200

        answers = self.fail(api, alice.email, times=settings.AXES_FAILURE_LIMIT - 1)

        assert {response.status_code for response in answers} == {401}
        assert not AccessAttempt.objects.filter(failures_since_start__gte=settings.AXES_FAILURE_LIMIT).exists()


class TestThrottling:
    def test_it_throttles_sign_in_attempts_per_address(self, api, alice, throttle_rates):
        throttle_rates(auth_login="2/min")

        answers = [login(api, alice.email).status_code for _ in range(3)]

        assert answers == [200, 200, 429]

    def test_a_throttled_answer_is_a_problem_with_retry_after(self, api, alice, throttle_rates):
        throttle_rates(auth_login="1/min")
        login(api, alice.email)

        response = login(api, alice.email)

        assert response.json()["code"] == "rate_limited"
        assert int(response["Retry-After"]) > 0

    def test_it_throttles_refreshes(self, api, alice, throttle_rates):
        throttle_rates(auth_refresh="1/min")
        refresh = login(api, alice.email).json()["refresh"]

        first = api.post("/api/v1/auth/refresh", {"refresh": refresh}, format="json")
        second = api.post("/api/v1/auth/refresh", {"refresh": first.json()["refresh"]}, format="json")

        assert (first.status_code, second.status_code) == (200, 429)


class TestLogout:
    def refresh_with(self, token):
        return APIClient().post("/api/v1/auth/refresh", {"refresh": token}, format="json")

    def test_it_ends_the_session_of_the_given_refresh_token(self, api, alice):
        body = login(api, alice.email).json()

        response = bearer(APIClient(), body["access"]).post(
            "/api/v1/auth/logout", {"refresh": body["refresh"]}, format="json"
        )

        assert response.status_code == 204
        assert self.refresh_with(body["refresh"]).status_code == 401

    def test_it_leaves_the_other_sessions_alone(self, api, alice):
        laptop = login(api, alice.email).json()
        phone = login(api, alice.email).json()

        bearer(APIClient(), laptop["access"]).post("/api/v1/auth/logout", {"refresh": laptop["refresh"]})

        assert self.refresh_with(phone["refresh"]).status_code == 200

    def test_it_ends_every_session_on_request(self, api, alice):
        laptop = login(api, alice.email).json()
        phone = login(api, alice.email).json()

        response = bearer(APIClient(), laptop["access"]).post(
            "/api/v1/auth/logout", {"all_sessions": True}, format="json"
        )

        assert response.status_code == 204
        assert self.refresh_with(laptop["refresh"]).status_code == 401
        assert self.refresh_with(phone["refresh"]).status_code == 401

    def test_it_ignores_another_users_refresh_token(self, api, alice, bob):
        alices = login(api, alice.email).json()
        bobs = login(api, bob.email).json()

        response = bearer(APIClient(), alices["access"]).post(
            "/api/v1/auth/logout", {"refresh": bobs["refresh"]}, format="json"
        )

        assert response.status_code == 204
        assert not BlacklistedToken.objects.exists()
        assert self.refresh_with(bobs["refresh"]).status_code == 200

    @pytest.mark.parametrize("token", ["garbage", ""])
    def test_it_answers_204_for_an_unusable_token_and_400_for_none(self, api, alice, token):
        access = login(api, alice.email).json()["access"]

        response = bearer(APIClient(), access).post("/api/v1/auth/logout", {"refresh": token}, format="json")

        assert response.status_code == (204 if token else 400)

    def test_it_answers_204_twice(self, api, alice):
        body = login(api, alice.email).json()
        other_session = login(api, alice.email).json()
        clients = [bearer(APIClient(), body["access"]), bearer(APIClient(), other_session["access"])]

        answers = [client.post("/api/v1/auth/logout", {"refresh": body["refresh"]}).status_code for client in clients]

        assert answers == [204, 204]
        assert BlacklistedToken.objects.get().token.jti == OutstandingToken.objects.order_by("id").first().jti

    def test_the_access_token_it_signed_out_with_is_refused_at_once(
        self, api, alice, django_capture_on_commit_callbacks
    ):
        body = login(api, alice.email).json()
        client = bearer(APIClient(), body["access"])

        with django_capture_on_commit_callbacks(execute=True):
            client.post("/api/v1/auth/logout", {"refresh": body["refresh"]}, format="json")

        response = client.get("/api/v1/me")
        assert response.status_code == 401
        assert response.json()["code"] == "token_not_valid"

    def test_every_access_token_of_the_ended_session_is_refused(
        self, api, alice, django_capture_on_commit_callbacks
    ):
        first = login(api, alice.email).json()
        rotated = self.refresh_with(first["refresh"]).json()

        with django_capture_on_commit_callbacks(execute=True):
            bearer(APIClient(), rotated["access"]).post(
                "/api/v1/auth/logout", {"refresh": rotated["refresh"]}, format="json"
            )

        assert bearer(APIClient(), first["access"]).get("/api/v1/me").status_code == 401

    def test_the_access_token_of_another_session_keeps_working(self, api, alice, django_capture_on_commit_callbacks):
        laptop = login(api, alice.email).json()
        phone = login(api, alice.email).json()

        with django_capture_on_commit_callbacks(execute=True):
            bearer(APIClient(), laptop["access"]).post(
                "/api/v1/auth/logout", {"refresh": laptop["refresh"]}, format="json"
            )

        assert bearer(APIClient(), phone["access"]).get("/api/v1/me").status_code == 200

    def test_signing_out_everywhere_refuses_the_access_token_of_every_session(
        self, api, alice, bob, django_capture_on_commit_callbacks
    ):
        laptop = login(api, alice.email).json()
        phone = login(api, alice.email).json()
        bobs = login(api, bob.email).json()

        with django_capture_on_commit_callbacks(execute=True):
            bearer(APIClient(), laptop["access"]).post("/api/v1/auth/logout", {"all_sessions": True}, format="json")

        assert bearer(APIClient(), laptop["access"]).get("/api/v1/me").status_code == 401
        assert bearer(APIClient(), phone["access"]).get("/api/v1/me").status_code == 401
        assert bearer(APIClient(), bobs["access"]).get("/api/v1/me").status_code == 200

    def test_a_sign_out_that_ends_nothing_still_refuses_its_access_token(
        self, api, alice, bob, django_capture_on_commit_callbacks
    ):
        alices = login(api, alice.email).json()
        bobs = login(api, bob.email).json()

        with django_capture_on_commit_callbacks(execute=True):
            bearer(APIClient(), alices["access"]).post(
                "/api/v1/auth/logout", {"refresh": bobs["refresh"]}, format="json"
            )

        assert bearer(APIClient(), alices["access"]).get("/api/v1/me").status_code == 401
        assert bearer(APIClient(), bobs["access"]).get("/api/v1/me").status_code == 200

    def test_it_needs_a_signed_in_user(self, api, alice):
        refresh = login(api, alice.email).json()["refresh"]

        response = APIClient().post("/api/v1/auth/logout", {"refresh": refresh}, format="json")

        assert response.status_code == 401
