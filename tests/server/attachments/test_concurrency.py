"""Concurrent uploads and sends on PostgreSQL (real threads and connections), as in CI."""

import uuid
from datetime import timedelta
from pathlib import Path

import pytest
from django.core.files.base import ContentFile
from django.db import connection
from django.utils import timezone

from attachments.models import Attachment
from attachments.services.cleanup import attachment_delete_stale
from attachments.services.uploads import attachment_upload
from attachments.storage import attachment_storage
from tests.server import factories
from tests.server.concurrency import run_together
from tickets.models import Message
from tickets.services.messages import message_add

pytestmark = [
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.skipif(connection.vendor != "postgresql", reason="concurrency is proven on PostgreSQL"),
]

THREADS = 6


def _stored_keys() -> set[str]:
    root = Path(attachment_storage().location)
    return {str(path.relative_to(root)) for path in root.rglob("*") if path.is_file()}


def test_concurrent_retries_of_an_upload_store_one_attachment_and_one_file(alice):
    key, before = uuid.uuid4(), _stored_keys()

    results = run_together(
        lambda: attachment_upload(actor=alice, file=ContentFile(b"%PDF-1.4\n"), name="devis.pdf", client_uuid=key),
        THREADS,
    )

    attachment = Attachment.objects.get()
    assert {result.obj.id for result in results} == {attachment.id}
    assert sum(not result.replayed for result in results) == 1
    assert _stored_keys() - before == {attachment.storage_key}


def test_a_file_sent_twice_at_once_goes_with_one_message_only(alice):
    ticket = factories.make_ticket(alice)
    attachment = attachment_upload(actor=alice, file=ContentFile(b"%PDF-1.4\n"), name="devis.pdf").obj

    results = run_together(
        lambda: message_add(actor=alice, ticket=ticket, body="Le devis.", attachment_ids=[attachment.id]), THREADS
    )

    sent = [result for result in results if not isinstance(result, Exception)]
    assert len(sent) == 1 and Message.objects.count() == 1
    assert Attachment.objects.get().message_id == sent[0].obj.id


def test_the_cleanup_racing_a_send_never_deletes_a_sent_file(alice):
    ticket = factories.make_ticket(alice)
    attachment = attachment_upload(actor=alice, file=ContentFile(b"%PDF-1.4\n"), name="devis.pdf").obj
    Attachment.objects.filter(pk=attachment.pk).update(created_at=timezone.now() - timedelta(days=2))
    now = timezone.now()
    calls = iter([
        lambda: message_add(actor=alice, ticket=ticket, body="Le devis.", attachment_ids=[attachment.id]),
        lambda: attachment_delete_stale(attachment=attachment, now=now),
    ])

    results = run_together(lambda: next(calls)(), 2)

    # Threads take the two calls in any order: the cleanup's answer is the bool.
    deleted = next(result for result in results if isinstance(result, bool))
    send = next(result for result in results if not isinstance(result, bool))
    sent = not isinstance(send, Exception)
    assert sent != deleted
    assert Attachment.objects.filter(pk=attachment.pk, message__isnull=False).exists() == sent
