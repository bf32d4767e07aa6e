import pytest

from core.errors import ValidationFailed
from core.pagination import Ordering, keyset_page
from tests.server import factories
from tickets.models import Ticket

pytestmark = pytest.mark.django_db


def test_it_walks_every_ticket_once_across_pages(alice):
    created = [factories.make_ticket(alice) for _ in range(7)]
    Ticket.objects.filter(pk=created[3].pk).update(last_activity_at=created[2].last_activity_at)
    seen, cursor = [], None
    while True:
        page = keyset_page(Ticket.objects.all(), ordering=Ordering("last_activity_at"), cursor=cursor, size=3)
        seen += [t.pk for t in page.items]
        cursor = page.next_cursor
        if cursor is None:
            break
    assert sorted(seen) == sorted(t.pk for t in created)
    assert len(seen) == len(set(seen))


def test_it_rejects_a_forged_cursor(alice):
    with pytest.raises(ValidationFailed):
        keyset_page(Ticket.objects.all(), ordering=Ordering("last_activity_at"), cursor="not-a-cursor", size=3)


@pytest.mark.parametrize("value", ["2026-13-45T00:00:00", None, 12, [1, 2]])
def test_it_rejects_a_cursor_holding_an_impossible_key(alice, value):
    from core.pagination import _encode

    forged = _encode(value, 1) if not isinstance(value, list) else _encode("x", 1).replace("x", "")
    with pytest.raises(ValidationFailed):
        keyset_page(Ticket.objects.all(), ordering=Ordering("last_activity_at"), cursor=forged, size=3)
