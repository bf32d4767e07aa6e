"""The audit trail (audit.view): a page of events, newest first, with filters; and the CSV export of
every event the filters match, streamed into a file with progress. No widgets."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from shared_schemas.audit import AuditEventOut
from shared_schemas.common import Page

if TYPE_CHECKING:
    from desktop.context import AppContext

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class AuditFilters:
    actor: int | None = None  # a user id
    action: str = ""  # one action code, or a family prefix ending in "."
    target_type: str = ""
    target_id: str = ""  # only with a target type
    first_day: date | None = None  # the period, both days included, in the computer's time zone
    last_day: date | None = None

    @property
    def is_filtered(self) -> bool:
        return any((self.actor is not None, self.action, self.target_type, self.first_day, self.last_day))

    def params(self) -> dict[str, str | int | None]:
        """The query string: the period becomes [first day 00:00, day after the last 00:00), local time."""
        return {
            "actor": self.actor,
            "action": self.action or None,
            "target_type": self.target_type or None,
            "target_id": self.target_id.strip() if self.target_type and self.target_id.strip() else None,
            "since": _local_midnight(self.first_day) if self.first_day else None,
            "until": _local_midnight(self.last_day + timedelta(days=1)) if self.last_day else None,
        }


def _local_midnight(day: date) -> str:
    return datetime.combine(day, time.min).astimezone().isoformat()


async def audit_event_page(
    ctx: AppContext, filters: AuditFilters, cursor: str | None = None, *, page_size: int | None = None
) -> Page[AuditEventOut]:
    body = await ctx.api.get("audit-events", **filters.params(), cursor=cursor, page_size=page_size)
    return Page[AuditEventOut].model_validate(body)


async def audit_export(
    ctx: AppContext, filters: AuditFilters, destination: Path, *, on_progress: Progress | None = None
) -> Path:
    """Every matching event as CSV in `destination`: written whole or not at all (a failed or
    cancelled export leaves no file). `on_progress(received_bytes, total)`, total 0: streamed."""
    params = {key: value for key, value in filters.params().items() if value is not None}
    return await ctx.api.download("audit-events/export", destination, params=params, on_progress=on_progress)
