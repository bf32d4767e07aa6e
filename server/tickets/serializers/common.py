"""Strict input parsing shared by the tickets API, and small references to related objects."""

from collections.abc import Mapping

from django.conf import settings
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from core.errors import ValidationFailed

MAX_ID = 2**63 - 1


def _refused(keys: list[str], *, code: str, message: str, what: str) -> ValidationFailed:
    return ValidationFailed(
        f"Unknown {what}: {', '.join(keys)}.",
        code=code,
        errors={key: [{"code": code, "message": message}] for key in keys},
    )


class StrictSerializer(serializers.Serializer):
    """A request body whose keys must all be fields of the serializer: nothing else can be
    assigned by sending it (e.g. a client sending `customer`, `status` or `assignee`)."""

    def to_internal_value(self, data):
        if isinstance(data, Mapping):
            writable = {name for name, field in self.fields.items() if not field.read_only}
            unknown = sorted(str(key) for key in data if key not in writable)
            if unknown:
                raise _refused(
                    unknown, code="unknown_field", message="This field is not accepted.", what="field"
                )
        return super().to_internal_value(data)


class StrictQuerySerializer(serializers.Serializer):
    """Query parameters as an explicit allow-list: any other key is refused (`unknown_parameter`),
    so no client-chosen key ever reaches the ORM (no `assignee__password=`)."""

    def to_internal_value(self, data):
        unknown = sorted(str(key) for key in data if key not in self.fields)
        if unknown:
            raise _refused(
                unknown, code="unknown_parameter", message="This parameter is not accepted.",
                what="parameter",
            )
        repeated = sorted(key for key in data if len(data.getlist(key)) > 1)
        if repeated:
            raise ValidationFailed(
                f"Give each parameter once: {', '.join(repeated)}.",
                code="repeated_parameter",
                errors={
                    key: [{"code": "repeated_parameter", "message": "Give this parameter once."}]
                    for key in repeated
                },
            )
        return super().to_internal_value(data)


def id_field(**kwargs) -> serializers.IntegerField:
    return serializers.IntegerField(min_value=1, max_value=MAX_ID, **kwargs)


@extend_schema_field({"type": "string", "maxLength": settings.SAV_MAX_TEXT_LENGTH})
class LongTextField(serializers.CharField):
    """A description, message or comment, at most settings.SAV_MAX_TEXT_LENGTH characters (read on
    each request, so the limit follows the configuration)."""

    def to_internal_value(self, data):
        value = super().to_internal_value(data)
        limit = settings.SAV_MAX_TEXT_LENGTH
        if len(value) > limit:
            raise serializers.ValidationError(
                f"Ensure this field has no more than {limit} characters.", code="max_length"
            )
        return value


def attachment_ids_field() -> serializers.ListField:
    return serializers.ListField(
        child=id_field(), required=False, default=list,
        help_text="Ids of files the caller uploaded (POST /attachments) and has not sent yet; "
        "at most SAV_ATTACHMENT_MAX_PER_MESSAGE.",
    )


class TicketUserRefSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    full_name = serializers.CharField()


class TicketCategoryRefSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    name = serializers.CharField()
