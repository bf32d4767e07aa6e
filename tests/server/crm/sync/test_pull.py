"""The pull connector against a real CRM: PostgreSQL with TLS only, read as the read-only role with
the certificate and the host name verified, through the demo mapping file."""

from pathlib import Path

import psycopg
import pytest
from django.core.management import CommandError, call_command

from audit.models import AuditEvent
from crm.models import Contact, Customer, DeliveredProduct, Order, OrderLine, Product, SyncRun
from crm.sync.pull.connector import crm_pull

REPO = Path(__file__).resolve().parents[4]
DEMO_MAPPING = REPO / "server" / "crm" / "mappings" / "origyne-demo.toml"
MODELS = {"customers": Customer, "contacts": Contact, "products": Product, "orders": Order,
          "order_lines": OrderLine, "delivered_products": DeliveredProduct}

pytestmark = pytest.mark.django_db


@pytest.fixture
def connected(settings, crm_source):
    settings.SAV_CRM_DATABASE_URL = crm_source.reader_dsn
    settings.SAV_CRM_DATABASE_PASSWORD = ""
    settings.SAV_CRM_MAPPING = str(DEMO_MAPPING)
    return crm_source


@pytest.fixture
def changing(settings, crm_source_to_change):
    settings.SAV_CRM_DATABASE_URL = crm_source_to_change.reader_dsn
    settings.SAV_CRM_MAPPING = str(DEMO_MAPPING)
    return crm_source_to_change


def source_count(source, view: str, where: str = "true") -> int:
    with source.superuser() as conn:
        return conn.execute(f"SELECT count(*) FROM sav_export.{view} WHERE {where}").fetchone()[0]


def snapshot() -> dict[str, list[tuple]]:
    fields = ("external_id", "is_active", "crm_fingerprint")
    return {name: sorted(model.objects.values_list(*fields)) for name, model in MODELS.items()}


def test_a_full_sync_reads_every_entity_over_verified_tls(connected):
    run = crm_pull(full=True)
    assert run.status == "succeeded", run.error
    assert run.refused == 0, list(run.issues.values_list("entity", "external_id", "message")[:5])
    assert Customer.objects.count() == source_count(connected, "clients")
    assert Contact.objects.count() == source_count(connected, "interlocuteurs")
    assert Order.objects.count() == source_count(connected, "commandes")
    assert OrderLine.objects.count() == source_count(connected, "lignes_commande")
    assert DeliveredProduct.objects.count() == source_count(connected, "livraisons")
    assert run.per_entity["customers"]["created"] == Customer.objects.count()
    assert Customer.objects.filter(crm_synced_at__isnull=True).count() == 0
    # The CRM's order statuses arrive translated by the mapping.
    assert set(Order.objects.values_list("status", flat=True)) <= {"pending", "confirmed", "shipped", "delivered",
                                                                   "cancelled"}


def test_syncing_twice_gives_the_same_state(connected):
    crm_pull(full=True)
    first = snapshot()
    again = crm_pull(full=True)
    assert (again.created, again.updated, again.deactivated, again.refused) == (0, 0, 0, 0)
    assert again.unchanged == sum(len(rows) for rows in first.values())
    assert snapshot() == first
    incremental = crm_pull(full=False)
    assert (incremental.created, incremental.updated) == (0, 0)


def test_a_changed_row_updates_and_the_journal_says_what_changed(changing):
    crm_pull(full=True)
    customer = Customer.objects.order_by("external_id").first()
    changing.change("customers", customer.external_id, ville="Annecy")
    run = crm_pull(full=False)
    assert run.per_entity["customers"]["updated"] == 1
    customer.refresh_from_db()
    assert customer.city == "Annecy"
    event = AuditEvent.objects.get(action="crm.record_updated", target_id=str(customer.pk))
    assert event.after == {"city": "Annecy"}


def test_rows_deactivated_or_removed_at_the_source_are_deactivated_never_deleted(changing):
    crm_pull(full=True)
    customers = list(Customer.objects.order_by("external_id").values_list("external_id", flat=True)[:2])
    changing.deactivate("customers", customers[0])
    assert crm_pull(full=False).per_entity["customers"]["deactivated"] == 1
    assert not Customer.objects.get(external_id=customers[0]).is_active
    delivery = DeliveredProduct.objects.filter(is_active=True).order_by("external_id").first()
    changing.delete("delivered_products", delivery.external_id)
    run = crm_pull(full=True)
    assert run.per_entity["delivered_products"]["deactivated"] == 1
    delivery.refresh_from_db()
    assert not delivery.is_active  # kept: tickets may point at it


def test_a_bad_row_is_reported_and_nothing_of_it_is_written(changing):
    crm_pull(full=True)
    customer = Customer.objects.filter(siret__gt="").order_by("external_id").first()
    changing.change("customers", customer.external_id, siret="123", ville="Ailleurs")
    run = crm_pull(full=False)
    assert run.status == "succeeded"
    issue = run.issues.get()
    assert (issue.entity, issue.external_id, issue.reason) == ("customers", customer.external_id, "invalid")
    assert "SIRET" in issue.message
    before_city = customer.city
    customer.refresh_from_db()
    assert customer.city == before_city  # the whole row was skipped


def test_a_dry_run_reports_and_changes_nothing(connected):
    run = crm_pull(full=True, dry_run=True)
    assert run.dry_run and run.status == "succeeded"
    assert run.created > 0
    assert Customer.objects.count() == 0 and Order.objects.count() == 0


@pytest.mark.parametrize("wrong", ["ca", "host"])
def test_the_sync_is_refused_with_the_wrong_ca_or_the_wrong_host_name(settings, connected, wrong):
    changes = {"sslrootcert": str(connected.wrong_ca_file)} if wrong == "ca" else {"host": "autre.origyne.test"}
    settings.SAV_CRM_DATABASE_URL = connected.reader_dsn_with(**changes)
    run = crm_pull(full=True)
    assert run.status == "failed"
    assert "certificate" in run.error.lower() or "tls" in run.error.lower()
    assert Customer.objects.count() == 0


def test_a_weaker_tls_mode_is_refused_before_connecting(settings, connected):
    settings.SAV_CRM_DATABASE_URL = connected.reader_dsn_with(sslmode="require")
    run = crm_pull(full=True)
    assert run.status == "failed" and "verify-full" in run.error


def test_the_reader_cannot_write_even_through_the_syncs_connection(connected):
    from crm.sync.pull.source import connect

    with connect(connected.reader_dsn, "") as conn, pytest.raises(psycopg.Error):
        conn.execute("CREATE TABLE sav_export.intrus (id int)")


def test_the_command_prints_the_report_and_refuses_without_configuration(settings, connected, capsys):
    call_command("crm_sync", "--full", "--dry-run")
    out = capsys.readouterr().out
    assert "full pull (dry run): succeeded" in out and "customers:" in out
    assert SyncRun.objects.get().dry_run
    settings.SAV_CRM_DATABASE_URL = ""
    with pytest.raises(CommandError, match="No CRM database configured"):
        call_command("crm_sync")


def test_an_incremental_pull_reads_again_a_little_before_its_watermark(settings, changing):
    """A row stamped before the watermark but committed after it (a long transaction at the source)
    is still read; what is read twice is found unchanged."""
    crm_pull(full=True)
    with changing.superuser() as conn:
        latest = conn.execute("SELECT max(date_maj) FROM crm.societes").fetchone()[0]
        late = conn.execute("SELECT code_client FROM crm.societes WHERE date_maj < %s ORDER BY code_client LIMIT 1",
                            [latest]).fetchone()[0]
        conn.execute("SET session_replication_role = replica")  # keep the stamp we give, as a late commit does
        conn.execute("UPDATE crm.societes SET ville = 'Chamonix', date_maj = %s - interval '1 minute' "
                     "WHERE code_client = %s", [latest, late])
    settings.SAV_CRM_WATERMARK_OVERLAP_SECONDS = 0
    crm_pull(full=False)
    assert Customer.objects.get(external_id=late).city != "Chamonix"  # missed without the overlap
    settings.SAV_CRM_WATERMARK_OVERLAP_SECONDS = 300
    run = crm_pull(full=False)
    assert Customer.objects.get(external_id=late).city == "Chamonix"
    assert run.per_entity["customers"]["updated"] == 1
