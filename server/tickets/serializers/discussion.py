"""Messages of the discussion and events of the history."""

from rest_framework import serializers

from attachments.serializers import AttachmentSerializer
from core.parsing import StrictSerializer
from shared_schemas.enums import MessageKind
from tickets.serializers.common import LongTextField, TicketUserRefSerializer, attachment_ids_field
from tickets.services.events import EVENT_KINDS


class MessageCreateSerializer(StrictSerializer):
    body = LongTextField()
    kind = serializers.ChoiceField(choices=[kind.value for kind in MessageKind], default=MessageKind.REPLY)
    client_uuid = serializers.UUIDField(
        required=False, allow_null=True,
        help_text="Client-generated id: a retry with the same id returns the first message.",
    )
    attachments = attachment_ids_field()


class MessageAuthorSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    full_name = serializers.CharField()
    is_staff = serializers.BooleanField(source="is_staff_member", help_text="Origyne staff (else a client).")


class MessageSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    ticket = serializers.IntegerField(source="ticket_id")
    kind = serializers.ChoiceField(choices=[kind.value for kind in MessageKind])
    body = serializers.CharField()
    author = MessageAuthorSerializer()
    client_uuid = serializers.UUIDField(allow_null=True)
    created_at = serializers.DateTimeField()
    attachments = AttachmentSerializer(many=True, source="attachments.all", required=False)


class TicketEventSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    # An open string, not an enum: new kinds will come, and an older desktop must still read them.
    kind = serializers.CharField(help_text=f"One of: {', '.join(EVENT_KINDS)} (more may come).")
    actor = TicketUserRefSerializer(allow_null=True)
    data = serializers.DictField(help_text="What changed, e.g. {\"from\": \"open\", \"to\": \"in_progress\"}.")
    created_at = serializers.DateTimeField()
