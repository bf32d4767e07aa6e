"""« Préférences de notification »: for each type the server lists for this user, whether it shows
in the application and whether it comes by e-mail — each change saved at once through the API (on a
failure, an inline error in French and the box goes back: nothing changes locally) — and the local
choice to show the system's own notifications, kept in the app settings."""

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from desktop.common.plain_text import plain_label
from desktop.context import AppContext
from desktop.i18n.errors import error_message
from desktop.notifications import operations
from desktop.notifications.texts import type_label
from desktop.tickets.labels import fill
from desktop.tickets.widgets import run
from desktop.ui.forms import InlineMessage, busy_bar
from shared_schemas.notifications import NotificationPreference

IN_APP, EMAIL = "in_app", "email"


class NotificationPreferencesDialog(QDialog):
    loaded = Signal()  # the server's preferences are shown
    saved = Signal(object)  # NotificationPreference, as the server now has it

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("notificationPreferencesDialog")
        self.setWindowTitle(self.tr("Préférences de notification"))
        self.setMinimumWidth(480)
        self.preferences: dict[str, NotificationPreference] = {}
        self.boxes: dict[tuple[str, str], QCheckBox] = {}
        self.saving: set[str] = set()

        title = QLabel(self.tr("Préférences de notification"), self)
        title.setProperty("role", "heading")
        intro = QLabel(self.tr("Choisissez comment être prévenu de chaque événement sur vos tickets."), self)
        intro.setProperty("role", "muted")
        intro.setWordWrap(True)
        self.busy = busy_bar(self)
        self.error = InlineMessage(self)
        self.table = QFrame(self)
        self.grid = QGridLayout(self.table)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(24)
        self.grid.setVerticalSpacing(8)
        self.grid.setColumnStretch(0, 1)
        for column, text in ((1, self.tr("Dans l'application")), (2, self.tr("Par e-mail"))):
            header = QLabel(text, self.table)
            header.setProperty("role", "field-label")
            self.grid.addWidget(header, 0, column, Qt.AlignmentFlag.AlignHCenter)

        separator = QFrame(self)
        separator.setFrameShape(QFrame.Shape.HLine)
        self.desktop = QCheckBox(self.tr("Afficher les notifications du bureau"), self)
        self.desktop.setAccessibleName(self.desktop.text())
        self.desktop.setChecked(ctx.settings.desktop_notifications)
        desktop_note = QLabel(
            self.tr("Sur cet ordinateur : les notifications du système, en plus de la liste de l'application."), self
        )
        desktop_note.setProperty("role", "muted")
        desktop_note.setWordWrap(True)

        buttons = QDialogButtonBox(self)
        self.close_button = buttons.addButton(self.tr("Fermer"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.close_button.setAccessibleName(self.tr("Fermer"))
        self.close_button.setProperty("variant", "primary")
        buttons.accepted.connect(self.accept)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(12)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addWidget(self.busy)
        layout.addWidget(self.error)
        layout.addWidget(self.table)
        layout.addWidget(separator)
        layout.addWidget(self.desktop)
        layout.addWidget(desktop_note)
        layout.addStretch(1)
        layout.addWidget(buttons)

        self.desktop.toggled.connect(self._desktop_chosen)
        self.load()

    # --- loading ---------------------------------------------------------------------------------
    def load(self) -> None:
        self.busy.setVisible(True)
        self.error.clear()
        run(operations.load_preferences(self.ctx), on_done=self._show, on_error=self._load_failed)

    def _load_failed(self, error: BaseException) -> None:
        self.busy.setVisible(False)
        self.error.show_error(
            fill(self.tr("Les préférences n'ont pas pu être chargées : %1"), error_message(error))
        )

    def _show(self, preferences: list[NotificationPreference]) -> None:
        self.busy.setVisible(False)
        for row, preference in enumerate(preferences, start=1):
            name = type_label(preference.type)
            label = plain_label(name, self.table)  # a type unknown here shows as the server sent it
            self.grid.addWidget(label, row, 0)
            for column, switch in ((1, IN_APP), (2, EMAIL)):
                box = QCheckBox(self.table)
                box.setAccessibleName(
                    fill(self.tr("%1 : dans l'application") if switch == IN_APP else self.tr("%1 : par e-mail"), name)
                )
                box.toggled.connect(lambda checked, t=preference.type, s=switch: self._changed(t, s, checked))
                self.boxes[(preference.type, switch)] = box
                self.grid.addWidget(box, row, column, Qt.AlignmentFlag.AlignHCenter)
            if row == 1:
                label.setBuddy(self.boxes[(preference.type, IN_APP)])
        self._apply(preferences)
        first = next(iter(self.boxes.values()), None)
        if first is not None:
            first.setFocus()
        self.loaded.emit()

    def _apply(self, preferences: list[NotificationPreference]) -> None:
        """Shows what the server has (without saving it back)."""
        for preference in preferences:
            self.preferences[preference.type] = preference
            for switch in (IN_APP, EMAIL):
                box = self.boxes.get((preference.type, switch))
                if box is not None:
                    box.blockSignals(True)
                    box.setChecked(getattr(preference, switch))
                    box.blockSignals(False)

    # --- saving ----------------------------------------------------------------------------------
    def _set_row_enabled(self, type_: str, enabled: bool) -> None:
        for switch in (IN_APP, EMAIL):
            self.boxes[(type_, switch)].setEnabled(enabled)

    def _changed(self, type_: str, switch: str, checked: bool) -> None:
        before = self.preferences[type_]
        wanted = before.model_copy(update={switch: checked})
        self.saving.add(type_)
        self._set_row_enabled(type_, False)
        self.error.clear()

        def done(preferences: list[NotificationPreference]) -> None:
            self.saving.discard(type_)
            self._set_row_enabled(type_, True)
            self._apply([p for p in preferences if p.type not in self.saving])  # others answer for themselves
            self.saved.emit(self.preferences[type_])

        def failed(error: BaseException) -> None:
            self.saving.discard(type_)
            self._set_row_enabled(type_, True)
            self._apply([before])
            self.error.show_error(
                fill(self.tr("« %1 » n'a pas pu être enregistré : %2"), type_label(type_), error_message(error))
            )

        run(operations.save_preference(self.ctx, wanted), on_done=done, on_error=failed)

    def _desktop_chosen(self, checked: bool) -> None:
        self.ctx.settings.desktop_notifications = checked
        self.ctx.settings.sync()
