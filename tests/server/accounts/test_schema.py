"""The accounts part of the OpenAPI schema: the operations the desktop is written against."""

import pytest
from drf_spectacular.generators import SchemaGenerator

EXPECTED_OPERATIONS = {
    ("/api/v1/auth/login", "post"): "auth_login",
    ("/api/v1/auth/refresh", "post"): "auth_refresh",
    ("/api/v1/auth/logout", "post"): "auth_logout",
    ("/api/v1/auth/password/change", "post"): "password_change",
    ("/api/v1/auth/password/reset", "post"): "password_reset_request",
    ("/api/v1/auth/password/reset/confirm", "post"): "password_reset_confirm",
    ("/api/v1/me", "get"): "me_retrieve",
    ("/api/v1/me", "patch"): "me_update",
    ("/api/v1/users", "get"): "users_list",
    ("/api/v1/users", "post"): "users_create",
    ("/api/v1/users/{user_id}", "get"): "users_retrieve",
    ("/api/v1/users/{user_id}", "patch"): "users_update",
    ("/api/v1/users/{user_id}/deactivate", "post"): "users_deactivate",
    ("/api/v1/users/{user_id}/reactivate", "post"): "users_reactivate",
    ("/api/v1/roles", "get"): "roles_list",
    ("/api/v1/roles", "post"): "roles_create",
    ("/api/v1/roles/{role_id}", "get"): "roles_retrieve",
    ("/api/v1/roles/{role_id}", "patch"): "roles_update",
    ("/api/v1/roles/{role_id}", "delete"): "roles_delete",
    ("/api/v1/agents", "get"): "agents_list",
    ("/api/v1/agents/{user_id}", "patch"): "agents_update",
    ("/api/v1/agents/{user_id}/cost-rates", "get"): "agents_cost_rates_list",
}
ANONYMOUS = {"auth_login", "auth_refresh", "password_reset_request", "password_reset_confirm"}


@pytest.fixture(scope="module")
def schema():
    return SchemaGenerator().get_schema(request=None, public=True)


@pytest.mark.parametrize(("path_method", "operation_id"), EXPECTED_OPERATIONS.items())
def test_each_operation_is_published_with_problem_answers(schema, path_method, operation_id):
    path, method = path_method
    operation = schema["paths"][path][method]

    assert operation["operationId"] == operation_id
    errors = [status for status in operation["responses"] if status.startswith(("4", "5"))]
    assert errors
    for status in errors:
        assert operation["responses"][status]["content"]["application/json"]["schema"] == {
            "$ref": "#/components/schemas/Problem"
        }


@pytest.mark.parametrize("operation_id", sorted(EXPECTED_OPERATIONS.values()))
def test_only_sign_in_and_password_reset_are_anonymous(schema, operation_id):
    [operation] = [
        op for item in schema["paths"].values() for op in item.values() if op.get("operationId") == operation_id
    ]
    assert (operation.get("security") == [{}]) == (operation_id in ANONYMOUS)


@pytest.mark.parametrize("component", ["Me", "User", "Role", "LoginOutput", "TokenPair", "UserPage", "AgentCostRate"])
def test_answers_list_every_field_as_present(schema, component):
    body = schema["components"]["schemas"][component]

    assert sorted(body["required"]) == sorted(body["properties"])
