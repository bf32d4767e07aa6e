"""The sync runs (newest first, page by page) and the API keys, as tables. The run's status and its
dry-run mark carry their code in CHIP_ROLE for the chip delegate."""

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt

from desktop.admin.common.formatting import format_datetime
from desktop.admin.crm.labels import count_title, format_duration, mode_label, source_label, status_label
from desktop.common.paged_table_model import Column, Index, PagedTableModel, PageFetcher
from desktop.tickets.table_model import CHIP_ROLE
from shared_schemas.crm_sync import ApiKeyOut, SyncRunOut

translate = QCoreApplication.translate
DRY_RUN = "dry_run"  # the chip code of a dry run's mark
CHIP_COLUMNS = frozenset({"status", "dry_run"})
COUNT_COLUMNS = ("created", "updated", "unchanged", "deactivated", "refused")


def _count(kind: str) -> Column:
    return Column(kind, count_title(kind), lambda run: str(getattr(run, kind)))


def run_columns() -> list[Column]:
    return [
        Column("started_at", translate("SyncRunTableModel", "Début"), lambda r: format_datetime(r.started_at)),
        Column("source", translate("SyncRunTableModel", "Source"), lambda r: source_label(r.source)),
        Column("mode", translate("SyncRunTableModel", "Mode"), lambda r: mode_label(r.mode)),
        Column(
            "dry_run",
            translate("SyncRunTableModel", "Essai"),
            lambda r: translate("SyncRunTableModel", "Essai") if r.dry_run else "",
            tooltip=lambda r: translate("SyncRunTableModel", "Essai à blanc : rien n'a été écrit") if r.dry_run else "",
        ),
        Column("status", translate("SyncRunTableModel", "Statut"), lambda r: status_label(r.status)),
        Column("duration", translate("SyncRunTableModel", "Durée"), lambda r: format_duration(r.duration_ms)),
        *(_count(kind) for kind in COUNT_COLUMNS),
    ]


class SyncRunTableModel(PagedTableModel):
    def __init__(self, fetch_page: PageFetcher | None = None, parent=None) -> None:
        super().__init__(run_columns(), fetch_page, parent)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole and index.isValid():
            if self.column_key(index.column()) in COUNT_COLUMNS:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return None
        if role == CHIP_ROLE:
            run: SyncRunOut | None = self.row_at(index.row()) if index.isValid() else None
            key = self.column_key(index.column()) if run is not None else ""
            if key == "status":
                return run.status
            if key == "dry_run" and run.dry_run:
                return DRY_RUN
            return None
        return super().data(index, role)

    def put(self, run: SyncRunOut) -> None:
        """A run seen through the status or a start: its row is refreshed, or added on top if new."""
        row = self.row_of(lambda item: item.id == run.id)
        if row >= 0:
            self.replace_row(row, run)
        elif self.pages_loaded:  # else the first page, on its way, brings it
            self.insert_first(run)


def _revoked_text(key: ApiKeyOut) -> str:
    return format_datetime(key.revoked_at) if key.revoked_at else translate("ApiKeyTableModel", "Non")


def api_key_columns() -> list[Column]:
    return [
        Column("name", translate("ApiKeyTableModel", "Nom"), lambda k: k.name, tooltip=lambda k: k.name),
        Column("prefix", translate("ApiKeyTableModel", "Préfixe"), lambda k: k.prefix + "…"),
        Column("created_at", translate("ApiKeyTableModel", "Créée le"), lambda k: format_datetime(k.created_at)),
        Column("created_by", translate("ApiKeyTableModel", "Par"), lambda k: creator_text(k)),
        Column(
            "last_used_at",
            translate("ApiKeyTableModel", "Dernière utilisation"),
            lambda k: format_datetime(k.last_used_at) if k.last_used_at else translate("ApiKeyTableModel", "Jamais"),
        ),
        Column("revoked_at", translate("ApiKeyTableModel", "Révoquée"), _revoked_text),
    ]


def creator_text(key: ApiKeyOut) -> str:
    return key.created_by.full_name if key.created_by is not None else "—"


class ApiKeyTableModel(PagedTableModel):
    def __init__(self, fetch_page: PageFetcher | None = None, parent=None) -> None:
        super().__init__(api_key_columns(), fetch_page, parent)
