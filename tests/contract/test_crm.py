"""`shared_schemas.crm` is what the CRM endpoints answer, field for field."""

import pytest

from shared_schemas.common import Page
from shared_schemas.crm import ContactOut, CustomerOut, DeliveredProductOut, OrderOut, ProductOut
from tests.contract.wire import assert_component_matches, assert_wire
from tests.server import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def catalogue(customer_a):
    order = factories.make_order(customer_a)
    return {
        "order": order,
        "with_order": factories.make_delivered_product(customer_a, order=order),
        "without_order": factories.make_delivered_product(customer_a),
    }


def test_customers_are_customer_out(api_as, admin, alice, customer_a, customer_b):
    client = api_as(admin)
    page = assert_wire(Page[CustomerOut], client.get("/api/v1/customers", {"page_size": 1}), status=200)
    created = assert_wire(
        CustomerOut, client.post("/api/v1/customers", {"external_id": "CRM-C", "name": "Pharmacie Roux",
                                                        "siret": "12345678901234", "country": "fr"}),
        status=201,
    )

    assert_wire(CustomerOut, client.patch(f"/api/v1/customers/{created.id}", {"city": "Nantes"}), status=200)
    own = assert_wire(CustomerOut, api_as(alice).get(f"/api/v1/customers/{customer_a.id}"), status=200)
    assert len(page.results) == 1 and page.next_cursor
    assert own.id == customer_a.id and created.country == "FR"


def test_contacts_are_contact_out_with_their_login(api_as, admin, alice, customer_a):
    client = api_as(admin)
    base = f"/api/v1/customers/{customer_a.id}/contacts"
    created = assert_wire(
        ContactOut, client.post(base, {"first_name": "Paul", "last_name": "Aubert", "job_title": "Gérant"}), status=201
    )
    page = assert_wire(Page[ContactOut], client.get(base), status=200)
    changed = assert_wire(ContactOut, client.patch(f"/api/v1/contacts/{created.id}", {"phone": "0102030405"}),
                          status=200)

    logins = {contact.id: contact.user for contact in page.results}
    assert logins == {alice.contact_id: alice.id, created.id: None}
    assert changed.customer == customer_a.id


def test_products_are_product_out(api_as, alice, catalogue):
    page = assert_wire(Page[ProductOut], api_as(alice).get("/api/v1/products"), status=200)

    assert {product.id for product in page.results} == {
        catalogue["with_order"].product_id, catalogue["without_order"].product_id
    }


@pytest.mark.parametrize("who", ["alice", "agent"])
def test_orders_are_order_out(request, api_as, catalogue, who):
    client = api_as(request.getfixturevalue(who))

    page = assert_wire(Page[OrderOut], client.get("/api/v1/orders"), status=200)

    assert [order.id for order in page.results] == [catalogue["order"].id]


@pytest.mark.parametrize("who", ["alice", "agent"])
def test_delivered_products_are_delivered_product_out_with_or_without_order(request, api_as, catalogue, who):
    client = api_as(request.getfixturevalue(who))

    page = assert_wire(Page[DeliveredProductOut], client.get("/api/v1/delivered-products"), status=200)

    orders = {item.id: item.order.reference if item.order else None for item in page.results}
    assert orders == {catalogue["with_order"].id: catalogue["order"].reference, catalogue["without_order"].id: None}


@pytest.mark.parametrize(
    ("component", "model"),
    [
        ("CustomerOut", CustomerOut),
        ("CustomerPageOut", Page[CustomerOut]),
        ("ContactOut", ContactOut),
        ("ContactPageOut", Page[ContactOut]),
        ("ProductOut", ProductOut),
        ("ProductPageOut", Page[ProductOut]),
        ("OrderOut", OrderOut),
        ("OrderPageOut", Page[OrderOut]),
        ("DeliveredProductOut", DeliveredProductOut),
        ("DeliveredProductPageOut", Page[DeliveredProductOut]),
    ],
)
def test_the_openapi_schema_publishes_the_same_shapes(openapi, component, model):
    assert_component_matches(openapi, component, model)
