import pytest

from core.errors import Conflict, PermissionDenied
from shared_schemas.enums import TicketEventKind, TicketStatus
from tickets.models import Rating, Ticket, TicketEvent
from tickets.services.ratings import rating_create

pytestmark = pytest.mark.django_db


def put_in(ticket, status):
    Ticket.objects.filter(pk=ticket.pk).update(status=status)
    ticket.refresh_from_db()
    return ticket


@pytest.mark.parametrize("status", [TicketStatus.RESOLVED, TicketStatus.CLOSED])
def test_a_client_of_the_customer_rates_a_resolved_or_closed_ticket(status, carol, alice_ticket):
    rating = rating_create(actor=carol, ticket=put_in(alice_ticket, status), stars=5, comment="Merci !")
    assert (rating.stars, rating.comment, rating.author) == (5, "Merci !", carol)
    event = TicketEvent.objects.latest("id")
    assert (event.kind, event.data) == (TicketEventKind.RATED, {"stars": 5})


@pytest.mark.parametrize("status", [TicketStatus.OPEN, TicketStatus.IN_PROGRESS, TicketStatus.WAITING])
def test_an_active_ticket_cannot_be_rated_yet(status, alice, alice_ticket):
    with pytest.raises(Conflict) as exc_info:
        rating_create(actor=alice, ticket=put_in(alice_ticket, status), stars=4)
    assert exc_info.value.code == "ticket_not_resolved"
    assert not Rating.objects.exists()


def test_a_ticket_is_rated_once(alice, carol, alice_ticket):
    ticket = put_in(alice_ticket, TicketStatus.RESOLVED)
    rating_create(actor=alice, ticket=ticket, stars=2)
    with pytest.raises(Conflict) as exc_info:
        rating_create(actor=carol, ticket=ticket, stars=5)
    assert exc_info.value.code == "already_rated"
    assert Rating.objects.get().stars == 2


@pytest.mark.parametrize("who", ["bob", "agent"])
def test_nobody_else_rates_the_ticket(request, who, alice_ticket):
    with pytest.raises(PermissionDenied):
        rating_create(actor=request.getfixturevalue(who), ticket=put_in(alice_ticket, TicketStatus.RESOLVED), stars=1)
