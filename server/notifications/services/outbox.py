"""Writing e-mails to the outbox (sent later by `email_sender`, after the transaction commits)."""

from typing import Any

from django.db import transaction

from notifications import emails, worker
from notifications.models import EmailOutbox
from shared_schemas.enums import NotificationType


def email_enqueue(*, user, notification_type: NotificationType, payload: dict[str, Any], event=None) -> EmailOutbox:
    row = email_row(user=user, notification_type=notification_type, payload=payload, event=event)
    row.save()
    return row


def email_enqueue_message(*, user, subject: str, body: str) -> EmailOutbox:
    """An e-mail that is not a notification (a password-reset code, an invitation): written in the
    caller's transaction and sent by the same sender, woken once it commits, so the request never waits
    for the SMTP server and a failed send is retried."""
    row = EmailOutbox.objects.create(
        recipient=user, to_address=user.email, subject=subject, body_text=body, message_id=emails.new_message_id()
    )
    transaction.on_commit(worker.wake)
    return row


def email_row(*, user, notification_type: NotificationType, payload: dict[str, Any], event=None) -> EmailOutbox:
    """The outbox row of one e-mail, not saved yet (a fan-out saves its rows in one statement)."""
    subject, body = emails.render(user=user, notification_type=notification_type, payload=payload)
    return EmailOutbox(
        recipient=user,
        event=event,
        notification_type=str(notification_type),
        to_address=user.email,
        subject=subject,
        body_text=body,
        message_id=emails.new_message_id(),
    )
