"""Sessions are chains of single-use refresh tokens.

Every refresh token is recorded by simplejwt's `token_blacklist` (OutstandingToken) and carries
`session_started_at`, copied at each rotation, so a session ends after SAV_SESSION_MAX_DAYS however
often it is refreshed, and `sid`, the session's id, copied likewise (into its access tokens too).
It also carries simplejwt's revoke claim (a hash of the password hash), so a password change ends
every session issued before it.

Ending sessions also refuses their access tokens at once (`core.revocation`, by `sid`) and, after
commit, asks the user's connected desktops to check their session (`notifications.push`): a push
channel whose session is over closes within moments instead of at its token's expiry.
"""

import logging
import uuid
from dataclasses import dataclass
from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from rest_framework_simplejwt.exceptions import TokenError
from rest_framework_simplejwt.settings import api_settings
from rest_framework_simplejwt.token_blacklist.models import BlacklistedToken, OutstandingToken
from rest_framework_simplejwt.tokens import RefreshToken, Token
from rest_framework_simplejwt.utils import (
    datetime_from_epoch,
    datetime_to_epoch,
    get_md5_hash_password,
)

from accounts.models import User
from audit.services import audit_record
from core.errors import AuthenticationFailed
from core.revocation import SESSION_ID_CLAIM, revoke_access_token, revoke_sessions
from notifications import push
from shared_schemas.audit import AuditAction, AuditTarget
from shared_schemas.enums import RoleAudience

logger = logging.getLogger(__name__)

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


def session_token_pair(
    *, user: User, session_started_at: int | None = None, session_id: str | None = None
) -> TokenPair:
    """A new access + refresh pair. Without `session_started_at` a new session starts now; a
    rotation passes the original start so the absolute cap survives it, and the session's id."""
    refresh = RefreshToken()
    refresh[api_settings.USER_ID_CLAIM] = str(user.pk)
    refresh[api_settings.REVOKE_TOKEN_CLAIM] = get_md5_hash_password(user.password)
    started_at = session_started_at or datetime_to_epoch(refresh.current_time)
    refresh[SESSION_STARTED_CLAIM] = started_at
    refresh[SESSION_ID_CLAIM] = session_id or uuid.uuid4().hex
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
        user = (
            User.objects.filter(pk=outstanding.user_id, is_active=True)
            .filter(Q(customer__isnull=True) | Q(customer__is_active=True))
            .exclude(role__audience=RoleAudience.SERVICE)  # API keys only, never a session
            .first()
        )
        if (
            user is None
            or str(user.pk) != str(token.get(api_settings.USER_ID_CLAIM))
            or token.get(api_settings.REVOKE_TOKEN_CLAIM) != get_md5_hash_password(user.password)
        ):
            raise _token_not_valid()
        BlacklistedToken.objects.create(token=outstanding)
        return session_token_pair(
            user=user, session_started_at=started_at, session_id=token.get(SESSION_ID_CLAIM)
        )


def session_sign_out(*, actor: User, access: Token, refresh: str | None, all_sessions: bool) -> None:
    """Sign out: the access token the caller signs out with is refused from now on, and the session
    of `refresh` ends, or every session of the caller with `all_sessions`. A refresh token that is
    invalid, expired, already ended or another user's ends nothing and changes nothing in the
    answer, so sign-out never tells anything about a token."""
    with transaction.atomic():
        ended = _blacklist_live_sessions(actor) if all_sessions else _blacklist_session(actor, refresh or "")
        _revoke_after_commit(actor, session_ids=ended, access=access)
        audit_record(
            actor=actor, action=AuditAction.SIGN_OUT, target_type=AuditTarget.USER, target_id=actor.pk,
            target_label=actor.email, after={"all_sessions": all_sessions, "sessions_ended": len(ended)},
        )


def sessions_end_all(*, user: User) -> int:
    """End every live session of `user` (password change or reset, deactivation of the user or of
    its customer): refresh tokens blacklisted, access tokens refused, push channels closed."""
    with transaction.atomic():
        ended = _blacklist_live_sessions(user)
        _revoke_after_commit(user, session_ids=ended)
    return len(ended)


def _blacklist_session(actor: User, refresh: str) -> list[str | None]:
    """The id of the session `refresh` ended, if it ended one."""
    try:
        token = RefreshToken(refresh)
    except TokenError:
        return []
    outstanding = _lock_outstanding(jti=token[api_settings.JTI_CLAIM], user=actor)
    if outstanding is None:
        return []
    _, created = BlacklistedToken.objects.get_or_create(token=outstanding)
    return [token.get(SESSION_ID_CLAIM)] if created else []


def _blacklist_live_sessions(user: User) -> list[str | None]:
    """The ids of the sessions ended (None for a token issued before sessions had ids)."""
    live = list(
        OutstandingToken.objects.filter(
            user=user, expires_at__gt=timezone.now(), blacklistedtoken__isnull=True
        ).values_list("pk", "token")
    )
    BlacklistedToken.objects.bulk_create([BlacklistedToken(token_id=pk) for pk, _ in live], ignore_conflicts=True)
    return [_session_id_of(raw) for _, raw in live]


def _session_id_of(raw_refresh: str) -> str | None:
    """The `sid` of a refresh token read back from the database (it was verified when issued)."""
    try:
        return RefreshToken(raw_refresh, verify=False).get(SESSION_ID_CLAIM)
    except TokenError:
        return None


def _revoke_after_commit(user: User, *, session_ids: list[str | None], access: Token | None = None) -> None:
    """Once the blacklist is committed: refuse the access tokens concerned, then ask the user's
    connected desktops to check their session (the push channel also checks on its own every few
    seconds, so a lost message only delays the close)."""
    user_id = user.pk

    def revoke_and_tell() -> None:
        if access is not None:
            revoke_access_token(access)
        revoke_sessions(session_id for session_id in session_ids if session_id)
        try:
            push.session_check([user_id])
        except Exception:
            logger.exception("asking the push channels of user %s to check their session failed", user_id)

    transaction.on_commit(revoke_and_tell)
