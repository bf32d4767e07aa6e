"""Lists and the open ticket follow the server live, through the push channel, with no refresh:
a reply appears in the client's open conversation, a new ticket appears in the staff queue."""

import pytest

from desktop.push.client import PushState
from desktop.tickets import operations
from desktop.tickets.store import TicketStore
from desktop.tickets.workspaces import ClientWorkspace, StaffWorkspace
from shared_schemas.enums import TicketQueue
from tests.desktop.tickets.helpers import AGENT, CLIENT_A, new_ticket, signed_in, unique, until
from tests.desktop.tickets.test_acceptance import list_settled, open_workspace

pytestmark = pytest.mark.asyncio


async def live(ctx) -> None:
    ctx.push.configure(first_delay=0.05, max_delay=0.5)
    await until(lambda: ctx.push.state == PushState.LIVE, what="the push channel")


async def test_a_reply_appears_in_the_clients_open_ticket_without_refreshing(qtbot, make_ctx, sign_in_as):
    alice = await signed_in(make_ctx, sign_in_as, CLIENT_A)
    agent = await signed_in(make_ctx, sign_in_as, AGENT)
    ticket = await new_ticket(alice, subject=unique("Badgeuse muette"))
    client = await open_workspace(qtbot, ClientWorkspace, alice)
    await live(alice)
    client.open_ticket(ticket.id)
    await until(lambda: client.view.ticket is not None and client.view.ticket.id == ticket.id)
    requests_before = alice.notifications.unread

    await operations.send_message(agent, TicketStore(), ticket.id, body="Nous envoyons un technicien demain.")

    await until(
        lambda: [m.body for m in client.view.ticket.messages] == ["Nous envoyons un technicien demain."],
        what="the reply in the open conversation",
    )
    assert alice.notifications.unread == requests_before + 1


async def test_a_new_ticket_appears_in_the_staff_queue_without_refreshing(qtbot, make_ctx, sign_in_as):
    agent = await signed_in(make_ctx, sign_in_as, AGENT)
    alice = await signed_in(make_ctx, sign_in_as, CLIENT_A)
    staff = await open_workspace(qtbot, StaffWorkspace, agent)
    staff.queues.list.setCurrentRow(2)
    assert staff.queues.queue == TicketQueue.UNASSIGNED
    await list_settled(staff)
    await live(agent)

    ticket = await new_ticket(alice, subject=unique("Écran tactile fissuré"))

    await until(lambda: staff.list.model.row_of_ticket(ticket.id) >= 0, what="the new ticket in « Non assignés »")
