"""A run's status and its dry-run mark as coloured chips, painted like the ticket list's chips;
colours are charter tokens chosen by what the code means."""

from PySide6.QtGui import QColor

from desktop.admin.crm.table_models import DRY_RUN
from desktop.tickets.delegates import TicketListDelegate

CHIP_TOKENS = {
    "running": "info",
    "succeeded": "success",
    "failed": "danger",
    DRY_RUN: "warning",
}


class SyncRunDelegate(TicketListDelegate):
    def _chip_colour(self, kind: str, value: str) -> QColor:
        return QColor(getattr(self._palette(), CHIP_TOKENS.get(value, "text_muted")))
