"""The desktops' push channel: `ws(s)://<server>/ws/v1/notifications?after_id=<last id seen>`.

- Authenticated like the API: `Authorization: Bearer <access token>` on the handshake (a desktop
  client sets headers; no cookie is involved, so a web page cannot open it for a user). A missing or
  bad token is accepted then closed with code 4401, so the desktop knows to refresh and retry.
- The connection joins the user's group first, then sends what was missed (`after_id`, see
  `selectors.notifications_to_catch_up`), then `{"type": "ready", "last_id": …}`, then every new
  notification as it is committed, each as `{"type": "notification", "notification": {...}}`.
- It closes with 4401 when the access token expires (a deactivated user or a changed password is
  cut off within one token lifetime); the desktop refreshes its token and reconnects from its last id.
"""

import asyncio
import time
from datetime import timedelta
from urllib.parse import parse_qs

from channels.db import database_sync_to_async
from channels.generic.websocket import AsyncJsonWebsocketConsumer
from django.conf import settings
from django.utils import timezone
from rest_framework.exceptions import AuthenticationFailed
from rest_framework_simplejwt.exceptions import InvalidToken, TokenError

from core.authentication import UserJWTAuthentication
from notifications import push
from notifications.selectors import notifications_to_catch_up
from notifications.serializers import notification_data

CLOSE_UNAUTHENTICATED = 4401
CLOSE_BAD_REQUEST = 4400
MAX_ID = 2**63 - 1


def bearer_token(scope) -> str | None:
    for name, value in scope.get("headers", []):
        if name == b"authorization":
            scheme, _, token = value.decode("latin-1").partition(" ")
            return token.strip() or None if scheme.lower() == "bearer" else None
    return None


def after_id_of(scope) -> int | None:
    """The `after_id` query parameter: 0 when absent, None when it is not an id."""
    values = parse_qs(scope.get("query_string", b"").decode("latin-1")).get("after_id")
    if not values:
        return 0
    value = values[-1]
    if not value.isdigit() or int(value) > MAX_ID:
        return None
    return int(value)


@database_sync_to_async
def authenticate(raw_token: str):
    """(user, expiry timestamp) of a valid access token, else None."""
    authentication = UserJWTAuthentication()
    try:
        token = authentication.get_validated_token(raw_token.encode())
        return authentication.get_user(token), float(token["exp"])
    except (InvalidToken, TokenError, AuthenticationFailed, KeyError):
        return None


@database_sync_to_async
def missed(user, after_id: int) -> list[dict]:
    since = timezone.now() - timedelta(seconds=settings.SAV_PUSH_CATCH_UP_OVERLAP_SECONDS)
    limit = settings.SAV_PUSH_CATCH_UP_LIMIT
    return [notification_data(n) for n in notifications_to_catch_up(user, after_id=after_id, since=since, limit=limit)]


class NotificationConsumer(AsyncJsonWebsocketConsumer):
    group: str | None = None
    expiry: asyncio.TimerHandle | None = None

    async def connect(self) -> None:
        await self.accept()
        after_id = after_id_of(self.scope)
        if after_id is None:
            await self.close(code=CLOSE_BAD_REQUEST, reason="after_id must be a notification id")
            return
        raw_token = bearer_token(self.scope)
        authenticated = await authenticate(raw_token) if raw_token else None
        if authenticated is None:
            await self.close(code=CLOSE_UNAUTHENTICATED, reason="token_not_valid")
            return
        user, expires_at = authenticated
        self.expiry = asyncio.get_running_loop().call_later(
            max(0.0, expires_at - time.time()), lambda: asyncio.ensure_future(self._token_expired())
        )
        self.group = push.group_name(user.id)
        await self.channel_layer.group_add(self.group, self.channel_name)
        last_id = after_id
        for data in await missed(user, after_id):
            await self.send_json({"type": "notification", "notification": data})
            last_id = max(last_id, data["id"])
        await self.send_json({"type": "ready", "last_id": last_id})

    async def _token_expired(self) -> None:
        await self.close(code=CLOSE_UNAUTHENTICATED, reason="token_expired")

    async def disconnect(self, code) -> None:
        if self.expiry is not None:
            self.expiry.cancel()
        if self.group is not None:
            await self.channel_layer.group_discard(self.group, self.channel_name)

    async def receive_json(self, content, **kwargs) -> None:
        """Desktops send nothing; anything they do send is ignored."""

    async def notification_created(self, event) -> None:
        await self.send_json({"type": "notification", "notification": event["notification"]})
