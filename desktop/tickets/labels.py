"""French text (through Qt translation) for what the tickets screens show: statuses, priorities,
queues, history events, due-date countdowns and dates. No widget here: views and models call it."""

import re
from datetime import datetime, timedelta

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDateTime

from shared_schemas.enums import DONE_STATUSES, TicketPriority, TicketQueue, TicketStatus
from shared_schemas.tickets import TicketEventOut

_CONTEXT = "tickets"
_PLACEHOLDER = re.compile(r"%(\d)")

STATUS_LABELS = {
    TicketStatus.OPEN: QT_TRANSLATE_NOOP("tickets", "Ouvert"),
    TicketStatus.IN_PROGRESS: QT_TRANSLATE_NOOP("tickets", "En cours"),
    TicketStatus.WAITING: QT_TRANSLATE_NOOP("tickets", "En attente client"),
    TicketStatus.RESOLVED: QT_TRANSLATE_NOOP("tickets", "Résolu"),
    TicketStatus.CLOSED: QT_TRANSLATE_NOOP("tickets", "Clôturé"),
}
PRIORITY_LABELS = {
    TicketPriority.LOW: QT_TRANSLATE_NOOP("tickets", "Basse"),
    TicketPriority.NORMAL: QT_TRANSLATE_NOOP("tickets", "Normale"),
    TicketPriority.HIGH: QT_TRANSLATE_NOOP("tickets", "Haute"),
}
QUEUE_LABELS = {
    TicketQueue.OPEN: QT_TRANSLATE_NOOP("tickets", "Tous ouverts"),
    TicketQueue.MINE: QT_TRANSLATE_NOOP("tickets", "Mes tickets"),
    TicketQueue.UNASSIGNED: QT_TRANSLATE_NOOP("tickets", "Non assignés"),
    TicketQueue.DUE_SOON: QT_TRANSLATE_NOOP("tickets", "Échéance proche"),
    TicketQueue.CLOSED: QT_TRANSLATE_NOOP("tickets", "Clôturés"),
    TicketQueue.ALL: QT_TRANSLATE_NOOP("tickets", "Tous les tickets"),
}
_EVENT_TEXTS = {
    "created": QT_TRANSLATE_NOOP("tickets", "%1 a créé le ticket"),
    "status_changed": QT_TRANSLATE_NOOP("tickets", "%1 a passé le ticket de « %2 » à « %3 »"),
    "status_changed_by_reply": QT_TRANSLATE_NOOP("tickets", "La réponse de %1 a repassé le ticket à « %3 »"),
    "status_changed_automatically": QT_TRANSLATE_NOOP(
        "tickets", "Le ticket est passé automatiquement de « %2 » à « %3 »"
    ),
    "assigned": QT_TRANSLATE_NOOP("tickets", "%1 a assigné le ticket à %2"),
    "unassigned": QT_TRANSLATE_NOOP("tickets", "%1 a retiré l'assignation du ticket"),
    "priority_changed": QT_TRANSLATE_NOOP("tickets", "%1 a changé la priorité : %2 → %3"),
    "category_changed": QT_TRANSLATE_NOOP("tickets", "%1 a changé la catégorie : %2 → %3"),
    "watcher_added": QT_TRANSLATE_NOOP("tickets", "%1 a identifié %2 sur le ticket"),
    "watcher_removed": QT_TRANSLATE_NOOP("tickets", "%1 a retiré %2 des observateurs"),
    "reminder_set": QT_TRANSLATE_NOOP("tickets", "%1 a programmé un rappel pour %2 le %3"),
    "reminder_changed": QT_TRANSLATE_NOOP("tickets", "%1 a modifié un rappel"),
    "reminder_deleted": QT_TRANSLATE_NOOP("tickets", "%1 a supprimé un rappel"),
    "rated": QT_TRANSLATE_NOOP("tickets", "%1 a noté le ticket %2/5"),
    "due_at_set": QT_TRANSLATE_NOOP("tickets", "%1 a fixé l'échéance au %2"),
    "due_at_removed": QT_TRANSLATE_NOOP("tickets", "%1 a retiré l'échéance"),
    "reminder_due": QT_TRANSLATE_NOOP("tickets", "Rappel pour %1 : %2"),
    "reminder_due_without_note": QT_TRANSLATE_NOOP("tickets", "Rappel pour %1"),
    "sla_at_risk": QT_TRANSLATE_NOOP("tickets", "Échéance (GTR) proche : le %1"),
    "sla_breached": QT_TRANSLATE_NOOP("tickets", "Échéance (GTR) dépassée : c'était le %1"),
    "other": QT_TRANSLATE_NOOP("tickets", "%1 a modifié le ticket"),
}
# The message itself is in the discussion: repeating it as a history line would say it twice.
SILENT_EVENTS = frozenset({"reply_added", "note_added"})


def tr(source: str) -> str:
    return QCoreApplication.translate(_CONTEXT, source)


def fill(template: str, *values: str) -> str:
    """`%1`, `%2`… placeholders of a translated sentence (translators may reorder them)."""

    def value(match: re.Match) -> str:
        number = int(match.group(1))
        return values[number - 1] if 0 < number <= len(values) else match.group(0)

    return _PLACEHOLDER.sub(value, template)


def status_label(value: str) -> str:
    source = STATUS_LABELS.get(value)
    return tr(source) if source else value


def priority_label(value: str) -> str:
    source = PRIORITY_LABELS.get(value)
    return tr(source) if source else value


def queue_label(queue: TicketQueue) -> str:
    return tr(QUEUE_LABELS[queue])


def someone() -> str:
    return tr(QT_TRANSLATE_NOOP("tickets", "Quelqu'un"))


def _name(ref: object) -> str:
    if isinstance(ref, dict) and ref.get("full_name"):
        return str(ref["full_name"])
    return someone()


# --- dates -----------------------------------------------------------------------------------
def _qt(moment: datetime) -> QDateTime:
    return QDateTime.fromSecsSinceEpoch(int(moment.timestamp()))


def short_datetime(moment: datetime | None) -> str:
    """`12/03 14:05`, in local time."""
    return "" if moment is None else _qt(moment).toString("dd/MM HH:mm")


def full_datetime(moment: datetime | None) -> str:
    return "" if moment is None else _qt(moment).toString("dd/MM/yyyy HH:mm")


def parse_moment(value: object) -> datetime | None:
    try:
        return datetime.fromisoformat(str(value)) if value else None
    except ValueError:
        return None


def _now(now: datetime | None) -> datetime:
    return now or datetime.now().astimezone()


def relative_time(moment: datetime, now: datetime | None = None) -> str:
    """`à l'instant`, `il y a 5 min`, `il y a 3 h`, then the date."""
    elapsed = _now(now) - moment
    if elapsed < timedelta(minutes=1):
        return tr(QT_TRANSLATE_NOOP("tickets", "à l'instant"))
    if elapsed < timedelta(hours=1):
        return fill(tr(QT_TRANSLATE_NOOP("tickets", "il y a %1 min")), str(int(elapsed.total_seconds() // 60)))
    if elapsed < timedelta(hours=24):
        return fill(tr(QT_TRANSLATE_NOOP("tickets", "il y a %1 h")), str(int(elapsed.total_seconds() // 3600)))
    return _qt(moment).toString("dd/MM/yyyy")


def due_countdown(due_at: datetime | None, status: str, now: datetime | None = None) -> str:
    """The GTR countdown of the list: `dans 25 min`, `dans 3 h`, `dans 2 j`, `dépassée`."""
    if due_at is None or status in DONE_STATUSES:
        return ""
    remaining = due_at - _now(now)
    if remaining <= timedelta(0):
        return tr(QT_TRANSLATE_NOOP("tickets", "dépassée"))
    if remaining < timedelta(hours=1):
        return fill(tr(QT_TRANSLATE_NOOP("tickets", "dans %1 min")), str(max(1, int(remaining.total_seconds() // 60))))
    if remaining < timedelta(hours=48):
        return fill(tr(QT_TRANSLATE_NOOP("tickets", "dans %1 h")), str(int(remaining.total_seconds() // 3600)))
    return fill(tr(QT_TRANSLATE_NOOP("tickets", "dans %1 j")), str(remaining.days))


def is_overdue(due_at: datetime | None, status: str, now: datetime | None = None) -> bool:
    return due_at is not None and status not in DONE_STATUSES and due_at <= _now(now)


# --- history ---------------------------------------------------------------------------------
def event_text(event: TicketEventOut) -> str:
    """One quiet line of the history: `Marc a assigné le ticket à Léa`."""
    actor = event.actor.full_name if event.actor else someone()
    data = event.data
    kind = event.kind
    if kind == "created":
        return fill(tr(_EVENT_TEXTS["created"]), actor)
    if kind == "status_changed":
        if data.get("reason") == "client_reply":
            key = "status_changed_by_reply"
        elif event.actor is None:
            key = "status_changed_automatically"
        else:
            key = "status_changed"
        return fill(
            tr(_EVENT_TEXTS[key]), actor, status_label(str(data.get("from", ""))), status_label(str(data.get("to", "")))
        )
    if kind == "assigned":
        if not data.get("to"):
            return fill(tr(_EVENT_TEXTS["unassigned"]), actor)
        return fill(tr(_EVENT_TEXTS["assigned"]), actor, _name(data.get("to")))
    if kind == "priority_changed":
        return fill(
            tr(_EVENT_TEXTS[kind]), actor, priority_label(str(data.get("from"))), priority_label(str(data.get("to")))
        )
    if kind == "category_changed":
        before, after = data.get("from") or {}, data.get("to") or {}
        return fill(tr(_EVENT_TEXTS[kind]), actor, str(before.get("name", "")), str(after.get("name", "")))
    if kind in ("watcher_added", "watcher_removed"):
        return fill(tr(_EVENT_TEXTS[kind]), actor, _name(data.get("user")))
    if kind == "reminder_set":
        when = short_datetime(parse_moment(data.get("remind_at")))
        return fill(tr(_EVENT_TEXTS[kind]), actor, _name(data.get("recipient")), when)
    if kind in ("reminder_changed", "reminder_deleted"):
        return fill(tr(_EVENT_TEXTS[kind]), actor)
    if kind == "rated":
        return fill(tr(_EVENT_TEXTS[kind]), actor, str(data.get("stars", "")))
    if kind == "reminder_due":
        note = str(data.get("note") or "")
        key = "reminder_due" if note else "reminder_due_without_note"
        return fill(tr(_EVENT_TEXTS[key]), _name(data.get("recipient")), note)
    if kind in ("sla_at_risk", "sla_breached"):
        return fill(tr(_EVENT_TEXTS[kind]), short_datetime(parse_moment(data.get("due_at"))))
    if kind == "due_at_changed":
        due = parse_moment(data.get("to"))
        if due is None:
            return fill(tr(_EVENT_TEXTS["due_at_removed"]), actor)
        return fill(tr(_EVENT_TEXTS["due_at_set"]), actor, short_datetime(due))
    return fill(tr(_EVENT_TEXTS["other"]), actor)
