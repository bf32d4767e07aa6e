from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import Qt

from desktop.tickets import operations
from desktop.tickets.operations import ticket_page_fetcher
from desktop.tickets.queries import TicketFilters, TicketQuery
from desktop.tickets.store import TicketStore
from desktop.tickets.table_model import CHIP_ROLE, OVERDUE_ROLE, TicketTableModel
from shared_schemas.enums import TicketPriority, TicketQueue
from tests.desktop.tickets.helpers import AGENT, CLIENT_A, new_ticket, signed_in

pytestmark = pytest.mark.asyncio


def headers(model):
    return [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]


async def test_the_list_grows_page_by_page_as_the_view_asks_for_more(qtmodeltester, make_ctx, sign_in_as):
    agent = await signed_in(make_ctx, sign_in_as, AGENT)
    model = TicketTableModel(staff=True)
    model.set_fetcher(ticket_page_fetcher(agent, TicketQuery(queue=TicketQueue.ALL, page_size=4)))
    await model.reload_and_wait()
    assert model.rowCount() == 4 and model.canFetchMore()
    await model.fetch_more_and_wait()
    assert model.rowCount() == 8
    assert len({model.ticket_at(row).id for row in range(8)}) == 8
    qtmodeltester.check(model)


async def test_staff_columns_show_french_labels_and_chip_values(make_ctx, sign_in_as):
    agent = await signed_in(make_ctx, sign_in_as, AGENT)
    ticket = await new_ticket(agent, customer=1, priority=TicketPriority.HIGH)
    past = datetime.now().astimezone() - timedelta(hours=1)
    await operations.set_due(agent, TicketStore(), ticket.id, past)
    model = TicketTableModel(staff=True)
    model.set_fetcher(ticket_page_fetcher(agent, TicketQuery(filters=TicketFilters(q=ticket.reference))))
    await model.reload_and_wait()
    assert headers(model) == [
        "Référence",
        "Sujet",
        "Client",
        "Priorité",
        "Statut",
        "Assigné à",
        "Échéance",
        "Dernière activité",
    ]
    assert model.rowCount() == 1
    row = [model.index(0, c).data() for c in range(model.columnCount())]
    assert row[0] == ticket.reference and row[3:7] == ["Haute", "Ouvert", "Non assigné", "dépassée"]
    assert row[7] == "à l'instant"
    assert model.index(0, 3).data(CHIP_ROLE) == "high" and model.index(0, 4).data(CHIP_ROLE) == "open"
    assert model.index(0, 6).data(OVERDUE_ROLE) is True and model.index(0, 1).data(CHIP_ROLE) is None


async def test_a_changed_ticket_redraws_its_row_only(make_ctx, sign_in_as):
    agent = await signed_in(make_ctx, sign_in_as, AGENT)
    ticket = await new_ticket(agent, customer=1)
    model = TicketTableModel(staff=True)
    model.set_fetcher(ticket_page_fetcher(agent, TicketQuery(queue=TicketQueue.ALL, page_size=5)))
    await model.reload_and_wait()
    row = model.row_of_ticket(ticket.id)
    assert row >= 0
    store = TicketStore()
    store.list_item_changed.connect(model.update_ticket)
    changed = []
    model.dataChanged.connect(lambda first, last, _roles: changed.append((first.row(), last.row())))
    resets = []
    model.modelReset.connect(lambda: resets.append(1))
    await operations.open_ticket(agent, store, ticket.id)
    await operations.assign(agent, store, ticket.id, agent.session.user.id)
    assert model.index(row, 5).data() == "Julien Roche"
    assert set(changed) == {(row, row)} and not resets


async def test_clients_see_their_requests_without_the_staff_columns(make_ctx, sign_in_as):
    alice = await signed_in(make_ctx, sign_in_as, CLIENT_A)
    model = TicketTableModel(staff=False)
    model.set_fetcher(ticket_page_fetcher(alice, TicketQuery(queue=TicketQueue.CLOSED)))
    await model.reload_and_wait()
    assert headers(model) == ["Référence", "Sujet", "Priorité", "Statut", "Demandeur", "Dernière activité"]
    assert model.rowCount() > 0
    assert {model.ticket_at(r).customer.id for r in range(model.rowCount())} == {1}
