"""Pieces every ticket service uses: locking the ticket row, idempotent-create results."""

from dataclasses import dataclass
from typing import Generic, TypeVar

from core.errors import Conflict
from shared_schemas.enums import TicketStatus
from tickets.models import Ticket

T = TypeVar("T")


@dataclass(frozen=True)
class Created(Generic[T]):
    """What an idempotent create returns: the object, and whether it was made by an earlier call."""

    obj: T
    replayed: bool


def lock_ticket(ticket: Ticket) -> Ticket:
    """Re-read the ticket row under a row lock (PostgreSQL): concurrent changes to one ticket run one
    after the other and each sees the state the previous one left."""
    return Ticket.objects.select_for_update().get(pk=ticket.pk)


def ensure_not_closed(ticket: Ticket, detail: str = "This ticket is closed; reopen it first.") -> None:
    if ticket.status == TicketStatus.CLOSED:
        raise Conflict(detail, code="ticket_closed")


def idempotency_key_reused(what: str) -> Conflict:
    return Conflict(
        f"This idempotency key was already used for a different {what}. "
        "Send a new key for a new request.",
        code="idempotency_key_reused",
    )
