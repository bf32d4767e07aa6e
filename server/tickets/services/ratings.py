"""The client's satisfaction rating, once per ticket, once the ticket is resolved or closed."""

from django.db import IntegrityError, transaction
from django.utils import timezone

from core.errors import Conflict, PermissionDenied
from shared_schemas.enums import DONE_STATUSES, TicketEventKind
from tickets.models import Rating, Ticket
from tickets.services.common import lock_ticket
from tickets.services.events import record_event


def _already_rated() -> Conflict:
    return Conflict("This ticket has already been rated.", code="already_rated")


@transaction.atomic
def rating_create(*, actor, ticket: Ticket, stars: int, comment: str = "") -> Rating:
    """Only a client of the ticket's customer rates (the caller checked tickets.rate)."""
    if not actor.is_client or actor.customer_id != ticket.customer_id:
        raise PermissionDenied(
            "Only a client of this ticket's customer can rate it.", code="not_ticket_client"
        )
    ticket = lock_ticket(ticket)
    if ticket.status not in DONE_STATUSES:
        raise Conflict(
            f"This ticket is {ticket.status}: it can be rated once it is resolved or closed.",
            code="ticket_not_resolved",
        )
    if Rating.objects.filter(ticket=ticket).exists():
        raise _already_rated()
    now = timezone.now()
    try:
        with transaction.atomic():
            rating = Rating.objects.create(
                ticket=ticket, author=actor, stars=stars, comment=comment, created_at=now
            )
    except IntegrityError as exc:
        raise _already_rated() from exc
    record_event(ticket=ticket, actor=actor, kind=TicketEventKind.RATED, data={"stars": stars}, at=now)
    ticket.save(update_fields=["last_activity_at"])
    return rating
