"""Sign-in and password changes."""

from django.contrib.auth import authenticate, password_validation
from django.contrib.auth.signals import user_logged_in
from django.core.exceptions import ValidationError as DjangoValidationError
from django.db import transaction
from django.http import HttpRequest

from accounts.models import User
from accounts.services.sessions import TokenPair, session_token_pair, sessions_end_all
from audit.services import audit_record
from core.errors import AuthenticationFailed, PermissionDenied, RateLimited, ValidationFailed
from shared_schemas.audit import AuditAction, AuditTarget
from shared_schemas.enums import RoleAudience


def normalize_email(raw: str) -> str:
    """E-mails are stored and compared lower-cased."""
    return raw.strip().lower()


def password_check_strength(*, password: str, user: User, field: str) -> None:
    """Django's password validators, as field errors on `field`."""
    try:
        password_validation.validate_password(password, user=user)
    except DjangoValidationError as exc:
        raise ValidationFailed(
            exc.messages[0],
            errors={
                field: [
                    {"code": error.code or "invalid", "message": message}
                    for error in exc.error_list
                    for message in error.messages
                ]
            },
        ) from exc


def auth_login(*, request: HttpRequest, email: str, password: str) -> tuple[User, TokenPair]:
    """Check credentials through django-axes, which counts failures per (e-mail, IP) and
    refuses a locked pair before the password is even checked."""
    user = authenticate(request, username=normalize_email(email), password=password)
    if getattr(request, "axes_locked_out", False):
        _audit_refused_sign_in(AuditAction.LOCKED_OUT, email)
        raise RateLimited(
            "Too many failed sign-in attempts for this account from this address; try again later.",
            code="account_locked",
        )
    if user is None or user.role.audience == RoleAudience.SERVICE:
        _audit_refused_sign_in(AuditAction.SIGN_IN_FAILED, email)
        # Wrong password, unknown e-mail, deactivated account and service account (API keys only) answer alike.
        raise AuthenticationFailed("The e-mail address or the password is wrong.", code="invalid_credentials")
    if user.customer_id is not None and not user.customer.is_active:
        _audit_refused_sign_in(AuditAction.SIGN_IN_FAILED, email)
        # Said only to whoever gave the right password: the account is fine, its company's access is not.
        raise PermissionDenied("The access of this account's customer is deactivated.", code="customer_inactive")
    with transaction.atomic():
        # Resets the axes failure counter of this pair and records last_login.
        user_logged_in.send(sender=user.__class__, request=request, user=user)
        tokens = session_token_pair(user=user)
        _audit(user, AuditAction.SIGN_IN)
    return user, tokens


def password_change(
    *, actor: User, current_password: str, new_password: str, session_started_at: int | None
) -> TokenPair:
    """Change the actor's password, end every other session and return a fresh pair for this one."""
    if not actor.check_password(current_password):
        raise ValidationFailed.for_field(
            "current_password", "The current password is wrong.", code="wrong_password"
        )
    password_check_strength(password=new_password, user=actor, field="new_password")
    with transaction.atomic():
        actor.set_password(new_password)
        actor.save(update_fields=["password"])
        sessions_end_all(user=actor)
        _audit(actor, AuditAction.PASSWORD_CHANGED)
        return session_token_pair(user=actor, session_started_at=session_started_at)


def _audit(user: User, action: AuditAction) -> None:
    audit_record(actor=user, action=action, target_type=AuditTarget.USER, target_id=user.pk, target_label=user.email)


def _audit_refused_sign_in(action: AuditAction, email: str) -> None:
    """Anonymous (no one proved who they are), about the account of that address if there is one.
    Committed at once: the request fails, its journal row stays."""
    address = normalize_email(email)
    user_id = User.objects.filter(email=address).values_list("pk", flat=True).first()
    with transaction.atomic():
        audit_record(
            actor=None, action=action, target_type=AuditTarget.USER, target_id=user_id, target_label=address
        )
