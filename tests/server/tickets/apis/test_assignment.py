import pytest

from tickets.models import Ticket, TicketEvent

pytestmark = pytest.mark.django_db


def url(ticket, suffix):
    return f"/api/v1/tickets/{ticket.id}/{suffix}"


def test_staff_assign_a_ticket_which_stays_open(api_as, agent, agent2, alice_ticket):
    response = api_as(agent).post(url(alice_ticket, "assign"), {"assignee": agent2.id})
    assert response.status_code == 200
    detail = response.json()
    assert detail["assignee"] == {"id": agent2.id, "full_name": "Léa Agent"}
    assert detail["status"] == "open"
    assert detail["events"][-1]["kind"] == "assigned"


def test_null_unassigns(api_as, agent, alice_ticket):
    api_as(agent).post(url(alice_ticket, "assign"), {"assignee": agent.id})
    assert api_as(agent).post(url(alice_ticket, "assign"), {"assignee": None}).json()["assignee"] is None


@pytest.mark.parametrize("data", [{}, {"assignee": "marc"}, {"assignee": 1, "status": "in_progress"}])
def test_a_bad_assignment_body_is_refused(data, api_as, agent, alice_ticket):
    assert api_as(agent).post(url(alice_ticket, "assign"), data).status_code == 400
    assert Ticket.objects.get().assignee is None


def test_a_client_cannot_be_assigned(api_as, agent, alice, alice_ticket):
    response = api_as(agent).post(url(alice_ticket, "assign"), {"assignee": alice.id})
    assert response.status_code == 400
    assert response.json()["errors"]["assignee"][0]["code"] == "not_assignable"


def test_clients_assign_nothing(api_as, alice, agent, alice_ticket):
    assert api_as(alice).post(url(alice_ticket, "assign"), {"assignee": agent.id}).status_code == 403


def test_an_agent_who_gives_away_a_ticket_still_gets_the_answer(api_as, agent, helper_agent, alice_ticket):
    """Hugo watches the ticket; once he removes himself he no longer sees it, but the answer to
    his own change is still given."""
    api_as(agent).post(url(alice_ticket, "watchers"), {"user": helper_agent.id})
    response = api_as(helper_agent).delete(url(alice_ticket, f"watchers/{helper_agent.id}"))
    assert response.status_code == 204
    assert api_as(helper_agent).get(f"/api/v1/tickets/{alice_ticket.id}").status_code == 404


def test_watchers_are_added_once_and_listed(api_as, agent, agent2, alice_ticket):
    client = api_as(agent)
    first = client.post(url(alice_ticket, "watchers"), {"user": agent2.id})
    again = client.post(url(alice_ticket, "watchers"), {"user": agent2.id})
    assert first.status_code == again.status_code == 200
    assert again.json() == [{"id": agent2.id, "full_name": "Léa Agent"}]
    assert TicketEvent.objects.filter(kind="watcher_added").count() == 1


def test_a_client_user_cannot_watch(api_as, agent, carol, alice_ticket):
    response = api_as(agent).post(url(alice_ticket, "watchers"), {"user": carol.id})
    assert response.status_code == 400
    assert response.json()["errors"]["user"][0]["code"] == "not_staff"


def test_removing_a_watcher_is_idempotent(api_as, agent, agent2, alice_ticket):
    client = api_as(agent)
    client.post(url(alice_ticket, "watchers"), {"user": agent2.id})
    assert client.delete(url(alice_ticket, f"watchers/{agent2.id}")).status_code == 204
    assert client.delete(url(alice_ticket, f"watchers/{agent2.id}")).status_code == 204
    assert TicketEvent.objects.filter(kind="watcher_removed").count() == 1


def test_clients_manage_no_watchers(api_as, alice, agent, alice_ticket):
    assert api_as(alice).post(url(alice_ticket, "watchers"), {"user": agent.id}).status_code == 403
    assert api_as(alice).delete(url(alice_ticket, f"watchers/{agent.id}")).status_code == 403
