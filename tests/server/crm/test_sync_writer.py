"""Upserting what the CRM sends (crm.sync.writer): the same rows twice change nothing, a changed row
updates, an inactive one deactivates, a bad row is reported and nothing of it is written."""

from datetime import date

import pytest

from accounts.models import User
from audit.models import AuditEvent
from crm.models import Contact, Customer, DeliveredProduct, Order, OrderLine, Product, SyncMode, SyncSource
from crm.sync.entities import ENTITIES
from crm.sync.runs import RunRecorder
from crm.sync.writer import SyncWriter
from tests.server import factories

pytestmark = pytest.mark.django_db

CUSTOMERS = [
    {"external_id": "C1", "name": "Boulangerie Martin SARL", "siret": "732 829 320 00074", "city": "Lyon"},
    {"external_id": "C2", "name": "Garage Durand", "email": "Contact@Durand.FR", "is_active": True},
]


def sync(entity: str, rows, *, mode=SyncMode.BATCH, actor=None):
    recorder = RunRecorder.start(source=SyncSource.PUSH, mode=mode, actor=actor)
    writer = SyncWriter(recorder)
    writer.write(ENTITIES[entity], rows)
    writer.record_creations()
    return recorder.finish()


def test_it_creates_customers_from_crm_rows():
    run = sync("customers", CUSTOMERS)
    assert (run.created, run.updated, run.refused) == (2, 0, 0)
    martin = Customer.objects.get(external_id="C1")
    assert (martin.name, martin.siret, martin.city, martin.country) == (
        "Boulangerie Martin SARL", "73282932000074", "Lyon", "FR",
    )
    assert martin.from_crm
    assert Customer.objects.get(external_id="C2").email == "contact@durand.fr"


def test_the_same_rows_twice_change_nothing():
    sync("customers", CUSTOMERS)
    before = list(Customer.objects.values())
    run = sync("customers", CUSTOMERS)
    assert (run.created, run.updated, run.unchanged) == (0, 0, 2)
    assert list(Customer.objects.values()) == before


def test_a_changed_row_updates_the_record_and_the_journal_says_what_changed():
    sync("customers", CUSTOMERS)
    run = sync("customers", [{**CUSTOMERS[0], "city": "Villeurbanne"}])
    assert (run.updated, run.unchanged) == (1, 0)
    assert Customer.objects.get(external_id="C1").city == "Villeurbanne"
    event = AuditEvent.objects.get(action="crm.record_updated")
    assert (event.before, event.after) == ({"city": "Lyon"}, {"city": "Villeurbanne"})


def test_an_inactive_row_deactivates_the_record_and_its_users_lose_their_sessions():
    sync("customers", CUSTOMERS)
    customer = Customer.objects.get(external_id="C1")
    factories.make_client_user(customer, email="alice@martin.fr")
    run = sync("customers", [{**CUSTOMERS[0], "is_active": False}])
    assert run.deactivated == 1
    customer.refresh_from_db()
    assert not customer.is_active
    assert AuditEvent.objects.filter(action="crm.record_deactivated", target_id=str(customer.pk)).exists()


def test_a_bad_row_is_reported_and_nothing_of_it_is_written():
    run = sync("customers", [
        {"external_id": "C1", "name": "Bon client"},
        {"external_id": "C3", "name": "Mauvais SIRET", "siret": "123"},
        {"external_id": "C4", "name": "Ligne\x00cassée"},
        {"name": "Sans clé"},
    ])
    assert (run.created, run.refused) == (1, 3)
    assert list(Customer.objects.values_list("external_id", flat=True)) == ["C1"]
    issues = {(issue.external_id, issue.reason) for issue in run.issues.all()}
    assert issues == {("C3", "invalid"), ("C4", "invalid"), ("", "invalid")}
    assert "siret" in run.issues.get(external_id="C3").message


def test_a_row_naming_an_unknown_parent_is_refused_with_the_reason():
    sync("customers", CUSTOMERS)
    run = sync("contacts", [
        {"external_id": "P1", "customer": "C1", "first_name": "Alice", "last_name": "Martin"},
        {"external_id": "P2", "customer": "C404", "first_name": "Bob", "last_name": "Nulle-part"},
    ])
    assert (run.created, run.refused) == (1, 1)
    issue = run.issues.get()
    assert (issue.entity, issue.external_id, issue.reason) == ("contacts", "P2", "unknown_parent")
    assert not Contact.objects.filter(external_id="P2").exists()


def test_a_row_may_not_take_a_key_another_record_holds():
    sync("products", [{"external_id": "A1", "sku": "TPE-200", "name": "Terminal"}])
    run = sync("products", [
        {"external_id": "A2", "sku": "TPE-200", "name": "Doublon"},
        {"external_id": "A3", "sku": "IMP-80", "name": "Imprimante"},
        {"external_id": "A4", "sku": "IMP-80", "name": "Doublon dans le lot"},
    ])
    assert (run.created, run.refused) == (1, 2)
    assert {i.reason for i in run.issues.all()} == {"duplicate_value"}
    assert Product.objects.get(sku="TPE-200").external_id == "A1"


def test_orders_lines_and_deliveries_link_to_their_parents():
    sync("customers", CUSTOMERS)
    sync("products", [{"external_id": "A1", "sku": "TPE-200", "name": "Terminal T200"}])
    sync("orders", [{"external_id": "O1", "customer": "C1", "reference": "CMD-1", "ordered_at": "2026-03-01",
                     "status": "shipped", "total_amount": "698.00"}])
    sync("order_lines", [
        {"external_id": "O1-1", "order": "O1", "product": "A1", "label": "Terminal T200", "quantity": 2,
         "unit_price": "349.00", "position": 1},
        {"external_id": "O1-2", "order": "O1", "product": None, "label": "Installation", "position": 2},
    ])
    run = sync("delivered_products", [{"external_id": "D1", "customer": "C1", "product": "A1", "order": "O1",
                                       "serial_number": "SN-1", "delivered_at": date(2026, 3, 4)}])
    assert run.created == 1
    order = Order.objects.get(external_id="O1")
    assert (order.status, str(order.total_amount), order.customer.external_id) == ("shipped", "698.00", "C1")
    assert [(line.position, line.product_id is not None) for line in order.lines.all()] == [(1, True), (2, False)]
    delivery = DeliveredProduct.objects.get(external_id="D1")
    assert (delivery.order_id, delivery.product.sku) == (order.pk, "TPE-200")
    assert OrderLine.objects.get(external_id="O1-1").quantity == 2


def test_deactivating_what_is_gone_keeps_the_record_and_blocks_the_contacts_login():
    sync("customers", CUSTOMERS)
    sync("contacts", [{"external_id": "P1", "customer": "C1", "first_name": "Alice", "last_name": "Martin"}])
    contact = Contact.objects.get(external_id="P1")
    alice = factories.make_client_user(contact.customer, email="alice@martin.fr")
    User.objects.filter(pk=alice.pk).update(contact=contact)
    recorder = RunRecorder.start(source=SyncSource.PULL, mode=SyncMode.FULL)
    writer = SyncWriter(recorder)
    writer.deactivate_missing(ENTITIES["contacts"], seen=set())
    run = recorder.finish()
    assert run.deactivated == 1
    contact.refresh_from_db()
    assert not contact.is_active
    alice.refresh_from_db()
    assert not alice.is_active
    # Back at the source: written again, active.
    again = sync("contacts", [{"external_id": "P1", "customer": "C1", "first_name": "Alice", "last_name": "Martin"}])
    assert again.updated == 1
    contact.refresh_from_db()
    assert contact.is_active


def test_a_customer_entered_by_hand_is_taken_over_by_the_crm():
    factories.make_customer(name="Saisi à la main", external_id="C1")
    run = sync("customers", [CUSTOMERS[0]])
    assert run.updated == 1
    customer = Customer.objects.get(external_id="C1")
    assert customer.from_crm and customer.name == "Boulangerie Martin SARL"


def test_creations_are_journaled_once_per_entity_and_run():
    run = sync("customers", CUSTOMERS)
    event = AuditEvent.objects.get(action="crm.records_created")
    assert event.target_id == str(run.pk)
    assert event.after == {"entity": "customers", "count": 2, "first": ["C1", "C2"]}
    assert AuditEvent.objects.filter(action="crm.sync_finished", target_id=str(run.pk)).exists()


def test_a_key_holding_a_nul_is_refused_before_any_query():
    run = sync("customers", [{"external_id": "C\x001", "name": "Nul"}, CUSTOMERS[1]])
    assert (run.created, run.refused) == (1, 1)
    assert run.issues.get().external_id == "C\ufffd1"
