"""Choosing a customer company by searching the server (name or CRM identifier), and then
optionally one of its contacts. Used by the account dialog for client roles."""

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QStandardItemModel
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from desktop.admin.common.activity import Activity
from desktop.admin.customers.operations import contact_page, customer_page
from desktop.i18n.errors import error_message
from shared_schemas.common import IdName
from shared_schemas.crm import ContactOut

SEARCH_DELAY_MS = 300
RESULTS = 20
MAX_CONTACTS = 200


class CustomerPicker(QWidget):
    customer_changed = Signal(object)  # IdName | None

    def __init__(self, ctx, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.activity = Activity(self._failed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Rechercher une société (nom ou identifiant CRM)…"))
        self.search.setAccessibleName(self.tr("Rechercher une société"))
        self.search.setClearButtonEnabled(True)
        layout.addWidget(self.search)
        self.combo = QComboBox(self)
        self.combo.setAccessibleName(self.tr("Société"))
        self.combo.setPlaceholderText(self.tr("Choisissez une société"))
        layout.addWidget(self.combo)
        self.status = QLabel(self)
        self.status.setProperty("role", "hint")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.setFocusProxy(self.search)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DELAY_MS)
        self._debounce.timeout.connect(self.refresh)
        self.activity.watch(self._debounce.isActive)
        self.search.textEdited.connect(lambda _text: self._debounce.start())
        self.search.installEventFilter(self)
        self.combo.currentIndexChanged.connect(lambda _i: self.customer_changed.emit(self.current_customer()))
        self._generation = 0

    def current_customer(self) -> IdName | None:
        data = self.combo.currentData()
        return data if isinstance(data, IdName) else None

    def set_current(self, customer: IdName | None) -> None:
        """Shows `customer` as the choice (the account's customer when editing)."""
        if customer is None:
            self.combo.setCurrentIndex(-1)
            return
        found = self._index_of(customer.id)
        if found < 0:
            self.combo.addItem(customer.name, customer)
            found = self.combo.count() - 1
        self.combo.setCurrentIndex(found)

    def refresh(self) -> None:
        self._debounce.stop()
        self._generation += 1
        self.activity.run(self._search(self._generation, self.search.text()))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        """Enter in the search box searches now, instead of validating the surrounding dialog."""
        is_enter = isinstance(event, QKeyEvent) and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if watched is self.search and event.type() == QEvent.Type.KeyPress and is_enter:
            self.refresh()
            return True
        return super().eventFilter(watched, event)

    async def _search(self, generation: int, text: str) -> None:
        self.status.setText(self.tr("Recherche…"))
        page = await customer_page(self.ctx, q=text, is_active=True, page_size=RESULTS)
        if generation != self._generation:
            return  # a newer search replaced this one
        kept = self.current_customer()
        self.combo.blockSignals(True)
        self.combo.clear()
        for customer in page.results:
            label = self.tr("{name} ({crm_id})").format(name=customer.name, crm_id=customer.external_id)
            self.combo.addItem(label, IdName(id=customer.id, name=customer.name))
        index = self._index_of(kept.id) if kept is not None else -1
        if index < 0 and len(page.results) == 1 and text.strip():
            index = 0  # the search found the one company the user means
        self.combo.setCurrentIndex(index)
        self.combo.blockSignals(False)
        chosen = self.current_customer()
        if (chosen.id if chosen else None) != (kept.id if kept else None):
            self.customer_changed.emit(chosen)
        if not page.results:
            self.status.setText(self.tr("Aucune société active ne correspond. Essayez un autre nom."))
        elif page.next_cursor:
            self.status.setText(self.tr("Seuls les premiers résultats sont listés : précisez la recherche."))
        else:
            self.status.clear()

    def _index_of(self, customer_id: int) -> int:
        for index in range(self.combo.count()):
            data = self.combo.itemData(index)
            if isinstance(data, IdName) and data.id == customer_id:
                return index
        return -1

    def _failed(self, error: BaseException) -> None:
        self.status.setText(error_message(error))

    async def idle(self) -> None:
        await self.activity.idle()


class ContactChooser(QComboBox):
    """A customer's contacts; those who already have a login cannot be chosen again."""

    load_failed = Signal(object)  # the exception

    def __init__(self, ctx, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.activity = Activity(self._failed)
        self.setAccessibleName(self.tr("Contact"))
        self._generation = 0
        self._allowed_holder: int | None = None
        self._reset_items()

    def _reset_items(self) -> None:
        self.clear()
        self.addItem(self.tr("Aucun contact"), None)

    def load(self, customer: IdName | None, *, keep: int | None = None, holder: int | None = None) -> None:
        """Lists `customer`'s contacts and selects `keep`; `holder` is the account being edited,
        whose own contact stays selectable."""
        self._generation += 1
        self._allowed_holder = holder
        self._reset_items()
        if customer is None:
            self.setEnabled(False)
            return
        self.setEnabled(True)
        self.activity.run(self._load(self._generation, customer.id, keep))

    async def _load(self, generation: int, customer_id: int, keep: int | None) -> None:
        page = await contact_page(self.ctx, customer_id, page_size=MAX_CONTACTS)
        if generation != self._generation:
            return
        model = self.model()
        for contact in page.results:
            self.addItem(self._label(contact), contact)
            taken = contact.user is not None and contact.user != self._allowed_holder
            if taken and isinstance(model, QStandardItemModel):
                item = model.item(self.count() - 1)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
        if keep is not None:
            self.select_contact(keep)

    def _label(self, contact: ContactOut) -> str:
        name = f"{contact.first_name} {contact.last_name}".strip()
        label = self.tr("{name} — {email}").format(name=name, email=contact.email) if contact.email else name
        if contact.user is not None and contact.user != self._allowed_holder:
            label = self.tr("{contact} (a déjà un compte)").format(contact=label)
        return label

    def current_contact(self) -> ContactOut | None:
        data = self.currentData()
        return data if isinstance(data, ContactOut) else None

    def select_contact(self, contact_id: int | None) -> bool:
        for index in range(self.count()):
            data = self.itemData(index)
            if (data is None and contact_id is None) or (isinstance(data, ContactOut) and data.id == contact_id):
                self.setCurrentIndex(index)
                return True
        return False

    def _failed(self, error: BaseException) -> None:
        self.load_failed.emit(error)

    async def idle(self) -> None:
        await self.activity.idle()
