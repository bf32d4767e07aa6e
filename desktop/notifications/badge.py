"""The header's notification bell: the unread count as a chip over it (hidden at 0, "99+" above 99)
and, on a click, the notification panel under it. It follows the store's unread count."""

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QPainter, QPainterPath, QPalette, QPen
from PySide6.QtWidgets import QLabel, QStyle, QStyleOptionToolButton, QStylePainter, QToolButton, QWidget

from desktop.context import AppContext
from desktop.notifications.panel import NotificationPanel
from desktop.tickets.labels import fill

MAX_SHOWN = 99


def count_text(count: int) -> str:
    return f"{MAX_SHOWN}+" if count > MAX_SHOWN else str(count)


class BellButton(QToolButton):
    """A tool button drawing a bell in its text colour (the stylesheet's `color`), so it follows
    the charter in both themes without an image per theme."""

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(36, 34)

    def paintEvent(self, event) -> None:  # noqa: N802
        painter = QStylePainter(self)
        option = QStyleOptionToolButton()
        self.initStyleOption(option)
        option.text = ""
        painter.drawComplexControl(QStyle.ComplexControl.CC_ToolButton, option)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        colour = self.palette().color(QPalette.ColorRole.ButtonText)
        side = min(self.width(), self.height()) * 0.55
        box = QRectF((self.width() - side) / 2, (self.height() - side) / 2, side, side)
        bell = QPainterPath()
        bell.moveTo(box.left() + side * 0.15, box.top() + side * 0.78)
        bell.cubicTo(
            box.left() + side * 0.28, box.top() + side * 0.6,
            box.left() + side * 0.18, box.top() + side * 0.1,
            box.center().x(), box.top() + side * 0.1,
        )
        bell.cubicTo(
            box.right() - side * 0.18, box.top() + side * 0.1,
            box.right() - side * 0.28, box.top() + side * 0.6,
            box.right() - side * 0.15, box.top() + side * 0.78,
        )
        bell.closeSubpath()
        painter.setPen(QPen(colour, max(1.5, side / 12), Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                            Qt.PenJoinStyle.RoundJoin))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(bell)
        painter.setBrush(colour)
        painter.drawEllipse(QPointF(box.center().x(), box.top() + side * 0.9), side * 0.09, side * 0.09)
        painter.drawEllipse(QPointF(box.center().x(), box.top() + side * 0.06), side * 0.05, side * 0.05)


class NotificationBadge(QWidget):
    preferences_requested = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("notificationBadge")
        self.button = BellButton(self)
        self.button.setObjectName("notificationBell")
        self.button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.count = QLabel(self)
        self.count.setObjectName("notificationCount")
        self.count.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.count.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setFixedSize(self.button.sizeHint() + QSize(10, 4))
        self.button.setGeometry(0, 4, self.button.sizeHint().width(), self.button.sizeHint().height())
        self.panel: NotificationPanel | None = None
        self.button.clicked.connect(self.toggle_panel)
        ctx.notifications.unread_changed.connect(self._show_count)
        self._show_count(ctx.notifications.unread)

    @property
    def accessible_text(self) -> str:
        return self.button.accessibleName()

    def _show_count(self, count: int) -> None:
        if count <= 0:
            text = self.tr("Notifications, aucune non lue")
        elif count == 1:
            text = self.tr("Notifications, 1 non lue")
        else:
            text = fill(self.tr("Notifications, %1 non lues"), count_text(count))
        self.button.setAccessibleName(text)
        self.button.setToolTip(text)
        self.count.setText(count_text(max(count, 0)))
        self.count.setVisible(count > 0)
        self.count.adjustSize()
        width = max(self.count.sizeHint().width(), self.count.sizeHint().height())
        self.count.resize(width, self.count.sizeHint().height())
        self.count.move(self.width() - width, 0)
        self.count.raise_()

    def toggle_panel(self) -> None:
        if self.panel is not None and self.panel.isVisible():
            self.panel.close()
        else:
            self.open_panel()

    def open_panel(self) -> NotificationPanel:
        if self.panel is None:
            self.panel = NotificationPanel(self.ctx, self)
            self.panel.preferences_requested.connect(self.preferences_requested)
        self.panel.show_under(self.button)
        return self.panel
