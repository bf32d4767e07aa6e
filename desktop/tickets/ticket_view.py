"""The open ticket: header (with the staff controls), the discussion, the rating, the reply box.
Placeholder when nothing is selected, "Chargement…" while it loads, an inline error with a
retry button if it cannot be read. It redraws from the store's `ticket_changed`. Staff who may
read customer records get the customer's name as a link: `customer_requested` asks for its record."""

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QPushButton, QStackedWidget, QVBoxLayout, QWidget

from desktop.attachments.cards import AttachmentList
from desktop.context import AppContext
from desktop.i18n.errors import error_message
from desktop.tickets import operations
from desktop.tickets.composer import Composer
from desktop.tickets.conversation import ConversationView
from desktop.tickets.rating import RatingWidget
from desktop.tickets.store import TicketStore
from desktop.tickets.ticket_actions import TicketActions
from desktop.tickets.ticket_header import TicketHeader
from desktop.tickets.widgets import ErrorBanner, label, run
from shared_schemas.enums import Permission, TicketAction, TicketStatus
from shared_schemas.tickets import TicketDetail

PLACEHOLDER, LOADING, FAILED, CONTENT = range(4)


class TicketView(QStackedWidget):
    customer_requested = Signal(int)  # the customer's id

    def __init__(self, ctx: AppContext, store: TicketStore, *, staff: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._store = store
        self._staff = staff
        self._shown_id: int | None = None
        self.task = None
        self.setAccessibleName(self.tr("Ticket"))

        placeholder_text = (
            self.tr("Sélectionnez un ticket dans la liste pour afficher la discussion.")
            if staff
            else self.tr("Sélectionnez un ticket pour suivre la discussion, ou cliquez sur « Nouveau ticket ».")
        )
        self.placeholder = label(placeholder_text, role="empty")
        self.placeholder.setWordWrap(True)
        self.loading = label(self.tr("Chargement du ticket…"), role="empty")
        failed = QWidget(self)
        failed_layout = QVBoxLayout(failed)
        failed_layout.addStretch(1)
        self.failure = label(role="error")
        self.failure.setWordWrap(True)
        retry = QPushButton(self.tr("Réessayer"), failed)
        retry.clicked.connect(self.reload)
        failed_layout.addWidget(self.failure)
        failed_layout.addWidget(retry)
        failed_layout.addStretch(1)

        content = QWidget(self)
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        user = ctx.session.user
        customer_link = staff and user is not None and user.can(Permission.CUSTOMERS_VIEW)
        self.header = TicketHeader(staff=staff, customer_link=customer_link, parent=content)
        self.header.customer_requested.connect(self.customer_requested)
        self.actions: TicketActions | None = None
        if staff:
            self.actions = TicketActions(ctx, store, self.header)
            self.header.add_actions(self.actions)
        self.banner = ErrorBanner(content)
        self.conversation = ConversationView(
            current_user_id=ctx.session.user.id if ctx.session.user else None,
            attachments_widget=lambda attachments, parent: AttachmentList(ctx, attachments, parent),
            parent=content,
        )
        self.rating = RatingWidget(ctx, store, content)
        self.closed_note = label(role="muted")
        self.closed_note.setWordWrap(True)
        self.closed_note.setContentsMargins(16, 8, 16, 8)
        self.composer = Composer(ctx, store, content)
        self.composer.accept_drops_on(self.conversation.viewport())  # drop files anywhere on the ticket
        layout.addWidget(self.header)
        layout.addWidget(self.banner)
        layout.addWidget(self.conversation, 1)
        layout.addWidget(self.rating)
        layout.addWidget(self.closed_note)
        layout.addWidget(self.composer)

        for page in (self.placeholder, self.loading, failed, content):
            self.addWidget(page)
        self.setCurrentIndex(PLACEHOLDER)

        if self.actions is not None:
            self.actions.failed.connect(self.banner.show_error)
        store.ticket_requested.connect(self._requested)
        store.ticket_changed.connect(self._changed)

    # --- showing ---------------------------------------------------------------------------
    @property
    def ticket(self) -> TicketDetail | None:
        return self._store.current if self._shown_id is not None else None

    def show_ticket(self, ticket_id: int) -> None:
        if ticket_id == self._store.requested_id and self.currentIndex() == CONTENT:
            return
        self.task = run(operations.open_ticket(self._ctx, self._store, ticket_id), on_error=self._load_failed)

    def reload(self) -> None:
        ticket_id = self._store.requested_id
        if ticket_id is None:
            return
        if self.currentIndex() == CONTENT:
            self.task = run(
                operations.refresh_ticket(self._ctx, self._store, ticket_id), on_error=self.banner.show_error
            )
        else:
            self.task = run(operations.open_ticket(self._ctx, self._store, ticket_id), on_error=self._load_failed)

    def clear(self) -> None:
        self._store.clear()
        self._shown_id = None
        self.conversation.clear()
        self.setCurrentIndex(PLACEHOLDER)

    def _requested(self, ticket_id: int) -> None:
        if ticket_id != self._shown_id:
            self.banner.hide()
            self.setCurrentIndex(LOADING)

    def _load_failed(self, error: BaseException) -> None:
        self.failure.setText(error_message(error))
        self.setCurrentIndex(FAILED)

    def _changed(self, detail: TicketDetail) -> None:
        if detail.id != self._shown_id:
            self.banner.hide()
        self._shown_id = detail.id
        self.header.set_ticket(detail)
        if self.actions is not None:
            self.actions.set_ticket(detail)
        self.conversation.set_ticket(detail)
        self.rating.setVisible(self.rating.set_ticket(detail) and not self._staff)
        self.composer.set_ticket(detail)
        self._explain_no_composer(detail)
        self.setCurrentIndex(CONTENT)

    def _explain_no_composer(self, detail: TicketDetail) -> None:
        writable = detail.allows(TicketAction.REPLY) or detail.allows(TicketAction.NOTE)
        if writable:
            self.closed_note.hide()
            return
        if detail.status == TicketStatus.CLOSED and not self._staff:
            text = self.tr("Ce ticket est clôturé. Pour un nouveau problème, cliquez sur « Nouveau ticket ».")
        elif detail.status == TicketStatus.CLOSED:
            text = self.tr("Ce ticket est clôturé : rouvrez-le pour y répondre.")
        else:
            text = self.tr("Vous ne pouvez pas écrire dans ce ticket.")
        self.closed_note.setText(text)
        self.closed_note.show()

    # --- keyboard --------------------------------------------------------------------------
    def focus_reply(self) -> None:
        if self.currentIndex() == CONTENT:
            self.composer.focus_reply()

    def focus_note(self) -> None:
        if self.currentIndex() == CONTENT:
            self.composer.focus_note()

    def open_assign(self) -> None:
        if self.currentIndex() == CONTENT and self.actions is not None:
            self.actions.open_assign()
