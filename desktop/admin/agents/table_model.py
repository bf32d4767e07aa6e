"""Agents and an agent's hourly cost history as tables (both answered whole by the API)."""

from PySide6.QtCore import QCoreApplication

from desktop.admin.common.formatting import format_datetime, format_money
from desktop.admin.common.labels import availability_label
from desktop.common.paged_table_model import Column, PagedTableModel, PageFetcher

translate = QCoreApplication.translate


def agent_columns() -> list[Column]:
    return [
        Column("full_name", translate("AgentTableModel", "Nom"), lambda a: a.full_name),
        Column("email", translate("AgentTableModel", "E-mail"), lambda a: a.email),
        Column(
            "availability", translate("AgentTableModel", "Disponibilité"), lambda a: availability_label(a.availability)
        ),
        Column(
            "categories",
            translate("AgentTableModel", "Catégories"),
            lambda a: ", ".join(c.name for c in a.categories) or "—",
        ),
        Column(
            "hourly_cost", translate("AgentTableModel", "Coût horaire"), lambda a: format_money(a.current_hourly_cost)
        ),
    ]


def cost_rate_columns() -> list[Column]:
    return [
        Column(
            "hourly_cost",
            translate("CostRateTableModel", "Taux horaire"),
            lambda r: format_money(r.hourly_cost, r.currency),
        ),
        Column("valid_from", translate("CostRateTableModel", "Depuis le"), lambda r: format_datetime(r.valid_from)),
        Column(
            "created_by",
            translate("CostRateTableModel", "Saisi par"),
            lambda r: r.created_by.full_name if r.created_by else "—",
        ),
    ]


class AgentTableModel(PagedTableModel):
    def __init__(self, fetch_page: PageFetcher | None = None, parent=None) -> None:
        super().__init__(agent_columns(), fetch_page, parent)


class CostRateTableModel(PagedTableModel):
    def __init__(self, fetch_page: PageFetcher | None = None, parent=None) -> None:
        super().__init__(cost_rate_columns(), fetch_page, parent)
