"""The push API's keys in Administration → CRM (crm.manage), and what a key opens: the push API, and
nothing else; revoked, nothing at all, from the very next call."""

import pytest
from rest_framework.test import APIClient
from rest_framework_simplejwt.tokens import RefreshToken

from accounts.models import ApiKey, User
from audit.models import AuditEvent
from shared_schemas.crm_sync import ApiKeyCreated, ApiKeyOut
from tests.server.crm.push.conftest import with_key

pytestmark = pytest.mark.django_db

URL = "/api/v1/crm/api-keys"
PUSH = "/api/v1/crm/push/customers"
ROWS = {"rows": [{"external_id": "C1", "name": "Boulangerie Martin"}]}


def test_an_administrator_creates_a_key_shown_once_with_its_own_service_account(api_as, admin):
    response = api_as(admin).post(URL, {"name": "CRM Origyne (production)"}, format="json")

    assert response.status_code == 201
    created = ApiKeyCreated.model_validate_json(response.content)
    assert created.key.startswith(f"sav_{created.prefix}_")
    assert (created.name, created.created_by.id, created.revoked_at) == ("CRM Origyne (production)", admin.id, None)
    stored = ApiKey.objects.select_related("user__role").get(pk=created.id)
    assert created.key.split("_", 2)[2] not in {stored.secret_hash, stored.prefix, stored.name}
    account = stored.user
    assert (account.role.code, account.full_name, account.has_usable_password()) == (
        "crm_sync", "CRM Origyne (production)", False)
    assert account.email == f"crm-sync+{created.prefix}@service.invalid"
    assert set(AuditEvent.objects.values_list("action", flat=True)) >= {"api_key.created", "user.created"}
    assert with_key(created.key).post(PUSH, ROWS, format="json").status_code == 200


def test_the_list_never_holds_a_key(api_as, admin, crm_key):
    response = api_as(admin).get(URL)

    assert response.status_code == 200
    [listed] = [ApiKeyOut.model_validate(item) for item in response.json()]
    assert listed.prefix == crm_key.api_key.prefix
    assert crm_key.key not in response.content.decode()
    assert "key" not in response.json()[0]


def test_the_list_reads_every_key_in_one_query(api_as, admin, django_assert_num_queries):
    from accounts.services.api_keys import api_key_create

    for n in range(3):
        api_key_create(actor=admin, name=f"Clé {n}")
    client = api_as(admin)

    with django_assert_num_queries(2):  # the caller, then the keys with who created them
        response = client.get(URL)

    assert [item["name"] for item in response.json()] == ["Clé 2", "Clé 1", "Clé 0"]


def test_a_revoked_key_is_refused_from_the_very_next_call(api_as, admin, crm_key):
    crm = with_key(crm_key.key)
    assert crm.post(PUSH, ROWS, format="json").status_code == 200

    response = api_as(admin).post(f"{URL}/{crm_key.api_key.pk}/revoke")
    refused = crm.post(PUSH, ROWS, format="json")

    assert response.status_code == 200 and ApiKeyOut.model_validate_json(response.content).revoked_at
    assert refused.status_code == 401
    assert refused.json()["code"] == "api_key_revoked"
    assert not User.objects.get(pk=crm_key.api_key.user_id).is_active
    assert AuditEvent.objects.filter(action="api_key.revoked", target_id=str(crm_key.api_key.pk)).count() == 1


def test_revoking_a_revoked_key_changes_nothing(api_as, admin, crm_key):
    client = api_as(admin)
    first = client.post(f"{URL}/{crm_key.api_key.pk}/revoke").json()

    again = client.post(f"{URL}/{crm_key.api_key.pk}/revoke")

    assert again.status_code == 200 and again.json()["revoked_at"] == first["revoked_at"]
    assert AuditEvent.objects.filter(action="api_key.revoked").count() == 1


def test_revoking_a_key_nobody_has_is_not_found(api_as, admin):
    assert api_as(admin).post(f"{URL}/4242/revoke").status_code == 404


@pytest.mark.parametrize("body", [{}, {"name": ""}, {"name": "Deux\nlignes"}, {"name": "CRM", "role": "administrator"}])
def test_a_key_needs_a_name_on_one_line_and_nothing_else(api_as, admin, body):
    response = api_as(admin).post(URL, body, format="json")

    assert response.status_code == 400
    assert not ApiKey.objects.exists()


@pytest.mark.parametrize("who", ["agent", "alice"])
def test_only_crm_managers_see_and_create_keys(request, api_as, who, crm_key):
    client = api_as(request.getfixturevalue(who))

    responses = [client.get(URL), client.post(URL, {"name": "Pirate"}, format="json"),
                 client.post(f"{URL}/{crm_key.api_key.pk}/revoke")]

    assert [response.status_code for response in responses] == [403, 403, 403]
    assert ApiKey.objects.get().revoked_at is None


# --- what a key opens ----------------------------------------------------------------------------


@pytest.mark.parametrize("header", [
    "Api-Key sav_0123456789ab_" + "A" * 43, "Api-Key nonsense", "Api-Key", "Api-Key a b", "api-key \u00e9t\u00e9",
], ids=["unknown", "malformed", "empty", "two-words", "not-ascii"])
def test_an_unknown_key_is_refused_and_journalled(header):
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=header)

    response = client.post(PUSH, ROWS, format="json")

    assert response.status_code == 401
    assert response.json()["code"] == "api_key_invalid"
    assert response["WWW-Authenticate"] == 'Api-Key realm="api"'
    event = AuditEvent.objects.get(action="api_key.refused")
    assert (event.actor_id, event.target_id, event.after) == (None, None, {"reason": "unknown"})


def test_a_known_key_with_a_wrong_secret_is_refused_under_its_name(crm_key):
    forged = f"sav_{crm_key.api_key.prefix}_" + "A" * 43

    response = with_key(forged).post(PUSH, ROWS, format="json")

    assert response.status_code == 401
    event = AuditEvent.objects.get(action="api_key.refused")
    assert (event.target_id, event.after) == (str(crm_key.api_key.pk), {"reason": "wrong_secret"})


def test_a_flood_of_refused_keys_writes_one_journal_row_a_minute(crm_key):
    for n in range(20):
        with_key(f"sav_{n:012x}_" + "B" * 43).post(PUSH, ROWS, format="json")
        with_key(f"sav_{crm_key.api_key.prefix}_" + "C" * 43).post(PUSH, ROWS, format="json")

    assert AuditEvent.objects.filter(action="api_key.refused").count() == 2


def test_people_cannot_push_even_administrators(api_as, admin):
    response = api_as(admin).post(PUSH, ROWS, format="json")

    assert response.status_code == 401
    assert response["WWW-Authenticate"] == 'Api-Key realm="api"'


@pytest.mark.parametrize("url", [
    "/api/v1/me", "/api/v1/tickets", "/api/v1/customers", "/api/v1/products", "/api/v1/users",
    "/api/v1/audit-events", "/api/v1/categories", "/api/v1/notifications", "/api/v1/crm/status", URL,
])
def test_a_key_opens_nothing_but_the_push_api(crm, url):
    response = crm.get(url)

    assert response.status_code == 401


def test_a_service_account_never_signs_in_nor_gets_a_password(api, crm_key):
    email = crm_key.api_key.user.email

    sign_in = api.post("/api/v1/auth/login", {"email": email, "password": "Correct-Horse-42"}, format="json")
    reset = api.post("/api/v1/auth/password/reset", {"email": email}, format="json")

    assert (sign_in.status_code, sign_in.json()["code"]) == (401, "invalid_credentials")
    assert reset.status_code == 202
    assert not crm_key.api_key.user.password_reset_codes.exists()


def test_a_service_account_token_would_be_refused(crm_key):
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Bearer {RefreshToken.for_user(crm_key.api_key.user).access_token}")

    response = client.get("/api/v1/me")

    assert response.status_code == 401
    assert response.json()["code"] == "service_account"
