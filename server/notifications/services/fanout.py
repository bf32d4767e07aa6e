"""Recording notifications and their e-mails, inside the transaction of the change they tell about.

`notify_for_ticket_event` is called by `tickets.services.events.record_event` for every ticket event
(its delivery runs from `publish_event` on commit); `notify_users` is the entry point of other
services and jobs (reminders due, SLA at risk), which delivers on commit itself."""

from collections.abc import Iterable
from typing import Any

from django.db import transaction

from notifications import delivery, rules
from notifications.models import EmailOutbox, Notification
from notifications.preferences import default_choice
from notifications.selectors import stored_preferences
from notifications.services.outbox import email_row
from shared_schemas.enums import NotificationType
from tickets.models import Ticket, TicketEvent


def notify_for_ticket_event(event: TicketEvent) -> list[int]:
    """The notifications (and e-mails) of one ticket event, per `rules`; the new notification ids."""
    notification_type = rules.TYPE_OF_EVENT.get(event.kind)
    if notification_type is None:
        return []
    from notifications.payloads import payload_for_event

    return _record(
        users=rules.candidates(event, notification_type),
        notification_type=notification_type,
        ticket=event.ticket,
        payload=payload_for_event(event, notification_type),
        event=event,
        actor=event.actor,
    )


def notify_users(
    *,
    users: Iterable,
    type: NotificationType,  # noqa: A002  (the wire's name)
    ticket: Ticket | None,
    payload: dict[str, Any],
    actor=None,
) -> list[int]:
    """Notify `users` of `type` about `ticket` (None for non-ticket types), in the caller's
    transaction, then push them and wake the e-mail sender once it commits.

    The rules of `rules.may_receive` still apply (a client only gets client types, about tickets it
    sees; the actor is skipped), and so do each user's preferences. `payload` should hold what the
    desktop shows: start from `notifications.payloads.ticket_payload(ticket)` and add e.g. `note`
    or `due_at` (ISO 8601). Returns the new notification ids."""
    with transaction.atomic():
        ids = _record(
            users=list(users), notification_type=NotificationType(type), ticket=ticket, payload=payload,
            event=None, actor=actor,
        )
        transaction.on_commit(lambda: delivery.deliver(ids))
    return ids


def _record(*, users, notification_type, ticket, payload, event, actor) -> list[int]:
    actor_id = getattr(actor, "id", None)
    recipients = {
        user.id: user
        for user in users
        if user.id != actor_id and rules.may_receive(user, notification_type, ticket)
    }
    stored = stored_preferences(list(recipients), notification_type)
    notifications, emails = [], []
    for user in recipients.values():
        choice = stored.get(user.id) or default_choice(user, notification_type)
        if choice is None:
            continue
        if choice.in_app:
            notifications.append(
                Notification(recipient=user, type=notification_type, ticket=ticket, event=event, payload=payload)
            )
        if choice.email and user.email:
            emails.append(email_row(user=user, notification_type=notification_type, payload=payload, event=event))
    EmailOutbox.objects.bulk_create(emails)
    created = Notification.objects.bulk_create(notifications)
    return [notification.id for notification in created]
