"""The mapping file: how the company's database gives each entity (docs/crm.md, « Mapping file »).

```toml
[customers]
source = "sav_export.clients"   # a table or view (schema-qualified), or: query = "SELECT …"
watermark = "date_maj"           # a column that grows on every change (timestamp or integer)
active = "actif"                 # optional boolean column: false → deactivated in the SAV
[customers.fields]               # SAV field = source column
external_id = "code_client"
name = "raison_sociale"
[orders.values.status]           # optional: source value → SAV value
"LIVREE" = "delivered"
```

Adapting to another schema is a new mapping, not code. The file is checked whole when it is read:
an unknown entity or field, a missing required field, or a name that is not a plain SQL identifier
is refused with the place and the reason, before anything is read from the CRM."""

import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from crm.sync.entities import ENTITIES

_IDENTIFIER = re.compile(r"^[A-Za-z_][A-Za-z0-9_$]{0,62}$")
_KEYS = {"source", "query", "watermark", "active", "fields", "values"}


class MappingError(ValueError):
    """The mapping file cannot be used: the message says where and why."""


@dataclass(frozen=True)
class EntityMapping:
    entity: str
    watermark: str
    fields: dict[str, str]  # SAV field → source column
    source: tuple[str, ...] = ()  # (schema, table) or (table,)
    query: str = ""
    active: str = ""
    values: dict[str, dict[str, str]] = field(default_factory=dict)  # SAV field → {source value: SAV value}


def load_mapping(path: str | Path) -> dict[str, EntityMapping]:
    """The entities the file maps, in the order a sync writes them."""
    try:
        document = tomllib.loads(Path(path).read_text(encoding="utf-8"))
    except OSError as error:
        raise MappingError(f"The mapping file {path} cannot be read: {error.strerror or error}.") from error
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
        raise MappingError(f"The mapping file {path} is not valid TOML: {error}.") from error
    unknown = sorted(set(document) - set(ENTITIES))
    if unknown:
        raise MappingError(f"Unknown entities {', '.join(unknown)}; expected among {', '.join(ENTITIES)}.")
    if not document:
        raise MappingError("The mapping file maps no entity.")
    return {name: _entity(name, document[name]) for name in ENTITIES if name in document}


def _entity(name: str, table: object) -> EntityMapping:
    if not isinstance(table, dict):
        raise MappingError(f"[{name}] must be a table.")
    unknown = sorted(set(table) - _KEYS)
    if unknown:
        raise MappingError(f"[{name}]: unknown keys {', '.join(unknown)}.")
    source, query = table.get("source", ""), table.get("query", "")
    if bool(source) == bool(query):
        raise MappingError(f"[{name}]: give exactly one of `source` (a table or view) or `query`.")
    if query and (not isinstance(query, str) or ";" in query.rstrip().rstrip(";")):
        raise MappingError(f"[{name}]: `query` is one SELECT statement.")
    if source and (not isinstance(source, str) or source.count(".") > 1):
        raise MappingError(f"[{name}]: `source` is a table or a view, as `name` or `schema.name`.")
    row = ENTITIES[name].row
    fields = table.get("fields")
    if not isinstance(fields, dict) or not fields:
        raise MappingError(f"[{name}.fields] is missing: map at least external_id.")
    if "is_active" in fields:
        raise MappingError(f"[{name}.fields]: say which column tells an active row with `active`, not a field.")
    unknown = sorted(set(fields) - set(row.model_fields))
    if unknown:
        raise MappingError(
            f"[{name}.fields]: unknown SAV fields {', '.join(unknown)}; "
            f"known: {', '.join(f for f in row.model_fields if f != 'is_active')}."
        )
    missing = sorted(f for f, info in row.model_fields.items() if info.is_required() and f not in fields)
    if missing:
        raise MappingError(f"[{name}.fields]: required fields not mapped: {', '.join(missing)}.")
    for sav_field, column in fields.items():
        _identifier(column, f"[{name}.fields] {sav_field}")
    values = table.get("values", {})
    if not isinstance(values, dict) or any(
        f not in fields or not isinstance(v, dict) or not all(isinstance(x, str) for x in v.values())
        for f, v in values.items()
    ):
        raise MappingError(f"[{name}.values]: one table per mapped field, source value = SAV value.")
    return EntityMapping(
        entity=name,
        source=tuple(_identifier(part, f"[{name}] source") for part in source.split(".")) if source else (),
        query=query.strip().rstrip(";") if query else "",
        watermark=_identifier(table.get("watermark", ""), f"[{name}] watermark"),
        active=_identifier(table["active"], f"[{name}] active") if table.get("active") else "",
        fields=dict(fields),
        values={f: {str(k): v for k, v in v.items()} for f, v in values.items()},
    )


def _identifier(value: object, where: str) -> str:
    if not isinstance(value, str) or not _IDENTIFIER.match(value):
        raise MappingError(f"{where}: {value!r} is not a plain SQL name (letters, digits, _).")
    return value
