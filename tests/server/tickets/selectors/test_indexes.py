"""Each queue's query is one its partial index can serve, in its sort order (PostgreSQL plans).

Sequential scans are disabled so that the planner shows which index it *can* use even on a tiny
test table; a query whose WHERE does not imply the index predicate could not use it at all."""

import pytest
from django.db import connection, transaction

from shared_schemas.enums import TicketQueue
from tickets.selectors.tickets import TicketListFilters, ticket_list_ordering, ticket_list_queryset

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(connection.vendor != "postgresql", reason="partial indexes are planned by PostgreSQL"),
]


def plan(user, **filters) -> str:
    list_filters = TicketListFilters(**filters)
    queryset = ticket_list_queryset(user=user, filters=list_filters)
    queryset = queryset.order_by(*ticket_list_ordering(list_filters).order_by)[:51]
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute("SET LOCAL enable_sort = off")
        return queryset.explain()


@pytest.mark.parametrize(
    ("queue", "index"),
    [
        (TicketQueue.OPEN, "ticket_open_queue"),
        (TicketQueue.MINE, "ticket_mine_queue"),
        (TicketQueue.UNASSIGNED, "ticket_unassigned_queue"),
        (TicketQueue.DUE_SOON, "ticket_due_queue"),
        (TicketQueue.CLOSED, "ticket_closed_queue"),
        (TicketQueue.ALL, "ticket_all_queue"),
    ],
)
def test_each_staff_queue_walks_its_own_index(queue, index, agent):
    assert index in plan(agent, queue=queue)


@pytest.mark.parametrize(
    ("queue", "index"),
    [
        (TicketQueue.OPEN, "ticket_customer_open"),
        (TicketQueue.CLOSED, "ticket_customer_closed"),
        (TicketQueue.ALL, "ticket_customer_all"),
    ],
)
def test_a_clients_queues_walk_the_customer_indexes(queue, index, alice):
    assert index in plan(alice, queue=queue)


def test_ordering_by_creation_walks_the_creation_index(agent):
    assert "ticket_created" in plan(agent, queue=TicketQueue.ALL, ordering="-created_at")
