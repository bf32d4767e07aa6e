"""The two tickets workspaces the main window shows after sign-in.

- StaffWorkspace: three resizable panes — queues | list (filter bar on top) | the ticket.
- ClientWorkspace: « Nouveau ticket », my company's tickets (Ouverts / Clôturés) with search and
  filters, and the selected ticket with its reply box and rating.

Both emit `first_page_rendered` once, when the first page of the list has been displayed (the
start-up bench waits for it), remember their splitter and column layout, reload what they show
when the connection comes back, follow the user's notifications live (desktop/tickets/live.py),
and answer the keyboard: Ctrl+N, Ctrl+F, J/K, R, and for staff I (internal note) and A (assign)."""

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QSplitter, QTabBar, QVBoxLayout, QWidget

from desktop.context import AppContext
from desktop.tickets import operations
from desktop.tickets.live import LiveTicketUpdates
from desktop.tickets.new_ticket_dialog import NewTicketDialog
from desktop.tickets.prefill import TicketPrefill
from desktop.tickets.queue_sidebar import QueueSidebar
from desktop.tickets.store import TicketStore
from desktop.tickets.ticket_list import TicketListPane
from desktop.tickets.ticket_view import TicketView
from desktop.tickets.widgets import run
from shared_schemas.enums import ACTIVE_STATUSES, DONE_STATUSES, TicketQueue
from shared_schemas.tickets import TicketDetail


def _staff_empty_text(queue: TicketQueue) -> str:
    texts = {
        TicketQueue.OPEN: QCoreApplication.translate("TicketWorkspace", "Aucun ticket ouvert. Tout est traité !"),
        TicketQueue.MINE: QCoreApplication.translate(
            "TicketWorkspace", "Aucun ticket ne vous est assigné. Choisissez-en un dans « Non assignés »."
        ),
        TicketQueue.UNASSIGNED: QCoreApplication.translate("TicketWorkspace", "Aucun ticket en attente d'assignation."),
        TicketQueue.DUE_SOON: QCoreApplication.translate(
            "TicketWorkspace", "Aucun ticket avec une échéance (GTR) en cours."
        ),
        TicketQueue.CLOSED: QCoreApplication.translate("TicketWorkspace", "Aucun ticket résolu ou clôturé."),
    }
    return texts.get(queue, "")


class _TicketsWorkspace(QWidget):
    first_page_rendered = Signal()
    customer_requested = Signal(int)  # the open ticket's customer: show its record

    def __init__(
        self,
        ctx: AppContext,
        *,
        staff: bool,
        layout_key: str,
        parent: QWidget | None = None,
        page_size: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.store = TicketStore(self)
        self._layout_key = layout_key
        self.new_ticket_dialog: NewTicketDialog | None = None
        self.list = TicketListPane(
            ctx, self.store, staff=staff, layout_key=layout_key, page_size=page_size, parent=self
        )
        self.view = TicketView(ctx, self.store, staff=staff, parent=self)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setHandleWidth(1)
        self.new_ticket_button = QPushButton(QCoreApplication.translate("TicketWorkspace", "Nouveau ticket"), self)
        self.new_ticket_button.setProperty("variant", "primary")
        self.new_ticket_button.setAccessibleName(QCoreApplication.translate("TicketWorkspace", "Nouveau ticket"))
        self.new_ticket_button.setToolTip(QCoreApplication.translate("TicketWorkspace", "Créer un ticket (Ctrl+N)"))
        self.new_ticket_button.clicked.connect(lambda: self.new_ticket())  # not the button's `checked`

        self.live = LiveTicketUpdates(ctx, self.store, self.list, self)
        self.list.ticket_selected.connect(self.view.show_ticket)
        self.view.customer_requested.connect(self.customer_requested)
        self.list.first_page_rendered.connect(self.first_page_rendered)
        self.store.ticket_created.connect(self._created)
        ctx.connection.online_changed.connect(self._online_changed)
        self._user_id = ctx.session.user.id if ctx.session.user else None
        ctx.session.signed_in.connect(self._signed_in_again)
        self._save_splitter = QTimer(self)
        self._save_splitter.setSingleShot(True)
        self._save_splitter.setInterval(400)
        self._save_splitter.timeout.connect(self.save_layout)
        self.splitter.splitterMoved.connect(lambda *_: self._save_splitter.start())
        self._shortcuts()

    def _shortcuts(self) -> None:
        """Window-wide while the workspace is shown; single letters never fire while typing, since
        text fields take them first."""
        bindings = [
            ("Ctrl+N", QCoreApplication.translate("TicketWorkspace", "Nouveau ticket"), self.new_ticket),
            ("Ctrl+F", QCoreApplication.translate("TicketWorkspace", "Rechercher"), self.list.filter_bar.focus_search),
            ("J", QCoreApplication.translate("TicketWorkspace", "Ticket suivant"), self.list.select_next),
            ("K", QCoreApplication.translate("TicketWorkspace", "Ticket précédent"), self.list.select_previous),
            ("R", QCoreApplication.translate("TicketWorkspace", "Répondre"), self.view.focus_reply),
        ]
        self.shortcuts: list[QShortcut] = []
        for keys, title, slot in bindings + self._extra_shortcuts():
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.setWhatsThis(title)  # listed by the command palette (Ctrl+K)
            shortcut.activated.connect(slot)
            self.shortcuts.append(shortcut)

    def _extra_shortcuts(self) -> list:
        return []

    def _restore_splitter(self, default_sizes: list[int]) -> None:
        state = self.ctx.settings.layout_state(f"{self._layout_key}/splitter")
        if state is None or not self.splitter.restoreState(state):
            self.splitter.setSizes(default_sizes)

    def save_layout(self) -> None:
        self.ctx.settings.set_layout_state(f"{self._layout_key}/splitter", self.splitter.saveState())
        self.list.save_layout()

    def _load_reference_data(self) -> None:
        run(operations.load_categories(self.ctx, self.store), on_error=self.view.banner.show_error)

    # --- actions ---------------------------------------------------------------------------
    def new_ticket(self, prefill: TicketPrefill | None = None) -> NewTicketDialog:
        """Opens « Nouveau ticket » (prefilled when started from a customer record or a CRM link);
        a dialog already open is brought forward, taking the prefill with what is typed in it."""
        dialog = self.new_ticket_dialog
        if dialog is not None and dialog.isVisible():
            if prefill is not None:
                dialog.apply_prefill(prefill)
            dialog.raise_()
            dialog.activateWindow()
            return dialog
        self.new_ticket_dialog = NewTicketDialog(self.ctx, self.store, self, prefill=prefill)
        self.new_ticket_dialog.open()
        return self.new_ticket_dialog

    def open_ticket(self, ticket_id: int) -> None:
        """Shows this ticket (from a notification, say) and selects its row when it is listed."""
        self.list.select_ticket(ticket_id)
        self.view.show_ticket(ticket_id)

    def _created(self, detail: TicketDetail) -> None:
        """The new ticket opens at once; the list reloads and selects it."""
        self.list.select_ticket(detail.id)
        self.list.reload()

    def _online_changed(self, online: bool) -> None:
        if online:
            self.list.reload()
            self.view.reload()

    def _signed_in_again(self, user) -> None:
        """Back from an expired session as the same person: what is shown may have changed."""
        if user.id == self._user_id:
            self.list.reload()
            self.view.reload()

    def hideEvent(self, event) -> None:  # noqa: N802
        self.save_layout()
        super().hideEvent(event)


class StaffWorkspace(_TicketsWorkspace):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *, page_size: int | None = None) -> None:
        super().__init__(ctx, staff=True, layout_key="tickets/staff", parent=parent, page_size=page_size)
        self.setObjectName("page")
        self.queues = QueueSidebar(self)
        self.queues.queue_chosen.connect(self.show_queue)
        self.list.filter_bar.top_row.insertWidget(0, self.new_ticket_button)
        self.splitter.addWidget(self.queues)
        self.splitter.addWidget(self.list)
        self.splitter.addWidget(self.view)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setStretchFactor(2, 2)
        self._restore_splitter([200, 800, 560])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)
        self._load_reference_data()
        run(operations.load_agents(ctx, self.store), on_error=self.view.banner.show_error)
        self.show_queue(self.queues.queue)

    def _extra_shortcuts(self) -> list:
        return [
            ("I", QCoreApplication.translate("TicketWorkspace", "Note interne"), self.view.focus_note),
            ("A", QCoreApplication.translate("TicketWorkspace", "Assigner"), self.view.open_assign),
        ]

    def show_queue(self, queue: TicketQueue) -> None:
        self.list.set_empty_text(_staff_empty_text(queue))
        self.list.filter_bar.set_statuses(list(DONE_STATUSES if queue == TicketQueue.CLOSED else ACTIVE_STATUSES))
        self.list.set_query(self.list.query.with_queue(queue).with_filters(self.list.filter_bar.filters()))


class ClientWorkspace(_TicketsWorkspace):
    TABS = (TicketQueue.OPEN, TicketQueue.CLOSED)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *, page_size: int | None = None) -> None:
        super().__init__(ctx, staff=False, layout_key="tickets/client", parent=parent, page_size=page_size)
        self.setObjectName("page")
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.setSpacing(0)
        bar = QFrame(left)
        bar.setObjectName("clientToolbar")
        bar_layout = QHBoxLayout(bar)
        bar_layout.setContentsMargins(8, 8, 8, 0)
        self.tabs = QTabBar(bar)
        self.tabs.setAccessibleName(QCoreApplication.translate("TicketWorkspace", "Mes tickets"))
        self.tabs.setUsesScrollButtons(False)
        self.tabs.setDrawBase(False)
        self.tabs.setExpanding(False)
        self.tabs.addTab(QCoreApplication.translate("TicketWorkspace", "Ouverts"))
        self.tabs.addTab(QCoreApplication.translate("TicketWorkspace", "Clôturés"))
        self.tabs.currentChanged.connect(lambda index: self.show_tab(self.TABS[index]))
        bar_layout.addWidget(self.tabs)
        bar_layout.addStretch(1)
        bar_layout.addWidget(self.new_ticket_button)
        left_layout.addWidget(bar)
        left_layout.addWidget(self.list, 1)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.view)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self._restore_splitter([700, 560])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)
        self._load_reference_data()
        self.show_tab(TicketQueue.OPEN)

    def _created(self, detail: TicketDetail) -> None:
        self.list.select_ticket(detail.id)
        if self.tab != TicketQueue.OPEN:
            self.choose_tab(TicketQueue.OPEN)
        else:
            self.list.reload()

    @property
    def tab(self) -> TicketQueue:
        return self.TABS[self.tabs.currentIndex()]

    def choose_tab(self, queue: TicketQueue) -> None:
        self.tabs.setCurrentIndex(self.TABS.index(queue))

    def show_tab(self, queue: TicketQueue) -> None:
        if queue == TicketQueue.OPEN:
            empty = QCoreApplication.translate(
                "TicketWorkspace", "Aucun ticket ouvert. Cliquez sur « Nouveau ticket » pour en créer un."
            )
        else:
            empty = QCoreApplication.translate("TicketWorkspace", "Aucun ticket clôturé pour le moment.")
        self.list.set_empty_text(empty)
        self.list.filter_bar.set_statuses(list(ACTIVE_STATUSES if queue == TicketQueue.OPEN else DONE_STATUSES))
        self.list.set_query(self.list.query.with_queue(queue).with_filters(self.list.filter_bar.filters()))
