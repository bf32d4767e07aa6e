"""Input and output shapes of the notifications API (`shared_schemas.notifications`)."""

from typing import Any

from rest_framework import serializers

from core.ids import id_field
from core.parsing import StrictQuerySerializer, StrictSerializer
from notifications.models import Notification
from shared_schemas.enums import NotificationType

TYPES = [t.value for t in NotificationType]


class NotificationListQuerySerializer(StrictQuerySerializer):
    after_id = serializers.IntegerField(
        min_value=0, max_value=2**63 - 1, required=False,
        help_text="Catch-up: the notifications after this id, oldest first (default: newest first).",
    )
    unread = serializers.ChoiceField(
        choices=["true", "false"], required=False, help_text="true: unread only; false: read only."
    )
    cursor = serializers.CharField(required=False, help_text="`next_cursor` of the previous page.")
    page_size = serializers.IntegerField(required=False, min_value=1)


class NotificationSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    type = serializers.CharField(help_text=f"Open set; today: {', '.join(TYPES)}.")
    ticket = serializers.IntegerField(source="ticket_id", allow_null=True)
    payload = serializers.DictField(
        help_text="What the desktop shows: reference, subject, actor, excerpt, from_status/to_status, "
        "assignee, stars… (keys depend on the type)."
    )
    created_at = serializers.DateTimeField()
    read_at = serializers.DateTimeField(allow_null=True)


class NotificationPageSerializer(serializers.Serializer):
    results = NotificationSerializer(many=True)
    next_cursor = serializers.CharField(allow_null=True)


class UnreadCountSerializer(serializers.Serializer):
    unread = serializers.IntegerField()


class ReadAllSerializer(StrictSerializer):
    up_to_id = id_field(required=False, help_text="Only notifications up to this id (the newest seen).")


class ReadAllResultSerializer(serializers.Serializer):
    marked = serializers.IntegerField(help_text="How many notifications were marked read.")
    unread = serializers.IntegerField()


class PreferenceSerializer(serializers.Serializer):
    type = serializers.ChoiceField(choices=TYPES)
    in_app = serializers.BooleanField(help_text="In-app notification and push to connected desktops.")
    email = serializers.BooleanField()


class PreferenceInputSerializer(StrictSerializer):
    type = serializers.ChoiceField(choices=TYPES)
    in_app = serializers.BooleanField()
    email = serializers.BooleanField()


class PreferencePatchSerializer(StrictSerializer):
    type = serializers.ChoiceField(choices=TYPES)
    in_app = serializers.BooleanField(required=False)
    email = serializers.BooleanField(required=False)


def notification_data(notification: Notification) -> dict[str, Any]:
    return dict(NotificationSerializer(notification).data)
