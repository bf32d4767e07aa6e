"""Customers and what they bought, as imported from Origyne's CRM (`external_id`)."""

from django.db import models
from django.utils import timezone


class Customer(models.Model):
    external_id = models.CharField(max_length=64, unique=True)
    name = models.CharField(max_length=200)
    siret = models.CharField(max_length=14, blank=True)
    email = models.EmailField(blank=True)
    phone = models.CharField(max_length=30, blank=True)
    address_line = models.CharField(max_length=200, blank=True)
    postal_code = models.CharField(max_length=10, blank=True)
    city = models.CharField(max_length=100, blank=True)
    country = models.CharField(max_length=2, default="FR")
    is_active = models.BooleanField(default=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["name", "id"]

    def __str__(self) -> str:
        return self.name


class Contact(models.Model):
    customer = models.ForeignKey(Customer, on_delete=models.CASCADE, related_name="contacts")
    external_id = models.CharField(max_length=64, blank=True)
    first_name = models.CharField(max_length=100)
    last_name = models.CharField(max_length=100)
    email = models.EmailField(blank=True)
    phone = models.CharField(max_length=30, blank=True)
    job_title = models.CharField(max_length=100, blank=True)

    class Meta:
        ordering = ["last_name", "first_name", "id"]

    def __str__(self) -> str:
        return f"{self.first_name} {self.last_name}"


class Product(models.Model):
    sku = models.CharField(max_length=64, unique=True)
    name = models.CharField(max_length=200)
    description = models.TextField(blank=True)

    class Meta:
        ordering = ["name", "id"]

    def __str__(self) -> str:
        return self.name


class Order(models.Model):
    customer = models.ForeignKey(Customer, on_delete=models.CASCADE, related_name="orders")
    reference = models.CharField(max_length=64, unique=True)
    ordered_at = models.DateField()
    total_amount = models.DecimalField(max_digits=12, decimal_places=2, default=0)

    class Meta:
        ordering = ["-ordered_at", "-id"]
        indexes = [models.Index(fields=["customer", "-ordered_at"])]

    def __str__(self) -> str:
        return self.reference


class DeliveredProduct(models.Model):
    customer = models.ForeignKey(Customer, on_delete=models.CASCADE, related_name="delivered_products")
    product = models.ForeignKey(Product, on_delete=models.PROTECT, related_name="deliveries")
    order = models.ForeignKey(
        Order, null=True, blank=True, on_delete=models.SET_NULL, related_name="delivered_products"
    )
    serial_number = models.CharField(max_length=100)
    delivered_at = models.DateField()

    class Meta:
        ordering = ["-delivered_at", "-id"]
        indexes = [models.Index(fields=["customer", "-delivered_at"])]
        constraints = [
            models.UniqueConstraint(fields=["product", "serial_number"], name="delivery_serial_unique")
        ]

    def __str__(self) -> str:
        return f"{self.product} #{self.serial_number}"
