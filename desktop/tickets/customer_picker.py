"""Choosing a customer company (staff): type part of its name, the server searches
(GET customers?q=…), pick one in the suggestions. Clearing the field means "no customer"."""

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from desktop.context import AppContext
from desktop.tickets import operations
from desktop.tickets.widgets import run
from shared_schemas.crm import CustomerOut

CUSTOMER_ROLE = Qt.ItemDataRole.UserRole + 1
SEARCH_DELAY_MS = 250


class CustomerPicker(QLineEdit):
    customer_changed = Signal(object)  # CustomerOut | None
    search_failed = Signal(object)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.customer: CustomerOut | None = None
        self.task = None
        self.setPlaceholderText(self.tr("Rechercher un client…"))
        self.setAccessibleName(self.tr("Client"))
        self.setClearButtonEnabled(True)
        self.suggestions = QStandardItemModel(self)
        self._completer = QCompleter(self.suggestions, self)
        self._completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self._completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._completer.activated[QModelIndex].connect(self._picked)
        self.setCompleter(self._completer)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DELAY_MS)
        self._debounce.timeout.connect(self.search)
        self.textEdited.connect(self._edited)

    def _edited(self, text: str) -> None:
        if not text.strip():
            self.set_customer(None)
        self._debounce.start()

    def search(self) -> None:
        text = self.text().strip()
        self.task = run(
            operations.search_customers(self._ctx, text),
            on_error=self.search_failed.emit,
            on_done=lambda customers: self._show(text, customers),
        )

    def _show(self, text: str, customers: list[CustomerOut]) -> None:
        if text != self.text().strip():
            return  # the user typed on: a newer search follows
        self.suggestions.clear()
        for customer in customers:
            item = QStandardItem(customer.name)
            item.setData(customer, CUSTOMER_ROLE)
            self.suggestions.appendRow(item)
        if self.hasFocus() and customers:
            self._completer.complete()

    def _picked(self, index: QModelIndex) -> None:
        customer = index.data(CUSTOMER_ROLE)
        if customer is not None:
            self.set_customer(customer)

    def choose(self, row: int) -> None:
        """Picks the suggestion at `row` (what a click in the list does)."""
        item = self.suggestions.item(row)
        if item is not None:
            self.set_customer(item.data(CUSTOMER_ROLE))

    def set_customer(self, customer: CustomerOut | None) -> None:
        changed = (customer.id if customer else None) != (self.customer.id if self.customer else None)
        self.customer = customer
        if customer is not None:
            self.setText(customer.name)
        if changed:
            self.customer_changed.emit(customer)
