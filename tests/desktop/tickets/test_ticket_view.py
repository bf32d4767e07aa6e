from datetime import datetime, timedelta

import pytest

from desktop.tickets import operations
from desktop.tickets.due_dialog import to_qt
from desktop.tickets.store import TicketStore
from desktop.tickets.ticket_view import CONTENT, FAILED, TicketView
from shared_schemas.enums import TicketAction, TicketStatus
from shared_schemas.tickets import TicketCreate
from tests.desktop.tickets.helpers import AGENT, AGENT_2, CLIENT_A, CLIENT_B, new_ticket, signed_in, until

pytestmark = pytest.mark.asyncio


async def staff_view(qtbot, ctx, ticket_id):
    store = TicketStore()
    view = TicketView(ctx, store, staff=True)
    qtbot.addWidget(view)
    await operations.load_agents(ctx, store)
    await operations.load_categories(ctx, store)
    view.show_ticket(ticket_id)
    await until(lambda: view.currentIndex() == CONTENT and view.ticket is not None)
    return view, store


async def idle(view) -> None:
    await until(lambda: view.actions.assignee.isEnabled(), what="the action to finish")


async def test_the_buttons_are_exactly_the_allowed_actions_in_each_state(qtbot, make_ctx, sign_in_as):
    agent = await signed_in(make_ctx, sign_in_as, AGENT)
    ticket = await new_ticket(agent, customer=1)
    view, _ = await staff_view(qtbot, agent, ticket.id)
    actions = view.actions

    def shown():
        return set(actions.visible_actions())

    def allowed():
        return set(view.ticket.allowed_actions) - {"reply", "note"}

    assert shown() == allowed() == {"assign", "edit", "watch", "start", "wait", "resolve", "close", "remind"}
    for action, status in (
        (TicketAction.START, TicketStatus.IN_PROGRESS),
        (TicketAction.RESOLVE, TicketStatus.RESOLVED),
        (TicketAction.CLOSE, TicketStatus.CLOSED),
    ):
        actions.transition_buttons[action].click()
        await until(lambda s=status: view.ticket.status == s)
        await idle(view)
        assert shown() == allowed(), status
    assert shown() == {"watch", "reopen"}
    assert view.composer.isHidden() and "rouvrez-le" in view.closed_note.text()
    actions.transition_buttons[TicketAction.REOPEN].click()
    await until(lambda: view.ticket.status == TicketStatus.OPEN)
    assert not view.composer.isHidden() and view.closed_note.isHidden()


async def test_priority_category_and_due_date_are_changed_from_the_header(qtbot, make_ctx, sign_in_as):
    agent = await signed_in(make_ctx, sign_in_as, AGENT)
    ticket = await new_ticket(agent, customer=1)
    view, _ = await staff_view(qtbot, agent, ticket.id)
    actions = view.actions
    actions.priority.setCurrentIndex(actions.priority.findData("high"))
    actions.priority.activated.emit(actions.priority.currentIndex())
    await until(lambda: view.ticket.priority == "high")
    await idle(view)
    assert view.header.priority.text() == "Haute"
    actions.category.setCurrentIndex(actions.category.findText("Facturation"))
    actions.category.activated.emit(actions.category.currentIndex())
    await until(lambda: view.ticket.category.name == "Facturation")
    await idle(view)

    actions.due.click()
    dialog = actions._due_dialog
    due = (datetime.now().astimezone() + timedelta(hours=5)).replace(second=0, microsecond=0)
    dialog.when.setDateTime(to_qt(due))
    dialog.save.click()
    await until(lambda: view.ticket.due_at is not None)
    assert view.ticket.due_at == due
    assert "Échéance (GTR) : " in view.header.people.text() and "dans 4 h" in view.header.people.text()
    history = view.conversation.history_lines()
    assert any("a changé la priorité : Normale → Haute" in line for line in history)
    assert any("a fixé l'échéance au" in line for line in history)


async def test_watchers_are_added_and_removed_from_their_menu(qtbot, make_ctx, sign_in_as):
    agent = await signed_in(make_ctx, sign_in_as, AGENT)
    ticket = await new_ticket(agent, customer=1)
    view, store = await staff_view(qtbot, agent, ticket.id)
    camille = next(a for a in store.agents if a.email == AGENT_2)
    menu = view.actions.watchers.menu()
    menu.aboutToShow.emit()
    [add] = [a for a in menu.actions() if a.menu() is not None]
    next(a for a in add.menu().actions() if a.text() == camille.full_name).trigger()
    await until(lambda: [w.id for w in view.ticket.watchers or []] == [camille.id])
    await idle(view)
    assert view.actions.watchers.text() == "Observateurs (1)"
    menu.aboutToShow.emit()
    next(a for a in menu.actions() if a.text() == f"Retirer {camille.full_name}").trigger()
    await until(lambda: view.ticket.watchers == [])


async def test_reminders_are_managed_in_their_window(qtbot, make_ctx, sign_in_as):
    agent = await signed_in(make_ctx, sign_in_as, AGENT)
    ticket = await new_ticket(agent, customer=1)
    view, _ = await staff_view(qtbot, agent, ticket.id)
    view.actions.reminders.click()
    dialog = view.actions._reminders_dialog
    await until(lambda: dialog.task.done())
    assert dialog.reminders() == [] and not dialog.empty.isHidden()
    dialog.note.setText("Rappeler le client")
    dialog.save_button.click()
    await until(lambda: len(dialog.reminders()) == 1)
    [reminder] = dialog.reminders()
    assert reminder.note == "Rappeler le client" and reminder.recipient.id == agent.session.user.id
    dialog.list.setCurrentRow(0)
    assert dialog.save_button.text() == "Enregistrer"
    dialog.note.setText("Rappeler le client demain")
    dialog.save_button.click()
    await until(lambda: dialog.reminders() and dialog.reminders()[0].note == "Rappeler le client demain")
    await until(lambda: dialog.save_button.isEnabled())
    dialog.list.setCurrentRow(0)
    dialog.delete_button.click()
    await until(lambda: dialog.reminders() == [])
    # The list empties before the dialog resets its form for a new reminder: wait for both.
    await until(lambda: dialog.save_button.isEnabled() and dialog.save_button.text() == "Créer le rappel")
    past = datetime.now().astimezone() - timedelta(days=1)
    dialog.when.setDateTime(to_qt(past))
    dialog.save_button.click()
    await until(lambda: not dialog.error.isHidden())
    assert dialog.error.text().endswith("Choisissez une date à venir.")
    await until(lambda: any("a programmé un rappel" in line for line in view.conversation.history_lines()))


async def test_a_refused_action_is_explained_inline_and_the_controls_show_the_ticket_as_it_is(
    qtbot, make_ctx, sign_in_as
):
    agent = await signed_in(make_ctx, sign_in_as, AGENT)
    ticket = await new_ticket(agent, customer=1)
    view, _ = await staff_view(qtbot, agent, ticket.id)
    await operations.transition(agent, TicketStore(), ticket.id, TicketAction.CLOSE)  # elsewhere
    view.actions.priority.setCurrentIndex(view.actions.priority.findData("high"))
    view.actions.priority.activated.emit(view.actions.priority.currentIndex())
    await until(lambda: view.banner.message != "")
    assert view.banner.message == "Ce ticket est clôturé : ouvrez un nouveau ticket si besoin."
    await idle(view)
    assert view.actions.priority.currentData() == "normal"


async def test_a_ticket_of_another_customer_is_not_found(qtbot, make_ctx, sign_in_as):
    alice = await signed_in(make_ctx, sign_in_as, CLIENT_A)
    ticket = await new_ticket(alice)
    bob = await signed_in(make_ctx, sign_in_as, CLIENT_B)
    view = TicketView(bob, TicketStore(), staff=False)
    qtbot.addWidget(view)
    view.show_ticket(ticket.id)
    await until(lambda: view.currentIndex() == FAILED)
    assert view.failure.text() == "Élément introuvable ou inaccessible."


async def test_the_client_header_tells_what_the_ticket_is_about(qtbot, make_ctx, sign_in_as):
    alice = await signed_in(make_ctx, sign_in_as, CLIENT_A)
    products = await operations.load_delivered_products(alice)
    store = TicketStore()
    draft_ticket = await operations.create_ticket(
        alice,
        store,
        TicketCreate(
            subject="Écran noir", description="Plus d'affichage.", category=2, delivered_product=products[0].id
        ),
    )
    view = TicketView(alice, store, staff=False)
    qtbot.addWidget(view)
    view.show_ticket(draft_ticket.id)
    await until(lambda: view.currentIndex() == CONTENT)
    text = view.header.text()
    assert draft_ticket.reference in text and "Écran noir" in text and "Ouvert" in text
    assert f"Produit livré : {products[0].product.name} ({products[0].serial_number})" in text
    assert "Client :" not in text and view.actions is None
    assert view.composer.reply_mode.isHidden() and not view.rating.isVisible()
