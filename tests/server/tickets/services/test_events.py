import pytest

from core.errors import TransitionNotAllowed
from tickets.services import events
from tickets.services.lifecycle import ticket_reopen, ticket_start

pytestmark = pytest.mark.django_db


@pytest.fixture
def published(monkeypatch):
    sent = []
    monkeypatch.setattr(events, "publish_event", sent.append)
    return sent


def test_events_are_published_once_the_change_is_committed(
    agent, alice_ticket, published, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        ticket_start(actor=agent, ticket=alice_ticket)
        assert published == []
    assert [event.kind for event in published] == ["status_changed"]


def test_a_refused_change_publishes_nothing(agent, alice_ticket, published, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True) as callbacks, pytest.raises(TransitionNotAllowed):
        ticket_reopen(actor=agent, ticket=alice_ticket)
    assert callbacks == [] and published == []


def test_event_kinds_include_the_due_date_change_until_the_shared_enum_has_it():
    assert events.DUE_AT_CHANGED in events.EVENT_KINDS
    assert len(set(events.EVENT_KINDS)) == len(events.EVENT_KINDS)
