"""Reads of the journal: newest first, filtered by allow-listed fields only."""

from dataclasses import dataclass
from datetime import datetime

from django.db.models import QuerySet

from audit.models import AuditEvent
from core.pagination import Ordering

NEWEST_FIRST = Ordering("created_at", descending=True)


@dataclass(frozen=True)
class AuditFilters:
    actor: int | None = None
    action: str | None = None  # one code, or a prefix ending in "." (every `user.` action)
    target_type: str | None = None
    target_id: str | None = None
    since: datetime | None = None  # inclusive
    until: datetime | None = None  # exclusive


def audit_event_list(*, filters: AuditFilters) -> QuerySet[AuditEvent]:
    events = AuditEvent.objects.all()
    if filters.actor is not None:
        events = events.filter(actor_id=filters.actor)
    if filters.action:
        if filters.action.endswith("."):
            events = events.filter(action__startswith=filters.action)
        else:
            events = events.filter(action=filters.action)
    if filters.target_type:
        events = events.filter(target_type=filters.target_type)
    if filters.target_id is not None:
        events = events.filter(target_id=filters.target_id)
    if filters.since is not None:
        events = events.filter(created_at__gte=filters.since)
    if filters.until is not None:
        events = events.filter(created_at__lt=filters.until)
    return events.order_by(*NEWEST_FIRST.order_by)
