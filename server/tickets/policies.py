"""Who may do what to a ticket, now. The services enforce these rules and `allowed_actions` reports
them to the desktop, so the buttons it shows are exactly the requests the server will accept."""

from dataclasses import dataclass

from shared_schemas.enums import DONE_STATUSES, Permission, TicketAction, TicketStatus


@dataclass(frozen=True)
class Transition:
    action: TicketAction
    permission: Permission
    sources: frozenset[TicketStatus]
    # None: the target depends on the ticket (reopen → in_progress if assigned, else open).
    target: TicketStatus | None
    verb: str


_ALL = frozenset(TicketStatus)
TRANSITIONS: dict[TicketAction, Transition] = {
    t.action: t
    for t in (
        Transition(
            TicketAction.START,
            Permission.TICKETS_CHANGE_STATUS,
            frozenset({TicketStatus.OPEN, TicketStatus.WAITING}),
            TicketStatus.IN_PROGRESS,
            "started",
        ),
        Transition(
            TicketAction.WAIT,
            Permission.TICKETS_CHANGE_STATUS,
            frozenset({TicketStatus.OPEN, TicketStatus.IN_PROGRESS}),
            TicketStatus.WAITING,
            "put on hold for the client",
        ),
        Transition(
            TicketAction.RESOLVE,
            Permission.TICKETS_CHANGE_STATUS,
            frozenset({TicketStatus.OPEN, TicketStatus.IN_PROGRESS, TicketStatus.WAITING}),
            TicketStatus.RESOLVED,
            "resolved",
        ),
        Transition(
            TicketAction.CLOSE,
            Permission.TICKETS_CHANGE_STATUS,
            _ALL - {TicketStatus.CLOSED},
            TicketStatus.CLOSED,
            "closed",
        ),
        Transition(
            TicketAction.REOPEN,
            Permission.TICKETS_REOPEN,
            frozenset(DONE_STATUSES),
            None,
            "reopened",
        ),
    )
}

# A client reply on a ticket in one of these states hands it back to Origyne.
CLIENT_REPLY_REACTIVATES = frozenset({TicketStatus.RESOLVED, TicketStatus.WAITING})


def reactivated_status(ticket) -> TicketStatus:
    """Where a ticket goes when it becomes active again (reopen, client reply)."""
    return TicketStatus.IN_PROGRESS if ticket.assignee_id else TicketStatus.OPEN


def transition_target(transition: Transition, ticket) -> TicketStatus:
    return transition.target or reactivated_status(ticket)


def can_rate(user, ticket, *, already_rated: bool) -> bool:
    return (
        user.is_client
        and user.customer_id == ticket.customer_id
        and user.has_permission(Permission.TICKETS_RATE)
        and ticket.status in DONE_STATUSES
        and not already_rated
    )


def allowed_actions(user, ticket, *, already_rated: bool) -> list[TicketAction]:
    """What `user` may do to `ticket` (already visible to them) in its current state."""
    is_open_for_work = ticket.status != TicketStatus.CLOSED
    staff = user.is_staff_member
    may = user.has_permission
    actions: list[TicketAction] = []
    if is_open_for_work and may(Permission.TICKETS_REPLY):
        actions.append(TicketAction.REPLY)
    if staff:
        staff_actions = (
            (TicketAction.NOTE, Permission.TICKETS_NOTE, is_open_for_work),
            (TicketAction.ASSIGN, Permission.TICKETS_ASSIGN, is_open_for_work),
            (TicketAction.EDIT, Permission.TICKETS_EDIT, is_open_for_work),
            (TicketAction.WATCH, Permission.TICKETS_WATCH, True),
        )
        actions += [action for action, permission, ok in staff_actions if ok and may(permission)]
        actions += [
            transition.action
            for transition in TRANSITIONS.values()
            if ticket.status in transition.sources and may(transition.permission)
        ]
    if can_rate(user, ticket, already_rated=already_rated):
        actions.append(TicketAction.RATE)
    if staff and is_open_for_work and may(Permission.REMINDERS_MANAGE):
        actions.append(TicketAction.REMIND)
    return actions
