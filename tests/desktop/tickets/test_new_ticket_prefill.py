"""« Nouveau ticket » started from a customer record or a CRM link (a TicketPrefill): the customer
is chosen and the order or delivered product selected once its lists load; orders and deliveries
the CRM deactivated are not offered, unless one is the prefilled one; and the offline outbox still
takes the prefilled ticket."""

import pytest
from PySide6.QtWidgets import QWidget

from desktop.admin.customers.operations import customer_create
from desktop.tickets import operations
from desktop.tickets.new_ticket_dialog import NewTicketDialog
from desktop.tickets.prefill import TicketPrefill
from desktop.tickets.store import TicketStore
from tests.desktop.customers.helpers import server_shell
from tests.desktop.outbox.conftest import FlakyNetwork, through
from tests.desktop.outbox.test_sync import tickets_titled
from tests.desktop.tickets.helpers import ADMIN, AGENT, signed_in, unique, until

pytestmark = pytest.mark.asyncio


async def open_dialog(qtbot, ctx, prefill: TicketPrefill | None = None) -> NewTicketDialog:
    host = QWidget()
    qtbot.addWidget(host)
    host.show()
    dialog = NewTicketDialog(ctx, TicketStore(), host, prefill=prefill)
    dialog.host = host  # qtbot keeps only a weak reference to the window
    dialog.open()
    await until(lambda: dialog.category.count() > 1, what="the categories")
    return dialog


async def customer_with_inactive_records(ctx, server):
    """A customer with an active and a deactivated order, and a delivered product of each."""
    customer = await customer_create(ctx, external_id=unique("CRM"), name=unique("Zz Clinique Vétérinaire"))
    tag = unique("T").replace(" ", "")
    await server_shell(server, f"""
from datetime import date
from crm.models import Customer, DeliveredProduct, Order, Product
customer = Customer.objects.get(id={customer.id})
product = Product.objects.order_by("id").first()
for n, active in ((1, True), (2, False)):
    order = Order.objects.create(
        customer=customer, external_id=f"{tag}-O{{n}}", reference=f"{tag}-O{{n}}", ordered_at=date(2026, 1, n),
        status="delivered", total_amount=100, is_active=active,
    )
    DeliveredProduct.objects.create(
        customer=customer, product=product, order=order, external_id=f"{tag}-D{{n}}",
        serial_number=f"{tag}-SN{{n}}", delivered_at=date(2026, 1, n), is_active=active,
    )
""")
    orders = await operations.load_orders(ctx, customer.id)
    products = await operations.load_delivered_products(ctx, customer.id)
    return customer, orders, products


def listed(combo) -> list:
    return [combo.itemData(i) for i in range(1, combo.count())]


async def test_orders_and_deliveries_the_crm_deactivated_are_not_offered(qtbot, make_ctx, sign_in_as, sav_server):
    admin = await signed_in(make_ctx, sign_in_as, ADMIN)
    customer, orders, products = await customer_with_inactive_records(admin, sav_server)
    active_order = next(o for o in orders if o.is_active)
    active_product = next(p for p in products if p.is_active)

    dialog = await open_dialog(qtbot, admin)
    dialog.customer.set_customer(customer)
    await until(lambda: dialog.order.count() > 1, what="the customer's orders")

    assert listed(dialog.order) == [active_order.id]
    assert listed(dialog.delivered_product) == [active_product.id]


async def test_a_prefilled_inactive_order_is_offered_and_selected(qtbot, make_ctx, sign_in_as, sav_server):
    admin = await signed_in(make_ctx, sign_in_as, ADMIN)
    customer, orders, _ = await customer_with_inactive_records(admin, sav_server)
    inactive = next(o for o in orders if not o.is_active)

    dialog = await open_dialog(qtbot, admin, TicketPrefill(customer=customer, order=inactive))

    assert dialog.customer.customer.id == customer.id and dialog.customer.text() == customer.name
    await until(lambda: dialog.order.currentData() == inactive.id, what="the prefilled order")
    assert sorted(listed(dialog.order)) == sorted(o.id for o in orders)
    assert dialog.delivered_product.currentData() is None


async def test_a_prefilled_ticket_sent_offline_is_queued_with_its_product_and_created_once(
    qtbot, make_ctx, sign_in_as
):
    agent = make_ctx()
    agent.connection.configure(first_delay=0.05, max_delay=0.3, heartbeat=0.2)
    await sign_in_as(agent, AGENT)
    network = FlakyNetwork()
    await through(agent, network)
    customer = (await operations.search_customers(agent))[0]
    product = (await operations.load_delivered_products(agent, customer.id))[0]
    dialog = await open_dialog(qtbot, agent, TicketPrefill(customer=customer, delivered_product=product))
    await until(lambda: dialog.delivered_product.currentData() == product.id, what="the delivered product")
    queued = []
    dialog.queued.connect(queued.append)
    subject = unique("Afficheur sans rétroéclairage")
    dialog.subject.setText(subject)
    dialog.category.setCurrentIndex(1)
    dialog.description.setPlainText("L'écran reste sombre.")

    network.down = True
    dialog.submit.click()
    await until(lambda: queued, what="the ticket to be queued")
    [item] = agent.outbox.items()
    assert (item.payload["customer"], item.payload["delivered_product"]) == (customer.id, product.id)

    network.down = False
    await until(lambda: agent.outbox.count() == 0, timeout=20, what="the ticket to be created")
    [created] = await tickets_titled(agent, subject)
    assert created["customer"]["id"] == customer.id


async def test_what_is_typed_in_a_prefilled_dialog_is_kept_as_the_draft(qtbot, make_ctx, sign_in_as):
    agent = await signed_in(make_ctx, sign_in_as, AGENT)
    customer = (await operations.search_customers(agent))[0]
    dialog = await open_dialog(qtbot, agent, TicketPrefill(customer=customer))
    dialog.subject.setText("Brouillon commencé depuis la fiche client")
    dialog.reject()

    again = await open_dialog(qtbot, agent)
    assert again.subject.text() == "Brouillon commencé depuis la fiche client"
    again.subject.clear()
    again.reject()
