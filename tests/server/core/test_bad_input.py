"""Malformed input of every kind is answered 4xx with problem details, never 500, on SQLite and
PostgreSQL alike: forged cursors, bodies that are not sane JSON, ids and integers past the database's
range, NUL characters and lone surrogates, long headers. The fuzzing of the whole schema is in
tests/server/test_schemathesis.py; these are the cases it cannot be relied on to generate."""

import base64
import json
import re

import pytest
from django.urls import URLPattern, URLResolver, get_resolver

from tests.server import factories

pytestmark = pytest.mark.django_db

PROBLEM = "application/problem+json"


def forged_cursor(text: str) -> str:
    return base64.urlsafe_b64encode(text.encode()).decode().rstrip("=")


def assert_problem(response, status: int, code: str | None = None) -> dict:
    assert response.status_code == status, response.content[:300]
    assert response["Content-Type"] == PROBLEM
    body = response.json()
    assert body["status"] == status
    if code is not None:
        assert body["code"] == code
    return body


def post_raw(client, url: str, body: bytes, content_type: str = "application/json"):
    return client.generic("POST", url, body, content_type=content_type)


# --- cursors -----------------------------------------------------------------------------------


@pytest.mark.parametrize("key", [
    "9999-12-31T23:59:59-05:00",  # UTC is past the calendar's end
    "0001-01-01T00:00:00+05:00",  # and before its start
])
def test_a_cursor_dated_past_the_ends_of_the_calendar_is_invalid(api_as, agent, key):
    cursor = forged_cursor(json.dumps([key, 1]))

    response = api_as(agent).get("/api/v1/tickets", {"cursor": cursor})

    assert_problem(response, 400, "invalid_cursor")


@pytest.mark.parametrize("text", [
    '["Boulangeries Martin", 100000000000000000000]',  # an id past 64 bits
    '["Boulangeries Martin", 1e400]',
    '["Boulangeries Martin", 1, 2]',
    '{"Boulangeries Martin": 1}',
    '["Boulangeries Martin", ' + "9" * 5000 + "]",  # past Python's int digits limit
], ids=["huge-id", "infinite-id", "three-items", "object", "5000-digits"])
def test_a_cursor_holding_out_of_range_or_misshapen_values_is_invalid(api_as, admin, text):
    response = api_as(admin).get("/api/v1/customers", {"cursor": forged_cursor(text)})

    assert_problem(response, 400, "invalid_cursor")


@pytest.mark.parametrize("key", [10**20, "1", 1.5, float("nan")], ids=["huge", "text", "float", "nan"])
def test_a_cursor_on_ids_takes_an_integer_within_64_bits(api_as, alice, key):
    cursor = forged_cursor(json.dumps([key, 1]))

    response = api_as(alice).get("/api/v1/notifications", {"cursor": cursor})

    assert_problem(response, 400, "invalid_cursor")


@pytest.mark.parametrize("key", ["\u0000", "\ud800", 7], ids=["nul", "lone-surrogate", "number"])
def test_a_cursor_on_names_takes_text_the_database_can_compare(api_as, admin, key):
    cursor = forged_cursor(json.dumps([key, 1]))

    response = api_as(admin).get("/api/v1/customers", {"cursor": cursor})

    assert_problem(response, 400, "invalid_cursor")


@pytest.mark.parametrize("cursor", ["é-not-base64", "%%%", forged_cursor("[1"), "__4"],
                         ids=["non-ascii", "symbols", "not-json", "not-utf8"])
def test_a_cursor_that_is_not_base64_json_is_invalid(api_as, agent, cursor):
    response = api_as(agent).get("/api/v1/tickets", {"cursor": cursor})

    assert_problem(response, 400, "invalid_cursor")


def test_a_huge_page_size_is_refused(api_as, agent):
    response = api_as(agent).get("/api/v1/tickets", {"page_size": "9" * 30})

    assert_problem(response, 400)


# --- JSON bodies -------------------------------------------------------------------------------

DEEP = b"[" * 100_000 + b"]" * 100_000


@pytest.mark.parametrize("url", ["/api/v1/auth/login", "/api/v1/auth/password/reset"])
def test_a_deeply_nested_body_is_malformed_on_the_anonymous_endpoints(api, url):
    response = post_raw(api, url, DEEP)

    assert_problem(response, 400, "malformed_request")


def test_a_body_nested_deeper_than_the_limit_is_malformed_even_when_python_could_read_it(api):
    password = "[" * 40 + "]" * 40  # Python's decoder goes to about a thousand levels
    body = f'{{"email": "alice@martin.fr", "password": {password}}}'.encode()

    response = post_raw(api, "/api/v1/auth/login", body)

    assert "nested deeper" in assert_problem(response, 400, "malformed_request")["detail"]


@pytest.mark.parametrize("body", [
    b'{"email": "alice@martin.fr", "password": "\xff\xfe"}',  # not UTF-8
    b'{"email": "alice@martin.fr", "password": ',  # cut short
    b'{"email": "alice@martin.fr", "password": NaN}',
    b'{"email": "alice@martin.fr", "password": 1e999}',  # overflows to infinity
    b'{"email": "alice@martin.fr", "password": ' + b"9" * 5000 + b"}",  # past Python's digits limit
    b'{"email": "alice@martin.fr", "email": "bob@durand.fr", "password": "x"}',  # which e-mail?
], ids=["not-utf8", "cut-short", "nan", "infinity", "5000-digits", "duplicate-key"])
def test_a_body_that_is_not_one_sane_json_document_is_malformed(api, body):
    response = post_raw(api, "/api/v1/auth/login", body)

    assert_problem(response, 400, "malformed_request")


def test_an_id_past_64_bits_in_a_body_is_a_field_error(api_as, admin, agent):
    response = api_as(admin).patch(f"/api/v1/agents/{agent.pk}", {"categories": [10**20]}, format="json")

    assert assert_problem(response, 400, "validation_error")["errors"]["categories.0"][0]["code"] == "max_value"


@pytest.mark.parametrize("body", [
    b'{"email": "alice@martin.fr", "password": "x", "\\ud800": 1}',  # an unknown key, echoed in its error
    b'{"email": "alice@martin.fr", "password": "x\\udfff"}',
    b'{"email": "alice@martin.fr", "password": ["\\ud83d"]}',
], ids=["in-a-key", "in-a-value", "in-a-list"])
def test_a_lone_surrogate_is_malformed_wherever_it_is(api, body):
    response = post_raw(api, "/api/v1/auth/login", body)

    assert_problem(response, 400, "malformed_request")


def test_a_nul_in_a_body_is_an_error_of_its_field(api_as, alice):
    ticket = factories.make_ticket(alice)

    response = api_as(alice).post(f"/api/v1/tickets/{ticket.pk}/messages", {"body": "Panne\x00"}, format="json")

    assert assert_problem(response, 400, "validation_error")["errors"]["body"][0]["code"] == \
        "null_characters_not_allowed"
    assert ticket.messages.count() == 0


# --- query strings, URLs and headers -----------------------------------------------------------


@pytest.mark.parametrize("url", [
    "/api/v1/tickets?q=%00", "/api/v1/tickets?created_after=%00", "/api/v1/tickets?%00=1",
    "/api/v1/customers?q=caisse%00", "/api/v1/users?q=%00", "/api/v1/audit-events?target_label=%00",
])
def test_a_nul_in_a_query_string_is_refused(api_as, admin, url):
    response = api_as(admin).get(url)

    assert_problem(response, 400)


@pytest.mark.parametrize("url", [
    "/api/v1/users?customer=99999999999999999999",
    "/api/v1/agents?category=99999999999999999999",
    "/api/v1/delivered-products?order=99999999999999999999",
])
def test_an_id_past_the_database_range_in_a_query_string_is_refused(api_as, admin, url):
    response = api_as(admin).get(url)

    assert_problem(response, 400, "validation_error")


def api_routes_with_an_id() -> list[tuple[str, URLPattern]]:
    def walk(patterns, prefix=""):
        for entry in patterns:
            if isinstance(entry, URLResolver):
                yield from walk(entry.url_patterns, prefix + str(entry.pattern))
            elif entry.pattern.converters:
                yield prefix + str(entry.pattern), entry

    return [(route, entry) for route, entry in walk(get_resolver().url_patterns) if route.startswith("api/v1/")]


def test_every_id_in_an_api_url_is_bounded_by_its_converter():
    routes = api_routes_with_an_id()

    assert len(routes) > 20
    for _, entry in routes:
        for converter in entry.pattern.converters.values():
            with pytest.raises(ValueError):
                converter.to_python("9223372036854775808")  # 2**63


ROUTES_WITH_AN_ID = api_routes_with_an_id()


@pytest.mark.parametrize(("route", "entry"), ROUTES_WITH_AN_ID, ids=[route for route, _ in ROUTES_WITH_AN_ID])
def test_an_id_past_the_database_range_is_not_found_on_every_route(api_as, admin, route, entry):
    url = "/" + re.sub(r"<\w+:\w+>", "99999999999999999999", route)
    view = entry.callback.view_class
    method = next(name for name in ("get", "post", "patch", "put", "delete") if hasattr(view, name))

    response = getattr(api_as(admin), method)(url, {}, format="json")

    assert_problem(response, 404, "not_found")


def test_an_unknown_url_is_a_problem_not_a_page(api):
    response = api.get("/api/v1/no-such-thing")

    assert_problem(response, 404, "not_found")


def test_long_header_values_are_refused_or_ignored_never_a_crash(api, alice):
    long = "a" * 16_000
    response = api.post("/api/v1/auth/login", {"email": "alice@martin.fr", "password": "wrong"}, format="json",
                        HTTP_USER_AGENT=long, HTTP_ACCEPT_LANGUAGE=long, HTTP_X_FORWARDED_FOR=long,
                        HTTP_IDEMPOTENCY_KEY=long, HTTP_AUTHORIZATION=f"Bearer {long}")

    assert_problem(response, 401, "invalid_credentials")


def test_a_long_idempotency_key_is_refused(api_as, alice, category):
    body = {"subject": "Imprimante muette", "description": "Plus rien ne sort.", "category": category.pk}

    response = api_as(alice).post("/api/v1/tickets", body, format="json", HTTP_IDEMPOTENCY_KEY="k" * 16_000)

    assert_problem(response, 400)
