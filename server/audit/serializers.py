"""Input and output shapes of the audit API (`shared_schemas.audit.AuditEventOut`)."""

from typing import Any

from rest_framework import serializers

from audit.models import AuditEvent
from audit.selectors import AuditFilters
from core.ids import id_field
from core.parsing import StrictQuerySerializer


class AuditEventFilterSerializer(StrictQuerySerializer):
    actor = id_field(required=False, help_text="A user id.")
    action = serializers.RegexField(
        r"^[a-z][a-z_]*\.([a-z][a-z_]*)?$", max_length=50, required=False,
        error_messages={"invalid": "An action code (user.created) or a prefix ending in a dot (user.)."},
        help_text="One action code, e.g. `user.created`, or a prefix ending in `.`, e.g. `user.`.",
    )
    target_type = serializers.RegexField(
        r"^[a-z][a-z_]*$", max_length=30, required=False, help_text="e.g. `user`, `role`, `ticket`."
    )
    target_id = serializers.CharField(max_length=64, required=False)
    since = serializers.DateTimeField(required=False, help_text="ISO 8601, inclusive.")
    until = serializers.DateTimeField(required=False, help_text="ISO 8601, exclusive.")


class AuditEventListQuerySerializer(AuditEventFilterSerializer):
    cursor = serializers.CharField(required=False, help_text="`next_cursor` of the previous page.")
    page_size = serializers.CharField(required=False, help_text="Items per page (default SAV_PAGE_SIZE).")


def filters_from(query: dict[str, Any]) -> AuditFilters:
    return AuditFilters(**{field: query.get(field) for field in AuditEventFilterSerializer().fields})


class AuditEventSerializer(serializers.ModelSerializer):
    before = serializers.DictField(allow_null=True, read_only=True, help_text="The changed fields before.")
    after = serializers.DictField(allow_null=True, read_only=True, help_text="The changed fields after.")

    class Meta:
        model = AuditEvent
        fields = [
            "id", "created_at", "actor", "actor_email", "action", "target_type", "target_id", "target_label",
            "before", "after", "ip_address",
        ]
        read_only_fields = fields


class AuditEventPageSerializer(serializers.Serializer):
    results = AuditEventSerializer(many=True)
    next_cursor = serializers.CharField(allow_null=True)
