"""Sessions are chains of single-use refresh tokens.

Every refresh token is recorded by simplejwt's `token_blacklist` (OutstandingToken) and carries
`session_started_at`, copied at each rotation, so a session ends after SAV_SESSION_MAX_DAYS however
often it is refreshed. It also carries simplejwt's revoke claim (a hash of the password hash), so a
password change ends every session issued before it.
"""

from dataclasses import dataclass
from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from rest_framework_simplejwt.exceptions import TokenError
from rest_framework_simplejwt.settings import api_settings
from rest_framework_simplejwt.token_blacklist.models import BlacklistedToken, OutstandingToken
from rest_framework_simplejwt.tokens import RefreshToken
from rest_framework_simplejwt.utils import (
    datetime_from_epoch,
    datetime_to_epoch,
    get_md5_hash_password,
)

from accounts.models import User
from core.errors import AuthenticationFailed

SESSION_STARTED_CLAIM = "session_started_at"


@dataclass(frozen=True)
class TokenPair:
    access: str
    refresh: str


def _token_not_valid() -> AuthenticationFailed:
    return AuthenticationFailed("The refresh token is invalid, expired or already used.", code="token_not_valid")


def _session_deadline(started_at: int):
    return datetime_from_epoch(started_at) + timedelta(days=settings.SAV_SESSION_MAX_DAYS)


def _lock_outstanding(**lookup) -> OutstandingToken | None:
    # order_by(): simplejwt orders OutstandingToken by its nullable user, an outer join that
    # PostgreSQL refuses to lock.
    return OutstandingToken.objects.select_for_update().filter(**lookup).order_by().first()


def session_token_pair(*, user: User, session_started_at: int | None = None) -> TokenPair:
    """A new access + refresh pair. Without `session_started_at` a new session starts now; a
    rotation passes the original start so the absolute cap survives it."""
    refresh = RefreshToken()
    refresh[api_settings.USER_ID_CLAIM] = str(user.pk)
    refresh[api_settings.REVOKE_TOKEN_CLAIM] = get_md5_hash_password(user.password)
    started_at = session_started_at or datetime_to_epoch(refresh.current_time)
    refresh[SESSION_STARTED_CLAIM] = started_at
    # Rotation would renew the expiry: never let a refresh token outlive its session.
    refresh["exp"] = min(refresh["exp"], datetime_to_epoch(_session_deadline(started_at)))
    OutstandingToken.objects.create(
        user=user,
        jti=refresh[api_settings.JTI_CLAIM],
        token=str(refresh),
        created_at=refresh.current_time,
        expires_at=datetime_from_epoch(refresh["exp"]),
    )
    return TokenPair(access=str(refresh.access_token), refresh=str(refresh))


def session_refresh(*, refresh: str) -> TokenPair:
    """Rotate a refresh token: it is used at most once, even by concurrent calls (the
    OutstandingToken row is locked, then blacklisted in the same transaction)."""
    try:
        token = RefreshToken(refresh)
    except TokenError as exc:
        raise _token_not_valid() from exc
    started_at = token.get(SESSION_STARTED_CLAIM)
    if not isinstance(started_at, int) or _session_deadline(started_at) <= timezone.now():
        raise _token_not_valid()
    with transaction.atomic():
        outstanding = _lock_outstanding(jti=token[api_settings.JTI_CLAIM])
        if outstanding is None or BlacklistedToken.objects.filter(token=outstanding).exists():
            raise _token_not_valid()
        user = User.objects.filter(pk=outstanding.user_id, is_active=True).first()
        if (
            user is None
            or str(user.pk) != str(token.get(api_settings.USER_ID_CLAIM))
            or token.get(api_settings.REVOKE_TOKEN_CLAIM) != get_md5_hash_password(user.password)
        ):
            raise _token_not_valid()
        BlacklistedToken.objects.create(token=outstanding)
        return session_token_pair(user=user, session_started_at=started_at)


def session_end(*, actor: User, refresh: str) -> bool:
    """Log out one session. A token that is invalid, expired, already ended or another user's
    is ignored (answer unchanged), so logout never tells anything about a token."""
    try:
        token = RefreshToken(refresh)
    except TokenError:
        return False
    with transaction.atomic():
        outstanding = _lock_outstanding(jti=token[api_settings.JTI_CLAIM], user=actor)
        if outstanding is None:
            return False
        _, created = BlacklistedToken.objects.get_or_create(token=outstanding)
        return created


def sessions_end_all(*, user: User) -> int:
    """Blacklist every live refresh token of `user` (password change or reset, deactivation,
    "log out everywhere"). Access tokens die with the revoke claim or the `is_active` check."""
    with transaction.atomic():
        live = list(
            OutstandingToken.objects.filter(
                user=user, expires_at__gt=timezone.now(), blacklistedtoken__isnull=True
            ).values_list("pk", flat=True)
        )
        BlacklistedToken.objects.bulk_create(
            [BlacklistedToken(token_id=pk) for pk in live], ignore_conflicts=True
        )
    return len(live)
