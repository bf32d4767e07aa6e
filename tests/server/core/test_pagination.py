from datetime import UTC, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from core.errors import ValidationFailed
from core.pagination import Ordering, _decode, _encode, keyset_page
from crm.models import Customer, Order
from notifications.models import Notification
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


def test_it_walks_tickets_dated_at_both_ends_of_the_calendar(alice):
    edges = [datetime(1, 1, 1, tzinfo=UTC), datetime(9999, 12, 31, 23, 59, 59, 999999, tzinfo=UTC)]
    created = [factories.make_ticket(alice) for _ in range(4)]
    for ticket, moment in zip(created, edges * 2, strict=True):
        Ticket.objects.filter(pk=ticket.pk).update(last_activity_at=moment)
    seen, cursor = [], None
    while True:
        page = keyset_page(Ticket.objects.all(), ordering=Ordering("last_activity_at"), cursor=cursor, size=1)
        seen += [t.pk for t in page.items]
        if (cursor := page.next_cursor) is None:
            break
    assert sorted(seen) == sorted(t.pk for t in created)


_FIELDS = {
    "datetime": Ticket._meta.get_field("last_activity_at"),
    "date": Order._meta.get_field("ordered_at"),
    "text": Customer._meta.get_field("name"),
    "id": Notification._meta.get_field("id"),
}
_KEYS = {
    "datetime": st.datetimes(timezones=st.just(UTC)),
    "date": st.dates(),
    "text": st.text(st.characters(blacklist_categories=["Cs"], blacklist_characters="\x00")),
    "id": st.integers(-(2**63), 2**63 - 1),
}


@pytest.mark.parametrize("kind", list(_FIELDS))
@given(data=st.data())
def test_any_key_the_database_can_hold_comes_back_from_its_cursor(kind, data):
    key = data.draw(_KEYS[kind])
    pk = data.draw(st.integers(1, 2**63 - 1))

    assert _decode(_encode(key, pk), _FIELDS[kind]) == (key, pk)


@given(text=st.text(max_size=60))
def test_any_text_is_a_valid_cursor_or_an_invalid_one_never_an_error(text):
    for field in _FIELDS.values():
        try:
            _decode(text, field)
        except ValidationFailed as exc:
            assert exc.code == "invalid_cursor"
