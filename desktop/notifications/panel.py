"""The notification list, a popup panel under the header's bell: newest first, unread ones marked,
title, body and relative time in French; more are loaded on scrolling down. Activating one (click,
Enter) hands it to the store (`activate`), which the shell follows to open its ticket; Escape or a
click elsewhere closes the panel. Model, delegate and panel read the NotificationStore; only the
operations change it."""

from collections.abc import Callable

from PySide6.QtCore import (
    QAbstractListModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QKeyEvent, QPainter
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from desktop.common.plain_text import tooltip_text
from desktop.context import AppContext
from desktop.i18n.errors import error_message
from desktop.notifications import operations
from desktop.notifications.store import NotificationStore
from desktop.notifications.texts import describe
from desktop.theme.tokens import Palette
from desktop.tickets.labels import relative_time
from desktop.tickets.widgets import run
from desktop.ui.forms import InlineMessage, busy_bar, link_button
from shared_schemas.notifications import NotificationOut

Index = QModelIndex | QPersistentModelIndex
NOTIFICATION_ROLE = Qt.ItemDataRole.UserRole + 1
BODY_ROLE = Qt.ItemDataRole.UserRole + 2
TIME_ROLE = Qt.ItemDataRole.UserRole + 3
UNREAD_ROLE = Qt.ItemDataRole.UserRole + 4
PANEL_SIZE = QSize(400, 480)


class NotificationListModel(QAbstractListModel):
    """The store's loaded notifications, one row each, newest first. Rows arriving live are
    inserted where they belong (the selection and the scroll position stay)."""

    more_requested = Signal()  # the view scrolled to the end and the server has older ones

    def __init__(self, store: NotificationStore, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._rows: list[NotificationOut] = list(store.items)
        self.loading = False
        store.changed.connect(self._sync)
        store.read.connect(self._read)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def notification(self, row: int) -> NotificationOut | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, notification_id: int) -> int:
        return next((row for row, n in enumerate(self._rows) if n.id == notification_id), -1)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        n = self.notification(index.row()) if index.isValid() else None
        if n is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, BODY_ROLE, Qt.ItemDataRole.ToolTipRole):
            title, body = describe(n)
            if role == Qt.ItemDataRole.ToolTipRole:
                return tooltip_text(f"{title}\n{body}")
            return title if role == Qt.ItemDataRole.DisplayRole else body
        if role == Qt.ItemDataRole.AccessibleTextRole:
            title, body = describe(n)
            state = self.tr("non lue") if n.read_at is None else self.tr("lue")
            return f"{title}. {body}. {relative_time(n.created_at)}, {state}"
        if role == TIME_ROLE:
            return relative_time(n.created_at)
        if role == UNREAD_ROLE:
            return n.read_at is None
        if role == NOTIFICATION_ROLE:
            return n
        return None

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: N802, B008
        return not parent.isValid() and self._store.loaded and self._store.has_more and not self.loading

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: N802, B008
        if self.canFetchMore(parent):
            self.loading = True
            self.more_requested.emit()

    def _sync(self) -> None:
        new = list(self._store.items)
        new_ids = {n.id for n in new}
        if not all(n.id in new_ids for n in self._rows):
            self.beginResetModel()
            self._rows = new
            self.endResetModel()
            return
        for position, n in enumerate(new):  # both lists are in id order: only insertions remain
            if position >= len(self._rows) or self._rows[position].id != n.id:
                self.beginInsertRows(QModelIndex(), position, position)
                self._rows.insert(position, n)
                self.endInsertRows()
            elif self._rows[position] != n:
                self._rows[position] = n
                self.dataChanged.emit(self.index(position), self.index(position))

    def _read(self, notification_id: int) -> None:
        row, fresh = self.row_of(notification_id), self._store.get(notification_id)
        if row >= 0 and fresh is not None:
            self._rows[row] = fresh
            self.dataChanged.emit(self.index(row), self.index(row))


class NotificationDelegate(QStyledItemDelegate):
    """Title (bold while unread) and time on the first line, the body under it; a dot in the
    charter's primary colour marks an unread one. Colours come from the palette, never from here."""

    PADDING, DOT = 10, 8

    def __init__(self, palette: Callable[[], Palette], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._palette = palette

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802
        metrics = QFontMetrics(option.font)
        return QSize(0, self.PADDING * 2 + metrics.height() * 2 + 4)  # as wide as the list

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        background = QStyleOptionViewItem(option)
        self.initStyleOption(background, index)
        background.text = ""
        style = background.widget.style() if background.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, background, painter, background.widget)

        palette = self._palette()
        unread = bool(index.data(UNREAD_ROLE))
        rect = option.rect.adjusted(self.PADDING + self.DOT + 8, self.PADDING, -self.PADDING, -self.PADDING)
        plain = QFont(option.font)
        bold = QFont(option.font)
        bold.setBold(unread)
        small = QFont(option.font)
        small.setPointSizeF(max(1.0, option.font.pointSizeF() * 0.9))
        time = str(index.data(TIME_ROLE) or "")
        time_width = QFontMetrics(small).horizontalAdvance(time) + 8
        line = QFontMetrics(plain).height()

        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if unread:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(palette.primary))
            painter.drawEllipse(option.rect.left() + self.PADDING, rect.top() + (line - self.DOT) // 2,
                                self.DOT, self.DOT)
        title_rect = QRect(rect.left(), rect.top(), rect.width() - time_width, line)
        painter.setFont(bold)
        painter.setPen(QColor(palette.text))
        title = QFontMetrics(bold).elidedText(str(index.data() or ""), Qt.TextElideMode.ElideRight, title_rect.width())
        painter.drawText(title_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, title)
        painter.setFont(small)
        painter.setPen(QColor(palette.text_muted))
        painter.drawText(QRect(rect.right() - time_width, rect.top(), time_width, line),
                         Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, time)
        painter.setFont(plain)
        body_rect = QRect(rect.left(), rect.top() + line + 4, rect.width(), line)
        body = QFontMetrics(plain).elidedText(str(index.data(BODY_ROLE) or ""), Qt.TextElideMode.ElideRight,
                                              body_rect.width())
        painter.drawText(body_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, body)
        painter.restore()


class NotificationPanel(QFrame):
    preferences_requested = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.ctx = ctx
        self.store = ctx.notifications
        self.setObjectName("notificationPanel")
        self.setAccessibleName(self.tr("Notifications"))
        self.resize(PANEL_SIZE)

        title = QLabel(self.tr("Notifications"), self)
        title.setProperty("role", "heading")
        self.read_all = link_button(self.tr("Tout marquer comme lu"), self)
        self.preferences = link_button(self.tr("Préférences…"), self)
        self.preferences.setAccessibleName(self.tr("Préférences de notification"))
        self.busy = busy_bar(self)
        self.error = InlineMessage(self)
        self.model = NotificationListModel(self.store, self)
        self.list = QListView(self)
        self.list.setObjectName("notificationList")
        self.list.setAccessibleName(self.tr("Liste des notifications"))
        self.list.setModel(self.model)
        self.list.setItemDelegate(NotificationDelegate(lambda: self.ctx.palette, self.list))
        self.list.setUniformItemSizes(True)
        self.list.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.list.setMouseTracking(True)
        self.empty = QLabel(
            self.tr("Aucune notification pour le moment. Les réponses et les changements sur vos tickets "
                    "s'afficheront ici."),
            self,
        )
        self.empty.setProperty("role", "empty")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)

        top = QHBoxLayout()
        top.addWidget(title)
        top.addStretch(1)
        top.addWidget(self.read_all)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.preferences)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.setSpacing(8)
        layout.addLayout(top)
        layout.addWidget(self.busy)
        layout.addWidget(self.error)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty, 1)
        layout.addLayout(bottom)
        self.setTabOrder(self.list, self.read_all)
        self.setTabOrder(self.read_all, self.preferences)

        self.list.clicked.connect(self._activate)
        self.list.installEventFilter(self)
        self.read_all.clicked.connect(self.mark_all_read)
        self.preferences.clicked.connect(self._preferences)
        self.model.more_requested.connect(self._load_more)
        self.store.changed.connect(self._show_state)
        self.store.unread_changed.connect(self._show_state)
        self._show_state()

    # --- showing -----------------------------------------------------------------------------------
    def show_under(self, anchor: QWidget) -> None:
        """Opens under `anchor`, right edges aligned, kept on its screen."""
        corner = anchor.mapToGlobal(QPoint(anchor.width(), anchor.height() + 4))
        x, y = corner.x() - self.width(), corner.y()
        screen = anchor.screen()
        if screen is not None:
            area = screen.availableGeometry()
            x = max(area.left(), min(x, area.right() - self.width()))
            y = max(area.top(), min(y, area.bottom() - self.height()))
        self.move(x, y)
        self.error.clear()
        self.show()
        self.raise_()
        if not self.store.loaded:
            self.reload()
        self.list.setFocus()
        if self.model.rowCount() and not self.list.currentIndex().isValid():
            self.list.setCurrentIndex(self.model.index(0))

    def _show_state(self, *_args) -> None:
        empty = self.store.loaded and self.model.rowCount() == 0
        self.empty.setVisible(empty)
        self.list.setVisible(not empty)
        self.read_all.setEnabled(self.store.unread > 0)
        if self.list.hasFocus() and self.model.rowCount() and not self.list.currentIndex().isValid():
            self.list.setCurrentIndex(self.model.index(0))

    def _failed(self, error: BaseException) -> None:
        self.busy.setVisible(False)
        self.error.show_error(error_message(error))

    # --- loading -----------------------------------------------------------------------------------
    def reload(self) -> None:
        self.busy.setVisible(True)
        run(operations.load_first_page(self.ctx, self.store), on_done=lambda _: self.busy.setVisible(False),
            on_error=self._failed)

    def _load_more(self) -> None:
        def done(_result) -> None:
            self.model.loading = False
            self.busy.setVisible(False)

        def failed(error: BaseException) -> None:
            self.model.loading = False
            self._failed(error)

        self.busy.setVisible(True)
        run(operations.load_next_page(self.ctx, self.store), on_done=done, on_error=failed)

    # --- actions -----------------------------------------------------------------------------------
    def mark_all_read(self) -> None:
        self.read_all.setEnabled(False)
        self.error.clear()

        def failed(error: BaseException) -> None:
            self._failed(error)
            self._show_state()

        run(operations.mark_all_read(self.ctx, self.store), on_done=lambda _: self._show_state(), on_error=failed)

    def activate(self, row: int) -> None:
        notification = self.model.notification(row)
        if notification is None:
            return
        self.close()
        self.store.activate(notification)

    def _activate(self, index: QModelIndex) -> None:
        if index.isValid():
            self.activate(index.row())

    def _preferences(self) -> None:
        self.close()
        self.preferences_requested.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if (
            watched is self.list
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and self.list.currentIndex().isValid()
        ):
            self.activate(self.list.currentIndex().row())
            return True
        return super().eventFilter(watched, event)
