from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils import timezone

from core.choices import choices_of
from shared_schemas.enums import (
    ACTIVE_STATUSES,
    DONE_STATUSES,
    MessageKind,
    TicketEventKind,
    TicketPriority,
    TicketStatus,
)

ACTIVE = Q(status__in=[s.value for s in ACTIVE_STATUSES])
DONE = Q(status__in=[s.value for s in DONE_STATUSES])


class Category(models.Model):
    name = models.CharField(max_length=100, unique=True)
    description = models.CharField(max_length=300, blank=True)
    position = models.PositiveSmallIntegerField(default=0)
    is_active = models.BooleanField(default=True)

    class Meta:
        ordering = ["position", "name", "id"]
        verbose_name_plural = "categories"

    def __str__(self) -> str:
        return self.name


class TicketCounter(models.Model):
    """Last reference number given per year (SAV-2026-000123)."""

    year = models.PositiveSmallIntegerField(primary_key=True)
    value = models.PositiveIntegerField(default=0)

    def __str__(self) -> str:
        return f"{self.year}: {self.value}"


class Ticket(models.Model):
    reference = models.CharField(max_length=20, unique=True)
    subject = models.CharField(max_length=200)
    description = models.TextField()
    status = models.CharField(max_length=12, choices=choices_of(TicketStatus), default=TicketStatus.OPEN)
    priority = models.CharField(
        max_length=8, choices=choices_of(TicketPriority), default=TicketPriority.NORMAL
    )
    category = models.ForeignKey(Category, on_delete=models.PROTECT, related_name="tickets")
    customer = models.ForeignKey("crm.Customer", on_delete=models.PROTECT, related_name="tickets")
    requester = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="requested_tickets"
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="created_tickets"
    )
    order = models.ForeignKey(
        "crm.Order", null=True, blank=True, on_delete=models.PROTECT, related_name="tickets"
    )
    delivered_product = models.ForeignKey(
        "crm.DeliveredProduct", null=True, blank=True, on_delete=models.PROTECT, related_name="tickets"
    )
    assignee = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="assigned_tickets",
    )
    watchers = models.ManyToManyField(
        settings.AUTH_USER_MODEL, blank=True, related_name="watched_tickets"
    )
    client_uuid = models.UUIDField(null=True, blank=True)
    due_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    last_activity_at = models.DateTimeField(default=timezone.now)
    first_response_at = models.DateTimeField(null=True, blank=True)
    resolved_at = models.DateTimeField(null=True, blank=True)
    closed_at = models.DateTimeField(null=True, blank=True)
    last_client_message_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-last_activity_at", "-id"]
        constraints = [
            models.CheckConstraint(
                condition=Q(order__isnull=True) | Q(delivered_product__isnull=True),
                name="ticket_order_or_delivered_product",
            ),
            models.UniqueConstraint(
                fields=["created_by", "client_uuid"],
                condition=Q(client_uuid__isnull=False),
                name="ticket_client_uuid_unique",
            ),
        ]
        # One index per queue, in the queue's sort order (keyset pagination walks it).
        indexes = [
            models.Index(fields=["-last_activity_at", "-id"], name="ticket_all_queue"),
            models.Index(fields=["-last_activity_at", "-id"], condition=ACTIVE, name="ticket_open_queue"),
            models.Index(fields=["-last_activity_at", "-id"], condition=DONE, name="ticket_closed_queue"),
            models.Index(
                fields=["-last_activity_at", "-id"],
                condition=ACTIVE & Q(assignee__isnull=True),
                name="ticket_unassigned_queue",
            ),
            models.Index(
                fields=["assignee", "-last_activity_at", "-id"], condition=ACTIVE, name="ticket_mine_queue"
            ),
            models.Index(
                fields=["due_at", "id"], condition=ACTIVE & Q(due_at__isnull=False), name="ticket_due_queue"
            ),
            models.Index(fields=["customer", "-last_activity_at", "-id"], name="ticket_customer_all"),
            models.Index(
                fields=["customer", "-last_activity_at", "-id"], condition=ACTIVE, name="ticket_customer_open"
            ),
            models.Index(
                fields=["customer", "-last_activity_at", "-id"], condition=DONE, name="ticket_customer_closed"
            ),
            models.Index(fields=["-created_at", "-id"], name="ticket_created"),
        ]

    def __str__(self) -> str:
        return f"{self.reference} {self.subject}"


class Message(models.Model):
    """A public reply or an internal note (staff only). The discussion is the messages by date."""

    ticket = models.ForeignKey(Ticket, on_delete=models.CASCADE, related_name="messages")
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="messages")
    kind = models.CharField(max_length=5, choices=choices_of(MessageKind), default=MessageKind.REPLY)
    body = models.TextField()
    client_uuid = models.UUIDField(null=True, blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["created_at", "id"]
        indexes = [models.Index(fields=["ticket", "created_at", "id"], name="message_discussion")]
        constraints = [
            models.UniqueConstraint(
                fields=["author", "client_uuid"],
                condition=Q(client_uuid__isnull=False),
                name="message_client_uuid_unique",
            )
        ]

    def __str__(self) -> str:
        return f"{self.kind} #{self.pk} on ticket {self.ticket_id}"


class TicketEvent(models.Model):
    """Audit history: one row per change, with what changed in `data`."""

    ticket = models.ForeignKey(Ticket, on_delete=models.CASCADE, related_name="events")
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    kind = models.CharField(max_length=20, choices=choices_of(TicketEventKind))
    data = models.JSONField(default=dict)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["created_at", "id"]
        indexes = [models.Index(fields=["ticket", "created_at", "id"], name="ticket_event_history")]

    def __str__(self) -> str:
        return f"{self.kind} on ticket {self.ticket_id}"


class Reminder(models.Model):
    """A reminder on a ticket (e.g. a GTR deadline) for a staff member; firing comes with jobs."""

    ticket = models.ForeignKey(Ticket, on_delete=models.CASCADE, related_name="reminders")
    recipient = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="reminders"
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="created_reminders"
    )
    remind_at = models.DateTimeField()
    note = models.CharField(max_length=500, blank=True)
    fired_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["remind_at", "id"]
        indexes = [
            models.Index(fields=["remind_at", "id"], condition=Q(fired_at__isnull=True), name="reminder_due")
        ]

    def __str__(self) -> str:
        return f"Reminder at {self.remind_at:%Y-%m-%d %H:%M} on ticket {self.ticket_id}"


class Rating(models.Model):
    ticket = models.OneToOneField(Ticket, on_delete=models.CASCADE, related_name="rating")
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="ratings")
    stars = models.PositiveSmallIntegerField(validators=[MinValueValidator(1), MaxValueValidator(5)])
    comment = models.TextField(blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.CheckConstraint(condition=Q(stars__gte=1, stars__lte=5), name="rating_stars_1_to_5")
        ]

    def __str__(self) -> str:
        return f"{self.stars}/5 for ticket {self.ticket_id}"
