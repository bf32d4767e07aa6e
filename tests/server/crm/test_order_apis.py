"""Products, orders and delivered products: what the desktop's new-ticket form offers."""

import base64
import json
from datetime import date

import pytest

from crm.models import DeliveredProduct, Order, OrderLine, Product
from tests.server import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def order_a(customer_a):
    return factories.make_order(customer_a, reference="CMD-A-1")


@pytest.fixture
def order_b(customer_b):
    return factories.make_order(customer_b, reference="CMD-B-1")


@pytest.fixture
def delivery_a(customer_a, order_a):
    return factories.make_delivered_product(customer_a, order=order_a)


@pytest.fixture
def delivery_b(customer_b, order_b):
    return factories.make_delivered_product(customer_b, order=order_b)


def ids(response):
    assert response.status_code == 200, response.content
    return [item["id"] for item in response.json()["results"]]


# --- products ------------------------------------------------------------------------------


def test_every_signed_in_user_lists_products(api_as, alice, agent):
    Product.objects.create(external_id="ORG-TPE-T200", sku="ORG-TPE-T200", name="Terminal de paiement T200")
    Product.objects.create(external_id="ORG-IMP-80", sku="ORG-IMP-80", name="Imprimante ticket 80 mm")
    for user in (alice, agent):
        body = api_as(user).get("/api/v1/products").json()
        assert [p["sku"] for p in body["results"]] == ["ORG-IMP-80", "ORG-TPE-T200"]
    assert set(body["results"][0]) == {"id", "external_id", "sku", "name", "description", "is_active"}
    assert [p["sku"] for p in api_as(alice).get("/api/v1/products?q=terminal").json()["results"]] == ["ORG-TPE-T200"]


def test_anonymous_users_cannot_list_products(api):
    assert api.get("/api/v1/products").status_code == 401


# --- orders --------------------------------------------------------------------------------


def test_staff_list_one_customers_orders_or_all(api_as, agent, order_a, order_b, customer_a):
    client = api_as(agent)
    assert ids(client.get(f"/api/v1/orders?customer={customer_a.pk}")) == [order_a.pk]
    assert set(ids(client.get("/api/v1/orders"))) == {order_a.pk, order_b.pk}
    order = client.get(f"/api/v1/orders?customer={customer_a.pk}").json()["results"][0]
    assert order == {
        "id": order_a.pk, "customer": customer_a.pk, "external_id": "CMD-A-1", "reference": "CMD-A-1",
        "ordered_at": "2026-03-01", "status": "confirmed", "total_amount": "0.00", "is_active": True, "lines": [],
    }


def test_a_client_gets_only_their_own_orders_even_without_asking(api_as, alice, order_a, order_b):
    assert ids(api_as(alice).get("/api/v1/orders")) == [order_a.pk]


def test_bob_never_gets_customer_a_orders(api_as, bob, customer_a, order_a, order_b):
    response = api_as(bob).get(f"/api/v1/orders?customer={customer_a.pk}")
    assert response.status_code == 404
    assert response.json()["code"] == "not_found"
    assert "CMD-A" not in response.content.decode()
    assert ids(api_as(bob).get(f"/api/v1/orders?customer={order_b.customer_id}")) == [order_b.pk]


def test_orders_come_newest_first_across_pages(api_as, agent, customer_a):
    dates = [date(2025, 1, 3), date(2025, 6, 1), date(2025, 6, 1), date(2024, 12, 24), date(2025, 6, 1)]
    orders = [
        Order.objects.create(customer=customer_a, external_id=f"CMD-{n}", reference=f"CMD-{n}", ordered_at=day)
        for n, day in enumerate(dates)
    ]
    client = api_as(agent)
    seen, cursor = [], ""
    while True:
        body = client.get(f"/api/v1/orders?customer={customer_a.pk}&page_size=2&cursor={cursor}").json()
        seen += [o["id"] for o in body["results"]]
        if not body["next_cursor"]:
            break
        cursor = body["next_cursor"]
    expected = sorted(orders, key=lambda o: (o.ordered_at, o.pk), reverse=True)
    assert seen == [o.pk for o in expected]


def test_orders_filter_by_reference(api_as, agent, order_a, order_b):
    assert ids(api_as(agent).get("/api/v1/orders?q=b-1")) == [order_b.pk]


def test_staff_get_404_for_a_missing_customers_orders(api_as, agent):
    assert api_as(agent).get("/api/v1/orders?customer=999999").status_code == 404


def test_the_order_list_costs_the_same_queries_whatever_the_page_size(
    api_as, alice, agent, customer_a, django_assert_num_queries
):
    for _ in range(15):
        factories.make_order(customer_a)
    for user, expected in ((alice, 3), (agent, 4)):  # the user, the page, its lines; + the customer for staff
        client = api_as(user)
        for size in (1, 15):
            with django_assert_num_queries(expected):
                response = client.get(f"/api/v1/orders?customer={customer_a.pk}&page_size={size}")
            assert len(response.json()["results"]) == size


def test_a_forged_order_cursor_is_refused(api_as, agent):
    response = api_as(agent).get("/api/v1/orders?cursor=WyJub3QtYS1kYXRlIiwxXQ")
    assert response.status_code == 400
    assert response.json()["errors"]["cursor"][0]["code"] == "invalid_cursor"


def test_a_staff_role_without_customers_view_cannot_list_orders(api_as, customer_a):
    user = factories.make_staff_user("agent", email="limited@origyne.fr")
    user.role.permissions = [p for p in user.role.permissions if p != "customers.view"]
    user.role.save(update_fields=["permissions"])
    assert api_as(user).get("/api/v1/orders").status_code == 403


# --- delivered products --------------------------------------------------------------------


def test_delivered_products_carry_product_serial_date_and_order(api_as, alice, delivery_a, order_a):
    body = api_as(alice).get("/api/v1/delivered-products").json()
    assert body["results"] == [
        {
            "id": delivery_a.pk,
            "customer": delivery_a.customer_id,
            "external_id": delivery_a.external_id,
            "product": {"id": delivery_a.product_id, "sku": delivery_a.product.sku, "name": delivery_a.product.name},
            "serial_number": delivery_a.serial_number,
            "delivered_at": "2026-03-05",
            "order": {"id": order_a.pk, "reference": "CMD-A-1"},
            "is_active": True,
        }
    ]


def test_a_delivery_without_order_says_so(api_as, alice, customer_a):
    factories.make_delivered_product(customer_a)
    assert api_as(alice).get("/api/v1/delivered-products").json()["results"][0]["order"] is None


def test_bob_never_gets_customer_a_deliveries(api_as, bob, customer_a, delivery_a, delivery_b):
    assert ids(api_as(bob).get("/api/v1/delivered-products")) == [delivery_b.pk]
    response = api_as(bob).get(f"/api/v1/delivered-products?customer={customer_a.pk}")
    assert response.status_code == 404
    assert delivery_a.serial_number not in response.content.decode()


def test_bob_gets_nothing_by_asking_for_customer_a_order(api_as, bob, order_a, delivery_a, delivery_b):
    assert ids(api_as(bob).get(f"/api/v1/delivered-products?order={order_a.pk}")) == []


def test_staff_filter_deliveries_by_customer_order_and_serial(
    api_as, agent, customer_a, order_a, delivery_a, delivery_b
):
    client = api_as(agent)
    assert set(ids(client.get("/api/v1/delivered-products"))) == {delivery_a.pk, delivery_b.pk}
    assert ids(client.get(f"/api/v1/delivered-products?customer={customer_a.pk}")) == [delivery_a.pk]
    assert ids(client.get(f"/api/v1/delivered-products?order={order_a.pk}")) == [delivery_a.pk]
    assert ids(client.get(f"/api/v1/delivered-products?q={delivery_b.serial_number.lower()}")) == [delivery_b.pk]


def test_the_delivery_list_costs_the_same_queries_whatever_the_page_size(
    api_as, alice, customer_a, django_assert_num_queries
):
    order = factories.make_order(customer_a)
    for n in range(12):
        factories.make_delivered_product(customer_a, order=order if n % 2 else None)
    client = api_as(alice)
    for size in (1, 12):
        with django_assert_num_queries(2):  # the user, the page with product and order joined
            response = client.get(f"/api/v1/delivered-products?page_size={size}")
        assert len(response.json()["results"]) == size


def test_a_client_without_customer_gets_a_404_not_everything(api_as, delivery_a):
    orphan = factories.make_client_user(factories.make_customer(), email="orphan@example.fr")
    orphan.customer = None
    orphan.save(update_fields=["customer"])
    assert api_as(orphan).get("/api/v1/delivered-products").status_code == 404
    assert DeliveredProduct.objects.count() == 1


def forged_cursor(value, pk=1) -> str:
    return base64.urlsafe_b64encode(json.dumps([value, pk]).encode()).decode().rstrip("=")


@pytest.mark.parametrize(
    "url", ["/api/v1/orders", "/api/v1/delivered-products", "/api/v1/products", "/api/v1/customers"]
)
@pytest.mark.parametrize("value", ["2026-13-45", None, 12, ["x"]])
def test_a_forged_cursor_is_a_400_never_a_500(api_as, agent, customer_a, url, value):
    response = api_as(agent).get(url, {"cursor": forged_cursor(value)})
    assert response.status_code in (200, 400)  # a number is a valid name to sort after
    if response.status_code == 400:
        assert response.json()["errors"]["cursor"][0]["code"] == "invalid_cursor"


def test_the_product_list_costs_the_same_queries_whatever_the_page_size(
    api_as, alice, django_assert_num_queries
):
    Product.objects.bulk_create(
        Product(external_id=f"SKU-{n:02d}", sku=f"SKU-{n:02d}", name=f"Produit {n:02d}") for n in range(12)
    )
    client = api_as(alice)
    for size in (1, 12):
        with django_assert_num_queries(2):  # the user, the page
            response = client.get(f"/api/v1/products?page_size={size}")
        assert len(response.json()["results"]) == size


def test_an_order_carries_its_lines_in_order(api_as, agent, order_a):
    product = Product.objects.create(external_id="ORG-TPE", sku="ORG-TPE", name="Terminal T200")
    OrderLine.objects.create(order=order_a, external_id="L2", position=2, label="Installation", unit_price="90.00")
    OrderLine.objects.create(
        order=order_a, external_id="L1", position=1, product=product, label="Terminal T200", quantity=2,
        unit_price="349.00",
    )
    order = api_as(agent).get(f"/api/v1/orders?external_id={order_a.external_id}").json()["results"][0]
    assert [(line["position"], line["label"], line["quantity"]) for line in order["lines"]] == [
        (1, "Terminal T200", "2.000"), (2, "Installation", "1.000"),
    ]
    assert order["lines"][0]["product"] == {"id": product.pk, "sku": "ORG-TPE", "name": "Terminal T200"}
    assert order["lines"][1]["product"] is None


def test_a_crm_link_finds_a_delivered_product_by_its_exact_serial(api_as, agent, delivery_a, delivery_b):
    client = api_as(agent)
    assert ids(client.get(f"/api/v1/delivered-products?serial_number={delivery_b.serial_number}")) == [
        delivery_b.pk
    ]
    assert ids(client.get(f"/api/v1/delivered-products?serial_number={delivery_b.serial_number[:-1]}")) == []


def test_pickers_can_leave_out_what_the_crm_deactivated(api_as, agent, delivery_a, delivery_b):
    DeliveredProduct.objects.filter(pk=delivery_a.pk).update(is_active=False)
    assert ids(api_as(agent).get("/api/v1/delivered-products?is_active=true")) == [delivery_b.pk]
