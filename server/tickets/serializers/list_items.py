"""The list row of a ticket, built straight from a `selectors.tickets.LIST_COLUMNS` row.

The ticket list is the hottest read of the product: a plain function costs a tenth of a DRF
serializer per row. `TicketListItemSerializer` still documents the shape in the OpenAPI schema,
and the contract tests hold both to the same `shared_schemas.tickets.TicketListItem`."""

from datetime import datetime, tzinfo
from typing import Any

from django.utils import timezone


def iso_datetime(value: datetime | None, zone: tzinfo) -> str | None:
    """As DRF writes a DateTimeField: ISO 8601 in the server's time zone, `Z` for UTC."""
    if value is None:
        return None
    text = value.astimezone(zone).isoformat()
    return text[:-6] + "Z" if text.endswith("+00:00") else text


def _person(user_id: int | None, full_name: str | None) -> dict[str, Any] | None:
    return None if user_id is None else {"id": user_id, "full_name": full_name}


def ticket_list_items(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    zone = timezone.get_current_timezone()  # once per page: it is a context-local lookup
    return [ticket_list_item_data(row, zone) for row in rows]


def ticket_list_item_data(row: dict[str, Any], zone: tzinfo) -> dict[str, Any]:
    return {
        "id": row["id"],
        "reference": row["reference"],
        "subject": row["subject"],
        "status": row["status"],
        "priority": row["priority"],
        "category": {"id": row["category_id"], "name": row["category__name"]},
        "customer": {"id": row["customer_id"], "name": row["customer__name"]},
        "requester": _person(row["requester_id"], row["requester__full_name"]),
        "assignee": _person(row["assignee_id"], row["assignee__full_name"]),
        "created_at": iso_datetime(row["created_at"], zone),
        "last_activity_at": iso_datetime(row["last_activity_at"], zone),
        "due_at": iso_datetime(row["due_at"], zone),
        "resolved_at": iso_datetime(row["resolved_at"], zone),
        "closed_at": iso_datetime(row["closed_at"], zone),
    }
