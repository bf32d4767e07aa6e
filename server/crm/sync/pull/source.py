"""Reading the company's CRM database: over TLS with the server's certificate and host name verified
(`sslmode=verify-full`, nothing weaker), in a read-only transaction, through a server-side cursor
so a full read streams in batches instead of loading the database into memory."""

from collections.abc import Iterator
from typing import Any
from urllib.parse import urlsplit

import psycopg
from django.conf import settings
from psycopg import sql
from psycopg.conninfo import conninfo_to_dict
from psycopg.rows import dict_row

from crm.sync.pull.mapping import EntityMapping

WATERMARK = "__watermark"
CONNECT_TIMEOUT_SECONDS = 10


class SourceConfigError(ValueError):
    """The CRM database address asks for something this server refuses (a weaker TLS mode)."""


def connection_settings(url: str | None = None, password: str | None = None) -> dict[str, Any]:
    url = settings.SAV_CRM_DATABASE_URL if url is None else url
    params = conninfo_to_dict(url)
    mode = params.setdefault("sslmode", "verify-full")
    if mode != "verify-full":
        raise SourceConfigError(
            f"The CRM database is reached with sslmode=verify-full only (the URL asks for {mode}): "
            "the SAV is hosted outside the company, so the certificate and the host name are always checked."
        )
    password = settings.SAV_CRM_DATABASE_PASSWORD if password is None else password
    if password:
        params["password"] = password
    params.setdefault("connect_timeout", CONNECT_TIMEOUT_SECONDS)
    params.setdefault("application_name", "origyne-sav-crm-sync")
    return params


def source_label(url: str | None = None) -> str | None:
    """host:port/database, never the credentials."""
    url = settings.SAV_CRM_DATABASE_URL if url is None else url
    if not url:
        return None
    if "://" in url:
        parts = urlsplit(url)
        return f"{parts.hostname or ''}:{parts.port or 5432}{parts.path or ''}"
    params = conninfo_to_dict(url)
    return f"{params.get('host', '')}:{params.get('port', 5432)}/{params.get('dbname', '')}"


def connect(url: str | None = None, password: str | None = None) -> psycopg.Connection:
    connection = psycopg.connect(**connection_settings(url, password), row_factory=dict_row)
    connection.read_only = True  # every transaction of this connection is READ ONLY
    return connection


def read_rows(
    connection: psycopg.Connection, mapping: EntityMapping, *, since: Any = None, batch_size: int
) -> Iterator[list[dict[str, Any]]]:
    """The entity's rows (all, or those whose watermark is ≥ `since`), in batches, as dicts keyed by
    SAV field (plus `is_active` when mapped, and the row's watermark under WATERMARK). A row at
    exactly `since` is read again: the writer finds it unchanged."""
    query = _select(mapping, incremental=since is not None)
    with connection.cursor(name=f"sav_crm_{mapping.entity}") as cursor:
        cursor.itersize = batch_size
        cursor.execute(query, {"since": since} if since is not None else None)
        while batch := cursor.fetchmany(batch_size):
            if mapping.values:
                for row in batch:
                    for field, translation in mapping.values.items():
                        value = row.get(field)
                        row[field] = translation.get(str(value), value) if value is not None else None
            yield batch


def _select(mapping: EntityMapping, *, incremental: bool) -> sql.Composed:
    columns = [sql.SQL("{} AS {}").format(sql.Identifier(column), sql.Identifier(field))
               for field, column in mapping.fields.items()]
    if mapping.active:
        columns.append(sql.SQL("{} AS is_active").format(sql.Identifier(mapping.active)))
    columns.append(sql.SQL("{} AS {}").format(sql.Identifier(mapping.watermark), sql.Identifier(WATERMARK)))
    if mapping.source:
        origin = sql.Identifier(*mapping.source)
    else:
        origin = sql.SQL("({}) AS sav_source").format(sql.SQL(mapping.query))  # the mapping's own SELECT
    query = sql.SQL("SELECT {} FROM {}").format(sql.SQL(", ").join(columns), origin)
    if incremental:
        query += sql.SQL(" WHERE {} >= %(since)s").format(sql.Identifier(mapping.watermark))
    return query
