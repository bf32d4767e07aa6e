"""The CRM sync's contract: the rows the CRM sends (push API) or the mapping file reads (pull), one
model per entity, and what a sync run reports.

Rows name their parents by the CRM's keys (`customer`, `order`, `product` are external ids). Every
text is trimmed; a one-line text refuses control characters; an empty optional text is "". A row
that breaks a rule here is refused whole, with the reason."""

import re
from datetime import date, datetime
from decimal import Decimal
from typing import Annotated, Any

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, StringConstraints, model_validator

from shared_schemas.common import UserRef, WireModel
from shared_schemas.enums import OrderStatus

MAX_BATCH_ROWS = 1000
_ONE_LINE = r"^[^\x00-\x1f\x7f]*$"
_NO_NUL = r"^[^\x00]*$"
_PHONE = re.compile(r"^\+?[0-9 .()-]{6,30}$")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def _siret(value: str) -> str:
    digits = value.replace(" ", "")
    if digits and not re.fullmatch(r"[0-9]{14}", digits):
        raise ValueError("a SIRET is 14 digits")
    return digits


def _phone(value: str) -> str:
    if value and not _PHONE.match(value):
        raise ValueError("not a phone number")
    return value


def _email(value: str) -> str:
    if value and not _EMAIL.match(value):
        raise ValueError("not an e-mail address")
    return value.lower()


def _country(value: str) -> str:
    if not value:
        return "FR"
    if not (len(value) == 2 and value.isalpha() and value.isascii()):
        raise ValueError("an ISO 3166-1 alpha-2 country code, e.g. FR")
    return value.upper()


def _Line(max_length: int, *, min_length: int = 0):  # noqa: N802 — a type factory
    """One line of text, trimmed, without control characters (checked by pydantic-core, not Python:
    a full sync validates hundreds of thousands of rows)."""
    return Annotated[str, StringConstraints(
        strip_whitespace=True, min_length=min_length, max_length=max_length, pattern=_ONE_LINE,
    )]


Key = _Line(64, min_length=1)
OptionalKey = _Line(64, min_length=1) | None
Text = Annotated[str, StringConstraints(strip_whitespace=True, max_length=20_000, pattern=_NO_NUL)]
Phone = Annotated[_Line(30), AfterValidator(_phone)]
Email = Annotated[_Line(254), AfterValidator(_email)]


class CrmRow(BaseModel):
    """Common to every entity: the CRM's key and whether the row is active at the source. A NULL
    (None) value is an absent one: the field's default, or "missing" when it has none."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    external_id: Key
    is_active: bool = True

    @model_validator(mode="before")
    @classmethod
    def _absent_nulls(cls, data: Any) -> Any:
        if isinstance(data, dict):
            return {key: value for key, value in data.items() if value is not None}
        return data


class CustomerRow(CrmRow):
    name: _Line(200, min_length=1)
    siret: Annotated[_Line(20), AfterValidator(_siret)] = ""
    email: Email = ""
    phone: Phone = ""
    address_line: _Line(200) = ""
    postal_code: _Line(10) = ""
    city: _Line(100) = ""
    country: Annotated[_Line(2), AfterValidator(_country)] = "FR"


class ContactRow(CrmRow):
    customer: Key
    first_name: _Line(100, min_length=1)
    last_name: _Line(100, min_length=1)
    email: Email = ""
    phone: Phone = ""
    job_title: _Line(100) = ""


class ProductRow(CrmRow):
    sku: _Line(64, min_length=1)
    name: _Line(200, min_length=1)
    description: Text = ""


class OrderRow(CrmRow):
    customer: Key
    reference: _Line(64, min_length=1)
    ordered_at: date
    status: OrderStatus = OrderStatus.CONFIRMED
    total_amount: Annotated[Decimal, Field(max_digits=12, decimal_places=2)] = Decimal("0")


class OrderLineRow(CrmRow):
    order: Key
    product: OptionalKey = None
    label: _Line(200, min_length=1)
    quantity: Annotated[Decimal, Field(max_digits=12, decimal_places=3)] = Decimal("1")
    unit_price: Annotated[Decimal, Field(max_digits=12, decimal_places=2)] = Decimal("0")
    position: Annotated[int, Field(ge=0, le=1_000_000)] = 1


class DeliveredProductRow(CrmRow):
    customer: Key
    product: Key
    order: OptionalKey = None
    serial_number: _Line(100, min_length=1)
    delivered_at: date


# --- what a run reports --------------------------------------------------------------------


class SyncCounts(WireModel):
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    deactivated: int = 0
    refused: int = 0


class SyncIssueOut(WireModel):
    entity: str
    external_id: str
    reason: str
    message: str


class SyncRunOut(WireModel):
    id: int
    source: str  # pull | push
    mode: str  # full | incremental | batch
    dry_run: bool
    status: str  # running | succeeded | failed
    started_at: datetime
    finished_at: datetime | None
    duration_ms: int | None
    requested_by: int | None
    created: int
    updated: int
    unchanged: int
    deactivated: int
    refused: int
    per_entity: dict[str, SyncCounts]
    error: str


class SyncRunDetail(SyncRunOut):
    """A run with the rows it refused (at most crm.sync.runs.MAX_ISSUES; `refused` counts them all)."""

    issues: list[SyncIssueOut]


class CrmStatusOut(WireModel):
    """Where the CRM link stands (Administration → CRM)."""

    configured: bool  # a pull connector (CRM database and mapping) is configured
    source: str | None  # "host:port/db" of the CRM database, when configured
    running: bool  # a pull is running now
    last_run: SyncRunOut | None  # the newest run, pull or push
    incremental_every_minutes: int
    full_every_hours: int


# --- the push API ----------------------------------------------------------------------------


class PushRefusal(WireModel):
    external_id: str
    reason: str  # invalid | unknown_parent | duplicate_value | conflict
    message: str


class PushReport(WireModel):
    """What one push call did: its run, and the rows it refused (the others were written)."""

    run: int
    created: int
    updated: int
    unchanged: int
    deactivated: int
    refused: list[PushRefusal]


# --- API keys (the push API's credentials) ------------------------------------------------------


class ApiKeyOut(WireModel):
    id: int
    name: str
    prefix: str  # the key reads sav_<prefix>_<secret>; the prefix alone names it
    created_at: datetime
    created_by: UserRef | None
    last_used_at: datetime | None  # to the minute
    revoked_at: datetime | None


class ApiKeyCreated(ApiKeyOut):
    key: str  # the whole key, shown this once: only its hash is kept
