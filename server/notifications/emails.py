"""Notification e-mails, in French: a subject and a headline per type, the body from
`templates/notifications/email/notification.txt`."""

import uuid
from email.utils import parseaddr
from typing import Any

from django.conf import settings
from django.template.loader import render_to_string

from core.text import one_line
from shared_schemas.enums import NotificationType, TicketStatus

T = NotificationType

STATUS_LABELS = {
    TicketStatus.OPEN: "Ouvert",
    TicketStatus.IN_PROGRESS: "En cours",
    TicketStatus.WAITING: "En attente de votre retour",
    TicketStatus.RESOLVED: "Résolu",
    TicketStatus.CLOSED: "Fermé",
}

SUBJECTS = {
    T.TICKET_CREATED: "Nouveau ticket",
    T.MESSAGE_CREATED: "Nouvelle réponse",
    T.NOTE_CREATED: "Nouvelle note interne",
    T.TICKET_ASSIGNED: "Attribution du ticket",
    T.TICKET_STATUS_CHANGED: "Changement de statut",
    T.REMINDER_DUE: "Rappel",
    T.SLA_AT_RISK: "Échéance proche",
    T.RATING_RECEIVED: "Nouvelle évaluation",
    T.BUDGET_THRESHOLD_REACHED: "Seuil de budget atteint",
}


def _name(ref: dict | None, default: str = "Quelqu'un") -> str:
    return ref.get("full_name") or default if isinstance(ref, dict) else default


def _status(value: str | None) -> str:
    return STATUS_LABELS.get(value, value or "—")


def headline(notification_type: NotificationType, payload: dict[str, Any]) -> str:
    actor = _name(payload.get("actor"), "L'équipe SAV")
    match notification_type:
        case T.TICKET_CREATED:
            return f"{actor} a ouvert un nouveau ticket."
        case T.MESSAGE_CREATED:
            return f"{actor} a répondu sur le ticket."
        case T.NOTE_CREATED:
            return f"{actor} a ajouté une note interne (visible de l'équipe Origyne seulement)."
        case T.TICKET_ASSIGNED:
            if payload.get("assignee"):
                return f"Le ticket est désormais attribué à {_name(payload['assignee'])}."
            return "Le ticket n'est plus attribué à personne."
        case T.TICKET_STATUS_CHANGED:
            return (
                f"Le statut du ticket est passé de « {_status(payload.get('from_status'))} » "
                f"à « {_status(payload.get('to_status'))} »."
            )
        case T.REMINDER_DUE:
            return "Un rappel posé sur ce ticket arrive à échéance."
        case T.SLA_AT_RISK:
            return "Le délai d'intervention de ce ticket arrive bientôt à échéance."
        case T.RATING_RECEIVED:
            return f"{actor} a évalué le traitement du ticket : {payload.get('stars')}/5."
    return "Du nouveau sur ce ticket."


def render(*, user, notification_type: NotificationType, payload: dict[str, Any]) -> tuple[str, str]:
    """(subject, plain-text body) of the e-mail telling `user` of this notification. The subject is
    one line whatever the ticket's subject holds (a line break would break or add a header)."""
    notification_type = NotificationType(notification_type)
    reference = payload.get("reference")
    topic = SUBJECTS[notification_type]
    subject = f"[{reference}] {topic} : {payload.get('subject', '')}" if reference else topic
    body = render_to_string(
        "notifications/email/notification.txt",
        {
            "user": user,
            "headline": headline(notification_type, payload),
            "reference": reference,
            "subject": payload.get("subject"),
            "excerpt": payload.get("excerpt"),
            "note": payload.get("note"),
        },
    )
    return one_line(subject)[:300], body


def new_message_id() -> str:
    """A unique Message-ID, fixed when the outbox row is written: a retry sends the same one."""
    domain = parseaddr(settings.DEFAULT_FROM_EMAIL)[1].rpartition("@")[2] or "localhost"
    return f"<notification.{uuid.uuid4().hex}@{domain}>"
