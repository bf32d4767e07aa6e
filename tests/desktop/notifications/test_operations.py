"""The notification operations against the real server: notifications are made for real (an agent
replies to Claire's ticket, so Claire is told), then listed, counted and read through the API. Each
test reads into a store of its own: the context's store also gets what the push channel brings."""

import pytest

from desktop.notifications import operations
from desktop.notifications.store import NotificationStore
from shared_schemas.enums import CLIENT_NOTIFICATION_TYPES, NotificationType
from shared_schemas.notifications import NotificationPreference
from tests.desktop.tickets.helpers import AGENT, CLIENT_A, new_ticket, signed_in

pytestmark = pytest.mark.asyncio


async def reply(ctx, ticket_id: int, body: str = "Bonjour, un technicien passe demain.") -> None:
    await ctx.api.post(f"tickets/{ticket_id}/messages", {"body": body, "kind": "reply"})


async def claire_and_julien(make_ctx, sign_in_as):
    """Claire (client) with a fresh ticket and nothing unread; Julien (agent) who answers her."""
    claire = await signed_in(make_ctx, sign_in_as, CLIENT_A)
    julien = await signed_in(make_ctx, sign_in_as, AGENT)
    ticket = await new_ticket(claire)
    await claire.api.post("notifications/read-all", {})
    return claire, julien, ticket, NotificationStore()


async def test_a_reply_reaches_the_requester_with_its_text(make_ctx, sign_in_as):
    claire, julien, ticket, store = await claire_and_julien(make_ctx, sign_in_as)
    await reply(julien, ticket.id, "Le colis part ce soir.")
    assert await operations.refresh_unread(claire, store) == 1
    page = await operations.load_first_page(claire, store)
    newest = page.results[0]
    assert (newest.type, newest.ticket, newest.read_at) == (NotificationType.MESSAGE_CREATED, ticket.id, None)
    assert newest.payload.excerpt == "Le colis part ce soir." and newest.payload.actor.full_name == "Julien Roche"
    assert store.items[0] == newest and store.unread == 1


async def test_pages_follow_the_server_cursor_newest_first(make_ctx, sign_in_as, monkeypatch):
    claire, julien, ticket, store = await claire_and_julien(make_ctx, sign_in_as)
    for number in range(3):
        await reply(julien, ticket.id, f"Réponse {number}")
    monkeypatch.setattr(operations, "PAGE_SIZE", 2)
    first = await operations.load_first_page(claire, store)
    second = await operations.load_next_page(claire, store)
    assert len(first.results) == 2 and first.next_cursor and second is not None
    ids = [n.id for n in store.items]
    assert ids == sorted(ids, reverse=True) and len(ids) == len(set(ids)) == 2 + len(second.results)
    assert [n.payload.excerpt for n in store.items[:3]] == ["Réponse 2", "Réponse 1", "Réponse 0"]


async def test_marking_one_read_reads_it_on_the_server(make_ctx, sign_in_as):
    claire, julien, ticket, store = await claire_and_julien(make_ctx, sign_in_as)
    await reply(julien, ticket.id, "Premier message")
    await reply(julien, ticket.id, "Second message")
    await operations.refresh(claire, store)
    assert store.unread == 2
    read = await operations.mark_read(claire, store, store.items[1].id)
    assert read.read_at is not None and store.items[1].read_at is not None and store.unread == 1
    unread = await claire.api.get("notifications", unread="true")
    assert [n["payload"]["excerpt"] for n in unread["results"]][:1] == ["Second message"]
    assert read.id not in {n["id"] for n in unread["results"]}


async def test_reading_all_leaves_unread_what_arrived_after_the_newest_known(make_ctx, sign_in_as):
    claire, julien, ticket, store = await claire_and_julien(make_ctx, sign_in_as)
    await reply(julien, ticket.id, "Vu")
    await operations.load_first_page(claire, store)
    await reply(julien, ticket.id, "Pas encore vu")  # on its way while Claire reads the list
    result = await operations.mark_all_read(claire, store)
    assert result.unread == 1 and store.unread == 1
    unread = await claire.api.get("notifications", unread="true")
    assert [n["payload"]["excerpt"] for n in unread["results"]] == ["Pas encore vu"]
    assert all(n.read_at is not None for n in store.items)


async def test_a_client_sets_preferences_only_for_client_types(make_ctx, sign_in_as):
    claire = await signed_in(make_ctx, sign_in_as, CLIENT_A)
    preferences = await operations.load_preferences(claire)
    assert {p.type for p in preferences} == {t.value for t in CLIENT_NOTIFICATION_TYPES}
    status = next(p for p in preferences if p.type == NotificationType.TICKET_STATUS_CHANGED)
    try:
        answer = await operations.save_preference(claire, status.model_copy(update={"email": not status.email}))
        changed = next(p for p in answer if p.type == status.type)
        assert changed == NotificationPreference(type=status.type, in_app=status.in_app, email=not status.email)
        assert next(p for p in await operations.load_preferences(claire) if p.type == status.type) == changed
    finally:
        await operations.save_preference(claire, status)


async def test_staff_set_preferences_for_every_type(make_ctx, sign_in_as):
    julien = await signed_in(make_ctx, sign_in_as, AGENT)
    assert [p.type for p in await operations.load_preferences(julien)] == [t.value for t in NotificationType]
