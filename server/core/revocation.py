"""Access tokens refused before they expire: the deny-list of signed-out tokens and sessions.

An access token is a signed statement, valid until its `exp`: signing out cannot unsay it, so the
server remembers what was revoked until it would have expired anyway. Sign-out denies the access
token it was given (its `jti`) and the sessions it ends (their `sid`, a claim every token of one
session carries, refresh rotations included). The entries live in the cache: Redis when REDIS_URL
is set, so a sign-out through one server process is refused by every other at once; the local
memory of the single embedded process otherwise. Authentication reads both in one cache call on
every request (`core.authentication`); the desktops' WebSocket re-checks them too.

A password change, a reset and a deactivation need no entry: the revoke claim and the `is_active`
flags, read with the user, already refuse every token issued before."""

import time
from collections.abc import Iterable, Sequence

from django.core.cache import cache
from rest_framework_simplejwt.settings import api_settings
from rest_framework_simplejwt.tokens import Token

SESSION_ID_CLAIM = "sid"
_PREFIX = "sav:revoked"


def _token_key(jti: str) -> str:
    return f"{_PREFIX}:jti:{jti}"


def _session_key(session_id: str) -> str:
    return f"{_PREFIX}:sid:{session_id}"


def revoke_access_token(token: Token) -> None:
    """Refuse this access token from now until it expires."""
    remaining = int(token["exp"]) - int(time.time())
    if remaining > 0:
        cache.set(_token_key(token[api_settings.JTI_CLAIM]), True, timeout=remaining + 1)


def revoke_sessions(session_ids: Iterable[str]) -> None:
    """Refuse every access token of these sessions. Their refresh tokens are blacklisted, so none
    is issued any more and the last one issued expires within one access-token lifetime."""
    lifetime = int(api_settings.ACCESS_TOKEN_LIFETIME.total_seconds())
    entries = {_session_key(session_id): True for session_id in session_ids if session_id}
    if entries:
        cache.set_many(entries, timeout=lifetime + 1)


def is_revoked(token: Token) -> bool:
    return revoked_among([token])[0]


def revoked_among(tokens: Sequence[Token]) -> list[bool]:
    """For each token, whether it is revoked: one cache call however many there are."""
    keys_of = [_keys(token) for token in tokens]
    found = cache.get_many([key for keys in keys_of for key in keys])
    return [any(key in found for key in keys) for keys in keys_of]


def _keys(token: Token) -> list[str]:
    keys = [_token_key(token.get(api_settings.JTI_CLAIM, ""))]
    session_id = token.get(SESSION_ID_CLAIM)
    if session_id:
        keys.append(_session_key(str(session_id)))
    return keys
