"""An order's status as a coloured chip in the orders table, painted like the ticket list's chips;
colours are charter tokens chosen by what the status means."""

from PySide6.QtGui import QColor

from desktop.tickets.delegates import TicketListDelegate
from shared_schemas.enums import OrderStatus

ORDER_STATUS_TOKENS = {
    OrderStatus.PENDING: "warning",
    OrderStatus.CONFIRMED: "info",
    OrderStatus.SHIPPED: "primary",
    OrderStatus.DELIVERED: "success",
    OrderStatus.CANCELLED: "text_muted",
}


class OrderStatusDelegate(TicketListDelegate):
    def _chip_colour(self, kind: str, value: str) -> QColor:
        return QColor(getattr(self._palette(), ORDER_STATUS_TOKENS.get(value, "text_muted")))
