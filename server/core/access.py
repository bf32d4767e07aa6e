"""Permission checks shared by every app. Visibility of objects lives in each app's selectors."""

from core.errors import NotFound, PermissionDenied
from shared_schemas.enums import Permission


def require_permission(user, permission: Permission) -> None:
    if not user.has_permission(permission):
        raise PermissionDenied(
            "Your role does not allow this action.", code="permission_denied", extra={"permission": permission.value}
        )


def require_staff(user) -> None:
    if not user.is_staff_member:
        raise PermissionDenied("Only Origyne staff can do this.", code="staff_only")


def require_hidden_staff_permission(user, permission: Permission) -> None:
    """For resources whose very existence is staff business (the audit trail): a client gets
    `not_found`, staff without `permission` get 403."""
    if not user.is_staff_member:
        raise NotFound()
    require_permission(user, permission)
