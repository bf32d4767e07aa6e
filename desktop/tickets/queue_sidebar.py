"""The staff queues on the left: Tous ouverts, Mes tickets, Non assignés, Échéance proche,
Clôturés. Choosing one shows it in the list (the server serves each from its own index)."""

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from desktop.tickets import labels
from desktop.tickets.widgets import label
from shared_schemas.enums import TicketQueue

STAFF_QUEUES = (
    TicketQueue.OPEN,
    TicketQueue.MINE,
    TicketQueue.UNASSIGNED,
    TicketQueue.DUE_SOON,
    TicketQueue.CLOSED,
)
QUEUE_ROLE = Qt.ItemDataRole.UserRole + 1


class QueueSidebar(QFrame):
    queue_chosen = Signal(object)  # TicketQueue

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sidebar")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 12, 0, 12)
        title = label(self.tr("Files de tickets"), role="heading")
        title.setContentsMargins(16, 0, 16, 8)
        layout.addWidget(title)
        self.list = QListWidget(self)
        self.list.setObjectName("queues")
        self.list.setAccessibleName(self.tr("Files de tickets"))
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for queue in STAFF_QUEUES:
            item = QListWidgetItem(labels.queue_label(queue))
            item.setData(QUEUE_ROLE, queue.value)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, labels.queue_label(queue))
            self.list.addItem(item)
        self.list.setCurrentRow(0)
        self.list.currentItemChanged.connect(self._changed)
        layout.addWidget(self.list, 1)

    @property
    def queue(self) -> TicketQueue:
        item = self.list.currentItem()
        return TicketQueue(item.data(QUEUE_ROLE)) if item else TicketQueue.OPEN

    def choose(self, queue: TicketQueue) -> None:
        self.list.setCurrentRow(STAFF_QUEUES.index(queue))

    def _changed(self, current: QListWidgetItem | None, _previous) -> None:
        if current is not None:
            self.queue_chosen.emit(TicketQueue(current.data(QUEUE_ROLE)))
