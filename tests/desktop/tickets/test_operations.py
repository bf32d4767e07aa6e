import pytest

from desktop.api.errors import ApiError
from desktop.tickets import operations
from desktop.tickets.queries import UNASSIGNED, TicketFilters, TicketQuery
from desktop.tickets.store import TicketStore
from shared_schemas.enums import MessageKind, TicketAction, TicketPriority, TicketQueue, TicketStatus
from shared_schemas.tickets import TicketCreate
from tests.desktop.tickets.helpers import AGENT, AGENT_2, CLIENT_A, CLIENT_B, new_ticket, signed_in, unique

pytestmark = pytest.mark.asyncio


async def test_a_retried_ticket_draft_creates_one_ticket(make_ctx, sign_in_as):
    alice = await signed_in(make_ctx, sign_in_as, CLIENT_A)
    store = TicketStore()
    created = []
    store.ticket_created.connect(created.append)
    draft = TicketCreate(
        subject=unique("Imprimante hors ligne"),
        description="Plus rien ne sort.",
        category=2,
        client_uuid=operations.new_client_uuid(),
    )
    first = await operations.create_ticket(alice, store, draft)
    again = await operations.create_ticket(alice, store, draft)
    assert again.id == first.id and again.reference == first.reference
    page = await operations.load_ticket_page(alice, TicketQuery(filters=TicketFilters(q=draft.subject)), None)
    assert [t.id for t in page.results] == [first.id]
    assert store.current.id == first.id and len(created) == 2


async def test_a_queue_is_read_page_by_page_with_the_server_cursor(make_ctx, sign_in_as):
    agent = await signed_in(make_ctx, sign_in_as, AGENT)
    query = TicketQuery(queue=TicketQueue.ALL, page_size=3)
    first = await operations.load_ticket_page(agent, query, None)
    second = await operations.load_ticket_page(agent, query, first.next_cursor)
    assert len(first.results) == 3 and first.next_cursor
    assert not {t.id for t in first.results} & {t.id for t in second.results}


async def test_filters_are_applied_by_the_server(make_ctx, sign_in_as):
    agent = await signed_in(make_ctx, sign_in_as, AGENT)
    await new_ticket(agent, priority=TicketPriority.HIGH, customer=1)
    high = TicketQuery(queue=TicketQueue.ALL, filters=TicketFilters(priority=TicketPriority.HIGH), page_size=200)
    page = await operations.load_ticket_page(agent, high, None)
    assert page.results and {t.priority for t in page.results} == {TicketPriority.HIGH}
    unassigned = TicketQuery(queue=TicketQueue.OPEN, filters=TicketFilters(assignee=UNASSIGNED), page_size=200)
    page = await operations.load_ticket_page(agent, unassigned, None)
    assert page.results and all(t.assignee is None for t in page.results)


async def test_a_client_of_another_customer_can_neither_list_nor_open_the_ticket(make_ctx, sign_in_as):
    alice = await signed_in(make_ctx, sign_in_as, CLIENT_A)
    ticket = await new_ticket(alice)
    bob = await signed_in(make_ctx, sign_in_as, CLIENT_B)
    for queue in (TicketQueue.OPEN, TicketQueue.CLOSED, TicketQueue.ALL):
        for q in (ticket.subject, ticket.reference, ""):
            page = await operations.load_ticket_page(bob, TicketQuery(queue=queue, filters=TicketFilters(q=q)), None)
            assert ticket.id not in {t.id for t in page.results}
    with pytest.raises(ApiError) as refused:
        await operations.open_ticket(bob, TicketStore(), ticket.id)
    assert refused.value.code == "not_found"


async def test_staff_assign_reply_note_and_resolve_and_the_client_never_reads_the_note(make_ctx, sign_in_as):
    alice = await signed_in(make_ctx, sign_in_as, CLIENT_A)
    ticket = await new_ticket(alice)
    agent = await signed_in(make_ctx, sign_in_as, AGENT)
    store = TicketStore()
    rows = []
    store.list_item_changed.connect(rows.append)
    await operations.open_ticket(agent, store, ticket.id)
    agents = await operations.load_agents(agent, store)
    camille = next(a for a in agents if a.email == AGENT_2)
    detail = await operations.assign(agent, store, ticket.id, camille.id)
    assert detail.assignee.id == camille.id and rows[-1].assignee.id == camille.id
    await operations.send_message(
        agent, store, ticket.id, body="Nous regardons.", client_uuid=operations.new_client_uuid()
    )
    await operations.send_message(agent, store, ticket.id, body="Client connu, RAS.", kind=MessageKind.NOTE)
    detail = await operations.transition(agent, store, ticket.id, TicketAction.RESOLVE)
    assert detail.status == TicketStatus.RESOLVED and store.current.status == TicketStatus.RESOLVED
    seen = await operations.open_ticket(alice, TicketStore(), ticket.id)
    assert [m.body for m in seen.messages] == ["Nous regardons."]
    assert seen.allows(TicketAction.RATE)
    await operations.rate(alice, TicketStore(), ticket.id, stars=4, comment="Rapide.")
    rated = await operations.open_ticket(alice, TicketStore(), ticket.id)
    assert rated.rating.stars == 4 and not rated.allows(TicketAction.RATE)


async def test_triage_changes_priority_category_due_date_and_watchers(make_ctx, sign_in_as):
    agent = await signed_in(make_ctx, sign_in_as, AGENT)
    ticket = await new_ticket(agent, customer=1)
    store = TicketStore()
    await operations.open_ticket(agent, store, ticket.id)
    agents = await operations.load_agents(agent, store)
    camille = next(a for a in agents if a.email == AGENT_2)
    await operations.set_priority(agent, store, ticket.id, TicketPriority.HIGH)
    await operations.set_category(agent, store, ticket.id, 5)
    from datetime import datetime, timedelta

    due = (datetime.now().astimezone() + timedelta(hours=6)).replace(microsecond=0)
    await operations.set_due(agent, store, ticket.id, due)
    detail = await operations.add_watcher(agent, store, ticket.id, camille.id)
    assert (detail.priority, detail.category.id, detail.due_at) == (TicketPriority.HIGH, 5, due)
    assert [w.id for w in detail.watchers] == [camille.id]
    detail = await operations.remove_watcher(agent, store, ticket.id, camille.id)
    assert detail.watchers == []
    detail = await operations.set_due(agent, store, ticket.id, None)
    assert detail.due_at is None
    kinds = [e.kind for e in detail.events]
    assert {"priority_changed", "category_changed", "due_at_changed", "watcher_added", "watcher_removed"} <= set(kinds)


async def test_reminders_are_created_moved_and_deleted(make_ctx, sign_in_as):
    from datetime import datetime, timedelta

    agent = await signed_in(make_ctx, sign_in_as, AGENT)
    ticket = await new_ticket(agent, customer=1)
    store = TicketStore()
    await operations.open_ticket(agent, store, ticket.id)
    changes = []
    store.reminders_changed.connect(lambda ticket_id, reminders: changes.append((ticket_id, len(reminders))))
    soon = (datetime.now().astimezone() + timedelta(hours=2)).replace(microsecond=0)
    reminder = await operations.create_reminder(agent, store, ticket.id, remind_at=soon, note="Rappeler le client")
    assert reminder.recipient.id == agent.session.user.id and store.reminders[ticket.id] == [reminder]
    later = soon + timedelta(days=1)
    moved = await operations.update_reminder(agent, store, reminder, remind_at=later, note="Rappeler demain")
    assert (moved.remind_at, moved.note) == (later, "Rappeler demain")
    await operations.delete_reminder(agent, store, moved)
    assert store.reminders[ticket.id] == [] and changes[-1] == (ticket.id, 0)
    with pytest.raises(ApiError) as past:
        await operations.create_reminder(agent, store, ticket.id, remind_at=soon - timedelta(days=2))
    assert past.value.code in {"must_be_future", "validation_error"}


async def test_reference_lists_for_the_pickers(make_ctx, sign_in_as):
    alice = await signed_in(make_ctx, sign_in_as, CLIENT_A)
    store = TicketStore()
    assert [c.name for c in await operations.load_categories(alice, store)][:1] == ["Commande"]
    orders = await operations.load_orders(alice)
    products = await operations.load_delivered_products(alice)
    assert orders and {o.customer for o in orders} == {1}
    assert products and {p.customer for p in products} == {1}
    agent = await signed_in(make_ctx, sign_in_as, AGENT)
    customers = await operations.search_customers(agent, "Lefèvre")
    assert [c.id for c in customers] == [1]
