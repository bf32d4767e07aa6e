"""Ticket categories as a table, by position (the API answers the whole list at once)."""

from PySide6.QtCore import QCoreApplication

from desktop.common.paged_table_model import Column, PagedTableModel, PageFetcher

translate = QCoreApplication.translate


def category_columns() -> list[Column]:
    return [
        Column("position", translate("CategoryTableModel", "Position"), lambda c: str(c.position)),
        Column("name", translate("CategoryTableModel", "Nom"), lambda c: c.name),
        Column(
            "description",
            translate("CategoryTableModel", "Description"),
            lambda c: c.description or "—",
            tooltip=lambda c: c.description,
        ),
        Column(
            "is_active",
            translate("CategoryTableModel", "Statut"),
            lambda c: (
                translate("CategoryTableModel", "Active")
                if c.is_active
                else translate("CategoryTableModel", "Désactivée")
            ),
        ),
    ]


class CategoryTableModel(PagedTableModel):
    def __init__(self, fetch_page: PageFetcher | None = None, parent=None) -> None:
        super().__init__(category_columns(), fetch_page, parent)
