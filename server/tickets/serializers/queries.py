"""Query parameters of the ticket list: an allow-list, each value checked."""

from django.conf import settings
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from core.errors import ValidationFailed
from core.ids import id_field
from core.parsing import StrictQuerySerializer
from shared_schemas.enums import TicketQueue
from tickets.selectors.tickets import (
    DUE_SOON_ONLY_ORDERINGS,
    ORDERINGS,
    STAFF_ONLY_QUEUES,
    TicketListFilters,
)
from tickets.serializers.tickets import PRIORITIES, STATUSES


@extend_schema_field({"type": "string"})
class CommaSeparatedChoicesField(serializers.CharField):
    """`open,in_progress` → ["open", "in_progress"], each a known value."""

    def __init__(self, *, choices: list[str], **kwargs):
        self.allowed = choices
        kwargs.setdefault("help_text", f"Comma-separated, among: {', '.join(choices)}.")
        super().__init__(**kwargs)

    def to_internal_value(self, data) -> list[str]:
        values = [value.strip() for value in super().to_internal_value(data).split(",") if value.strip()]
        wrong = [value for value in values if value not in self.allowed]
        if wrong:
            raise serializers.ValidationError(
                f"Unknown value(s) {', '.join(wrong)}; expected among {', '.join(self.allowed)}.",
                code="invalid_choice",
            )
        return values


@extend_schema_field({"type": "string", "description": "A user id, `none` (unassigned) or `me`."})
class AssigneeParamField(serializers.CharField):
    def to_internal_value(self, data) -> int | str:
        value = super().to_internal_value(data).strip().lower()
        if value in ("none", "me"):
            return value
        if value.isdigit() and 0 < int(value) < 2**63:
            return int(value)
        raise serializers.ValidationError("Give a user id, `none` or `me`.", code="invalid")


@extend_schema_field({"type": "string", "enum": list(ORDERINGS)})
class OrderingParamField(serializers.CharField):
    def to_internal_value(self, data) -> str:
        value = super().to_internal_value(data)
        if value not in ORDERINGS:
            raise ValidationFailed(
                f"Tickets can be ordered by {', '.join(ORDERINGS)} only.",
                code="invalid_ordering",
                errors={"ordering": [{"code": "invalid_ordering", "message": "Unknown ordering."}]},
            )
        return value


class TicketListQuerySerializer(StrictQuerySerializer):
    queue = serializers.ChoiceField(
        choices=[queue.value for queue in TicketQueue], required=False,
        help_text="Default: `open` for staff (`all` if `status` is given), `all` for clients. "
        "Clients may use open, closed and all.",
    )
    status = CommaSeparatedChoicesField(choices=STATUSES, required=False)
    priority = CommaSeparatedChoicesField(choices=PRIORITIES, required=False)
    category = id_field(required=False)
    customer = id_field(required=False)
    assignee = AssigneeParamField(required=False)
    requester = id_field(required=False)
    created_after = serializers.DateTimeField(required=False, help_text="ISO 8601, inclusive.")
    created_before = serializers.DateTimeField(required=False, help_text="ISO 8601, exclusive.")
    updated_after = serializers.DateTimeField(
        required=False, help_text="On last_activity_at; ISO 8601, inclusive."
    )
    updated_before = serializers.DateTimeField(
        required=False, help_text="On last_activity_at; ISO 8601, exclusive."
    )
    q = serializers.CharField(
        required=False, allow_blank=True, max_length=200,
        help_text="A reference (SAV-2026-000123 or 123) or words of the subject or description.",
    )
    ordering = OrderingParamField(
        required=False,
        help_text="Default -last_activity_at (due_at in the due_soon queue, the only one where "
        "`due_at` is allowed).",
    )
    cursor = serializers.CharField(required=False, allow_blank=True, max_length=500)
    page_size = serializers.IntegerField(
        required=False, min_value=1, help_text=f"Default {settings.SAV_PAGE_SIZE}."
    )

    def validate_page_size(self, value: int) -> int:
        if value > settings.SAV_MAX_PAGE_SIZE:
            raise serializers.ValidationError(
                f"page_size must be between 1 and {settings.SAV_MAX_PAGE_SIZE}.", code="max_value"
            )
        return value

    def filters_for(self, user) -> TicketListFilters:
        data = dict(self.validated_data)
        queue = data.pop("queue", None)
        if queue is None:
            queue = TicketQueue.ALL if user.is_client or "status" in data else TicketQueue.OPEN
        queue = TicketQueue(queue)
        if user.is_client and queue in STAFF_ONLY_QUEUES:
            raise ValidationFailed.for_field(
                "queue", "This queue is for Origyne staff; use open, closed or all.", code="invalid_choice"
            )
        ordering = data.pop("ordering", None)
        if ordering in DUE_SOON_ONLY_ORDERINGS and queue != TicketQueue.DUE_SOON:
            raise ValidationFailed(
                "Ordering by due date is only available in the due_soon queue.",
                code="invalid_ordering",
                errors={"ordering": [{"code": "invalid_ordering", "message": "Use the due_soon queue."}]},
            )
        return TicketListFilters(
            queue=queue,
            statuses=data.pop("status", []),
            priorities=data.pop("priority", []),
            category_id=data.pop("category", None),
            customer_id=data.pop("customer", None),
            assignee=data.pop("assignee", None),
            requester_id=data.pop("requester", None),
            q=data.pop("q", "").strip(),
            ordering=ordering,
            cursor=data.pop("cursor", None) or None,
            page_size=data.pop("page_size", settings.SAV_PAGE_SIZE),
            **data,
        )
