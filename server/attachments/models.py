from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone


class Attachment(models.Model):
    """A file sent with a ticket's opening or a message. Uploaded first, *staged* (no ticket yet, only
    its uploader sees it), then linked in the transaction that creates the ticket or the message.

    The file lives in the "attachments" storage under `storage_key`, a random id: the user's file
    name is metadata only and never reaches a path."""

    uploader = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="attachments")
    ticket = models.ForeignKey(
        "tickets.Ticket", null=True, blank=True, on_delete=models.CASCADE, related_name="attachments"
    )
    message = models.ForeignKey(
        "tickets.Message", null=True, blank=True, on_delete=models.CASCADE, related_name="attachments"
    )
    name = models.CharField(max_length=200)
    content_type = models.CharField(max_length=120)
    size = models.PositiveBigIntegerField()
    sha256 = models.CharField(max_length=64)
    storage_key = models.CharField(max_length=100, unique=True)
    client_uuid = models.UUIDField(null=True, blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    linked_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["created_at", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["uploader", "client_uuid"],
                condition=Q(client_uuid__isnull=False),
                name="attachment_client_uuid_unique",
            ),
            models.CheckConstraint(
                condition=Q(message__isnull=True) | Q(ticket__isnull=False), name="attachment_message_has_ticket"
            ),
        ]
        # The cleanup job's scan: staged attachments by age.
        indexes = [
            models.Index(fields=["created_at", "id"], condition=Q(ticket__isnull=True), name="attachment_staged")
        ]

    def __str__(self) -> str:
        return f"{self.name} ({self.content_type}, {self.size} bytes)"

    @property
    def is_staged(self) -> bool:
        return self.ticket_id is None
