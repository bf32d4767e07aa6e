"""Input and output shapes of the CRM API. Names are unique across the project: they become
OpenAPI component names."""

import re

from django.conf import settings
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from core.ids import id_field
from core.parsing import StrictQuerySerializer, StrictSerializer
from core.text import SingleLineField
from shared_schemas.enums import OrderStatus, RecordSource

_PHONE = re.compile(r"^\+?[0-9 .()-]{6,30}$")


class PageQuery(StrictQuerySerializer):
    cursor = serializers.CharField(required=False, help_text="`next_cursor` of the previous page.")
    page_size = serializers.IntegerField(
        required=False, min_value=1, help_text="Items per page (default SAV_PAGE_SIZE)."
    )

    def validate_page_size(self, value: int) -> int:
        if value > settings.SAV_MAX_PAGE_SIZE:
            raise serializers.ValidationError(
                f"page_size must be at most {settings.SAV_MAX_PAGE_SIZE}.", code="max_value"
            )
        return value


def clean_text(value: str) -> str:
    return " ".join(value.split())


class _CustomerFields(StrictSerializer):
    name = SingleLineField(max_length=200)
    siret = serializers.CharField(max_length=20, required=False, allow_blank=True)
    email = serializers.EmailField(required=False, allow_blank=True)
    phone = serializers.CharField(max_length=30, required=False, allow_blank=True)
    address_line = SingleLineField(max_length=200, required=False, allow_blank=True)
    postal_code = SingleLineField(max_length=10, required=False, allow_blank=True)
    city = SingleLineField(max_length=100, required=False, allow_blank=True)
    country = serializers.CharField(
        min_length=2, max_length=2, required=False, help_text="ISO 3166-1 alpha-2 code, e.g. FR."
    )
    is_active = serializers.BooleanField(required=False)
    sav_notes = serializers.CharField(
        max_length=5000, required=False, allow_blank=True, trim_whitespace=False,
        help_text="The SAV's own notes on this customer; editable even when the CRM owns the other fields.",
    )

    def validate_name(self, value: str) -> str:
        return clean_text(value)

    def validate_siret(self, value: str) -> str:
        digits = value.replace(" ", "")
        if digits and not re.fullmatch(r"[0-9]{14}", digits):
            raise serializers.ValidationError("A SIRET is 14 digits.", code="invalid_siret")
        return digits

    def validate_email(self, value: str) -> str:
        return value.lower()

    def validate_phone(self, value: str) -> str:
        if value and not _PHONE.match(value):
            raise serializers.ValidationError("Not a phone number.", code="invalid_phone")
        return value.strip()

    def validate_country(self, value: str) -> str:
        if not value.isalpha():
            raise serializers.ValidationError("Not a country code.", code="invalid_country")
        return value.upper()

    def validate_city(self, value: str) -> str:
        return clean_text(value)

    def validate_postal_code(self, value: str) -> str:
        return value.strip()

    def validate_address_line(self, value: str) -> str:
        return clean_text(value)


class CustomerCreateIn(_CustomerFields):
    external_id = SingleLineField(max_length=64, help_text="Identifier in Origyne's CRM; unique.")

    def validate_external_id(self, value: str) -> str:
        return value.strip()


class CustomerUpdateIn(_CustomerFields):
    """`external_id` is the CRM's key for this customer: it cannot be changed."""

    immutable_fields = ("external_id",)


class CustomerListQuery(PageQuery):
    q = serializers.CharField(
        required=False, max_length=100, help_text="Part of the name or of the CRM identifier."
    )
    external_id = serializers.CharField(required=False, max_length=64, help_text="Exactly this CRM identifier.")
    is_active = serializers.BooleanField(required=False)


@extend_schema_field({"type": "string", "enum": [source.value for source in RecordSource]})
class RecordSourceField(serializers.Field):
    """"crm" when the CRM owns the record's CRM fields (read-only here), "sav" when entered by hand."""

    def __init__(self, **kwargs):
        super().__init__(source="*", read_only=True, **kwargs)

    def to_representation(self, instance) -> str:
        return "crm" if instance.crm_synced_at is not None else "sav"


class CustomerOut(serializers.Serializer):
    id = serializers.IntegerField()
    external_id = serializers.CharField()
    name = serializers.CharField()
    siret = serializers.CharField()
    email = serializers.CharField()
    phone = serializers.CharField()
    address_line = serializers.CharField()
    postal_code = serializers.CharField()
    city = serializers.CharField()
    country = serializers.CharField()
    is_active = serializers.BooleanField()
    created_at = serializers.DateTimeField()
    source = RecordSourceField()
    crm_synced_at = serializers.DateTimeField(allow_null=True)
    sav_notes = serializers.CharField()


class CustomerPageOut(serializers.Serializer):
    results = CustomerOut(many=True)
    next_cursor = serializers.CharField(allow_null=True)


class _ContactFields(StrictSerializer):
    first_name = SingleLineField(max_length=100)
    last_name = SingleLineField(max_length=100)
    email = serializers.EmailField(required=False, allow_blank=True)
    phone = serializers.CharField(max_length=30, required=False, allow_blank=True)
    job_title = SingleLineField(max_length=100, required=False, allow_blank=True)

    def validate_first_name(self, value: str) -> str:
        return clean_text(value)

    def validate_last_name(self, value: str) -> str:
        return clean_text(value)

    def validate_email(self, value: str) -> str:
        return value.lower()

    def validate_phone(self, value: str) -> str:
        if value and not _PHONE.match(value):
            raise serializers.ValidationError("Not a phone number.", code="invalid_phone")
        return value.strip()

    def validate_job_title(self, value: str) -> str:
        return clean_text(value)


class ContactCreateIn(_ContactFields):
    external_id = SingleLineField(max_length=64, required=False, allow_blank=True)


class ContactUpdateIn(_ContactFields):
    """A contact stays with its customer, and its CRM identifier is set once."""

    immutable_fields = ("customer", "external_id")


class ContactOut(serializers.Serializer):
    id = serializers.IntegerField()
    customer = serializers.IntegerField(source="customer_id")
    external_id = serializers.CharField(allow_null=True)
    first_name = serializers.CharField()
    last_name = serializers.CharField()
    email = serializers.CharField()
    phone = serializers.CharField()
    job_title = serializers.CharField()
    user = serializers.IntegerField(
        source="login_user_id", allow_null=True, help_text="The client login of this contact, if any."
    )
    is_active = serializers.BooleanField()
    source = RecordSourceField()


class ContactPageOut(serializers.Serializer):
    results = ContactOut(many=True)
    next_cursor = serializers.CharField(allow_null=True)


class ProductListQuery(PageQuery):
    q = serializers.CharField(required=False, max_length=100, help_text="Part of the name or SKU.")


class ProductOut(serializers.Serializer):
    id = serializers.IntegerField()
    external_id = serializers.CharField()
    sku = serializers.CharField()
    name = serializers.CharField()
    description = serializers.CharField()
    is_active = serializers.BooleanField()


class ProductPageOut(serializers.Serializer):
    results = ProductOut(many=True)
    next_cursor = serializers.CharField(allow_null=True)


class CustomerScopedQuery(PageQuery):
    customer = serializers.IntegerField(
        required=False,
        min_value=1,
        help_text="Staff: one customer (default: all). A client user always gets their own "
        "customer's; another customer's id is a 404.",
    )


class OrderListQuery(CustomerScopedQuery):
    q = serializers.CharField(required=False, max_length=64, help_text="Part of the order reference.")
    external_id = serializers.CharField(required=False, max_length=64, help_text="Exactly this CRM identifier.")
    is_active = serializers.BooleanField(required=False)


class ProductBriefOut(serializers.Serializer):
    id = serializers.IntegerField()
    sku = serializers.CharField()
    name = serializers.CharField()


class OrderLineOut(serializers.Serializer):
    id = serializers.IntegerField()
    external_id = serializers.CharField()
    position = serializers.IntegerField()
    product = ProductBriefOut(allow_null=True)
    label = serializers.CharField()
    quantity = serializers.DecimalField(max_digits=12, decimal_places=3)
    unit_price = serializers.DecimalField(max_digits=12, decimal_places=2)


class OrderOut(serializers.Serializer):
    id = serializers.IntegerField()
    customer = serializers.IntegerField(source="customer_id")
    external_id = serializers.CharField()
    reference = serializers.CharField()
    ordered_at = serializers.DateField()
    status = serializers.ChoiceField(choices=[status.value for status in OrderStatus])
    total_amount = serializers.DecimalField(max_digits=12, decimal_places=2)
    is_active = serializers.BooleanField()
    lines = OrderLineOut(many=True, source="lines.all")


class OrderPageOut(serializers.Serializer):
    results = OrderOut(many=True)
    next_cursor = serializers.CharField(allow_null=True)


class DeliveredProductListQuery(CustomerScopedQuery):
    order = id_field(required=False, help_text="Only this order's.")
    q = serializers.CharField(
        required=False, max_length=100, help_text="Part of the serial number or product name."
    )
    serial_number = serializers.CharField(required=False, max_length=100, help_text="Exactly this serial number.")
    is_active = serializers.BooleanField(required=False)


class OrderBriefOut(serializers.Serializer):
    id = serializers.IntegerField()
    reference = serializers.CharField()


class DeliveredProductOut(serializers.Serializer):
    id = serializers.IntegerField()
    customer = serializers.IntegerField(source="customer_id")
    external_id = serializers.CharField()
    product = ProductBriefOut()
    serial_number = serializers.CharField()
    delivered_at = serializers.DateField()
    order = OrderBriefOut(allow_null=True)
    is_active = serializers.BooleanField()


class DeliveredProductPageOut(serializers.Serializer):
    results = DeliveredProductOut(many=True)
    next_cursor = serializers.CharField(allow_null=True)
