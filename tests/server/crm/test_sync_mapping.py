"""The mapping file is checked whole before anything is read from the CRM."""

from pathlib import Path

import pytest

from crm.sync.pull.mapping import MappingError, load_mapping
from crm.sync.pull.source import SourceConfigError, connection_settings, source_label

CUSTOMERS = """
[customers]
source = "sav_export.clients"
watermark = "date_maj"
active = "actif"
[customers.fields]
external_id = "code_client"
name = "raison_sociale"
"""


def mapping_from(tmp_path, text: str):
    path = tmp_path / "mapping.toml"
    path.write_text(text, encoding="utf-8")
    return load_mapping(path)


def test_a_mapping_names_the_source_the_watermark_and_a_column_per_field(tmp_path):
    mapping = mapping_from(tmp_path, CUSTOMERS + """
[orders]
query = "SELECT * FROM sav_export.commandes WHERE statut <> 'BROUILLON'"
watermark = "date_maj"
[orders.fields]
external_id = "num_commande"
customer = "code_client"
reference = "num_commande"
ordered_at = "date_commande"
status = "statut"
[orders.values.status]
"LIVREE" = "delivered"
""")
    assert list(mapping) == ["customers", "orders"]
    assert mapping["customers"].source == ("sav_export", "clients")
    assert mapping["customers"].fields["name"] == "raison_sociale"
    assert mapping["orders"].query.startswith("SELECT")
    assert mapping["orders"].values == {"status": {"LIVREE": "delivered"}}


def test_the_demo_mapping_of_the_repository_is_valid():
    demo = Path(__file__).resolve().parents[3] / "server" / "crm" / "mappings" / "origyne-demo.toml"
    assert set(load_mapping(demo)) == {
        "customers", "contacts", "products", "orders", "order_lines", "delivered_products",
    }


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("[clients]\nsource='x'\n", "Unknown entities clients"),
        ("[customers]\nwatermark='w'\n[customers.fields]\nexternal_id='c'\nname='n'\n", "exactly one of"),
        (CUSTOMERS.replace('name = "raison_sociale"', ""), "required fields not mapped: name"),
        (CUSTOMERS + 'colour = "raison"\n', "unknown SAV fields colour"),
        (CUSTOMERS.replace('"raison_sociale"', '"nom; DROP TABLE x"'), "not a plain SQL name"),
        (CUSTOMERS.replace('"date_maj"', '"date maj"'), "not a plain SQL name"),
        (CUSTOMERS.replace('"sav_export.clients"', '"a.b.c"'), "schema.name"),
        ("[customers\n", "not valid TOML"),
        (CUSTOMERS + 'is_active = "actif"\n', "`active`"),
        (CUSTOMERS.replace('source = "sav_export.clients"', 'query = "SELECT 1; DELETE FROM x"'), "one SELECT"),
    ],
)
def test_a_wrong_mapping_is_refused_with_the_place_and_the_reason(tmp_path, text, says):
    with pytest.raises(MappingError, match=says):
        mapping_from(tmp_path, text)


def test_a_missing_mapping_file_says_so(tmp_path):
    with pytest.raises(MappingError, match="cannot be read"):
        load_mapping(tmp_path / "absent.toml")


def test_the_crm_database_is_reached_with_verify_full_only():
    url = "postgresql://sav_reader@crm.origyne.fr:5432/crm?sslrootcert=/etc/ca.pem"
    assert connection_settings(url, "pw")["sslmode"] == "verify-full"
    assert connection_settings(url, "pw")["password"] == "pw"
    for weaker in ("disable", "require", "verify-ca", "prefer"):
        with pytest.raises(SourceConfigError, match="verify-full"):
            connection_settings(f"{url}&sslmode={weaker}", "")


def test_the_source_is_shown_without_credentials():
    assert source_label("postgresql://sav_reader:secret@crm.origyne.fr:5433/crm") == "crm.origyne.fr:5433/crm"
    assert source_label("") is None
