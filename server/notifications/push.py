"""The publisher of notifications: `publish(ids)` sends each to its recipient's `user.<id>` group on
the Channels layer, where `consumers.NotificationConsumer` forwards it to every connected desktop of
that user (in-memory layer: this process; channels-redis: every process).

It runs after commit, in whatever thread committed (a request thread, a job thread). The group sends
are handed to the event loop of this process's ASGI server when it has one (the in-memory layer only
works from that loop, and the request does not wait for the push); elsewhere (Celery worker,
management command) they run here, and only a shared layer has anyone to reach.

`session_check(user_ids)` goes the same way: when sessions end (sign-out, password change,
deactivation of a user or of its customer), every connection of those users checks its own session
at once and closes with 4401 if it is over."""

import asyncio
import logging
from typing import Any

from asgiref.sync import async_to_sync
from channels.layers import InMemoryChannelLayer, get_channel_layer

from notifications.models import Notification
from notifications.serializers import notification_data

logger = logging.getLogger(__name__)

MESSAGE_TYPE = "notification.created"
SESSION_CHECK_TYPE = "session.check"

_server_loop: asyncio.AbstractEventLoop | None = None


def group_name(user_id: int) -> str:
    return f"user.{user_id}"


def register_server_loop(loop: asyncio.AbstractEventLoop) -> None:
    """Called by the consumer: the loop the ASGI server runs the WebSocket connections on."""
    global _server_loop
    _server_loop = loop


def messages_for(notification_ids: list[int]) -> list[tuple[str, dict[str, Any]]]:
    notifications = Notification.objects.filter(id__in=notification_ids).order_by("id")
    return [
        (group_name(n.recipient_id), {"type": MESSAGE_TYPE, "notification": notification_data(n)})
        for n in notifications
    ]


# Group sends in flight at once: each holds a connection of channels-redis' pool, which is bounded.
CONCURRENT_SENDS = 16


async def _send_all(layer, messages: list[tuple[str, dict[str, Any]]]) -> None:
    slots = asyncio.Semaphore(CONCURRENT_SENDS)

    async def send(group: str, message: dict[str, Any]) -> None:
        async with slots:
            await layer.group_send(group, message)

    results = await asyncio.gather(*(send(group, message) for group, message in messages), return_exceptions=True)
    for result in results:
        if isinstance(result, BaseException):
            logger.error("push to a desktop group failed", exc_info=result)


def _running_loop() -> asyncio.AbstractEventLoop | None:
    try:
        return asyncio.get_running_loop()
    except RuntimeError:
        return None


_UNREACHABLE = object()


def _sending_loop(layer):
    """The server's event loop to send from; None to send from here (a shared layer without a
    server loop in this process); _UNREACHABLE when nobody can be reached."""
    loop = _server_loop
    if loop is not None and loop.is_closed():
        loop = None
    if loop is None and isinstance(layer, InMemoryChannelLayer):
        return _UNREACHABLE  # no desktop has ever connected to this process, and no other process can be reached
    return loop


def _send(layer, loop, messages: list[tuple[str, dict[str, Any]]]) -> None:
    if loop is not None and _running_loop() is not loop:
        asyncio.run_coroutine_threadsafe(_send_all(layer, messages), loop)
    elif loop is not None:
        loop.create_task(_send_all(layer, messages))
    else:
        async_to_sync(_send_all)(layer, messages)


def publish(notification_ids: list[int]) -> None:
    layer = get_channel_layer()
    if layer is None or not notification_ids:
        return
    loop = _sending_loop(layer)
    if loop is _UNREACHABLE:
        return
    messages = messages_for(notification_ids)
    if messages:
        _send(layer, loop, messages)


def session_check(user_ids: list[int]) -> None:
    """Ask every connected desktop of these users to check its session now."""
    layer = get_channel_layer()
    if layer is None or not user_ids:
        return
    loop = _sending_loop(layer)
    if loop is not _UNREACHABLE:
        _send(layer, loop, [(group_name(user_id), {"type": SESSION_CHECK_TYPE}) for user_id in user_ids])
