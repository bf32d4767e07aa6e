"""Changes one section makes that other sections show: each page emits after its own
operations, and the pages that display the same data reload only that."""

from PySide6.QtCore import QObject, Signal


class AdminChanges(QObject):
    users_changed = Signal()  # an account was created, changed, deactivated or reactivated
    roles_changed = Signal()
    categories_changed = Signal()
    customers_changed = Signal()
