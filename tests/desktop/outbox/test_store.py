"""The local store: drafts survive a restart, the file is the user's alone, items keep their order
and their client UUID, a sent ticket hands its real id to the replies that waited for it."""

import stat
import uuid

import pytest

from desktop.outbox.store import (
    NEW_TICKET,
    PENDING,
    REFUSED,
    SENDING,
    OutboxStore,
    store_path,
    ticket_draft_key,
)


@pytest.fixture
def path(tmp_path):
    return store_path("https://sav.origyne.fr", 7, tmp_path)


def test_a_draft_typed_before_a_restart_is_there_after_it(path):
    draft_uuid = uuid.uuid4()
    store = OutboxStore(path)
    store.save_draft(ticket_draft_key(12), text="Le terminal redémarre en boucle.", client_uuid=draft_uuid,
                     fields={"kind": "note"})
    store.save_draft(NEW_TICKET, text="", client_uuid=uuid.uuid4(), fields={"subject": "Écran noir"})
    store.close()

    reopened = OutboxStore(path)
    draft = reopened.draft(ticket_draft_key(12))
    assert draft.text == "Le terminal redémarre en boucle."
    assert draft.fields == {"kind": "note"} and draft.client_uuid == draft_uuid
    assert reopened.draft(NEW_TICKET).fields == {"subject": "Écran noir"}
    reopened.close()


def test_the_store_is_readable_by_its_user_only(path):
    store = OutboxStore(path)
    store.save_draft(NEW_TICKET, text="secret", client_uuid=uuid.uuid4())
    for file in path.parent.iterdir():
        assert stat.S_IMODE(file.stat().st_mode) == 0o600, file
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    store.close()


def test_each_user_and_server_has_their_own_store(tmp_path):
    paths = {
        store_path("https://sav.origyne.fr", 7, tmp_path),
        store_path("https://sav.origyne.fr", 8, tmp_path),
        store_path("https://autre.origyne.fr", 7, tmp_path),
    }
    assert len(paths) == 3


def test_queueing_forgets_the_draft_and_twice_the_same_uuid_is_one_item(path):
    store = OutboxStore(path)
    message_uuid = uuid.uuid4()
    store.save_draft(ticket_draft_key(3), text="Bonjour", client_uuid=message_uuid)
    first = store.queue_message(ticket_id=3, body="Bonjour", kind="reply", client_uuid=message_uuid)
    again = store.queue_message(ticket_id=3, body="Bonjour", kind="reply", client_uuid=message_uuid)
    assert first == again and store.count() == 1
    assert store.draft(ticket_draft_key(3)) is None
    store.close()


def test_a_send_cut_by_a_crash_is_pending_again_at_the_next_start(path):
    store = OutboxStore(path)
    seq = store.queue_ticket({"subject": "Écran noir"}, uuid.uuid4())
    store.mark_sending(seq)
    assert store.item(seq).state == SENDING
    store.close()
    reopened = OutboxStore(path)
    assert reopened.item(seq).state == PENDING and reopened.item(seq).attempts == 1
    reopened.close()


def test_a_reply_waits_for_its_queued_ticket_then_goes_to_its_real_id(path):
    store = OutboxStore(path)
    ticket = store.queue_ticket({"subject": "Écran noir"}, uuid.uuid4())
    reply = store.queue_message(depends_on=ticket, body="Précision", kind="reply", client_uuid=uuid.uuid4())
    assert store.next_sendable().seq == ticket
    store.mark_sent(ticket, ticket_id=41)
    assert store.next_sendable().seq == reply and store.item(reply).ticket_id == 41
    store.close()


def test_cancelling_a_queued_ticket_cancels_the_replies_waiting_for_it(path):
    store = OutboxStore(path)
    ticket = store.queue_ticket({"subject": "Écran noir"}, uuid.uuid4())
    store.queue_message(depends_on=ticket, body="Précision", kind="reply", client_uuid=uuid.uuid4())
    store.mark_refused(ticket, "Catégorie inconnue.")
    assert store.next_sendable() is None
    assert store.item(ticket).state == REFUSED and store.item(ticket).reason == "Catégorie inconnue."
    store.cancel(ticket)
    assert store.count() == 0
    store.close()
