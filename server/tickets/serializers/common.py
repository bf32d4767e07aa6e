"""Fields and small references the tickets serializers share."""

from django.conf import settings
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from core.ids import id_field


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
