"""NotificationStore: the signed-in user's notifications as loaded so far (newest first), the unread
count of the badge, and the Qt signals that tell the badge, the list and the native notifications
what changed. Only the operations (desktop/notifications/operations.py) and `receive` — the live
arrival from the server — change it; views listen."""

from datetime import datetime

from PySide6.QtCore import QObject, Signal

from shared_schemas.common import Page
from shared_schemas.notifications import NotificationOut


class NotificationStore(QObject):
    received = Signal(object)  # NotificationOut: arrived live and was not known
    changed = Signal()  # the loaded list changed (rows added or replaced)
    unread_changed = Signal(int)  # the badge's count
    read = Signal(int)  # this notification id is now read
    activated = Signal(object)  # NotificationOut: the user asked to see it

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._items: list[NotificationOut] = []  # newest (highest id) first
        self._by_id: dict[int, NotificationOut] = {}
        self.unread = 0
        self.next_cursor: str | None = None
        self.loaded = False  # the first page has been read

    # --- reading ---------------------------------------------------------------------------------
    @property
    def items(self) -> tuple[NotificationOut, ...]:
        return tuple(self._items)

    @property
    def last_id(self) -> int:
        """The highest id known, 0 before any: where a catch-up resumes (`?after_id=`)."""
        return self._items[0].id if self._items else 0

    @property
    def has_more(self) -> bool:
        return not self.loaded or self.next_cursor is not None

    def get(self, notification_id: int) -> NotificationOut | None:
        return self._by_id.get(notification_id)

    def __len__(self) -> int:
        return len(self._items)

    # --- live arrival ------------------------------------------------------------------------------
    def receive(self, notification: NotificationOut) -> bool:
        """A notification pushed by the server. The same id may come twice (after a reconnection):
        the second time changes nothing and returns False."""
        if not self._insert(notification):
            return False
        self.changed.emit()
        if notification.read_at is None:
            self.set_unread(self.unread + 1)
        self.received.emit(notification)
        return True

    def add_known(self, notification: NotificationOut) -> bool:
        """A notification older than what was read at start that the catch-up sent again: listed,
        but not news (no `received`; the unread count read at start already counts it)."""
        if not self._insert(notification):
            return False
        self.changed.emit()
        return True

    def _insert(self, notification: NotificationOut) -> bool:
        if notification.id in self._by_id:
            return False
        self._by_id[notification.id] = notification
        index = len(self._items)
        for position, known in enumerate(self._items):
            if known.id < notification.id:
                index = position
                break
        self._items.insert(index, notification)
        return True

    # --- pages (operations) --------------------------------------------------------------------
    def set_first_page(self, page: Page[NotificationOut]) -> None:
        """The newest page replaces the list; notifications that arrived live while it was read
        (newer than its oldest) stay."""
        oldest = min((n.id for n in page.results), default=0)
        kept = [n for n in self._items if n.id > oldest]
        self._items, self._by_id = [], {}
        for notification in [*page.results, *kept]:
            self._insert(notification)
        self.next_cursor = page.next_cursor
        self.loaded = True
        self.changed.emit()

    def append_page(self, page: Page[NotificationOut]) -> None:
        """An older page, after the last one (scrolling down)."""
        for notification in page.results:
            self._insert(notification)
        self.next_cursor = page.next_cursor
        self.changed.emit()

    def set_unread(self, count: int) -> None:
        count = max(0, count)
        if count != self.unread:
            self.unread = count
            self.unread_changed.emit(count)

    # --- reads (operations) --------------------------------------------------------------------
    def mark_read(self, notification_id: int, read_at: datetime) -> None:
        """The server marked it read. The unread count follows; the operation reads the exact count
        afterwards (another desktop of the same user may have read it first)."""
        known = self._by_id.get(notification_id)
        if known is None or known.read_at is not None:
            return
        self._replace(known.model_copy(update={"read_at": read_at}))
        self.read.emit(notification_id)
        self.set_unread(self.unread - 1)

    def mark_all_read(self, up_to_id: int, read_at: datetime, unread: int) -> None:
        """Everything up to `up_to_id` is read; `unread` is the server's count after it (what
        arrived meanwhile, with a higher id, stays unread)."""
        for known in list(self._items):
            if known.id <= up_to_id and known.read_at is None:
                self._replace(known.model_copy(update={"read_at": read_at}))
                self.read.emit(known.id)
        self.set_unread(unread)

    def _replace(self, notification: NotificationOut) -> None:
        self._by_id[notification.id] = notification
        index = next(i for i, n in enumerate(self._items) if n.id == notification.id)
        self._items[index] = notification

    # --- the user ----------------------------------------------------------------------------------
    def activate(self, notification: NotificationOut) -> None:
        """The user clicked it (in the list or a native notification): the shell opens its ticket."""
        self.activated.emit(self._by_id.get(notification.id, notification))

    def clear(self) -> None:
        """Signed out: nothing of this user's stays."""
        self._items, self._by_id = [], {}
        self.next_cursor = None
        self.loaded = False
        self.changed.emit()
        self.set_unread(0)
