"""One async function per user action on tickets. Each calls the API, parses the answer with the
wire models (shared_schemas) and hands the result to the TicketStore, whose signals redraw the
views. No widget here; errors (ApiError, OfflineError…) propagate to the caller, which shows them."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import TYPE_CHECKING, Any

from desktop.tickets.queries import TicketQuery
from desktop.tickets.store import TicketStore
from shared_schemas.accounts import AgentOut, UserOut
from shared_schemas.common import Page
from shared_schemas.crm import CustomerOut, DeliveredProductOut, OrderOut
from shared_schemas.enums import MessageKind, TicketAction, TicketPriority
from shared_schemas.tickets import (
    CategoryOut,
    MessageCreate,
    MessageOut,
    RatingOut,
    ReminderOut,
    TicketCreate,
    TicketDetail,
    TicketListItem,
)

if TYPE_CHECKING:
    from desktop.context import AppContext

TRANSITIONS = (TicketAction.START, TicketAction.WAIT, TicketAction.RESOLVE, TicketAction.CLOSE, TicketAction.REOPEN)
PICKER_PAGE_SIZE = 100


def new_client_uuid() -> uuid.UUID:
    """One per draft (ticket or message): a retry of the same draft never creates a duplicate."""
    return uuid.uuid4()


def _idempotency(client_uuid: uuid.UUID | None) -> dict[str, str] | None:
    return {"Idempotency-Key": str(client_uuid)} if client_uuid else None


# --- lists -----------------------------------------------------------------------------------
async def load_ticket_page(ctx: AppContext, query: TicketQuery, cursor: str | None) -> Page[TicketListItem]:
    body = await ctx.api.get("tickets", **query.params(cursor))
    return Page[TicketListItem].model_validate(body)


def ticket_page_fetcher(ctx: AppContext, query: TicketQuery):
    """The `fetch_page(cursor)` of a PagedTableModel showing `query`."""

    async def fetch(cursor: str | None) -> Page[TicketListItem]:
        return await load_ticket_page(ctx, query, cursor)

    return fetch


# --- one ticket ------------------------------------------------------------------------------
async def _fetch_detail(ctx: AppContext, ticket_id: int) -> TicketDetail:
    return TicketDetail.model_validate(await ctx.api.get(f"tickets/{ticket_id}"))


async def open_ticket(ctx: AppContext, store: TicketStore, ticket_id: int) -> TicketDetail:
    store.request(ticket_id)
    detail = await _fetch_detail(ctx, ticket_id)
    store.apply_detail(detail)
    return detail


async def refresh_ticket(ctx: AppContext, store: TicketStore, ticket_id: int) -> TicketDetail:
    detail = await _fetch_detail(ctx, ticket_id)
    store.apply_detail(detail)
    return detail


async def post_ticket(ctx: AppContext, draft: TicketCreate) -> TicketDetail:
    """`draft.client_uuid` is set once per draft: sending it again returns the first ticket."""
    body = await ctx.api.post("tickets", draft.payload(), headers=_idempotency(draft.client_uuid))
    return TicketDetail.model_validate(body)


async def create_ticket(ctx: AppContext, store: TicketStore, draft: TicketCreate) -> TicketDetail:
    detail = await post_ticket(ctx, draft)
    store.apply_created(detail)
    return detail


async def send_message(
    ctx: AppContext,
    store: TicketStore,
    ticket_id: int,
    *,
    body: str,
    kind: MessageKind = MessageKind.REPLY,
    client_uuid: uuid.UUID | None = None,
    attachment_ids: list[int] | None = None,
) -> MessageOut:
    """A reply or an internal note (with the files uploaded for it); then the ticket is read again
    (a client reply may reopen it)."""
    message = await post_message(
        ctx, ticket_id, body=body, kind=kind, client_uuid=client_uuid, attachment_ids=attachment_ids
    )
    await refresh_ticket(ctx, store, ticket_id)
    return message


async def post_message(
    ctx: AppContext,
    ticket_id: int,
    *,
    body: str,
    kind: MessageKind = MessageKind.REPLY,
    client_uuid: uuid.UUID | None = None,
    attachment_ids: list[int] | None = None,
) -> MessageOut:
    payload = MessageCreate(
        body=body, kind=kind, client_uuid=client_uuid, attachments=list(attachment_ids or [])
    ).payload()
    return MessageOut.model_validate(
        await ctx.api.post(f"tickets/{ticket_id}/messages", payload, headers=_idempotency(client_uuid))
    )


async def assign(ctx: AppContext, store: TicketStore, ticket_id: int, assignee_id: int | None) -> TicketDetail:
    detail = TicketDetail.model_validate(await ctx.api.post(f"tickets/{ticket_id}/assign", {"assignee": assignee_id}))
    store.apply_detail(detail)
    return detail


async def _edit(ctx: AppContext, store: TicketStore, ticket_id: int, changes: dict[str, Any]) -> TicketDetail:
    detail = TicketDetail.model_validate(await ctx.api.patch(f"tickets/{ticket_id}", changes))
    store.apply_detail(detail)
    return detail


async def set_priority(ctx: AppContext, store: TicketStore, ticket_id: int, priority: TicketPriority) -> TicketDetail:
    return await _edit(ctx, store, ticket_id, {"priority": priority.value})


async def set_category(ctx: AppContext, store: TicketStore, ticket_id: int, category_id: int) -> TicketDetail:
    return await _edit(ctx, store, ticket_id, {"category": category_id})


async def set_due(ctx: AppContext, store: TicketStore, ticket_id: int, due_at: datetime | None) -> TicketDetail:
    """The GTR deadline; None removes it."""
    return await _edit(ctx, store, ticket_id, {"due_at": due_at.isoformat() if due_at else None})


async def transition(ctx: AppContext, store: TicketStore, ticket_id: int, action: TicketAction) -> TicketDetail:
    if action not in TRANSITIONS:
        raise ValueError(f"{action} is not a status change")
    detail = TicketDetail.model_validate(await ctx.api.post(f"tickets/{ticket_id}/{action.value}"))
    store.apply_detail(detail)
    return detail


async def add_watcher(ctx: AppContext, store: TicketStore, ticket_id: int, user_id: int) -> TicketDetail:
    await ctx.api.post(f"tickets/{ticket_id}/watchers", {"user": user_id})
    return await refresh_ticket(ctx, store, ticket_id)


async def remove_watcher(ctx: AppContext, store: TicketStore, ticket_id: int, user_id: int) -> TicketDetail:
    await ctx.api.delete(f"tickets/{ticket_id}/watchers/{user_id}")
    return await refresh_ticket(ctx, store, ticket_id)


async def rate(ctx: AppContext, store: TicketStore, ticket_id: int, *, stars: int, comment: str = "") -> RatingOut:
    rating = RatingOut.model_validate(
        await ctx.api.post(f"tickets/{ticket_id}/rating", {"stars": stars, "comment": comment})
    )
    await refresh_ticket(ctx, store, ticket_id)
    return rating


# --- reminders (staff) -----------------------------------------------------------------------
async def load_reminders(ctx: AppContext, store: TicketStore, ticket_id: int) -> list[ReminderOut]:
    reminders = [ReminderOut.model_validate(r) for r in await ctx.api.get(f"tickets/{ticket_id}/reminders")]
    store.apply_reminders(ticket_id, reminders)
    return reminders


async def create_reminder(
    ctx: AppContext,
    store: TicketStore,
    ticket_id: int,
    *,
    remind_at: datetime,
    recipient: int | None = None,
    note: str = "",
) -> ReminderOut:
    payload: dict[str, Any] = {"remind_at": remind_at.isoformat(), "note": note}
    if recipient is not None:
        payload["recipient"] = recipient
    reminder = ReminderOut.model_validate(await ctx.api.post(f"tickets/{ticket_id}/reminders", payload))
    await _after_reminder_change(ctx, store, ticket_id)
    return reminder


async def update_reminder(
    ctx: AppContext,
    store: TicketStore,
    reminder: ReminderOut,
    *,
    remind_at: datetime | None = None,
    recipient: int | None = None,
    note: str | None = None,
) -> ReminderOut:
    changes: dict[str, Any] = {}
    if remind_at is not None and remind_at != reminder.remind_at:
        changes["remind_at"] = remind_at.isoformat()
    if recipient is not None and recipient != reminder.recipient.id:
        changes["recipient"] = recipient
    if note is not None and note != reminder.note:
        changes["note"] = note
    if not changes:
        return reminder
    updated = ReminderOut.model_validate(await ctx.api.patch(f"reminders/{reminder.id}", changes))
    await _after_reminder_change(ctx, store, reminder.ticket)
    return updated


async def delete_reminder(ctx: AppContext, store: TicketStore, reminder: ReminderOut) -> None:
    await ctx.api.delete(f"reminders/{reminder.id}")
    await _after_reminder_change(ctx, store, reminder.ticket)


async def _after_reminder_change(ctx: AppContext, store: TicketStore, ticket_id: int) -> None:
    await load_reminders(ctx, store, ticket_id)
    await refresh_ticket(ctx, store, ticket_id)


# --- reference data for pickers --------------------------------------------------------------
async def load_categories(ctx: AppContext, store: TicketStore) -> list[CategoryOut]:
    categories = [CategoryOut.model_validate(c) for c in await ctx.api.get("categories")]
    store.set_categories(categories)
    return categories


async def load_agents(ctx: AppContext, store: TicketStore) -> list[AgentOut]:
    agents = sorted((AgentOut.model_validate(a) for a in await ctx.api.get("agents")), key=lambda a: a.full_name)
    store.set_agents(agents)
    return agents


async def search_customers(ctx: AppContext, text: str = "") -> list[CustomerOut]:
    body = await ctx.api.get("customers", q=text.strip(), is_active="true", page_size=PICKER_PAGE_SIZE)
    return Page[CustomerOut].model_validate(body).results


async def load_orders(ctx: AppContext, customer_id: int | None = None) -> list[OrderOut]:
    """The most recent orders of a customer (a client always gets their own company's)."""
    body = await ctx.api.get("orders", customer=customer_id, page_size=PICKER_PAGE_SIZE)
    return Page[OrderOut].model_validate(body).results


async def load_delivered_products(ctx: AppContext, customer_id: int | None = None) -> list[DeliveredProductOut]:
    body = await ctx.api.get("delivered-products", customer=customer_id, page_size=PICKER_PAGE_SIZE)
    return Page[DeliveredProductOut].model_validate(body).results


async def load_requesters(ctx: AppContext, customer_id: int) -> list[UserOut]:
    """The customer's client accounts (needs users.manage; otherwise staff open tickets as themselves)."""
    body = await ctx.api.get(
        "users", audience="client", customer=customer_id, is_active="true", page_size=PICKER_PAGE_SIZE
    )
    return Page[UserOut].model_validate(body).results
