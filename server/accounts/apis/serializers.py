"""Output shapes shared by several accounts APIs."""

from rest_framework import serializers

from accounts.models import Role, User
from crm.models import Contact, Customer


class RoleSummarySerializer(serializers.ModelSerializer):
    class Meta:
        model = Role
        fields = ["id", "code", "name", "audience"]


class CustomerSummarySerializer(serializers.ModelSerializer):
    class Meta:
        model = Customer
        fields = ["id", "name"]


class ContactSummarySerializer(serializers.ModelSerializer):
    class Meta:
        model = Contact
        fields = ["id", "first_name", "last_name", "email"]


class MeSerializer(serializers.ModelSerializer):
    role = RoleSummarySerializer()
    permissions = serializers.SerializerMethodField()
    customer = CustomerSummarySerializer(allow_null=True)

    class Meta:
        model = User
        fields = [
            "id", "email", "full_name", "phone", "language", "role", "permissions", "customer",
            "is_active",
        ]

    def get_permissions(self, user: User) -> list[str]:
        return sorted(user.role.permissions)


class UserSerializer(serializers.ModelSerializer):
    """An account as administrators see it."""

    role = RoleSummarySerializer()
    customer = CustomerSummarySerializer(allow_null=True)
    contact = ContactSummarySerializer(allow_null=True)

    class Meta:
        model = User
        fields = [
            "id", "email", "full_name", "phone", "language", "role", "customer", "contact",
            "is_active", "date_joined", "deactivated_at", "last_login",
        ]


class TokenPairSerializer(serializers.Serializer):
    access = serializers.CharField()
    refresh = serializers.CharField()
