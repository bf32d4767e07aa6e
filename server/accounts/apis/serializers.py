"""Output shapes shared by several accounts APIs. Every field is read-only, so the OpenAPI
schema lists them all as present in the answer."""

from rest_framework import serializers

from accounts.models import Role, User
from crm.models import Contact, Customer


class RoleSummarySerializer(serializers.ModelSerializer):
    class Meta:
        model = Role
        fields = ["id", "code", "name", "audience"]
        read_only_fields = fields


class CustomerSummarySerializer(serializers.ModelSerializer):
    class Meta:
        model = Customer
        fields = ["id", "name"]
        read_only_fields = fields


class ContactSummarySerializer(serializers.ModelSerializer):
    class Meta:
        model = Contact
        fields = ["id", "first_name", "last_name", "email"]
        read_only_fields = fields


class MeSerializer(serializers.ModelSerializer):
    role = RoleSummarySerializer(read_only=True)
    permissions = serializers.SerializerMethodField()
    customer = CustomerSummarySerializer(allow_null=True, read_only=True)

    class Meta:
        model = User
        fields = [
            "id", "email", "full_name", "phone", "language", "role", "permissions", "customer",
            "is_active",
        ]
        read_only_fields = fields

    def get_permissions(self, user: User) -> list[str]:
        return sorted(user.role.permissions)


class UserSerializer(serializers.ModelSerializer):
    """An account as administrators see it."""

    role = RoleSummarySerializer(read_only=True)
    customer = CustomerSummarySerializer(allow_null=True, read_only=True)
    contact = ContactSummarySerializer(allow_null=True, read_only=True)

    class Meta:
        model = User
        fields = [
            "id", "email", "full_name", "phone", "language", "role", "customer", "contact",
            "is_active", "date_joined", "deactivated_at", "last_login",
        ]
        read_only_fields = fields


class TokenPairSerializer(serializers.Serializer):
    access = serializers.CharField(read_only=True)
    refresh = serializers.CharField(read_only=True)
