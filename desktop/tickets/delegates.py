"""Painting of the ticket list: status and priority as coloured chips, an overdue GTR in the
danger colour. Colours come from the charter palette (ctx.palette), never from this file."""

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPalette
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from desktop.theme.tokens import Palette
from desktop.tickets.table_model import CHIP_ROLE, OVERDUE_ROLE

Index = QModelIndex | QPersistentModelIndex
CHIP_PADDING_X = 8
CHIP_PADDING_Y = 2


class TicketListDelegate(QStyledItemDelegate):
    def __init__(self, palette: Callable[[], Palette], kinds: dict[int, str], parent=None) -> None:
        """`kinds`: column → "status" | "priority" | "due"."""
        super().__init__(parent)
        self._palette = palette
        self._kinds = kinds

    def set_kinds(self, kinds: dict[int, str]) -> None:
        self._kinds = kinds

    def _chip_colour(self, kind: str, value: str) -> QColor:
        palette = self._palette()
        return QColor(palette.status(value) if kind == "status" else palette.priority(value))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        kind = self._kinds.get(index.column())
        if kind == "due" and index.data(OVERDUE_ROLE):
            overdue = QStyleOptionViewItem(option)
            self.initStyleOption(overdue, index)
            colour = QColor(self._palette().danger)
            overdue.palette.setColor(QPalette.ColorRole.Text, colour)
            overdue.palette.setColor(QPalette.ColorRole.HighlightedText, colour)
            overdue.font.setBold(True)
            style = overdue.widget.style() if overdue.widget else QApplication.style()
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, overdue, painter, overdue.widget)
            return
        value = index.data(CHIP_ROLE) if kind in ("status", "priority") else None
        if not value:
            super().paint(painter, option, index)
            return
        self._paint_chip(painter, option, index, self._chip_colour(kind, value))

    def _paint_chip(self, painter: QPainter, option: QStyleOptionViewItem, index: Index, colour: QColor) -> None:
        background = QStyleOptionViewItem(option)
        self.initStyleOption(background, index)
        text = background.text
        background.text = ""
        style = background.widget.style() if background.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, background, painter, background.widget)

        font = QFont(background.font)
        font.setBold(True)
        painter.save()
        painter.setFont(font)
        metrics = painter.fontMetrics()
        available = max(0, option.rect.width() - 8 - 2 * CHIP_PADDING_X)
        text_width = min(metrics.horizontalAdvance(text) + 2, available)
        height = min(metrics.height() + 2 * CHIP_PADDING_Y, option.rect.height() - 2)
        rect = QRectF(
            option.rect.left() + 4, option.rect.center().y() - height / 2 + 1, text_width + 2 * CHIP_PADDING_X, height
        )
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawRoundedRect(rect, height / 2, height / 2)
        painter.setPen(QColor(self._palette().text_on_primary))
        elided = metrics.elidedText(text, Qt.TextElideMode.ElideRight, available)
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, elided)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802
        hint = super().sizeHint(option, index)
        if self._kinds.get(index.column()) in ("status", "priority"):
            hint.setWidth(hint.width() + 2 * CHIP_PADDING_X + 8)
            hint.setHeight(max(hint.height(), option.fontMetrics.height() + 2 * CHIP_PADDING_Y + 6))
        return hint
