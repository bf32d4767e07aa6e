"""Default notification preferences, per audience and type (a user's stored choice overrides them).

| type                      | client (in-app, e-mail) | staff (in-app, e-mail) |
|---------------------------|-------------------------|------------------------|
| ticket.created            | —                       | on, on                 |
| message.created           | on, on                  | on, off                |
| note.created              | —                       | on, off                |
| ticket.assigned           | —                       | on, on                 |
| ticket.status_changed     | on, on                  | on, off                |
| reminder.due              | —                       | on, on                 |
| sla.at_risk               | —                       | on, on                 |
| rating.received           | —                       | on, off                |
| budget.threshold_reached  | —                       | on, off                |

"—": a client never receives that type, so it has no preference to set."""

from dataclasses import dataclass

from shared_schemas.enums import CLIENT_NOTIFICATION_TYPES, NotificationType, RoleAudience

T = NotificationType


@dataclass(frozen=True)
class Choice:
    in_app: bool
    email: bool


ON_BOTH, IN_APP_ONLY = Choice(True, True), Choice(True, False)

DEFAULTS: dict[RoleAudience, dict[NotificationType, Choice]] = {
    RoleAudience.CLIENT: {T.MESSAGE_CREATED: ON_BOTH, T.TICKET_STATUS_CHANGED: ON_BOTH},
    RoleAudience.STAFF: {
        T.TICKET_CREATED: ON_BOTH,
        T.MESSAGE_CREATED: IN_APP_ONLY,
        T.NOTE_CREATED: IN_APP_ONLY,
        T.TICKET_ASSIGNED: ON_BOTH,
        T.TICKET_STATUS_CHANGED: IN_APP_ONLY,
        T.REMINDER_DUE: ON_BOTH,
        T.SLA_AT_RISK: ON_BOTH,
        T.RATING_RECEIVED: IN_APP_ONLY,
        T.BUDGET_THRESHOLD_REACHED: IN_APP_ONLY,
    },
}
assert set(DEFAULTS[RoleAudience.CLIENT]) == set(CLIENT_NOTIFICATION_TYPES)
assert set(DEFAULTS[RoleAudience.STAFF]) == set(NotificationType)


def audience_of(user) -> RoleAudience:
    return RoleAudience.STAFF if user.is_staff_member else RoleAudience.CLIENT


def types_for(user) -> list[NotificationType]:
    """The types `user` may receive, hence set preferences for, in the enum's order."""
    return [t for t in NotificationType if t in DEFAULTS[audience_of(user)]]


def default_choice(user, notification_type: NotificationType) -> Choice | None:
    return DEFAULTS[audience_of(user)].get(NotificationType(notification_type))
