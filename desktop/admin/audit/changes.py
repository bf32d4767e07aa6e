"""What an audit event changed, read from its `before` and `after` snapshots: the fields whose
value differs, each value written for a person (codes by their French names, yes/no, lists
joined), as one compact line for the table and in full for the detail. No widgets."""

import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication

from desktop.admin.audit.labels import field_label
from desktop.admin.common.labels import (
    audience_label,
    availability_label,
    language_label,
    permission_label,
    yes_no,
)


class _Missing:
    """A field one side of the event does not hold (distinct from a null value)."""

    def __repr__(self) -> str:
        return "MISSING"


MISSING: Any = _Missing()
SHORT_VALUE = 40  # characters of one value in the one-line summary
NOTHING = "—"
translate = QCoreApplication.translate

# Fields holding codes: each item is shown by its French name.
_CODE_LABELS: dict[str, Callable[[str], str]] = {
    "permissions": permission_label,
    "language": language_label,
    "availability": availability_label,
    "audience": audience_label,
}


@dataclass(frozen=True)
class FieldChange:
    key: str
    before: Any  # MISSING when `before` does not hold the field
    after: Any  # MISSING when `after` does not hold the field

    @property
    def label(self) -> str:
        return field_label(self.key)


def field_changes(before: dict[str, Any] | None, after: dict[str, Any] | None) -> list[FieldChange]:
    """The fields whose value differs, in the order the server wrote them (`before`'s first).
    A creation (no `before`) lists every field it set, a deletion every field it removed."""
    old, new = before or {}, after or {}
    keys = list(old) + [key for key in new if key not in old]
    changes = (FieldChange(key, old.get(key, MISSING), new.get(key, MISSING)) for key in keys)
    return [change for change in changes if change.before != change.after]


def format_value(key: str, value: Any) -> str:
    if value is MISSING or value is None or value == "":
        return NOTHING
    if isinstance(value, bool):
        return yes_no(value)
    if isinstance(value, list):
        return ", ".join(format_value(key, item) for item in value) or NOTHING
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
    if isinstance(value, str) and key in _CODE_LABELS:
        return _CODE_LABELS[key](value)
    return str(value)


def _shortened(text: str, limit: int = SHORT_VALUE) -> str:
    text = " ".join(text.split())  # one line, whatever the value held
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _line(change: FieldChange, *, short: bool, created: bool, deleted: bool) -> str:
    def shown(value: Any) -> str:
        text = format_value(change.key, value)
        return _shortened(text) if short else text

    both_lists = isinstance(change.before, list) and isinstance(change.after, list)
    if short and both_lists:
        added = [f"+{shown(item)}" for item in change.after if item not in change.before]
        removed = [f"−{shown(item)}" for item in change.before if item not in change.after]
        return translate("audit", "{field} : {changes}").format(field=change.label, changes=" ".join(added + removed))
    if created:
        return translate("audit", "{field} : {value}").format(field=change.label, value=shown(change.after))
    if deleted:
        return translate("audit", "{field} : {value}").format(field=change.label, value=shown(change.before))
    return translate("audit", "{field} : {before} → {after}").format(
        field=change.label, before=shown(change.before), after=shown(change.after)
    )


def _lines(before: dict[str, Any] | None, after: dict[str, Any] | None, *, short: bool) -> list[str]:
    created, deleted = before is None, after is None
    return [_line(change, short=short, created=created, deleted=deleted) for change in field_changes(before, after)]


def summary(before: dict[str, Any] | None, after: dict[str, Any] | None) -> str:
    """One line for the table: « Nom : Support → Support N2 ; Permissions : +Gérer les rappels »."""
    return " ; ".join(_lines(before, after, short=True)) or NOTHING


def full_text(before: dict[str, Any] | None, after: dict[str, Any] | None) -> str:
    """Every change in full, one field a line (the row's tooltip)."""
    return "\n".join(_lines(before, after, short=False))
