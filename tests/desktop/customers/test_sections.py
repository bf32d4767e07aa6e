"""Who gets the Clients section: staff holding customers.view, in the header and by Ctrl+Shift+C;
a client user never does, but still opens « Nouveau ticket » through the shell."""

import pytest

from desktop.ui.header import CUSTOMERS, TICKETS
from tests.desktop.customers.helpers import open_shell
from tests.desktop.tickets.helpers import AGENT, CLIENT_A, signed_in, until

pytestmark = pytest.mark.asyncio


async def test_an_agent_has_the_clients_section_beside_the_tickets(qtbot, make_ctx, sign_in_as):
    agent = await signed_in(make_ctx, sign_in_as, AGENT)
    shell = await open_shell(qtbot, agent)
    header = shell.header
    assert shell.available_sections == [TICKETS, CUSTOMERS]
    assert header.tickets_button.isVisible() and header.customers_button.isVisible()
    assert not header.admin_button.isVisible()

    header.customers_button.click()

    assert shell.section == CUSTOMERS and header.customers_button.isChecked()
    clients = shell.customers
    await until(lambda: clients.list.model.rowCount() > 0, what="the customer list")
    assert clients.pages.currentWidget() is clients.placeholder
    assert clients.placeholder.text() == "Sélectionnez un client dans la liste pour afficher sa fiche."
    clients.list.list.select_row(0)
    assert clients.customer is not None and clients.customer.id == clients.list.model.row_at(0).id
    header.tickets_button.click()
    assert shell.section == TICKETS


async def test_the_customer_list_searches_by_name_and_filters_inactive_customers(qtbot, make_ctx, sign_in_as):
    agent = await signed_in(make_ctx, sign_in_as, AGENT)
    shell = await open_shell(qtbot, agent)
    shell.show_section(CUSTOMERS)
    pane = shell.customers.list
    await until(lambda: not pane.busy and pane.model.rowCount() > 0, what="the customer list")
    assert all(customer.is_active for customer in pane.model.rows())
    first = pane.model.row_at(0)

    pane.search.setText(first.name[:6])
    await until(lambda: not pane.busy, what="the search")
    assert any(customer.id == first.id for customer in pane.model.rows())

    pane.search.setText("zzz-aucun-client")
    await until(lambda: not pane.busy, what="the empty search")
    assert pane.model.rowCount() == 0 and "Aucun client ne correspond" in pane.list.placeholder_text

    pane.search.clear()
    pane.status_filter.setCurrentIndex(pane.status_filter.findData(False))
    await until(lambda: not pane.busy, what="the inactive customers")
    assert all(not customer.is_active for customer in pane.model.rows())


async def test_a_client_never_sees_the_clients_section(qtbot, make_ctx, sign_in_as):
    alice = await signed_in(make_ctx, sign_in_as, CLIENT_A)
    shell = await open_shell(qtbot, alice)
    header = shell.header
    assert shell.available_sections == [TICKETS] and not shell.can_view_customers
    assert not header.customers_button.isVisible() and not header.tickets_button.isVisible()

    shell.show_section(CUSTOMERS)
    shell.open_customer(alice.session.user.customer.id)

    assert shell.section == TICKETS and shell.customers is None
    assert getattr(shell.workspace.view.header, "customer_link", None) is None
