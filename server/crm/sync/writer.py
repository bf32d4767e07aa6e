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

from django.db import IntegrityError, connection, models, transaction
from django.db.models import F
from django.utils import timezone
from pydantic import ValidationError

from audit.services import audit_record, audit_record_many
from core.bulk import AnyOf, upsert
from crm.models import Customer
from crm.sync.consequences import contacts_deactivated, customers_deactivated
from crm.sync.entities import ENTITIES, Entity
from crm.sync.runs import RunRecorder
from shared_schemas.audit import AuditAction, AuditTarget
from shared_schemas.crm_sync import CrmRow

# Keys of the created records named in their audit row.
CREATED_KEYS_IN_AUDIT = 20


class SyncWriter:
    def __init__(self, recorder: RunRecorder, *, now: datetime | None = None, durable: bool = True) -> None:
        """`durable=False` (the pull): a batch's commit does not wait for the disk. A crash may then
        lose the last batches — in order, with the watermark written after them — and the next pass
        reads them again; the push API answers only once its batch is on disk."""
        self.recorder = recorder
        self.now = now or timezone.now()
        self.durable = durable
        self._created_keys: dict[str, list[str]] = {}

    # --- upsert --------------------------------------------------------------------------------
    def write(self, entity: Entity, raw_rows: Iterable[Mapping[str, Any]]) -> None:
        raws: dict[str, Mapping[str, Any]] = {}
        for raw in raw_rows:
            key = _raw_key(raw)
            if key and "\x00" not in key:  # a database cannot even be asked for a key holding NUL
                raws[key] = raw  # the same key twice in a batch: the later row wins
            else:
                self._validate(entity, raw)  # reported with the reason the contract gives
        if raws:
            with transaction.atomic():
                if not self.durable and connection.vendor == "postgresql":
                    with connection.cursor() as cursor:
                        cursor.execute("SET LOCAL synchronous_commit = off")
                self._write_batch(entity, raws)

    def _write_batch(self, entity: Entity, raws: dict[str, Mapping[str, Any]]) -> None:
        """Rows the CRM sent exactly as last time (same digest of the row as sent) are not even
        checked again; the others are checked, resolved and written."""
        known = {
            record["external_id"]: record
            for record in entity.model.objects.filter(AnyOf(F("external_id"), list(raws))).values(
                "id", "external_id", "crm_fingerprint"
            )
        }
        rows: dict[str, CrmRow] = {}
        digests: dict[str, str] = {}
        for key, raw in raws.items():
            digest = row_digest(raw)
            old = known.get(key)
            # A record entered in the SAV, or deactivated as gone, has no fingerprint: never "unchanged".
            if old is not None and old["crm_fingerprint"] == digest:
                self.recorder.add(entity.name, "unchanged")
                continue
            row = self._validate(entity, raw)
            if row is not None:
                rows[row.external_id], digests[row.external_id] = row, digest
        if not rows:
            return
        parents = self._parent_ids(entity, rows.values())
        candidates: dict[str, dict[str, Any]] = {}
        for key, row in rows.items():
            values = self._values(entity, row, parents)
            if values is not None:
                values.update(external_id=key, crm_synced_at=self.now, crm_fingerprint=digests[key])
                candidates[key] = values
        self._refuse_taken_unique_keys(entity, candidates)
        if candidates:
            self._upsert(entity, candidates, previous=self._previous_values(entity, known, candidates))

    def _validate(self, entity: Entity, raw: Mapping[str, Any]) -> CrmRow | None:
        try:
            return entity.row.model_validate(raw)
        except ValidationError as error:
            self.recorder.refuse(entity.name, _raw_key(raw), "invalid", _explain(error))
            return None

    def _previous_values(self, entity, known, candidates) -> dict[str, dict[str, Any]]:
        """What the records about to change held, for the journal."""
        ids = [known[key]["id"] for key in candidates if key in known]
        if not ids:
            return {}
        return {
            record["external_id"]: record
            for record in entity.model.objects.filter(AnyOf(F("id"), ids)).values(
                "id", "external_id", *entity.written_fields
            )
        }

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
                model.objects.filter(AnyOf(F("external_id"), list(keys))).values_list("external_id", "id")
            ) if keys else {}
        return found

    def _refuse_taken_unique_keys(self, entity: Entity, candidates: dict[str, dict[str, Any]]) -> None:
        """A row may not take a key (a SKU, an order reference, a product's serial) that another record
        holds, here or earlier in the same batch."""
        for fields in entity.unique_together:
            columns = [f"{name}_id" if entity.parent(name) else name for name in fields]
            wanted = {key: tuple(values[c] for c in columns) for key, values in candidates.items()}
            holders = {}
            lookups = [
                AnyOf(F(column), list({value[i] for value in wanted.values()})) for i, column in enumerate(columns)
            ]
            for record in entity.model.objects.filter(*lookups).values("external_id", *columns):
                holders[tuple(record[c] for c in columns)] = record["external_id"]
            for key, value in wanted.items():
                holder = holders.setdefault(value, key)
                if holder != key:
                    del candidates[key]
                    self.recorder.refuse(
                        entity.name, key, "duplicate_value",
                        f"{', '.join(fields)} {', '.join(map(str, value))} already belongs to {holder!r}.",
                    )

    def _upsert(self, entity: Entity, candidates: dict[str, dict[str, Any]], *, previous) -> None:
        """Inserts or updates by external_id. Should a constraint still fail (a concurrent writer), the
        batch is written again one row at a time and the failing rows reported."""
        update = list(entity.written_fields)
        try:
            with transaction.atomic():
                upsert(entity.model, list(candidates.values()), unique="external_id", update=update)
        except IntegrityError:
            for key, values in list(candidates.items()):
                try:
                    with transaction.atomic():
                        upsert(entity.model, [values], unique="external_id", update=update)
                except IntegrityError as error:
                    del candidates[key]
                    self.recorder.refuse(entity.name, key, "conflict", str(error).splitlines()[0])
        self._record_changes(entity, [(key, previous.get(key), values) for key, values in candidates.items()])

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
            before, after = _diff(entity, old, new)
            if not after:  # sent differently (spaces, a number's form), the same once checked
                self.recorder.add(entity.name, "unchanged")
                continue
            self.recorder.add(entity.name, kind)
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
                    entity.model.objects.filter(AnyOf(F("external_id"), gone[start:start + 1000]), is_active=True)
                    .values("id", "external_id", entity.label_field)
                )
                ids = [record["id"] for record in records]
                # An empty fingerprint: should the row come back, it is written again.
                entity.model.objects.filter(AnyOf(F("id"), ids)).update(
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


def row_digest(raw: Mapping[str, Any]) -> str:
    """A digest of a row as the CRM sent it: the same row next time is known unchanged at once."""
    return hashlib.md5(repr(sorted(raw.items())).encode(), usedforsecurity=False).hexdigest()


def _canonical(model: type[models.Model], column: str, value: Any) -> str:
    if value is None:
        return "\x00"
    if isinstance(value, Decimal):
        return f"{value:.{model._meta.get_field(column).decimal_places}f}"
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
    return str(key).strip()[:255] if key is not None else ""


def _explain(error: ValidationError) -> str:
    return "; ".join(
        f"{'.'.join(map(str, item['loc'])) or 'row'}: {_message(item)}" for item in error.errors(include_url=False)
    )[:500]


def _message(item: Mapping[str, Any]) -> str:
    if item["type"] == "string_pattern_mismatch":
        return "control characters are not allowed"
    return item["msg"]
