"""`shared_schemas.common.Problem` is the one error body of every endpoint."""

import pytest
from rest_framework.throttling import SimpleRateThrottle

from shared_schemas.common import FieldError, Problem
from shared_schemas.enums import Permission
from tests.contract.wire import assert_component_matches, assert_wire
from tests.server import factories

pytestmark = pytest.mark.django_db


def test_a_bad_request_names_each_field_in_error(api_as, alice):
    response = api_as(alice).post("/api/v1/tickets", {"subject": "", "priority": "urgent"})

    problem = assert_wire(Problem, response, status=400)

    assert problem.code == "validation_error"
    assert {"subject", "description", "category", "priority"} <= set(problem.errors)
    assert all(isinstance(error, FieldError) and error.code for errors in problem.errors.values() for error in errors)


def test_an_unknown_field_is_a_problem_with_its_own_code(api_as, alice):
    problem = assert_wire(Problem, api_as(alice).patch("/api/v1/me", {"role": "administrator"}), status=400)

    assert problem.code == "unknown_field" and set(problem.errors) == {"role"}


@pytest.mark.parametrize("authorization", [None, "Bearer not-a-token"])
def test_a_missing_or_broken_token_is_a_401_problem(api, authorization):
    if authorization:
        api.credentials(HTTP_AUTHORIZATION=authorization)

    problem = assert_wire(Problem, api.get("/api/v1/me"), status=401)

    assert problem.code in {"not_authenticated", "token_not_valid"}


def test_wrong_credentials_are_a_401_problem(api, alice):
    response = api.post("/api/v1/auth/login", {"email": alice.email, "password": "wrong"})

    assert assert_wire(Problem, response, status=401).code == "invalid_credentials"


def test_a_missing_permission_is_a_403_problem_naming_it(api_as, agent):
    problem = assert_wire(Problem, api_as(agent).get("/api/v1/users"), status=403)

    assert (problem.code, problem.permission) == ("permission_denied", Permission.USERS_MANAGE)


def test_a_staff_only_endpoint_is_a_403_problem_for_a_client(api_as, alice):
    problem = assert_wire(Problem, api_as(alice).get("/api/v1/roles"), status=403)

    assert problem.code == "staff_only" and problem.permission is None


def test_another_customers_ticket_is_a_404_problem(api_as, alice, bob, category):
    ticket = factories.make_ticket(bob, category=category)

    assert assert_wire(Problem, api_as(alice).get(f"/api/v1/tickets/{ticket.id}"), status=404).code == "not_found"


def test_a_refused_state_change_is_a_409_problem(api_as, agent, alice, category):
    ticket = factories.make_ticket(alice, category=category, status="closed")

    problem = assert_wire(Problem, api_as(agent).post(f"/api/v1/tickets/{ticket.id}/start"), status=409)

    assert problem.code == "transition_not_allowed"


def test_too_many_requests_is_a_429_problem_with_retry_after(api, monkeypatch):
    monkeypatch.setattr(SimpleRateThrottle, "THROTTLE_RATES", {**SimpleRateThrottle.THROTTLE_RATES,
                                                                "password_reset": "1/hour"})
    api.post("/api/v1/auth/password/reset", {"email": "nobody@example.com"})

    response = api.post("/api/v1/auth/password/reset", {"email": "nobody@example.com"})

    problem = assert_wire(Problem, response, status=429)
    assert problem.code == "rate_limited"
    assert problem.retry_after is not None and problem.retry_after > 0
    assert response["Retry-After"] == str(problem.retry_after)


def test_a_locked_account_is_a_429_problem(api, alice, settings):
    for _ in range(settings.AXES_FAILURE_LIMIT):
        api.post("/api/v1/auth/login", {"email": alice.email, "password": "wrong"})

    response = api.post("/api/v1/auth/login", {"email": alice.email, "password": factories.PASSWORD})

    assert assert_wire(Problem, response, status=429).code == "account_locked"


def test_the_openapi_schema_publishes_the_same_problem(openapi):
    assert_component_matches(openapi, "Problem", Problem)
