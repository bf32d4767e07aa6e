"""Changing a user's notification preferences."""

from django.db import transaction

from core.errors import ValidationFailed
from notifications.models import NotificationPreference
from notifications.preferences import default_choice, types_for


def _check_types(actor, entries: list[dict]) -> None:
    allowed = {t.value for t in types_for(actor)}
    seen: set[str] = set()
    for index, entry in enumerate(entries):
        notification_type = entry["type"]
        if notification_type not in allowed:
            raise ValidationFailed.for_field(
                f"{index}.type", "You do not receive this type of notification.", code="type_not_available"
            )
        if notification_type in seen:
            raise ValidationFailed.for_field(f"{index}.type", "Give each type once.", code="duplicate_type")
        seen.add(notification_type)


@transaction.atomic
def preferences_update(*, actor, entries: list[dict], replace: bool) -> None:
    """Set the given types (`in_app`/`email` absent: unchanged). With `replace`, every type not
    given returns to its default (PUT)."""
    _check_types(actor, entries)
    stored = {row.type: row for row in NotificationPreference.objects.select_for_update().filter(user=actor)}
    if replace:
        given = {entry["type"] for entry in entries}
        NotificationPreference.objects.filter(user=actor).exclude(type__in=given).delete()
    for entry in entries:
        row = stored.get(entry["type"])
        base = row or default_choice(actor, entry["type"])
        in_app = entry.get("in_app", base.in_app)
        email = entry.get("email", base.email)
        if row is None:
            NotificationPreference.objects.create(user=actor, type=entry["type"], in_app=in_app, email=email)
        elif (row.in_app, row.email) != (in_app, email):
            row.in_app, row.email = in_app, email
            row.save(update_fields=["in_app", "email"])
