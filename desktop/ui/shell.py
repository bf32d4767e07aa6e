"""What a signed-in user sees under the title bar: the header (with the notification bell), a
message banner and the sections (the ticket workspace; for staff allowed, the Clients section and
the administration, each built the first time it is opened). A notification the user activates
opens its ticket here; the customer record and the ticket header move between the sections
through `open_customer`, `new_ticket` and `open_ticket`.

A shell belongs to one user. When the session expires it is kept, hidden, with everything
typed in it, and shown again if the same user signs back in."""

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QMenu, QStackedWidget, QVBoxLayout, QWidget

from desktop import tasks
from desktop.context import AppContext
from desktop.notifications import operations as notifications
from desktop.notifications.badge import NotificationBadge
from desktop.outbox.pending_view import PendingButton
from desktop.ui.banners import MessageBanner
from desktop.ui.header import ADMINISTRATION, CUSTOMERS, TICKETS, Header
from desktop.ui.workspaces import (
    build_administration,
    build_customers,
    build_workspace,
    can_administer,
    can_view_customers,
)
from shared_schemas.accounts import Me
from shared_schemas.notifications import NotificationOut

if TYPE_CHECKING:
    from desktop.tickets.prefill import TicketPrefill


class Shell(QWidget):
    notification_preferences_requested = Signal()

    def __init__(self, ctx: AppContext, user: Me, menu: QMenu, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.user = user
        self.setObjectName("shell")
        self.header = Header(ctx, user, menu, sections=self.available_sections, parent=self)
        self.banner = MessageBanner(self)
        self.sections = QStackedWidget(self)
        self.sections.setObjectName("sections")
        self.workspace = build_workspace(ctx, user, self.sections)
        self.sections.addWidget(self.workspace)
        customer_requested = getattr(self.workspace, "customer_requested", None)
        if customer_requested is not None and self.can_view_customers:
            customer_requested.connect(self.open_customer)
        self.customers: QWidget | None = None
        self.administration: QWidget | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.header)
        layout.addWidget(self.banner)
        layout.addWidget(self.sections, 1)
        self.header.section_requested.connect(self.show_section)

        self.pending_sends = PendingButton(ctx.outbox, self.header)
        self.header.add_trailing_widget(self.pending_sends)
        self.notification_badge = NotificationBadge(ctx, self.header)
        self.header.add_trailing_widget(self.notification_badge)
        self.notification_badge.preferences_requested.connect(self.notification_preferences_requested)
        ctx.notifications.activated.connect(self.open_notification)
        ctx.session.signed_in.connect(self._signed_in_again)
        ctx.connection.online_changed.connect(self._online_changed)
        ctx.notifications.clear()  # a new shell is a new sign-in: nothing of a previous user's stays
        self.refresh_notifications()

    @property
    def can_administer(self) -> bool:
        return can_administer(self.user)

    @property
    def can_view_customers(self) -> bool:
        return can_view_customers(self.user)

    @property
    def available_sections(self) -> list[str]:
        return [
            TICKETS,
            *([CUSTOMERS] if self.can_view_customers else []),
            *([ADMINISTRATION] if self.can_administer else []),
        ]

    @property
    def section(self) -> str:
        current = self.sections.currentWidget()
        if current is not None and current is self.administration:
            return ADMINISTRATION
        return CUSTOMERS if current is not None and current is self.customers else TICKETS

    def show_section(self, section: str) -> None:
        if section == ADMINISTRATION and self.can_administer:
            if self.administration is None:
                self.administration = build_administration(self.ctx, self.sections)
                self.sections.addWidget(self.administration)
            self.sections.setCurrentWidget(self.administration)
        elif section == CUSTOMERS and self.can_view_customers:
            self.sections.setCurrentWidget(self._customers_section())
        else:
            section = TICKETS
            self.sections.setCurrentWidget(self.workspace)
        self.header.set_section(section)
        current, focused = self.sections.currentWidget(), self.focusWidget()
        if current is not None and (focused is None or not current.isAncestorOf(focused)):
            current.setFocus()

    def _customers_section(self) -> QWidget:
        if self.customers is None:
            self.customers = build_customers(self.ctx, self.sections)
            self.sections.addWidget(self.customers)
            for name, slot in (("new_ticket_requested", self.new_ticket), ("ticket_requested", self.open_ticket)):
                signal = getattr(self.customers, name, None)
                if signal is not None:
                    signal.connect(slot)
        return self.customers

    # --- customers ---------------------------------------------------------------------------------
    def open_customer(self, customer_id: int) -> None:
        """Switches to the Clients section on this customer's record (staff with customers.view)."""
        if not self.can_view_customers:
            return
        self.show_section(CUSTOMERS)
        open_customer = getattr(self.customers, "open_customer", None)
        if open_customer is not None:
            open_customer(customer_id)

    # --- tickets -----------------------------------------------------------------------------------
    def open_ticket(self, ticket_id: int) -> None:
        """Switches to the Tickets section and shows this ticket there."""
        open_ticket = getattr(self.workspace, "open_ticket", None)
        if open_ticket is not None:
            self.show_section(TICKETS)
            open_ticket(ticket_id)

    def new_ticket(self, prefill: "TicketPrefill | None" = None) -> QDialog | None:
        """« Nouveau ticket » over the section shown (prefilled from a customer record or a CRM
        link); the ticket it creates is then shown in the Tickets section."""
        new_ticket = getattr(self.workspace, "new_ticket", None)
        if new_ticket is None:
            return None
        dialog = new_ticket(prefill)
        dialog.created.connect(self._ticket_created, Qt.ConnectionType.UniqueConnection)
        return dialog

    def _ticket_created(self, _detail: object) -> None:
        self.show_section(TICKETS)

    # --- notifications -----------------------------------------------------------------------------
    def refresh_notifications(self) -> None:
        tasks.spawn(notifications.refresh(self.ctx, self.ctx.notifications))

    def _signed_in_again(self, user: Me) -> None:
        """Back from an expired session as the same person: what arrived meanwhile is fetched."""
        if user.id == self.user.id:
            self.refresh_notifications()

    def _online_changed(self, online: bool) -> None:
        if online and self.ctx.session.is_signed_in:
            self.refresh_notifications()

    def open_notification(self, notification: NotificationOut) -> None:
        """The user activated a notification (in the list or a native one): it is read, and its
        ticket opens in front of them."""
        if notification.read_at is None:
            tasks.spawn(notifications.mark_read(self.ctx, self.ctx.notifications, notification.id))
        if notification.ticket is not None:
            self.open_ticket(notification.ticket)
        window = self.window()
        if window.isMinimized():
            window.showNormal()
        window.raise_()
        window.activateWindow()

    def set_user(self, user: Me) -> None:
        self.user = user
        self.header.set_user(user)

    def show_error(self, message: str) -> None:
        self.banner.show_message(message, "error")

    def show_notice(self, message: str, *, kind: str = "info", timeout_ms: int = 0) -> None:
        self.banner.show_message(message, kind, timeout_ms=timeout_ms)

    def set_theme_mode(self, mode: str) -> None:
        self.header.set_theme_mode(mode)
