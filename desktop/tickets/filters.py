"""The filter bar above a ticket list: text search (debounced), status, priority, category,
customer and assignee (staff), creation dates. It only describes the filters (TicketFilters);
the server applies them."""

from datetime import datetime, time, timedelta

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.context import AppContext
from desktop.tickets import labels
from desktop.tickets.customer_picker import CustomerPicker
from desktop.tickets.queries import ME, UNASSIGNED, TicketFilters
from desktop.tickets.store import TicketStore
from shared_schemas.enums import TicketPriority, TicketStatus

SEARCH_DELAY_MS = 300


class FilterBar(QWidget):
    filters_changed = Signal(object)  # TicketFilters

    def __init__(self, ctx: AppContext, store: TicketStore, *, staff: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._store = store
        self._staff = staff
        self._filters = TicketFilters()
        self._ready = False
        rows = QVBoxLayout(self)
        rows.setContentsMargins(0, 0, 0, 0)
        rows.setSpacing(6)
        self.top_row = QHBoxLayout()  # the search; a workspace may put its own buttons here
        self.top_row.setSpacing(6)
        layout = QHBoxLayout()
        layout.setSpacing(6)
        dates_row = QHBoxLayout()
        dates_row.setSpacing(6)
        rows.addLayout(self.top_row)
        rows.addLayout(layout)
        rows.addLayout(dates_row)

        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Rechercher : référence, sujet, description… (Ctrl+F)"))
        self.search.setAccessibleName(self.tr("Rechercher des tickets"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(160)
        self.top_row.addWidget(self.search, 1)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DELAY_MS)
        self._debounce.timeout.connect(self._emit)
        self.search.textChanged.connect(lambda _text: self._debounce.start())
        self.search.returnPressed.connect(self._emit)

        self.status = self._combo(self.tr("Statut"))
        self.set_statuses(list(TicketStatus))
        self.priority = self._combo(self.tr("Priorité"))
        self.priority.addItem(self.tr("Toutes priorités"), None)
        for priority in TicketPriority:
            self.priority.addItem(labels.priority_label(priority), priority.value)
        self.category = self._combo(self.tr("Catégorie"))
        self._fill_categories()
        store.categories_changed.connect(lambda _categories: self._fill_categories())
        for combo in (self.status, self.priority, self.category):
            layout.addWidget(combo)

        self.customer: CustomerPicker | None = None
        self.assignee: QComboBox | None = None
        if staff:
            self.customer = CustomerPicker(ctx, self)
            self.customer.setPlaceholderText(self.tr("Tous les clients"))
            self.customer.setMinimumWidth(110)
            self.customer.customer_changed.connect(lambda _customer: self._emit())
            layout.addWidget(self.customer, 1)
            self.assignee = self._combo(self.tr("Assigné à"))
            self._fill_assignees()
            store.agents_changed.connect(lambda _agents: self._fill_assignees())
            layout.addWidget(self.assignee)

        self.dated = QCheckBox(self.tr("Créés entre"), self)
        self.dated.setAccessibleName(self.tr("Filtrer par date de création"))
        today = QDate.currentDate()
        self.date_from = self._date(today.addDays(-30), self.tr("Créés à partir du"))
        self.date_to = self._date(today, self.tr("Créés jusqu'au"))
        self.dated.toggled.connect(self._dates_toggled)
        self._dates_toggled(False)
        for widget in (self.dated, self.date_from, self.date_to):
            dates_row.addWidget(widget)

        self.reset = QPushButton(self.tr("Effacer les filtres"), self)
        self.reset.setProperty("variant", "link")
        self.reset.clicked.connect(self.clear)
        dates_row.addStretch(1)
        dates_row.addWidget(self.reset)
        self._ready = True
        self._filters = self.filters()

    def _combo(self, name: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setAccessibleName(name)
        combo.setToolTip(name)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(8)
        combo.currentIndexChanged.connect(lambda _index: self._emit())
        return combo

    def _date(self, value: QDate, name: str) -> QDateEdit:
        edit = QDateEdit(value, self)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("dd/MM/yyyy")
        edit.setAccessibleName(name)
        edit.dateChanged.connect(lambda _date: self._emit())
        return edit

    def _dates_toggled(self, on: bool) -> None:
        self.date_from.setEnabled(on)
        self.date_to.setEnabled(on)
        self._emit()

    # --- choices ---------------------------------------------------------------------------
    def set_statuses(self, statuses: list[TicketStatus]) -> None:
        """The statuses that make sense in the list shown (e.g. only active ones under « Ouverts »)."""
        current = self.status.currentData()
        self.status.blockSignals(True)
        self.status.clear()
        self.status.addItem(self.tr("Tous les statuts"), None)
        for status in statuses:
            self.status.addItem(labels.status_label(status), status.value)
        self.status.setCurrentIndex(max(0, self.status.findData(current)))
        self.status.blockSignals(False)
        if self._ready:
            self._filters = self.filters()

    def _fill_categories(self) -> None:
        self._refill(self.category, self.tr("Toutes catégories"), [(c.name, c.id) for c in self._store.categories])

    def _fill_assignees(self) -> None:
        assert self.assignee is not None
        fixed = [(self.tr("Non assignés"), UNASSIGNED), (self.tr("Moi"), ME)]
        self._refill(
            self.assignee, self.tr("Tous les assignés"), fixed + [(a.full_name, a.id) for a in self._store.agents]
        )

    def _refill(self, combo: QComboBox, anyone: str, items: list[tuple[str, object]]) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(anyone, None)
        for text, value in items:
            combo.addItem(text, value)
        combo.setCurrentIndex(max(0, combo.findData(current)))
        combo.blockSignals(False)

    # --- state -----------------------------------------------------------------------------
    def filters(self) -> TicketFilters:
        status = self.status.currentData()
        priority = self.priority.currentData()
        created_after = created_before = None
        if self.dated.isChecked():
            start = self.date_from.date().toPython()
            end = self.date_to.date().toPython() + timedelta(days=1)
            created_after = datetime.combine(start, time.min).astimezone()
            created_before = datetime.combine(end, time.min).astimezone()
        return TicketFilters(
            q=self.search.text().strip(),
            status=TicketStatus(status) if status else None,
            priority=TicketPriority(priority) if priority else None,
            category=self.category.currentData(),
            customer=self.customer.customer.id if self.customer and self.customer.customer else None,
            assignee=self.assignee.currentData() if self.assignee else None,
            created_after=created_after,
            created_before=created_before,
        )

    def _emit(self) -> None:
        self._debounce.stop()
        if not self._ready:
            return
        filters = self.filters()
        if filters != self._filters:
            self._filters = filters
            self.filters_changed.emit(filters)

    def clear(self) -> None:
        inputs = [self.search, self.status, self.priority, self.category, self.dated, self.customer, self.assignee]
        inputs = [widget for widget in inputs if widget is not None]
        for widget in inputs:
            widget.blockSignals(True)
        self.search.clear()
        for combo in (self.status, self.priority, self.category, self.assignee):
            if combo is not None:
                combo.setCurrentIndex(0)
        self.dated.setChecked(False)
        self.date_from.setEnabled(False)
        self.date_to.setEnabled(False)
        if self.customer is not None:
            self.customer.clear()
            self.customer.set_customer(None)
        for widget in inputs:
            widget.blockSignals(False)
        self._emit()

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()
