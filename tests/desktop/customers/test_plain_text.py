"""Everything people typed that the customer record shows — the company's name, identifiers and
address, contacts, orders and their lines, delivered products, tickets, SAV notes — is shown as
typed, never read as markup (see desktop/common/plain_text.py)."""

import uuid

import pytest

from desktop.auth.operations import sign_in
from desktop.customers import operations
from desktop.customers.store import CustomerStore
from shared_schemas.crm import CustomerOut
from shared_schemas.tickets import TicketDetail
from tests.desktop.conftest import DEMO_PASSWORD
from tests.desktop.customers.helpers import open_shell, server_shell
from tests.desktop.plain_text_walk import AMPERSAND, BOLD, IMAGE, LINK, LONG_TEXT, MARKERS, Walk
from tests.desktop.tickets.helpers import ADMIN, new_ticket, until
from tests.live_server import LiveServer

pytestmark = pytest.mark.asyncio


@pytest.fixture(scope="module")
def markup_server(tmp_path_factory):
    """A server of its own: the corpus never shows up in the lists other tests read."""
    server = LiveServer(tmp_path_factory.mktemp("record-markup-server"), tickets=5)
    server.prepare()
    server.start()
    yield server
    server.stop()


async def make_corpus(ctx, server: LiveServer) -> tuple[CustomerOut, TicketDetail]:
    body = await ctx.api.post("customers", {
        "external_id": BOLD, "name": f"{IMAGE} {AMPERSAND} {LINK}", "city": LINK, "address_line": BOLD,
    })
    customer = CustomerOut.model_validate(body)
    await ctx.api.post(f"customers/{customer.id}/contacts", {
        "external_id": uuid.uuid4().hex, "first_name": BOLD, "last_name": IMAGE, "job_title": LINK,
        "email": f"zq.{uuid.uuid4().hex[:6]}@tests.origyne.fr",
    })
    await operations.save_notes(ctx, CustomerStore(), customer.id, LONG_TEXT)
    ticket = await new_ticket(ctx, customer=customer.id, subject=f"{IMAGE} {BOLD}")
    await server_shell(server, f"""
from datetime import date
from crm.models import Customer, DeliveredProduct, Order, OrderLine, Product
customer = Customer.objects.get(id={customer.id})
product = Product.objects.order_by("id").first()
order = Order.objects.create(
    customer=customer, external_id={LINK!r}, reference={LINK!r}, ordered_at=date(2026, 2, 1),
    status="shipped", total_amount=10,
)
OrderLine.objects.create(
    order=order, external_id="zq-line", position=1, product=product, label={IMAGE!r}, quantity=1, unit_price=10,
)
DeliveredProduct.objects.create(
    customer=customer, product=product, order=order, external_id="zq-delivery", serial_number={BOLD!r},
    delivered_at=date(2026, 2, 2),
)
""")
    return customer, ticket


async def test_the_record_shows_what_people_typed_as_typed(qtbot, make_ctx, markup_server):
    admin = make_ctx()
    await sign_in(admin, server_url=markup_server.url, email=ADMIN, password=DEMO_PASSWORD, stay_signed_in=False)
    customer, ticket = await make_corpus(admin, markup_server)
    walk = Walk()
    walk.start()
    shell = await open_shell(qtbot, admin)

    shell.open_customer(customer.id)
    clients = shell.customers
    await until(lambda: clients.customer is not None, what="the record")
    record = clients.record
    for key in ("contacts", "deliveries", "tickets", "notes", "orders"):
        tab = record.show_tab(key)
        await clients.idle()
        if key == "orders":
            await until(lambda tab=tab: tab.model.rowCount() > 0, what="the order")
            tab.list.select_row(0)
    clients.list.search.setText(customer.external_id)
    await until(lambda: not clients.list.busy and clients.list.model.rowCount() > 0, what="the customer listed")
    walk.application()
    shell.open_ticket(ticket.id)  # its header's link back to the record
    view = shell.workspace.view
    await until(lambda: view.ticket is not None and view.ticket.id == ticket.id, what="the ticket")
    walk.application()

    assert walk.problems == [], "\n".join(walk.problems)
    assert walk.markers == {MARKERS[text] for text in (IMAGE, LINK, BOLD, AMPERSAND)} | {"Zqqt"}
    for surface in (
        ("CustomerRecordHeader",),
        ("CustomerListPane", "model"),
        ("ContactsTab", "model"),
        ("OrdersTab", "model"),
        ("DeliveriesTab", "model"),
        ("TicketsTab", "model"),
        ("NotesTab",),
        ("QPushButton", "TicketHeader"),
    ):
        assert walk.reached(*surface), surface
