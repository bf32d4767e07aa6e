"""The publisher interface of notifications: `publish(ids)` sends each to its recipient's
`user.<id>` group on the Channels layer, when one is configured (CHANNEL_LAYERS); otherwise it
does nothing and desktops read `GET /api/v1/notifications?after_id=`. The WebSocket consumer that
joins those groups forwards the message as is."""

from asgiref.sync import async_to_sync
from channels.layers import get_channel_layer

from notifications.models import Notification
from notifications.serializers import notification_data

MESSAGE_TYPE = "notification.created"


def group_name(user_id: int) -> str:
    return f"user.{user_id}"


def publish(notification_ids: list[int]) -> None:
    layer = get_channel_layer()
    if layer is None or not notification_ids:
        return
    for notification in Notification.objects.filter(id__in=notification_ids).order_by("id"):
        async_to_sync(layer.group_send)(
            group_name(notification.recipient_id),
            {"type": MESSAGE_TYPE, "notification": notification_data(notification)},
        )
