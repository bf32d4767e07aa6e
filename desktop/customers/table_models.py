"""The tables of the Clients section: customers, and on the record a customer's contacts, orders,
an order's lines, delivered products and tickets. Lists come page by page from the server
(PagedTableModel); an order's lines come with the order. Chips carry their raw value in
CHIP_ROLE for the chip delegate."""

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from desktop.admin.common.formatting import format_money
from desktop.common.paged_table_model import Column, PagedTableModel, PageFetcher
from desktop.customers import labels
from desktop.customers.store import CustomerStore
from desktop.tickets import labels as ticket_labels
from desktop.tickets.table_model import CHIP_ROLE
from shared_schemas.crm import ContactOut, OrderLineOut, OrderOut

Index = QModelIndex | QPersistentModelIndex
translate = QCoreApplication.translate


def _active(is_active: bool) -> str:
    return translate("CustomerTables", "Actif") if is_active else translate("CustomerTables", "Inactif")


class CustomerListModel(PagedTableModel):
    def __init__(self, fetch_page: PageFetcher | None = None, parent=None) -> None:
        super().__init__(
            [
                Column("name", translate("CustomerTables", "Raison sociale"), lambda c: c.name),
                Column("external_id", translate("CustomerTables", "Identifiant CRM"), lambda c: c.external_id),
                Column("city", translate("CustomerTables", "Ville"), lambda c: c.city or "—"),
                Column("is_active", translate("CustomerTables", "Statut"), lambda c: _active(c.is_active)),
            ],
            fetch_page,
            parent,
        )


class ContactTableModel(PagedTableModel):
    """Inactive contacts are shown greyed (disabled items): they cannot be invited."""

    def __init__(self, store: CustomerStore, fetch_page: PageFetcher | None = None, parent=None) -> None:
        self._store = store
        super().__init__(
            [
                Column("name", translate("CustomerTables", "Nom"), labels.contact_name),
                Column("job_title", translate("CustomerTables", "Fonction"), lambda c: c.job_title or "—"),
                Column("email", translate("CustomerTables", "E-mail"), lambda c: c.email or "—"),
                Column("phone", translate("CustomerTables", "Téléphone"), lambda c: c.phone or "—"),
                Column("login", translate("CustomerTables", "Accès client"), self._login),
            ],
            fetch_page,
            parent,
        )
        store.contact_changed.connect(self._contact_changed)
        store.accounts_changed.connect(self._accounts_changed)

    def _login(self, contact: ContactOut) -> str:
        if not contact.is_active:
            return translate("CustomerTables", "Interlocuteur inactif")
        return labels.login_label(contact, self._store.account(contact.customer, contact.user))

    def flags(self, index: Index) -> Qt.ItemFlag:
        contact = self.row_at(index.row()) if index.isValid() else None
        if contact is not None and not contact.is_active:
            return Qt.ItemFlag.NoItemFlags
        return super().flags(index)

    def _contact_changed(self, contact: ContactOut) -> None:
        row = self.row_of(lambda item: item.id == contact.id)
        if row >= 0:
            self.replace_row(row, contact)

    def _accounts_changed(self, customer_id: int) -> None:
        rows = [row for row, contact in enumerate(self.rows()) if contact.customer == customer_id]
        if rows:
            column = self.column_of("login")
            self.dataChanged.emit(self.index(rows[0], column), self.index(rows[-1], column))

    def column_of(self, key: str) -> int:
        return next(c for c in range(self.columnCount()) if self.column_key(c) == key)


class OrderTableModel(PagedTableModel):
    def __init__(self, fetch_page: PageFetcher | None = None, parent=None) -> None:
        super().__init__(
            [
                Column("reference", translate("CustomerTables", "Référence"), lambda o: o.reference),
                Column("ordered_at", translate("CustomerTables", "Date"), lambda o: labels.short_date(o.ordered_at)),
                Column("status", translate("CustomerTables", "Statut"), lambda o: labels.order_status_label(o.status)),
                Column("total", translate("CustomerTables", "Total"), lambda o: format_money(o.total_amount)),
            ],
            fetch_page,
            parent,
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == CHIP_ROLE:
            order: OrderOut | None = self.row_at(index.row()) if index.isValid() else None
            return str(order.status) if order is not None and self.column_key(index.column()) == "status" else None
        if role == Qt.ItemDataRole.TextAlignmentRole and index.isValid() and self.column_key(index.column()) == "total":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return super().data(index, role)


class OrderLineTableModel(QAbstractTableModel):
    """The lines of one order, in their order on the order form."""

    COLUMNS = ("position", "product", "label", "quantity", "unit_price")

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._lines: list[OrderLineOut] = []
        self._titles = {
            "position": translate("CustomerTables", "N°"),
            "product": translate("CustomerTables", "Article"),
            "label": translate("CustomerTables", "Libellé"),
            "quantity": translate("CustomerTables", "Quantité"),
            "unit_price": translate("CustomerTables", "Prix unitaire"),
        }

    def set_order(self, order: OrderOut | None) -> None:
        self.beginResetModel()
        self._lines = sorted(order.lines, key=lambda line: (line.position, line.id)) if order else []
        self.endResetModel()

    def lines(self) -> list[OrderLineOut]:
        return list(self._lines)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.COLUMNS)

    def _text(self, line: OrderLineOut, key: str) -> str:
        if key == "position":
            return str(line.position)
        if key == "product":
            return f"{line.product.sku} — {line.product.name}" if line.product else "—"
        if key == "label":
            return line.label
        if key == "quantity":
            return labels.quantity(line.quantity)
        return format_money(line.unit_price)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._lines)):
            return None
        key = self.COLUMNS[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(self._lines[index.row()], key)
        if role == Qt.ItemDataRole.TextAlignmentRole and key in ("position", "quantity", "unit_price"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._titles[self.COLUMNS[section]] if 0 <= section < len(self.COLUMNS) else None
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class DeliveredProductTableModel(PagedTableModel):
    def __init__(self, fetch_page: PageFetcher | None = None, parent=None) -> None:
        super().__init__(
            [
                Column("product", translate("CustomerTables", "Produit"), lambda d: d.product.name),
                Column("serial_number", translate("CustomerTables", "N° de série"), lambda d: d.serial_number),
                Column(
                    "delivered_at",
                    translate("CustomerTables", "Livré le"),
                    lambda d: labels.short_date(d.delivered_at),
                ),
                Column(
                    "order", translate("CustomerTables", "Commande"), lambda d: d.order.reference if d.order else "—"
                ),
            ],
            fetch_page,
            parent,
        )


class CustomerTicketTableModel(PagedTableModel):
    """A customer's tickets: reference, subject, status and priority chips, last activity."""

    CHIP_COLUMNS = ("status", "priority")

    def __init__(self, fetch_page: PageFetcher | None = None, parent=None) -> None:
        super().__init__(
            [
                Column("reference", translate("CustomerTables", "Référence"), lambda t: t.reference),
                Column(
                    "subject", translate("CustomerTables", "Sujet"), lambda t: t.subject, tooltip=lambda t: t.subject
                ),
                Column("status", translate("CustomerTables", "Statut"), lambda t: ticket_labels.status_label(t.status)),
                Column(
                    "priority",
                    translate("CustomerTables", "Priorité"),
                    lambda t: ticket_labels.priority_label(t.priority),
                ),
                Column(
                    "last_activity",
                    translate("CustomerTables", "Dernière activité"),
                    lambda t: ticket_labels.relative_time(t.last_activity_at),
                    tooltip=lambda t: ticket_labels.full_datetime(t.last_activity_at),
                ),
            ],
            fetch_page,
            parent,
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == CHIP_ROLE:
            ticket = self.row_at(index.row()) if index.isValid() else None
            key = self.column_key(index.column()) if ticket is not None else ""
            return str(getattr(ticket, key)) if key in self.CHIP_COLUMNS else None
        return super().data(index, role)
