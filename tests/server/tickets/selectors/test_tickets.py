from datetime import timedelta

import pytest
from django.utils import timezone

from core.errors import ValidationFailed
from shared_schemas.enums import TicketQueue, TicketStatus
from tests.server import factories
from tickets.models import Ticket
from tickets.selectors.tickets import TicketListFilters, ticket_list

pytestmark = pytest.mark.django_db


def listed(user, **filters) -> list[Ticket]:
    return ticket_list(user=user, filters=TicketListFilters(**filters)).items


@pytest.fixture
def board(alice, bob, agent, agent2):
    """One ticket per situation, the most recent activity last."""
    now = timezone.now()
    specs = {
        "open": dict(requester=alice),
        "mine": dict(requester=alice, assignee=agent, status=TicketStatus.IN_PROGRESS),
        "theirs": dict(requester=bob, assignee=agent2, status=TicketStatus.WAITING),
        "due": dict(requester=bob, due_at=now + timedelta(hours=2)),
        "due_later": dict(requester=alice, due_at=now + timedelta(hours=8), assignee=agent),
        "resolved": dict(requester=alice, status=TicketStatus.RESOLVED, due_at=now),
        "closed": dict(requester=bob, status=TicketStatus.CLOSED),
    }
    tickets = {}
    for minutes, (name, spec) in enumerate(specs.items()):
        ticket = factories.make_ticket(spec.pop("requester"), **spec)
        Ticket.objects.filter(pk=ticket.pk).update(last_activity_at=now - timedelta(minutes=60 - minutes))
        tickets[name] = ticket
    return tickets


def names(board, tickets) -> list[str]:
    by_id = {ticket.id: name for name, ticket in board.items()}
    return [by_id[ticket["id"]] for ticket in tickets]


@pytest.mark.parametrize(
    ("queue", "expected"),
    [
        (TicketQueue.OPEN, ["due_later", "due", "theirs", "mine", "open"]),
        (TicketQueue.MINE, ["due_later", "mine"]),
        (TicketQueue.UNASSIGNED, ["due", "open"]),
        (TicketQueue.DUE_SOON, ["due", "due_later"]),
        (TicketQueue.CLOSED, ["closed", "resolved"]),
        (TicketQueue.ALL, ["closed", "resolved", "due_later", "due", "theirs", "mine", "open"]),
    ],
)
def test_each_queue_lists_its_tickets_in_its_order(queue, expected, agent, board):
    assert names(board, listed(agent, queue=queue)) == expected


def test_a_client_lists_only_its_customer_tickets(alice, board):
    assert names(board, listed(alice, queue=TicketQueue.ALL)) == ["resolved", "due_later", "mine", "open"]


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        ({"statuses": ["waiting", "closed"]}, ["closed", "theirs"]),
        ({"priorities": ["high"]}, []),
        ({"assignee": "none"}, ["closed", "resolved", "due", "open"]),
        ({"assignee": "me"}, ["due_later", "mine"]),
        ({"q": "zzz-nothing"}, []),
    ],
)
def test_filters_narrow_the_queue(filters, expected, agent, board):
    assert names(board, listed(agent, queue=TicketQueue.ALL, **filters)) == expected


def test_filters_by_customer_requester_category_and_assignee_id(agent, agent2, alice, board):
    assert names(board, listed(agent, queue=TicketQueue.ALL, customer_id=alice.customer_id)) == [
        "resolved", "due_later", "mine", "open"
    ]
    assert names(board, listed(agent, queue=TicketQueue.ALL, requester_id=alice.id, assignee=agent.id)) == [
        "due_later", "mine"
    ]
    other = factories.make_category("Autre")
    assert listed(agent, queue=TicketQueue.ALL, category_id=other.id) == []
    assert names(board, listed(agent, queue=TicketQueue.ALL, assignee=agent2.id)) == ["theirs"]


def test_date_filters_bound_creation_and_last_activity(agent, board):
    now = timezone.now()
    recent = now - timedelta(minutes=55, seconds=30)
    oldest = now - timedelta(minutes=59, seconds=30)
    assert names(board, listed(agent, queue=TicketQueue.ALL, updated_after=recent)) == ["closed", "resolved"]
    assert names(board, listed(agent, queue=TicketQueue.ALL, updated_before=oldest)) == ["open"]
    assert listed(agent, queue=TicketQueue.ALL, created_after=now + timedelta(minutes=1)) == []
    assert len(listed(agent, queue=TicketQueue.ALL, created_before=now + timedelta(minutes=1))) == 7


def test_search_finds_a_reference_its_number_or_words(agent, alice):
    ticket = factories.make_ticket(alice, subject="Imprimante bloquée", description="Bourrage papier")
    Ticket.objects.filter(pk=ticket.pk).update(reference="SAV-2026-000123")
    for q in ("sav-2026-000123", "123", "000123", "imprimante", "BOURRAGE"):
        assert [row["id"] for row in listed(agent, queue=TicketQueue.ALL, q=q)] == [ticket.id], q
    assert listed(agent, queue=TicketQueue.ALL, q="12") == []


def test_pages_follow_each_other_without_gaps_or_repeats(agent, board):
    seen, cursor = [], None
    while True:
        page = ticket_list(user=agent, filters=TicketListFilters(queue=TicketQueue.ALL, page_size=3, cursor=cursor))
        seen += page.items
        cursor = page.next_cursor
        if cursor is None:
            break
    assert names(board, seen) == ["closed", "resolved", "due_later", "due", "theirs", "mine", "open"]


def test_due_soon_pages_follow_the_due_date(agent, board):
    first = ticket_list(user=agent, filters=TicketListFilters(queue=TicketQueue.DUE_SOON, page_size=1))
    second = ticket_list(
        user=agent, filters=TicketListFilters(queue=TicketQueue.DUE_SOON, page_size=1, cursor=first.next_cursor)
    )
    assert names(board, first.items + second.items) == ["due", "due_later"]
    assert second.next_cursor is None


def test_a_forged_cursor_is_refused(agent, board):
    with pytest.raises(ValidationFailed):
        listed(agent, cursor="garbage")


@pytest.mark.parametrize(
    ("ordering", "expected_first"), [("created_at", "open"), ("-created_at", "closed"), ("last_activity_at", "open")]
)
def test_allowed_orderings_sort_the_list(ordering, expected_first, agent, board):
    assert names(board, listed(agent, queue=TicketQueue.ALL, ordering=ordering))[0] == expected_first
