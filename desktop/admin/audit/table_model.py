"""Audit events as a table fed page by page by the server (newest first; filters are server-side)."""

from PySide6.QtCore import QCoreApplication

from desktop.admin.audit.changes import NOTHING, full_text, summary
from desktop.admin.audit.labels import action_label, target_type_label
from desktop.admin.common.formatting import format_datetime
from desktop.common.paged_table_model import Column, PagedTableModel, PageFetcher
from shared_schemas.audit import AuditEventOut

translate = QCoreApplication.translate


def actor_text(event: AuditEventOut) -> str:
    """The author's e-mail as it was then; nobody for a failed sign-in or the system's own work."""
    return event.actor_email or translate("AuditTableModel", "Anonyme ou système")


def target_text(event: AuditEventOut) -> str:
    """« Rôle Support N2 », « Utilisateur alice@… »; the id when the event has no label."""
    kind = target_type_label(event.target_type)
    if event.target_label:
        return translate("AuditTableModel", "{type} {label}").format(type=kind, label=event.target_label)
    if event.target_id:
        return translate("AuditTableModel", "{type} n° {id}").format(type=kind, id=event.target_id)
    return kind


def audit_columns() -> list[Column]:
    return [
        Column("created_at", translate("AuditTableModel", "Date"), lambda e: format_datetime(e.created_at)),
        Column("actor", translate("AuditTableModel", "Auteur"), actor_text),
        Column(
            "action",
            translate("AuditTableModel", "Action"),
            lambda e: action_label(e.action),
            tooltip=lambda e: e.action,
        ),
        Column("target", translate("AuditTableModel", "Cible"), target_text, tooltip=target_text),
        Column(
            "changes",
            translate("AuditTableModel", "Avant → Après"),
            lambda e: summary(e.before, e.after),
            tooltip=lambda e: full_text(e.before, e.after),
        ),
        Column("ip_address", translate("AuditTableModel", "Adresse"), lambda e: e.ip_address or NOTHING),
    ]


class AuditTableModel(PagedTableModel):
    def __init__(self, fetch_page: PageFetcher | None = None, parent=None) -> None:
        super().__init__(audit_columns(), fetch_page, parent)
