"""Links reach a running app and open what they name, on a real server with the demo data."""

import pytest
from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QFileOpenEvent

from desktop.links.parsing import read_link
from desktop.tickets import operations
from desktop.ui.main_window import SIGN_IN
from shared_schemas.crm import CustomerOut
from tests.desktop.conftest import DEMO_PASSWORD
from tests.desktop.links.test_single_instance import second_launch
from tests.desktop.tickets.helpers import AGENT, CLIENT_A, new_ticket
from tests.desktop.ui.helpers import sign_in_through_the_page, until

pytestmark = pytest.mark.asyncio

# The demo's CRM identifiers of client A's and client B's companies (server/demo/people.py).
CLIENT_A_COMPANY, CLIENT_B_COMPANY = "CRM-C01040", "CRM-C01077"


def new_ticket_dialog(window):
    dialog = window.shell.workspace.new_ticket_dialog
    return dialog if dialog is not None and dialog.isVisible() else None


def notice(window) -> str:
    return window.shell.banner.message


async def a_customer_with_deliveries(ctx) -> tuple[CustomerOut, object]:
    for customer in await operations.search_customers(ctx):
        deliveries = await operations.load_delivered_products(ctx, customer.id)
        if deliveries:
            return customer, deliveries[-1]
    raise AssertionError("the demo data has customers with delivered products")


async def test_a_link_handed_over_by_a_second_launch_opens_new_ticket_prefilled(linked_window, socket_name):
    window = await linked_window(AGENT)
    customer, delivered = await a_customer_with_deliveries(window.ctx)
    window.showMinimized()
    link = f"origyne-sav://tickets/new?customer={customer.external_id}&delivered_product={delivered.serial_number}"

    assert await second_launch(socket_name, link, claim=True) is True

    await until(lambda: new_ticket_dialog(window) is not None, what="« Nouveau ticket »")
    dialog = new_ticket_dialog(window)
    assert dialog.customer.customer.id == customer.id
    await until(lambda: dialog.delivered_product.currentData() == delivered.id, what="the delivered product")
    assert dialog.order.currentData() is None
    assert not window.isMinimized(), "the window comes to the front"
    assert notice(window) == ""
    dialog.reject()
    await window.shut_down()


async def test_a_ticket_link_opens_the_ticket(linked_window, socket_name):
    window = await linked_window(AGENT)
    ticket = await new_ticket(window.ctx, customer=1)

    assert await second_launch(socket_name, f"origyne-sav://tickets/{ticket.reference.lower()}") is True

    view = window.shell.workspace.view
    await until(lambda: view.ticket is not None and view.ticket.id == ticket.id, what="the ticket")
    assert new_ticket_dialog(window) is None
    await window.shut_down()


async def test_an_unknown_customer_shows_a_notice_and_no_dialog(linked_window):
    window = await linked_window(AGENT)

    window.router.open(read_link("origyne-sav://tickets/new?customer=CRM-INCONNU"))
    await window.router.task

    assert notice(window) == "Aucun client du SAV n'a l'identifiant CRM « CRM-INCONNU »."
    assert new_ticket_dialog(window) is None
    await window.shut_down()


async def test_an_unknown_ticket_reference_shows_a_notice(linked_window):
    window = await linked_window(AGENT)

    window.router.open(read_link("origyne-sav://tickets/SAV-1999-999999"))
    await window.router.task

    assert notice(window) == "Ticket SAV-1999-999999 introuvable, ou vous n'y avez pas accès."
    await window.shut_down()


async def test_an_order_the_customer_does_not_have_leaves_the_customer_prefilled_with_a_notice(linked_window):
    window = await linked_window(AGENT)
    customer = (await operations.search_customers(window.ctx))[0]

    window.router.open(read_link(f"origyne-sav://tickets/new?customer={customer.external_id}&order=CMD-0000-00000"))
    await window.router.task

    dialog = new_ticket_dialog(window)
    assert dialog is not None and dialog.customer.customer.id == customer.id
    assert notice(window) == (
        "Commande « CMD-0000-00000 » introuvable pour ce client : le ticket est prérempli sans elle."
    )
    dialog.reject()
    await window.shut_down()


async def test_a_refused_link_says_why_in_the_banner(linked_window):
    window = await linked_window(AGENT)

    window.router.open(read_link("origyne-sav://tickets/new?customer=C1&order=O1&delivered_product=S1"))

    assert notice(window) == (
        "Lien SAV invalide : il précise à la fois une commande et un produit livré ; un seul est possible."
    )
    assert new_ticket_dialog(window) is None
    await window.shut_down()


async def test_a_link_on_the_sign_in_page_waits_and_the_newest_opens_after_sign_in(linked_window, sav_server):
    window = await linked_window()
    assert window.current_page == SIGN_IN
    window.router.open(read_link("origyne-sav://tickets/new?customer=CRM-INCONNU"))
    window.router.open(read_link(f"origyne-sav://tickets/new?customer={CLIENT_A_COMPANY}"))
    assert window.router.task is None, "nothing is asked of the server before sign-in"

    await sign_in_through_the_page(window, sav_server.url, CLIENT_A, DEMO_PASSWORD, stay=False)

    await until(lambda: new_ticket_dialog(window) is not None, what="« Nouveau ticket »")
    assert notice(window) == "", "the older link gave way to the newer one"
    new_ticket_dialog(window).reject()
    await window.shut_down()


async def test_a_client_gets_their_own_company_prefilled_with_one_of_its_orders(linked_window):
    window = await linked_window(CLIENT_A)
    order = (await operations.load_orders(window.ctx))[-1]
    own = CustomerOut.model_validate(await window.ctx.api.get(f"customers/{window.ctx.session.user.customer.id}"))

    window.router.open(read_link(f"origyne-sav://tickets/new?customer={own.external_id}&order={order.external_id}"))
    await window.router.task

    dialog = new_ticket_dialog(window)
    assert dialog is not None and dialog.customer is None
    await until(lambda: dialog.order.currentData() == order.id, what="the order")
    dialog.reject()
    await window.shut_down()


async def test_a_client_link_naming_another_company_shows_a_notice(linked_window):
    window = await linked_window(CLIENT_A)
    window.router.open(read_link(f"origyne-sav://tickets/new?customer={CLIENT_B_COMPANY}"))
    await window.router.task

    assert notice(window) == (
        "Ce lien concerne un autre client que votre société : il ne peut pas être ouvert avec ce compte."
    )
    assert new_ticket_dialog(window) is None
    await window.shut_down()


async def test_macos_file_open_events_carry_links_to_the_router(linked_window):
    window = await linked_window(AGENT)
    ticket = await new_ticket(window.ctx, customer=1)

    QCoreApplication.sendEvent(
        QCoreApplication.instance(), QFileOpenEvent(QUrl(f"origyne-sav://tickets/{ticket.reference}"))
    )
    await window.router.task

    view = window.shell.workspace.view
    await until(lambda: view.ticket is not None and view.ticket.id == ticket.id, what="the ticket")
    await window.shut_down()
