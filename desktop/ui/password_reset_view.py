"""Forgotten password, in two steps of the sign-in card: ask for a code by e-mail, then type
the code with a new password. The server never says whether an address has an account, so
neither does this page."""

import asyncio
import logging
import re
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from desktop.api.errors import ApiError
from desktop.auth import operations
from desktop.i18n.errors import error_message, field_errors, message_for_code
from desktop.tasks import spawn
from desktop.ui.forms import BusyButton, FormField, InlineMessage, busy_bar, line_edit, link_button

log = logging.getLogger(__name__)

_CODE = re.compile(r"^\d{8}$")


class _Step(QWidget):
    back = Signal()

    def __init__(self, server_url: Callable[[], str], title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._server_url = server_url
        self.pending: asyncio.Task | None = None
        self.title = QLabel(title, self)
        self.title.setProperty("role", "title")
        self.title.setWordWrap(True)
        self.explanation = QLabel(self)
        self.explanation.setTextFormat(Qt.TextFormat.PlainText)  # may quote the e-mail typed
        self.explanation.setProperty("role", "muted")
        self.explanation.setWordWrap(True)
        self.message = InlineMessage(self)
        self.back_link = link_button(self.tr("Retour à la connexion"), self)
        self.back_link.clicked.connect(self.back)
        self.busy = busy_bar(self)
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.layout_.setSpacing(12)
        self.layout_.addWidget(self.title)
        self.layout_.addWidget(self.explanation)
        self.layout_.addWidget(self.message)

    def _finish_layout(self, button: BusyButton, *links: QWidget) -> None:
        self.layout_.addSpacing(4)
        self.layout_.addWidget(button)
        self.layout_.addWidget(self.busy)
        row = QHBoxLayout()
        row.addStretch(1)
        for link in (*links, self.back_link):
            row.addWidget(link)
            row.addSpacing(16)
        row.addStretch(1)
        self.layout_.addLayout(row)

    def _show_error(self, error: BaseException, fields: dict[str, FormField]) -> None:
        by_field = field_errors(error)
        for name, text in by_field.items():
            if name in fields:
                fields[name].set_error(text)
        if not by_field or set(by_field) - set(fields):
            self.message.show_error(error_message(error))


class ResetRequestStep(_Step):
    """E-mail address → a code is sent."""

    code_sent = Signal(str)

    def __init__(self, server_url: Callable[[], str], parent: QWidget | None = None) -> None:
        super().__init__(server_url, self.tr("Mot de passe oublié"), parent)
        self.explanation.setText(
            self.tr("Saisissez l'adresse e-mail de votre compte : nous vous enverrons un code de réinitialisation.")
        )
        self.email = line_edit(placeholder=self.tr("prenom.nom@societe.fr"))
        self.email_field = FormField(self.tr("Adresse e-mail"), self.email, self)
        self.button = BusyButton(self.tr("Recevoir un code"), self.tr("Envoi…"), self)
        self.layout_.addWidget(self.email_field)
        self._finish_layout(self.button)
        self.email.returnPressed.connect(self.submit)
        self.button.clicked.connect(self.submit)

    def start(self, email: str) -> None:
        self.message.clear()
        self.email_field.clear_error()
        self.email.setText(email)
        self.email.setFocus(Qt.FocusReason.OtherFocusReason)

    def submit(self) -> asyncio.Task | None:
        self.message.clear()
        self.email_field.clear_error()
        email = self.email.text().strip()
        if "@" not in email:
            self.email_field.set_error(message_for_code("invalid_email" if email else "required"))
            self.email.setFocus()
            return None
        if self.pending is None or self.pending.done():
            self.pending = spawn(self._request(email))
        return self.pending

    async def _request(self, email: str) -> None:
        self.button.set_busy(True)
        self.busy.setVisible(True)
        try:
            await operations.request_password_reset(server_url=self._server_url(), email=email)
        except ApiError as error:
            self._show_error(error, {"email": self.email_field})
            return
        except Exception as error:
            log.exception("Password reset request failed")
            self.message.show_error(error_message(error))
            return
        finally:
            self.button.set_busy(False)
            self.busy.setVisible(False)
        self.code_sent.emit(email)


class ResetConfirmStep(_Step):
    """Code + new password (twice) → the password is changed; back to sign-in."""

    completed = Signal(str)
    resend = Signal(str)

    def __init__(self, server_url: Callable[[], str], parent: QWidget | None = None) -> None:
        super().__init__(server_url, self.tr("Choisissez un nouveau mot de passe"), parent)
        self._email = ""
        self.code = line_edit(placeholder="12345678")
        self.code.setMaxLength(8)
        self.code.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly)
        self.code_field = FormField(self.tr("Code reçu par e-mail"), self.code, self)
        self.new_password = line_edit(password=True)
        self.new_password_field = FormField(
            self.tr("Nouveau mot de passe"), self.new_password, self,
            hint=self.tr("Au moins 10 caractères, pas uniquement des chiffres."),
        )
        self.confirmation = line_edit(password=True)
        self.confirmation_field = FormField(self.tr("Confirmez le mot de passe"), self.confirmation, self)
        self.button = BusyButton(self.tr("Enregistrer le mot de passe"), self.tr("Enregistrement…"), self)
        self.resend_link = link_button(self.tr("Renvoyer un code"), self)
        for field in (self.code_field, self.new_password_field, self.confirmation_field):
            self.layout_.addWidget(field)
        self._finish_layout(self.button, self.resend_link)
        for edit in (self.code, self.new_password, self.confirmation):
            edit.returnPressed.connect(self.submit)
        self.button.clicked.connect(self.submit)
        self.resend_link.clicked.connect(lambda: self.resend.emit(self._email))

    @property
    def email(self) -> str:
        return self._email

    def fields(self) -> dict[str, FormField]:
        return {"code": self.code_field, "new_password": self.new_password_field}

    def start(self, email: str) -> None:
        self._email = email
        self.explanation.setText(
            self.tr("Si un compte existe pour {email}, un code à 8 chiffres vient de lui être envoyé par e-mail. Saisissez-le ci-dessous avec votre nouveau mot de passe.").format(email=email)  # noqa: E501
        )
        self.message.show_info(self.tr("Un code vous a été envoyé."))
        for edit in (self.code, self.new_password, self.confirmation):
            edit.clear()
        for field in (self.code_field, self.new_password_field, self.confirmation_field):
            field.clear_error()
        self.code.setFocus(Qt.FocusReason.OtherFocusReason)

    def submit(self) -> asyncio.Task | None:
        self.message.clear()
        for field in (self.code_field, self.new_password_field, self.confirmation_field):
            field.clear_error()
        code, password = self.code.text().strip(), self.new_password.text()
        problems = {}
        if not _CODE.match(code):
            problems[self.code_field] = message_for_code("reset_code_format" if code else "required")
        if not password:
            problems[self.new_password_field] = message_for_code("required")
        elif password != self.confirmation.text():
            problems[self.confirmation_field] = message_for_code("password_mismatch")
        if problems:
            for field, text in problems.items():
                field.set_error(text)
            next(iter(problems)).editor.setFocus()
            return None
        if self.pending is None or self.pending.done():
            self.pending = spawn(self._confirm(code, password))
        return self.pending

    async def _confirm(self, code: str, password: str) -> None:
        self.button.set_busy(True)
        self.busy.setVisible(True)
        try:
            await operations.confirm_password_reset(
                server_url=self._server_url(), email=self._email, code=code, new_password=password
            )
        except ApiError as error:
            self._show_error(error, self.fields())
            return
        except Exception as error:
            log.exception("Password reset confirmation failed")
            self.message.show_error(error_message(error))
            return
        finally:
            self.button.set_busy(False)
            self.busy.setVisible(False)
        self.new_password.clear()
        self.confirmation.clear()
        self.completed.emit(self._email)
