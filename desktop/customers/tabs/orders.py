"""« Commandes »: the customer's orders (reference, date, status chip, total), newest first;
the selected order's lines below it, and « Nouveau ticket sur cette commande »."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.admin.common.list_panel import ListPanel
from desktop.customers import operations
from desktop.customers.delegates import OrderStatusDelegate
from desktop.customers.table_models import OrderLineTableModel, OrderTableModel
from desktop.customers.tabs.base import RecordTab
from desktop.tickets.prefill import TicketPrefill
from desktop.tickets.widgets import label
from shared_schemas.crm import CustomerOut, OrderOut


class OrdersTab(RecordTab):
    def __init__(self, ctx, store, actions, parent=None) -> None:
        super().__init__(ctx, store, actions, parent)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.setChildrenCollapsible(False)
        self.model = OrderTableModel(parent=self)
        self.list = ListPanel(
            self.model,
            accessible_name=self.tr("Commandes du client"),
            empty_text=self.tr("Aucune commande pour ce client."),
            stretch_column=0,
            parent=splitter,
        )
        status_column = next(c for c in range(self.model.columnCount()) if self.model.column_key(c) == "status")
        self.list.table.setItemDelegate(OrderStatusDelegate(lambda: ctx.palette, {status_column: "status"}, self))
        splitter.addWidget(self.list)
        splitter.addWidget(self._build_lines(splitter))
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        self.body.addWidget(splitter, 1)
        self.add_message_line()
        self.activity.watch(lambda: self.model.is_loading)
        self.model.load_failed.connect(self.show_error)
        self.list.selection_changed.connect(self._selected)
        self._selected(None)

    def _build_lines(self, parent: QWidget) -> QWidget:
        panel = QWidget(parent)
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(0, 8, 0, 0)
        row = QHBoxLayout()
        self.lines_title = label(role="heading", parent=panel)  # holds the order's reference
        row.addWidget(self.lines_title, 1)
        self.new_ticket_button = QPushButton(self.tr("Nouveau ticket sur cette &commande"), panel)
        self.new_ticket_button.setAccessibleName(self.tr("Nouveau ticket sur cette commande"))
        self.new_ticket_button.clicked.connect(self.new_ticket)
        row.addWidget(self.new_ticket_button)
        layout.addLayout(row)
        self.lines_model = OrderLineTableModel(self)
        self.lines = QTableView(panel)
        self.lines.setModel(self.lines_model)
        self.lines.setAccessibleName(self.tr("Lignes de la commande"))
        self.lines.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.lines.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.lines.setAlternatingRowColors(True)
        self.lines.setTabKeyNavigation(False)
        self.lines.verticalHeader().hide()
        self.lines.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.lines_placeholder = label(role="empty", parent=panel)
        self.lines_placeholder.setWordWrap(True)
        self.lines_placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.lines_stack = QStackedWidget(panel)
        self.lines_stack.addWidget(self.lines)
        self.lines_stack.addWidget(self.lines_placeholder)
        layout.addWidget(self.lines_stack, 1)
        return panel

    def load(self, customer: CustomerOut) -> None:
        self.model.set_fetcher(lambda cursor: operations.order_page(self.ctx, customer.id, cursor))
        self.model.reload()

    def selected_order(self) -> OrderOut | None:
        return self.list.selected_item()

    def _selected(self, order: OrderOut | None) -> None:
        self.lines_model.set_order(order)
        self.new_ticket_button.setEnabled(order is not None)
        if order is None:
            self.lines_title.setText(self.tr("Lignes de la commande"))
            self._show_lines_state(self.tr("Sélectionnez une commande pour voir ses lignes."))
            return
        self.lines_title.setText(self.tr("Lignes de la commande {reference}").format(reference=order.reference))
        if order.lines:
            self.lines_stack.setCurrentWidget(self.lines)
            for column in (0, 1, 3, 4):
                self.lines.resizeColumnToContents(column)
        else:
            self._show_lines_state(self.tr("Cette commande n'a aucune ligne."))

    def _show_lines_state(self, text: str) -> None:
        self.lines_placeholder.setText(text)
        self.lines_placeholder.setAccessibleName(text)
        self.lines_stack.setCurrentWidget(self.lines_placeholder)

    def new_ticket(self) -> None:
        order = self.selected_order()
        if order is not None and self.customer is not None:
            self.actions.new_ticket_requested.emit(TicketPrefill(customer=self.customer, order=order))
