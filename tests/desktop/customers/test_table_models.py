"""The Clients section's item models pass Qt's model checks with real server data."""

import pytest

from desktop.customers import operations
from desktop.customers.store import CustomerStore
from desktop.customers.table_models import (
    ContactTableModel,
    CustomerListModel,
    CustomerTicketTableModel,
    DeliveredProductTableModel,
    OrderLineTableModel,
    OrderTableModel,
)
from shared_schemas.enums import TicketQueue
from tests.desktop.tickets.helpers import AGENT, signed_in

pytestmark = pytest.mark.asyncio


async def test_every_table_of_the_record_passes_the_model_checks(make_ctx, sign_in_as, qtmodeltester):
    agent = await signed_in(make_ctx, sign_in_as, AGENT)
    store = CustomerStore()
    fetchers = (
        (CustomerListModel(), lambda cursor: operations.customer_page(agent, cursor=cursor)),
        (ContactTableModel(store), lambda cursor: operations.contact_page(agent, 1, cursor)),
        (OrderTableModel(), lambda cursor: operations.order_page(agent, 1, cursor)),
        (DeliveredProductTableModel(), lambda cursor: operations.delivered_product_page(agent, 1, cursor)),
        (CustomerTicketTableModel(), lambda cursor: operations.ticket_page(agent, 1, TicketQueue.ALL, cursor)),
    )
    for model, fetch in fetchers:
        model.set_fetcher(fetch)
        await model.reload_and_wait()
        assert model.rowCount() > 0, type(model).__name__
        qtmodeltester.check(model)

    orders = fetchers[2][0]
    lines = OrderLineTableModel()
    lines.set_order(orders.row_at(0))
    assert lines.rowCount() == len(orders.row_at(0).lines) > 0
    qtmodeltester.check(lines)
    lines.set_order(None)
    assert lines.rowCount() == 0


async def test_the_order_status_and_the_ticket_chips_carry_their_raw_value(make_ctx, sign_in_as):
    from desktop.tickets.table_model import CHIP_ROLE

    agent = await signed_in(make_ctx, sign_in_as, AGENT)
    orders = OrderTableModel()
    orders.set_fetcher(lambda cursor: operations.order_page(agent, 1, cursor))
    await orders.reload_and_wait()
    assert orders.index(0, 2).data(CHIP_ROLE) == orders.row_at(0).status
    assert orders.index(0, 2).data() in ("En attente", "Validée", "Expédiée", "Livrée", "Annulée")
    assert orders.index(0, 0).data(CHIP_ROLE) is None
