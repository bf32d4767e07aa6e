"""French names (through Qt translation) of the CRM sync's wire codes — where a run came from, its
mode, its status, the entities and why a row was refused — and how long a run took. A code this
desktop does not know yet (a newer server) is shown as sent."""

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

_CONTEXT = "crm"

_SOURCES = {
    "pull": QT_TRANSLATE_NOOP("crm", "Pull"),
    "push": QT_TRANSLATE_NOOP("crm", "Push"),
}
_MODES = {
    "full": QT_TRANSLATE_NOOP("crm", "Complète"),
    "incremental": QT_TRANSLATE_NOOP("crm", "Incrémentale"),
    "batch": QT_TRANSLATE_NOOP("crm", "Lot"),
}
_STATUSES = {
    "running": QT_TRANSLATE_NOOP("crm", "En cours"),
    "succeeded": QT_TRANSLATE_NOOP("crm", "Réussie"),
    "failed": QT_TRANSLATE_NOOP("crm", "Échouée"),
}
# In the order the sync writes them (parents first), which is the order the detail lists them.
_ENTITIES = {
    "customers": QT_TRANSLATE_NOOP("crm", "Clients"),
    "contacts": QT_TRANSLATE_NOOP("crm", "Interlocuteurs"),
    "products": QT_TRANSLATE_NOOP("crm", "Articles"),
    "orders": QT_TRANSLATE_NOOP("crm", "Commandes"),
    "order_lines": QT_TRANSLATE_NOOP("crm", "Lignes de commande"),
    "delivered_products": QT_TRANSLATE_NOOP("crm", "Produits livrés"),
}
_REASONS = {
    "invalid": QT_TRANSLATE_NOOP("crm", "Ligne invalide"),
    "unknown_parent": QT_TRANSLATE_NOOP("crm", "Parent inconnu"),
    "duplicate_value": QT_TRANSLATE_NOOP("crm", "Valeur déjà prise"),
    "conflict": QT_TRANSLATE_NOOP("crm", "Conflit à l'écriture"),
}
COUNT_KINDS: tuple[tuple[str, str], ...] = (
    ("created", QT_TRANSLATE_NOOP("crm", "Créés")),
    ("updated", QT_TRANSLATE_NOOP("crm", "Mis à jour")),
    ("unchanged", QT_TRANSLATE_NOOP("crm", "Inchangés")),
    ("deactivated", QT_TRANSLATE_NOOP("crm", "Désactivés")),
    ("refused", QT_TRANSLATE_NOOP("crm", "Refusés")),
)


def translate(source: str) -> str:
    return QCoreApplication.translate(_CONTEXT, source)


def _label(table: dict[str, str], code: str) -> str:
    source = table.get(code)
    return translate(source) if source is not None else code


def source_label(code: str) -> str:
    return _label(_SOURCES, code)


def mode_label(code: str) -> str:
    return _label(_MODES, code)


def status_label(code: str) -> str:
    return _label(_STATUSES, code)


def entity_label(code: str) -> str:
    return _label(_ENTITIES, code)


def reason_label(code: str) -> str:
    return _label(_REASONS, code)


def count_title(kind: str) -> str:
    return translate(dict(COUNT_KINDS)[kind])


def entities_in_order(present: list[str]) -> list[str]:
    """The known entities in the sync's order, then any other the server reported."""
    known = list(_ENTITIES)
    return known + sorted(code for code in present if code not in _ENTITIES)


def format_duration(milliseconds: int | None) -> str:
    """« 850 ms », « 12 s », « 3 min 05 s », « 1 h 02 min »; « — » for a run not finished."""
    if milliseconds is None:
        return "—"
    if milliseconds < 1000:
        return QCoreApplication.translate("crm", "{n} ms").format(n=milliseconds)
    seconds = round(milliseconds / 1000)
    if seconds < 60:
        return QCoreApplication.translate("crm", "{s} s").format(s=seconds)
    minutes, seconds = divmod(seconds, 60)
    if minutes < 60:
        return QCoreApplication.translate("crm", "{m} min {s:02d} s").format(m=minutes, s=seconds)
    hours, minutes = divmod(minutes, 60)
    return QCoreApplication.translate("crm", "{h} h {m:02d} min").format(h=hours, m=minutes)
