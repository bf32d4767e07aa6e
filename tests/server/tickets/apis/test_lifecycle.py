import pytest

from shared_schemas.enums import TicketStatus
from tickets.models import Ticket, TicketEvent

pytestmark = pytest.mark.django_db


def action_url(ticket, action):
    return f"/api/v1/tickets/{ticket.id}/{action}"


def put_in(ticket, status):
    Ticket.objects.filter(pk=ticket.pk).update(status=status)


@pytest.mark.parametrize(
    ("status", "action", "expected"),
    [
        ("open", "start", "in_progress"),
        ("waiting", "start", "in_progress"),
        ("in_progress", "wait", "waiting"),
        ("waiting", "resolve", "resolved"),
        ("resolved", "close", "closed"),
        ("closed", "reopen", "open"),
    ],
)
def test_staff_move_a_ticket_along_and_get_its_new_detail(status, action, expected, api_as, agent, alice_ticket):
    put_in(alice_ticket, status)
    response = api_as(agent).post(action_url(alice_ticket, action))
    assert response.status_code == 200, response.content
    detail = response.json()
    assert detail["status"] == expected
    assert detail["events"][-1]["data"] == {"from": status, "to": expected}
    assert action not in detail["allowed_actions"]


@pytest.mark.parametrize(
    ("status", "action"),
    [("in_progress", "start"), ("waiting", "wait"), ("resolved", "resolve"), ("closed", "close"), ("open", "reopen")],
)
def test_a_refused_transition_is_a_conflict_and_changes_nothing(status, action, api_as, agent, alice_ticket):
    put_in(alice_ticket, status)
    before = Ticket.objects.values().get()
    response = api_as(agent).post(action_url(alice_ticket, action))
    assert response.status_code == 409
    payload = response.json()
    assert payload["code"] == "transition_not_allowed"
    assert f"This ticket is {status}" in payload["detail"]
    assert Ticket.objects.values().get() == before
    assert TicketEvent.objects.count() == 1


@pytest.mark.parametrize("action", ["start", "wait", "resolve", "close", "reopen"])
def test_clients_change_no_status(action, api_as, alice, alice_ticket):
    put_in(alice_ticket, TicketStatus.RESOLVED if action == "reopen" else TicketStatus.OPEN)
    response = api_as(alice).post(action_url(alice_ticket, action))
    assert (response.status_code, response.json()["code"]) == (403, "staff_only")


def test_staff_without_the_reopen_permission_cannot_reopen(api_as, helper_agent, agent, alice_ticket):
    api_as(agent).post(f"/api/v1/tickets/{alice_ticket.id}/watchers", {"user": helper_agent.id})
    put_in(alice_ticket, TicketStatus.CLOSED)
    response = api_as(helper_agent).post(action_url(alice_ticket, "reopen"))
    assert (response.status_code, response.json()["permission"]) == (403, "tickets.reopen")


def test_staff_cannot_act_on_a_ticket_they_do_not_see(api_as, helper_agent, alice_ticket):
    assert api_as(helper_agent).post(action_url(alice_ticket, "start")).status_code == 404


def test_an_action_takes_no_body(api_as, agent, alice_ticket):
    response = api_as(agent).post(action_url(alice_ticket, "resolve"), {"status": "closed"})
    assert (response.status_code, response.json()["code"]) == (400, "unknown_field")
    assert Ticket.objects.get().status == TicketStatus.OPEN


def test_an_action_is_a_post(api_as, agent, alice_ticket):
    assert api_as(agent).get(action_url(alice_ticket, "start")).status_code == 405
