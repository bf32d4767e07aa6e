"""Reads of the notifications app: a user's own notifications and preferences, nothing else."""

from django.db.models import Q, QuerySet

from core.errors import NotFound
from notifications.models import Notification, NotificationPreference
from notifications.preferences import Choice, default_choice, types_for
from shared_schemas.enums import NotificationType


def notifications_of(user, *, unread: bool | None = None) -> QuerySet[Notification]:
    queryset = Notification.objects.filter(recipient=user)
    if unread is True:
        queryset = queryset.filter(read_at__isnull=True)
    elif unread is False:
        queryset = queryset.filter(read_at__isnull=False)
    return queryset


def notification_get_for(user, notification_id: int) -> Notification:
    """The same `not_found` for a missing notification and for someone else's."""
    notification = notifications_of(user).filter(pk=notification_id).first()
    if notification is None:
        raise NotFound("No such notification.", code="not_found")
    return notification


def unread_count(user) -> int:
    return notifications_of(user, unread=True).count()


def stored_preferences(user_ids: list[int], notification_type: NotificationType) -> dict[int, Choice]:
    rows = NotificationPreference.objects.filter(user_id__in=user_ids, type=str(notification_type))
    return {row.user_id: Choice(row.in_app, row.email) for row in rows}


def preferences_of(user) -> list[dict]:
    """One entry per type `user` may receive: the stored choice, else the default."""
    stored = {row.type: row for row in NotificationPreference.objects.filter(user=user)}
    entries = []
    for notification_type in types_for(user):
        row = stored.get(notification_type)
        choice = Choice(row.in_app, row.email) if row else default_choice(user, notification_type)
        entries.append({"type": notification_type.value, "in_app": choice.in_app, "email": choice.email})
    return entries


def notifications_to_catch_up(user, *, after_id: int, since, limit: int) -> list[Notification]:
    """What a reconnecting desktop missed: the notifications after `after_id`, plus those created
    since `since` (a few seconds back) whatever their id, oldest first; the desktop ignores ids it
    already has. Ids are given at insert, so one committed just after a higher one is not lost."""
    queryset = notifications_of(user).filter(Q(id__gt=after_id) | Q(created_at__gte=since))
    return list(queryset.order_by("id")[:limit])
