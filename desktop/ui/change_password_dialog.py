"""Change password (from the user menu): current, new and confirmation. The server checks the
current password and its rules; its answers appear under the field they concern. Other sessions
of the account end; this one continues with the new tokens."""

import asyncio
import logging

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from desktop.api.errors import ApiError, OfflineError, SessionExpired
from desktop.auth import operations
from desktop.context import AppContext
from desktop.i18n.errors import error_message, field_errors, message_for_code
from desktop.tasks import spawn
from desktop.ui.forms import BusyButton, FormField, InlineMessage, busy_bar, line_edit

log = logging.getLogger(__name__)


class ChangePasswordDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.pending: asyncio.Task | None = None
        self.setWindowTitle(self.tr("Changer le mot de passe"))
        self.setObjectName("changePasswordDialog")
        self.setMinimumWidth(420)

        title = QLabel(self.tr("Changer le mot de passe"), self)
        title.setProperty("role", "heading")
        explanation = QLabel(
            self.tr("Vos autres sessions ouvertes (autres ordinateurs) seront fermées ; celle-ci reste active."), self
        )
        explanation.setProperty("role", "muted")
        explanation.setWordWrap(True)
        self.message = InlineMessage(self)
        self.current = line_edit(password=True)
        self.current_field = FormField(self.tr("Mot de passe actuel"), self.current, self)
        self.new_password = line_edit(password=True)
        self.new_password_field = FormField(
            self.tr("Nouveau mot de passe"), self.new_password, self,
            hint=self.tr("Au moins 10 caractères, pas uniquement des chiffres."),
        )
        self.confirmation = line_edit(password=True)
        self.confirmation_field = FormField(self.tr("Confirmez le nouveau mot de passe"), self.confirmation, self)
        self.busy = busy_bar(self)

        self.buttons = QDialogButtonBox(self)
        self.save_button = BusyButton(self.tr("Enregistrer"), self.tr("Enregistrement…"), self)
        self.save_button.setDefault(True)
        self.cancel_button = self.buttons.addButton(self.tr("Annuler"), QDialogButtonBox.ButtonRole.RejectRole)
        self.cancel_button.setAccessibleName(self.tr("Annuler"))
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.save_button.clicked.connect(self.submit)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(12)
        layout.addWidget(title)
        layout.addWidget(explanation)
        layout.addWidget(self.message)
        for field in (self.current_field, self.new_password_field, self.confirmation_field):
            layout.addWidget(field)
        layout.addWidget(self.busy)
        layout.addWidget(self.buttons)
        self.current.setFocus(Qt.FocusReason.OtherFocusReason)

    def _fields(self) -> dict[str, FormField]:
        return {
            "current_password": self.current_field,
            "new_password": self.new_password_field,
            "confirmation": self.confirmation_field,
        }

    def submit(self) -> asyncio.Task | None:
        if self.pending is not None and not self.pending.done():
            return self.pending
        self.message.clear()
        for field in self._fields().values():
            field.clear_error()
        current, new, confirmation = self.current.text(), self.new_password.text(), self.confirmation.text()
        problems: dict[FormField, str] = {}
        if not current:
            problems[self.current_field] = message_for_code("required")
        if not new:
            problems[self.new_password_field] = message_for_code("required")
        elif new == current:
            problems[self.new_password_field] = message_for_code("same_password")
        elif new != confirmation:
            problems[self.confirmation_field] = message_for_code("password_mismatch")
        if problems:
            for field, text in problems.items():
                field.set_error(text)
            next(iter(problems)).editor.setFocus()
            return None
        self.pending = spawn(self._change(current, new))
        return self.pending

    async def _change(self, current: str, new: str) -> None:
        self._set_busy(True)
        try:
            await operations.change_password(self.ctx, current_password=current, new_password=new)
        except SessionExpired:
            self.reject()
            raise  # the main window's handler returns to the sign-in page
        except OfflineError as error:
            self.message.show_error(error_message(error))
            return
        except ApiError as error:
            by_field = field_errors(error)
            fields = self._fields()
            for name, text in by_field.items():
                if name in fields:
                    fields[name].set_error(text)
            if not by_field or set(by_field) - set(fields):
                self.message.show_error(error_message(error))
            return
        except Exception as error:
            log.exception("Password change failed")
            self.message.show_error(error_message(error))
            return
        finally:
            self._set_busy(False)
        self.accept()

    def _set_busy(self, busy: bool) -> None:
        self.save_button.set_busy(busy)
        self.busy.setVisible(busy)
        self.cancel_button.setEnabled(not busy)
