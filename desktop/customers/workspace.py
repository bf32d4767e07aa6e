"""The Clients section (staff holding customers.view): the customer list on the left, the selected
customer's record on the right — a placeholder until one is chosen, « Chargement… » while a
customer opened from elsewhere (a ticket's header) is read, an inline error with a retry.

`open_customer(id)` is the one way in from other screens; `new_ticket_requested` and
`ticket_requested` go out to the shell, which owns the Tickets section."""

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QPushButton, QSplitter, QStackedWidget, QVBoxLayout, QWidget

from desktop.admin.common.activity import Activity
from desktop.api.errors import SessionExpired
from desktop.context import AppContext
from desktop.customers import operations
from desktop.customers.list_pane import CustomerListPane
from desktop.customers.record import CustomerRecord
from desktop.customers.store import CustomerStore
from desktop.i18n.errors import error_message
from desktop.tickets.widgets import escalate, label
from shared_schemas.crm import CustomerOut

LAYOUT_KEY = "customers/splitter"


class CustomersWorkspace(QWidget):
    new_ticket_requested = Signal(object)  # TicketPrefill
    ticket_requested = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("page")
        self.setAccessibleName(self.tr("Clients"))
        self.store = CustomerStore(self)
        self.activity = Activity(self._open_failed)
        self._wanted: int | None = None

        self.list = CustomerListPane(ctx, self.store, self)
        self.record = CustomerRecord(ctx, self.store, self)
        self.placeholder = label(
            self.tr("Sélectionnez un client dans la liste pour afficher sa fiche."), role="empty", parent=self
        )
        self.placeholder.setWordWrap(True)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.loading = label(self.tr("Chargement de la fiche client…"), role="empty", parent=self)
        self.loading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.failed = QWidget(self)
        failed_layout = QVBoxLayout(self.failed)
        failed_layout.addStretch(1)
        self.failure = label(role="error", parent=self.failed)
        self.failure.setWordWrap(True)
        self.failure.setAlignment(Qt.AlignmentFlag.AlignCenter)
        retry = QPushButton(self.tr("Réessayer"), self.failed)
        retry.setAccessibleName(self.tr("Réessayer d'ouvrir la fiche client"))
        retry.clicked.connect(self._retry)
        failed_layout.addWidget(self.failure)
        failed_layout.addWidget(retry, 0, Qt.AlignmentFlag.AlignHCenter)
        failed_layout.addStretch(1)
        self.pages = QStackedWidget(self)
        for page in (self.placeholder, self.loading, self.failed, self.record):
            self.pages.addWidget(page)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setHandleWidth(1)
        self.splitter.addWidget(self.list)
        self.splitter.addWidget(self.pages)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 5)
        state = ctx.settings.layout_state(LAYOUT_KEY)
        if state is None or not self.splitter.restoreState(state):
            self.splitter.setSizes([380, 900])
        self._save_splitter = QTimer(self)
        self._save_splitter.setSingleShot(True)
        self._save_splitter.setInterval(400)
        self._save_splitter.timeout.connect(self.save_layout)
        self.splitter.splitterMoved.connect(lambda *_: self._save_splitter.start())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)
        self.setFocusProxy(self.list)

        self.list.customer_selected.connect(self._selected)
        self.list.model.loaded.connect(self._listed)
        self.list.load_failed.connect(self._list_failed)
        self.record.new_ticket_requested.connect(self.new_ticket_requested)
        self.record.ticket_requested.connect(self.ticket_requested)
        self.activity.watch(lambda: self.list.busy)

    @property
    def customer(self) -> CustomerOut | None:
        return self.record.customer if self.pages.currentWidget() is self.record else None

    def open_customer(self, customer_id: int) -> None:
        """Shows this customer's record (read from the server), and selects its row if listed."""
        self._wanted = customer_id
        if not self.list.select_customer(customer_id):
            self.pages.setCurrentWidget(self.loading)
        self.activity.run(self._open(customer_id))

    async def _open(self, customer_id: int) -> None:
        customer = await operations.customer_get(self.ctx, self.store, customer_id)
        if self._wanted == customer_id:
            self._show(customer)

    def _selected(self, customer: CustomerOut | None) -> None:
        if customer is not None and customer.id != getattr(self.customer, "id", None):
            self._wanted = customer.id
            self._show(customer)

    def _listed(self) -> None:
        """A record opened from elsewhere (a ticket's header) before its row was listed: its row is
        selected once a page brings it, unless the user has chosen another one meanwhile."""
        if self._wanted is not None and self.list.list.selected_item() is None:
            self.list.select_customer(self._wanted)

    def _show(self, customer: CustomerOut) -> None:
        self.record.show_customer(customer)
        self.pages.setCurrentWidget(self.record)

    def _retry(self) -> None:
        if self._wanted is not None:
            self.open_customer(self._wanted)

    def _open_failed(self, error: BaseException) -> None:
        if isinstance(error, SessionExpired):
            escalate(error)
            return
        self.failure.setText(error_message(error))
        self.pages.setCurrentWidget(self.failed)

    def _list_failed(self, error: BaseException) -> None:
        if isinstance(error, SessionExpired):
            escalate(error)

    def save_layout(self) -> None:
        self.ctx.settings.set_layout_state(LAYOUT_KEY, self.splitter.saveState())

    def hideEvent(self, event) -> None:  # noqa: N802
        self.save_layout()
        super().hideEvent(event)

    async def idle(self) -> None:
        """Returns once the list and the record have settled (tests, screenshots)."""
        await self.activity.idle()
        await self.record.idle()
