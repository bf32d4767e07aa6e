"""Customers and what they bought, as Origyne's CRM knows them.

Every row has the CRM's key, `external_id`, which the sync (pull or push) upserts by. A row the
CRM removed or deactivated is deactivated here, never deleted: tickets keep pointing at it.
`crm_synced_at` says who owns the row's CRM fields: set, the CRM does (they are read-only in the
SAV); null, the row was entered in the SAV by hand. `crm_fingerprint` is a digest of the CRM
fields as last written, so a sync tells an unchanged row without comparing every column."""

from django.db import models
from django.utils import timezone

from core.choices import choices_of
from shared_schemas.enums import OrderStatus


class CrmRecord(models.Model):
    external_id = models.CharField(max_length=64, unique=True)
    is_active = models.BooleanField(default=True)
    crm_synced_at = models.DateTimeField(null=True, blank=True)
    crm_fingerprint = models.CharField(max_length=32, blank=True)

    class Meta:
        abstract = True

    @property
    def from_crm(self) -> bool:
        return self.crm_synced_at is not None


class Customer(CrmRecord):
    name = models.CharField(max_length=200)
    siret = models.CharField(max_length=14, blank=True)
    email = models.EmailField(blank=True)
    phone = models.CharField(max_length=30, blank=True)
    address_line = models.CharField(max_length=200, blank=True)
    postal_code = models.CharField(max_length=10, blank=True)
    city = models.CharField(max_length=100, blank=True)
    country = models.CharField(max_length=2, default="FR")
    created_at = models.DateTimeField(default=timezone.now)
    # The SAV's own: editable whoever owns the CRM fields.
    sav_notes = models.TextField(blank=True)

    class Meta:
        ordering = ["name", "id"]

    def __str__(self) -> str:
        return self.name


class Contact(CrmRecord):
    # A contact entered in the SAV may have no CRM key: NULLs do not collide.
    external_id = models.CharField(max_length=64, unique=True, null=True, blank=True)  # noqa: DJ001
    customer = models.ForeignKey(Customer, on_delete=models.CASCADE, related_name="contacts")
    first_name = models.CharField(max_length=100)
    last_name = models.CharField(max_length=100)
    email = models.EmailField(blank=True)
    phone = models.CharField(max_length=30, blank=True)
    job_title = models.CharField(max_length=100, blank=True)

    class Meta:
        ordering = ["last_name", "first_name", "id"]

    def __str__(self) -> str:
        return f"{self.first_name} {self.last_name}"


class Product(CrmRecord):
    sku = models.CharField(max_length=64, unique=True)
    name = models.CharField(max_length=200)
    description = models.TextField(blank=True)

    class Meta:
        ordering = ["name", "id"]

    def __str__(self) -> str:
        return self.name


class Order(CrmRecord):
    customer = models.ForeignKey(Customer, on_delete=models.CASCADE, related_name="orders")
    reference = models.CharField(max_length=64, unique=True)
    ordered_at = models.DateField()
    status = models.CharField(max_length=12, choices=choices_of(OrderStatus), default=OrderStatus.CONFIRMED)
    total_amount = models.DecimalField(max_digits=12, decimal_places=2, default=0)

    class Meta:
        ordering = ["-ordered_at", "-id"]
        indexes = [models.Index(fields=["customer", "-ordered_at"])]

    def __str__(self) -> str:
        return self.reference


class OrderLine(CrmRecord):
    order = models.ForeignKey(Order, on_delete=models.CASCADE, related_name="lines")
    position = models.PositiveIntegerField(default=1)
    # A line may be a service or a fee that is not in the catalogue.
    product = models.ForeignKey(Product, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    label = models.CharField(max_length=200)
    quantity = models.DecimalField(max_digits=12, decimal_places=3, default=1)
    unit_price = models.DecimalField(max_digits=12, decimal_places=2, default=0)

    class Meta:
        ordering = ["order", "position", "id"]
        indexes = [models.Index(fields=["order", "position"])]

    def __str__(self) -> str:
        return f"{self.order_id} #{self.position} {self.label}"


class DeliveredProduct(CrmRecord):
    customer = models.ForeignKey(Customer, on_delete=models.CASCADE, related_name="delivered_products")
    product = models.ForeignKey(Product, on_delete=models.PROTECT, related_name="deliveries")
    order = models.ForeignKey(
        Order, null=True, blank=True, on_delete=models.SET_NULL, related_name="delivered_products"
    )
    serial_number = models.CharField(max_length=100)
    delivered_at = models.DateField()

    class Meta:
        ordering = ["-delivered_at", "-id"]
        indexes = [
            models.Index(fields=["customer", "-delivered_at"]),
            models.Index(fields=["serial_number"]),
        ]
        constraints = [
            models.UniqueConstraint(fields=["product", "serial_number"], name="delivery_serial_unique")
        ]

    def __str__(self) -> str:
        return f"{self.product} #{self.serial_number}"
