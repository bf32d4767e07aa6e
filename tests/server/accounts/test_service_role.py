"""`crm.sync` belongs to the service accounts alone: administrators hold `crm.manage` but not it, so
nobody gives it through role or account management, and no staff role may hold it."""

import pytest

from accounts.models import Role, User
from accounts.roles import holds_every_permission, permissions_beyond
from shared_schemas.enums import Permission, RoleAudience, permissions_allowed_for
from tests.server import factories

pytestmark = pytest.mark.django_db


def role(code: str) -> Role:
    return Role.objects.get(code=code)


def test_the_administrator_manages_the_crm_link_but_cannot_push():
    permissions = set(role("administrator").permissions)

    assert Permission.CRM_MANAGE in permissions
    assert Permission.CRM_SYNC not in permissions
    assert holds_every_permission(permissions)


def test_the_service_role_holds_crm_sync_only():
    crm_sync = role("crm_sync")

    assert (crm_sync.audience, crm_sync.permissions, crm_sync.is_builtin) == ("service", ["crm.sync"], True)
    assert permissions_allowed_for(RoleAudience.SERVICE) == {Permission.CRM_SYNC}
    assert Permission.CRM_SYNC not in permissions_allowed_for(RoleAudience.STAFF)
    assert permissions_beyond(role("administrator").permissions, audience="service", permissions=["crm.sync"]) == {
        "crm.sync"}


def test_no_staff_role_may_hold_crm_sync(api_as, admin):
    response = api_as(admin).post("/api/v1/roles", {
        "code": "robot", "name": "Robot", "audience": "staff", "permissions": ["crm.sync"]}, format="json")

    assert (response.status_code, response.json()["code"]) == (400, "validation_error")
    assert response.json()["errors"]["permissions"][0]["code"] == "permission_not_allowed"


def test_nobody_creates_a_service_role(api_as, admin):
    response = api_as(admin).post("/api/v1/roles", {
        "code": "robot", "name": "Robot", "audience": "service", "permissions": []}, format="json")

    assert (response.status_code, response.json()["code"]) == (400, "validation_error")
    assert response.json()["errors"]["audience"][0]["code"] == "audience_not_allowed"
    assert not Role.objects.filter(code="robot").exists()


def test_nobody_changes_the_service_role(api_as, admin):
    crm_sync = role("crm_sync")
    client = api_as(admin)

    rename = client.patch(f"/api/v1/roles/{crm_sync.pk}", {"name": "Robot"}, format="json")
    widen = client.patch(f"/api/v1/roles/{crm_sync.pk}", {"permissions": ["crm.sync", "tickets.view_all"]},
                         format="json")
    delete = client.delete(f"/api/v1/roles/{crm_sync.pk}")

    assert [rename.status_code, widen.status_code, delete.status_code] == [403, 403, 409]
    assert role("crm_sync").permissions == ["crm.sync"]


def test_nobody_gives_an_account_the_service_role(api_as, admin, agent):
    client = api_as(admin)

    created = client.post("/api/v1/users", {"email": "robot@origyne.fr", "full_name": "Robot", "role": "crm_sync",
                                            "password": "Brand-New-Horse-84"}, format="json")
    moved = client.patch(f"/api/v1/users/{agent.pk}", {"role": "crm_sync"}, format="json")

    assert [created.status_code, moved.status_code] == [403, 403]
    assert not User.objects.filter(email="robot@origyne.fr").exists()
    assert User.objects.get(pk=agent.pk).role.code == "agent"


def test_nobody_manages_a_service_account_as_a_user(api_as, admin):
    from accounts.services.api_keys import api_key_create

    account = api_key_create(actor=admin, name="CRM").api_key.user
    client = api_as(admin)

    responses = [client.patch(f"/api/v1/users/{account.pk}", {"full_name": "Autre"}, format="json"),
                 client.post(f"/api/v1/users/{account.pk}/deactivate"),
                 client.post(f"/api/v1/users/{account.pk}/reactivate")]

    assert [response.status_code for response in responses] == [403, 403, 403]


def test_the_migration_takes_crm_sync_from_any_other_role():
    from importlib import import_module

    from django.apps import apps

    migration = import_module("accounts.migrations.0004_api_keys_and_crm_sync_role")
    Role.objects.create(code="support", name="Support", audience="staff", permissions=["crm.sync", "tickets.reply"])
    Role.objects.filter(code="administrator").update(permissions=["crm.sync", "users.manage"])

    migration.give(apps, None)

    assert role("support").permissions == ["tickets.reply"]
    assert role("administrator").permissions == ["crm.manage", "users.manage"]
    assert factories.make_staff_user("administrator", email="a@origyne.fr").has_permission("crm.manage")
