"""Base of every create / edit dialog: labelled rows, the server's field errors shown in French
under the right field, the other errors in a banner, Enter saves and Échap cancels.

Subclasses build their rows with `add_row` and implement `submit()`, a coroutine calling one
operation and returning the saved item; the dialog emits `saved(item)` and closes. Nothing is
saved twice: the save button is disabled while a save is in flight."""

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from desktop.admin.common.activity import Activity
from desktop.admin.common.banner import ErrorBanner
from desktop.admin.common.errors import after_failure
from desktop.admin.common.style import set_style_property
from desktop.common.plain_text import plain_label
from desktop.i18n.errors import error_message, field_errors

translate = QCoreApplication.translate


def _focusable(widget: QWidget, dialog: QWidget) -> bool:
    target = widget.focusProxy() or widget
    return target.isVisibleTo(dialog) and target.isEnabled() and target.focusPolicy() != Qt.FocusPolicy.NoFocus


class FormInvalid(Exception):
    """Raised by `submit()` when the form is incomplete before anything is sent."""

    def __init__(self, errors: dict[str, str]) -> None:
        super().__init__(", ".join(errors))
        self.errors = errors


class FormRow:
    __slots__ = ("column", "error", "hint", "invalid_target", "label", "widget")

    def __init__(
        self, label: QLabel, widget: QWidget, column: QWidget, hint: QLabel, error: QLabel, invalid_target: QWidget
    ) -> None:
        self.label = label
        self.widget = widget
        self.column = column
        self.hint = hint
        self.error = error
        self.invalid_target = invalid_target  # what gets the red border


class FormDialog(QDialog):
    saved = Signal(object)

    def __init__(self, ctx, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("adminDialog")
        self.setWindowTitle(title)
        self.setModal(True)
        self.setMinimumWidth(480)
        self.activity = Activity(self._failed)
        self._rows: dict[str, FormRow] = {}
        self._saving = False

        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        heading = QLabel(title, self)
        heading.setProperty("role", "heading")
        layout.addWidget(heading)
        self.banner = ErrorBanner(self)
        layout.addWidget(self.banner)
        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        layout.addLayout(self.form)
        self.body = layout
        self.buttons = QDialogButtonBox(self)
        self.save_button = self.buttons.addButton(
            translate("FormDialog", "Enregistrer"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        set_style_property(self.save_button, "variant", "primary")
        self.save_button.setDefault(True)
        self.save_button.setAccessibleName(translate("FormDialog", "Enregistrer"))
        self.cancel_button = self.buttons.addButton(
            translate("FormDialog", "Annuler"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.cancel_button.setAccessibleName(translate("FormDialog", "Annuler"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._save_text = self.save_button.text()

    def finish_layout(self) -> None:
        """Adds the buttons below whatever the subclass put in the body; Tab goes through the
        fields in order, then to the buttons (the banner's own buttons last)."""
        self.body.addStretch(1)
        self.body.addWidget(self.buttons)
        QWidget.setTabOrder(self.save_button, self.cancel_button)
        QWidget.setTabOrder(self.cancel_button, self.banner.retry_button)
        QWidget.setTabOrder(self.banner.retry_button, self.banner.close_button)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        first = next((row.widget for row in self._rows.values() if _focusable(row.widget, self)), None)
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- rows ------------------------------------------------------------------------------
    def add_row(
        self, key: str, label: str, widget: QWidget, *, hint: str = "", invalid_target: QWidget | None = None
    ) -> FormRow:
        """A labelled field; `key` is the server's field name, so its errors land under it.
        `invalid_target` is the input framed in red on error, when `widget` is a composite."""
        label_widget = QLabel(label, self)
        label_widget.setBuddy(widget)
        widget.setAccessibleName(label.replace("&", ""))
        column = QWidget(self)
        box = QVBoxLayout(column)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addWidget(widget)
        hint_label = QLabel(hint, column)
        hint_label.setProperty("role", "hint")
        hint_label.setWordWrap(True)
        hint_label.setVisible(bool(hint))
        box.addWidget(hint_label)
        widget.setAccessibleDescription(hint)
        error = plain_label(parent=column)  # may be the server's own words, quoting the input
        error.setProperty("role", "field-error")
        error.setWordWrap(True)
        error.hide()
        box.addWidget(error)
        self.form.addRow(label_widget, column)
        row = FormRow(label_widget, widget, column, hint_label, error, invalid_target or widget)
        self._rows[key] = row
        return row

    def row(self, key: str) -> FormRow:
        return self._rows[key]

    def set_row_visible(self, key: str, visible: bool) -> None:
        self.form.setRowVisible(self._rows[key].column, visible)

    def set_hint(self, key: str, hint: str) -> None:
        row = self._rows[key]
        row.hint.setText(hint)
        row.hint.setVisible(bool(hint))
        row.widget.setAccessibleDescription(hint)

    def field_error(self, key: str) -> str:
        row = self._rows.get(key)
        return row.error.text() if row is not None and not row.error.isHidden() else ""

    def set_field_error(self, key: str, message: str) -> None:
        row = self._rows[key]
        row.error.setText(message)
        row.error.setVisible(bool(message))
        set_style_property(row.invalid_target, "invalid", bool(message))

    def clear_errors(self) -> None:
        self.banner.clear()
        for key in self._rows:
            self.set_field_error(key, "")

    # --- saving ----------------------------------------------------------------------------
    @property
    def saving(self) -> bool:
        return self._saving

    async def submit(self) -> Any:
        raise NotImplementedError

    def accept(self) -> None:
        if self._saving:
            return
        self.clear_errors()
        self.activity.run(self._save())

    def reject(self) -> None:
        if not self._saving:  # a save in flight finishes first: its result must not be lost
            super().reject()

    async def _save(self) -> None:
        self._set_saving(True)
        try:
            item = await self.submit()
        finally:
            self._set_saving(False)
        if item is not None:
            self.saved.emit(item)
        QDialog.accept(self)

    def _set_saving(self, saving: bool) -> None:
        self._saving = saving
        self.save_button.setEnabled(not saving)
        self.save_button.setText(translate("FormDialog", "Enregistrement…") if saving else self._save_text)

    def _failed(self, error: BaseException) -> None:
        local = isinstance(error, FormInvalid)
        if not local:
            after_failure(self.ctx, error)
        by_field = error.errors if isinstance(error, FormInvalid) else field_errors(error)
        elsewhere = []
        first_invalid = None
        for key, message in by_field.items():
            if key in self._rows and self._rows[key].widget.isVisibleTo(self):
                self.set_field_error(key, message)
                first_invalid = first_invalid or self._rows[key].widget
            else:
                elsewhere.append(message)
        lines = ([] if local else [error_message(error)]) + elsewhere
        if lines:
            self.banner.show_error("\n".join(lines))
        if first_invalid is not None:
            first_invalid.setFocus()

    async def idle(self) -> None:
        await self.activity.idle()
