"""Roles administration: staff read roles, roles.manage holders change them within the rules."""

import pytest

from accounts.models import Role
from accounts.roles import ADMINISTRATOR_PERMISSIONS
from tests.server import factories

pytestmark = pytest.mark.django_db

URL = "/api/v1/roles"


@pytest.fixture
def as_admin(api_as, admin):
    return api_as(admin)


@pytest.fixture
def supervisor(db):
    return Role.objects.create(
        code="supervisor", name="Superviseur", audience="staff", permissions=["tickets.view_all"]
    )


def builtin(code):
    return Role.objects.get(code=code)


@pytest.fixture
def root(db):
    """A second full administrator, whose role is not the built-in one."""
    Role.objects.create(
        code="root", name="Racine", audience="staff", permissions=sorted(ADMINISTRATOR_PERMISSIONS)
    )
    return factories.make_staff_user("root", email="root@origyne.fr", full_name="Rémi Racine")


@pytest.fixture
def roles_manager(db):
    """Paul manages roles and sees every ticket, nothing more."""
    Role.objects.create(
        code="roles-manager", name="Gestion des rôles", audience="staff",
        permissions=["roles.manage", "tickets.view_all"],
    )
    return factories.make_staff_user("roles-manager", email="paul@origyne.fr", full_name="Paul Rôles")


class TestReading:
    def test_staff_read_the_roles_with_their_use(self, api_as, agent, alice):
        body = api_as(agent).get(URL).json()

        assert [role["code"] for role in body] == ["client", "agent", "administrator", "crm_sync"]
        client_role = body[0]
        assert client_role["permissions"] == ["tickets.create", "tickets.rate", "tickets.reply"]
        assert (client_role["is_builtin"], client_role["user_count"], client_role["audience"]) == (True, 1, "client")

    def test_staff_read_one_role(self, api_as, agent):
        response = api_as(agent).get(f"{URL}/{builtin('agent').pk}")

        assert response.status_code == 200
        assert response.json()["code"] == "agent"

    @pytest.mark.parametrize("path", ["", "/1"])
    def test_clients_never_see_roles(self, api_as, alice, path):
        response = api_as(alice).get(URL + path)

        assert response.status_code == 403
        assert response.json()["code"] == "staff_only"

    def test_an_unknown_role_is_not_found(self, api_as, agent):
        assert api_as(agent).get(f"{URL}/999999").status_code == 404

    def test_the_list_costs_two_queries(self, api_as, agent, supervisor, django_assert_num_queries):
        client = api_as(agent)
        with django_assert_num_queries(2):
            client.get(URL)


class TestWriting:
    @pytest.mark.parametrize(
        ("method", "path"), [("post", ""), ("patch", "/{id}"), ("delete", "/{id}")]
    )
    def test_only_roles_managers_change_roles(self, api_as, agent, supervisor, method, path):
        response = getattr(api_as(agent), method)(URL + path.format(id=supervisor.pk), {}, format="json")

        assert response.status_code == 403
        assert response.json()["code"] == "permission_denied"

    def test_it_creates_a_staff_role(self, as_admin):
        response = as_admin.post(
            URL,
            {"code": "supervisor", "name": "Superviseur", "audience": "staff",
             "permissions": ["tickets.view_all", "customers.view", "tickets.view_all"]},
            format="json",
        )

        assert response.status_code == 201
        body = response.json()
        assert body["permissions"] == ["customers.view", "tickets.view_all"]
        assert (body["is_builtin"], body["user_count"]) == (False, 0)

    def test_a_client_role_cannot_hold_a_staff_permission(self, as_admin):
        response = as_admin.post(
            URL,
            {"code": "vip", "name": "Client VIP", "audience": "client",
             "permissions": ["tickets.create", "users.manage"]},
            format="json",
        )

        assert response.status_code == 400
        assert response.json()["errors"]["permissions"][0]["code"] == "permission_not_allowed"
        assert not Role.objects.filter(code="vip").exists()

    def test_an_unknown_permission_is_refused(self, as_admin):
        response = as_admin.post(
            URL, {"code": "x", "name": "X", "audience": "staff", "permissions": ["tickets.fly"]}, format="json"
        )

        assert response.status_code == 400
        assert "permissions.0" in response.json()["errors"]

    @pytest.mark.parametrize(("field", "value"), [("code", "agent"), ("name", "agent")])
    def test_code_and_name_are_unique(self, as_admin, field, value):
        payload = {"code": "other", "name": "Autre", "audience": "staff", "permissions": [], field: value}

        response = as_admin.post(URL, payload, format="json")

        assert response.json()["errors"][field][0]["code"] == f"{field}_taken"

    def test_a_role_name_is_one_line(self, as_admin, supervisor):
        created = as_admin.post(
            URL, {"code": "n2", "name": "Niveau\n2", "audience": "staff", "permissions": []}, format="json"
        )
        renamed = as_admin.patch(f"{URL}/{supervisor.pk}", {"name": "Chef\x1b[31m"}, format="json")

        assert [response.status_code for response in (created, renamed)] == [400, 400]
        assert {response.json()["errors"]["name"][0]["code"] for response in (created, renamed)} == {
            "control_characters"
        }
        supervisor.refresh_from_db()
        assert not Role.objects.filter(code="n2").exists() and supervisor.name == "Superviseur"

    def test_it_renames_a_role_and_changes_its_permissions(self, as_admin, supervisor):
        response = as_admin.patch(
            f"{URL}/{supervisor.pk}", {"name": "Chef d'équipe", "permissions": ["tickets.assign"]}, format="json"
        )

        assert response.status_code == 200
        supervisor.refresh_from_db()
        assert (supervisor.name, supervisor.permissions) == ("Chef d'équipe", ["tickets.assign"])

    @pytest.mark.parametrize("field_value", [{"code": "boss"}, {"audience": "client"}, {"is_builtin": True}])
    def test_code_audience_and_builtin_never_change(self, as_admin, supervisor, field_value):
        response = as_admin.patch(f"{URL}/{supervisor.pk}", field_value, format="json")

        assert response.json()["code"] == "unknown_field"
        supervisor.refresh_from_db()
        assert (supervisor.code, supervisor.audience, supervisor.is_builtin) == ("supervisor", "staff", False)

    def test_the_client_role_never_gains_a_staff_permission(self, as_admin):
        client_role = builtin("client")

        response = as_admin.patch(
            f"{URL}/{client_role.pk}", {"permissions": ["tickets.create", "tickets.view_all"]}, format="json"
        )

        assert response.status_code == 400
        client_role.refresh_from_db()
        assert "tickets.view_all" not in client_role.permissions

    @pytest.mark.parametrize("dropped", ["users.manage", "roles.manage"])
    def test_the_administrator_role_keeps_administration(self, api_as, root, dropped):
        administrator = builtin("administrator")
        kept = [code for code in administrator.permissions if code != dropped]

        response = api_as(root).patch(f"{URL}/{administrator.pk}", {"permissions": kept}, format="json")

        assert response.status_code == 409
        assert response.json()["code"] == "administrator_permissions_required"
        administrator.refresh_from_db()
        assert dropped in administrator.permissions

    def test_a_new_permission_applies_at_once_to_holders(self, as_admin, api_as, agent):
        agents_client = api_as(agent)
        assert agents_client.get("/api/v1/users").status_code == 403
        role = builtin("agent")

        as_admin.patch(f"{URL}/{role.pk}", {"permissions": [*role.permissions, "users.manage"]}, format="json")

        assert agents_client.get("/api/v1/users").status_code == 200


class TestDeleting:
    def test_it_deletes_an_unused_role(self, as_admin, supervisor):
        response = as_admin.delete(f"{URL}/{supervisor.pk}")

        assert response.status_code == 204
        assert not Role.objects.filter(pk=supervisor.pk).exists()

    def test_a_builtin_role_cannot_be_deleted(self, as_admin):
        response = as_admin.delete(f"{URL}/{builtin('agent').pk}")

        assert response.status_code == 409
        assert response.json()["code"] == "builtin_role"

    def test_a_role_in_use_cannot_be_deleted(self, as_admin, supervisor):
        factories.make_staff_user("supervisor", email="sup@origyne.fr")

        response = as_admin.delete(f"{URL}/{supervisor.pk}")

        assert response.status_code == 409
        assert response.json()["code"] == "role_in_use"
        assert Role.objects.filter(pk=supervisor.pk).exists()


class TestDelegation:
    """A roles manager hands out at most what they hold, and never touches their own role."""

    def test_a_roles_manager_cannot_give_their_own_role_every_permission(self, api_as, roles_manager):
        own_role = roles_manager.role

        response = api_as(roles_manager).patch(
            f"{URL}/{own_role.pk}", {"permissions": sorted(ADMINISTRATOR_PERMISSIONS)}, format="json"
        )

        assert response.status_code == 403
        assert response.json()["code"] == "own_role_not_editable"
        own_role.refresh_from_db()
        assert own_role.permissions == ["roles.manage", "tickets.view_all"]

    def test_nobody_edits_the_role_they_hold_not_even_to_rename_it(self, as_admin):
        administrator = builtin("administrator")

        response = as_admin.patch(f"{URL}/{administrator.pk}", {"name": "Chef"}, format="json")

        assert response.status_code == 403
        assert response.json()["code"] == "own_role_not_editable"
        administrator.refresh_from_db()
        assert administrator.name == "Administrateur"

    def test_the_own_role_is_refused_before_the_body_is_read(self, api_as, roles_manager):
        response = api_as(roles_manager).patch(
            f"{URL}/{roles_manager.role.pk}", {"permissions": ["tickets.fly"], "code": "x"}, format="json"
        )

        assert response.status_code == 403
        assert response.json()["code"] == "own_role_not_editable"

    def test_a_roles_manager_cannot_create_a_role_above_themself(self, api_as, roles_manager):
        response = api_as(roles_manager).post(
            URL,
            {"code": "boss", "name": "Chef", "audience": "staff",
             "permissions": ["roles.manage", "tickets.view_all", "users.manage", "customers.manage"]},
            format="json",
        )

        assert response.status_code == 403
        body = response.json()
        assert body["code"] == "permission_not_held"
        assert [error["code"] for error in body["errors"]["permissions"]] == ["permission_not_held"] * 2
        assert not Role.objects.filter(code="boss").exists()

    def test_a_roles_manager_creates_a_role_within_what_they_hold(self, api_as, roles_manager):
        response = api_as(roles_manager).post(
            URL, {"code": "auditor", "name": "Auditeur", "audience": "staff", "permissions": ["tickets.view_all"]},
            format="json",
        )

        assert response.status_code == 201

    def test_a_roles_manager_cannot_give_another_role_a_permission_they_lack(
        self, api_as, roles_manager, supervisor
    ):
        response = api_as(roles_manager).patch(
            f"{URL}/{supervisor.pk}", {"permissions": ["tickets.view_all", "users.manage"]}, format="json"
        )

        assert response.status_code == 403
        assert response.json()["code"] == "permission_not_held"
        supervisor.refresh_from_db()
        assert supervisor.permissions == ["tickets.view_all"]

    @pytest.mark.parametrize(("method", "body"), [("patch", {"name": "Renommé"}), ("delete", None)])
    def test_a_roles_manager_cannot_change_or_delete_a_role_above_them(self, api_as, roles_manager, method, body):
        above = Role.objects.create(code="hr", name="RH", audience="staff", permissions=["users.manage"])

        response = getattr(api_as(roles_manager), method)(f"{URL}/{above.pk}", body, format="json")

        assert response.status_code == 403
        assert response.json()["code"] == "role_not_manageable"
        above.refresh_from_db()
        assert above.name == "RH"

    def test_only_a_full_administrator_changes_a_builtin_role(self, api_as, roles_manager, as_admin):
        client_role = builtin("client")

        refused = api_as(roles_manager).patch(f"{URL}/{client_role.pk}", {"permissions": []}, format="json")
        accepted = as_admin.patch(f"{URL}/{client_role.pk}", {"name": "Clients"}, format="json")

        assert refused.status_code == 403
        assert refused.json()["code"] == "builtin_role_protected"
        assert accepted.status_code == 200
        client_role.refresh_from_db()
        assert (client_role.name, len(client_role.permissions)) == ("Clients", 3)

    def test_an_administrator_gives_a_client_role_the_client_permissions_they_do_not_use(self, as_admin):
        response = as_admin.post(
            URL, {"code": "vip", "name": "Client VIP", "audience": "client",
                  "permissions": ["tickets.create", "tickets.rate", "tickets.reply"]},
            format="json",
        )

        assert response.status_code == 201

    def test_a_staff_role_counts_every_permission_even_the_client_ones(self, as_admin):
        response = as_admin.post(
            URL, {"code": "rater", "name": "Noteur", "audience": "staff", "permissions": ["tickets.rate"]},
            format="json",
        )

        assert response.status_code == 403
        assert response.json()["code"] == "permission_not_held"
