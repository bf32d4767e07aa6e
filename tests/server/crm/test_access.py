"""Who reaches which CRM endpoint, in one table."""

import pytest

pytestmark = pytest.mark.django_db

ENDPOINTS = [
    ("get", "/api/v1/customers"),
    ("post", "/api/v1/customers"),
    ("get", "/api/v1/customers/{a}"),
    ("patch", "/api/v1/customers/{a}"),
    ("get", "/api/v1/customers/{a}/contacts"),
    ("post", "/api/v1/customers/{a}/contacts"),
    ("patch", "/api/v1/contacts/{contact}"),
    ("delete", "/api/v1/contacts/{contact}"),
    ("get", "/api/v1/products"),
    ("get", "/api/v1/orders"),
    ("get", "/api/v1/delivered-products"),
]

# Status for each role when the request is otherwise valid-looking but empty ({} body):
# 403 = the role may not; 404 = hidden; 400 = allowed, the empty body is refused; 200/204 = allowed.
EXPECTED = {
    "alice": [403, 403, 200, 403, 403, 403, 403, 403, 200, 200, 200],
    "bob": [403, 403, 404, 403, 403, 403, 403, 403, 200, 200, 200],
    "agent": [200, 403, 200, 403, 200, 403, 403, 403, 200, 200, 200],
    "admin": [200, 400, 200, 200, 200, 400, 200, 409, 200, 200, 200],
}


@pytest.mark.parametrize(("method", "url"), ENDPOINTS)
def test_anonymous_callers_are_refused_everywhere(api, customer_a, alice, method, url):
    response = getattr(api, method)(url.format(a=customer_a.pk, contact=alice.contact_id), {}, format="json")
    assert response.status_code == 401
    assert response.json()["code"] == "not_authenticated"


@pytest.mark.parametrize("role", sorted(EXPECTED))
def test_each_role_reaches_what_it_may(request, api_as, customer_a, alice, bob, agent, admin, role):
    client = api_as(request.getfixturevalue(role))
    statuses = [
        getattr(client, method)(url.format(a=customer_a.pk, contact=alice.contact_id), {}, format="json").status_code
        for method, url in ENDPOINTS
    ]
    assert statuses == EXPECTED[role]
