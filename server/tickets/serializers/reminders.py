"""Reminders (staff only)."""

from rest_framework import serializers

from core.ids import id_field
from core.parsing import StrictSerializer
from tickets.serializers.common import TicketUserRefSerializer


class ReminderCreateSerializer(StrictSerializer):
    remind_at = serializers.DateTimeField(help_text="In the future.")
    recipient = id_field(
        required=False, allow_null=True, help_text="An active staff user (default: yourself)."
    )
    note = serializers.CharField(max_length=500, required=False, allow_blank=True, default="")


class ReminderUpdateSerializer(StrictSerializer):
    remind_at = serializers.DateTimeField(required=False, help_text="In the future.")
    recipient = id_field(required=False, help_text="An active staff user.")
    note = serializers.CharField(max_length=500, required=False, allow_blank=True)


class ReminderSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    ticket = serializers.IntegerField(source="ticket_id")
    remind_at = serializers.DateTimeField()
    recipient = TicketUserRefSerializer()
    note = serializers.CharField()
    fired_at = serializers.DateTimeField(allow_null=True)
    created_by = TicketUserRefSerializer()
    created_at = serializers.DateTimeField()
