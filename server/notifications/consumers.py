"""The desktops' push channel: `ws(s)://<server>/ws/v1/notifications?after_id=<last id seen>`.

- Authenticated like the API: `Authorization: Bearer <access token>` on the handshake (a desktop
  client sets headers; no cookie is involved, so a web page cannot open it for a user). A missing or
  bad token is accepted then closed with code 4401, so the desktop knows to refresh and retry.
- The connection joins the user's group first, then sends what was missed (`after_id`, see
  `selectors.notifications_to_catch_up`), then `{"type": "ready", "last_id": …}`, then every new
  notification as it is committed, each as `{"type": "notification", "notification": {...}}`.
- It closes with 4401 when its session ends: at once when a service ends sessions (sign-out, password
  change, deactivation of the user or of its customer send `session.check` to the user's group, and
  the connection checks its token again), and in any case within SAV_PUSH_SESSION_CHECK_SECONDS
  (`session_watch` checks every connection of the process that often) or when the token expires. The
  desktop then refreshes its token and reconnects from its last id, or stops when the session is over.
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
from core.ids import MAX_ID
from notifications import push, session_watch
from notifications.selectors import notifications_to_catch_up
from notifications.serializers import notification_data

CLOSE_UNAUTHENTICATED = 4401
CLOSE_BAD_REQUEST = 4400


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
    """(user, validated token) of a valid access token, else None."""
    authentication = UserJWTAuthentication()
    try:
        token = authentication.get_validated_token(raw_token.encode())
        return authentication.get_user(token), token
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
    raw_token: str | None = None
    ending = False

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
        user, token = authenticated
        self.raw_token = raw_token
        self.expiry = asyncio.get_running_loop().call_later(
            max(0.0, float(token["exp"]) - time.time()), lambda: asyncio.ensure_future(self._token_expired())
        )
        session_watch.watch(self, token)
        self.group = push.group_name(user.id)
        await self.channel_layer.group_add(self.group, self.channel_name)
        last_id = after_id
        for data in await missed(user, after_id):
            await self.send_json({"type": "notification", "notification": data})
            last_id = max(last_id, data["id"])
        await self.send_json({"type": "ready", "last_id": last_id})

    async def _token_expired(self) -> None:
        await self._end("token_expired")

    async def _end(self, reason: str) -> None:
        """Close with 4401 once, whichever check sees it first."""
        if not self.ending:
            self.ending = True
            await self.close(code=CLOSE_UNAUTHENTICATED, reason=reason)

    async def _session_holds(self) -> bool:
        """Checks the token again as a request would (user and customer active, password unchanged,
        not signed out); closes with 4401 when it no longer holds."""
        if not self.ending and await authenticate(self.raw_token) is not None:
            return True
        await self._end("session_ended")
        return False

    async def session_over(self) -> None:
        """Called by `session_watch`, which checks every connection's session periodically."""
        await self._end("session_ended")

    async def session_check(self, event) -> None:
        if self.raw_token is not None:
            await self._session_holds()

    async def disconnect(self, code) -> None:
        if self.expiry is not None:
            self.expiry.cancel()
        session_watch.forget(self)
        if self.group is not None:
            await self.channel_layer.group_discard(self.group, self.channel_name)

    async def receive_json(self, content, **kwargs) -> None:
        """Desktops send nothing; anything they do send is ignored."""

    async def notification_created(self, event) -> None:
        if not self.ending:
            await self.send_json({"type": "notification", "notification": event["notification"]})
