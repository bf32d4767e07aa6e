"""The ticket list model: a PagedTableModel (one server page at a time) with the helpdesk columns.
Status and priority carry their raw value in CHIP_ROLE for the chip delegate; the GTR countdown
and "last activity" are redrawn every minute without asking the server again."""

from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, QTimer

from desktop.common.paged_table_model import Column, PagedTableModel
from desktop.tickets import labels
from shared_schemas.tickets import TicketListItem

CHIP_ROLE = Qt.ItemDataRole.UserRole + 2  # "open", "high"… for the status and priority columns
OVERDUE_ROLE = Qt.ItemDataRole.UserRole + 3  # True when the GTR deadline has passed
CHIP_COLUMNS = ("status", "priority")
TICKING_COLUMNS = ("due", "last_activity")
STAFF_COLUMNS = ("reference", "subject", "customer", "priority", "status", "assignee", "due", "last_activity")
CLIENT_COLUMNS = ("reference", "subject", "priority", "status", "requester", "last_activity")

Index = QModelIndex | QPersistentModelIndex


def _columns() -> dict[str, Column]:
    return {
        "reference": Column(
            "reference", QCoreApplication.translate("TicketTableModel", "Référence"), lambda t: t.reference
        ),
        "subject": Column(
            "subject",
            QCoreApplication.translate("TicketTableModel", "Sujet"),
            lambda t: t.subject,
            tooltip=lambda t: t.subject,
        ),
        "customer": Column(
            "customer", QCoreApplication.translate("TicketTableModel", "Client"), lambda t: t.customer.name
        ),
        "priority": Column(
            "priority",
            QCoreApplication.translate("TicketTableModel", "Priorité"),
            lambda t: labels.priority_label(t.priority),
        ),
        "status": Column(
            "status", QCoreApplication.translate("TicketTableModel", "Statut"), lambda t: labels.status_label(t.status)
        ),
        "assignee": Column(
            "assignee",
            QCoreApplication.translate("TicketTableModel", "Assigné à"),
            lambda t: (
                t.assignee.full_name if t.assignee else QCoreApplication.translate("TicketTableModel", "Non assigné")
            ),
        ),
        "requester": Column(
            "requester", QCoreApplication.translate("TicketTableModel", "Demandeur"), lambda t: t.requester.full_name
        ),
        "due": Column(
            "due",
            QCoreApplication.translate("TicketTableModel", "Échéance"),
            lambda t: labels.due_countdown(t.due_at, t.status),
            tooltip=lambda t: labels.full_datetime(t.due_at),
        ),
        "last_activity": Column(
            "last_activity",
            QCoreApplication.translate("TicketTableModel", "Dernière activité"),
            lambda t: labels.relative_time(t.last_activity_at),
            tooltip=lambda t: labels.full_datetime(t.last_activity_at),
        ),
    }


class TicketTableModel(PagedTableModel):
    def __init__(self, *, staff: bool, parent=None) -> None:
        available = _columns()
        keys = STAFF_COLUMNS if staff else CLIENT_COLUMNS
        super().__init__([available[key] for key in keys], parent=parent)
        self._keys = keys
        self._clock = QTimer(self)
        self._clock.setInterval(60_000)
        self._clock.timeout.connect(self._tick)
        self._clock.start()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role in (CHIP_ROLE, OVERDUE_ROLE) and index.isValid():
            item: TicketListItem | None = self.row_at(index.row())
            key = self.column_key(index.column()) if 0 <= index.column() < len(self._keys) else ""
            if item is None:
                return None
            if role == CHIP_ROLE and key in CHIP_COLUMNS:
                return str(getattr(item, key))
            if role == OVERDUE_ROLE and key == "due":
                return labels.is_overdue(item.due_at, item.status)
            return None
        return super().data(index, role)

    def ticket_at(self, row: int) -> TicketListItem | None:
        return self.row_at(row)

    def row_of_ticket(self, ticket_id: int) -> int:
        return self.row_of(lambda item: item.id == ticket_id)

    def update_ticket(self, item: TicketListItem) -> None:
        """Redraws the row of a ticket that changed (nothing if it is not listed)."""
        row = self.row_of_ticket(item.id)
        if row >= 0:
            self.replace_row(row, item)

    def column_of(self, key: str) -> int:
        return self._keys.index(key) if key in self._keys else -1

    def _tick(self) -> None:
        if not self.rowCount():
            return
        for key in TICKING_COLUMNS:
            column = self.column_of(key)
            if column >= 0:
                self.dataChanged.emit(self.index(0, column), self.index(self.rowCount() - 1, column))
