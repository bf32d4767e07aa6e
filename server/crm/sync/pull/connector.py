"""The pull connector: read the company's CRM database through the mapping, write it with the sync
writer, remember how far it got.

An incremental pass reads, per entity, the rows whose watermark reached the last one written; a
full pass reads everything and then deactivates what the source no longer has. The scheduled job
runs an incremental pass every SAV_CRM_SYNC_MINUTES and a full one every SAV_CRM_FULL_SYNC_HOURS;
`manage.py crm_sync` and « Synchroniser maintenant » run one on demand. A dry run does all the work
in a transaction it rolls back, and reports what it would have changed."""

import logging
import threading
import uuid
from datetime import date, datetime, timedelta
from typing import Any

import psycopg
from celery import current_app
from django.conf import settings
from django.db import close_old_connections, transaction
from django.utils import timezone

from accounts.models import User
from audit.services import audit_record
from core.errors import Conflict
from crm.models import SyncMode, SyncRun, SyncSource, SyncStatus
from crm.sync.entities import ENTITIES
from crm.sync.pull import lease
from crm.sync.pull.mapping import EntityMapping, MappingError, load_mapping
from crm.sync.pull.source import WATERMARK, SourceConfigError, connect, read_rows, source_label
from crm.sync.runs import RunRecorder
from crm.sync.writer import SyncWriter
from shared_schemas.audit import AuditAction, AuditTarget

logger = logging.getLogger(__name__)
PULL_TASK = "crm.run_requested_pull"


class _DryRun(Exception):
    """Raised at the end of a dry run to roll its transaction back."""


def pull_configured() -> bool:
    return bool(settings.SAV_CRM_DATABASE_URL and settings.SAV_CRM_MAPPING)


def pull_source_label() -> str | None:
    return source_label() if pull_configured() else None


def pull_running() -> bool:
    return lease.lease_held()


def full_pass_due(now: datetime | None = None) -> bool:
    last = lease.sync_state().last_full_at
    return last is None or last <= (now or timezone.now()) - timedelta(hours=settings.SAV_CRM_FULL_SYNC_HOURS)


def crm_pull(
    *, full: bool | None = None, dry_run: bool = False, actor=None, run: SyncRun | None = None
) -> SyncRun | None:
    """One pass; `full=None` lets the schedule decide. Returns the run, or None when another node is
    running one (a run already created for this request is then closed as failed, saying so)."""
    holder = uuid.uuid4().hex
    if not lease.lease_take(holder):
        if run is not None:
            RunRecorder(run, actor=actor).finish(error="Another CRM sync was running; this one did not start.")
        return None
    try:
        if full is None:
            full = full_pass_due()
        if run is None:
            mode = SyncMode.FULL if full else SyncMode.INCREMENTAL
            recorder = RunRecorder.start(source=SyncSource.PULL, mode=mode, dry_run=dry_run, actor=actor)
        else:
            recorder = RunRecorder(run, actor=actor)
        return _run(recorder, full=full, dry_run=dry_run, holder=holder)
    finally:
        lease.lease_release(holder)


def _run(recorder: RunRecorder, *, full: bool, dry_run: bool, holder: str) -> SyncRun:
    writer = SyncWriter(recorder, durable=False)
    state = lease.sync_state()
    try:
        mappings = load_mapping(settings.SAV_CRM_MAPPING)
        with connect() as source:
            if dry_run:
                try:
                    with transaction.atomic():
                        _read_all(source, mappings, writer, state, full=full, holder=holder, save=False)
                        raise _DryRun
                except _DryRun:
                    pass
            else:
                _read_all(source, mappings, writer, state, full=full, holder=holder, save=True)
                writer.record_creations()
    except (MappingError, SourceConfigError) as error:
        return recorder.finish(error=str(error))
    except psycopg.Error as error:
        logger.warning("CRM sync failed: %s", error)
        return recorder.finish(error=_describe(error))
    if full and not dry_run:
        state.last_full_at = recorder.run.started_at
        state.save(update_fields=["last_full_at"])
    return recorder.finish()


def _read_all(source, mappings: dict[str, EntityMapping], writer: SyncWriter, state, *, full, holder, save) -> None:
    for name, mapping in mappings.items():
        entity = ENTITIES[name]
        since = None if full else _overlapping(state.watermarks.get(name))
        highest, seen = None, set()
        for batch in read_rows(source, mapping, since=since, batch_size=settings.SAV_CRM_SYNC_BATCH):
            for row in batch:
                mark = row.pop(WATERMARK)
                if mark is not None and (highest is None or mark > highest):
                    highest = mark
                if full and row.get("external_id") is not None:
                    seen.add(str(row["external_id"]).strip())
            writer.write(entity, batch)
            lease.lease_renew(holder)
            if save:
                writer.recorder.save_progress()
        source.commit()  # ends the read-only transaction of this entity's cursor
        if full:
            writer.deactivate_missing(entity, seen)
        if save and highest is not None:
            state.watermarks = {**state.watermarks, name: _encode(highest)}
            state.save(update_fields=["watermarks"])


def _overlapping(watermark: Any) -> Any:
    """Where an incremental read starts: a time watermark goes back SAV_CRM_WATERMARK_OVERLAP_SECONDS,
    because a row's change time is not its commit time (a long transaction at the source may commit a
    row stamped before rows already read); what is read twice is found unchanged. ISO text or a
    number: PostgreSQL casts the parameter to the column's type."""
    if isinstance(watermark, str):
        try:
            moment = datetime.fromisoformat(watermark)
        except ValueError:
            return watermark
        return (moment - timedelta(seconds=settings.SAV_CRM_WATERMARK_OVERLAP_SECONDS)).isoformat()
    return watermark


def _encode(value: Any) -> Any:
    return value.isoformat() if isinstance(value, datetime | date) else value


def _describe(error: psycopg.Error) -> str:
    text = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
    if "certificate" in text or "SSL" in text or "ssl" in text:
        return f"The CRM database's TLS certificate was refused: {text}"
    return f"The CRM database could not be read: {text}"


# --- on demand (« Synchroniser maintenant ») -------------------------------------------------


def pull_request(*, full: bool, actor) -> SyncRun:
    """Start a pass now, in the background; the run is returned at once (status running)."""
    if not pull_configured():
        raise Conflict("No CRM database is configured for this server.", code="crm_not_configured")
    if pull_running():
        raise Conflict("A CRM sync is running; wait for it to end.", code="crm_sync_running")
    with transaction.atomic():
        run = SyncRun.objects.create(
            source=SyncSource.PULL, mode=SyncMode.FULL if full else SyncMode.INCREMENTAL, requested_by=actor,
            status=SyncStatus.RUNNING,
        )
        audit_record(
            actor=actor, action=AuditAction.CRM_SYNC_REQUESTED, target_type=AuditTarget.CRM_SYNC_RUN,
            target_id=run.pk, target_label=f"pull {run.mode}", after={"full": full},
        )
        transaction.on_commit(lambda: _start_in_background(run.pk, full=full, actor_id=getattr(actor, "pk", None)))
    return run


def _start_in_background(run_id: int, *, full: bool, actor_id: int | None) -> None:
    if settings.SAV_EMBEDDED_WORKERS or settings.TESTING:
        threading.Thread(
            target=run_requested_pull, args=(run_id,), kwargs={"full": full, "actor_id": actor_id},
            name=f"crm-sync-{run_id}", daemon=True,
        ).start()
    else:  # at scale, a Celery worker runs it (crm/tasks.py)
        current_app.send_task(PULL_TASK, args=(run_id,), kwargs={"full": full, "actor_id": actor_id})


def run_requested_pull(run_id: int, *, full: bool, actor_id: int | None) -> None:
    close_old_connections()
    try:
        run = SyncRun.objects.get(pk=run_id)
        actor = User.objects.filter(pk=actor_id).first() if actor_id else None
        crm_pull(full=full, actor=actor, run=run)
    except Exception:
        logger.exception("CRM sync run %s failed", run_id)
        SyncRun.objects.filter(pk=run_id, status=SyncStatus.RUNNING).update(
            status=SyncStatus.FAILED, finished_at=timezone.now(), error="The sync stopped on an internal error.",
        )
    finally:
        close_old_connections()
