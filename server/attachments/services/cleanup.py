"""Staged attachments nobody sent: deleted after SAV_ATTACHMENT_STAGED_HOURS (the `delete_stale_attachments`
job)."""

from datetime import datetime, timedelta

from django.conf import settings
from django.db import transaction

from attachments.models import Attachment
from attachments.storage import attachment_storage


def stale_cutoff(now: datetime) -> datetime:
    return now - timedelta(hours=settings.SAV_ATTACHMENT_STAGED_HOURS)


def stale_attachments(*, now: datetime, limit: int) -> list[Attachment]:
    """Oldest first, along the `attachment_staged` index."""
    return list(
        Attachment.objects.filter(ticket__isnull=True, created_at__lte=stale_cutoff(now)).order_by("created_at", "id")[
            :limit
        ]
    )


def attachment_delete_stale(*, attachment: Attachment, now: datetime) -> bool:
    """Delete one stale staged attachment. The conditional DELETE is the claim: one linked in the
    meantime (or deleted by another run) matches nothing. The file goes once the row's deletion is
    committed."""
    with transaction.atomic():
        deleted, _ = Attachment.objects.filter(
            pk=attachment.pk, ticket__isnull=True, created_at__lte=stale_cutoff(now)
        ).delete()
        if deleted:
            key = attachment.storage_key
            transaction.on_commit(lambda: attachment_storage().delete(key))
    return bool(deleted)
