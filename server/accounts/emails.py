"""E-mails of the accounts app, in French. Services queue them with `transaction.on_commit`,
so nothing is sent for a transaction that rolls back."""

from datetime import timedelta

from django.conf import settings
from django.core.mail import send_mail
from django.template.loader import render_to_string

from accounts.models import User

RESET_SUBJECT = "Réinitialisation de votre mot de passe — SAV Origyne"
INVITATION_SUBJECT = "Votre accès au SAV Origyne"


def _validity_text(validity: timedelta) -> str:
    minutes = int(validity.total_seconds() // 60)
    if minutes % 60 == 0:
        hours = minutes // 60
        return f"{hours} heure{'s' if hours > 1 else ''}"
    return f"{minutes} minute{'s' if minutes > 1 else ''}"


def _send(user: User, subject: str, template: str, context: dict) -> None:
    body = render_to_string(template, {"user": user, **context})
    send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, [user.email])


def send_password_reset_code(*, user: User, code: str, validity: timedelta) -> None:
    _send(
        user,
        RESET_SUBJECT,
        "accounts/email/password_reset.txt",
        {"code": code, "validity": _validity_text(validity)},
    )


def send_invitation(*, user: User, code: str, validity: timedelta) -> None:
    _send(
        user,
        INVITATION_SUBJECT,
        "accounts/email/invitation.txt",
        {"code": code, "validity": _validity_text(validity)},
    )
