"""Marking notifications read (the unread badge)."""

from django.db import transaction
from django.utils import timezone

from notifications.models import Notification


@transaction.atomic
def notification_mark_read(*, actor, notification: Notification) -> Notification:
    """Idempotent: a notification already read keeps its first read time."""
    if notification.read_at is None:
        now = timezone.now()
        Notification.objects.filter(pk=notification.pk, read_at__isnull=True).update(read_at=now)
        notification.refresh_from_db(fields=["read_at"])
    return notification


@transaction.atomic
def notifications_mark_all_read(*, actor, up_to_id: int | None = None) -> int:
    """Mark the actor's unread notifications read, up to `up_to_id` if given (the newest one the
    user has seen, so one that arrived meanwhile stays unread). Returns how many changed."""
    unread = Notification.objects.filter(recipient=actor, read_at__isnull=True)
    if up_to_id is not None:
        unread = unread.filter(id__lte=up_to_id)
    return unread.update(read_at=timezone.now())
