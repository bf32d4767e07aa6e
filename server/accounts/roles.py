"""Permission sets of the built-in roles, and the rules on who may give which.

`crm.sync` belongs to the CRM's service accounts alone (the `crm_sync` role, audience `service`,
given only by creating an API key): no administrator holds it, so nobody can give it through role or
account management, and no staff role may hold it."""

from collections.abc import Iterable

from shared_schemas.enums import CLIENT_PERMISSIONS, SERVICE_PERMISSIONS, BuiltinRole, Permission, RoleAudience

AGENT_PERMISSIONS = frozenset(
    {
        Permission.TICKETS_CREATE,
        Permission.TICKETS_REPLY,
        Permission.TICKETS_VIEW_ALL,
        Permission.TICKETS_NOTE,
        Permission.TICKETS_ASSIGN,
        Permission.TICKETS_EDIT,
        Permission.TICKETS_WATCH,
        Permission.TICKETS_CHANGE_STATUS,
        Permission.TICKETS_REOPEN,
        Permission.REMINDERS_MANAGE,
        Permission.CUSTOMERS_VIEW,
    }
)
ADMINISTRATOR_PERMISSIONS = frozenset(Permission) - {Permission.TICKETS_RATE} - SERVICE_PERMISSIONS

BUILTIN_ROLES: dict[BuiltinRole, dict] = {
    BuiltinRole.CLIENT: {
        "name": "Client",
        "audience": RoleAudience.CLIENT,
        "permissions": CLIENT_PERMISSIONS,
    },
    BuiltinRole.AGENT: {
        "name": "Agent",
        "audience": RoleAudience.STAFF,
        "permissions": AGENT_PERMISSIONS,
    },
    BuiltinRole.ADMINISTRATOR: {
        "name": "Administrateur",
        "audience": RoleAudience.STAFF,
        "permissions": ADMINISTRATOR_PERMISSIONS,
    },
    BuiltinRole.CRM_SYNC: {
        "name": "Synchronisation CRM",
        "audience": RoleAudience.SERVICE,
        "permissions": SERVICE_PERMISSIONS,
    },
}




def permissions_beyond(held: Iterable[str], *, audience: str, permissions: Iterable[str]) -> set[str]:
    """Permissions of a role of `audience` that someone holding `held` does not hold themself: they
    may not give them, through a role's permissions or a user's role. Client permissions on a client
    role do not count: an administrator manages client roles and accounts without rating tickets."""
    exempt = CLIENT_PERMISSIONS if audience == RoleAudience.CLIENT else frozenset()
    return {str(code) for code in permissions} - {str(code) for code in held} - {str(code) for code in exempt}


def holds_every_permission(held: Iterable[str]) -> bool:
    """What only a full administrator holds: every permission a staff role can use."""
    return {str(code) for code in ADMINISTRATOR_PERMISSIONS} <= {str(code) for code in held}
