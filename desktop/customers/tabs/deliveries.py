"""« Produits livrés »: what the customer received — product, serial number, delivery date and
order — and « Nouveau ticket sur ce produit »."""

from PySide6.QtWidgets import QHBoxLayout, QPushButton

from desktop.admin.common.list_panel import ListPanel
from desktop.customers import operations
from desktop.customers.table_models import DeliveredProductTableModel
from desktop.customers.tabs.base import RecordTab
from desktop.tickets.prefill import TicketPrefill
from shared_schemas.crm import CustomerOut, DeliveredProductOut


class DeliveriesTab(RecordTab):
    def __init__(self, ctx, store, actions, parent=None) -> None:
        super().__init__(ctx, store, actions, parent)
        self.model = DeliveredProductTableModel(parent=self)
        self.list = ListPanel(
            self.model,
            accessible_name=self.tr("Produits livrés au client"),
            empty_text=self.tr("Aucun produit livré à ce client."),
            stretch_column=0,
            parent=self,
        )
        self.body.addWidget(self.list, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        self.new_ticket_button = QPushButton(self.tr("Nouveau ticket sur ce &produit"), self)
        self.new_ticket_button.setAccessibleName(self.tr("Nouveau ticket sur ce produit"))
        self.new_ticket_button.clicked.connect(self.new_ticket)
        row.addWidget(self.new_ticket_button)
        self.body.addLayout(row)
        self.add_message_line()
        self.activity.watch(lambda: self.model.is_loading)
        self.model.load_failed.connect(self.show_error)
        self.list.selection_changed.connect(lambda item: self.new_ticket_button.setEnabled(item is not None))
        self.new_ticket_button.setEnabled(False)

    def load(self, customer: CustomerOut) -> None:
        self.model.set_fetcher(lambda cursor: operations.delivered_product_page(self.ctx, customer.id, cursor))
        self.model.reload()

    def selected_product(self) -> DeliveredProductOut | None:
        return self.list.selected_item()

    def new_ticket(self) -> None:
        product = self.selected_product()
        if product is not None and self.customer is not None:
            self.actions.new_ticket_requested.emit(TicketPrefill(customer=self.customer, delivered_product=product))
