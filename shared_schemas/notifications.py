"""Notifications and notification preferences on the wire."""

from datetime import datetime

from shared_schemas.common import UserRef, WireModel


class NotificationPayload(WireModel):
    """What the desktop shows; which keys are there depends on the type."""

    reference: str | None = None
    subject: str | None = None
    actor: UserRef | None = None
    message_id: int | None = None
    excerpt: str | None = None  # first ~200 characters of the message (or of the new ticket)
    from_status: str | None = None
    to_status: str | None = None
    assignee: UserRef | None = None
    previous_assignee: UserRef | None = None
    stars: int | None = None
    note: str | None = None
    due_at: datetime | None = None
    breached: bool | None = None  # sla.at_risk: the deadline has passed
    remind_at: datetime | None = None  # reminder.due


class NotificationOut(WireModel):
    id: int  # increasing: resume with ?after_id=
    type: str  # a NotificationType value; open, a newer server may add types
    ticket: int | None
    payload: NotificationPayload
    created_at: datetime
    read_at: datetime | None


class UnreadCount(WireModel):
    unread: int


class ReadAllResult(WireModel):
    marked: int
    unread: int


class NotificationPreference(WireModel):
    type: str
    in_app: bool
    email: bool
