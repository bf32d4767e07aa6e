"""`origyne-sav://` links, as the CRM's customer record builds them, read into a value or refused
with a reason. Pure: no Qt, no network; the router decides what a value means for the signed-in
user, and a running instance reads the links a second launch hands it with the same function.

    origyne-sav://tickets/new?customer=<customer external id>[&order=<order external id>
                                                              |&delivered_product=<serial number>]
    origyne-sav://tickets/<reference>              e.g. origyne-sav://tickets/SAV-2026-000123

The scheme and the host ("tickets") are read in any case; the path, the parameter names and the
values are exact. Values are percent-decoded as UTF-8 (`+` is a space, as in any query string) and
lose surrounding spaces; an empty `order` or `delivered_product` counts as not given. Everything
else is refused: another scheme or host, a user, port or fragment, an unknown path or parameter, a
parameter given twice, `.`/`..` or an encoded `/` in the path, a missing customer, both an order
and a delivered product, over-long values, control characters (line breaks, tabs, C1, U+2028/2029,
bidi overrides — the server's rule for one-line text), undecodable bytes."""

import re
import unicodedata
from dataclasses import dataclass
from enum import StrEnum
from urllib.parse import unquote_to_bytes

SCHEME = "origyne-sav"
HOST = "tickets"
NEW = "new"
MAX_LINK_LENGTH = 2048
# The server's column widths: external ids 64, serial numbers 100.
MAX_EXTERNAL_ID_LENGTH = 64
MAX_SERIAL_NUMBER_LENGTH = 100
REFERENCE = re.compile(r"SAV-\d{4}-\d{6,12}")

_REFUSED_CATEGORIES = frozenset({"Cc", "Cs", "Zl", "Zp"})
_BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


class Refusal(StrEnum):
    """Why a link was refused; `desktop/links/texts.py` says it in French."""

    MALFORMED = "malformed"
    TOO_LONG = "too_long"
    UNKNOWN_SCHEME = "unknown_scheme"
    UNKNOWN_PATH = "unknown_path"
    UNKNOWN_PARAMETER = "unknown_parameter"
    REPEATED_PARAMETER = "repeated_parameter"
    MISSING_CUSTOMER = "missing_customer"
    ORDER_AND_DELIVERED_PRODUCT = "order_and_delivered_product"
    VALUE_TOO_LONG = "value_too_long"
    CONTROL_CHARACTERS = "control_characters"


class LinkRefused(ValueError):  # noqa: N818 — a refusal is a value the router shows, not a crash
    def __init__(self, reason: Refusal, detail: str = "") -> None:
        super().__init__(f"{reason}: {detail}" if detail else str(reason))
        self.reason = reason
        self.detail = detail


@dataclass(frozen=True)
class TicketLink:
    """Open the ticket with this reference (upper case, e.g. SAV-2026-000123)."""

    reference: str


@dataclass(frozen=True)
class NewTicketLink:
    """« Nouveau ticket » for this customer, and at most one of its orders or delivered products."""

    customer: str
    order: str | None = None
    delivered_product: str | None = None


Link = TicketLink | NewTicketLink

_PARAMETER_LENGTHS = {
    "customer": MAX_EXTERNAL_ID_LENGTH,
    "order": MAX_EXTERNAL_ID_LENGTH,
    "delivered_product": MAX_SERIAL_NUMBER_LENGTH,
}


def has_control_characters(value: str) -> bool:
    return any(char in _BIDI_CONTROLS or unicodedata.category(char) in _REFUSED_CATEGORIES for char in value)


def read_link(text: str) -> Link | LinkRefused:
    """`parse_link`, with the refusal as a value (what a signal carries to the router)."""
    try:
        return parse_link(text)
    except LinkRefused as refused:
        return refused


def parse_link(text: str) -> Link:
    if not isinstance(text, str) or not text:
        raise LinkRefused(Refusal.MALFORMED, "empty")
    if len(text) > MAX_LINK_LENGTH:
        raise LinkRefused(Refusal.TOO_LONG, f"{len(text)} characters")
    if has_control_characters(text) or any(char.isspace() for char in text):
        raise LinkRefused(Refusal.CONTROL_CHARACTERS, "in the link")
    scheme, separator, rest = text.partition(":")
    if not separator or scheme.lower() != SCHEME:
        raise LinkRefused(Refusal.UNKNOWN_SCHEME, scheme[:40])
    if not rest.startswith("//"):
        raise LinkRefused(Refusal.MALFORMED, "no //")
    rest, hash_sign, _fragment = rest[2:].partition("#")
    if hash_sign:
        raise LinkRefused(Refusal.MALFORMED, "fragment")
    location, _question, query = rest.partition("?")
    host, slash, path = location.partition("/")
    if host.lower() != HOST:  # also a user ("x@tickets") or a port ("tickets:80")
        raise LinkRefused(Refusal.UNKNOWN_PATH, host[:40])
    segments = _path_segments(path if slash else "")
    if segments == [NEW]:
        return _new_ticket_link(query)
    if len(segments) == 1 and REFERENCE.fullmatch(segments[0].upper()):
        if query:
            raise LinkRefused(Refusal.UNKNOWN_PARAMETER, "a ticket link takes no parameter")
        return TicketLink(segments[0].upper())
    raise LinkRefused(Refusal.UNKNOWN_PATH, "/".join(segments)[:40])


def _path_segments(path: str) -> list[str]:
    """The decoded segments; one trailing slash is tolerated (some launchers add it)."""
    if path.endswith("/"):
        path = path[:-1]
    segments = [_decode(raw, path=True) for raw in path.split("/")] if path else []
    for segment in segments:
        if segment in ("", ".", "..") or "/" in segment or "\\" in segment:
            raise LinkRefused(Refusal.UNKNOWN_PATH, "empty, dot or slash segment")
    return segments


def _new_ticket_link(query: str) -> NewTicketLink:
    values: dict[str, str] = {}
    for pair in query.split("&") if query else []:
        raw_name, equals, raw_value = pair.partition("=")
        name = _decode(raw_name)
        if name not in _PARAMETER_LENGTHS or not equals:
            raise LinkRefused(Refusal.UNKNOWN_PARAMETER, name[:40])
        if name in values:
            raise LinkRefused(Refusal.REPEATED_PARAMETER, name)
        value = _decode(raw_value).strip(" ")
        if len(value) > _PARAMETER_LENGTHS[name]:
            raise LinkRefused(Refusal.VALUE_TOO_LONG, name)
        values[name] = value
    if not values.get("customer"):
        raise LinkRefused(Refusal.MISSING_CUSTOMER)
    order, delivered_product = values.get("order") or None, values.get("delivered_product") or None
    if order and delivered_product:
        raise LinkRefused(Refusal.ORDER_AND_DELIVERED_PRODUCT)
    return NewTicketLink(customer=values["customer"], order=order, delivered_product=delivered_product)


def _decode(raw: str, *, path: bool = False) -> str:
    """Percent-decoding as UTF-8, strictly; in a query `+` is a space. The decoded text is checked
    again: an encoded line break or bidi override is as refused as a literal one."""
    if not path:
        raw = raw.replace("+", " ")
    if "%" in raw and re.search(r"%(?![0-9A-Fa-f]{2})", raw):
        raise LinkRefused(Refusal.MALFORMED, "bad percent escape")
    try:
        value = unquote_to_bytes(raw).decode("utf-8")
    except UnicodeDecodeError:
        raise LinkRefused(Refusal.MALFORMED, "not UTF-8") from None
    if has_control_characters(value):
        raise LinkRefused(Refusal.CONTROL_CHARACTERS)
    return value
