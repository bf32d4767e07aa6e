"""« Tickets »: the customer's tickets — Ouverts, Clôturés or Tous — with reference, subject,
status, priority and last activity. Activating one (Enter, double-click or « Ouvrir le ticket »)
shows it in the Tickets section."""

from PySide6.QtWidgets import QHBoxLayout, QPushButton, QTabBar

from desktop.admin.common.list_panel import ListPanel
from desktop.customers import operations
from desktop.customers.delegates import ChipDelegate
from desktop.customers.table_models import CustomerTicketTableModel
from desktop.customers.tabs.base import RecordTab
from shared_schemas.crm import CustomerOut
from shared_schemas.enums import TicketQueue
from shared_schemas.tickets import TicketListItem


class TicketsTab(RecordTab):
    QUEUES = (TicketQueue.OPEN, TicketQueue.CLOSED, TicketQueue.ALL)

    def __init__(self, ctx, store, actions, parent=None) -> None:
        super().__init__(ctx, store, actions, parent)
        row = QHBoxLayout()
        self.queues = QTabBar(self)
        self.queues.setAccessibleName(self.tr("Tickets à afficher"))
        self.queues.setDrawBase(False)
        self.queues.setExpanding(False)
        for title in (self.tr("Ouverts"), self.tr("Clôturés"), self.tr("Tous")):
            self.queues.addTab(title)
        self.queues.currentChanged.connect(lambda _index: self.reload())
        row.addWidget(self.queues)
        row.addStretch(1)
        self.open_button = QPushButton(self.tr("&Ouvrir le ticket"), self)
        self.open_button.setAccessibleName(self.tr("Ouvrir le ticket sélectionné"))
        self.open_button.clicked.connect(self.open_selected)
        row.addWidget(self.open_button)
        self.body.addLayout(row)
        self.model = CustomerTicketTableModel(parent=self)
        self.list = ListPanel(
            self.model,
            accessible_name=self.tr("Tickets du client"),
            empty_text="",
            stretch_column=1,
            parent=self,
        )
        kinds = {c: self.model.column_key(c) for c in range(self.model.columnCount())}
        chips = {column: kind for column, kind in kinds.items() if kind in CustomerTicketTableModel.CHIP_COLUMNS}
        self.list.table.setItemDelegate(ChipDelegate(lambda: ctx.palette, chips, self))
        self.body.addWidget(self.list, 1)
        self.add_message_line()
        self.activity.watch(lambda: self.model.is_loading)
        self.model.load_failed.connect(self.show_error)
        self.list.selection_changed.connect(lambda item: self.open_button.setEnabled(item is not None))
        self.list.activated.connect(self._open)
        self.open_button.setEnabled(False)

    @property
    def queue(self) -> TicketQueue:
        return self.QUEUES[self.queues.currentIndex()]

    def choose_queue(self, queue: TicketQueue) -> None:
        self.queues.setCurrentIndex(self.QUEUES.index(queue))

    def load(self, customer: CustomerOut) -> None:
        queue = self.queue
        empty = {
            TicketQueue.OPEN: self.tr("Aucun ticket ouvert pour ce client. « Nouveau ticket » en crée un."),
            TicketQueue.CLOSED: self.tr("Aucun ticket clôturé pour ce client."),
            TicketQueue.ALL: self.tr("Aucun ticket pour ce client. « Nouveau ticket » en crée un."),
        }
        self.list.set_empty_text(empty[queue])
        self.model.set_fetcher(lambda cursor: operations.ticket_page(self.ctx, customer.id, queue, cursor))
        self.model.reload()

    def open_selected(self) -> None:
        ticket = self.list.selected_item()
        if ticket is not None:
            self._open(ticket)

    def _open(self, ticket: TicketListItem) -> None:
        self.actions.ticket_requested.emit(ticket.id)
