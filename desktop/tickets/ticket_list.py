"""The ticket list pane: the filter bar, then the table fed page by page by the server, with its
states — "Chargement…", an empty state that says what to do, an inline error with a retry.
Selecting a row opens the ticket; J / K move through the list."""

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.api.errors import SessionExpired
from desktop.context import AppContext
from desktop.i18n.errors import error_message
from desktop.tickets.delegates import TicketListDelegate
from desktop.tickets.filters import FilterBar
from desktop.tickets.operations import ticket_page_fetcher
from desktop.tickets.queries import SORTABLE_COLUMNS, TicketFilters, TicketQuery
from desktop.tickets.store import TicketStore
from desktop.tickets.table_model import TicketTableModel
from desktop.tickets.widgets import escalate, label
from shared_schemas.tickets import TicketListItem

TABLE, STATE = range(2)


class TicketListPane(QWidget):
    ticket_selected = Signal(int)
    first_page_rendered = Signal()

    def __init__(
        self,
        ctx: AppContext,
        store: TicketStore,
        *,
        staff: bool,
        layout_key: str,
        page_size: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._store = store
        self._layout_key = layout_key
        self._query = TicketQuery(page_size=page_size)
        self._empty_text = ""
        self._selected_id: int | None = None
        self._first_page_done = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)

        toolbar = QFrame(self)
        toolbar.setObjectName("listToolbar")
        self.toolbar_layout = QHBoxLayout(toolbar)
        self.toolbar_layout.setContentsMargins(8, 6, 8, 6)
        self.filter_bar = FilterBar(ctx, store, staff=staff, parent=toolbar)
        self.filter_bar.filters_changed.connect(self.set_filters)
        self.toolbar_layout.addWidget(self.filter_bar, 1)
        layout.addWidget(toolbar)

        self.model = TicketTableModel(staff=staff, parent=self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Liste des tickets"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(30)
        header = self.table.horizontalHeader()
        header.setSectionsMovable(True)
        header.setHighlightSections(False)
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        kinds = {self.model.column_of(key): key for key in ("status", "priority", "due")}
        self.delegate = TicketListDelegate(lambda: ctx.palette, kinds, self.table)
        self.table.setItemDelegate(self.delegate)
        self._restore_header()
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(-1, Qt.SortOrder.DescendingOrder)  # the queue's own order
        self._sort_column = -1
        header.sortIndicatorChanged.connect(self._sort_changed)
        header.sectionResized.connect(lambda *_: self._save_layout.start())
        header.sectionMoved.connect(lambda *_: self._save_layout.start())
        self._save_layout = QTimer(self)
        self._save_layout.setSingleShot(True)
        self._save_layout.setInterval(400)
        self._save_layout.timeout.connect(self.save_layout)

        state = QWidget(self)
        state_layout = QVBoxLayout(state)
        state_layout.addStretch(1)
        self.state_label = label(role="empty")
        self.state_label.setWordWrap(True)
        self.state_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.retry = QPushButton(self.tr("Réessayer"), state)
        self.retry.clicked.connect(self.reload)
        state_layout.addWidget(self.state_label)
        state_layout.addWidget(self.retry, 0, Qt.AlignmentFlag.AlignHCenter)
        state_layout.addStretch(1)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.table)
        self.stack.addWidget(state)
        layout.addWidget(self.stack, 1)
        self.footer = label(role="list-state")
        self.footer.hide()
        layout.addWidget(self.footer)

        self.model.loading_changed.connect(lambda _loading: self._update_state())
        self.model.loaded.connect(self._page_loaded)
        self.model.load_failed.connect(self._load_failed)
        self.model.modelReset.connect(self._update_state)
        self.table.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self._row_chosen(current.row())
        )
        store.list_item_changed.connect(self.model.update_ticket)

    # --- query -----------------------------------------------------------------------------
    @property
    def query(self) -> TicketQuery:
        return self._query

    def set_query(self, query: TicketQuery) -> None:
        self._query = query
        self.model.set_fetcher(ticket_page_fetcher(self._ctx, query))
        self.model.reload()

    def _sort_changed(self, column: int, order: Qt.SortOrder) -> None:
        """A click on « Référence » (creation date) or « Dernière activité » asks the server for that
        order, a second click reverses it; other columns cannot be sorted by the server."""
        header = self.table.horizontalHeader()
        field = SORTABLE_COLUMNS.get(self.model.column_key(column)) if column >= 0 else None
        if field is None:
            header.blockSignals(True)
            previous = Qt.SortOrder.AscendingOrder
            if self._query.ordering and self._query.ordering.startswith("-"):
                previous = Qt.SortOrder.DescendingOrder
            header.setSortIndicator(self._sort_column, previous)
            header.blockSignals(False)
            return
        self._sort_column = column
        ordering = field if order == Qt.SortOrder.AscendingOrder else f"-{field}"
        self.set_query(self._query.with_ordering(ordering))

    def set_filters(self, filters: TicketFilters) -> None:
        self.set_query(self._query.with_filters(filters))

    def set_empty_text(self, text: str) -> None:
        self._empty_text = text
        self._update_state()

    def reload(self) -> None:
        self.model.reload()

    # --- states ----------------------------------------------------------------------------
    def _update_state(self) -> None:
        has_rows = self.model.rowCount() > 0
        if has_rows:
            self.stack.setCurrentIndex(TABLE)
        elif self.model.is_loading:
            self._show_state(self.tr("Chargement…"), retry=False)
        elif self.model.is_exhausted:
            text = (
                self._empty_text
                if self._query.filters.is_empty
                else self.tr(
                    "Aucun ticket ne correspond à ces filtres. Modifiez-les ou cliquez sur « Effacer les filtres »."
                )
            )
            self._show_state(text, retry=False)
        self.footer.setVisible(has_rows and self.model.is_loading)
        if has_rows and self.model.is_loading:
            self.footer.setText(self.tr("Chargement de la suite…"))

    def _show_state(self, text: str, *, retry: bool) -> None:
        self.state_label.setText(text)
        self.retry.setVisible(retry)
        self.stack.setCurrentIndex(STATE)

    def state_text(self) -> str:
        return self.state_label.text() if self.stack.currentIndex() == STATE else ""

    def _load_failed(self, error: BaseException) -> None:
        if isinstance(error, SessionExpired):
            escalate(error)
        if self.model.rowCount() == 0:
            self._show_state(error_message(error), retry=True)
        else:
            self.footer.setText(error_message(error))
            self.footer.show()

    def _page_loaded(self) -> None:
        self._update_state()
        self._reselect()
        if not self._first_page_done:
            self._first_page_done = True
            # Emitted once the view has had a turn of the event loop to paint the rows.
            QTimer.singleShot(0, self, self.first_page_rendered.emit)

    # --- selection -------------------------------------------------------------------------
    def current_ticket(self) -> TicketListItem | None:
        index = self.table.selectionModel().currentIndex()
        return self.model.ticket_at(index.row()) if index.isValid() else None

    def select_row(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
            self.table.selectionModel().setCurrentIndex(self.model.index(row, 0), flags)
            self.table.scrollTo(self.model.index(row, 0))

    def select_ticket(self, ticket_id: int) -> bool:
        row = self.model.row_of_ticket(ticket_id)
        self._selected_id = ticket_id
        if row >= 0:
            self.select_row(row)
        return row >= 0

    def select_next(self) -> None:
        current = self.table.selectionModel().currentIndex()
        row = current.row() + 1 if current.isValid() else 0
        if row >= self.model.rowCount() and self.model.canFetchMore():
            self.model.fetchMore()
        self.select_row(row)

    def select_previous(self) -> None:
        current = self.table.selectionModel().currentIndex()
        self.select_row(current.row() - 1 if current.isValid() else 0)

    def _row_chosen(self, row: int) -> None:
        item = self.model.ticket_at(row)
        if item is not None and item.id != self._selected_id:
            self._selected_id = item.id
            self.ticket_selected.emit(item.id)

    def _reselect(self) -> None:
        """After a reload, the open ticket stays selected if it is still listed."""
        if self._selected_id is None or self.table.selectionModel().currentIndex().isValid():
            return
        row = self.model.row_of_ticket(self._selected_id)
        if row >= 0:
            self.table.selectionModel().blockSignals(True)
            self.select_row(row)
            self.table.selectionModel().blockSignals(False)
            self.table.viewport().update()

    # --- layout ----------------------------------------------------------------------------
    def _restore_header(self) -> None:
        state = self._ctx.settings.layout_state(f"{self._layout_key}/columns")
        if state is not None and self.table.horizontalHeader().restoreState(state):
            return
        metrics = self.table.fontMetrics()
        self.table.setColumnWidth(self.model.column_of("subject"), metrics.averageCharWidth() * 38)
        samples = {
            "reference": "SAV-2026-000000",
            "customer": "Boulangerie Lef",
            "priority": "Normale",
            "status": "En attente",
            "assignee": "Camille Besson",
            "requester": "Camille Besson",
            "due": "dans 48 h",
            "last_activity": "il y a 59 min",
        }
        for key, sample in samples.items():
            column = self.model.column_of(key)
            if column >= 0:
                title = str(self.model.headerData(column, Qt.Orientation.Horizontal))
                width = max(metrics.horizontalAdvance(sample), metrics.horizontalAdvance(title) + 8)
                chip = 32 if key in ("priority", "status") else 0  # bold text in a padded pill
                self.table.setColumnWidth(column, width + 28 + chip)

    def save_layout(self) -> None:
        self._ctx.settings.set_layout_state(f"{self._layout_key}/columns", self.table.horizontalHeader().saveState())
