"""API keys: the credentials of the CRM's service accounts (`crm.sync`, the push API).

A key reads `sav_<prefix>_<secret>`. The prefix (public, unique) finds the key in one query; the secret
(32 random bytes) is checked against its SHA-256 in constant time; only the hash is stored, so the key is
shown once, when it is created. Each key has its own service account (role `crm_sync`, no password):
revoking the key deactivates that account, and the very next call with it is refused.

A refused key is journalled, at most once a minute per known key and once a minute for all unknown ones
together: a flood of made-up keys cannot fill the journal."""

import hashlib
import hmac
import re
import secrets
from dataclasses import dataclass
from datetime import timedelta

from django.core.cache import cache
from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from accounts.models import ApiKey, Role, User
from audit.services import audit_record
from core.errors import AuthenticationFailed
from shared_schemas.audit import AuditAction, AuditTarget
from shared_schemas.enums import BuiltinRole

_KEY_FORMAT = re.compile(r"sav_([0-9a-f]{12})_([A-Za-z0-9_-]{43})")
SERVICE_EMAIL_DOMAIN = "service.invalid"  # RFC 2606: never delivered
LAST_USED_PRECISION = timedelta(minutes=1)
REFUSALS_JOURNALLED_EVERY_SECONDS = 60


@dataclass(frozen=True)
class CreatedApiKey:
    api_key: ApiKey
    key: str  # the whole key: shown once, never stored


class ApiKeyRefused(AuthenticationFailed):
    code = "api_key_invalid"


def _digest(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


def _label(api_key: ApiKey) -> str:
    return f"{api_key.name} (sav_{api_key.prefix}_…)"


def api_key_create(*, actor: User, name: str) -> CreatedApiKey:
    """A new key and its service account."""
    prefix, secret = secrets.token_hex(6), secrets.token_urlsafe(32)
    role = Role.objects.get(code=BuiltinRole.CRM_SYNC)
    account = User(email=f"crm-sync+{prefix}@{SERVICE_EMAIL_DOMAIN}", full_name=name, role=role)
    account.set_unusable_password()
    with transaction.atomic():
        account.save(force_insert=True)
        api_key = ApiKey.objects.create(
            name=name, prefix=prefix, secret_hash=_digest(secret), user=account, created_by=actor
        )
        audit_record(
            actor=actor, action=AuditAction.USER_CREATED, target_type=AuditTarget.USER, target_id=account.pk,
            target_label=account.email, after={"email": account.email, "full_name": name, "role": str(role)},
        )
        audit_record(
            actor=actor, action=AuditAction.API_KEY_CREATED, target_type=AuditTarget.API_KEY,
            target_id=api_key.pk, target_label=_label(api_key), after={"name": name, "prefix": prefix},
        )
    return CreatedApiKey(api_key=api_key, key=f"sav_{prefix}_{secret}")


def api_key_revoke(*, actor: User, api_key: ApiKey) -> ApiKey:
    """Revoked at once, with its service account; revoking a revoked key changes nothing."""
    now = timezone.now()
    with transaction.atomic():
        if ApiKey.objects.filter(pk=api_key.pk, revoked_at__isnull=True).update(revoked_at=now) == 0:
            api_key.refresh_from_db(fields=["revoked_at"])
            return api_key
        api_key.revoked_at = now
        User.objects.filter(pk=api_key.user_id, is_active=True).update(is_active=False, deactivated_at=now)
        audit_record(
            actor=actor, action=AuditAction.API_KEY_REVOKED, target_type=AuditTarget.API_KEY, target_id=api_key.pk,
            target_label=_label(api_key), before={"revoked": False}, after={"revoked": True},
        )
        audit_record(
            actor=actor, action=AuditAction.USER_DEACTIVATED, target_type=AuditTarget.USER,
            target_id=api_key.user_id, target_label=api_key.user.email,
            before={"is_active": True}, after={"is_active": False},
        )
    return api_key


def api_key_check(raw: str) -> ApiKey:
    """The live key `raw` is, with its service account and role (one query); ApiKeyRefused if it is
    malformed, unknown, wrong or revoked."""
    match = _KEY_FORMAT.fullmatch(raw)
    api_key = None
    if match is not None:
        api_key = ApiKey.objects.select_related("user__role").filter(prefix=match[1]).first()
    # Hashed whatever the key, so that an unknown prefix costs what a known one does.
    digest = _digest(match[2] if match is not None else raw)
    if api_key is None or not hmac.compare_digest(api_key.secret_hash, digest):
        _journal_refusal(api_key, reason="unknown" if api_key is None else "wrong_secret")
        raise ApiKeyRefused("This API key is not valid.")
    if api_key.revoked_at is not None or not api_key.user.is_active:
        _journal_refusal(api_key, reason="revoked")
        raise ApiKeyRefused("This API key has been revoked.", code="api_key_revoked")
    _note_use(api_key)
    return api_key


def _note_use(api_key: ApiKey) -> None:
    """`last_used_at` to the minute: at most one write a minute however busy the key."""
    now = timezone.now()
    if api_key.last_used_at is not None and now - api_key.last_used_at < LAST_USED_PRECISION:
        return
    stale = Q(last_used_at__isnull=True) | Q(last_used_at__lt=now - LAST_USED_PRECISION)
    ApiKey.objects.filter(stale, pk=api_key.pk).update(last_used_at=now)
    api_key.last_used_at = now


def _journal_refusal(api_key: ApiKey | None, *, reason: str) -> None:
    """Anonymous (the caller proved nothing), committed at once: the request fails, its row stays."""
    bucket = api_key.prefix if api_key is not None else "unknown"
    if not cache.add(f"sav:api-key-refused:{bucket}", 1, timeout=REFUSALS_JOURNALLED_EVERY_SECONDS):
        return
    with transaction.atomic():
        audit_record(
            actor=None, action=AuditAction.API_KEY_REFUSED, target_type=AuditTarget.API_KEY,
            target_id=api_key.pk if api_key is not None else None,
            target_label=_label(api_key) if api_key is not None else "", after={"reason": reason},
        )
