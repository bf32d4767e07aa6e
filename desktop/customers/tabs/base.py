"""What every tab of the customer record shares: the context, the store, the record's actions
(« Nouveau ticket », open a ticket) and loading only when shown — a tab the user never opens
never asks the server."""

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from desktop.admin.common.activity import Activity
from desktop.api.errors import SessionExpired
from desktop.context import AppContext
from desktop.customers.store import CustomerStore
from desktop.i18n.errors import error_message
from desktop.tickets.widgets import escalate, label, set_role
from shared_schemas.crm import CustomerOut


class RecordActions(QObject):
    """What a tab asks of the screen around the record."""

    new_ticket_requested = Signal(object)  # TicketPrefill
    ticket_requested = Signal(int)  # open this ticket in the Tickets section


class RecordTab(QWidget):
    def __init__(self, ctx: AppContext, store: CustomerStore, actions: RecordActions, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.store = store
        self.actions = actions
        self.customer: CustomerOut | None = None
        self._stale = False
        self.activity = Activity(self.show_error)
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(12, 12, 12, 12)
        self.message = label(role="error", parent=self)
        self.message.setWordWrap(True)
        self.message.hide()

    def add_message_line(self) -> QLabel:
        """Where this tab's errors and confirmations show, in French."""
        self.body.addWidget(self.message)
        return self.message

    # --- the customer shown ----------------------------------------------------------------
    def show_customer(self, customer: CustomerOut) -> None:
        """Another customer: loads now if the tab is shown, else when it is. The same customer,
        read again: only what depends on its own fields is redrawn."""
        same = self.customer is not None and self.customer.id == customer.id
        self.customer = customer
        if same:
            self.customer_updated(customer)
            return
        self.clear_message()
        self._stale = True
        if self.isVisible():
            self._load()

    def reload(self) -> None:
        if self.customer is not None:
            self._stale = True
            if self.isVisible():
                self._load()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        if self._stale:
            self._load()

    def _load(self) -> None:
        self._stale = False
        if self.customer is not None:
            self.load(self.customer)

    def load(self, customer: CustomerOut) -> None:
        raise NotImplementedError

    def customer_updated(self, customer: CustomerOut) -> None:
        """The shown customer's own fields changed (its lists did not)."""

    # --- messages --------------------------------------------------------------------------
    def show_error(self, error: BaseException | str) -> None:
        if isinstance(error, SessionExpired):
            escalate(error)  # back to the sign-in page, the record kept as it is
            return
        self._show(error if isinstance(error, str) else error_message(error), "error")

    def show_success(self, text: str) -> None:
        self._show(text, "success")

    def _show(self, text: str, role: str) -> None:
        self.message.setText(text)
        set_role(self.message, role)
        self.message.setAccessibleName(text)
        self.message.show()

    @property
    def message_text(self) -> str:
        return "" if self.message.isHidden() else self.message.text()

    def clear_message(self) -> None:
        self.message.clear()
        self.message.hide()

    async def idle(self) -> None:
        await self.activity.idle()
