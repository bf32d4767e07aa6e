"""Agents: who tickets can be assigned to, their availability, categories and hourly cost."""

from decimal import Decimal

import pytest

from accounts.models import AgentCostRate
from tests.server import factories

pytestmark = pytest.mark.django_db

URL = "/api/v1/agents"


def set_cost(client, user, cost):
    return client.patch(f"{URL}/{user.pk}", {"hourly_cost": cost}, format="json")


class TestList:
    def test_staff_see_the_active_agents_without_their_cost(self, api_as, agent, agent2, admin, alice, category):
        agent2.agent_profile.categories.add(category)
        body = api_as(agent).get(URL).json()

        assert [row["full_name"] for row in body] == ["Anne Admin", "Léa Agent", "Marc Agent"]
        lea = body[1]
        assert lea == {
            "id": agent2.pk, "full_name": "Léa Agent", "email": "lea@origyne.fr", "role_code": "agent",
            "availability": "available", "categories": [{"id": category.pk, "name": category.name}],
        }

    def test_users_managers_also_see_the_current_hourly_cost(self, api_as, admin, agent):
        client = api_as(admin)
        set_cost(client, agent, "42.50")

        rows = {row["id"]: row for row in client.get(URL).json()}

        assert rows[agent.pk]["current_hourly_cost"] == "42.50"
        assert rows[admin.pk]["current_hourly_cost"] is None

    def test_deactivated_agents_are_left_out(self, api_as, agent, agent2):
        agent2.is_active = False
        agent2.save(update_fields=["is_active"])

        assert [row["id"] for row in api_as(agent).get(URL).json()] == [agent.pk]

    def test_clients_never_see_agents(self, api_as, alice):
        response = api_as(alice).get(URL)

        assert response.status_code == 403
        assert response.json()["code"] == "staff_only"

    def test_it_filters_by_category_and_availability(self, api_as, agent, agent2, category):
        agent.agent_profile.categories.add(category)
        agent2.agent_profile.availability = "away"
        agent2.agent_profile.save(update_fields=["availability"])
        client = api_as(agent)

        by_category = client.get(f"{URL}?category={category.pk}").json()
        away = client.get(f"{URL}?availability=away").json()

        assert [row["id"] for row in by_category] == [agent.pk]
        assert [row["id"] for row in away] == [agent2.pk]

    @pytest.mark.parametrize("query", ["availability=sleeping", "role=agent"])
    def test_it_refuses_unknown_filters(self, api_as, agent, query):
        assert api_as(agent).get(f"{URL}?{query}").status_code == 400

    def test_an_unknown_filter_is_an_unknown_parameter(self, api_as, agent):
        response = api_as(agent).get(f"{URL}?role=agent")

        assert response.json()["code"] == "unknown_parameter"
        assert response.json()["errors"]["role"][0]["code"] == "unknown_parameter"

    @pytest.mark.parametrize("agents", [1, 10])
    def test_the_list_costs_the_same_queries_whatever_its_length(
        self, api_as, admin, category, django_assert_num_queries, agents
    ):
        for n in range(agents):
            user = factories.make_staff_user("agent", email=f"agent{n}@origyne.fr", full_name=f"Agent {n}")
            user.agent_profile.categories.add(category)
            AgentCostRate.objects.create(agent=user.agent_profile, hourly_cost=Decimal("40"))
        client = api_as(admin)

        with django_assert_num_queries(3):  # the authenticated user, the agents, their categories
            body = client.get(URL).json()

        assert len(body) == agents + 1


class TestUpdate:
    def test_an_agent_sets_their_own_availability(self, api_as, agent):
        response = api_as(agent).patch(f"{URL}/{agent.pk}", {"availability": "busy"}, format="json")

        assert response.status_code == 200
        assert response.json()["availability"] == "busy"
        assert "current_hourly_cost" not in response.json()
        agent.agent_profile.refresh_from_db()
        assert agent.agent_profile.availability == "busy"

    @pytest.mark.parametrize(
        "payload", [{"hourly_cost": "10.00"}, {"categories": []}]
    )
    def test_an_agent_cannot_set_their_own_cost_or_categories(self, api_as, agent, payload):
        response = api_as(agent).patch(f"{URL}/{agent.pk}", payload, format="json")

        assert response.status_code == 403
        assert response.json()["code"] == "permission_denied"
        assert not AgentCostRate.objects.exists()

    def test_an_agent_cannot_change_a_colleague(self, api_as, agent, agent2):
        response = api_as(agent).patch(f"{URL}/{agent2.pk}", {"availability": "away"}, format="json")

        assert response.status_code == 403
        agent2.agent_profile.refresh_from_db()
        assert agent2.agent_profile.availability == "available"

    def test_a_users_manager_sets_availability_categories_and_cost(self, api_as, admin, agent, category):
        response = api_as(admin).patch(
            f"{URL}/{agent.pk}",
            {"availability": "away", "categories": [category.pk, category.pk], "hourly_cost": "38.00"},
            format="json",
        )

        assert response.status_code == 200
        body = response.json()
        assert (body["availability"], body["current_hourly_cost"]) == ("away", "38.00")
        assert body["categories"] == [{"id": category.pk, "name": category.name}]

    def test_a_new_cost_adds_a_rate_and_never_rewrites_the_old_one(self, api_as, admin, agent):
        client = api_as(admin)
        set_cost(client, agent, "35.00")
        first = AgentCostRate.objects.get()

        set_cost(client, agent, "40.00")

        first.refresh_from_db()
        assert first.hourly_cost == Decimal("35.00")
        rates = client.get(f"{URL}/{agent.pk}/cost-rates").json()
        assert [rate["hourly_cost"] for rate in rates] == ["40.00", "35.00"]
        assert rates[0]["created_by"] == {"id": admin.pk, "full_name": "Anne Admin"}
        assert rates[0]["currency"] == "EUR"

    @pytest.mark.parametrize(
        ("payload", "field"),
        [({"hourly_cost": "-1"}, "hourly_cost"), ({"hourly_cost": "1.234"}, "hourly_cost"),
         ({"availability": "sleeping"}, "availability"), ({"categories": [999999]}, "categories")],
    )
    def test_it_refuses_invalid_values_and_changes_nothing(self, api_as, admin, agent, category, payload, field):
        agent.agent_profile.categories.add(category)

        response = api_as(admin).patch(f"{URL}/{agent.pk}", {"availability": "busy", **payload}, format="json")

        assert response.status_code == 400
        assert field in response.json()["errors"]
        agent.agent_profile.refresh_from_db()
        assert agent.agent_profile.availability == "available"
        assert list(agent.agent_profile.categories.all()) == [category]
        assert not AgentCostRate.objects.exists()

    def test_a_client_account_is_not_an_agent(self, api_as, admin, alice):
        assert api_as(admin).patch(f"{URL}/{alice.pk}", {"availability": "busy"}, format="json").status_code == 404

    def test_a_mass_assignment_is_refused(self, api_as, agent):
        response = api_as(agent).patch(f"{URL}/{agent.pk}", {"availability": "busy", "user": 1}, format="json")

        assert response.json()["code"] == "unknown_field"


def test_only_users_managers_read_the_cost_history(api_as, agent):
    response = api_as(agent).get(f"{URL}/{agent.pk}/cost-rates")

    assert response.status_code == 403


def test_the_cost_history_costs_three_queries(api_as, admin, agent, django_assert_num_queries):
    client = api_as(admin)
    for cost in ("30", "31", "32"):
        set_cost(client, agent, cost)

    with django_assert_num_queries(3):  # the authenticated user, the agent, the rates with their authors
        rates = client.get(f"{URL}/{agent.pk}/cost-rates").json()

    assert len(rates) == 3
