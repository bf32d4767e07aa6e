"""Keyset (cursor) pagination: a page is `WHERE (key, id) < (last_key, last_id) ORDER BY key, id
LIMIT n+1`, so a deep page costs the same as the first one and no COUNT(*) is ever run.

The `(key, id) < (k, i)` comparison is written as `key <= k AND (key < k OR id < i)` so that the
database walks the queue's index with `key <= k` as its index condition."""

import base64
import binascii
import json
from dataclasses import dataclass
from datetime import date
from typing import Any

from django.conf import settings
from django.db.models import Model, Q, QuerySet
from django.utils.dateparse import parse_date, parse_datetime

from core.errors import ValidationFailed


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
    return ValidationFailed.for_field("cursor", "The cursor is not valid.", code="invalid_cursor")


def _decode(cursor: str) -> tuple[Any, int]:
    try:
        padded = cursor + "=" * (-len(cursor) % 4)
        value, pk = json.loads(base64.urlsafe_b64decode(padded.encode()))
    except (ValueError, binascii.Error, TypeError) as exc:
        raise _invalid_cursor() from exc
    # A forged cursor can hold any JSON: only a scalar key and an integer id reach the query.
    if type(pk) is not int or type(value) not in (str, int, float):
        raise _invalid_cursor()
    return value, pk


_PARSERS = {"DateTimeField": parse_datetime, "DateField": parse_date}


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
        value, pk = _decode(cursor)
        parser = _PARSERS.get(queryset.model._meta.get_field(ordering.field).get_internal_type())
        if parser is not None:
            try:
                # None when badly formatted; ValueError for an impossible date such as 2026-13-45.
                value = parser(value) if isinstance(value, str) else None
            except ValueError as exc:
                raise _invalid_cursor() from exc
            if value is None:
                raise _invalid_cursor()
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
