"""The client's rating of a resolved ticket."""

from rest_framework import serializers

from core.parsing import StrictSerializer
from tickets.serializers.common import LongTextField


class RatingCreateSerializer(StrictSerializer):
    stars = serializers.IntegerField(min_value=1, max_value=5)
    comment = LongTextField(required=False, allow_blank=True, default="")


class RatingSerializer(serializers.Serializer):
    ticket = serializers.IntegerField(source="ticket_id")
    stars = serializers.IntegerField()
    comment = serializers.CharField()
    created_at = serializers.DateTimeField()
