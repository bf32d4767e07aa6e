"""The issue's acceptance scenario, driven through the widgets as people would, against the real
server: a client opens a ticket and adds information; an agent finds it in « Non assignés »,
assigns it, replies, writes an internal note and resolves it; the client sees the reply (never the
note) and rates the ticket; a client of another customer never sees it."""

import pytest
from PySide6.QtCore import Qt

from desktop.tickets.workspaces import ClientWorkspace, StaffWorkspace
from shared_schemas.enums import MessageKind, TicketAction, TicketQueue, TicketStatus
from tests.desktop.tickets.helpers import AGENT, CLIENT_A, CLIENT_B, shown_and_active, signed_in, unique, until

pytestmark = pytest.mark.asyncio


async def open_workspace(qtbot, cls, ctx):
    rendered = []
    workspace = cls(ctx)
    workspace.first_page_rendered.connect(lambda: rendered.append(True))
    qtbot.addWidget(workspace)
    workspace.resize(1500, 900)
    await shown_and_active(workspace)
    await until(lambda: rendered, what="the first page of the list")
    return workspace


async def list_settled(workspace) -> None:
    await until(lambda: not workspace.list.model.is_loading and workspace.list.model.rowCount() >= 0)


def click_row(qtbot, workspace, row: int) -> None:
    table = workspace.list.table
    rect = table.visualRect(workspace.list.model.index(row, 1))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


async def type_and_send(qtbot, workspace, text: str) -> None:
    composer = workspace.view.composer
    assert composer.editor.hasFocus()
    qtbot.keyClicks(composer.editor, text)
    qtbot.keyClick(composer.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    await until(lambda: not composer.is_sending and composer.editor.toPlainText() == "", what="the message to go")


async def search(qtbot, workspace, text: str) -> None:
    bar = workspace.list.filter_bar
    qtbot.keyClick(workspace, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert bar.search.hasFocus()
    bar.search.setText(text)
    await until(lambda: workspace.list.query.filters.q == text, what="the search to reach the list")
    await list_settled(workspace)


async def test_a_ticket_goes_from_the_client_to_an_agent_and_back(qtbot, make_ctx, sign_in_as):
    # --- Claire (client.a) opens a ticket through « Nouveau ticket » --------------------------
    alice = await signed_in(make_ctx, sign_in_as, CLIENT_A)
    client = await open_workspace(qtbot, ClientWorkspace, alice)
    assert client.tab == TicketQueue.OPEN
    qtbot.keyClick(client, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = client.new_ticket_dialog
    assert dialog is not None and dialog.isVisible() and dialog.customer is None
    subject = unique("Terminal de paiement muet")
    dialog.subject.setText(subject)
    await until(lambda: dialog.category.count() > 1 and dialog.delivered_product.count() > 1)
    dialog.category.setCurrentIndex(dialog.category.findText("Demande d'assistance"))
    dialog.delivered_product.setCurrentIndex(1)
    product = dialog.delivered_product.currentText()
    dialog.description.setPlainText("Le terminal ne s'allume plus depuis ce matin.")
    dialog.submit.click()
    await until(lambda: not dialog.isVisible(), what="the ticket to be created")
    await shown_and_active(client)  # the window manager gives the focus back after the dialog

    await until(lambda: client.view.ticket is not None and client.view.ticket.subject == subject)
    ticket = client.view.ticket
    assert ticket.delivered_product is not None and ticket.delivered_product.product_name in product
    await until(lambda: client.list.model.row_of_ticket(ticket.id) >= 0, what="the ticket in « Ouverts »")
    assert client.list.current_ticket().id == ticket.id

    qtbot.keyClick(client.list.table, Qt.Key.Key_R)
    assert client.view.composer.editor.hasFocus()
    await type_and_send(qtbot, client, "Serial number T2260000001, error E42")
    assert [m.body for m in client.view.ticket.messages] == ["Serial number T2260000001, error E42"]

    # --- Julien (agent) finds it in « Non assignés », assigns, replies, notes, resolves -------
    agent = await signed_in(make_ctx, sign_in_as, AGENT)
    staff = await open_workspace(qtbot, StaffWorkspace, agent)
    staff.queues.list.setCurrentRow(2)
    assert staff.queues.queue == TicketQueue.UNASSIGNED
    await list_settled(staff)
    row = staff.list.model.row_of_ticket(ticket.id)
    assert row >= 0
    click_row(qtbot, staff, row)
    await until(lambda: staff.view.ticket is not None and staff.view.ticket.id == ticket.id)
    await until(lambda: staff.view.actions.assignee.count() > 1, what="the agents list")
    assert set(staff.view.actions.visible_actions()) == {
        str(a) for a in staff.view.ticket.allowed_actions if a not in ("reply", "note")
    }

    qtbot.keyClick(staff.list.table, Qt.Key.Key_A)
    combo = staff.view.actions.assignee
    assert combo.view().isVisible()  # the assignee dropdown is open
    mine = combo.findData(agent.session.user.id)
    combo.view().setCurrentIndex(combo.model().index(mine, 0))
    qtbot.keyClick(combo.view(), Qt.Key.Key_Return)
    await until(lambda: staff.view.ticket.assignee is not None, what="the assignment")
    assert staff.view.ticket.assignee.id == agent.session.user.id
    row = staff.list.model.row_of_ticket(ticket.id)
    assert staff.list.model.index(row, 5).data() == "Julien Roche"  # the row redrew in place
    await shown_and_active(staff)  # the closed popup gives the focus back to the window

    qtbot.keyClick(staff.list.table, Qt.Key.Key_R)
    await type_and_send(qtbot, staff, "Hello, a technician comes tomorrow at 9.")
    qtbot.keyClick(staff.list.table, Qt.Key.Key_I)
    assert staff.view.composer.kind == MessageKind.NOTE and staff.view.composer.editor.hasFocus()
    await type_and_send(qtbot, staff, "Customer under warranty until 2027.")
    kinds = [(m.kind, m.body) for m in staff.view.ticket.messages]
    assert kinds[-2:] == [
        (MessageKind.REPLY, "Hello, a technician comes tomorrow at 9."),
        (MessageKind.NOTE, "Customer under warranty until 2027."),
    ]
    assert [card.is_note for card in staff.view.conversation.cards()][-2:] == [False, True]

    staff.view.actions.transition_buttons[TicketAction.RESOLVE].click()
    await until(lambda: staff.view.ticket.status == TicketStatus.RESOLVED, what="the resolution")
    assert staff.view.header.status.text() == "Résolu"

    # --- Claire sees the reply, never the note, and rates the ticket ------------------------
    client.tabs.setCurrentIndex(1)
    assert client.tab == TicketQueue.CLOSED
    await list_settled(client)
    row = client.list.model.row_of_ticket(ticket.id)
    assert row >= 0 and client.list.model.index(row, 3).data() == "Résolu"
    client.view.reload()
    await until(lambda: client.view.ticket.status == TicketStatus.RESOLVED, what="the client's view to refresh")
    bodies = [card.plain_body for card in client.view.conversation.cards()]
    assert "Hello, a technician comes tomorrow at 9." in bodies
    assert "Customer under warranty until 2027." not in bodies
    assert not any(card.is_note for card in client.view.conversation.cards())

    rating = client.view.rating
    assert rating.isVisible() and rating.form.isVisible() and not rating.submit.isEnabled()
    rating.picker.setFocus()
    qtbot.keyClick(rating.picker, Qt.Key.Key_4)
    assert rating.picker.value == 4 and rating.submit.isEnabled()
    rating.comment.setPlainText("Rapide et efficace.")
    rating.submit.click()
    await until(lambda: client.view.ticket.rating is not None, what="the rating")
    assert client.view.ticket.rating.stars == 4 and rating.form.isHidden()
    assert client.view.header.rating.text() == "★★★★☆"

    # --- Bob (client.b, another customer) never sees it --------------------------------------
    bob = await signed_in(make_ctx, sign_in_as, CLIENT_B)
    other = await open_workspace(qtbot, ClientWorkspace, bob)
    for tab in (0, 1):
        other.tabs.setCurrentIndex(tab)
        await list_settled(other)
        assert other.list.model.row_of_ticket(ticket.id) < 0
        for text in (ticket.reference, subject):
            await search(qtbot, other, text)
            assert other.list.model.rowCount() == 0
            assert other.list.state_text().startswith("Aucun ticket ne correspond")
        other.list.filter_bar.clear()
