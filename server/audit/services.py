"""The one path every service records through. `audit_record` writes the row in the caller's
transaction, so a change and its audit row commit or roll back together; the client address comes
from the request being served (`audit.context`)."""

import copy
import re
from collections.abc import Iterable, Mapping
from typing import Any

from django.db import models, transaction
from django.utils import timezone

from audit.context import client_address
from audit.models import AuditEvent
from core.bulk import insert
from shared_schemas.audit import AuditAction, AuditTarget

# Keys that must never reach the journal: whatever the value, a password, a hash or a token is a secret.
_SECRET_KEY = re.compile(r"password|token|secret|hash", re.IGNORECASE)


def _refuse_secrets(values: Mapping[str, Any] | None) -> None:
    secrets = sorted(key for key in values or {} if _SECRET_KEY.search(key))
    if secrets:
        raise ValueError(f"An audit row never holds a secret: {', '.join(secrets)}.")


def audit_record(
    *,
    actor,
    action: AuditAction,
    target_type: AuditTarget,
    target_id: int | str | None = None,
    target_label: str = "",
    before: Mapping[str, Any] | None = None,
    after: Mapping[str, Any] | None = None,
) -> AuditEvent:
    """Record that `actor` (None: anonymous or the system) did `action` to a target. `before` and
    `after` hold only the fields that changed (see `audit_diff`). Must run inside the transaction of the
    change: a change that rolls back leaves no row. A row that must outlive a failing request (a
    failed sign-in) is written in a block of its own that commits before the error is raised."""
    event = AuditEvent(**_event(actor, action, target_type, target_id, target_label, before, after))
    event.save()
    return event


def audit_record_many(*, actor, events: Iterable[Mapping[str, Any]]) -> int:
    """Many rows at once, by the same actor, under the same rules (a CRM sync recording each record
    it changed): each of `events` holds `audit_record`'s keywords but the actor. Returns the count."""
    rows = [_event(actor, **event) for event in events]
    insert(AuditEvent, rows)
    return len(rows)


def _event(actor, action, target_type, target_id=None, target_label="", before=None, after=None) -> dict[str, Any]:
    """An audit row's columns (by attname)."""
    if not transaction.get_connection().in_atomic_block:
        raise RuntimeError("audit_record joins the transaction of the change: call it inside transaction.atomic().")
    _refuse_secrets(before)
    _refuse_secrets(after)
    return {
        "created_at": timezone.now(),
        "actor_id": actor.pk if actor is not None else None,
        "actor_email": actor.email if actor is not None else None,
        "action": str(action),
        "target_type": str(target_type),
        "target_id": None if target_id is None else str(target_id),
        "target_label": (target_label or "")[:255],
        "before": dict(before) if before else None,
        "after": dict(after) if after else None,
        "ip_address": client_address(),
    }


def audit_fields(instance: models.Model, fields: Iterable[str]) -> dict[str, Any]:
    """The tracked fields of `instance` as the journal shows them: a related object by its name
    (`str()`), everything else as it is (decimals and dates are written as strings)."""
    values = {}
    for field in fields:
        value = getattr(instance, field)
        if isinstance(value, models.Model):
            value = str(value)
        elif isinstance(value, list | dict):
            value = copy.deepcopy(value)  # a snapshot: the instance may change it in place afterwards
        values[field] = value
    return values


def audit_diff(before: Mapping[str, Any], after: Mapping[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    """Only the fields whose value differs, as (before, after)."""
    changed = [field for field in after if before.get(field) != after[field]]
    return {field: before.get(field) for field in changed}, {field: after[field] for field in changed}


def audit_refused_access(*, actor, target_type: AuditTarget, target_id: int | str, target_label: str = "") -> None:
    """A user asked for an object of another customer: the answer stays `not_found` (as for a
    missing one), the journal keeps the attempt. Called by the visibility selectors, outside any
    transaction of their caller; committed before the error is raised."""
    with transaction.atomic():
        audit_record(
            actor=actor, action=AuditAction.ACCESS_REFUSED, target_type=target_type, target_id=target_id,
            target_label=target_label,
        )
