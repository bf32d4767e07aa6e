"""`shared_schemas.accounts` is what the accounts endpoints answer, field for field."""

import pytest

from accounts.models import AgentProfile, Role
from accounts.services.agents import agent_update
from shared_schemas.accounts import (
    AgentCostRate,
    AgentOut,
    LoginResult,
    Me,
    RoleOut,
    TokenPair,
    UserOut,
)
from shared_schemas.common import Page
from shared_schemas.enums import RoleAudience
from tests.contract.wire import assert_component_matches, assert_wire
from tests.server import factories

pytestmark = pytest.mark.django_db

NEW_PASSWORD = "Another-Horse-77"


@pytest.mark.parametrize("who", ["alice", "agent"])
def test_sign_in_answers_a_login_result(request, api, who):
    user = request.getfixturevalue(who)
    response = api.post("/api/v1/auth/login", {"email": user.email, "password": factories.PASSWORD})

    result = assert_wire(LoginResult, response, status=200)

    assert result.user.id == user.id
    assert (result.user.customer is None) == (who == "agent")
    assert result.user.is_staff == (who == "agent")


def test_refresh_answers_a_token_pair(api, alice):
    login = api.post("/api/v1/auth/login", {"email": alice.email, "password": factories.PASSWORD})
    response = api.post("/api/v1/auth/refresh", {"refresh": login.json()["refresh"]})

    assert_wire(TokenPair, response, status=200)


def test_password_change_answers_a_token_pair(api_as, alice):
    response = api_as(alice).post(
        "/api/v1/auth/password/change", {"current_password": factories.PASSWORD, "new_password": NEW_PASSWORD}
    )

    assert_wire(TokenPair, response, status=200)


@pytest.mark.parametrize("who", ["alice", "agent", "admin"])
def test_me_is_the_me_model(request, api_as, who):
    user = request.getfixturevalue(who)
    client = api_as(user)

    me = assert_wire(Me, client.get("/api/v1/me"), status=200)
    changed = assert_wire(Me, client.patch("/api/v1/me", {"language": "en", "phone": "+33 1 02 03 04 05"}), status=200)

    assert me.permissions == sorted(user.role.permissions)
    assert me.is_staff == (who != "alice")
    assert (changed.language, changed.phone) == ("en", "+33 1 02 03 04 05")


def test_users_list_is_a_page_of_user_out(api_as, admin, alice, bob, agent):
    api_as(alice)  # a session, so that last_login is set for someone
    page = assert_wire(Page[UserOut], api_as(admin).get("/api/v1/users", {"page_size": 2}), status=200)

    assert len(page.results) == 2 and page.next_cursor


@pytest.mark.parametrize("who", ["alice", "agent"])
def test_one_user_is_a_user_out(request, api, api_as, admin, who):
    user = request.getfixturevalue(who)
    api.post("/api/v1/auth/login", {"email": user.email, "password": factories.PASSWORD})

    out = assert_wire(UserOut, api_as(admin).get(f"/api/v1/users/{user.id}"), status=200)

    assert out.last_login is not None
    assert (out.contact is not None, out.customer is not None) == (who == "alice", who == "alice")


def test_user_writes_answer_user_out(api_as, admin, customer_a):
    client = api_as(admin)
    created = assert_wire(
        UserOut,
        client.post("/api/v1/users", {"email": "zoe@martin.fr", "full_name": "Zoé Martin", "role": "client",
                                      "customer": customer_a.id, "password": NEW_PASSWORD}),
        status=201,
    )
    base = f"/api/v1/users/{created.id}"

    assert_wire(UserOut, client.patch(base, {"full_name": "Zoé Martin-Petit"}), status=200)
    deactivated = assert_wire(UserOut, client.post(f"{base}/deactivate"), status=200)
    reactivated = assert_wire(UserOut, client.post(f"{base}/reactivate"), status=200)

    assert deactivated.deactivated_at is not None and not deactivated.is_active
    assert reactivated.deactivated_at is None and reactivated.is_active


def test_roles_are_role_out(api_as, admin, agent):
    client = api_as(admin)
    listed = assert_wire(list[RoleOut], api_as(agent).get("/api/v1/roles"), status=200)
    created = assert_wire(
        RoleOut,
        client.post("/api/v1/roles", {"code": "support", "name": "Support", "audience": "staff",
                                      "permissions": ["tickets.reply"]}),
        status=201,
    )

    assert_wire(RoleOut, client.get(f"/api/v1/roles/{created.id}"), status=200)
    assert_wire(RoleOut, client.patch(f"/api/v1/roles/{created.id}", {"name": "Support N2"}), status=200)
    assert {role.code for role in listed} == set(Role.objects.exclude(pk=created.id).values_list("code", flat=True))
    assert {role.audience for role in listed} == set(RoleAudience)


def test_agents_show_their_cost_only_to_user_managers(api_as, admin, agent, agent2, category):
    agent_update(actor=admin, profile=AgentProfile.objects.get(user=agent), hourly_cost="38.00",
                 categories=[category.id])

    for_admin = assert_wire(list[AgentOut], api_as(admin).get("/api/v1/agents"), status=200)
    response = api_as(agent).get("/api/v1/agents")
    for_agent = assert_wire(list[AgentOut], response, status=200)

    costs = {a.id: a.current_hourly_cost for a in for_admin}
    assert str(costs[agent.id]) == "38.00" and costs[agent2.id] is None
    assert all("current_hourly_cost" in item for item in _raw(api_as(admin).get("/api/v1/agents")))
    assert all("current_hourly_cost" not in item for item in response.json())
    assert {a.id for a in for_agent} == {a.id for a in for_admin}


def test_agent_update_answers_agent_out(api_as, admin, agent):
    with_cost = assert_wire(
        AgentOut, api_as(admin).patch(f"/api/v1/agents/{agent.id}", {"hourly_cost": "40.00"}), status=200
    )
    own = assert_wire(AgentOut, api_as(agent).patch(f"/api/v1/agents/{agent.id}", {"availability": "busy"}),
                      status=200)

    assert str(with_cost.current_hourly_cost) == "40.00"
    assert own.current_hourly_cost is None and own.availability == "busy"


def test_cost_history_is_agent_cost_rates_with_their_author(api_as, admin, agent):
    client = api_as(admin)
    client.patch(f"/api/v1/agents/{agent.id}", {"hourly_cost": "40.00"})
    client.patch(f"/api/v1/agents/{agent.id}", {"hourly_cost": "45.00"})

    rates = assert_wire(list[AgentCostRate], client.get(f"/api/v1/agents/{agent.id}/cost-rates"), status=200)

    assert [str(rate.hourly_cost) for rate in rates] == ["45.00", "40.00"]
    assert rates[0].created_by is not None and rates[0].created_by.id == admin.id


@pytest.mark.parametrize(
    ("component", "model"),
    [
        ("Me", Me),
        ("TokenPair", TokenPair),
        ("LoginOutput", LoginResult),
        ("User", UserOut),
        ("UserPage", Page[UserOut]),
        ("Role", RoleOut),
        ("Agent", AgentOut),
        ("AgentCostRate", AgentCostRate),
    ],
)
def test_the_openapi_schema_publishes_the_same_shapes(openapi, component, model):
    assert_component_matches(openapi, component, model)


def _raw(response) -> list[dict]:
    assert response.status_code == 200
    return response.json()
