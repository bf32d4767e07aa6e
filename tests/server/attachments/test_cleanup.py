"""The `delete_stale_attachments` job: files uploaded and never sent go after SAV_ATTACHMENT_STAGED_HOURS;
sent ones stay, and a file sent while the job runs is never deleted."""

from datetime import timedelta
from pathlib import Path

import pytest
from django.core.files.base import ContentFile
from django.utils import timezone

from attachments.models import Attachment
from attachments.services.cleanup import attachment_delete_stale
from attachments.services.uploads import attachment_upload
from attachments.storage import attachment_storage
from jobs import sweeps
from jobs.registry import JOBS
from tests.server import factories
from tickets.services.messages import message_add

pytestmark = pytest.mark.django_db


def _staged(user, *, age: timedelta) -> Attachment:
    attachment = attachment_upload(actor=user, file=ContentFile(b"%PDF-1.4\n"), name="devis.pdf").obj
    Attachment.objects.filter(pk=attachment.pk).update(created_at=timezone.now() - age)
    attachment.refresh_from_db()
    return attachment


def _file_exists(attachment: Attachment) -> bool:
    return Path(attachment_storage().path(attachment.storage_key)).exists()


def test_the_job_is_registered_hourly():
    assert JOBS["delete_stale_attachments"].function is sweeps.delete_stale_attachments
    assert JOBS["delete_stale_attachments"].interval == timedelta(hours=1)


def test_it_deletes_staged_files_older_than_a_day_and_keeps_the_rest(alice, django_capture_on_commit_callbacks):
    old, recent = _staged(alice, age=timedelta(hours=25)), _staged(alice, age=timedelta(hours=23))
    sent = _staged(alice, age=timedelta(days=3))
    message_add(actor=alice, ticket=factories.make_ticket(alice), body="Le devis.", attachment_ids=[sent.id])

    with django_capture_on_commit_callbacks(execute=True):
        handled = sweeps.delete_stale_attachments(now=timezone.now())

    assert handled == 1
    assert set(Attachment.objects.values_list("id", flat=True)) == {recent.id, sent.id}
    assert not _file_exists(old) and _file_exists(recent) and _file_exists(sent)
    assert sweeps.delete_stale_attachments(now=timezone.now()) == 0


def test_a_file_sent_after_the_job_read_it_is_not_deleted(alice):
    attachment = _staged(alice, age=timedelta(days=2))
    message_add(actor=alice, ticket=factories.make_ticket(alice), body="Le devis.", attachment_ids=[attachment.id])

    # The sweep read it while it was still staged; the claim (a conditional DELETE) now matches nothing.
    assert attachment_delete_stale(attachment=attachment, now=timezone.now()) is False
    assert Attachment.objects.filter(pk=attachment.pk).exists() and _file_exists(attachment)


def test_a_file_deleted_by_the_job_cannot_be_sent_any_more(api_as, alice):
    attachment = _staged(alice, age=timedelta(days=2))
    sweeps.delete_stale_attachments(now=timezone.now())
    ticket = factories.make_ticket(alice)

    response = api_as(alice).post(f"/api/v1/tickets/{ticket.id}/messages",
                                  {"body": "Le devis.", "attachments": [attachment.id]})

    assert response.status_code == 400 and response.json()["code"] == "attachment_not_found"
