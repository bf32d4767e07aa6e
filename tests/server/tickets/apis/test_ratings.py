import pytest

from shared_schemas.enums import TicketStatus
from tickets.models import Rating, Ticket

pytestmark = pytest.mark.django_db


def rating_url(ticket):
    return f"/api/v1/tickets/{ticket.id}/rating"


def resolve(ticket):
    Ticket.objects.filter(pk=ticket.pk).update(status=TicketStatus.RESOLVED)


def test_a_client_rates_a_resolved_ticket_once(api_as, alice, alice_ticket):
    resolve(alice_ticket)
    client = api_as(alice)
    assert "rate" in client.get(f"/api/v1/tickets/{alice_ticket.id}").json()["allowed_actions"]
    response = client.post(rating_url(alice_ticket), {"stars": 4, "comment": "Rapide"})
    assert response.status_code == 201
    assert set(response.json()) == {"ticket", "stars", "comment", "created_at"}
    detail = client.get(f"/api/v1/tickets/{alice_ticket.id}").json()
    assert detail["rating"]["stars"] == 4 and detail["rating"]["comment"] == "Rapide"
    assert "rate" not in detail["allowed_actions"]
    assert detail["events"][-1]["kind"] == "rated"
    again = client.post(rating_url(alice_ticket), {"stars": 5})
    assert (again.status_code, again.json()["code"]) == (409, "already_rated")


def test_an_open_ticket_cannot_be_rated(api_as, alice, alice_ticket):
    response = api_as(alice).post(rating_url(alice_ticket), {"stars": 4})
    assert (response.status_code, response.json()["code"]) == (409, "ticket_not_resolved")


@pytest.mark.parametrize("stars", [0, 6, "five", None])
def test_stars_go_from_one_to_five(stars, api_as, alice, alice_ticket):
    resolve(alice_ticket)
    response = api_as(alice).post(rating_url(alice_ticket), {"stars": stars})
    assert response.status_code == 400
    assert "stars" in response.json()["errors"]
    assert not Rating.objects.exists()


def test_staff_do_not_rate(api_as, agent, admin, alice_ticket):
    resolve(alice_ticket)
    assert api_as(agent).post(rating_url(alice_ticket), {"stars": 5}).status_code == 403
    assert api_as(admin).post(rating_url(alice_ticket), {"stars": 5}).status_code == 403


def test_another_customer_cannot_rate(api_as, bob, alice_ticket):
    resolve(alice_ticket)
    assert api_as(bob).post(rating_url(alice_ticket), {"stars": 1}).status_code == 404
