"""The customer list of the Clients section: search by name or CRM identifier (the server
searches), active / inactive / all, pages loaded as the list scrolls. Selecting a row shows that
customer's record."""

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from desktop.admin.common.list_panel import ListPanel
from desktop.context import AppContext
from desktop.customers import operations
from desktop.customers.store import CustomerStore
from desktop.customers.table_models import CustomerListModel
from shared_schemas.crm import CustomerOut

SEARCH_DELAY_MS = 300


class CustomerListPane(QWidget):
    customer_selected = Signal(object)  # CustomerOut | None
    load_failed = Signal(object)

    def __init__(self, ctx: AppContext, store: CustomerStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        filters = QHBoxLayout()
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Nom ou identifiant CRM…"))
        self.search.setAccessibleName(self.tr("Rechercher un client"))
        self.search.setClearButtonEnabled(True)
        filters.addWidget(self.search, 3)
        self.status_filter = QComboBox(self)
        self.status_filter.setAccessibleName(self.tr("Filtrer les clients par statut"))
        self.status_filter.addItem(self.tr("Actifs"), True)
        self.status_filter.addItem(self.tr("Inactifs"), False)
        self.status_filter.addItem(self.tr("Tous"), None)
        filters.addWidget(self.status_filter, 2)
        layout.addLayout(filters)
        self.model = CustomerListModel(parent=self)
        self.list = ListPanel(
            self.model,
            accessible_name=self.tr("Liste des clients"),
            empty_text="",
            stretch_column=0,
            parent=self,
        )
        layout.addWidget(self.list, 1)
        self.setFocusProxy(self.search)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DELAY_MS)
        self._debounce.timeout.connect(self.apply_filters)
        self.search.textChanged.connect(lambda _text: self._debounce.start())
        self.search.returnPressed.connect(self.apply_filters)
        self.status_filter.currentIndexChanged.connect(lambda _index: self.apply_filters())
        self.list.selection_changed.connect(self.customer_selected)
        self.model.load_failed.connect(self.load_failed)
        store.customer_changed.connect(self._customer_changed)
        self.apply_filters()

    @property
    def busy(self) -> bool:
        return self._debounce.isActive() or self.model.is_loading

    def apply_filters(self) -> None:
        self._debounce.stop()
        text, is_active = self.search.text(), self.status_filter.currentData()
        if text.strip():
            empty = self.tr("Aucun client ne correspond à cette recherche. Essayez une partie du nom.")
        elif is_active is False:
            empty = self.tr("Aucun client inactif.")
        else:
            empty = self.tr("Aucun client pour le moment.")
        self.list.set_empty_text(empty)
        self.model.set_fetcher(
            lambda cursor: operations.customer_page(self.ctx, q=text, is_active=is_active, cursor=cursor)
        )
        self.model.reload()

    def select_customer(self, customer_id: int) -> bool:
        """Selects the customer's row when it is listed; says whether it was."""
        if self.list.selected_item() is not None and self.list.selected_item().id == customer_id:
            return True
        return self.list.select_where(lambda customer: customer.id == customer_id)

    def _customer_changed(self, customer: CustomerOut) -> None:
        row = self.model.row_of(lambda item: item.id == customer.id)
        if row >= 0:
            self.model.replace_row(row, customer)
