"""The shell's entry points that other screens call (the customer record, a CRM link):
`new_ticket(prefill)` and `open_ticket(ticket_id)`, for staff and for clients; and the Clients
section's action (Ctrl+Shift+C), for staff only."""

import pytest

from desktop.tickets import operations
from desktop.tickets.new_ticket_dialog import NewTicketDialog
from desktop.tickets.prefill import TicketPrefill
from desktop.ui.header import CUSTOMERS, TICKETS
from shared_schemas.crm import CustomerOut
from tests.desktop.conftest import DEMO_PASSWORD
from tests.desktop.tickets.helpers import AGENT, CLIENT_A, new_ticket
from tests.desktop.ui.helpers import sign_in_through_the_page, until
from tests.desktop.ui.test_shell import unnamed_controls

pytestmark = pytest.mark.asyncio


async def signed_in_window(open_window, sav_server, email: str):
    window = open_window()
    window.start()
    await sign_in_through_the_page(window, sav_server.url, email, DEMO_PASSWORD, stay=False)
    return window


async def test_an_agent_gets_new_ticket_prefilled_with_a_customer_and_its_delivered_product(open_window, sav_server):
    window = await signed_in_window(open_window, sav_server, AGENT)
    customer = (await operations.search_customers(window.ctx))[0]
    delivered = (await operations.load_delivered_products(window.ctx, customer.id))[-1]

    dialog = window.shell.new_ticket(TicketPrefill(customer=customer, delivered_product=delivered))

    assert isinstance(dialog, NewTicketDialog) and dialog.isVisible()
    assert dialog.customer.customer.id == customer.id and dialog.customer.text() == customer.name
    await until(lambda: dialog.delivered_product.currentData() == delivered.id, what="the delivered product")
    assert dialog.order.currentData() is None
    dialog.reject()
    await window.shut_down()


async def test_a_second_prefill_goes_to_the_dialog_already_open_keeping_what_is_typed(open_window, sav_server):
    window = await signed_in_window(open_window, sav_server, AGENT)
    # Two customers, the second with orders (other tests add customers that have none).
    customers = await operations.search_customers(window.ctx)
    with_orders = [(c, orders) for c in customers if (orders := await operations.load_orders(window.ctx, c.id))]
    second, orders = with_orders[0]
    first = next(c for c in customers if c.id != second.id)
    order = orders[0]
    dialog = window.shell.new_ticket(TicketPrefill(customer=first))
    dialog.subject.setText("Imprimante hors service")

    again = window.shell.new_ticket(TicketPrefill(customer=second, order=order))

    assert again is dialog and dialog.subject.text() == "Imprimante hors service"
    assert dialog.customer.customer.id == second.id
    await until(lambda: dialog.order.currentData() == order.id, what="the order")
    dialog.reject()
    await window.shut_down()


async def test_a_client_gets_new_ticket_prefilled_with_one_of_their_orders(open_window, sav_server):
    window = await signed_in_window(open_window, sav_server, CLIENT_A)
    own = window.ctx.session.user.customer
    customer = CustomerOut.model_validate(await window.ctx.api.get(f"customers/{own.id}"))
    order = (await operations.load_orders(window.ctx))[-1]

    dialog = window.shell.new_ticket(TicketPrefill(customer=customer, order=order))

    assert dialog.customer is None
    await until(lambda: dialog.order.currentData() == order.id, what="the order")
    dialog.reject()
    await window.shut_down()


async def test_open_ticket_switches_to_the_tickets_section_and_shows_it(open_window, sav_server):
    window = await signed_in_window(open_window, sav_server, AGENT)
    ticket = await new_ticket(window.ctx, customer=1)
    window.shell.show_section("administration")  # the agent has none: stays on Tickets

    window.shell.open_ticket(ticket.id)

    assert window.shell.section == TICKETS
    view = window.shell.workspace.view
    await until(lambda: view.ticket is not None and view.ticket.id == ticket.id, what="the ticket")
    await window.shut_down()


async def test_ctrl_shift_c_shows_the_clients_section_whose_controls_all_have_names(open_window, sav_server):
    window = await signed_in_window(open_window, sav_server, AGENT)
    assert window.actions.show_customers.isEnabled()
    assert window.actions.show_customers.shortcut().toString() == "Ctrl+Shift+C"

    window.actions.show_customers.trigger()

    shell = window.shell
    assert shell.section == CUSTOMERS
    shell.open_customer(1)
    clients = shell.customers
    await until(lambda: clients.customer is not None, what="the record")
    for key in clients.record.tabs:
        clients.record.show_tab(key)
        await clients.idle()
        assert unnamed_controls(clients) == [], key
    window.actions.show_tickets.trigger()
    assert shell.section == TICKETS
    await window.shut_down()


async def test_a_client_has_no_clients_action(open_window, sav_server):
    window = await signed_in_window(open_window, sav_server, CLIENT_A)
    assert not window.actions.show_customers.isEnabled()
    window.show_section(CUSTOMERS)
    assert window.shell.section == TICKETS
    await window.shut_down()
