"""One async function per user action on notifications. Each calls the API, parses the answer with
the wire models (shared_schemas) and hands the result to the NotificationStore, whose signals redraw
the badge and the list. No widget here; errors (ApiError, OfflineError…) propagate to the caller."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from desktop.notifications.store import NotificationStore
from shared_schemas.common import Page
from shared_schemas.notifications import (
    NotificationOut,
    NotificationPreference,
    ReadAllResult,
    UnreadCount,
)

if TYPE_CHECKING:
    from desktop.context import AppContext

PAGE_SIZE = 30


# --- the list and the badge ------------------------------------------------------------------
async def _page(ctx: AppContext, cursor: str | None) -> Page[NotificationOut]:
    body = await ctx.api.get("notifications", cursor=cursor, page_size=PAGE_SIZE)
    return Page[NotificationOut].model_validate(body)


async def load_first_page(ctx: AppContext, store: NotificationStore) -> Page[NotificationOut]:
    """The newest notifications replace the list (what arrived live meanwhile stays)."""
    page = await _page(ctx, None)
    store.set_first_page(page)
    return page


async def load_next_page(ctx: AppContext, store: NotificationStore) -> Page[NotificationOut] | None:
    """The next older page, or None when everything is loaded. A page that comes back after the
    list was reloaded from the top (its cursor is no longer the store's) is dropped."""
    if not store.loaded:
        return await load_first_page(ctx, store)
    cursor = store.next_cursor
    if cursor is None:
        return None
    page = await _page(ctx, cursor)
    if store.next_cursor == cursor:
        store.append_page(page)
    return page


async def refresh_unread(ctx: AppContext, store: NotificationStore) -> int:
    count = UnreadCount.model_validate(await ctx.api.get("notifications/unread-count")).unread
    store.set_unread(count)
    return count


async def refresh(ctx: AppContext, store: NotificationStore) -> None:
    """The badge and the newest page together: at start-up, and when the server is back."""
    await asyncio.gather(refresh_unread(ctx, store), load_first_page(ctx, store))


# --- reading ---------------------------------------------------------------------------------
async def mark_read(ctx: AppContext, store: NotificationStore, notification_id: int) -> NotificationOut:
    """Marks one read (idempotent on the server), then reads the exact count: another desktop of
    the same user may have read it already."""
    notification = NotificationOut.model_validate(await ctx.api.post(f"notifications/{notification_id}/read"))
    store.mark_read(notification.id, notification.read_at or datetime.now(UTC))
    await refresh_unread(ctx, store)
    return notification


async def mark_all_read(ctx: AppContext, store: NotificationStore) -> ReadAllResult:
    """Everything up to the newest notification known here: one that arrives while the request is
    on its way (a higher id) stays unread, since the user has not seen it."""
    if not store.loaded:
        await load_first_page(ctx, store)
    up_to_id = store.last_id
    if up_to_id == 0:
        return ReadAllResult(marked=0, unread=await refresh_unread(ctx, store))
    result = ReadAllResult.model_validate(await ctx.api.post("notifications/read-all", {"up_to_id": up_to_id}))
    store.mark_all_read(up_to_id, datetime.now(UTC), result.unread)
    return result


# --- preferences -----------------------------------------------------------------------------
async def load_preferences(ctx: AppContext) -> list[NotificationPreference]:
    """One entry per type this user may receive (a client: replies and status changes)."""
    body = await ctx.api.get("notification-preferences")
    return [NotificationPreference.model_validate(entry) for entry in body]


async def save_preference(ctx: AppContext, preference: NotificationPreference) -> list[NotificationPreference]:
    """Changes one type only (PATCH); the answer is every preference as the server now has them."""
    body = await ctx.api.patch("notification-preferences", [preference.model_dump()])
    return [NotificationPreference.model_validate(entry) for entry in body]
