"""Accounts as a table fed page by page by the server (filters and order are server-side)."""

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor

from desktop.admin.common.labels import active_label
from desktop.common.paged_table_model import Column, Index, PagedTableModel, PageFetcher
from shared_schemas.accounts import UserOut

translate = QCoreApplication.translate


def user_columns() -> list[Column]:
    return [
        Column("full_name", translate("UserTableModel", "Nom"), lambda u: u.full_name),
        Column("email", translate("UserTableModel", "E-mail"), lambda u: u.email),
        Column("role", translate("UserTableModel", "Rôle"), lambda u: u.role.name),
        Column("customer", translate("UserTableModel", "Client"), lambda u: u.customer.name if u.customer else "—"),
        Column("status", translate("UserTableModel", "Statut"), lambda u: active_label(u.is_active)),
    ]


class UserTableModel(PagedTableModel):
    """Deactivated accounts are drawn in the charter's muted text colour."""

    def __init__(self, fetch_page: PageFetcher | None = None, *, muted: str = "", parent=None) -> None:
        super().__init__(user_columns(), fetch_page, parent)
        self._muted = QColor(muted) if muted else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and self._muted is not None and index.isValid():
            user: UserOut | None = self.row_at(index.row())
            return self._muted if user is not None and not user.is_active else None
        return super().data(index, role)
