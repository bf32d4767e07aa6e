import pytest
from PySide6.QtWidgets import QWidget

from desktop.tickets import operations
from desktop.tickets.new_ticket_dialog import NewTicketDialog
from desktop.tickets.queries import TicketFilters, TicketQuery
from desktop.tickets.store import TicketStore
from shared_schemas.enums import TicketQueue
from tests.desktop.tickets.helpers import ADMIN, AGENT, CLIENT_A, signed_in, unique, until

pytestmark = pytest.mark.asyncio


async def open_dialog(qtbot, ctx):
    """The dialog over a window of its own, as in the app (closing it does not end the app)."""
    window = QWidget()
    qtbot.addWidget(window)
    window.show()
    store = TicketStore()
    dialog = NewTicketDialog(ctx, store, window)
    dialog.host = window  # qtbot keeps only a weak reference to the window
    created = []
    dialog.created.connect(created.append)
    dialog.open()
    await until(lambda: dialog.category.count() > 1, what="the categories")
    return dialog, store, created


async def test_missing_fields_are_pointed_out_before_anything_is_sent(qtbot, make_ctx, sign_in_as):
    alice = await signed_in(make_ctx, sign_in_as, CLIENT_A)
    dialog, _, created = await open_dialog(qtbot, alice)
    dialog.submit.click()
    assert dialog.field_error("subject") == "Indiquez un sujet."
    assert dialog.field_error("category") == "Choisissez une catégorie."
    assert dialog.field_error("description") == "Décrivez votre demande."
    assert dialog.subject.property("invalid") == "true" and dialog.isVisible() and created == []
    assert dialog.submit.text() == "Créer le ticket" and dialog.submit.property("variant") == "primary"


async def test_an_order_or_a_delivered_product_not_both(qtbot, make_ctx, sign_in_as):
    alice = await signed_in(make_ctx, sign_in_as, CLIENT_A)
    dialog, _, _ = await open_dialog(qtbot, alice)
    await until(lambda: dialog.order.count() > 1 and dialog.delivered_product.count() > 1)
    assert dialog.order.itemText(1).startswith("CMD-")
    dialog.order.setCurrentIndex(1)
    dialog.order.activated.emit(1)
    dialog.delivered_product.setCurrentIndex(2)
    dialog.delivered_product.activated.emit(2)
    assert dialog.order.currentData() is None and dialog.delivered_product.currentData() is not None


async def test_a_server_refusal_shows_under_its_field_and_the_retry_creates_one_ticket(qtbot, make_ctx, sign_in_as):
    alice = await signed_in(make_ctx, sign_in_as, CLIENT_A)
    dialog, store, created = await open_dialog(qtbot, alice)
    subject = unique("Facture en double")
    dialog.subject.setText(subject)
    dialog.category.setCurrentIndex(dialog.category.findText("Facturation"))
    dialog.description.setPlainText("x" * 20001)  # over the server's limit
    dialog.submit.click()
    assert not dialog.submit.isEnabled() and dialog.submit.text() == "Création…"
    await until(lambda: dialog.submit.isEnabled())
    assert dialog.field_error("description") != "" and dialog.description.property("invalid") == "true"
    assert dialog.isVisible() and created == []
    dialog.description.setPlainText("La facture FA-2026-0042 a été prélevée deux fois.")
    dialog.submit.click()
    dialog.send()  # a double press while it is being created sends nothing more
    await until(lambda: created, what="the ticket")
    assert not dialog.isVisible() and store.current.id == created[0].id and len(created) == 1
    page = await operations.load_ticket_page(
        alice, TicketQuery(queue=TicketQueue.ALL, filters=TicketFilters(q=subject)), None
    )
    assert [t.id for t in page.results] == [created[0].id]


async def test_staff_open_a_ticket_for_a_customer_they_search(qtbot, make_ctx, sign_in_as):
    agent = await signed_in(make_ctx, sign_in_as, AGENT)
    dialog, _, created = await open_dialog(qtbot, agent)
    assert dialog.customer is not None and dialog.requester is None  # no users.manage: on their own behalf
    dialog.subject.setText(unique("Appel du client"))
    dialog.category.setCurrentIndex(1)
    dialog.description.setPlainText("Le client a appelé le standard.")
    dialog.submit.click()
    assert dialog.field_error("customer") == "Choisissez le client concerné."
    dialog.customer.setFocus()
    dialog.customer.setText("Lefèvre")
    dialog.customer.textEdited.emit("Lefèvre")
    await until(lambda: dialog.customer.suggestions.rowCount() == 1, what="the customer search")
    dialog.customer.choose(0)
    assert dialog.customer.customer.id == 1 and dialog.customer.text() == dialog.customer.customer.name
    await until(lambda: dialog.order.count() > 1, what="the customer's orders")
    dialog.order.setCurrentIndex(1)
    dialog.submit.click()
    await until(lambda: created)
    ticket = created[0]
    assert ticket.customer.id == 1 and ticket.requester.id == agent.session.user.id
    assert ticket.order is not None and ticket.order.reference == dialog.order.itemText(1).split(" ")[0]


async def test_an_administrator_chooses_the_requester_among_the_customer_contacts(qtbot, make_ctx, sign_in_as):
    admin = await signed_in(make_ctx, sign_in_as, ADMIN)
    dialog, _, created = await open_dialog(qtbot, admin)
    assert dialog.requester is not None and dialog.requester.itemText(0).startswith("Moi-même")
    customers = await operations.search_customers(admin, "Lefèvre")
    dialog.customer.set_customer(customers[0])
    await until(lambda: dialog.requester.count() > 1, what="the customer's contacts")
    claire = dialog.requester.findText("Claire Lefèvre <client.a@demo.fr>")
    dialog.requester.setCurrentIndex(claire)
    dialog.subject.setText(unique("Demande transmise par téléphone"))
    dialog.category.setCurrentIndex(1)
    dialog.description.setPlainText("Appel reçu à 9 h.")
    dialog.submit.click()
    await until(lambda: created)
    assert created[0].requester.full_name == "Claire Lefèvre"
