import pytest

from core.errors import TransitionNotAllowed
from shared_schemas.enums import TicketEventKind
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


def test_event_kinds_are_the_shared_enum_including_the_due_date_change():
    assert "due_at_changed" in events.EVENT_KINDS
    assert set(events.EVENT_KINDS) == {kind.value for kind in TicketEventKind}
