"""The journal as CSV, streamed (`core.streaming`): read in keyset batches (each batch its own short
query, so no cursor or transaction stays open while the client downloads), written row by row."""

import csv
import io
import json
from collections.abc import AsyncIterator, Iterable, Iterator
from datetime import datetime
from typing import Any

from django.core.serializers.json import DjangoJSONEncoder
from django.utils import timezone

from audit.selectors import NEWEST_FIRST, AuditFilters, audit_event_list
from core.pagination import Page, keyset_page
from core.streaming import streamed

COLUMNS = (
    "id", "created_at", "actor_email", "action", "target_type", "target_id", "target_label", "before", "after",
    "ip_address",
)
BATCH_SIZE = 500
# A spreadsheet runs a cell that starts with one of these as a formula (CSV injection).
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def csv_cell(value: Any) -> str:
    if value is None:
        text = ""
    elif isinstance(value, dict | list):
        text = json.dumps(value, separators=(",", ":"), ensure_ascii=False, cls=DjangoJSONEncoder)
    elif isinstance(value, datetime):
        text = timezone.localtime(value).isoformat()
    else:
        text = str(value)
    return f"'{text}" if text.startswith(_FORMULA_STARTS) else text


def csv_lines(rows: Iterable[Iterable[Any]]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerows([csv_cell(value) for value in row] for row in rows)
    return buffer.getvalue()


def _batch(filters: AuditFilters, cursor: str | None) -> Page:
    return keyset_page(
        audit_event_list(filters=filters).values(*COLUMNS), ordering=NEWEST_FIRST, cursor=cursor, size=BATCH_SIZE
    )


def _text(page: Page) -> str:
    return csv_lines([row[column] for column in COLUMNS] for row in page.items)


def _chunks(filters: AuditFilters) -> Iterator[str]:
    yield csv_lines([COLUMNS])
    cursor = None
    while True:
        page = _batch(filters, cursor)
        yield _text(page)
        if page.next_cursor is None:
            return
        cursor = page.next_cursor


def csv_chunks(request, filters: AuditFilters) -> Iterator[str] | AsyncIterator[str]:
    return streamed(request, _chunks(filters))


def export_filename() -> str:
    return f"journal-audit-{timezone.localdate():%Y-%m-%d}.csv"
