"""Ticket categories."""

from rest_framework import serializers

from core.parsing import StrictSerializer
from core.text import SingleLineField


class CategoryCreateSerializer(StrictSerializer):
    name = SingleLineField(max_length=100)
    description = serializers.CharField(max_length=300, required=False, allow_blank=True, default="")
    position = serializers.IntegerField(min_value=0, max_value=32767, required=False, default=0)
    is_active = serializers.BooleanField(required=False, default=True)


class CategoryUpdateSerializer(StrictSerializer):
    name = SingleLineField(max_length=100, required=False)
    description = serializers.CharField(max_length=300, required=False, allow_blank=True)
    position = serializers.IntegerField(min_value=0, max_value=32767, required=False)
    is_active = serializers.BooleanField(required=False)


class CategorySerializer(serializers.Serializer):
    id = serializers.IntegerField()
    name = serializers.CharField()
    description = serializers.CharField()
    position = serializers.IntegerField()
    is_active = serializers.BooleanField()
