"""Base of every create / edit dialog: labelled rows, the server's field errors shown in French
under the right field, the other errors in a banner, Enter saves and Échap cancels.

Subclasses build their rows with `add_row` and implement `submit()`, a coroutine calling one
operation and returning the saved item; the dialog emits `saved(item)` and closes. Nothing is
saved twice: the save button is disabled while a save is in flight."""

from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
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
from desktop.i18n.errors import error_message, field_errors

translate = QCoreApplication.translate


def set_invalid(widget: QWidget, invalid: bool) -> None:
    """Marks an input for the `[invalid="true"]` rule of the stylesheet."""
    if bool(widget.property("invalid")) == invalid:
        return
    widget.setProperty("invalid", invalid)
    widget.style().unpolish(widget)
    widget.style().polish(widget)


class FormInvalid(Exception):
    """Raised by `submit()` when the form is incomplete before anything is sent."""

    def __init__(self, errors: dict[str, str]) -> None:
        super().__init__(", ".join(errors))
        self.errors = errors


class FormRow:
    __slots__ = ("column", "error", "hint", "label", "widget")

    def __init__(self, label: QLabel, widget: QWidget, column: QWidget, hint: QLabel, error: QLabel) -> None:
        self.label = label
        self.widget = widget
        self.column = column
        self.hint = hint
        self.error = error


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
        self.save_button.setProperty("variant", "primary")
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
        """Adds the buttons below whatever the subclass put in the body."""
        self.body.addStretch(1)
        self.body.addWidget(self.buttons)

    # --- rows ------------------------------------------------------------------------------
    def add_row(self, key: str, label: str, widget: QWidget, *, hint: str = "") -> FormRow:
        """A labelled field; `key` is the server's field name, so its errors land under it."""
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
        error = QLabel(column)
        error.setProperty("role", "field-error")
        error.setWordWrap(True)
        error.hide()
        box.addWidget(error)
        self.form.addRow(label_widget, column)
        row = FormRow(label_widget, widget, column, hint_label, error)
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
        set_invalid(row.widget, bool(message))

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
