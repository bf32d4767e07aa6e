"""Users administration and the user's own profile."""

from django.db import IntegrityError, transaction
from django.utils import timezone

from accounts import emails
from accounts.models import AgentProfile, PasswordResetCode, Role, User
from accounts.roles import permissions_beyond
from accounts.services.auth import normalize_email, password_check_strength
from accounts.services.reset_codes import invitation_validity, reset_code_issue
from accounts.services.sessions import sessions_end_all
from audit.services import audit_diff, audit_fields, audit_record
from core.errors import Conflict, PermissionDenied, ValidationFailed
from core.parsing import UNSET
from crm.models import Contact, Customer
from shared_schemas.audit import AuditAction, AuditTarget
from shared_schemas.enums import Language, RoleAudience

# What the journal tracks of an account, one action per kind of change; never its password.
_CHANGE_ACTIONS = (
    (AuditAction.USER_UPDATED, ("full_name", "phone", "language")),
    (AuditAction.USER_ROLE_CHANGED, ("role",)),
    (AuditAction.USER_CUSTOMER_CHANGED, ("customer", "contact")),
)
_TRACKED = tuple(field for _action, fields in _CHANGE_ACTIONS for field in fields)


def _audit(actor: User, action: AuditAction, user: User, *, before=None, after=None) -> None:
    audit_record(
        actor=actor, action=action, target_type=AuditTarget.USER, target_id=user.pk, target_label=user.email,
        before=before, after=after,
    )


def _audit_changes(actor: User, user: User, before: dict) -> None:
    """One row per kind of change (profile, role, customer), each with only the fields that changed."""
    old, new = audit_diff(before, audit_fields(user, before))
    for action, fields in _CHANGE_ACTIONS:
        changed = [field for field in fields if field in new]
        if changed:
            _audit(actor, action, user, before={f: old[f] for f in changed}, after={f: new[f] for f in changed})


def _permissions_beyond(actor: User, role: Role) -> set[str]:
    return permissions_beyond(actor.role.permissions, audience=role.audience, permissions=role.permissions)


def _check_role_assignable(actor: User, role: Role) -> None:
    if _permissions_beyond(actor, role):
        raise PermissionDenied(
            "You cannot give a role holding permissions you do not have.", code="role_not_assignable"
        )


def _check_manageable(actor: User, user: User) -> None:
    if _permissions_beyond(actor, user.role):
        raise PermissionDenied(
            "This account holds permissions you do not have.", code="user_not_manageable"
        )


def _error(code: str, message: str) -> list[dict[str, str]]:
    return [{"code": code, "message": message}]


def _placement_errors(
    *, user: User | None, role: Role, customer: Customer | None, contact: Contact | None
) -> dict[str, list[dict[str, str]]]:
    """A client account belongs to one customer (and optionally one of its contacts); a staff
    account belongs to none."""
    errors: dict[str, list[dict[str, str]]] = {}
    if role.audience == RoleAudience.CLIENT:
        if customer is None:
            errors["customer"] = _error("required", "A client account needs a customer.")
        elif contact is not None and contact.customer_id != customer.pk:
            errors["contact"] = _error(
                "contact_not_of_customer", "This contact belongs to another customer."
            )
    else:
        if customer is not None:
            errors["customer"] = _error("not_allowed_for_staff", "A staff account has no customer.")
        if contact is not None:
            errors["contact"] = _error("not_allowed_for_staff", "A staff account has no contact.")
    if contact is not None and "contact" not in errors:
        holders = User.objects.filter(contact=contact)
        if user is not None:
            holders = holders.exclude(pk=user.pk)
        if holders.exists():
            errors["contact"] = _error("contact_taken", "This contact already has an account.")
    return errors


def _raise_if(errors: dict[str, list[dict[str, str]]]) -> None:
    if errors:
        raise ValidationFailed(next(iter(errors.values()))[0]["message"], errors=errors)


def user_create(
    *,
    actor: User,
    email: str,
    full_name: str,
    role: Role,
    customer: Customer | None = None,
    contact: Contact | None = None,
    phone: str = "",
    language: str = Language.FR,
    password: str | None = None,
) -> User:
    """Create an account. Without a password, the user receives an invitation e-mail with a
    code to choose one. Staff accounts get an agent profile."""
    email = normalize_email(email)
    _check_role_assignable(actor, role)
    errors = _placement_errors(user=None, role=role, customer=customer, contact=contact)
    if User.objects.filter(email=email).exists():
        errors["email"] = _error("email_taken", "An account already uses this e-mail address.")
    _raise_if(errors)
    user = User(
        email=email, full_name=full_name, role=role, customer=customer, contact=contact,
        phone=phone, language=language,
    )
    if password:
        password_check_strength(password=password, user=user, field="password")
        user.set_password(password)
    else:
        user.set_unusable_password()
    with transaction.atomic():
        try:
            with transaction.atomic():
                user.save(force_insert=True)
        except IntegrityError as exc:
            # A concurrent request created the same account (or took the contact) meanwhile.
            field = "email" if User.objects.filter(email=email).exists() else "contact"
            raise ValidationFailed.for_field(
                field, "Already used by another account.", code=f"{field}_taken"
            ) from exc
        if role.is_staff_role:
            AgentProfile.objects.create(user=user)
        _audit(actor, AuditAction.USER_CREATED, user, after=audit_fields(user, ("email", *_TRACKED)))
        if not password:
            validity = invitation_validity()
            code = reset_code_issue(user=user, validity=validity)
            _audit(actor, AuditAction.USER_INVITED, user)
            emails.queue_invitation(user=user, code=code, validity=validity)
    return user


def user_update(
    *,
    actor: User,
    user: User,
    full_name=UNSET,
    phone=UNSET,
    language=UNSET,
    role=UNSET,
    customer=UNSET,
    contact=UNSET,
) -> User:
    """Change an account. A role of the other audience moves the account: to staff, its customer
    and contact are cleared; to client, a customer is required."""
    _check_manageable(actor, user)
    before = audit_fields(user, _TRACKED)
    new_role = user.role if role is UNSET else role
    if new_role.pk != user.role_id:
        if user.pk == actor.pk:
            raise Conflict("You cannot change your own role.", code="cannot_change_own_role")
        _check_role_assignable(actor, new_role)
    moves = role is not UNSET or customer is not UNSET or contact is not UNSET
    if customer is UNSET:
        customer = user.customer if new_role.audience == RoleAudience.CLIENT else None
    if contact is UNSET:
        contact = user.contact
        if contact is not None and (customer is None or contact.customer_id != customer.pk):
            contact = None
    if moves:
        _raise_if(_placement_errors(user=user, role=new_role, customer=customer, contact=contact))
    changes = {
        "full_name": full_name, "phone": phone, "language": language,
        "role": new_role, "customer": customer, "contact": contact,
    }
    changed = []
    for field, value in changes.items():
        if value is not UNSET and getattr(user, field) != value:
            setattr(user, field, value)
            changed.append(field)
    with transaction.atomic():
        if changed:
            try:
                with transaction.atomic():
                    user.save(update_fields=changed)
            except IntegrityError as exc:
                raise ValidationFailed.for_field(
                    "contact", "This contact already has an account.", code="contact_taken"
                ) from exc
            _audit_changes(actor, user, before)
        if new_role.is_staff_role:
            AgentProfile.objects.get_or_create(user=user)
    return user


def me_update(*, actor: User, full_name=UNSET, phone=UNSET, language=UNSET) -> User:
    """The user's own profile: only these fields, never role, customer, e-mail or status."""
    changes = {"full_name": full_name, "phone": phone, "language": language}
    changed = [field for field, value in changes.items() if value is not UNSET]
    before = audit_fields(actor, changed)
    for field in changed:
        setattr(actor, field, changes[field])
    if changed:
        with transaction.atomic():
            actor.save(update_fields=changed)
            _audit_changes(actor, actor, before)
    return actor


def user_deactivate(*, actor: User, user: User) -> User:
    """Block an account: its refresh tokens are blacklisted and its access tokens stop working
    at once (authentication checks `is_active` on every request)."""
    if user.pk == actor.pk:
        raise Conflict("You cannot deactivate your own account.", code="cannot_deactivate_self")
    _check_manageable(actor, user)
    return _block(actor, user)


def user_deactivate_gone_contact(*, actor: User | None, user: User) -> User:
    """The CRM no longer has the contact this client login belongs to (a person who left the
    customer): the login is blocked like a deactivation, by the sync (`actor`: its requester, or
    None for the scheduled sync)."""
    return _block(actor, user)


def _block(actor: User | None, user: User) -> User:
    with transaction.atomic():
        if user.is_active:
            user.is_active = False
            user.deactivated_at = timezone.now()
            user.save(update_fields=["is_active", "deactivated_at"])
            _audit(actor, AuditAction.USER_DEACTIVATED, user, before={"is_active": True}, after={"is_active": False})
        sessions_end_all(user=user)
        now = timezone.now()
        PasswordResetCode.objects.filter(user=user, used_at__isnull=True, expires_at__gt=now).update(
            expires_at=now
        )
    return user


def user_reactivate(*, actor: User, user: User) -> User:
    _check_manageable(actor, user)
    if not user.is_active:
        with transaction.atomic():
            user.is_active = True
            user.deactivated_at = None
            user.save(update_fields=["is_active", "deactivated_at"])
            _audit(actor, AuditAction.USER_REACTIVATED, user, before={"is_active": False}, after={"is_active": True})
    return user
