"""E-mails of the accounts app, in French. Services write them to the e-mail outbox in their own
transaction: nothing is sent for a transaction that rolls back, the request never waits for the SMTP
server (a password-reset request answers as fast whether the address has an account or not), and the
outbox's sender retries a failed send."""

from datetime import timedelta

from django.template.loader import render_to_string

from accounts.models import User
from notifications.services.outbox import email_enqueue_message

RESET_SUBJECT = "Réinitialisation de votre mot de passe — SAV Origyne"
INVITATION_SUBJECT = "Votre accès au SAV Origyne"


def _validity_text(validity: timedelta) -> str:
    minutes = int(validity.total_seconds() // 60)
    if minutes % 60 == 0:
        hours = minutes // 60
        return f"{hours} heure{'s' if hours > 1 else ''}"
    return f"{minutes} minute{'s' if minutes > 1 else ''}"


def password_reset_body(*, user: User, code: str, validity: timedelta) -> str:
    return render_to_string(
        "accounts/email/password_reset.txt", {"user": user, "code": code, "validity": _validity_text(validity)}
    )


def queue_password_reset_code(*, user: User, code: str, validity: timedelta) -> None:
    body = password_reset_body(user=user, code=code, validity=validity)
    email_enqueue_message(user=user, subject=RESET_SUBJECT, body=body)


def queue_invitation(*, user: User, code: str, validity: timedelta) -> None:
    body = render_to_string(
        "accounts/email/invitation.txt", {"user": user, "code": code, "validity": _validity_text(validity)}
    )
    email_enqueue_message(user=user, subject=INVITATION_SUBJECT, body=body)
