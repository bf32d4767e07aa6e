"""Roles as a table (the API answers the whole short list at once)."""

from PySide6.QtCore import QCoreApplication

from desktop.admin.common.labels import audience_label, yes_no
from desktop.common.paged_table_model import Column, PagedTableModel, PageFetcher

translate = QCoreApplication.translate


def role_columns() -> list[Column]:
    return [
        Column("name", translate("RoleTableModel", "Nom"), lambda r: r.name),
        Column("code", translate("RoleTableModel", "Code"), lambda r: r.code),
        Column("audience", translate("RoleTableModel", "Type"), lambda r: audience_label(r.audience)),
        Column("user_count", translate("RoleTableModel", "Utilisateurs"), lambda r: str(r.user_count)),
        Column("is_builtin", translate("RoleTableModel", "Intégré"), lambda r: yes_no(r.is_builtin)),
    ]


class RoleTableModel(PagedTableModel):
    def __init__(self, fetch_page: PageFetcher | None = None, parent=None) -> None:
        super().__init__(role_columns(), fetch_page, parent)
