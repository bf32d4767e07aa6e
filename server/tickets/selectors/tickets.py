"""Ticket lists (queues, filters, search; keyset pages) and a ticket's detail, in a constant number
of queries whatever the page size or the length of the discussion."""

import re
import uuid
from dataclasses import dataclass, field
from datetime import datetime

from django.db.models import Prefetch, Q, QuerySet

from attachments.models import Attachment
from core.pagination import Ordering, Page, keyset_page
from shared_schemas.enums import TicketQueue
from tickets.models import ACTIVE, DONE, Message, Ticket, TicketEvent
from tickets.selectors.visibility import (
    events_visible_to,
    messages_visible_to,
    ticket_get_for,
    tickets_visible_to,
)

BY_LAST_ACTIVITY = Ordering("last_activity_at", descending=True)
BY_DUE_DATE = Ordering("due_at", descending=False)
ORDERINGS: dict[str, Ordering] = {
    "-last_activity_at": BY_LAST_ACTIVITY,
    "last_activity_at": Ordering("last_activity_at", descending=False),
    "-created_at": Ordering("created_at", descending=True),
    "created_at": Ordering("created_at", descending=False),
    "due_at": BY_DUE_DATE,
}
# `due_at` is null outside the due_soon queue, and a keyset cannot walk nulls.
DUE_SOON_ONLY_ORDERINGS = frozenset({"due_at"})
STAFF_ONLY_QUEUES = frozenset({TicketQueue.MINE, TicketQueue.UNASSIGNED, TicketQueue.DUE_SOON})

_REFERENCE_NUMBER = re.compile(r"^\d{1,7}$")


@dataclass(frozen=True)
class TicketListFilters:
    queue: TicketQueue = TicketQueue.OPEN
    statuses: list[str] = field(default_factory=list)
    priorities: list[str] = field(default_factory=list)
    category_id: int | None = None
    customer_id: int | None = None
    assignee: int | str | None = None  # a user id, "none" or "me"
    requester_id: int | None = None
    created_after: datetime | None = None
    created_before: datetime | None = None
    updated_after: datetime | None = None
    updated_before: datetime | None = None
    q: str = ""
    ordering: str | None = None
    cursor: str | None = None
    page_size: int = 50


def _queue_condition(queue: TicketQueue, user) -> Q:
    """The WHERE of each queue, written exactly like the predicate of its partial index."""
    return {
        TicketQueue.OPEN: ACTIVE,
        TicketQueue.MINE: ACTIVE & Q(assignee_id=user.id),
        TicketQueue.UNASSIGNED: ACTIVE & Q(assignee__isnull=True),
        TicketQueue.DUE_SOON: ACTIVE & Q(due_at__isnull=False),
        TicketQueue.CLOSED: DONE,
        TicketQueue.ALL: Q(),
    }[queue]


def _search(q: str) -> Q:
    """A reference (SAV-2026-000123, or just its number) or words of the subject/description."""
    condition = Q(reference__iexact=q) | Q(subject__icontains=q) | Q(description__icontains=q)
    if _REFERENCE_NUMBER.match(q):
        condition |= Q(reference__endswith=f"-{int(q):06d}")
    return condition


def _filters(filters: TicketListFilters, user) -> Q:
    condition = Q()
    if filters.statuses:
        condition &= Q(status__in=filters.statuses)
    if filters.priorities:
        condition &= Q(priority__in=filters.priorities)
    if filters.category_id is not None:
        condition &= Q(category_id=filters.category_id)
    if filters.customer_id is not None:
        condition &= Q(customer_id=filters.customer_id)
    if filters.assignee == "none":
        condition &= Q(assignee__isnull=True)
    elif filters.assignee == "me":
        condition &= Q(assignee_id=user.id)
    elif filters.assignee is not None:
        condition &= Q(assignee_id=filters.assignee)
    if filters.requester_id is not None:
        condition &= Q(requester_id=filters.requester_id)
    for bound, lookup in (
        (filters.created_after, "created_at__gte"),
        (filters.created_before, "created_at__lt"),
        (filters.updated_after, "last_activity_at__gte"),
        (filters.updated_before, "last_activity_at__lt"),
    ):
        if bound is not None:
            condition &= Q(**{lookup: bound})
    if filters.q:
        condition &= _search(filters.q)
    return condition


def ticket_list_ordering(filters: TicketListFilters) -> Ordering:
    if filters.ordering is None:
        return BY_DUE_DATE if filters.queue == TicketQueue.DUE_SOON else BY_LAST_ACTIVITY
    return ORDERINGS[filters.ordering]


# The columns of a list row, joined in the same query: rows are plain dicts, because building five
# model instances per row costs more than the whole indexed query.
LIST_COLUMNS = (
    "id", "reference", "subject", "status", "priority",
    "category_id", "category__name", "customer_id", "customer__name",
    "requester_id", "requester__full_name", "assignee_id", "assignee__full_name",
    "created_at", "last_activity_at", "due_at", "resolved_at", "closed_at",
)


def ticket_key_used(user, client_uuid: uuid.UUID | None) -> bool:
    """Whether `user` already opened a ticket with this idempotency key: the request is a retry."""
    return client_uuid is not None and Ticket.objects.filter(created_by=user, client_uuid=client_uuid).exists()


def ticket_list_queryset(*, user, filters: TicketListFilters) -> QuerySet[Ticket]:
    """The tickets of the list, unordered and unpaged.

    The filters go in the order of the partial indexes of `Ticket.Meta.indexes`: the client's
    customer first (ticket_customer_*), then the queue predicate; `ticket_list` sorts them in the
    index's order."""
    return (
        tickets_visible_to(user)
        .filter(_queue_condition(filters.queue, user))
        .filter(_filters(filters, user))
    )


def ticket_list(*, user, filters: TicketListFilters) -> Page:
    """One keyset page of the tickets `user` may see, as rows of LIST_COLUMNS."""
    return keyset_page(
        ticket_list_queryset(user=user, filters=filters).values(*LIST_COLUMNS),
        ordering=ticket_list_ordering(filters),
        cursor=filters.cursor,
        size=filters.page_size,
    )


def _discussion(user) -> Prefetch:
    messages = (
        Message.objects.select_related("author__role").prefetch_related("attachments").order_by("created_at", "id")
    )
    return Prefetch("messages", queryset=messages_visible_to(user, messages), to_attr="discussion")


def _opening_attachments() -> Prefetch:
    """Files sent with the ticket itself (the description is not a message)."""
    return Prefetch(
        "attachments", queryset=Attachment.objects.filter(message__isnull=True), to_attr="opening_attachments"
    )


def _history(user) -> Prefetch:
    events = TicketEvent.objects.select_related("actor").order_by("created_at", "id")
    return Prefetch("events", queryset=events_visible_to(user, events), to_attr="history")


def _detail_queryset(user) -> QuerySet[Ticket]:
    queryset = Ticket.objects.select_related(
        "category", "customer", "requester", "assignee", "order", "delivered_product__product", "rating"
    ).prefetch_related(_discussion(user), _history(user), _opening_attachments())
    if user.is_staff_member:
        queryset = queryset.prefetch_related("watchers")
    return queryset


def ticket_detail_for(user, ticket_id: int) -> Ticket:
    """A visible ticket with its discussion and history as `user` may see them (`discussion`,
    `history`) with their attachments, the opening's attachments, its watchers for staff, its rating:
    seven queries at most, however long it is."""
    return ticket_get_for(user, ticket_id, _detail_queryset(user))


def ticket_detail_after_change(user, ticket_id: int) -> Ticket:
    """The detail right after `user` changed the ticket: shown even if the change took it out of
    their sight (e.g. an agent who gave it to someone else), filtered as for them."""
    return _detail_queryset(user).get(pk=ticket_id)
