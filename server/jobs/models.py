from enum import StrEnum

from django.db import models
from django.utils import timezone

from core.choices import choices_of


class SlaAlertKind(StrEnum):
    AT_RISK = "at_risk"
    BREACHED = "breached"


class SlaAlert(models.Model):
    """A GTR/SLA warning already sent for one deadline of a ticket. Inserting the row is the claim:
    the unique constraint lets one sweep win, and a new deadline makes a new warning possible."""

    ticket = models.ForeignKey("tickets.Ticket", on_delete=models.CASCADE, related_name="sla_alerts")
    kind = models.CharField(max_length=8, choices=choices_of(SlaAlertKind))
    due_at = models.DateTimeField()
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["ticket", "kind", "due_at"], name="sla_alert_once_per_deadline")
        ]

    def __str__(self) -> str:
        return f"{self.kind} for ticket {self.ticket_id} due {self.due_at:%Y-%m-%d %H:%M}"
