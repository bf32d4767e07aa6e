"""Strict input, in one place. Every body and query string is an allow-list: a key the endpoint does not
declare is a 400, never silently ignored, so a request cannot set what it was not meant to (a client sending
`customer` or `status`), no client-chosen key reaches the ORM (`?assignee__password=`), and a typo is an error
rather than a no-op. And UNSET, for a service's argument the caller did not give."""

from collections.abc import Iterable, Mapping
from typing import Any

from rest_framework import serializers

from core.errors import ValidationFailed


class Unset:
    """The value of a service's optional argument the caller did not give: "leave it as it is" (None is a
    value: "clear it")."""

    __slots__ = ()

    def __repr__(self) -> str:
        return "UNSET"

    def __bool__(self) -> bool:
        return False


UNSET = Unset()

# Each refusal's code → what the problem's detail says before the keys, and the message of each key.
_REFUSALS = {
    "unknown_field": ("Unknown field", "This field is not accepted."),
    "immutable": ("Cannot be changed", "This field cannot be changed."),
    "unknown_parameter": ("Unknown parameter", "This parameter is not accepted."),
    "repeated_parameter": ("Give each parameter once", "Give this parameter once."),
}


def _refused(codes: Mapping[str, str], detail: str | None = None) -> ValidationFailed:
    """One 400 naming each refused key with its code (`codes`: key → code). The problem's own code is the
    first of theirs in _REFUSALS order: a body holding an unknown key is `unknown_field` whatever else it holds."""
    code = next(code for code in _REFUSALS if code in codes.values())
    keys = sorted(key for key in codes if codes[key] == code)
    return ValidationFailed(
        detail or f"{_REFUSALS[code][0]}: {', '.join(keys)}.",
        code=code,
        errors={key: [{"code": codes[key], "message": _REFUSALS[codes[key]][1]}] for key in sorted(codes)},
    )


class StrictSerializer(serializers.Serializer):
    """A request body whose keys must all be writable fields: any other key, or a read-only one, is 400
    `unknown_field`; a key of `immutable_fields` (known, but set once) is 400 `immutable`."""

    immutable_fields: tuple[str, ...] = ()

    def to_internal_value(self, data):
        if isinstance(data, Mapping):
            writable = {name for name, field in self.fields.items() if not field.read_only}
            refused = [str(key) for key in data if key not in writable]
            if refused:
                raise _refused({
                    key: "immutable" if key in self.immutable_fields else "unknown_field" for key in refused
                })
        return super().to_internal_value(data)


class StrictQuerySerializer(serializers.Serializer):
    """A query string as an allow-list: any other key is 400 `unknown_parameter`, a key given twice 400
    `repeated_parameter` (no guessing which value counts), and an empty value (`?q=`) means "not given".
    Fields read a plain dict: DRF reads a boolean missing from a QueryDict as an unticked checkbox, False."""

    def to_internal_value(self, data):
        refuse_query_parameters(data, allowed=self.fields)
        if hasattr(data, "getlist"):
            repeated = [str(key) for key in data if len(data.getlist(key)) > 1]
            if repeated:
                raise _refused(dict.fromkeys(repeated, "repeated_parameter"))
        return super().to_internal_value({key: value for key, value in data.items() if value != ""})


def parse(
    serializer_class: type[StrictSerializer | StrictQuerySerializer], data: Any, *, partial: bool = False
) -> dict[str, Any]:
    """`data` (request.data or request.query_params) validated: the fields given, and defaults. Only a strict
    serializer reads input, so no endpoint can leave its allow-list out."""
    if not issubclass(serializer_class, StrictSerializer | StrictQuerySerializer):
        raise TypeError(f"{serializer_class.__name__} reads input: make it a Strict(Query)Serializer.")
    serializer = serializer_class(data=data, partial=partial)
    serializer.is_valid(raise_exception=True)
    return dict(serializer.validated_data)


def ensure_empty_body(request) -> None:
    """Actions (start, close, mark read…) take no body: a key sent to one is refused, not ignored."""
    if request.data:
        keys = [str(key) for key in request.data] if isinstance(request.data, Mapping) else ["non_field_errors"]
        raise _refused(dict.fromkeys(keys, "unknown_field"), "This action takes no body.")


def refuse_query_parameters(query_params, allowed: Iterable[str] = ()) -> None:
    """A key outside `allowed` (by default: any key, for reads that take no parameter) is refused
    (`unknown_parameter`) rather than silently ignored, so a client never believes a filter or an
    ordering was applied."""
    allowed = set(allowed)
    unknown = [str(key) for key in query_params if key not in allowed]
    if unknown:
        raise _refused(dict.fromkeys(unknown, "unknown_parameter"))
