"""An agent goes from a ticket to its customer's record in one click, reads its orders (with their
lines) and delivered products, and opens a ticket about one of the products, prefilled."""

import pytest

from desktop.tickets import operations as tickets
from desktop.ui.header import CUSTOMERS, TICKETS
from tests.desktop.customers.helpers import open_shell
from tests.desktop.tickets.helpers import AGENT, new_ticket, signed_in, unique, until

pytestmark = pytest.mark.asyncio


async def test_an_agent_goes_from_a_ticket_to_its_customer_and_opens_a_ticket_on_a_delivered_product(
    qtbot, make_ctx, sign_in_as
):
    agent = await signed_in(make_ctx, sign_in_as, AGENT)
    ticket = await new_ticket(agent, customer=1)
    shell = await open_shell(qtbot, agent)
    shell.open_ticket(ticket.id)
    view = shell.workspace.view
    await until(lambda: view.ticket is not None and view.ticket.id == ticket.id, what="the ticket")

    link = view.header.customer_link
    assert link.text() == ticket.customer.name and link.accessibleName().endswith(ticket.customer.name)
    link.click()

    assert shell.section == CUSTOMERS and shell.header.customers_button.isChecked()
    clients = shell.customers
    await until(lambda: clients.customer is not None, what="the record")
    record = clients.record
    assert record.customer.id == ticket.customer.id
    assert ticket.customer.name in record.header.text()
    # Its row is selected in the list once the list has it.
    await until(lambda: getattr(clients.list.list.selected_item(), "id", None) == ticket.customer.id,
                what="the customer's row selected")

    orders = record.show_tab("orders")
    await until(lambda: orders.model.rowCount() > 0, what="the orders")
    orders.list.select_row(0)
    order = orders.selected_order()
    assert order.lines and orders.lines_model.rowCount() == len(order.lines)
    assert orders.lines_title.text() == f"Lignes de la commande {order.reference}"
    first = min(order.lines, key=lambda line: line.position)
    assert orders.lines_model.index(0, 2).data() == first.label

    deliveries = record.show_tab("deliveries")
    await until(lambda: deliveries.model.rowCount() > 0, what="the delivered products")
    assert not deliveries.new_ticket_button.isEnabled()
    deliveries.list.select_row(0)
    product = deliveries.selected_product()
    deliveries.new_ticket_button.click()

    dialog = shell.workspace.new_ticket_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.customer.customer.id == ticket.customer.id and dialog.customer.text() == ticket.customer.name
    await until(lambda: dialog.delivered_product.currentData() == product.id, what="the delivered product")
    assert dialog.order.currentData() is None
    await until(lambda: dialog.category.count() > 1, what="the categories")
    subject = unique("Numéro de série illisible")
    dialog.subject.setText(subject)
    dialog.category.setCurrentIndex(1)
    dialog.description.setPlainText("L'étiquette du produit livré est effacée.")
    dialog.submit.click()

    await until(lambda: shell.section == TICKETS, what="the Tickets section")
    await until(lambda: view.ticket is not None and view.ticket.subject == subject, what="the new ticket")
    created = view.ticket
    assert created.customer.id == ticket.customer.id
    assert created.delivered_product is not None and created.delivered_product.id == product.id
    assert (await tickets.refresh_ticket(agent, tickets.TicketStore(), created.id)).delivered_product.id == product.id


async def test_a_new_ticket_from_an_order_is_prefilled_with_the_customer_and_the_order(qtbot, make_ctx, sign_in_as):
    agent = await signed_in(make_ctx, sign_in_as, AGENT)
    shell = await open_shell(qtbot, agent)
    shell.open_customer(1)
    clients = shell.customers
    await until(lambda: clients.customer is not None, what="the record")
    orders = clients.record.show_tab("orders")
    await until(lambda: orders.model.rowCount() > 1, what="the orders")
    assert not orders.new_ticket_button.isEnabled()
    assert orders.lines_stack.currentWidget() is orders.lines_placeholder
    orders.list.select_row(1)
    order = orders.selected_order()
    orders.new_ticket_button.click()

    dialog = shell.workspace.new_ticket_dialog
    assert dialog.customer.customer.id == 1
    await until(lambda: dialog.order.currentData() == order.id, what="the order")
    assert dialog.delivered_product.currentData() is None
    dialog.reject()
    assert shell.section == CUSTOMERS  # cancelled: the record stays in front


async def test_the_record_header_new_ticket_starts_with_the_customer_only(qtbot, make_ctx, sign_in_as):
    agent = await signed_in(make_ctx, sign_in_as, AGENT)
    shell = await open_shell(qtbot, agent)
    shell.open_customer(2)
    clients = shell.customers
    await until(lambda: clients.customer is not None, what="the record")
    clients.record.header.new_ticket_button.click()
    dialog = shell.workspace.new_ticket_dialog
    assert dialog.customer.customer.id == 2
    await until(lambda: dialog.order.count() > 1, what="the customer's orders")
    assert dialog.order.currentData() is None and dialog.delivered_product.currentData() is None
    dialog.reject()


async def test_the_customers_tickets_open_in_the_tickets_section(qtbot, make_ctx, sign_in_as):
    agent = await signed_in(make_ctx, sign_in_as, AGENT)
    ticket = await new_ticket(agent, customer=1, subject=unique("Ticket du client"))
    shell = await open_shell(qtbot, agent)
    shell.open_customer(1)
    clients = shell.customers
    await until(lambda: clients.customer is not None, what="the record")
    tab = clients.record.show_tab("tickets")
    await until(lambda: tab.model.row_of(lambda t: t.id == ticket.id) >= 0, what="the open ticket")
    tab.choose_queue(tab.QUEUES[1])  # Clôturés
    await until(lambda: not tab.model.is_loading, what="the closed tickets")
    assert tab.model.row_of(lambda t: t.id == ticket.id) < 0
    assert all(t.status in ("resolved", "closed") for t in tab.model.rows())
    tab.choose_queue(tab.QUEUES[2])  # Tous
    await until(lambda: tab.model.row_of(lambda t: t.id == ticket.id) >= 0, what="the ticket among all")

    tab.list.select_row(tab.model.row_of(lambda t: t.id == ticket.id))
    tab.open_button.click()
    assert shell.section == TICKETS
    view = shell.workspace.view
    await until(lambda: view.ticket is not None and view.ticket.id == ticket.id, what="the ticket")


async def test_an_unknown_customer_says_so_and_offers_to_retry(qtbot, make_ctx, sign_in_as):
    agent = await signed_in(make_ctx, sign_in_as, AGENT)
    shell = await open_shell(qtbot, agent)
    shell.open_customer(999_999)
    clients = shell.customers
    await until(lambda: clients.pages.currentWidget() is clients.failed, what="the failure")
    assert clients.failure.text()
