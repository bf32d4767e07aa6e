"""Service rules that the APIs do not show directly."""

from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from rest_framework_simplejwt.token_blacklist.models import BlacklistedToken, OutstandingToken

from accounts import emails
from accounts.models import PasswordResetCode, Role
from accounts.services.reset_codes import _digest, reset_code_issue
from accounts.services.roles import role_create
from accounts.services.sessions import session_token_pair, sessions_end_all
from accounts.services.users import me_update, user_create, user_update
from core.errors import ValidationFailed
from crm.models import Contact

pytestmark = pytest.mark.django_db


class TestSessions:
    def test_ending_all_sessions_blacklists_each_live_token_once(self, alice, bob):
        session_token_pair(user=alice)
        session_token_pair(user=alice)
        bobs = session_token_pair(user=bob)

        assert sessions_end_all(user=alice) == 2
        assert sessions_end_all(user=alice) == 0
        assert BlacklistedToken.objects.count() == 2
        bobs_tokens = OutstandingToken.objects.filter(user=bob).values("jti")
        assert not BlacklistedToken.objects.filter(token__jti__in=bobs_tokens).exists()
        assert bobs.refresh


class TestResetCodes:
    def test_a_code_is_eight_digits(self, alice):
        code = reset_code_issue(user=alice, validity=timedelta(minutes=15))

        assert len(code) == 8 and code.isdigit()

    def test_the_stored_hash_is_bound_to_its_user(self, alice, bob):
        assert _digest(alice, "12345678") != _digest(bob, "12345678")

    def test_a_new_code_expires_the_unused_ones(self, alice):
        reset_code_issue(user=alice, validity=timedelta(minutes=15))
        reset_code_issue(user=alice, validity=timedelta(minutes=15))

        first, second = PasswordResetCode.objects.order_by("id")
        assert first.expires_at <= second.created_at < second.expires_at


@pytest.mark.parametrize(
    ("validity", "text"),
    [(timedelta(minutes=15), "15 minutes"), (timedelta(minutes=1), "1 minute"),
     (timedelta(hours=1), "1 heure"), (timedelta(hours=72), "72 heures")],
)
def test_the_validity_reads_in_french(validity, text):
    assert emails._validity_text(validity) == text


class TestUsers:
    def test_a_staff_account_takes_no_contact(self, admin, customer_a):
        contact = Contact.objects.create(customer=customer_a, first_name="Jean", last_name="Martin")

        with pytest.raises(ValidationFailed) as refused:
            user_create(
                actor=admin, email="jean@origyne.fr", full_name="Jean", role=Role.objects.get(code="agent"),
                contact=contact, password="Jean-Horse-2026",
            )

        assert refused.value.errors["contact"][0]["code"] == "not_allowed_for_staff"

    def test_an_update_without_arguments_writes_nothing(self, admin, alice):
        with CaptureQueriesContext(connection) as queries:
            user_update(actor=admin, user=alice)

        assert not [query for query in queries if query["sql"].startswith("UPDATE")]

    def test_me_update_writes_only_the_given_fields(self, alice):
        with CaptureQueriesContext(connection) as queries:
            me_update(actor=alice, phone="0102030405")

        [update] = [query["sql"] for query in queries if query["sql"].startswith("UPDATE")]
        assert '"phone"' in update and '"full_name"' not in update
        alice.refresh_from_db()
        assert alice.phone == "0102030405"


def test_a_role_stores_its_permissions_sorted_and_once(admin):
    role = role_create(
        actor=admin, code="qa", name="Qualité", audience="staff",
        permissions=["tickets.view_all", "customers.view", "tickets.view_all"],
    )

    assert role.permissions == ["customers.view", "tickets.view_all"]
