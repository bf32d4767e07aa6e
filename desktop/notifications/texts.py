"""French text (through Qt translation) of a notification: a title and a one-line body built from
its payload, for the notification list and the native notifications; and the name of each type
for the preferences screen. No widget here."""

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desktop.tickets.labels import fill, short_datetime, someone, status_label
from shared_schemas.common import UserRef
from shared_schemas.enums import NotificationType
from shared_schemas.notifications import NotificationOut, NotificationPayload

_CONTEXT = "notifications"
T = NotificationType

TYPE_LABELS = {
    T.TICKET_CREATED: QT_TRANSLATE_NOOP("notifications", "Nouveau ticket"),
    T.MESSAGE_CREATED: QT_TRANSLATE_NOOP("notifications", "Nouvelle réponse"),
    T.NOTE_CREATED: QT_TRANSLATE_NOOP("notifications", "Nouvelle note interne"),
    T.TICKET_ASSIGNED: QT_TRANSLATE_NOOP("notifications", "Ticket assigné"),
    T.TICKET_STATUS_CHANGED: QT_TRANSLATE_NOOP("notifications", "Changement de statut"),
    T.REMINDER_DUE: QT_TRANSLATE_NOOP("notifications", "Rappel"),
    T.SLA_AT_RISK: QT_TRANSLATE_NOOP("notifications", "Échéance proche ou dépassée"),
    T.RATING_RECEIVED: QT_TRANSLATE_NOOP("notifications", "Évaluation reçue"),
    T.BUDGET_THRESHOLD_REACHED: QT_TRANSLATE_NOOP("notifications", "Seuil de budget atteint"),
}
_SLA_NEAR = QT_TRANSLATE_NOOP("notifications", "Échéance proche")
_SLA_BREACHED = QT_TRANSLATE_NOOP("notifications", "Échéance dépassée")
_OTHER = QT_TRANSLATE_NOOP("notifications", "Notification")

_TITLE = QT_TRANSLATE_NOOP("notifications", "%1 · %2")  # what happened · SAV-2026-00012
_SAID = QT_TRANSLATE_NOOP("notifications", "%1 : %2")  # Camille Martin : Bonjour, le colis…
_ASSIGNED = QT_TRANSLATE_NOOP("notifications", "%1 a assigné « %2 » à %3")
_UNASSIGNED = QT_TRANSLATE_NOOP("notifications", "%1 a retiré l'assignation de « %2 »")
_STATUS = QT_TRANSLATE_NOOP("notifications", "%1 a passé « %2 » de « %3 » à « %4 »")
_STATUS_AUTOMATIC = QT_TRANSLATE_NOOP("notifications", "« %1 » est passé automatiquement de « %2 » à « %3 »")
_REMINDER = QT_TRANSLATE_NOOP("notifications", "« %1 » : %2")
_DUE_NEAR = QT_TRANSLATE_NOOP("notifications", "« %1 » : échéance le %2")
_DUE_PASSED = QT_TRANSLATE_NOOP("notifications", "« %1 » : échéance dépassée depuis le %2")
_RATED = QT_TRANSLATE_NOOP("notifications", "%1 a noté « %2 » %3/5")


def tr(source: str) -> str:
    return QCoreApplication.translate(_CONTEXT, source)


def type_label(type: str) -> str:  # noqa: A002 - the wire's name
    """The name of a notification type; an unknown type (a newer server) shows as it is sent."""
    source = TYPE_LABELS.get(type)
    return tr(source) if source else type


def _name(ref: UserRef | None) -> str:
    return ref.full_name if ref is not None and ref.full_name else someone()


def _title(what: str, payload: NotificationPayload) -> str:
    return fill(tr(_TITLE), what, payload.reference) if payload.reference else what


def _is_breach(n: NotificationOut) -> bool:
    """The server warns once before the deadline and once after it (`breached`; an older server
    leaves it out, and then a deadline already past when the warning was made says the same)."""
    if n.payload.breached is not None:
        return n.payload.breached
    return n.payload.due_at is not None and n.payload.due_at <= n.created_at


def _body(n: NotificationOut) -> str:
    p = n.payload
    subject = p.subject or ""
    if n.type in (T.MESSAGE_CREATED, T.NOTE_CREATED):
        return fill(tr(_SAID), _name(p.actor), p.excerpt or subject)
    if n.type == T.TICKET_CREATED:
        return fill(tr(_SAID), _name(p.actor), subject or p.excerpt or "")
    if n.type == T.TICKET_ASSIGNED:
        if p.assignee is None:
            return fill(tr(_UNASSIGNED), _name(p.actor), subject)
        return fill(tr(_ASSIGNED), _name(p.actor), subject, p.assignee.full_name)
    if n.type == T.TICKET_STATUS_CHANGED:
        before, after = status_label(p.from_status or ""), status_label(p.to_status or "")
        if p.actor is None:
            return fill(tr(_STATUS_AUTOMATIC), subject, before, after)
        return fill(tr(_STATUS), _name(p.actor), subject, before, after)
    if n.type == T.REMINDER_DUE:
        return fill(tr(_REMINDER), subject, p.note) if p.note else subject
    if n.type == T.SLA_AT_RISK and p.due_at is not None:
        return fill(tr(_DUE_PASSED if _is_breach(n) else _DUE_NEAR), subject, short_datetime(p.due_at))
    if n.type == T.RATING_RECEIVED and p.stars is not None:
        return fill(tr(_RATED), _name(p.actor), subject, str(p.stars))
    return subject or p.excerpt or p.note or ""


def describe(n: NotificationOut) -> tuple[str, str]:
    """(title, body): `Nouvelle réponse · SAV-2026-00012`, `Camille Martin : Bonjour, le colis…`."""
    if n.type == T.SLA_AT_RISK:
        what = tr(_SLA_BREACHED if _is_breach(n) else _SLA_NEAR)
    else:
        what = tr(TYPE_LABELS[n.type]) if n.type in TYPE_LABELS else tr(_OTHER)
    return _title(what, n.payload), _body(n)
