"""A run's status and its dry-run mark as coloured chips, painted like the ticket list's chips;
colours are charter tokens chosen by what the code means."""

from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QFont, QFontMetrics
from PySide6.QtWidgets import QStyleOptionViewItem

from desktop.admin.crm.table_models import DRY_RUN
from desktop.common.paged_table_model import Index
from desktop.tickets.delegates import CHIP_PADDING_X, TicketListDelegate

CHIP_TOKENS = {
    "running": "info",
    "succeeded": "success",
    "failed": "danger",
    DRY_RUN: "warning",
}


class SyncRunDelegate(TicketListDelegate):
    def _chip_colour(self, kind: str, value: str) -> QColor:
        return QColor(getattr(self._palette(), CHIP_TOKENS.get(value, "text_muted")))

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802
        """Wide enough for the chip's bold text, so « Réussie » is never cut."""
        hint = super().sizeHint(option, index)
        if index.column() in self._kinds:
            bold = QFont(option.font)
            bold.setBold(True)
            needed = QFontMetrics(bold).horizontalAdvance(str(index.data() or "")) + 2 * CHIP_PADDING_X + 16
            hint.setWidth(max(hint.width(), needed))
        return hint
