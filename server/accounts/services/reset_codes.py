"""E-mailed one-time codes: "forgot password" and the invitation of a new user.

Only an HMAC of the code (keyed with SECRET_KEY, bound to the user) is stored. A code is
single-use, expires, and dies after MAX_FAILED_ATTEMPTS wrong tries; asking for a new code
invalidates the earlier ones. Answers never reveal whether an address has an account.
"""

import hashlib
import hmac
import secrets
from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.db.models import F
from django.utils import timezone

from accounts import emails
from accounts.models import PasswordResetCode, User
from accounts.services.auth import normalize_email, password_check_strength
from accounts.services.sessions import sessions_end_all
from audit.services import audit_record
from core.errors import ValidationFailed
from shared_schemas.audit import AuditAction, AuditTarget
from shared_schemas.enums import RoleAudience

CODE_DIGITS = 8
MAX_FAILED_ATTEMPTS = 5


def invitation_validity() -> timedelta:
    return timedelta(hours=getattr(settings, "SAV_INVITATION_HOURS", 72))


def reset_validity() -> timedelta:
    return timedelta(minutes=settings.SAV_PASSWORD_RESET_MINUTES)


def _digest(user: User, code: str) -> str:
    message = f"{user.pk}:{code}".encode()
    return hmac.new(settings.SECRET_KEY.encode(), message, hashlib.sha256).hexdigest()


def _code_invalid() -> ValidationFailed:
    return ValidationFailed("The code is wrong, expired or already used.", code="reset_code_invalid")


def _new_code() -> str:
    return f"{secrets.randbelow(10**CODE_DIGITS):0{CODE_DIGITS}d}"


def reset_code_issue(*, user: User, validity: timedelta) -> str:
    """Invalidate the user's unused codes and create a new one; returns the clear code (to be
    e-mailed, never stored). Call inside the caller's transaction."""
    now = timezone.now()
    PasswordResetCode.objects.filter(user=user, used_at__isnull=True, expires_at__gt=now).update(
        expires_at=now
    )
    code = _new_code()
    PasswordResetCode.objects.create(
        user=user, code_hash=_digest(user, code), created_at=now, expires_at=now + validity
    )
    return code


def _unknown_address_work(address: str, validity: timedelta) -> None:
    """What a request for an account costs besides its few inserts (a code, its HMAC, the e-mail's
    text), done for an address without one and thrown away: the answer does not tell them apart."""
    stand_in = User(pk=0, email=address, full_name=address)
    code = _new_code()
    _digest(stand_in, code)
    emails.password_reset_body(user=stand_in, code=code, validity=validity)


def _resettable(address: str) -> User | None:
    """The active account of this address that may choose a password: never a service account,
    which has none (API keys only)."""
    return (
        User.objects.filter(email=address, is_active=True).exclude(role__audience=RoleAudience.SERVICE).first()
    )


def password_reset_request(*, email: str) -> None:
    """Queue a reset code for an active account; do nothing visible otherwise (the journal still
    records the request, with the address asked for). Either way the request only writes rows: the
    code goes out through the e-mail outbox, never while the request waits."""
    address = normalize_email(email)
    user = _resettable(address)
    validity = reset_validity()
    with transaction.atomic():
        if user is None:
            _unknown_address_work(address, validity)
        else:
            code = reset_code_issue(user=user, validity=validity)
            emails.queue_password_reset_code(user=user, code=code, validity=validity)
        audit_record(
            actor=None, action=AuditAction.PASSWORD_RESET_REQUESTED, target_type=AuditTarget.USER,
            target_id=user.pk if user else None, target_label=user.email if user else address,
        )


def _live_code_for_update(user: User) -> PasswordResetCode | None:
    return (
        PasswordResetCode.objects.select_for_update()
        .filter(
            user=user,
            used_at__isnull=True,
            expires_at__gt=timezone.now(),
            failed_attempts__lt=MAX_FAILED_ATTEMPTS,
        )
        .order_by("-created_at", "-id")
        .first()
    )


def password_reset_confirm(*, email: str, code: str, new_password: str) -> None:
    """Set a new password with an e-mailed code and end every session of the account."""
    user = _resettable(normalize_email(email))
    if user is None:
        raise _code_invalid()
    with transaction.atomic():
        reset_code = _live_code_for_update(user)
        matches = reset_code is not None and hmac.compare_digest(
            reset_code.code_hash, _digest(user, code)
        )
        if reset_code is not None and not matches:
            # Committed even though the request fails: the tries of a code are limited.
            reset_code.failed_attempts = F("failed_attempts") + 1
            reset_code.save(update_fields=["failed_attempts"])
        if matches:
            password_check_strength(password=new_password, user=user, field="new_password")
            reset_code.used_at = timezone.now()
            reset_code.save(update_fields=["used_at"])
            user.set_password(new_password)
            user.save(update_fields=["password"])
            sessions_end_all(user=user)
            audit_record(
                actor=user, action=AuditAction.PASSWORD_RESET, target_type=AuditTarget.USER, target_id=user.pk,
                target_label=user.email,
            )
    if not matches:
        raise _code_invalid()
