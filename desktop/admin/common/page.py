"""Base of a section's screen: a title with its actions, an error banner, the content.

A page loads nothing until it is first shown (`activate`), reports failures in French in its
banner, and reloads what failed when the connection comes back."""

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.admin.common.activity import Activity
from desktop.admin.common.banner import ErrorBanner
from desktop.admin.common.errors import after_failure
from desktop.admin.common.hub import AdminChanges
from desktop.i18n.errors import error_message

translate = QCoreApplication.translate


class AdminPage(QWidget):
    def __init__(self, ctx, changes: AdminChanges, *, title: str, subtitle: str, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.changes = changes
        self.setObjectName("adminPage")
        self.setAccessibleName(title)
        self.activity = Activity(self.show_failure)
        self._activated = False
        self._reload_when_online = False
        self.dialog: QDialog | None = None  # the last dialog opened (kept until the next one)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(12)
        header = QHBoxLayout()
        titles = QVBoxLayout()
        titles.setSpacing(2)
        self.title_label = QLabel(title, self)
        self.title_label.setProperty("role", "title")
        titles.addWidget(self.title_label)
        subtitle_label = QLabel(subtitle, self)
        subtitle_label.setProperty("role", "muted")
        subtitle_label.setWordWrap(True)
        titles.addWidget(subtitle_label)
        header.addLayout(titles, 1)
        self.actions = QHBoxLayout()
        self.actions.setSpacing(8)
        header.addLayout(self.actions)
        layout.addLayout(header)
        self.banner = ErrorBanner(self)
        layout.addWidget(self.banner)
        self.content = QVBoxLayout()
        self.content.setSpacing(8)
        layout.addLayout(self.content, 1)
        ctx.connection.online_changed.connect(self._online_changed)

    def add_action(
        self, text: str, slot: Callable[[], None], *, variant: str = "", accessible_name: str = ""
    ) -> QPushButton:
        button = QPushButton(text, self)
        button.setAccessibleName(accessible_name or text.replace("&", ""))
        if variant:
            button.setProperty("variant", variant)
        button.clicked.connect(slot)
        self.actions.addWidget(button)
        return button

    def show_dialog(self, dialog: QDialog) -> QDialog:
        """Opens a create / edit dialog (window-modal, non-blocking); the previous one is freed."""
        previous, self.dialog = self.dialog, dialog
        if previous is not None and not previous.isVisible():
            previous.deleteLater()
        dialog.open()
        return dialog

    # --- loading ---------------------------------------------------------------------------
    def activate(self) -> None:
        """Called when the page is shown; the first call loads its data."""
        if not self._activated:
            self._activated = True
            self.load()

    def load(self) -> None:
        raise NotImplementedError

    async def idle(self) -> None:
        await self.activity.idle()

    # --- failures --------------------------------------------------------------------------
    def show_failure(self, error: BaseException, *, retry: Callable[[], None] | None = None) -> None:
        after_failure(self.ctx, error)
        self.banner.show_error(error_message(error), retry=retry)

    def load_failed(self, error: BaseException) -> None:
        """A list could not be loaded: say so, offer to retry, retry by itself once back online."""
        self._reload_when_online = True
        self.show_failure(error, retry=self._reload_after_failure)

    def _reload_after_failure(self) -> None:
        self._reload_when_online = False
        self.banner.clear()
        self.load()

    def _online_changed(self, online: bool) -> None:
        if online and self._reload_when_online:
            self._reload_after_failure()
