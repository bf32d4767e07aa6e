"""API keys (accounts.services.api_keys): a key is checked in one query and in constant time, its use
noted at most once a minute, its refusals journalled at most once a minute."""

from datetime import timedelta

import pytest

from accounts.models import ApiKey
from accounts.services.api_keys import ApiKeyRefused, api_key_check, api_key_create, api_key_revoke
from audit.models import AuditEvent
from tests.server.accounts.conftest import login

pytestmark = pytest.mark.django_db


@pytest.fixture
def crm_key(admin):
    return api_key_create(actor=admin, name="CRM Origyne")


def test_a_key_is_checked_in_one_query_once_its_use_is_noted(crm_key, django_assert_num_queries):
    api_key_check(crm_key.key)  # first use: noted

    with django_assert_num_queries(1):
        checked = api_key_check(crm_key.key)

    assert checked.user.role.code == "crm_sync"


def test_its_use_is_noted_to_the_minute(crm_key, django_assert_num_queries):
    api_key_check(crm_key.key)
    noted = ApiKey.objects.get().last_used_at
    ApiKey.objects.update(last_used_at=noted - timedelta(minutes=2))

    with django_assert_num_queries(2):  # the key, and its new last use
        api_key_check(crm_key.key)

    assert ApiKey.objects.get().last_used_at > noted - timedelta(seconds=1)


def test_only_the_secrets_hash_is_kept(crm_key):
    secret = crm_key.key.split("_", 2)[2]

    stored = ApiKey.objects.values().get()

    assert secret not in str(stored)
    assert len(stored["secret_hash"]) == 64


def test_a_revoked_key_and_its_account_are_refused(admin, crm_key):
    api_key_revoke(actor=admin, api_key=crm_key.api_key)

    with pytest.raises(ApiKeyRefused) as refused:
        api_key_check(crm_key.key)

    assert refused.value.code == "api_key_revoked"
    assert AuditEvent.objects.get(action="user.deactivated").target_id == str(crm_key.api_key.user_id)


def test_an_account_deactivated_otherwise_is_refused_too(crm_key):
    type(crm_key.api_key.user).objects.filter(pk=crm_key.api_key.user_id).update(is_active=False)

    with pytest.raises(ApiKeyRefused):
        api_key_check(crm_key.key)


def test_refusals_are_journalled_again_after_a_minute(crm_key):
    from django.core.cache import cache

    wrong = crm_key.key[:-1] + ("A" if crm_key.key[-1] != "A" else "B")
    for _ in range(3):
        with pytest.raises(ApiKeyRefused):
            api_key_check(wrong)
    cache.clear()  # the minute has passed
    with pytest.raises(ApiKeyRefused):
        api_key_check(wrong)

    assert AuditEvent.objects.filter(action="api_key.refused").count() == 2


def test_a_service_account_given_a_password_still_cannot_sign_in(api, crm_key):
    account = crm_key.api_key.user
    account.set_password("Correct-Horse-42")
    account.save(update_fields=["password"])

    response = login(api, account.email, "Correct-Horse-42")

    assert (response.status_code, response.json()["code"]) == (401, "invalid_credentials")


def test_keys_are_told_apart_in_the_journal(admin):
    first = api_key_create(actor=admin, name="CRM")
    second = api_key_create(actor=admin, name="CRM")

    assert first.api_key.prefix != second.api_key.prefix
    assert first.api_key.user_id != second.api_key.user_id
