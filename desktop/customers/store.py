"""CustomerStore: what the Clients section knows beyond its lists — the customer shown, the client
logins of its contacts — and the signals that tell the list row, the record header and the tabs
what changed. Only operations (desktop/customers/operations.py) call its `apply_*` / `set_*`."""

from PySide6.QtCore import QObject, Signal

from shared_schemas.accounts import UserOut
from shared_schemas.crm import ContactOut, CustomerOut


class CustomerStore(QObject):
    customer_changed = Signal(object)  # CustomerOut: read again or saved; redraw it wherever it is shown
    contact_changed = Signal(object)  # ContactOut: its row redraws (e.g. it now has a login)
    accounts_changed = Signal(int)  # customer id: its client logins were read again

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.accounts: dict[int, dict[int, UserOut]] = {}  # customer id → user id → login

    def apply_customer(self, customer: CustomerOut) -> None:
        self.customer_changed.emit(customer)

    def apply_contact(self, contact: ContactOut) -> None:
        self.contact_changed.emit(contact)

    def set_accounts(self, customer_id: int, accounts: list[UserOut]) -> None:
        self.accounts[customer_id] = {account.id: account for account in accounts}
        self.accounts_changed.emit(customer_id)

    def apply_account(self, customer_id: int, account: UserOut) -> None:
        self.accounts.setdefault(customer_id, {})[account.id] = account
        self.accounts_changed.emit(customer_id)

    def account(self, customer_id: int, user_id: int | None) -> UserOut | None:
        if user_id is None:
            return None
        return self.accounts.get(customer_id, {}).get(user_id)
