"""TicketStore: the tickets data a workspace shows (the open ticket, reference lists) and the Qt
signals that tell views what changed. Only operations (desktop/tickets/operations.py) call its
`apply_*` / `set_*` methods; views listen, and redraw just the row or the ticket concerned."""

from PySide6.QtCore import QObject, Signal

from shared_schemas.accounts import AgentOut
from shared_schemas.tickets import CategoryOut, ReminderOut, TicketDetail, TicketListItem


def list_item_of(detail: TicketDetail) -> TicketListItem:
    return TicketListItem.model_validate(detail.model_dump())


class TicketStore(QObject):
    ticket_requested = Signal(int)  # a ticket starts loading
    ticket_changed = Signal(object)  # TicketDetail: the open ticket, after any change
    list_item_changed = Signal(object)  # TicketListItem: redraw this row wherever it is listed
    ticket_created = Signal(object)  # TicketDetail
    reminders_changed = Signal(int, object)  # ticket id, list[ReminderOut]
    categories_changed = Signal(object)  # list[CategoryOut]
    agents_changed = Signal(object)  # list[AgentOut]

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.current: TicketDetail | None = None
        self.requested_id: int | None = None
        self.categories: list[CategoryOut] = []
        self.agents: list[AgentOut] = []
        self.reminders: dict[int, list[ReminderOut]] = {}

    # --- the open ticket -------------------------------------------------------------------
    def request(self, ticket_id: int) -> None:
        self.requested_id = ticket_id
        self.ticket_requested.emit(ticket_id)

    def clear(self) -> None:
        self.requested_id = None
        self.current = None

    def apply_detail(self, detail: TicketDetail) -> None:
        """A fresh detail from the server: the list row always redraws; the ticket view too if it
        is the one open (an answer for a ticket the user has left is not shown)."""
        if detail.id == self.requested_id:
            self.current = detail
            self.ticket_changed.emit(detail)
        self.list_item_changed.emit(list_item_of(detail))

    def apply_created(self, detail: TicketDetail) -> None:
        self.ticket_created.emit(detail)
        self.requested_id = detail.id
        self.apply_detail(detail)

    def apply_reminders(self, ticket_id: int, reminders: list[ReminderOut]) -> None:
        self.reminders[ticket_id] = reminders
        self.reminders_changed.emit(ticket_id, reminders)

    # --- reference lists -------------------------------------------------------------------
    def set_categories(self, categories: list[CategoryOut]) -> None:
        self.categories = categories
        self.categories_changed.emit(categories)

    def set_agents(self, agents: list[AgentOut]) -> None:
        self.agents = agents
        self.agents_changed.emit(agents)

    def category_name(self, category_id: int) -> str:
        return next((c.name for c in self.categories if c.id == category_id), "")
