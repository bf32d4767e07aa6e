"""Roles administration: named permission sets, with the rules that keep them safe."""

from django.db import IntegrityError, transaction
from django.db.models import ProtectedError

from accounts.models import Role, User
from accounts.roles import holds_every_permission, permissions_beyond
from audit.services import audit_diff, audit_fields, audit_record
from core.errors import Conflict, PermissionDenied, ValidationFailed
from core.parsing import UNSET
from shared_schemas.audit import AuditAction, AuditTarget
from shared_schemas.enums import BuiltinRole, Permission, RoleAudience, permissions_allowed_for

# Without these the built-in administrator could lock everyone out of administration.
ADMINISTRATOR_KEEPS = frozenset({Permission.USERS_MANAGE, Permission.ROLES_MANAGE})


def _checked_permissions(audience: str, permissions: list[str]) -> list[str]:
    allowed = permissions_allowed_for(RoleAudience(audience))
    refused = sorted(set(permissions) - {str(p) for p in allowed})
    if refused:
        raise ValidationFailed(
            f"A {audience} role cannot hold: {', '.join(refused)}.",
            errors={
                "permissions": [
                    {"code": "permission_not_allowed", "message": f"{code} is not allowed for a {audience} role."}
                    for code in refused
                ]
            },
        )
    return sorted(set(permissions))


def _check_permissions_held(actor: User, audience: str, permissions: list[str]) -> None:
    """Nobody makes a role hold a permission they do not hold themself."""
    beyond = sorted(permissions_beyond(actor.role.permissions, audience=audience, permissions=permissions))
    if beyond:
        raise PermissionDenied(
            f"You cannot give a role permissions you do not hold: {', '.join(beyond)}.",
            code="permission_not_held",
            errors={
                "permissions": [
                    {"code": "permission_not_held", "message": f"You do not hold {code}."} for code in beyond
                ]
            },
        )


def role_check_manageable(*, actor: User, role: Role) -> None:
    """Who may change or delete `role` at all: not its own holders (nobody raises or cuts their own
    access), nobody below it, and for a built-in role only an administrator holding every permission."""
    if role.pk == actor.role_id:
        raise PermissionDenied("You cannot change the role you hold.", code="own_role_not_editable")
    if role.is_builtin and not holds_every_permission(actor.role.permissions):
        raise PermissionDenied(
            "Only an administrator holding every permission changes a built-in role.", code="builtin_role_protected"
        )
    if permissions_beyond(actor.role.permissions, audience=role.audience, permissions=role.permissions):
        raise PermissionDenied("This role holds permissions you do not have.", code="role_not_manageable")


def _name_taken(name: str, *, exclude: Role | None = None) -> bool:
    roles = Role.objects.filter(name__iexact=name)
    if exclude is not None:
        roles = roles.exclude(pk=exclude.pk)
    return roles.exists()


def _taken_error(field: str) -> ValidationFailed:
    return ValidationFailed.for_field(field, f"Another role already uses this {field}.", code=f"{field}_taken")


def _audit(actor: User, action: AuditAction, role: Role, role_id: int, *, before=None, after=None) -> None:
    audit_record(
        actor=actor, action=action, target_type=AuditTarget.ROLE, target_id=role_id, target_label=role.name,
        before=before, after=after,
    )


def role_create(*, actor: User, code: str, name: str, audience: str, permissions: list[str]) -> Role:
    if audience == RoleAudience.SERVICE:
        # The one service role is built in; its accounts come with the API keys (crm/api-keys).
        raise ValidationFailed.for_field(
            "audience", "Service roles are built in; create an API key instead.", code="audience_not_allowed"
        )
    permissions = _checked_permissions(audience, permissions)
    _check_permissions_held(actor, audience, permissions)
    if Role.objects.filter(code=code).exists():
        raise _taken_error("code")
    if _name_taken(name):
        raise _taken_error("name")
    role = Role(code=code, name=name, audience=audience, permissions=permissions, is_builtin=False)
    with transaction.atomic():
        try:
            with transaction.atomic():
                role.save(force_insert=True)
        except IntegrityError as exc:
            raise _taken_error("code" if Role.objects.filter(code=code).exists() else "name") from exc
        _audit(actor, AuditAction.ROLE_CREATED, role, role.pk,
               after=audit_fields(role, ("code", "name", "audience", "permissions")))
    return role


def role_update(*, actor: User, role: Role, name=UNSET, permissions=UNSET) -> Role:
    """Rename a role or change its permissions; its code and audience never change."""
    role_check_manageable(actor=actor, role=role)
    before = audit_fields(role, ("name", "permissions"))
    changed = []
    if permissions is not UNSET:
        permissions = _checked_permissions(role.audience, permissions)
        _check_permissions_held(actor, role.audience, permissions)
        if role.is_builtin and role.code == BuiltinRole.ADMINISTRATOR:
            missing = sorted(str(p) for p in ADMINISTRATOR_KEEPS - set(permissions))
            if missing:
                raise Conflict(
                    f"The administrator role must keep {', '.join(missing)}.",
                    code="administrator_permissions_required",
                )
        if permissions != role.permissions:
            role.permissions = permissions
            changed.append("permissions")
    if name is not UNSET and name != role.name:
        if _name_taken(name, exclude=role):
            raise _taken_error("name")
        role.name = name
        changed.append("name")
    if changed:
        with transaction.atomic():
            try:
                with transaction.atomic():
                    role.save(update_fields=changed)
            except IntegrityError as exc:
                raise _taken_error("name") from exc
            old, new = audit_diff(before, audit_fields(role, changed))
            _audit(actor, AuditAction.ROLE_UPDATED, role, role.pk, before=old, after=new)
    return role


def role_delete(*, actor: User, role: Role) -> None:
    if role.is_builtin:
        raise Conflict("A built-in role cannot be deleted.", code="builtin_role")
    role_check_manageable(actor=actor, role=role)
    in_use = Conflict("Users still hold this role; give them another one first.", code="role_in_use")
    with transaction.atomic():
        if User.objects.filter(role=role).exists():
            raise in_use
        role_id, before = role.pk, audit_fields(role, ("code", "name", "audience", "permissions"))
        try:
            with transaction.atomic():
                role.delete()
        except (ProtectedError, IntegrityError) as exc:
            raise in_use from exc
        _audit(actor, AuditAction.ROLE_DELETED, role, role_id, before=before)
