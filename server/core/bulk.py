"""Bulk reads and writes of many rows in one statement, for the CRM sync (hundreds of thousands of
rows): the ORM's `__in` and `bulk_create` build one placeholder per value, and turning such a query
into SQL costs more than running it. Here a batch of values travels as one parameter — a PostgreSQL
array, or a JSON text that SQLite reads with json_each — whatever its size.

    Customer.objects.filter(AnyOf(F("external_id"), keys))
    upsert(Customer, rows, unique="external_id", update=["name", "city"])
    insert(AuditEvent, rows)
"""

import json
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from django.db import connection, models
from django.db.models import Lookup


class AnyOf(Lookup):
    """`field IN (values)` with the values as one parameter."""

    lookup_name = "any_of"
    prepare_rhs = False

    def as_sql(self, compiler, conn):
        lhs, lhs_params = self.process_lhs(compiler, conn)
        values = list(self.rhs)
        if conn.vendor == "postgresql":
            return f"{lhs} = ANY({_binary(conn)})", [*lhs_params, values]
        return f"{lhs} IN (SELECT value FROM json_each(%s))", [*lhs_params, json.dumps(values)]  # noqa: S608


def insert(model: type[models.Model], rows: Sequence[Mapping[str, Any]]) -> None:
    """Insert `rows` (dicts keyed by attname); columns a row does not give get the field's default."""
    _write(model, rows, on_conflict="")


def upsert(model: type[models.Model], rows: Sequence[Mapping[str, Any]], *, unique: str, update: Iterable[str]) -> None:
    """Insert `rows` (dicts keyed by attname); a row whose `unique` value exists updates that record's
    `update` columns instead. Columns a row does not give get the field's default on insert."""
    quote = connection.ops.quote_name
    columns = [quote(model._meta.get_field(attname).column) for attname in update]
    assignments = ", ".join(f"{column} = excluded.{column}" for column in columns)
    _write(model, rows, on_conflict=f" ON CONFLICT ({quote(model._meta.get_field(unique).column)}) "
                                    f"DO UPDATE SET {assignments}")


def _write(model: type[models.Model], rows: Sequence[Mapping[str, Any]], *, on_conflict: str) -> None:
    if not rows:
        return
    fields = [f for f in model._meta.concrete_fields if not f.primary_key]
    given = set().union(*(row.keys() for row in rows))
    defaults = {f.attname: f.get_default() for f in fields if f.attname not in given}
    table = connection.ops.quote_name(model._meta.db_table)
    names = ", ".join(connection.ops.quote_name(f.column) for f in fields)
    columns = [[row.get(f.attname, defaults.get(f.attname)) for row in rows] for f in fields]
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            columns = [_json_texts(f, column) if isinstance(f, models.JSONField) else column
                       for f, column in zip(fields, columns, strict=True)]
            arrays = ", ".join(f"{_binary(connection)}::{f.db_type(connection)}[]" for f in fields)
            cursor.execute(  # names are the model's, quoted; values are parameters
                f"INSERT INTO {table} ({names}) SELECT * FROM unnest({arrays}){on_conflict}",  # noqa: S608
                columns,
            )
        else:
            prepared = [
                [_json_value(f.get_db_prep_save(value, connection)) for value in column]
                for f, column in zip(fields, columns, strict=True)
            ]
            picks = ", ".join(f"json_extract(value, '$[{index}]')" for index in range(len(fields)))
            cursor.execute(  # names are the model's, quoted; values are one parameter
                f"INSERT INTO {table} ({names}) SELECT {picks} FROM json_each(%s) WHERE true{on_conflict}",  # noqa: S608
                [json.dumps([list(values) for values in zip(*prepared, strict=True)])],
            )


def _json_texts(field: models.JSONField, values: list[Any]) -> list[str | None]:
    """A JSON column's values as JSON text (cast to jsonb by the statement)."""
    return [None if value is None else json.dumps(value, cls=field.encoder) for value in values]


def _binary(conn) -> str:
    """A parameter sent in PostgreSQL's binary format (psycopg 3's `%b`): an array of many strings is
    not scanned for characters to quote, as the text format needs."""
    return "%b" if conn.vendor == "postgresql" else "%s"


def _json_value(value: Any) -> Any:
    if value is None or isinstance(value, bool | int | float | str):
        return value
    return str(value)  # decimals, and what the SQLite backend already made text
