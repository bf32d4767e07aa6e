"""Who is told of what: every event kind × everyone around a ticket (notifications/rules.py)."""

import pytest
from django.db import transaction

from notifications.models import EmailOutbox, Notification
from notifications.services.fanout import notify_users
from shared_schemas.enums import MessageKind, NotificationType
from tickets.services.assignment import ticket_assign, watcher_add
from tickets.services.lifecycle import ticket_resolve, ticket_start, ticket_wait
from tickets.services.messages import message_add
from tickets.services.ratings import rating_create
from tickets.services.tickets import ticket_create

pytestmark = pytest.mark.django_db
T = NotificationType


def told(cast) -> dict[str, set[str]]:
    """{notification type: names of the people notified}."""
    names = {user.id: name for name, user in cast.items()}
    result: dict[str, set[str]] = {}
    for notification in Notification.objects.all():
        result.setdefault(notification.type, set()).add(names[notification.recipient_id])
    return result


def _create(cast, ticket):
    Notification.objects.all().delete()
    ticket_create(
        actor=cast["alice"], subject="Imprimante muette", description="Plus rien.", category_id=ticket.category_id
    )


def _reply(who):
    return lambda cast, ticket: message_add(actor=cast[who], ticket=ticket, body="Nous regardons cela.")


def _note(who):
    return lambda cast, ticket: message_add(
        actor=cast[who], ticket=ticket, body="Carte mère HS.", kind=MessageKind.NOTE
    )


def _rate(cast, ticket):
    ticket_resolve(actor=cast["marc"], ticket=ticket)
    Notification.objects.all().delete()
    rating_create(actor=cast["alice"], ticket=ticket, stars=5)


def _client_reply_on_waiting(cast, ticket):
    ticket_start(actor=cast["marc"], ticket=ticket)
    ticket_wait(actor=cast["marc"], ticket=ticket)
    Notification.objects.all().delete()
    message_add(actor=cast["alice"], ticket=ticket, body="Toujours en panne.")


CASES = [
    ("a client opens a ticket", _create, {T.TICKET_CREATED: {"marc", "lea", "anne"}}),
    ("the assignee replies", _reply("marc"), {T.MESSAGE_CREATED: {"alice", "lea"}}),
    ("the requester replies", _reply("alice"), {T.MESSAGE_CREATED: {"marc", "lea"}}),
    ("another staff member replies", _reply("anne"), {T.MESSAGE_CREATED: {"alice", "marc", "lea"}}),
    ("the assignee writes a note", _note("marc"), {T.NOTE_CREATED: {"lea"}}),
    ("another staff member writes a note", _note("anne"), {T.NOTE_CREATED: {"marc", "lea"}}),
    ("the assignee starts the ticket", lambda c, t: ticket_start(actor=c["marc"], ticket=t),
     {T.TICKET_STATUS_CHANGED: {"alice", "lea"}}),
    ("the ticket is given to the watcher",
     lambda c, t: ticket_assign(actor=c["anne"], ticket=t, assignee_id=c["lea"].id),
     {T.TICKET_ASSIGNED: {"marc", "lea"}}),
    ("the ticket is given to sam",
     lambda c, t: ticket_assign(actor=c["anne"], ticket=t, assignee_id=c["sam"].id),
     {T.TICKET_ASSIGNED: {"marc", "lea", "sam"}}),
    ("the requester rates the ticket", _rate, {T.RATING_RECEIVED: {"marc", "lea"}}),
    ("a client reply hands a waiting ticket back", _client_reply_on_waiting,
     {T.MESSAGE_CREATED: {"marc", "lea"}, T.TICKET_STATUS_CHANGED: {"marc", "lea"}}),
    ("a watcher is added", lambda c, t: watcher_add(actor=c["marc"], ticket=t, user_id=c["anne"].id), {}),
]


@pytest.mark.parametrize(("action", "expected"), [case[1:] for case in CASES], ids=[case[0] for case in CASES])
def test_each_event_reaches_exactly_the_people_of_the_rules(cast, ticket, action, expected):
    action(cast, ticket)

    assert told(cast) == {str(kind): names for kind, names in expected.items()}


def test_an_internal_note_never_reaches_a_client_even_as_a_forced_watcher(cast, ticket):
    ticket.watchers.add(cast["alice"])  # a corrupted row: the service only adds staff

    message_add(actor=cast["marc"], ticket=ticket, body="Secret interne", kind=MessageKind.NOTE)
    notify_users(users=[cast["alice"]], type=T.NOTE_CREATED, ticket=ticket, payload={"excerpt": "Secret interne"})

    clients = [cast["alice"].id, cast["carol"].id, cast["bob"].id]
    assert not Notification.objects.filter(recipient_id__in=clients).exists()
    assert not EmailOutbox.objects.filter(recipient_id__in=clients).exists()
    assert not EmailOutbox.objects.filter(to_address__endswith="martin.fr").exists()


def test_notify_users_skips_clients_of_another_customer_and_staff_only_types(cast, ticket):
    ids = notify_users(
        users=[cast["alice"], cast["bob"], cast["marc"], cast["sam"]], type=T.MESSAGE_CREATED, ticket=ticket,
        payload={"reference": ticket.reference},
    )
    reminder = notify_users(users=[cast["alice"], cast["marc"]], type=T.REMINDER_DUE, ticket=ticket, payload={})

    assert {n.recipient_id for n in Notification.objects.filter(id__in=ids)} == {cast["alice"].id, cast["marc"].id}
    assert [n.recipient_id for n in Notification.objects.filter(id__in=reminder)] == [cast["marc"].id]


def test_a_rolled_back_change_notifies_nobody(cast, ticket):
    with pytest.raises(RuntimeError), transaction.atomic():
        message_add(actor=cast["marc"], ticket=ticket, body="Réponse annulée")
        assert Notification.objects.exists()
        raise RuntimeError("the request failed after the reply")

    assert not Notification.objects.exists()
    assert not EmailOutbox.objects.exists()


def test_a_committed_change_is_delivered_after_commit(cast, ticket, monkeypatch, django_capture_on_commit_callbacks):
    from notifications import delivery

    pushed = []
    monkeypatch.setattr(delivery.push, "publish", pushed.append)
    with django_capture_on_commit_callbacks(execute=True):
        message_add(actor=cast["marc"], ticket=ticket, body="Votre terminal part en atelier.")
        assert pushed == []

    assert [sorted(ids) for ids in pushed] == [list(Notification.objects.order_by("id").values_list("id", flat=True))]


def test_an_event_notifies_each_person_once_and_e_mails_follow_preferences(cast, ticket):
    message_add(actor=cast["marc"], ticket=ticket, body="Pièce commandée.")

    assert Notification.objects.count() == 2  # alice and lea
    # Alice (client) gets replies by e-mail by default; Léa (staff) does not.
    assert list(EmailOutbox.objects.values_list("to_address", flat=True)) == ["alice@martin.fr"]
