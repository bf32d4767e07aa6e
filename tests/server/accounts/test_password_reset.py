"""Forgot password, end to end through the e-mail outbox and a real SMTP server on loopback."""

from datetime import timedelta

import pytest
from django.utils import timezone
from rest_framework.test import APIClient

from accounts.emails import RESET_SUBJECT
from accounts.models import PasswordResetCode
from accounts.services.reset_codes import password_reset_confirm, reset_code_issue
from core.errors import ValidationFailed
from notifications.models import EmailOutbox, EmailStatus
from notifications.services.email_sender import send_pending_emails
from tests.server.accounts.conftest import login, race

pytestmark = pytest.mark.django_db

NEW_PASSWORD = "Brand-New-Horse-77"
REQUEST_URL = "/api/v1/auth/password/reset"
CONFIRM_URL = "/api/v1/auth/password/reset/confirm"


def request_code(api, django_capture_on_commit_callbacks, email):
    """The request as a server runs it: its transaction commits, then its on-commit work runs."""
    with django_capture_on_commit_callbacks(execute=True):
        return api.post(REQUEST_URL, {"email": email}, format="json")


@pytest.fixture
def ask(api, django_capture_on_commit_callbacks):
    """Ask for a code, then let the outbox's sender run, as the server's worker does once woken."""

    def ask_for(email):
        response = request_code(api, django_capture_on_commit_callbacks, email)
        send_pending_emails(worker_id="test")
        return response

    return ask_for


def confirm(api, email, code, password=NEW_PASSWORD):
    return api.post(CONFIRM_URL, {"email": email, "code": code, "new_password": password}, format="json")


def test_alice_resets_her_password_with_the_code_she_received(api, ask, alice, smtp_server):
    response = ask("Alice@Martin.fr")

    assert response.status_code == 202
    [received] = smtp_server
    assert received.recipients == ["alice@martin.fr"]
    assert received.subject == "Réinitialisation de votre mot de passe — SAV Origyne"
    assert "Bonjour Alice Martin" in received.body
    assert "15 minutes" in received.body

    assert confirm(api, "alice@martin.fr", received.code()).status_code == 204
    assert login(api, alice.email, NEW_PASSWORD).status_code == 200
    assert login(api, alice.email).status_code == 401


def test_an_unknown_address_gets_the_same_answer_and_no_mail(ask, alice, smtp_server):
    known = ask("alice@martin.fr")
    unknown = ask("nobody@martin.fr")

    assert (unknown.status_code, unknown.json()) == (known.status_code, known.json())
    assert [received.recipients for received in smtp_server] == [["alice@martin.fr"]]


def test_a_deactivated_account_gets_no_mail(ask, alice, smtp_server):
    alice.is_active = False
    alice.save(update_fields=["is_active"])

    assert ask(alice.email).status_code == 202
    assert smtp_server == []


def test_only_a_hash_of_the_code_is_stored(ask, alice, smtp_server):
    ask(alice.email)

    stored = PasswordResetCode.objects.get(user=alice)
    assert smtp_server[0].code() not in stored.code_hash
    assert len(stored.code_hash) == 64


def test_a_new_code_invalidates_the_previous_one(api, ask, alice, smtp_server):
    ask(alice.email)
    ask(alice.email)
    first, second = (received.code() for received in smtp_server)

    assert confirm(api, alice.email, first).json()["code"] == "reset_code_invalid"
    assert confirm(api, alice.email, second).status_code == 204


def test_the_reset_ends_every_session(api, ask, alice, smtp_server):
    session = login(api, alice.email).json()
    ask(alice.email)

    confirm(api, alice.email, smtp_server[0].code())

    assert APIClient().post("/api/v1/auth/refresh", {"refresh": session["refresh"]}).status_code == 401
    stale = APIClient()
    stale.credentials(HTTP_AUTHORIZATION=f"Bearer {session['access']}")
    assert stale.get("/api/v1/me").status_code == 401


def test_the_request_waits_for_no_smtp_server_and_the_code_arrives_through_the_outbox(
    api, alice, slow_smtp_server, django_capture_on_commit_callbacks
):
    response = request_code(api, django_capture_on_commit_callbacks, alice.email)

    assert response.status_code == 202
    assert (slow_smtp_server.transactions, slow_smtp_server.received) == (0, [])
    [row] = EmailOutbox.objects.all()
    assert (row.to_address, row.status, row.subject) == (alice.email, EmailStatus.PENDING, RESET_SUBJECT)

    assert send_pending_emails(worker_id="test").sent == [row.id]
    [received] = slow_smtp_server.received
    assert confirm(api, alice.email, received.code()).status_code == 204


def test_an_unknown_address_queues_nothing_and_is_answered_alike(
    api, alice, slow_smtp_server, django_capture_on_commit_callbacks
):
    known = request_code(api, django_capture_on_commit_callbacks, alice.email)
    unknown = request_code(api, django_capture_on_commit_callbacks, "nobody@martin.fr")

    assert (unknown.status_code, unknown.json()) == (known.status_code, known.json())
    assert list(EmailOutbox.objects.values_list("to_address", flat=True)) == [alice.email]
    assert slow_smtp_server.transactions == 0


class TestCodes:
    """Codes issued directly, the clear value being known to the test."""

    def issue(self, user, minutes=15):
        return reset_code_issue(user=user, validity=timedelta(minutes=minutes))

    def test_a_code_is_single_use(self, api, alice):
        code = self.issue(alice)
        assert confirm(api, alice.email, code).status_code == 204

        again = confirm(api, alice.email, code, password="Another-Horse-43")

        assert again.status_code == 400
        assert again.json()["code"] == "reset_code_invalid"

    def test_an_expired_code_is_refused(self, api, alice):
        code = self.issue(alice)
        PasswordResetCode.objects.update(expires_at=timezone.now() - timedelta(seconds=1))

        assert confirm(api, alice.email, code).json()["code"] == "reset_code_invalid"

    def test_a_code_dies_after_five_wrong_tries(self, api, alice, throttle_rates):
        throttle_rates(password_reset="100/hour")
        code = self.issue(alice)
        wrong = f"{(int(code) + 1) % 10**8:08d}"

        answers = {confirm(api, alice.email, wrong).json()["code"] for _ in range(5)}

        assert answers == {"reset_code_invalid"}
        assert PasswordResetCode.objects.get().failed_attempts == 5
        assert confirm(api, alice.email, code).json()["code"] == "reset_code_invalid"
        alice.refresh_from_db()
        assert not alice.check_password(NEW_PASSWORD)

    def test_four_wrong_tries_still_leave_the_code_usable(self, api, alice):
        code = self.issue(alice)
        wrong = f"{(int(code) + 1) % 10**8:08d}"
        for _ in range(4):
            confirm(api, alice.email, wrong)

        assert confirm(api, alice.email, code).status_code == 204

    def test_a_code_only_works_for_its_own_account(self, api, alice, bob):
        code = self.issue(alice)

        assert confirm(api, bob.email, code).json()["code"] == "reset_code_invalid"

    def test_an_unknown_address_gets_the_same_refusal(self, api, alice):
        self.issue(alice)

        response = confirm(api, "nobody@martin.fr", "12345678")

        assert response.status_code == 400
        assert response.json()["code"] == "reset_code_invalid"

    def test_a_weak_password_is_refused_and_the_code_stays_usable(self, api, alice):
        code = self.issue(alice)

        weak = confirm(api, alice.email, code, password="1234")

        assert weak.status_code == 400
        assert "new_password" in weak.json()["errors"]
        assert confirm(api, alice.email, code).status_code == 204

    @pytest.mark.parametrize("code", ["1234567", "abcdefgh", "123456789"])
    def test_a_malformed_code_is_a_field_error(self, api, alice, code):
        response = confirm(api, alice.email, code)

        assert response.status_code == 400
        assert "code" in response.json()["errors"]


def test_requests_and_confirmations_are_throttled_per_address(api, alice, throttle_rates):
    throttle_rates(password_reset="2/hour")

    answers = [
        api.post(REQUEST_URL, {"email": alice.email}, format="json").status_code,
        confirm(api, alice.email, "12345678").status_code,
        api.post(REQUEST_URL, {"email": alice.email}, format="json").status_code,
    ]

    assert answers == [202, 400, 429]


# serialized_rollback: a flush would also wipe the built-in roles seeded by a migration.
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_concurrent_confirmations_of_one_code_succeed_once(alice):
    code = reset_code_issue(user=alice, validity=timedelta(minutes=15))

    outcomes = race(4, lambda: password_reset_confirm(email=alice.email, code=code, new_password=NEW_PASSWORD))

    refusals = [outcome for outcome in outcomes if isinstance(outcome, ValidationFailed)]
    assert outcomes.count(None) == 1, outcomes
    assert [refusal.code for refusal in refusals] == ["reset_code_invalid"] * 3, outcomes
    assert PasswordResetCode.objects.get().failed_attempts == 0
