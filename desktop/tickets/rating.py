"""The client's rating of a resolved or closed ticket: 1–5 stars (mouse, or keyboard: ←/→, 1–5)
and an optional comment. Once given, the rating is shown instead of the form."""

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.context import AppContext
from desktop.i18n.errors import error_message
from desktop.tickets import labels, operations
from desktop.tickets.store import TicketStore
from desktop.tickets.widgets import label, repolish, run
from shared_schemas.enums import TicketAction
from shared_schemas.tickets import TicketDetail

MAX_STARS = 5


def stars_text(stars: int) -> str:
    return "★" * stars + "☆" * (MAX_STARS - stars)


class StarPicker(QFrame):
    """Five stars; the picker itself takes the keyboard focus."""

    value_changed = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("starPicker")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._value = 0
        layout = QHBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.setSpacing(0)
        self.stars: list[QToolButton] = []
        for number in range(1, MAX_STARS + 1):
            star = QToolButton(self)
            star.setProperty("role", "star")
            star.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            star.setAccessibleName(labels.fill(self.tr("%1 sur 5"), str(number)))
            star.clicked.connect(lambda _=False, n=number: self.set_value(n))
            layout.addWidget(star)
            self.stars.append(star)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self._redraw()

    @property
    def value(self) -> int:
        return self._value

    def set_value(self, value: int) -> None:
        value = max(0, min(MAX_STARS, value))
        if value != self._value:
            self._value = value
            self._redraw()
            self.value_changed.emit(value)

    def _redraw(self) -> None:
        for number, star in enumerate(self.stars, start=1):
            lit = number <= self._value
            star.setText("★" if lit else "☆")
            star.setProperty("lit", "true" if lit else "false")
            repolish(star)
        self.setAccessibleName(labels.fill(self.tr("Note : %1 sur 5"), str(self._value)))

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        key = event.key()
        if key in (Qt.Key.Key_Right, Qt.Key.Key_Up):
            self.set_value(self._value + 1)
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Down):
            self.set_value(max(1, self._value - 1))
        elif key == Qt.Key.Key_Home:
            self.set_value(1)
        elif key == Qt.Key.Key_End:
            self.set_value(MAX_STARS)
        elif Qt.Key.Key_1 <= key <= Qt.Key.Key_5:
            self.set_value(key - Qt.Key.Key_0)
        else:
            super().keyPressEvent(event)


class RatingWidget(QFrame):
    def __init__(self, ctx: AppContext, store: TicketStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "card")
        self._ctx = ctx
        self._store = store
        self._ticket_id: int | None = None
        self.task = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 10, 16, 12)
        self.title = label(self.tr("Votre avis sur la résolution de ce ticket"), role="heading")
        layout.addWidget(self.title)

        self.form = QWidget(self)
        form = QVBoxLayout(self.form)
        form.setContentsMargins(0, 0, 0, 0)
        self.picker = StarPicker(self.form)
        form.addWidget(self.picker)
        self.comment = QPlainTextEdit(self.form)
        self.comment.setAccessibleName(self.tr("Commentaire"))
        self.comment.setPlaceholderText(self.tr("Un commentaire ? (facultatif)"))
        self.comment.setTabChangesFocus(True)
        self.comment.setMaximumHeight(70)
        form.addWidget(self.comment)
        row = QHBoxLayout()
        self.error = label(role="error")
        self.error.setWordWrap(True)
        self.error.hide()
        row.addWidget(self.error, 1)
        self.submit = QPushButton(self.tr("Envoyer mon avis"), self.form)
        self.submit.setProperty("variant", "primary")
        self.submit.setEnabled(False)
        self.submit.clicked.connect(self.send)
        row.addWidget(self.submit)
        form.addLayout(row)
        layout.addWidget(self.form)
        self.picker.value_changed.connect(lambda value: self.submit.setEnabled(value > 0))

        self.given = label(role="muted")
        self.given.setWordWrap(True)
        layout.addWidget(self.given)

    def set_ticket(self, detail: TicketDetail) -> bool:
        """Shows the form when the ticket may be rated, the rating when there is one; returns
        whether there is anything to show."""
        if detail.id != self._ticket_id:
            self._ticket_id = detail.id
            self.picker.set_value(0)
            self.comment.clear()
            self.error.hide()
        can_rate = detail.allows(TicketAction.RATE)
        self.form.setVisible(can_rate)
        self.title.setText(self.tr("Votre avis sur la résolution de ce ticket") if can_rate else self.tr("Votre avis"))
        if detail.rating is not None:
            text = stars_text(detail.rating.stars)
            if detail.rating.comment:
                text = labels.fill(self.tr("%1 « %2 »"), text, detail.rating.comment)
            self.given.setText(text)
        self.given.setVisible(detail.rating is not None)
        return can_rate or detail.rating is not None

    def send(self) -> None:
        if self._ticket_id is None or self.picker.value == 0:
            return
        self.submit.setEnabled(False)
        self.error.hide()
        self.task = run(
            operations.rate(
                self._ctx,
                self._store,
                self._ticket_id,
                stars=self.picker.value,
                comment=self.comment.toPlainText().strip(),
            ),
            on_error=self._failed,
        )

    def _failed(self, error: BaseException) -> None:
        self.submit.setEnabled(self.picker.value > 0)
        self.error.setText(error_message(error))
        self.error.show()
