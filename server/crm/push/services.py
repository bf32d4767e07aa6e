"""The push API's writes. Each call is one sync run (source push, mode batch), recorded by
`RunRecorder` and written by `SyncWriter`: a pushed row is checked, upserted by its external id and
journalled exactly as a pulled one, and a bad row is refused with its reason while the others are
written. The same call twice changes nothing the second time (every row `unchanged`)."""

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from pydantic import TypeAdapter, ValidationError

from core.errors import NotFound, ValidationFailed
from crm.models import SyncIssue, SyncMode, SyncRun, SyncSource
from crm.sync.entities import Entity
from crm.sync.runs import RunRecorder
from crm.sync.writer import SyncWriter
from shared_schemas.crm_sync import MAX_BATCH_ROWS, Key

_KEY = TypeAdapter(Key)


@dataclass(frozen=True)
class PushResult:
    run: SyncRun
    refused: list[SyncIssue]


def push_rows(*, actor, entity: Entity, rows: list[Any]) -> PushResult:
    """Upserts a batch of one entity's rows (at most MAX_BATCH_ROWS: more is refused whole)."""
    if len(rows) > MAX_BATCH_ROWS:
        message = f"At most {MAX_BATCH_ROWS} rows per call; send the rest in further calls."
        raise ValidationFailed(
            message, code="too_many_rows", errors={"rows": [{"code": "too_many_rows", "message": message}]}
        )
    return _run(actor, entity, rows)


def push_row(*, actor, entity: Entity, external_id: str, row: Mapping[str, Any]) -> PushResult:
    """Upserts the record `external_id`; the row may leave its key out, but not name another."""
    if "external_id" in row and row["external_id"] != external_id:
        message = "The row's external_id is not the one in the URL."
        raise ValidationFailed(
            message, code="external_id_mismatch",
            errors={"external_id": [{"code": "external_id_mismatch", "message": message}]},
        )
    return _run(actor, entity, [{**row, "external_id": external_id}])


def push_deactivate(*, actor, entity: Entity, external_id: str) -> PushResult:
    """Deactivates the record `external_id` (never deletes it): its current fields are written back
    inactive, so the journal and what follows (a customer's users signed out, a contact's login
    blocked) are the writer's, as for a row pushed with `is_active: false`."""
    return _run(actor, entity, [{**_current_row(entity, external_id), "is_active": False}])


def _current_row(entity: Entity, external_id: str) -> dict[str, Any]:
    """The record as a row of the contract, its parents by their external ids."""
    not_found = NotFound(f"No {entity.name.replace('_', ' ')} has this external id.")
    try:
        _KEY.validate_python(external_id)
    except ValidationError as invalid:  # no record holds such a key; do not ask the database
        raise not_found from invalid
    columns = {name: f"{name}__external_id" if entity.parent(name) else name for name in entity.crm_fields}
    record = entity.model.objects.filter(external_id=external_id).values(*columns.values()).first()
    if record is None:
        raise not_found
    return {"external_id": external_id, **{name: record[column] for name, column in columns.items()}}


def _run(actor, entity: Entity, rows: list[Any]) -> PushResult:
    recorder = RunRecorder.start(source=SyncSource.PUSH, mode=SyncMode.BATCH, actor=actor)
    writer = SyncWriter(recorder)
    try:
        writer.write(entity, rows)
        writer.record_creations()
    except Exception:
        recorder.finish(error="The push stopped on an internal error.")
        raise
    return PushResult(run=recorder.finish(), refused=list(recorder.issues))
