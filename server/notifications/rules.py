"""Who is told of what: the fan-out table, in one place.

| ticket event   | notification type     | requester | assignee | previous assignee | watchers | view_all staff |
|----------------|-----------------------|-----------|----------|-------------------|----------|----------------|
| created        | ticket.created        |           | yes      |                   | yes      | yes            |
| reply_added    | message.created       | yes       | yes      |                   | yes      |                |
| note_added     | note.created          |           | yes      |                   | yes      |                |
| assigned       | ticket.assigned       |           | yes      | yes               | yes      |                |
| status_changed | ticket.status_changed | yes       | yes      |                   | yes      |                |
| rated          | rating.received       |           | yes      |                   | yes      |                |

Other events (watchers, reminders, priority, category, due date) notify nobody. On top of the table,
for every type (and for `notify_users`, the jobs' entry point): the actor is never told of their own
change; an inactive user is told nothing; a client only ever receives CLIENT_NOTIFICATION_TYPES (so an
internal note never reaches a client by any path), and only about a ticket the visibility selector
lets them see (never another customer's)."""

from enum import StrEnum

from accounts.models import User
from shared_schemas.enums import (
    CLIENT_NOTIFICATION_TYPES,
    NotificationType,
    Permission,
    TicketEventKind,
)
from tickets.models import Ticket, TicketEvent
from tickets.selectors.visibility import tickets_visible_to


class Audience(StrEnum):
    REQUESTER = "requester"
    ASSIGNEE = "assignee"
    PREVIOUS_ASSIGNEE = "previous_assignee"
    WATCHERS = "watchers"
    ALL_STAFF = "all_staff"


A = Audience
TYPE_OF_EVENT: dict[TicketEventKind, NotificationType] = {
    TicketEventKind.CREATED: NotificationType.TICKET_CREATED,
    TicketEventKind.REPLY_ADDED: NotificationType.MESSAGE_CREATED,
    TicketEventKind.NOTE_ADDED: NotificationType.NOTE_CREATED,
    TicketEventKind.ASSIGNED: NotificationType.TICKET_ASSIGNED,
    TicketEventKind.STATUS_CHANGED: NotificationType.TICKET_STATUS_CHANGED,
    TicketEventKind.RATED: NotificationType.RATING_RECEIVED,
}
AUDIENCES: dict[NotificationType, frozenset[Audience]] = {
    NotificationType.TICKET_CREATED: frozenset({A.ASSIGNEE, A.WATCHERS, A.ALL_STAFF}),
    NotificationType.MESSAGE_CREATED: frozenset({A.REQUESTER, A.ASSIGNEE, A.WATCHERS}),
    NotificationType.NOTE_CREATED: frozenset({A.ASSIGNEE, A.WATCHERS}),
    NotificationType.TICKET_ASSIGNED: frozenset({A.ASSIGNEE, A.PREVIOUS_ASSIGNEE, A.WATCHERS}),
    NotificationType.TICKET_STATUS_CHANGED: frozenset({A.REQUESTER, A.ASSIGNEE, A.WATCHERS}),
    NotificationType.RATING_RECEIVED: frozenset({A.ASSIGNEE, A.WATCHERS}),
}


def _previous_assignee_id(event: TicketEvent) -> int | None:
    previous = (event.data or {}).get("from")
    return previous.get("id") if isinstance(previous, dict) else None


def candidates(event: TicketEvent, notification_type: NotificationType) -> list[User]:
    """Everyone the table names for this event, before the rules of `may_receive`."""
    ticket = event.ticket
    audiences = AUDIENCES[notification_type]
    ids: set[int] = set()
    if A.REQUESTER in audiences:
        ids.add(ticket.requester_id)
    if A.ASSIGNEE in audiences and ticket.assignee_id:
        ids.add(ticket.assignee_id)
    if A.PREVIOUS_ASSIGNEE in audiences and _previous_assignee_id(event):
        ids.add(_previous_assignee_id(event))
    if A.WATCHERS in audiences:
        ids.update(Ticket.watchers.through.objects.filter(ticket_id=ticket.id).values_list("user_id", flat=True))
    users = list(User.objects.select_related("role").filter(id__in=ids, is_active=True))
    if A.ALL_STAFF in audiences:
        known = {user.id for user in users}
        staff = User.objects.select_related("role").filter(is_active=True, role__audience="staff")
        users += [
            user for user in staff.exclude(id__in=known) if user.has_permission(Permission.TICKETS_VIEW_ALL)
        ]
    return users


def may_receive(user: User, notification_type: NotificationType, ticket: Ticket | None) -> bool:
    """The rules no table row can override."""
    if not user.is_active:
        return False
    if user.is_client and notification_type not in CLIENT_NOTIFICATION_TYPES:
        return False
    if ticket is None:
        return user.is_staff_member
    if user.is_staff_member and (user.has_permission(Permission.TICKETS_VIEW_ALL) or user.id == ticket.assignee_id):
        return True  # the assignee as the change sets it (the ticket row is saved after its event)
    return tickets_visible_to(user).filter(pk=ticket.pk).exists()
