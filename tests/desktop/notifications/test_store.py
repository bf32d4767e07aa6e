"""The NotificationStore on its own: live arrivals deduplicated by id and kept in id order, the
unread count, pages from the server, reads, and what a sign-out leaves (nothing)."""

from datetime import UTC, datetime

import pytest

from desktop.notifications.store import NotificationStore
from shared_schemas.common import Page
from shared_schemas.notifications import NotificationOut

NOW = datetime(2026, 3, 12, 9, 0, tzinfo=UTC)


def notification(id_: int, *, read: bool = False) -> NotificationOut:
    return NotificationOut.model_validate(
        {
            "id": id_,
            "type": "message.created",
            "ticket": 100 + id_,
            "payload": {"reference": f"SAV-2026-{id_:05d}", "subject": "Colis abîmé"},
            "created_at": NOW.isoformat(),
            "read_at": NOW.isoformat() if read else None,
        }
    )


def page(*ids: int, next_cursor: str | None = None) -> Page[NotificationOut]:
    return Page[NotificationOut](results=[notification(i) for i in ids], next_cursor=next_cursor)


@pytest.fixture
def store(qapp):
    return NotificationStore()


def record(signal) -> list:
    seen: list = []
    signal.connect(lambda *args: seen.append(args[0] if args else None))
    return seen


def test_a_live_notification_is_inserted_in_id_order_and_counted_unread(store):
    received, counts = record(store.received), record(store.unread_changed)
    assert store.receive(notification(5)) and store.receive(notification(9)) and store.receive(notification(7))
    assert [n.id for n in store.items] == [9, 7, 5]
    assert store.last_id == 9 and store.unread == 3
    assert [n.id for n in received] == [5, 9, 7] and counts == [1, 2, 3]


def test_the_same_id_twice_is_ignored(store):
    store.receive(notification(5))
    received, changed = record(store.received), record(store.changed)
    assert store.receive(notification(5)) is False
    assert len(store) == 1 and store.unread == 1 and received == [] and changed == []


def test_a_notification_already_read_elsewhere_arrives_without_counting(store):
    assert store.receive(notification(5, read=True))
    assert store.unread == 0


def test_last_id_is_zero_before_anything_is_known(store):
    assert store.last_id == 0 and store.has_more and not store.loaded


def test_the_first_page_keeps_what_arrived_live_while_it_was_read(store):
    store.receive(notification(12))  # newer than the page: arrived after the server built it
    store.receive(notification(2))  # older than the page's oldest: the next pages will bring it again
    store.set_first_page(page(11, 10, 9, next_cursor="c1"))
    assert [n.id for n in store.items] == [12, 11, 10, 9]
    assert store.loaded and store.next_cursor == "c1" and store.has_more


def test_older_pages_are_appended_without_duplicates(store):
    store.set_first_page(page(11, 10, next_cursor="c1"))
    store.append_page(page(10, 9, 8))
    assert [n.id for n in store.items] == [11, 10, 9, 8] and not store.has_more


def test_marking_read_updates_the_notification_and_the_count_once(store):
    store.receive(notification(5))
    store.receive(notification(6))
    read = record(store.read)
    store.mark_read(5, NOW)
    store.mark_read(5, NOW)
    assert read == [5] and store.unread == 1 and store.get(5).read_at == NOW


def test_marking_all_read_stops_at_the_given_id(store):
    for i in (5, 6, 7):
        store.receive(notification(i))
    read = record(store.read)
    store.mark_all_read(6, NOW, unread=1)
    assert sorted(read) == [5, 6] and store.unread == 1
    assert store.get(7).read_at is None


def test_activating_hands_over_the_freshest_copy(store):
    store.receive(notification(5))
    store.mark_read(5, NOW)
    activated = record(store.activated)
    store.activate(notification(5))
    assert activated[0].read_at == NOW


def test_signing_out_forgets_everything(store):
    store.set_first_page(page(3, 2, next_cursor="c"))
    store.set_unread(4)
    counts = record(store.unread_changed)
    store.clear()
    assert len(store) == 0 and store.unread == 0 and store.last_id == 0 and not store.loaded
    assert counts == [0]
