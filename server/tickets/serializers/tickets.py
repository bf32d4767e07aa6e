"""Tickets: create and edit bodies, list items and the detail."""

from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from attachments.serializers import AttachmentSerializer
from core.ids import id_field
from core.parsing import StrictSerializer
from core.text import SingleLineField
from shared_schemas.enums import TicketPriority, TicketStatus
from tickets.policies import TicketAction, allowed_actions
from tickets.serializers.common import (
    LongTextField,
    TicketCategoryRefSerializer,
    TicketUserRefSerializer,
    attachment_ids_field,
)
from tickets.serializers.discussion import MessageSerializer, TicketEventSerializer

PRIORITIES = [priority.value for priority in TicketPriority]
STATUSES = [status.value for status in TicketStatus]


class ClientTicketCreateSerializer(StrictSerializer):
    """What a client sends: the customer, requester, status and assignee are never theirs to set."""

    subject = SingleLineField(max_length=200)
    description = LongTextField()
    category = id_field()
    priority = serializers.ChoiceField(choices=PRIORITIES, default=TicketPriority.NORMAL)
    order = id_field(required=False, allow_null=True, help_text="An order of the ticket's customer.")
    delivered_product = id_field(
        required=False, allow_null=True,
        help_text="A product delivered to the ticket's customer (not with `order`).",
    )
    client_uuid = serializers.UUIDField(
        required=False, allow_null=True,
        help_text="Client-generated id: a retry with the same id returns the first ticket. "
        "May also be sent as the Idempotency-Key header.",
    )
    attachments = attachment_ids_field()


class TicketCreateSerializer(ClientTicketCreateSerializer):
    """What staff send; a client sending `customer` or `requester` gets 400 `unknown_field`."""

    customer = id_field(required=False, help_text="Staff only, required for staff: an active customer.")
    requester = id_field(
        required=False, allow_null=True,
        help_text="Staff only: an active client user of the customer (default: the staff member).",
    )


class TicketEditSerializer(StrictSerializer):
    priority = serializers.ChoiceField(choices=PRIORITIES, required=False)
    category = id_field(required=False, help_text="An active category.")
    due_at = serializers.DateTimeField(required=False, allow_null=True)


class TicketCustomerRefSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    name = serializers.CharField()


class TicketOrderRefSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    reference = serializers.CharField()


class TicketDeliveredProductRefSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    serial_number = serializers.CharField()
    product_name = serializers.CharField(source="product.name")


class TicketRatingSerializer(serializers.Serializer):
    stars = serializers.IntegerField()
    comment = serializers.CharField()
    created_at = serializers.DateTimeField()


class TicketListItemSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    reference = serializers.CharField()
    subject = serializers.CharField()
    status = serializers.ChoiceField(choices=STATUSES)
    priority = serializers.ChoiceField(choices=PRIORITIES)
    category = TicketCategoryRefSerializer()
    customer = TicketCustomerRefSerializer()
    requester = TicketUserRefSerializer()
    assignee = TicketUserRefSerializer(allow_null=True)
    created_at = serializers.DateTimeField()
    last_activity_at = serializers.DateTimeField()
    due_at = serializers.DateTimeField(allow_null=True)
    resolved_at = serializers.DateTimeField(allow_null=True)
    closed_at = serializers.DateTimeField(allow_null=True)


class TicketPageSerializer(serializers.Serializer):
    results = TicketListItemSerializer(many=True)
    next_cursor = serializers.CharField(allow_null=True, help_text="Pass as `cursor` for the next page.")


class TicketDetailSerializer(TicketListItemSerializer):
    """Context: `user` (the reader). Built from `selectors.tickets.ticket_detail_for`."""

    description = serializers.CharField()
    order = TicketOrderRefSerializer(allow_null=True)
    delivered_product = TicketDeliveredProductRefSerializer(allow_null=True)
    watchers = TicketUserRefSerializer(many=True, required=False, help_text="Staff readers only.")
    first_response_at = serializers.DateTimeField(allow_null=True)
    rating = TicketRatingSerializer(allow_null=True)
    attachments = AttachmentSerializer(
        many=True, source="opening_attachments", required=False, help_text="Files sent with the ticket's opening."
    )
    messages = MessageSerializer(many=True, source="discussion", help_text="Notes for staff only.")
    events = TicketEventSerializer(
        many=True, source="history", help_text="Clients get only the client-visible kinds."
    )
    allowed_actions = serializers.SerializerMethodField()

    @extend_schema_field(serializers.ListField(child=serializers.ChoiceField(choices=list(TicketAction))))
    def get_allowed_actions(self, ticket) -> list[str]:
        already_rated = getattr(ticket, "rating", None) is not None
        return [str(a) for a in allowed_actions(self.context["user"], ticket, already_rated=already_rated)]

    def to_representation(self, ticket):
        if not self.context["user"].is_staff_member:
            # Staff-only fields are absent, not empty, for a client.
            self.fields.pop("watchers", None)
        return super().to_representation(ticket)
