"""Writing what the CRM sent: upsert by `external_id`, one batch of one entity at a time, for the pull
connector and the push API alike.

A batch runs in one transaction. Each row is checked against its contract, its parents are found by
their external ids, and its other unique keys must not belong to another record; a row that fails
is reported (entity, external id, reason) and skipped whole, the others are written. A row whose CRM
fields did not change (same fingerprint) is not written at all. Rows are never deleted: inactive at
the source means inactive here.

Every change is in the audit trail: one row per record updated, deactivated or reactivated (with
the fields that changed), and one row per entity and run for the records created (their count and
first keys: a first import creates hundreds of thousands)."""

import hashlib
from collections.abc import Iterable, Mapping
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from django.db import IntegrityError, models, transaction
from django.utils import timezone
from pydantic import ValidationError

from audit.services import audit_record, audit_record_many
from crm.models import Customer
from crm.sync.consequences import contacts_deactivated, customers_deactivated
from crm.sync.entities import ENTITIES, Entity
from crm.sync.runs import RunRecorder
from shared_schemas.audit import AuditAction, AuditTarget
from shared_schemas.crm_sync import CrmRow

# Keys of the created records named in their audit row.
CREATED_KEYS_IN_AUDIT = 20


class SyncWriter:
    def __init__(self, recorder: RunRecorder, *, now: datetime | None = None) -> None:
        self.recorder = recorder
        self.now = now or timezone.now()
        self._created_keys: dict[str, list[str]] = {}

    # --- upsert --------------------------------------------------------------------------------
    def write(self, entity: Entity, raw_rows: Iterable[Mapping[str, Any]]) -> None:
        rows = self._valid_rows(entity, raw_rows)
        if rows:
            with transaction.atomic():
                self._write_valid(entity, rows)

    def _valid_rows(self, entity: Entity, raw_rows: Iterable[Mapping[str, Any]]) -> dict[str, CrmRow]:
        rows: dict[str, CrmRow] = {}
        for raw in raw_rows:
            try:
                row = entity.row.model_validate(raw)
            except ValidationError as error:
                self.recorder.refuse(entity.name, _raw_key(raw), "invalid", _explain(error))
                continue
            rows[row.external_id] = row  # the same key twice in a batch: the later row wins
        return rows

    def _write_valid(self, entity: Entity, rows: dict[str, CrmRow]) -> None:
        parents = self._parent_ids(entity, rows.values())
        existing = {
            record["external_id"]: record
            for record in entity.model.objects.filter(external_id__in=list(rows)).values(
                "id", "external_id", *entity.written_fields
            )
        }
        candidates: dict[str, dict[str, Any]] = {}
        for key, row in rows.items():
            values = self._values(entity, row, parents)
            if values is not None:
                candidates[key] = values
        self._refuse_taken_unique_keys(entity, candidates)

        to_write, changes = [], []
        for key, values in candidates.items():
            values["crm_fingerprint"] = fingerprint(entity, values)
            old = existing.get(key)
            if old is not None and old["crm_fingerprint"] == values["crm_fingerprint"] and old["crm_synced_at"]:
                self.recorder.add(entity.name, "unchanged")
                continue
            values["crm_synced_at"] = self.now
            to_write.append(entity.model(external_id=key, **values))
            changes.append((key, old, values))
        if not to_write:
            return
        written = self._upsert(entity, to_write)
        self._record_changes(entity, [change for change in changes if change[0] in written])

    def _values(self, entity: Entity, row: CrmRow, parents: dict[str, dict[str, int]]) -> dict[str, Any] | None:
        """The model fields of a row, parents as ids; None (and the row reported) if a parent is unknown."""
        values: dict[str, Any] = {"is_active": row.is_active}
        for name in entity.crm_fields:
            value = getattr(row, name)
            parent = entity.parent(name)
            if parent is None:
                values[name] = value
                continue
            if value is None:
                values[f"{name}_id"] = None
                continue
            parent_id = parents[name].get(value)
            if parent_id is None:
                self.recorder.refuse(
                    entity.name, row.external_id, "unknown_parent",
                    f"{name} {value!r} is not known (sync the {parent.entity} first, or check the key).",
                )
                return None
            values[f"{name}_id"] = parent_id
        return values

    def _parent_ids(self, entity: Entity, rows: Iterable[CrmRow]) -> dict[str, dict[str, int]]:
        rows = list(rows)
        found = {}
        for parent in entity.parents:
            keys = {getattr(row, parent.field) for row in rows} - {None}
            model = ENTITIES[parent.entity].model
            found[parent.field] = dict(
                model.objects.filter(external_id__in=keys).values_list("external_id", "id")
            ) if keys else {}
        return found

    def _refuse_taken_unique_keys(self, entity: Entity, candidates: dict[str, dict[str, Any]]) -> None:
        """A row may not take a key (a SKU, an order reference, a product's serial) that another record
        holds, here or earlier in the same batch."""
        for fields in entity.unique_together:
            columns = [f"{name}_id" if entity.parent(name) else name for name in fields]
            wanted = {key: tuple(values[c] for c in columns) for key, values in candidates.items()}
            holders = {}
            lookups = {f"{column}__in": {value[i] for value in wanted.values()} for i, column in enumerate(columns)}
            for record in entity.model.objects.filter(**lookups).values("external_id", *columns):
                holders[tuple(record[c] for c in columns)] = record["external_id"]
            for key, value in wanted.items():
                holder = holders.setdefault(value, key)
                if holder != key:
                    del candidates[key]
                    self.recorder.refuse(
                        entity.name, key, "duplicate_value",
                        f"{', '.join(fields)} {', '.join(map(str, value))} already belongs to {holder!r}.",
                    )

    def _upsert(self, entity: Entity, objects: list[models.Model]) -> set[str]:
        """Inserts or updates by external_id; returns the keys written. Should a constraint still fail
        (a concurrent writer), the batch is retried one row at a time and the failing rows reported."""
        options = {
            "update_conflicts": True, "unique_fields": ["external_id"], "update_fields": list(entity.written_fields),
        }
        try:
            with transaction.atomic():
                entity.model.objects.bulk_create(objects, batch_size=500, **options)
            return {obj.external_id for obj in objects}
        except IntegrityError:
            written = set()
            for obj in objects:
                try:
                    with transaction.atomic():
                        entity.model.objects.bulk_create([obj], **options)
                    written.add(obj.external_id)
                except IntegrityError as error:
                    self.recorder.refuse(entity.name, obj.external_id, "conflict", str(error).splitlines()[0])
            return written

    def _record_changes(self, entity: Entity, changes: list[tuple[str, dict | None, dict]]) -> None:
        events, deactivated = [], []
        for key, old, new in changes:
            if old is None:
                self.recorder.add(entity.name, "created")
                self._created_keys.setdefault(entity.name, []).append(key)
                continue
            if old["is_active"] and not new["is_active"]:
                kind, action = "deactivated", AuditAction.CRM_RECORD_DEACTIVATED
                deactivated.append(old["id"])
            elif new["is_active"] and not old["is_active"]:
                kind, action = "updated", AuditAction.CRM_RECORD_REACTIVATED
            else:
                kind, action = "updated", AuditAction.CRM_RECORD_UPDATED
            self.recorder.add(entity.name, kind)
            before, after = _diff(entity, old, new)
            events.append({
                "action": action, "target_type": entity.audit_target, "target_id": old["id"],
                "target_label": str(new.get(entity.label_field, key)), "before": before, "after": after,
            })
        audit_record_many(actor=self.recorder.actor, events=events)
        self._apply_consequences(entity, deactivated)

    # --- rows gone from the source -------------------------------------------------------------
    def deactivate_missing(self, entity: Entity, seen: set[str]) -> None:
        """After a full read: every active record the CRM owns that the source no longer has."""
        owned = entity.model.objects.filter(is_active=True, crm_synced_at__isnull=False)
        gone = sorted(set(owned.values_list("external_id", flat=True)) - seen)
        for start in range(0, len(gone), 1000):
            with transaction.atomic():
                records = list(
                    entity.model.objects.filter(external_id__in=gone[start:start + 1000], is_active=True)
                    .values("id", "external_id", entity.label_field)
                )
                ids = [record["id"] for record in records]
                # An empty fingerprint: should the row come back, it is written again.
                entity.model.objects.filter(id__in=ids).update(
                    is_active=False, crm_fingerprint="", crm_synced_at=self.now
                )
                self.recorder.add(entity.name, "deactivated", len(ids))
                audit_record_many(actor=self.recorder.actor, events=[
                    {"action": AuditAction.CRM_RECORD_DEACTIVATED, "target_type": entity.audit_target,
                     "target_id": record["id"], "target_label": str(record[entity.label_field]),
                     "before": {"is_active": True}, "after": {"is_active": False, "reason": "gone from the CRM"}}
                    for record in records
                ])
                self._apply_consequences(entity, ids)

    def _apply_consequences(self, entity: Entity, deactivated_ids: list[int]) -> None:
        if not deactivated_ids:
            return
        if entity.model is Customer:
            customers_deactivated(deactivated_ids)
        elif entity.name == "contacts":
            contacts_deactivated(deactivated_ids, actor=self.recorder.actor)

    # --- the end of the run --------------------------------------------------------------------
    def record_creations(self) -> None:
        """One audit row per entity for the records this run created."""
        with transaction.atomic():
            for entity, keys in self._created_keys.items():
                audit_record(
                    actor=self.recorder.actor, action=AuditAction.CRM_RECORDS_CREATED,
                    target_type=AuditTarget.CRM_SYNC_RUN, target_id=self.recorder.run.pk, target_label=entity,
                    after={"entity": entity, "count": len(keys), "first": keys[:CREATED_KEYS_IN_AUDIT]},
                )
        self._created_keys.clear()


def fingerprint(entity: Entity, values: Mapping[str, Any]) -> str:
    """A digest of what the CRM says of a record (its fields, parents and activity)."""
    parts = []
    for column in entity.written_fields[:-2]:  # not crm_synced_at nor crm_fingerprint
        parts.append(_canonical(entity.model, column, values.get(column)))
    return hashlib.md5("\x1f".join(parts).encode(), usedforsecurity=False).hexdigest()


def _canonical(model: type[models.Model], column: str, value: Any) -> str:
    if value is None:
        return "\x00"
    if isinstance(value, Decimal):
        places = model._meta.get_field(column).decimal_places
        return f"{value:.{places}f}"
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def _diff(entity: Entity, old: Mapping[str, Any], new: Mapping[str, Any]) -> tuple[dict, dict]:
    before, after = {}, {}
    for column in entity.written_fields[:-2]:
        if _canonical(entity.model, column, old.get(column)) != _canonical(entity.model, column, new.get(column)):
            before[column], after[column] = _jsonable(old.get(column)), _jsonable(new.get(column))
    return before, after


def _jsonable(value: Any) -> Any:
    if isinstance(value, Decimal | date):
        return str(value)
    return value


def _raw_key(raw: Any) -> str:
    key = raw.get("external_id") if isinstance(raw, Mapping) else None
    return str(key)[:255] if key is not None else ""


def _explain(error: ValidationError) -> str:
    return "; ".join(
        f"{'.'.join(map(str, item['loc'])) or 'row'}: {item['msg']}" for item in error.errors(include_url=False)
    )[:500]
