"""The CRM the sync tests read is the company's as documented: TLS with the host name verified, a role
that reads the export views and nothing else, and demo data the mapping file fits."""

import random
import tomllib
from datetime import UTC, datetime
from pathlib import Path

import psycopg
import pytest
from psycopg import errors, sql
from psycopg.rows import dict_row

from scripts import crm_demo_db
from scripts.crm_source import orders, rows, vocabulary
from shared_schemas.crm_sync import (
    ContactRow,
    CustomerRow,
    DeliveredProductRow,
    OrderLineRow,
    OrderRow,
    ProductRow,
)

REPO = Path(__file__).resolve().parents[4]
DEMO_MAPPING = REPO / "server" / "crm" / "mappings" / "origyne-demo.toml"
ROW_MODELS = {"customers": CustomerRow, "contacts": ContactRow, "products": ProductRow, "orders": OrderRow,
              "order_lines": OrderLineRow, "delivered_products": DeliveredProductRow}
VIEWS = ["articles", "clients", "commandes", "interlocuteurs", "lignes_commande", "livraisons"]


def read(dsn: str, query: str, params=None) -> list[tuple]:
    with psycopg.connect(dsn, connect_timeout=5) as conn:
        return conn.execute(query, params).fetchall()


def test_the_reader_connects_with_the_certificate_and_host_name_verified(crm_source):
    with psycopg.connect(crm_source.reader_dsn, connect_timeout=5) as conn:
        assert conn.info.parameter_status("server_version")
        assert conn.pgconn.ssl_in_use
        assert conn.execute("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()").fetchone() == (True,)
        assert conn.execute("SELECT count(*) FROM sav_export.clients").fetchone() == (crm_source.sizes.customers,)


def test_a_server_certificate_from_another_ca_is_refused(crm_source):
    with pytest.raises(psycopg.OperationalError, match="certificate verify failed"):
        psycopg.connect(crm_source.reader_dsn_with(sslrootcert=str(crm_source.wrong_ca_file)), connect_timeout=5)


@pytest.mark.parametrize(
    "address",
    [{"host": "localhost", "hostaddr": None}, {"host": "sav.origyne.test", "hostaddr": "127.0.0.1"}],
    ids=["localhost", "another-name-of-the-same-address"],
)
def test_a_host_name_the_certificate_does_not_name_is_refused(crm_source, address):
    with pytest.raises(psycopg.OperationalError, match="does not match host name"):
        psycopg.connect(crm_source.reader_dsn_with(**address), connect_timeout=5)


def test_the_server_refuses_a_connection_without_tls(crm_source):
    with pytest.raises(psycopg.OperationalError, match="no encryption"):
        psycopg.connect(crm_source.reader_dsn_with(sslmode="disable", sslrootcert=None), connect_timeout=5)


def test_a_wrong_password_is_refused(crm_source):
    with pytest.raises(psycopg.OperationalError, match="password authentication failed"):
        psycopg.connect(crm_source.reader_dsn_with(password="not-the-password"), connect_timeout=5)


def test_the_reader_sees_the_export_views_and_only_them(crm_source):
    visible = read(crm_source.reader_dsn,
                   "SELECT table_schema, table_name FROM information_schema.tables "
                   "WHERE table_schema NOT IN ('pg_catalog', 'information_schema') ORDER BY 2")
    assert visible == [("sav_export", view) for view in VIEWS]


def test_every_transaction_of_the_reader_starts_read_only(crm_source):
    with psycopg.connect(crm_source.reader_dsn, connect_timeout=5) as conn:
        assert conn.execute("SHOW transaction_read_only").fetchone() == ("on",)
        with pytest.raises(errors.ReadOnlySqlTransaction):
            conn.execute("CREATE TEMPORARY TABLE scratch (note text)")


@pytest.mark.parametrize(
    "statement",
    [
        "INSERT INTO sav_export.clients (code_client, raison_sociale) VALUES ('X1', 'Intrus SARL')",
        "UPDATE sav_export.clients SET raison_sociale = 'Intrus SARL'",
        "DELETE FROM sav_export.lignes_commande",
    ],
    ids=["insert", "update", "delete"],
)
def test_the_reader_cannot_write_even_when_it_asks_for_a_read_write_transaction(crm_source, statement):
    with psycopg.connect(crm_source.reader_dsn, connect_timeout=5) as conn:
        conn.execute("SET TRANSACTION READ WRITE")
        with pytest.raises(errors.InsufficientPrivilege):
            conn.execute(statement)


@pytest.mark.parametrize(
    "statement",
    [
        "SELECT * FROM crm.societes",
        "SELECT prix_achat_ht FROM crm.articles",
        "CREATE TABLE public.sav_notes (note text)",
        "CREATE VIEW sav_export.everything AS SELECT 1",
    ],
    ids=["crm-table", "purchase-prices", "create-in-public", "create-in-sav-export"],
)
def test_the_reader_has_no_right_on_the_crm_tables_nor_to_create_anything(crm_source, statement):
    with psycopg.connect(crm_source.reader_dsn, connect_timeout=5) as conn:
        conn.execute("SET TRANSACTION READ WRITE")
        with pytest.raises(errors.InsufficientPrivilege):
            conn.execute(statement)


def test_the_demo_mapping_names_only_columns_of_the_views_it_reads(crm_source):
    mapping = tomllib.loads(DEMO_MAPPING.read_text(encoding="utf-8"))
    columns = {}
    for view, column in read(crm_source.reader_dsn, "SELECT table_name, column_name FROM information_schema.columns "
                                                    "WHERE table_schema = 'sav_export'"):
        columns.setdefault(f"sav_export.{view}", set()).add(column)
    for entity, table in mapping.items():
        named = {table["watermark"], *table["fields"].values(), *([table["active"]] if "active" in table else [])}
        assert named <= columns[table["source"]], entity


def test_every_row_of_the_demo_crm_meets_the_sav_row_contract(crm_source):
    mapping = tomllib.loads(DEMO_MAPPING.read_text(encoding="utf-8"))
    with psycopg.connect(crm_source.reader_dsn, connect_timeout=5, row_factory=dict_row) as conn:
        for entity, table in mapping.items():
            columns = {**table["fields"], **({"is_active": table["active"]} if "active" in table else {})}
            select = sql.SQL("SELECT {} FROM {}").format(
                sql.SQL(", ").join(sql.SQL("{} AS {}").format(sql.Identifier(column), sql.Identifier(field))
                                   for field, column in columns.items()),
                sql.Identifier(*table["source"].split(".")))
            found = conn.execute(select).fetchall()
            assert found, entity
            for row in found:
                for field, translation in table.get("values", {}).items():
                    row[field] = translation[row[field]]
                ROW_MODELS[entity].model_validate(row)


def test_every_order_status_of_the_crm_has_a_sav_status(crm_source):
    translated = tomllib.loads(DEMO_MAPPING.read_text(encoding="utf-8"))["orders"]["values"]["status"]
    with crm_source.superuser() as conn:
        allowed = conn.execute("SELECT pg_get_constraintdef(oid) FROM pg_constraint "
                               "WHERE conrelid = 'crm.commandes'::regclass AND contype = 'c'").fetchone()[0]
    assert sorted(translated) == sorted(status for status in orders.STATUS_BY_AGE[1][1])
    assert all(f"'{status}'" in allowed for status in translated)
    assert set(translated.values()) == {"pending", "confirmed", "shipped", "delivered", "cancelled"}


def test_touch_changes_rows_in_every_table_and_the_reader_sees_them_as_newer(crm_source_to_change):
    changed = crm_source_to_change.touch(0.05, seed=3)
    assert changed.keys() == {"societes", "interlocuteurs", "articles", "commandes", "lignes_commande", "livraisons"}
    assert all(count > 0 for table, count in changed.items() if table != "articles"), changed
    newer = {
        view: read(crm_source_to_change.reader_dsn, f"SELECT count(*) FROM sav_export.{view} WHERE date_maj > %s",
                   [crm_source_to_change.as_of])[0][0]
        for view in VIEWS
    }
    assert newer == {"clients": changed["societes"], "interlocuteurs": changed["interlocuteurs"],
                     "articles": changed["articles"], "commandes": changed["commandes"],
                     "lignes_commande": changed["lignes_commande"], "livraisons": changed["livraisons"]}
    totals = read(crm_source_to_change.superuser_dsn,
                  "SELECT count(*) FROM crm.commandes c WHERE montant_ttc <> (SELECT round(sum(quantite * "
                  "prix_unitaire) * 1.2, 2) FROM crm.lignes_commande l WHERE l.num_commande = c.num_commande)")
    assert totals == [(0,)]


def test_a_delivery_deleted_softly_is_an_inactive_row_of_the_view(crm_source_to_change):
    crm_source_to_change.deactivate("delivered_products", "7")
    assert read(crm_source_to_change.reader_dsn,
                "SELECT actif, date_maj > %s FROM sav_export.livraisons WHERE id_livraison = '7'",
                [crm_source_to_change.as_of]) == [(False, True)]
    crm_source_to_change.reactivate("delivered_products", "7")
    assert read(crm_source_to_change.reader_dsn,
                "SELECT actif FROM sav_export.livraisons WHERE id_livraison = '7'") == [(True,)]


def test_a_customer_deleted_at_the_source_leaves_the_views_with_everything_it_had(crm_source_to_change):
    code = read(crm_source_to_change.reader_dsn,
                "SELECT code_client FROM sav_export.commandes GROUP BY 1 ORDER BY count(*) DESC LIMIT 1")[0][0]
    crm_source_to_change.delete("customers", code)
    remaining = read(crm_source_to_change.reader_dsn,
                     "SELECT (SELECT count(*) FROM sav_export.clients WHERE code_client = %(c)s) "
                     "+ (SELECT count(*) FROM sav_export.commandes WHERE code_client = %(c)s) "
                     "+ (SELECT count(*) FROM sav_export.livraisons WHERE code_client = %(c)s)", {"c": code})
    assert remaining == [(0,)]


def test_the_rebuilt_crm_is_the_one_of_the_start(crm_source, crm_source_to_change):
    query = "SELECT code_client, telephone, date_maj FROM sav_export.clients ORDER BY 1"
    before = read(crm_source.reader_dsn, query)
    crm_source_to_change.touch(0.5)
    crm_source_to_change.rebuild()
    assert read(crm_source.reader_dsn, query) == before


def test_the_same_seed_makes_the_same_rows():
    as_of = datetime(2026, 3, 2, 15, 30, tzinfo=UTC)

    def made(seed):
        societes, customers = rows.customers(random.Random(seed), 30, as_of)
        book = orders.OrderBook(random.Random(seed), 100, customers, vocabulary.catalogue(), as_of)
        lines = list(book.lines())
        return societes, lines, book.orders, list(orders.deliveries(
            random.Random(seed), 150, customers, vocabulary.catalogue(), book.units, as_of))

    assert made(7) == made(7)
    assert made(7) != made(8)


def test_every_siret_passes_the_luhn_check():
    def luhn_valid(number: str) -> bool:
        digits = [int(char) for char in reversed(number)]
        return sum(d if i % 2 == 0 else (2 * d - 9 if d > 4 else 2 * d) for i, d in enumerate(digits)) % 10 == 0

    societes, _ = rows.customers(random.Random(1), 300, datetime(2026, 3, 2, tzinfo=UTC))
    sirets = [row[2] for row in societes if row[2] is not None]
    assert len(sirets) > 250
    assert all(len(siret) == 14 and luhn_valid(siret) and luhn_valid(siret[:9]) for siret in sirets)


def test_the_command_line_builds_a_crm_and_its_reader_in_a_database_it_creates(crm_source, capsys):
    dsn = crm_source.cluster.superuser_dsn("crm_from_the_command_line")
    arguments = ["--dsn", dsn, "--customers", "5", "--contacts", "9", "--orders", "20", "--deliveries", "15",
                 "--with-reader-password", crm_source.reader_password]
    assert crm_demo_db.main(arguments) == 0
    assert "livraisons" in capsys.readouterr().out
    reader = crm_source.reader_dsn_with(dbname="crm_from_the_command_line")
    assert read(reader, "SELECT count(*) FROM sav_export.clients") == [(5,)]
    assert read(reader, "SELECT count(*) FROM sav_export.livraisons") == [(15,)]
    assert crm_demo_db.main(arguments) == 1, "a second build without --drop refuses to touch the CRM"
    assert "--drop" in capsys.readouterr().err
    assert crm_demo_db.main([*arguments, "--drop", "--customers", "7"]) == 0
    assert read(reader, "SELECT count(*) FROM sav_export.clients") == [(7,)]
