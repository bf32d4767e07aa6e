"""What a ticket list asks the server: a queue plus filters, turned into query parameters.
The server sorts and filters (allow-listed keys); the desktop never filters rows itself."""

from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from shared_schemas.enums import TicketPriority, TicketQueue, TicketStatus

# Assignee filter values besides a user id.
UNASSIGNED = "none"
ME = "me"


@dataclass(frozen=True)
class TicketFilters:
    """The filter bar's choices; None (or "") means "any"."""

    q: str = ""
    status: TicketStatus | None = None
    priority: TicketPriority | None = None
    category: int | None = None
    customer: int | None = None
    assignee: int | str | None = None
    created_after: datetime | None = None
    created_before: datetime | None = None

    @property
    def is_empty(self) -> bool:
        return self == TicketFilters()


# Sort orders the server accepts (an allow-list), by list column.
SORTABLE_COLUMNS = {"reference": "created_at", "last_activity": "last_activity_at"}


@dataclass(frozen=True)
class TicketQuery:
    queue: TicketQueue = TicketQueue.OPEN
    filters: TicketFilters = TicketFilters()
    page_size: int | None = None
    ordering: str | None = None  # None: the queue's own order (last activity; due date in due_soon)

    def with_queue(self, queue: TicketQueue) -> "TicketQuery":
        return replace(self, queue=queue)

    def with_filters(self, filters: TicketFilters) -> "TicketQuery":
        return replace(self, filters=filters)

    def with_ordering(self, ordering: str | None) -> "TicketQuery":
        return replace(self, ordering=ordering)

    def params(self, cursor: str | None = None) -> dict[str, Any]:
        """Query parameters of GET tickets (ApiClient drops the None / empty ones)."""
        f = self.filters
        return {
            "queue": self.queue.value,
            "q": f.q.strip(),
            "status": f.status.value if f.status else None,
            "priority": f.priority.value if f.priority else None,
            "category": f.category,
            "customer": f.customer,
            "assignee": f.assignee,
            "created_after": f.created_after.isoformat() if f.created_after else None,
            "created_before": f.created_before.isoformat() if f.created_before else None,
            "ordering": self.ordering,
            "cursor": cursor,
            "page_size": self.page_size,
        }
