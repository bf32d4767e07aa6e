"""One sync run as it happens: its `SyncRun` row, its counts per entity, the rows it refused.

The run row is written when the run starts (so « CRM » shows it running) and when it ends. Counts
and refused rows are kept in memory meanwhile, and written at the end: a dry run rolls back what it
would have changed, but its report stays."""

from collections import defaultdict

from django.db import transaction
from django.utils import timezone

from audit.services import audit_record
from crm.models import SyncIssue, SyncMode, SyncRun, SyncSource, SyncStatus
from shared_schemas.audit import AuditAction, AuditTarget

COUNTS = ("created", "updated", "unchanged", "deactivated", "refused")
# Refused rows kept per run: enough to fix a mapping; the count says how many there were in all.
MAX_ISSUES = 1000


class RunRecorder:
    def __init__(self, run: SyncRun, *, actor=None) -> None:
        self.run = run
        self.actor = actor
        self.counts: dict[str, dict[str, int]] = defaultdict(lambda: dict.fromkeys(COUNTS, 0))
        self.issues: list[SyncIssue] = []

    @classmethod
    def start(cls, *, source: SyncSource, mode: SyncMode, dry_run: bool = False, actor=None) -> "RunRecorder":
        run = SyncRun.objects.create(source=source, mode=mode, dry_run=dry_run, requested_by=actor)
        return cls(run, actor=actor)

    def add(self, entity: str, kind: str, count: int = 1) -> None:
        self.counts[entity][kind] += count

    def refuse(self, entity: str, external_id: str, reason: str, message: str) -> None:
        self.add(entity, "refused")
        if len(self.issues) < MAX_ISSUES:
            self.issues.append(SyncIssue(
                run=self.run, entity=entity, external_id=_storable(external_id)[:255], reason=reason,
                message=_storable(message)[:500],
            ))

    def save_progress(self) -> None:
        """The counts so far, for « CRM » to show a long pass moving."""
        self._tally()
        self.run.save(update_fields=[*COUNTS, "per_entity"])

    def _tally(self) -> None:
        self.run.per_entity = {entity: dict(counts) for entity, counts in self.counts.items()}
        for kind in COUNTS:
            setattr(self.run, kind, sum(counts[kind] for counts in self.counts.values()))

    def finish(self, *, error: str = "") -> SyncRun:
        run = self.run
        self._tally()
        run.status = SyncStatus.FAILED if error else SyncStatus.SUCCEEDED
        run.error = error[:2000]
        run.finished_at = timezone.now()
        with transaction.atomic():
            run.save(update_fields=[*COUNTS, "per_entity", "status", "error", "finished_at"])
            SyncIssue.objects.bulk_create(self.issues, batch_size=500)
            audit_record(
                actor=self.actor, action=AuditAction.CRM_SYNC_FINISHED, target_type=AuditTarget.CRM_SYNC_RUN,
                target_id=run.pk, target_label=f"{run.source} {run.mode}" + (" (dry run)" if run.dry_run else ""),
                after={"status": run.status, **{kind: getattr(run, kind) for kind in COUNTS},
                       **({"error": run.error} if run.error else {})},
            )
        return run


def _storable(text: object) -> str:
    """What a refused row said, as a database keeps it: PostgreSQL refuses NUL in text, and a row may
    have been refused for holding one."""
    return str(text).replace("\x00", "\ufffd")
