"""Keyset (cursor) pagination: a page is `WHERE (key, id) < (last_key, last_id) ORDER BY key, id
LIMIT n+1`, so a deep page costs the same as the first one and no COUNT(*) is ever run.

The `(key, id) < (k, i)` comparison is written as `key <= k AND (key < k OR id < i)` so that the
database walks the queue's index with `key <= k` as its index condition."""

import base64
import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from django.conf import settings
from django.db.models import Field, Model, Q, QuerySet
from django.utils.dateparse import parse_date, parse_datetime

from core.errors import ValidationFailed
from core.ids import MAX_ID
from core.parsers import parse_json


@dataclass(frozen=True)
class Ordering:
    """An allow-listed ordering: `field` (a concrete column) then `id`, in one direction."""

    field: str
    descending: bool = True

    @property
    def order_by(self) -> list[str]:
        sign = "-" if self.descending else ""
        return [f"{sign}{self.field}", f"{sign}id"]


@dataclass(frozen=True)
class Page:
    items: list[Model]
    next_cursor: str | None


def _encode(value: Any, pk: int) -> str:
    if isinstance(value, date):  # a datetime is a date too
        value = value.isoformat()
    raw = json.dumps([value, pk], separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def _invalid_cursor() -> ValidationFailed:
    message = "The cursor is not valid."
    errors = {"cursor": [{"code": "invalid_cursor", "message": message}]}
    return ValidationFailed(message, code="invalid_cursor", errors=errors)


def _datetime_key(value: Any) -> datetime:
    moment = parse_datetime(value) if isinstance(value, str) else None  # ValueError: 2026-13-45
    if moment is None or moment.tzinfo is None:  # cursors are written with their offset
        raise ValueError("not a datetime with an offset")
    # In UTC, as the database compares it: 9999-12-31T23:00-05:00 is past the calendar's end (OverflowError).
    return moment.astimezone(UTC)


def _date_key(value: Any) -> date:
    day = parse_date(value) if isinstance(value, str) else None
    if day is None:
        raise ValueError("not a date")
    return day


def _integer_key(value: Any) -> int:
    if type(value) is not int or not -MAX_ID - 1 <= value <= MAX_ID:  # a 64-bit column
        raise ValueError("not an integer the database holds")
    return value


def _text_key(value: Any) -> str:
    if type(value) is not str or "\x00" in value:  # PostgreSQL refuses NUL; parse_json, lone surrogates
        raise ValueError("not a text the database holds")
    return value


# What a cursor's key may be, by the ordering field's type; every Ordering in use sorts on one of them.
_KEY_READERS: dict[str, Callable[[Any], Any]] = {
    "DateTimeField": _datetime_key,
    "DateField": _date_key,
    "AutoField": _integer_key,
    "BigAutoField": _integer_key,
    "IntegerField": _integer_key,
    "BigIntegerField": _integer_key,
    "CharField": _text_key,
    "EmailField": _text_key,
    "TextField": _text_key,
}


def _decode(cursor: str, field: Field) -> tuple[Any, int]:
    """A cursor comes from the client, so it may hold anything: only a key of the ordering field's type
    that the database can compare, and an id, come out of it; anything else is 400 `invalid_cursor`."""
    read_key = _KEY_READERS[field.get_internal_type()]
    try:
        padded = cursor + "=" * (-len(cursor) % 4)
        # ASCII first: b64decode skips other characters. binascii.Error and the rest are ValueErrors.
        decoded = parse_json(base64.urlsafe_b64decode(padded.encode("ascii")))
        if not isinstance(decoded, list) or len(decoded) != 2:
            raise ValueError("not a [key, id] pair")
        value, pk = decoded
        if type(pk) is not int or not 0 < pk <= MAX_ID:
            raise ValueError("not an id")
        return read_key(value), pk
    except (ValueError, OverflowError) as exc:
        raise _invalid_cursor() from exc


def page_size_from(raw: str | None) -> int:
    if raw in (None, ""):
        return settings.SAV_PAGE_SIZE
    try:
        size = int(raw)
    except ValueError as exc:
        raise ValidationFailed.for_field("page_size", "page_size must be an integer.") from exc
    if not 1 <= size <= settings.SAV_MAX_PAGE_SIZE:
        raise ValidationFailed.for_field(
            "page_size", f"page_size must be between 1 and {settings.SAV_MAX_PAGE_SIZE}."
        )
    return size


def keyset_page(queryset: QuerySet, *, ordering: Ordering, cursor: str | None, size: int) -> Page:
    """One page of `queryset` (model instances, or dicts from `.values()` including `id` and the
    ordering field) after `cursor`."""
    queryset = queryset.order_by(*ordering.order_by)
    if cursor:
        value, pk = _decode(cursor, queryset.model._meta.get_field(ordering.field))
        if ordering.descending:
            after = Q(**{f"{ordering.field}__lte": value}) & (
                Q(**{f"{ordering.field}__lt": value}) | Q(id__lt=pk)
            )
        else:
            after = Q(**{f"{ordering.field}__gte": value}) & (
                Q(**{f"{ordering.field}__gt": value}) | Q(id__gt=pk)
            )
        queryset = queryset.filter(after)
    rows = list(queryset[: size + 1])
    items = rows[:size]
    next_cursor = None
    if len(rows) > size:
        last = items[-1]
        if isinstance(last, dict):  # a `.values()` page
            next_cursor = _encode(last[ordering.field], last["id"])
        else:
            next_cursor = _encode(getattr(last, ordering.field), last.pk)
    return Page(items=items, next_cursor=next_cursor)
