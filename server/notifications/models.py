from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone

from core.choices import choices_of
from shared_schemas.enums import NotificationType


class Notification(models.Model):
    """One in-app notification of one user. Its id only grows: a desktop resumes from the last id
    it has seen (`?after_id=`), so nothing is missed across disconnects or server restarts."""

    id = models.BigAutoField(primary_key=True)
    recipient = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="notifications"
    )
    type = models.CharField(max_length=40, choices=choices_of(NotificationType))
    ticket = models.ForeignKey(
        "tickets.Ticket", null=True, blank=True, on_delete=models.CASCADE, related_name="notifications"
    )
    event = models.ForeignKey(
        "tickets.TicketEvent", null=True, blank=True, on_delete=models.CASCADE, related_name="notifications"
    )
    payload = models.JSONField(default=dict)
    created_at = models.DateTimeField(default=timezone.now)
    read_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-id"]
        constraints = [
            models.UniqueConstraint(
                fields=["event", "recipient"], condition=Q(event__isnull=False), name="notification_once_per_event"
            )
        ]
        indexes = [
            models.Index(fields=["recipient", "-id"], name="notification_inbox"),
            models.Index(fields=["recipient", "id"], condition=Q(read_at__isnull=True), name="notification_unread"),
        ]

    def __str__(self) -> str:
        return f"{self.type} #{self.pk} for user {self.recipient_id}"


class NotificationPreference(models.Model):
    """A user's choice for one type, stored only once they change it (`preferences.DEFAULTS` else).
    Push to connected desktops follows `in_app`."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="notification_preferences"
    )
    type = models.CharField(max_length=40, choices=choices_of(NotificationType))
    in_app = models.BooleanField()
    email = models.BooleanField()

    class Meta:
        ordering = ["user", "type"]
        constraints = [models.UniqueConstraint(fields=["user", "type"], name="notification_preference_once")]

    def __str__(self) -> str:
        return f"{self.type} for user {self.user_id}: in_app={self.in_app} email={self.email}"


class EmailStatus(models.TextChoices):
    PENDING = "pending"
    SENDING = "sending"
    SENT = "sent"
    FAILED = "failed"


class EmailOutbox(models.Model):
    """One e-mail to send, written in the transaction of the change it tells about (a rolled-back
    change sends nothing, a committed one is never lost). Senders claim rows with a conditional
    UPDATE and a lease (`services.email_sender`)."""

    recipient = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    event = models.ForeignKey(
        "tickets.TicketEvent", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    notification_type = models.CharField(max_length=40, blank=True)
    to_address = models.EmailField(max_length=254)
    subject = models.CharField(max_length=300)
    body_text = models.TextField()
    body_html = models.TextField(blank=True)
    message_id = models.CharField(max_length=200, unique=True)
    status = models.CharField(max_length=8, choices=EmailStatus.choices, default=EmailStatus.PENDING)
    attempts = models.PositiveSmallIntegerField(default=0)
    not_before = models.DateTimeField(default=timezone.now)
    claimed_at = models.DateTimeField(null=True, blank=True)
    lease_owner = models.CharField(max_length=200, blank=True)
    sent_at = models.DateTimeField(null=True, blank=True)
    last_error = models.TextField(blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["id"]
        constraints = [
            models.UniqueConstraint(
                fields=["event", "recipient"], condition=Q(event__isnull=False), name="email_once_per_event"
            )
        ]
        indexes = [
            models.Index(
                fields=["status", "id"], condition=Q(status__in=["pending", "sending"]), name="email_outbox_queue"
            )
        ]

    def __str__(self) -> str:
        return f"E-mail #{self.pk} to {self.to_address} ({self.status})"
