"""Writes generated ticket rows in batches: one transaction per batch (memory and the SQLite
write-ahead log stay bounded), and the year counters moved forward in the same transaction, so
a ticket created later through the API never reuses a number.

Rows are plain dicts keyed by field `attname`, written through the driver's bulk path
(`executemany` on SQLite, `COPY` on PostgreSQL) with columns and value adapters read from the
models: `bulk_create` builds a model instance and compiles every value of every row, which costs
~0.3 ms per ticket row and would make a million-ticket run take a quarter of an hour."""

import json
from datetime import UTC, datetime

from django.core.management.color import no_style
from django.db import connection, models, transaction
from django.db.models import F, Max
from django.db.models.functions import Greatest

from demo.stories import Rows
from tickets.models import Message, Rating, Reminder, Ticket, TicketCounter, TicketEvent

# Tables whose ids the generator gives itself (events point at messages and reminders by id).
EXPLICIT_ID_MODELS = {"ticket": Ticket, "message": Message, "reminder": Reminder}
_MISSING = object()


def next_ids() -> dict[str, int]:
    return {
        name: (model.objects.aggregate(last=Max("id"))["last"] or 0) + 1
        for name, model in EXPLICIT_ID_MODELS.items()
    }


def current_counters() -> dict[int, int]:
    return dict(TicketCounter.objects.values_list("year", "value"))


def _sqlite_datetime(value: datetime) -> str:
    """As Django's SQLite backend stores an aware datetime: `str()` of it in UTC, without offset."""
    return str(value.astimezone(UTC))[:-6]


class TableWriter:
    """Inserts rows (dicts keyed by attname) into one model's table. Fields a row leaves out get
    their constant default, or NULL; the primary key is written only when `explicit_ids`."""

    def __init__(self, model: type[models.Model], *, explicit_ids: bool) -> None:
        fields = [f for f in model._meta.concrete_fields if explicit_ids or not f.primary_key]
        self.table = connection.ops.quote_name(model._meta.db_table)
        self.columns = ", ".join(connection.ops.quote_name(f.column) for f in fields)
        self.attnames = [f.attname for f in fields]
        self.defaults = [self._default(f) for f in fields]
        self.adapters = [(i, adapter) for i, f in enumerate(fields) if (adapter := self._adapter(f))]

    @staticmethod
    def _default(field: models.Field):
        if field.has_default() and not callable(field.default):
            return field.default
        return None if field.null or field.primary_key else _MISSING

    @staticmethod
    def _adapter(field: models.Field):
        if isinstance(field, models.JSONField):
            return json.dumps
        if isinstance(field, models.DateTimeField) and connection.vendor == "sqlite":
            return _sqlite_datetime
        return None

    def tuples(self, rows: list[dict]):
        """Rows as value lists in column order. Rows of a batch come from the same code, so the
        first one tells whether a field without default is missing."""
        missing = [a for a, d in zip(self.attnames, self.defaults, strict=True) if d is _MISSING and a not in rows[0]]
        if missing:
            raise KeyError(f"{self.table} rows without {missing}")
        pairs = list(zip(self.attnames, self.defaults, strict=True))
        for row in rows:
            values = [row.get(attname, default) for attname, default in pairs]
            for index, adapt in self.adapters:
                if values[index] is not None:
                    values[index] = adapt(values[index])
            yield values

    def insert(self, rows: list[dict]) -> None:
        if not rows:
            return
        raw = connection.connection  # the DB-API connection, inside Django's transaction
        if connection.vendor == "postgresql":
            with raw.cursor() as cursor, cursor.copy(f"COPY {self.table} ({self.columns}) FROM STDIN") as copy:
                for values in self.tuples(rows):
                    copy.write_row(values)
        else:
            placeholders = ", ".join("?" * len(self.attnames))
            cursor = raw.cursor()
            try:
                # Table and column names come from the models' metadata, quoted: no user input.
                sql = f"INSERT INTO {self.table} ({self.columns}) VALUES ({placeholders})"  # noqa: S608
                cursor.executemany(sql, self.tuples(rows))
            finally:
                cursor.close()


class BatchWriter:
    def __init__(self) -> None:
        if connection.vendor not in ("sqlite", "postgresql"):
            raise NotImplementedError("seed_demo writes to SQLite or PostgreSQL")
        connection.ensure_connection()
        if connection.vendor == "sqlite":
            # A 256 MB page cache for this connection only: the ticket table's ~20 indexes are
            # updated in random order, which the 2 MB default turns into disk reads.
            with connection.cursor() as cursor:
                cursor.execute("PRAGMA cache_size = -262144")
        self.totals = dict.fromkeys(("tickets", "messages", "events", "watchers", "ratings", "reminders"), 0)
        self.tables = {
            "tickets": TableWriter(Ticket, explicit_ids=True),
            "watchers": TableWriter(Ticket.watchers.through, explicit_ids=False),
            "messages": TableWriter(Message, explicit_ids=True),
            "reminders": TableWriter(Reminder, explicit_ids=True),
            "ratings": TableWriter(Rating, explicit_ids=False),
            "events": TableWriter(TicketEvent, explicit_ids=False),
        }

    def write(self, rows: Rows, counters: dict[int, int]) -> None:
        """`counters`: the last number given per (local) year so far."""
        with transaction.atomic():
            for name, table in self.tables.items():  # parents before children
                table.insert(getattr(rows, name))
            for year, value in counters.items():
                TicketCounter.objects.get_or_create(year=year)
                TicketCounter.objects.filter(year=year).update(value=Greatest(F("value"), value))
        for name in self.totals:
            self.totals[name] += len(getattr(rows, name))

    def finish(self) -> None:
        """Moves PostgreSQL's id sequences past the ids given explicitly, and refreshes the
        planner's statistics of the tables just filled (SQLite needs neither)."""
        statements = connection.ops.sequence_reset_sql(no_style(), list(EXPLICIT_ID_MODELS.values()))
        with connection.cursor() as cursor:
            for sql in statements:
                cursor.execute(sql)
            if connection.vendor == "postgresql":
                for model in (Ticket, Message, Reminder, TicketEvent, Rating, Ticket.watchers.through):
                    cursor.execute(f"ANALYZE {connection.ops.quote_name(model._meta.db_table)}")
