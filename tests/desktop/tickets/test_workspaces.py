import pytest
from PySide6.QtCore import QPoint, Qt

from desktop.api.client import ApiClient
from desktop.tickets import operations
from desktop.tickets.store import TicketStore
from desktop.tickets.workspaces import ClientWorkspace, StaffWorkspace
from shared_schemas.enums import TicketPriority, TicketQueue
from tests.desktop.tickets.helpers import AGENT, CLIENT_A, new_ticket, shown_and_active, signed_in, until
from tests.live_server import free_port

pytestmark = pytest.mark.asyncio


async def open_workspace(qtbot, cls, ctx, *, height: int = 900, **kwargs):
    rendered = []
    workspace = cls(ctx, **kwargs)
    workspace.first_page_rendered.connect(lambda: rendered.append(True))
    qtbot.addWidget(workspace)
    workspace.resize(1500, height)
    await shown_and_active(workspace)
    await until(lambda: rendered, what="the first page")
    return workspace, rendered


async def settled(workspace) -> None:
    await until(lambda: not workspace.list.model.is_loading)


async def test_first_page_rendered_is_emitted_once(qtbot, make_ctx, sign_in_as):
    agent = await signed_in(make_ctx, sign_in_as, AGENT)
    staff, rendered = await open_workspace(qtbot, StaffWorkspace, agent)
    assert staff.list.model.rowCount() > 0
    staff.queues.choose(TicketQueue.CLOSED)
    await settled(staff)
    staff.list.reload()
    await settled(staff)
    assert rendered == [True]


async def test_the_staff_queues_show_their_tickets(qtbot, make_ctx, sign_in_as):
    agent = await signed_in(make_ctx, sign_in_as, AGENT)
    staff, _ = await open_workspace(qtbot, StaffWorkspace, agent)
    labels = [staff.queues.list.item(i).text() for i in range(staff.queues.list.count())]
    assert labels == ["Tous ouverts", "Mes tickets", "Non assignés", "Échéance proche", "Clôturés"]
    expectations = {
        TicketQueue.MINE: lambda t: t.assignee is not None and t.assignee.id == agent.session.user.id,
        TicketQueue.UNASSIGNED: lambda t: t.assignee is None,
        TicketQueue.DUE_SOON: lambda t: t.due_at is not None,
        TicketQueue.CLOSED: lambda t: t.status in ("resolved", "closed"),
    }
    for queue, expected in expectations.items():
        staff.queues.choose(queue)
        await settled(staff)
        rows = staff.list.model.rows()
        assert all(expected(t) for t in rows), queue
        if not rows:
            assert staff.list.state_text()  # an empty queue says so


async def test_the_list_grows_when_scrolled_to_the_end(qtbot, make_ctx, sign_in_as):
    agent = await signed_in(make_ctx, sign_in_as, AGENT)
    staff, _ = await open_workspace(qtbot, StaffWorkspace, agent, page_size=4, height=420)
    inserted = []
    staff.list.model.rowsInserted.connect(lambda _parent, first, last: inserted.append(last - first + 1))
    staff.queues.choose(TicketQueue.CLOSED)
    await settled(staff)
    # The view asks for pages until it is full, not for the whole queue.
    loaded = staff.list.model.rowCount()
    assert loaded % 4 == 0 and staff.list.model.canFetchMore()
    staff.list.table.scrollToBottom()
    await until(lambda: staff.list.model.rowCount() > loaded, what="the next page")
    await settled(staff)
    assert inserted and set(inserted) == {4}  # one server page at a time


async def test_the_priority_filter_is_sent_to_the_server(qtbot, make_ctx, sign_in_as):
    agent = await signed_in(make_ctx, sign_in_as, AGENT)
    await new_ticket(agent, customer=1, priority=TicketPriority.HIGH)
    staff, _ = await open_workspace(qtbot, StaffWorkspace, agent)
    bar = staff.list.filter_bar
    bar.priority.setCurrentIndex(bar.priority.findData("high"))
    assert staff.list.query.params()["priority"] == "high"
    await settled(staff)
    rows = staff.list.model.rows()
    assert rows and {t.priority for t in rows} == {TicketPriority.HIGH}
    bar.clear()
    await settled(staff)
    assert staff.list.query.params()["priority"] is None
    assert len({t.priority for t in staff.list.model.rows()}) > 1


async def test_j_and_k_walk_through_the_list_and_open_each_ticket(qtbot, make_ctx, sign_in_as):
    alice = await signed_in(make_ctx, sign_in_as, CLIENT_A)
    await new_ticket(alice)
    await new_ticket(alice)
    client, _ = await open_workspace(qtbot, ClientWorkspace, alice)
    first, second = client.list.model.ticket_at(0), client.list.model.ticket_at(1)
    qtbot.keyClick(client.list.table, Qt.Key.Key_J)
    await until(lambda: client.view.ticket is not None and client.view.ticket.id == first.id)
    qtbot.keyClick(client.list.table, Qt.Key.Key_J)
    await until(lambda: client.view.ticket.id == second.id)
    qtbot.keyClick(client.list.table, Qt.Key.Key_K)
    await until(lambda: client.view.ticket.id == first.id)
    assert client.list.current_ticket().id == first.id


async def test_ctrl_f_focuses_the_search_and_the_search_is_debounced(qtbot, make_ctx, sign_in_as):
    alice = await signed_in(make_ctx, sign_in_as, CLIENT_A)
    ticket = await new_ticket(alice)
    client, _ = await open_workspace(qtbot, ClientWorkspace, alice)
    qtbot.keyClick(client, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    search = client.list.filter_bar.search
    assert search.hasFocus()
    qtbot.keyClicks(search, ticket.reference)
    assert client.list.query.filters.q == ""  # not one request per key
    await until(lambda: client.list.query.filters.q == ticket.reference)
    await settled(client)
    assert [t.id for t in client.list.model.rows()] == [ticket.id]


async def test_the_client_tabs_split_open_and_closed_tickets(qtbot, make_ctx, sign_in_as):
    alice = await signed_in(make_ctx, sign_in_as, CLIENT_A)
    client, _ = await open_workspace(qtbot, ClientWorkspace, alice)
    assert [client.tabs.tabText(i) for i in range(2)] == ["Ouverts", "Clôturés"]
    assert all(t.status in ("open", "in_progress", "waiting") for t in client.list.model.rows())
    assert client.new_ticket_button.property("variant") == "primary"
    client.choose_tab(TicketQueue.CLOSED)
    await settled(client)
    assert client.list.model.rows() and all(t.status in ("resolved", "closed") for t in client.list.model.rows())
    statuses = [client.list.filter_bar.status.itemText(i) for i in range(client.list.filter_bar.status.count())]
    assert statuses == ["Tous les statuts", "Résolu", "Clôturé"]


async def test_an_unreachable_server_shows_an_inline_error_then_the_list_recovers(qtbot, make_ctx, sign_in_as):
    alice = await signed_in(make_ctx, sign_in_as, CLIENT_A)
    client, _ = await open_workspace(qtbot, ClientWorkspace, alice)
    server = alice.api
    unreachable = ApiClient(f"http://127.0.0.1:{free_port()}")
    await unreachable.set_tokens(server.tokens.access, server.tokens.refresh)
    alice.attach_api(unreachable)
    client.list.reload()
    await until(lambda: "injoignable" in client.list.state_text(), what="the offline message")
    assert client.list.retry.isVisible()
    created = await new_ticket_through(server, alice)
    alice.attach_api(server)  # the connection monitor's next probe reaches the server again
    await until(lambda: client.list.model.row_of_ticket(created) >= 0, timeout=15, what="the reload once online")
    await unreachable.close()


async def new_ticket_through(api, ctx):
    """Creates a ticket with `api` while `ctx` points elsewhere (another device of the same user)."""
    from shared_schemas.tickets import TicketCreate

    draft = TicketCreate(subject="Créé depuis un autre poste", description="Test.", category=1)
    body = await api.post("tickets", draft.payload())
    return body["id"]


async def test_the_pane_sizes_and_columns_are_remembered(qtbot, make_ctx, sign_in_as, tmp_path):
    settings = tmp_path / "layout.ini"
    agent = make_ctx(settings)
    await sign_in_as(agent, AGENT)
    staff, _ = await open_workspace(qtbot, StaffWorkspace, agent)
    staff.splitter.setSizes([230, 700, 570])
    staff.list.table.setColumnWidth(1, 333)
    sizes = staff.splitter.sizes()
    staff.hide()  # saves the layout
    again = make_ctx(settings)
    await sign_in_as(again, AGENT)
    restored, _ = await open_workspace(qtbot, StaffWorkspace, again)
    assert restored.splitter.sizes() == sizes
    assert restored.list.table.columnWidth(1) == 333


async def test_a_change_made_elsewhere_redraws_the_open_ticket_and_its_row(qtbot, make_ctx, sign_in_as):
    agent = await signed_in(make_ctx, sign_in_as, AGENT)
    ticket = await new_ticket(agent, customer=1)
    staff, _ = await open_workspace(qtbot, StaffWorkspace, agent)
    row = staff.list.model.row_of_ticket(ticket.id)
    assert row >= 0
    staff.list.select_row(row)
    await until(lambda: staff.view.ticket is not None and staff.view.ticket.id == ticket.id)
    await operations.set_priority(agent, staff.store, ticket.id, TicketPriority.HIGH)
    assert staff.view.header.priority.text() == "Haute"
    assert staff.list.model.index(staff.list.model.row_of_ticket(ticket.id), 3).data() == "Haute"
    assert isinstance(staff.store, TicketStore)


async def test_an_expired_session_goes_to_the_app_and_signing_in_again_reloads(qtbot, make_ctx, sign_in_as):
    from desktop import tasks
    from desktop.api.errors import SessionExpired

    alice = await signed_in(make_ctx, sign_in_as, CLIENT_A)
    ticket = await new_ticket(alice)
    client, _ = await open_workspace(qtbot, ClientWorkspace, alice)
    errors = []
    tasks.set_default_error_handler(errors.append)
    try:
        alice.api.tokens.access = "expired"
        alice.api.tokens.refresh = "revoked"
        client.list.reload()
        await until(lambda: errors, what="the error to reach the app")
        assert isinstance(errors[0], SessionExpired)
        assert client.list.state_text() == "Votre session a expiré. Reconnectez-vous pour continuer."
    finally:
        tasks.set_default_error_handler(None)
    await sign_in_as(alice, CLIENT_A)
    await until(lambda: client.list.model.row_of_ticket(ticket.id) >= 0, what="the list after signing in again")


async def test_header_clicks_ask_the_server_for_another_order(qtbot, make_ctx, sign_in_as):
    agent = await signed_in(make_ctx, sign_in_as, AGENT)
    staff, _ = await open_workspace(qtbot, StaffWorkspace, agent)
    staff.queues.choose(TicketQueue.CLOSED)
    await settled(staff)
    header = staff.list.table.horizontalHeader()

    def click(key: str) -> None:
        column = staff.list.model.column_of(key)
        x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))

    click("reference")
    assert staff.list.query.ordering == "created_at"
    await settled(staff)
    created = [t.created_at for t in staff.list.model.rows()]
    assert created == sorted(created)
    click("reference")
    assert staff.list.query.ordering == "-created_at"
    await settled(staff)
    created = [t.created_at for t in staff.list.model.rows()]
    assert created == sorted(created, reverse=True)
    click("subject")  # not an order the server offers: nothing changes
    assert staff.list.query.ordering == "-created_at"
    assert header.sortIndicatorSection() == staff.list.model.column_of("reference")
    click("last_activity")
    assert staff.list.query.ordering == "last_activity_at"
