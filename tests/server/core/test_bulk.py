"""Bulk reads and writes with the values as one parameter, on SQLite and PostgreSQL alike."""

from datetime import date
from decimal import Decimal

import pytest
from django.db.models import F

from core.bulk import AnyOf, upsert
from crm.models import Customer, Order
from tests.server import factories

pytestmark = pytest.mark.django_db


def test_any_of_finds_the_rows_whose_value_is_in_a_long_list():
    wanted = [factories.make_customer(external_id=f"C{n}").pk for n in range(5)][:3]
    keys = [f"C{n}" for n in range(3)] + [f"absent-{n}" for n in range(5000)]
    assert sorted(Customer.objects.filter(AnyOf(F("external_id"), keys)).values_list("id", flat=True)) == wanted
    assert not Customer.objects.filter(AnyOf(F("external_id"), [])).exists()
    assert Customer.objects.filter(AnyOf(F("id"), wanted[:1])).get().pk == wanted[0]


def test_upsert_inserts_new_rows_with_defaults_and_updates_only_the_given_columns():
    Customer.objects.create(external_id="C1", name="Ancien nom", city="Lyon", sav_notes="Nos notes")
    upsert(Customer, [
        {"external_id": "C1", "name": "Nouveau nom", "city": "Annecy", "is_active": False},
        {"external_id": "C2", "name": "Client d'à côté", "city": "Gex", "is_active": True},
    ], unique="external_id", update=["name", "is_active"])
    first, second = Customer.objects.order_by("external_id")
    assert (first.name, first.city, first.is_active, first.sav_notes) == ("Nouveau nom", "Lyon", False, "Nos notes")
    assert (second.name, second.city, second.country, second.sav_notes) == ("Client d'à côté", "Gex", "FR", "")
    assert second.created_at is not None


def test_upsert_keeps_dates_decimals_and_nulls_as_they_are():
    customer = factories.make_customer()
    upsert(Order, [{
        "external_id": "O1", "customer_id": customer.pk, "reference": "CMD-1", "ordered_at": date(2026, 3, 1),
        "total_amount": Decimal("1234.50"), "status": "shipped", "crm_synced_at": None,
    }], unique="external_id", update=["total_amount"])
    order = Order.objects.get()
    assert (order.ordered_at, order.total_amount, order.status, order.crm_synced_at) == (
        date(2026, 3, 1), Decimal("1234.50"), "shipped", None,
    )
