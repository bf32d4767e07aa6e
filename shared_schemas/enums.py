"""Enumerations of the wire contract. The server's model choices are built from these, and the
contract tests check that both sides agree."""

from enum import StrEnum


class TicketStatus(StrEnum):
    OPEN = "open"
    IN_PROGRESS = "in_progress"
    WAITING = "waiting"
    RESOLVED = "resolved"
    CLOSED = "closed"


ACTIVE_STATUSES = (TicketStatus.OPEN, TicketStatus.IN_PROGRESS, TicketStatus.WAITING)
DONE_STATUSES = (TicketStatus.RESOLVED, TicketStatus.CLOSED)


class TicketPriority(StrEnum):
    LOW = "low"
    NORMAL = "normal"
    HIGH = "high"


class TicketQueue(StrEnum):
    """Named lists a user opens all day; each is served by an index in its sort order."""

    OPEN = "open"
    MINE = "mine"
    UNASSIGNED = "unassigned"
    DUE_SOON = "due_soon"
    CLOSED = "closed"
    ALL = "all"


class MessageKind(StrEnum):
    REPLY = "reply"
    NOTE = "note"


class RoleAudience(StrEnum):
    CLIENT = "client"
    STAFF = "staff"
    SERVICE = "service"  # a machine account (the CRM's push): API keys only, never a sign-in


class BuiltinRole(StrEnum):
    CLIENT = "client"
    AGENT = "agent"
    ADMINISTRATOR = "administrator"
    CRM_SYNC = "crm_sync"


class Availability(StrEnum):
    AVAILABLE = "available"
    BUSY = "busy"
    AWAY = "away"


class Language(StrEnum):
    FR = "fr"
    EN = "en"


class TicketEventKind(StrEnum):
    CREATED = "created"
    STATUS_CHANGED = "status_changed"
    ASSIGNED = "assigned"
    PRIORITY_CHANGED = "priority_changed"
    CATEGORY_CHANGED = "category_changed"
    WATCHER_ADDED = "watcher_added"
    WATCHER_REMOVED = "watcher_removed"
    REPLY_ADDED = "reply_added"
    NOTE_ADDED = "note_added"
    REMINDER_SET = "reminder_set"
    REMINDER_CHANGED = "reminder_changed"
    REMINDER_DELETED = "reminder_deleted"
    RATED = "rated"
    DUE_AT_CHANGED = "due_at_changed"
    # Recorded by the scheduled jobs; staff-only (not in CLIENT_VISIBLE_EVENTS).
    REMINDER_DUE = "reminder_due"
    SLA_AT_RISK = "sla_at_risk"
    SLA_BREACHED = "sla_breached"


class TicketAction(StrEnum):
    """What a user may do to a ticket now (`allowed_actions` in its detail): one per desktop button."""

    REPLY = "reply"
    NOTE = "note"
    ASSIGN = "assign"
    EDIT = "edit"
    WATCH = "watch"
    START = "start"
    WAIT = "wait"
    RESOLVE = "resolve"
    CLOSE = "close"
    REOPEN = "reopen"
    RATE = "rate"
    REMIND = "remind"


# Events a client may see in a ticket's history; every other kind is staff-only.
CLIENT_VISIBLE_EVENTS = (
    TicketEventKind.CREATED,
    TicketEventKind.STATUS_CHANGED,
    TicketEventKind.REPLY_ADDED,
    TicketEventKind.RATED,
)


class NotificationType(StrEnum):
    """What a notification is about (DESIGN §6). Open on the wire: a newer server may add types."""

    TICKET_CREATED = "ticket.created"
    MESSAGE_CREATED = "message.created"
    NOTE_CREATED = "note.created"
    TICKET_ASSIGNED = "ticket.assigned"
    TICKET_STATUS_CHANGED = "ticket.status_changed"
    REMINDER_DUE = "reminder.due"
    SLA_AT_RISK = "sla.at_risk"
    RATING_RECEIVED = "rating.received"
    BUDGET_THRESHOLD_REACHED = "budget.threshold_reached"


# The only notification types a client may ever receive; every other type is for staff only.
CLIENT_NOTIFICATION_TYPES = (NotificationType.MESSAGE_CREATED, NotificationType.TICKET_STATUS_CHANGED)


class RecordSource(StrEnum):
    """Who owns a CRM record's fields: the CRM (read-only in the SAV), or the SAV (entered by hand)."""

    CRM = "crm"
    SAV = "sav"


class OrderStatus(StrEnum):
    """Where an order stands in the CRM (a mapping file translates the CRM's own values)."""

    PENDING = "pending"
    CONFIRMED = "confirmed"
    SHIPPED = "shipped"
    DELIVERED = "delivered"
    CANCELLED = "cancelled"


class Permission(StrEnum):
    """Permission codes a role may hold. Client roles may hold only CLIENT_PERMISSIONS."""

    TICKETS_CREATE = "tickets.create"
    TICKETS_REPLY = "tickets.reply"
    TICKETS_RATE = "tickets.rate"
    TICKETS_VIEW_ALL = "tickets.view_all"
    TICKETS_NOTE = "tickets.note"
    TICKETS_ASSIGN = "tickets.assign"
    TICKETS_EDIT = "tickets.edit"
    TICKETS_WATCH = "tickets.watch"
    TICKETS_CHANGE_STATUS = "tickets.change_status"
    TICKETS_REOPEN = "tickets.reopen"
    REMINDERS_MANAGE = "reminders.manage"
    CUSTOMERS_VIEW = "customers.view"
    CUSTOMERS_MANAGE = "customers.manage"
    CATEGORIES_MANAGE = "categories.manage"
    USERS_MANAGE = "users.manage"
    ROLES_MANAGE = "roles.manage"
    AUDIT_VIEW = "audit.view"
    CRM_MANAGE = "crm.manage"
    CRM_SYNC = "crm.sync"


CLIENT_PERMISSIONS = frozenset(
    {Permission.TICKETS_CREATE, Permission.TICKETS_REPLY, Permission.TICKETS_RATE}
)
# Held only by the CRM's service accounts (role `crm_sync`), never by a person's role.
SERVICE_PERMISSIONS = frozenset({Permission.CRM_SYNC})


def permissions_allowed_for(audience: "RoleAudience | str") -> frozenset[Permission]:
    """What a role of this audience may hold, whatever an administrator asks: a client role only client
    permissions, a service role only the service ones, a staff role everything else."""
    if audience == RoleAudience.CLIENT:
        return CLIENT_PERMISSIONS
    if audience == RoleAudience.SERVICE:
        return SERVICE_PERMISSIONS
    return frozenset(Permission) - SERVICE_PERMISSIONS
