"""What the CRM sync did and where it stands.

A `SyncRun` is one pass — a pull from the CRM's database (full or incremental) or one push call —
with its counts per entity and its refused rows (`SyncIssue`). `SyncState` is the one row of the
pull connector: the watermark reached per entity, when the last full pass ended, and the lease
that lets a single node run a pull at a time (taken by a conditional UPDATE, so two nodes never
both win, and a node that died frees it when the lease ends)."""

from enum import StrEnum

from django.conf import settings
from django.db import models
from django.utils import timezone

from core.choices import choices_of


class SyncSource(StrEnum):
    PULL = "pull"
    PUSH = "push"


class SyncMode(StrEnum):
    FULL = "full"
    INCREMENTAL = "incremental"
    BATCH = "batch"


class SyncStatus(StrEnum):
    RUNNING = "running"
    SUCCEEDED = "succeeded"
    FAILED = "failed"


class SyncRun(models.Model):
    source = models.CharField(max_length=8, choices=choices_of(SyncSource))
    mode = models.CharField(max_length=12, choices=choices_of(SyncMode))
    dry_run = models.BooleanField(default=False)
    status = models.CharField(max_length=10, choices=choices_of(SyncStatus), default=SyncStatus.RUNNING)
    started_at = models.DateTimeField(default=timezone.now)
    finished_at = models.DateTimeField(null=True, blank=True)
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    # {"customers": {"created": 3, "updated": 1, "unchanged": 40, "deactivated": 0, "refused": 1}, …}
    per_entity = models.JSONField(default=dict)
    created = models.PositiveIntegerField(default=0)
    updated = models.PositiveIntegerField(default=0)
    unchanged = models.PositiveIntegerField(default=0)
    deactivated = models.PositiveIntegerField(default=0)
    refused = models.PositiveIntegerField(default=0)
    error = models.TextField(blank=True)

    class Meta:
        indexes = [models.Index(fields=["-started_at", "-id"], name="sync_run_newest_first")]

    def __str__(self) -> str:
        return f"{self.source} {self.mode} run {self.pk} ({self.status})"

    @property
    def duration_ms(self) -> int | None:
        if self.finished_at is None:
            return None
        return int((self.finished_at - self.started_at).total_seconds() * 1000)


class SyncIssue(models.Model):
    """A row the sync refused, and why; the row was skipped, nothing of it written."""

    run = models.ForeignKey(SyncRun, on_delete=models.CASCADE, related_name="issues")
    entity = models.CharField(max_length=24)
    external_id = models.CharField(max_length=255, blank=True)
    reason = models.CharField(max_length=40)
    message = models.CharField(max_length=500)

    class Meta:
        ordering = ["id"]

    def __str__(self) -> str:
        return f"{self.entity} {self.external_id}: {self.reason}"


class SyncState(models.Model):
    name = models.CharField(max_length=20, unique=True, default="pull")
    # {"customers": "2026-12-03T10:00:00+00:00", …}: the highest watermark value written, per entity.
    watermarks = models.JSONField(default=dict)
    last_full_at = models.DateTimeField(null=True, blank=True)
    lease_until = models.DateTimeField(null=True, blank=True)
    lease_holder = models.CharField(max_length=64, blank=True)

    def __str__(self) -> str:
        return f"sync state {self.name}"
