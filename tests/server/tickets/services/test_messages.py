import pytest

from core.errors import Conflict, PermissionDenied
from shared_schemas.enums import TicketEventKind, TicketStatus
from tickets.models import Message, Ticket, TicketEvent
from tickets.services import messages as message_services
from tickets.services.messages import message_add

pytestmark = pytest.mark.django_db

KEY = "0b5e7f2e-3c1a-4d5b-8e9f-1a2b3c4d5e6f"


def put_in(ticket, status, **fields):
    Ticket.objects.filter(pk=ticket.pk).update(status=status, **fields)
    ticket.refresh_from_db()
    return ticket


def test_a_client_reply_is_recorded_and_dates_the_client_activity(alice, alice_ticket):
    message = message_add(actor=alice, ticket=alice_ticket, body="Toujours en panne.").obj
    ticket = Ticket.objects.get(pk=alice_ticket.pk)
    assert (message.kind, message.author, message.ticket) == ("reply", alice, ticket)
    assert ticket.last_client_message_at == message.created_at == ticket.last_activity_at
    assert ticket.status == TicketStatus.OPEN
    event = TicketEvent.objects.latest("id")
    assert (event.kind, event.data) == (TicketEventKind.REPLY_ADDED, {"message_id": message.id})


@pytest.mark.parametrize("status", [TicketStatus.RESOLVED, TicketStatus.WAITING])
@pytest.mark.parametrize(("assigned", "expected"), [(True, TicketStatus.IN_PROGRESS), (False, TicketStatus.OPEN)])
def test_a_client_reply_hands_a_resolved_or_waiting_ticket_back_to_origyne(
    status, assigned, expected, alice, agent, alice_ticket
):
    ticket = put_in(alice_ticket, status, assignee=agent if assigned else None, resolved_at=alice_ticket.created_at)
    message_add(actor=alice, ticket=ticket, body="Le problème est revenu.")
    ticket.refresh_from_db()
    assert (ticket.status, ticket.resolved_at) == (expected, None)
    event = TicketEvent.objects.latest("id")
    assert (event.kind, event.actor, event.data) == (
        TicketEventKind.STATUS_CHANGED, alice, {"from": str(status), "to": str(expected), "reason": "client_reply"}
    )


@pytest.mark.parametrize("status", [TicketStatus.OPEN, TicketStatus.IN_PROGRESS])
def test_a_client_reply_on_an_active_ticket_keeps_its_status(status, alice, alice_ticket):
    ticket = put_in(alice_ticket, status)
    message_add(actor=alice, ticket=ticket, body="Une précision.")
    ticket.refresh_from_db()
    assert ticket.status == status
    assert not TicketEvent.objects.filter(kind=TicketEventKind.STATUS_CHANGED).exists()


@pytest.mark.parametrize("author", ["alice", "agent"])
def test_nobody_writes_in_a_closed_ticket(request, author, alice_ticket):
    ticket = put_in(alice_ticket, TicketStatus.CLOSED)
    with pytest.raises(Conflict) as exc_info:
        message_add(actor=request.getfixturevalue(author), ticket=ticket, body="Encore moi.")
    assert exc_info.value.code == "ticket_closed"
    assert not Message.objects.exists()


def test_the_first_staff_reply_dates_the_first_response_once(agent, agent2, alice_ticket):
    first = message_add(actor=agent, ticket=alice_ticket, body="Nous regardons.").obj
    message_add(actor=agent2, ticket=alice_ticket, body="Pièce commandée.")
    ticket = Ticket.objects.get(pk=alice_ticket.pk)
    assert ticket.first_response_at == first.created_at
    assert ticket.last_client_message_at is None


def test_a_staff_reply_does_not_change_the_status(agent, alice_ticket):
    ticket = put_in(alice_ticket, TicketStatus.WAITING)
    message_add(actor=agent, ticket=ticket, body="Pouvez-vous nous envoyer une photo ?")
    ticket.refresh_from_db()
    assert ticket.status == TicketStatus.WAITING


def test_an_internal_note_is_not_a_first_response(agent, alice_ticket):
    note = message_add(actor=agent, ticket=alice_ticket, body="Client déjà venu en mars.", kind="note").obj
    ticket = Ticket.objects.get(pk=alice_ticket.pk)
    assert ticket.first_response_at is None
    assert ticket.last_activity_at == note.created_at
    assert TicketEvent.objects.latest("id").kind == TicketEventKind.NOTE_ADDED


def test_a_client_can_never_write_an_internal_note(alice, alice_ticket):
    with pytest.raises(PermissionDenied):
        message_add(actor=alice, ticket=alice_ticket, body="Note ?", kind="note")
    assert not Message.objects.exists()


def test_a_retry_with_the_same_client_uuid_returns_the_first_message(alice, alice_ticket):
    first = message_add(actor=alice, ticket=alice_ticket, body="Bonjour", client_uuid=KEY)
    retry = message_add(actor=alice, ticket=alice_ticket, body="Bonjour", client_uuid=KEY)
    assert (first.replayed, retry.replayed, retry.obj) == (False, True, first.obj)
    assert Message.objects.count() == 1
    assert TicketEvent.objects.filter(kind=TicketEventKind.REPLY_ADDED).count() == 1


def test_a_retry_still_answers_after_the_ticket_was_closed(alice, alice_ticket):
    first = message_add(actor=alice, ticket=alice_ticket, body="Bonjour", client_uuid=KEY).obj
    put_in(alice_ticket, TicketStatus.CLOSED)
    assert message_add(actor=alice, ticket=alice_ticket, body="Bonjour", client_uuid=KEY).obj == first


@pytest.mark.parametrize(
    "change", [{"body": "Autre texte"}, {"kind": "note"}, {"ticket": "other"}], ids=["body", "kind", "ticket"]
)
def test_a_key_reused_for_another_message_is_a_conflict(change, agent, alice_ticket, open_ticket, alice):
    message_add(actor=agent, ticket=alice_ticket, body="Bonjour", client_uuid=KEY)
    retry = {"body": "Bonjour", "kind": "reply", "ticket": alice_ticket} | change
    if retry["ticket"] == "other":
        retry["ticket"] = open_ticket(alice)
    with pytest.raises(Conflict) as exc_info:
        message_add(actor=agent, client_uuid=KEY, **retry)
    assert exc_info.value.code == "idempotency_key_reused"
    assert Message.objects.count() == 1


def test_a_message_that_loses_the_race_returns_the_winner(alice, alice_ticket, monkeypatch):
    winner = message_add(actor=alice, ticket=alice_ticket, body="Bonjour", client_uuid=KEY).obj
    real_lookup = message_services._replayed_message
    calls = []

    def miss_once(*args, **kwargs):
        calls.append(args)
        return None if len(calls) == 1 else real_lookup(*args, **kwargs)

    monkeypatch.setattr(message_services, "_replayed_message", miss_once)
    retry = message_add(actor=alice, ticket=alice_ticket, body="Bonjour", client_uuid=KEY)
    assert retry.replayed and retry.obj == winner
    assert Message.objects.count() == 1
    assert TicketEvent.objects.filter(kind=TicketEventKind.REPLY_ADDED).count() == 1
