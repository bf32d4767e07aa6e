"""Customers and a customer's contacts as tables fed page by page by the server."""

from PySide6.QtCore import QCoreApplication

from desktop.admin.common.labels import active_label
from desktop.common.paged_table_model import Column, PagedTableModel, PageFetcher
from shared_schemas.enums import RecordSource

translate = QCoreApplication.translate


def source_label(source: str) -> str:
    """Who owns the record's fields: the CRM (read-only here) or the SAV."""
    if source == RecordSource.CRM:
        return translate("CustomerTableModel", "CRM")
    return translate("CustomerTableModel", "Saisi dans le SAV")


def customer_columns() -> list[Column]:
    return [
        Column("name", translate("CustomerTableModel", "Raison sociale"), lambda c: c.name),
        Column("external_id", translate("CustomerTableModel", "Identifiant CRM"), lambda c: c.external_id),
        Column("city", translate("CustomerTableModel", "Ville"), lambda c: c.city or "—"),
        Column("email", translate("CustomerTableModel", "E-mail"), lambda c: c.email or "—"),
        Column("phone", translate("CustomerTableModel", "Téléphone"), lambda c: c.phone or "—"),
        Column("is_active", translate("CustomerTableModel", "Statut"), lambda c: active_label(c.is_active)),
        Column("source", translate("CustomerTableModel", "Origine"), lambda c: source_label(c.source)),
    ]


def contact_columns() -> list[Column]:
    return [
        Column("name", translate("ContactTableModel", "Nom"), lambda c: f"{c.first_name} {c.last_name}".strip()),
        Column("job_title", translate("ContactTableModel", "Fonction"), lambda c: c.job_title or "—"),
        Column("email", translate("ContactTableModel", "E-mail"), lambda c: c.email or "—"),
        Column("phone", translate("ContactTableModel", "Téléphone"), lambda c: c.phone or "—"),
        Column(
            "user",
            translate("ContactTableModel", "Compte client"),
            lambda c: translate("ContactTableModel", "Oui") if c.user else translate("ContactTableModel", "Non"),
        ),
        Column("is_active", translate("ContactTableModel", "Statut"), lambda c: active_label(c.is_active)),
        Column("source", translate("ContactTableModel", "Origine"), lambda c: source_label(c.source)),
    ]


class CustomerTableModel(PagedTableModel):
    def __init__(self, fetch_page: PageFetcher | None = None, parent=None) -> None:
        super().__init__(customer_columns(), fetch_page, parent)


class ContactTableModel(PagedTableModel):
    def __init__(self, fetch_page: PageFetcher | None = None, parent=None) -> None:
        super().__init__(contact_columns(), fetch_page, parent)
