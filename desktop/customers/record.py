"""The customer record: its header and the tabs of RECORD_TABS. It follows the store, so a
customer read again or saved (its notes) redraws here; what the tabs ask for (« Nouveau ticket »,
open a ticket) goes out through `new_ticket_requested` and `ticket_requested`."""

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from desktop.context import AppContext
from desktop.customers.record_header import CustomerRecordHeader
from desktop.customers.store import CustomerStore
from desktop.customers.tabs import RECORD_TABS
from desktop.customers.tabs.base import RecordActions, RecordTab
from desktop.tickets.prefill import TicketPrefill
from shared_schemas.crm import CustomerOut


class CustomerRecord(QWidget):
    new_ticket_requested = Signal(object)  # TicketPrefill
    ticket_requested = Signal(int)

    def __init__(self, ctx: AppContext, store: CustomerStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.customer: CustomerOut | None = None
        self.setAccessibleName(self.tr("Fiche client"))
        self.actions = RecordActions(self)
        self.actions.new_ticket_requested.connect(self.new_ticket_requested)
        self.actions.ticket_requested.connect(self.ticket_requested)
        self.header = CustomerRecordHeader(self)
        self.header.new_ticket_requested.connect(self._new_ticket)
        self.tab_widget = QTabWidget(self)
        self.tab_widget.setAccessibleName(self.tr("Rubriques de la fiche client"))
        self.tab_widget.setDocumentMode(True)
        self.tabs: dict[str, RecordTab] = {}
        for spec in RECORD_TABS:
            tab = spec.tab(ctx, store, self.actions, self.tab_widget)
            title = QCoreApplication.translate("CustomerRecord", spec.title)
            tab.setAccessibleName(title)
            self.tab_widget.addTab(tab, title)
            self.tabs[spec.key] = tab
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.header)
        layout.addWidget(self.tab_widget, 1)
        store.customer_changed.connect(self._customer_changed)

    def show_customer(self, customer: CustomerOut) -> None:
        self.customer = customer
        self.header.set_customer(customer)
        for tab in self.tabs.values():
            tab.show_customer(customer)

    def show_tab(self, key: str) -> RecordTab:
        tab = self.tabs[key]
        self.tab_widget.setCurrentWidget(tab)
        return tab

    def _customer_changed(self, customer: CustomerOut) -> None:
        if self.customer is not None and customer.id == self.customer.id:
            self.show_customer(customer)

    def _new_ticket(self) -> None:
        if self.customer is not None:
            self.new_ticket_requested.emit(TicketPrefill(customer=self.customer))

    async def idle(self) -> None:
        """Returns once every tab has settled (tests, screenshots)."""
        for tab in self.tabs.values():
            await tab.idle()
