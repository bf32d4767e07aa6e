"""Chips in the record's tables: an order's status, a ticket's status and priority, painted like
the ticket list's chips. Columns are sized for the chip's bold text, so it is never cut; order
status colours are charter tokens chosen by what the status means."""

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize
from PySide6.QtGui import QColor, QFont, QFontMetrics
from PySide6.QtWidgets import QStyleOptionViewItem

from desktop.tickets.delegates import CHIP_PADDING_X, TicketListDelegate
from shared_schemas.enums import OrderStatus

ORDER_STATUS_TOKENS = {
    OrderStatus.PENDING: "warning",
    OrderStatus.CONFIRMED: "info",
    OrderStatus.SHIPPED: "primary",
    OrderStatus.DELIVERED: "success",
    OrderStatus.CANCELLED: "text_muted",
}
CHIP_MARGIN = 16  # the chip's distance to the cell's edges, and a little air


class ChipDelegate(TicketListDelegate):
    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:  # noqa: N802
        hint = super().sizeHint(option, index)
        if self._kinds.get(index.column()) in ("status", "priority"):
            bold = QFont(option.font)
            bold.setBold(True)
            width = QFontMetrics(bold).horizontalAdvance(str(index.data() or "")) + 2 * CHIP_PADDING_X + CHIP_MARGIN
            hint.setWidth(max(hint.width(), width))
        return hint


class OrderStatusDelegate(ChipDelegate):
    def _chip_colour(self, kind: str, value: str) -> QColor:
        return QColor(getattr(self._palette(), ORDER_STATUS_TOKENS.get(value, "text_muted")))
