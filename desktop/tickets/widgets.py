"""Small building blocks of the tickets screens: running an operation from a widget, chips, the
inline error banner. Looks come from QSS properties (`role`, `variant`, `chip`), never from here."""

import asyncio
import logging
from collections.abc import Callable, Coroutine
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from desktop.api.errors import SessionExpired
from desktop.i18n.errors import error_message
from desktop.tasks import spawn
from desktop.tickets import labels

log = logging.getLogger(__name__)


def run(
    coro: Coroutine[Any, Any, Any],
    *,
    on_error: Callable[[BaseException], None],
    on_done: Callable[[Any], None] | None = None,
) -> asyncio.Task:
    """Runs an operation on the qasync loop. Its failure goes to `on_error` (shown inline), except
    an expired session, which goes to the app's handler (back to the sign-in screen)."""

    async def guarded() -> Any:
        try:
            result = await coro
        except SessionExpired:
            raise
        except Exception as error:  # shown to the user in French, never as a traceback
            log.warning("tickets operation failed: %r", error)
            _deliver(on_error, error)
            return None
        if on_done is not None:
            _deliver(on_done, result)
        return result

    return spawn(guarded())


def _deliver(callback: Callable[[Any], None], value: Any) -> None:
    """Calls back a widget, unless it was closed while the request was on its way."""
    try:
        callback(value)
    except RuntimeError as error:
        if "already deleted" not in str(error):
            raise
        log.debug("result for a closed widget dropped: %s", error)


def escalate(error: BaseException) -> None:
    """Hands an error over to the app's background-error handler (an expired session sends the
    user back to the sign-in screen), for failures reported through a signal rather than raised."""

    async def fail() -> None:
        raise error

    spawn(fail())


def repolish(widget: QWidget) -> None:
    """Re-applies the stylesheet after a dynamic property changed."""
    widget.style().unpolish(widget)
    widget.style().polish(widget)
    widget.update()


def set_role(widget: QWidget, role: str) -> None:
    if widget.property("role") != role:
        widget.setProperty("role", role)
        repolish(widget)


def label(text: str = "", *, role: str | None = None, plain: bool = True, parent: QWidget | None = None) -> QLabel:
    """A QLabel; `plain` (the default) never interprets HTML, since texts may come from users."""
    widget = QLabel(parent)
    if plain:
        widget.setTextFormat(Qt.TextFormat.PlainText)
    widget.setText(text)
    if role:
        widget.setProperty("role", role)
    return widget


class ChipLabel(QLabel):
    """A status or priority as a coloured pill (QLabel[role="chip"][chip="status-open"] in styles.py)."""

    def __init__(self, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._kind = kind
        self.setProperty("role", "chip")
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)

    def set_value(self, value: str) -> None:
        text = labels.status_label(value) if self._kind == "status" else labels.priority_label(value)
        self.setText(text)
        self.setAccessibleName(text)
        self.setProperty("chip", f"{self._kind}-{value}")
        repolish(self)


class ErrorBanner(QFrame):
    """An inline error in French with a close button; hidden until `show_error`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "banner-error")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 4, 4)
        self.text = label(parent=self)
        self.text.setWordWrap(True)
        self.text.setAccessibleName(self.tr("Erreur"))
        close = QPushButton(self.tr("Fermer"), self)
        close.setProperty("variant", "link")
        close.setAccessibleName(self.tr("Fermer le message d'erreur"))
        close.clicked.connect(self.hide)
        layout.addWidget(self.text, 1)
        layout.addWidget(close)
        self.hide()

    def show_error(self, error: BaseException | str) -> None:
        self.text.setText(error if isinstance(error, str) else error_message(error))
        self.show()

    @property
    def message(self) -> str:
        return "" if self.isHidden() else self.text.text()
