"""Input parsing shared by the accounts APIs: every input serializer is an allow-list."""

from collections.abc import Mapping
from typing import Any

from django.http import QueryDict
from rest_framework import serializers

from core.errors import ValidationFailed


def parse(serializer_class: type[serializers.Serializer], data: Any) -> dict[str, Any]:
    """Validate `data`; a key the serializer does not declare is refused with `unknown_field`, so
    a request can never set a field it was not meant to (role, customer, is_active…).
    Query strings are read as plain mappings (last value of a repeated key): DRF would read a
    missing boolean in a QueryDict as an unticked HTML checkbox, i.e. False."""
    if isinstance(data, QueryDict):
        data = data.dict()
    if isinstance(data, Mapping):
        unknown = sorted(set(data.keys()) - set(serializer_class().fields))
        if unknown:
            raise ValidationFailed(
                f"Unknown field: {', '.join(unknown)}.",
                code="unknown_field",
                errors={
                    name: [{"code": "unknown_field", "message": "This field is not accepted here."}]
                    for name in unknown
                },
            )
    serializer = serializer_class(data=data)
    serializer.is_valid(raise_exception=True)
    return dict(serializer.validated_data)


class PasswordField(serializers.CharField):
    """Passwords are taken as typed: never trimmed."""

    def __init__(self, **kwargs):
        kwargs.setdefault("max_length", 256)
        kwargs.setdefault("trim_whitespace", False)
        kwargs.setdefault("style", {"input_type": "password"})
        super().__init__(**kwargs)


PHONE_VALIDATOR_REGEX = r"^[0-9+(). -]*$"


def phone_field(**kwargs) -> serializers.RegexField:
    return serializers.RegexField(
        PHONE_VALIDATOR_REGEX, max_length=30, allow_blank=True,
        error_messages={"invalid": "Digits, spaces and + ( ) . - only."}, **kwargs,
    )
