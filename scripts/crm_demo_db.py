"""The company's "CRM": a realistic PostgreSQL database of the kind Origyne SAV pulls its customers from.

French names and keys that match nothing in the SAV (schema `crm`: societes, interlocuteurs, articles,
commandes, lignes_commande, livraisons), so the mapping file has something to adapt; deterministic data
from a seed; loaded with COPY.

    .venv/bin/python scripts/crm_demo_db.py                    # 200 customers, 600 contacts, 3000 orders…
    .venv/bin/python scripts/crm_demo_db.py --drop --customers 10000 --contacts 30000 --orders 300000 \\
        --deliveries 500000 --dsn postgresql://postgres@127.0.0.1:5432/crm_demo
    .venv/bin/python scripts/crm_demo_db.py --drop --with-reader-password 'S3cret…'
        # and the company's side for the SAV (scripts/crm_source/source_side.sql): views in schema
        # sav_export, the read-only role sav_reader with that password

Importable (tests, benchmarks): build, drop, apply_source_side, touch, and change / deactivate /
reactivate / delete of one row named by the SAV's entity and external id."""

import argparse
import random
import sys
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import psycopg
from psycopg import sql

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from scripts.crm_source import orders, rows, vocabulary  # noqa: E402
from scripts.crm_source.rows import Sizes  # noqa: E402

SOURCE_DIR = REPO / "scripts" / "crm_source"
SCHEMA_SQL = (SOURCE_DIR / "schema.sql").read_text(encoding="utf-8")
CONSTRAINTS_SQL = (SOURCE_DIR / "constraints.sql").read_text(encoding="utf-8")
SOURCE_SIDE_SQL = (SOURCE_DIR / "source_side.sql").read_text(encoding="utf-8")
READER_ROLE = "sav_reader"
DEFAULT_SEED = 2026
DEFAULT_SIZES = Sizes()


@dataclass(frozen=True)
class Table:
    """Where one of the SAV's entities lives in the CRM, and how the CRM retires a row of it."""

    name: str
    key: str
    active: str | None = None  # boolean column: false = no longer active
    deleted: str | None = None  # timestamp column: set = deleted softly


ENTITIES = {
    "customers": Table("societes", "code_client", active="actif"),
    "contacts": Table("interlocuteurs", "id", active="actif"),
    "products": Table("articles", "ref_article", active="actif"),
    "orders": Table("commandes", "num_commande"),
    "order_lines": Table("lignes_commande", "id"),
    "delivered_products": Table("livraisons", "id", deleted="supprime_le"),
}


@dataclass
class Built:
    rows: dict[str, int] = field(default_factory=dict)  # table → rows loaded
    seconds: dict[str, float] = field(default_factory=dict)  # step (a table, "keys and indexes") → time taken

    def step(self, name: str, started: float) -> None:
        self.seconds[name] = time.perf_counter() - started


def build(conn: psycopg.Connection, sizes: Sizes = DEFAULT_SIZES, *, seed: int = DEFAULT_SEED,
          as_of: datetime | None = None) -> Built:
    """Creates schema crm, loads it, then adds its keys and indexes, in one transaction.
    Every date is at most `as_of` (now by default)."""
    as_of = as_of or datetime.now(UTC)
    catalogue = vocabulary.catalogue()
    built = Built()

    def rng(table: str) -> random.Random:  # one stream per table: a size changes only its own tables
        return random.Random(f"{seed}/{table}")  # noqa: S311 (demo data, no secret)

    def load(table: str, table_rows: Iterable[tuple]) -> None:
        started = time.perf_counter()
        built.rows[table] = _copy(conn, table, table_rows)
        built.step(table, started)

    with conn.transaction():
        conn.execute("SET LOCAL maintenance_work_mem = '256MB'")
        conn.execute(SCHEMA_SQL)
        societes, customers = rows.customers(rng("societes"), sizes.customers, as_of)
        load("societes", societes)
        load("interlocuteurs", rows.contacts(rng("interlocuteurs"), sizes.contacts, customers, as_of))
        load("articles", rows.articles(rng("articles"), catalogue, as_of))
        order_book = orders.OrderBook(rng("commandes"), sizes.orders, customers, catalogue, as_of)
        load("lignes_commande", order_book.lines())
        load("commandes", order_book.orders)
        load("livraisons", orders.deliveries(
            rng("livraisons"), sizes.deliveries, customers, catalogue, order_book.units, as_of))
        started = time.perf_counter()
        conn.execute(CONSTRAINTS_SQL)
        for table in ("interlocuteurs", "lignes_commande", "livraisons"):  # new rows continue the numbering
            conn.execute(sql.SQL("SELECT setval(pg_get_serial_sequence({name}, 'id'), (SELECT max(id) FROM {table}))")
                         .format(name=sql.Literal(f"crm.{table}"), table=sql.Identifier("crm", table)))
        for table in rows.COLUMNS:
            conn.execute(sql.SQL("ANALYZE {}").format(sql.Identifier("crm", table)))
        built.step("keys and indexes", started)
    return built


def _copy(conn: psycopg.Connection, table: str, table_rows: Iterable[tuple]) -> int:
    """Streams the rows: the server stores each buffer while this process makes the next rows."""
    statement = sql.SQL("COPY {} ({}) FROM STDIN").format(
        sql.Identifier("crm", table), sql.SQL(", ").join(map(sql.Identifier, rows.COLUMNS[table])))
    count = 0
    with conn.cursor() as cursor, cursor.copy(statement) as copy:
        for row in table_rows:
            copy.write_row(row)
            count += 1
    return count


def drop(conn: psycopg.Connection) -> None:
    """Removes the CRM and its export views (the role stays: it belongs to the whole cluster)."""
    with conn.transaction():
        conn.execute("DROP SCHEMA IF EXISTS sav_export CASCADE")
        conn.execute("DROP SCHEMA IF EXISTS crm CASCADE")


def apply_source_side(conn: psycopg.Connection, *, reader_password: str | None = None) -> None:
    """Runs source_side.sql, then gives sav_reader its password as a SCRAM verifier computed here,
    as psql's \\password does: the password itself never reaches the server or its log."""
    with conn.transaction():
        conn.execute(SOURCE_SIDE_SQL)
        if reader_password is not None:
            verifier = conn.pgconn.encrypt_password(reader_password.encode(), READER_ROLE.encode(), b"scram-sha-256")
            conn.execute(sql.SQL("ALTER ROLE {} PASSWORD {}").format(
                sql.Identifier(READER_ROLE), sql.Literal(verifier.decode())))


def touch(conn: psycopg.Connection, fraction: float, *, seed: int = 1) -> dict[str, int]:
    """Changes about `fraction` of the rows of every table the way the business would, each in a column the
    SAV reads, and so bumps their date_maj: customers' and contacts' phone numbers, product descriptions,
    orders moving on (pending → confirmed → shipped → delivered) or, once delivered, a 5 % commercial
    discount on every line and the total recomputed, deliveries' dates corrected by a day.
    The same seed picks the same rows. Returns the number of rows changed in each table."""
    threshold = round(fraction * 1_000_000)
    salt = f":{seed}"

    def picked(key: str) -> sql.Composable:
        return sql.SQL("(hashtext({key}::text || {salt}) & 2147483647) % 1000000 < {threshold}").format(
            key=sql.SQL(key), salt=sql.Literal(salt), threshold=sql.Literal(threshold))

    new_phone = sql.SQL(
        "CASE WHEN telephone IS NULL THEN '+33 1 99 00 00 00' "
        "ELSE left(telephone, -2) || lpad(((right(telephone, 2)::int + 1) % 100)::text, 2, '0') END")
    statements = {
        "societes": sql.SQL("UPDATE crm.societes SET telephone = {} WHERE {}").format(new_phone, picked("code_client")),
        "interlocuteurs": sql.SQL("UPDATE crm.interlocuteurs SET telephone = {} WHERE {}").format(
            new_phone, picked("id")),
        "articles": sql.SQL(
            "UPDATE crm.articles SET description = CASE WHEN description LIKE '% Garantie constructeur 3 ans.' "
            "THEN left(description, -29) ELSE coalesce(description, '') || ' Garantie constructeur 3 ans.' END "
            "WHERE {}").format(picked("ref_article")),
        "livraisons": sql.SQL(
            "UPDATE crm.livraisons SET date_livraison = CASE WHEN date_livraison < current_date "
            "THEN date_livraison + 1 ELSE date_livraison - 1 END WHERE {}").format(picked("id")),
    }
    counts = {}
    with conn.transaction():
        for table, statement in statements.items():
            counts[table] = conn.execute(statement).rowcount
        conn.execute(sql.SQL(
            "CREATE TEMPORARY TABLE touched ON COMMIT DROP AS "
            "SELECT num_commande, statut FROM crm.commandes WHERE {}").format(picked("num_commande")))
        moved = conn.execute(
            "UPDATE crm.commandes c SET statut = CASE t.statut WHEN 'EN_ATTENTE' THEN 'VALIDEE' "
            "WHEN 'VALIDEE' THEN 'EXPEDIEE' ELSE 'LIVREE' END FROM touched t "
            "WHERE c.num_commande = t.num_commande AND t.statut IN ('EN_ATTENTE', 'VALIDEE', 'EXPEDIEE')").rowcount
        counts["lignes_commande"] = conn.execute(
            "UPDATE crm.lignes_commande l SET prix_unitaire = round(l.prix_unitaire * 0.95, 2) FROM touched t "
            "WHERE l.num_commande = t.num_commande AND t.statut = 'LIVREE'").rowcount
        discounted = conn.execute(
            "UPDATE crm.commandes c SET montant_ttc = s.total "
            "FROM (SELECT l.num_commande, round(sum(l.quantite * l.prix_unitaire) * 1.2, 2) AS total "
            "      FROM crm.lignes_commande l JOIN touched t USING (num_commande) WHERE t.statut = 'LIVREE' "
            "      GROUP BY l.num_commande) s "
            "WHERE c.num_commande = s.num_commande").rowcount
        counts["commandes"] = moved + discounted
    return counts


def change(conn: psycopg.Connection, entity: str, external_id: str, **columns: object) -> None:
    """Sets CRM columns (their French names) of one row; its date_maj moves on by itself."""
    table = ENTITIES[entity]
    assignments = sql.SQL(", ").join(
        sql.SQL("{} = {}").format(sql.Identifier(column), sql.Placeholder()) for column in columns)
    _update(conn, table, external_id, assignments, list(columns.values()))


def deactivate(conn: psycopg.Connection, entity: str, external_id: str) -> None:
    """Retires a row the way the CRM does: `actif` false, or a deletion date for deliveries."""
    table = ENTITIES[entity]
    if table.active:
        _update(conn, table, external_id, sql.SQL("{} = false").format(sql.Identifier(table.active)))
    elif table.deleted:
        _update(conn, table, external_id, sql.SQL("{} = clock_timestamp()").format(sql.Identifier(table.deleted)))
    else:
        raise ValueError(f"the CRM cannot deactivate {entity}, only delete them")


def reactivate(conn: psycopg.Connection, entity: str, external_id: str) -> None:
    table = ENTITIES[entity]
    column = table.active or table.deleted
    if column is None:
        raise ValueError(f"the CRM cannot deactivate {entity}, only delete them")
    value = sql.SQL("true") if table.active else sql.SQL("NULL")
    _update(conn, table, external_id, sql.SQL("{} = {}").format(sql.Identifier(column), value))


def delete(conn: psycopg.Connection, entity: str, external_id: str) -> None:
    """Deletes a row for good. A customer goes with its contacts, orders (and their lines) and deliveries;
    an order with its lines, its delivered units staying without an order. A product that was ever
    sold cannot be deleted (the CRM's foreign keys refuse it)."""
    table = ENTITIES[entity]
    with conn.transaction():
        if entity == "customers":
            conn.execute("DELETE FROM crm.livraisons WHERE code_client = %s", [external_id])
            conn.execute("DELETE FROM crm.lignes_commande WHERE num_commande IN "
                         "(SELECT num_commande FROM crm.commandes WHERE code_client = %s)", [external_id])
            conn.execute("DELETE FROM crm.commandes WHERE code_client = %s", [external_id])
            conn.execute("DELETE FROM crm.interlocuteurs WHERE code_client = %s", [external_id])
        elif entity == "orders":
            conn.execute("UPDATE crm.livraisons SET num_commande = NULL WHERE num_commande = %s", [external_id])
            conn.execute("DELETE FROM crm.lignes_commande WHERE num_commande = %s", [external_id])
        deleted = conn.execute(sql.SQL("DELETE FROM {} WHERE {} = %s").format(
            sql.Identifier("crm", table.name), sql.Identifier(table.key)), [external_id]).rowcount
        if deleted != 1:
            raise LookupError(f"no {entity} {external_id!r} in the CRM")


def _update(conn: psycopg.Connection, table: Table, external_id: str, assignments: sql.Composable,
            params: list | None = None) -> None:
    statement = sql.SQL("UPDATE {} SET {} WHERE {} = %s").format(
        sql.Identifier("crm", table.name), assignments, sql.Identifier(table.key))
    with conn.transaction():
        if conn.execute(statement, [*(params or []), external_id]).rowcount != 1:
            raise LookupError(f"no {table.name} {external_id!r} in the CRM")


def ensure_database(dsn: str) -> None:
    """Creates the DSN's database when the server does not have it yet."""
    params = psycopg.conninfo.conninfo_to_dict(dsn)
    name = params.get("dbname") or params.get("user") or "postgres"
    with psycopg.connect(**{**params, "dbname": "postgres"}, autocommit=True) as admin:
        if admin.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone() is None:
            admin.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dsn", default="postgresql://postgres@127.0.0.1:5432/crm_demo")
    defaults = DEFAULT_SIZES
    for size in ("customers", "contacts", "orders", "deliveries"):
        parser.add_argument(f"--{size}", type=int, default=getattr(defaults, size))
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--drop", action="store_true", help="rebuild: drop schemas crm and sav_export first")
    parser.add_argument("--with-reader-password", metavar="PASSWORD",
                        help="also run source_side.sql and give sav_reader this password")
    args = parser.parse_args(argv)
    sizes = Sizes(args.customers, args.contacts, args.orders, args.deliveries)

    started = time.perf_counter()
    ensure_database(args.dsn)
    with psycopg.connect(args.dsn) as conn:
        if args.drop:
            drop(conn)
        elif conn.execute("SELECT 1 FROM pg_namespace WHERE nspname = 'crm'").fetchone():
            print("This database already has a CRM (schema crm): --drop rebuilds it.", file=sys.stderr)
            return 1
        built = build(conn, sizes, seed=args.seed)
        if args.with_reader_password is not None:
            apply_source_side(conn, reader_password=args.with_reader_password)
    elapsed = time.perf_counter() - started
    database = psycopg.conninfo.conninfo_to_dict(args.dsn).get("dbname")
    print(f"CRM demo built in {database} (seed {args.seed}) in {elapsed:.1f} s:")
    for step, seconds in built.seconds.items():
        count = f"{built.rows[step]:>9,} rows".replace(",", " ") if step in built.rows else ""
        print(f"  {step:<18} {count:>14} {seconds:6.1f} s")
    if args.with_reader_password is not None:
        print(f"  sav_export: views for the SAV; role {READER_ROLE} (read-only) can read them and nothing else")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
