"""The sign-in page: a centred card with the charter's logo, the server, e-mail and password
fields, "Rester connecté" and the way into the forgotten-password steps.

Errors are written in the card, in French, next to the field they concern; the button says
"Connexion…" while the request runs and Enter submits from any field."""

import asyncio
import logging

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.api.errors import ApiError, InsecureServerUrl, InvalidServerUrl
from desktop.auth import operations
from desktop.auth.token_store import SecureStorageUnavailable
from desktop.context import AppContext
from desktop.i18n.errors import error_message, field_errors, message_for_code
from desktop.tasks import spawn
from desktop.ui.forms import BusyButton, FormField, InlineMessage, busy_bar, line_edit, link_button
from desktop.ui.logo import LogoWidget
from desktop.ui.password_reset_view import ResetConfirmStep, ResetRequestStep

log = logging.getLogger(__name__)

CARD_WIDTH = 440


def _title(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setProperty("role", "title")
    label.setWordWrap(True)
    return label


def _muted(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setProperty("role", "muted")
    label.setWordWrap(True)
    return label


class Steps(QWidget):
    """Shows one step at a time and takes the height of that step alone (a QStackedWidget would
    take the tallest step's height and spread the short ones out)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._steps: list[QWidget] = []
        self._current: QWidget | None = None

    def addWidget(self, step: QWidget) -> None:  # noqa: N802 (same name as QStackedWidget's)
        step.setParent(self)
        self._layout.addWidget(step)
        self._steps.append(step)
        if self._current is None:
            self._current = step
        step.setVisible(step is self._current)

    def setCurrentWidget(self, step: QWidget) -> None:  # noqa: N802
        self._current = step
        for candidate in self._steps:
            candidate.setVisible(candidate is step)

    def currentWidget(self) -> QWidget | None:  # noqa: N802
        return self._current


class SignInStep(QWidget):
    """The sign-in form itself (the first step of the card)."""

    submitted = Signal()
    forgot_password = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = _title(self.tr("Connexion au SAV Origyne"), self)
        self.subtitle = _muted(self.tr("Suivez vos demandes et échangez avec l'équipe Origyne."), self)
        self.message = InlineMessage(self)
        self.server = line_edit(placeholder="https://sav.origyne.fr")
        self.server_field = FormField(self.tr("Serveur"), self.server, self)
        self.email = line_edit(placeholder=self.tr("prenom.nom@societe.fr"))
        self.email_field = FormField(self.tr("Adresse e-mail"), self.email, self)
        self.password = line_edit(password=True)
        self.password_field = FormField(self.tr("Mot de passe"), self.password, self)
        self.remember = QCheckBox(self.tr("Rester connecté"), self)
        self.remember.setAccessibleName(self.tr("Rester connecté"))
        self.remember.setToolTip(self.tr("Votre session est conservée dans le trousseau sécurisé de l'ordinateur."))
        self.remember.setChecked(True)
        self.button = BusyButton(self.tr("Se connecter"), self.tr("Connexion…"), self)
        self.button.setDefault(True)
        self.busy = busy_bar(self)
        self.forgot_link = link_button(self.tr("Mot de passe oublié ?"), self)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addSpacing(4)
        layout.addWidget(self.message)
        layout.addWidget(self.server_field)
        layout.addWidget(self.email_field)
        layout.addWidget(self.password_field)
        layout.addWidget(self.remember)
        layout.addSpacing(4)
        layout.addWidget(self.button)
        layout.addWidget(self.busy)
        forgot_row = QHBoxLayout()
        forgot_row.addStretch(1)
        forgot_row.addWidget(self.forgot_link)
        forgot_row.addStretch(1)
        layout.addLayout(forgot_row)

        for edit in (self.server, self.email, self.password):
            edit.returnPressed.connect(self.submitted)
        self.button.clicked.connect(self.submitted)
        self.forgot_link.clicked.connect(self.forgot_password)
        QWidget.setTabOrder(self.server, self.email)
        QWidget.setTabOrder(self.email, self.password)
        QWidget.setTabOrder(self.password, self.remember)
        QWidget.setTabOrder(self.remember, self.button)
        QWidget.setTabOrder(self.button, self.forgot_link)

    def fields(self) -> dict[str, FormField]:
        return {"server_url": self.server_field, "email": self.email_field, "password": self.password_field}

    def clear_errors(self) -> None:
        self.message.clear()
        for field in self.fields().values():
            field.clear_error()

    def set_busy(self, busy: bool) -> None:
        self.button.set_busy(busy)
        self.busy.setVisible(busy)
        for edit in (self.server, self.email, self.password):
            edit.setReadOnly(busy)
        self.forgot_link.setEnabled(not busy)

    def focus_first_empty(self) -> None:
        for edit in (self.server, self.email, self.password):
            if not edit.text():
                edit.setFocus(Qt.FocusReason.OtherFocusReason)
                return
        self.button.setFocus(Qt.FocusReason.OtherFocusReason)


class SignInPage(QWidget):
    """Sign-in and forgotten password. Signing in updates the session store; the main window
    reacts to it. `notice` carries a message for after the sign-in (no secure keyring…)."""

    notice = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("signInPage")
        self.pending: asyncio.Task | None = None

        self.card = QFrame(self)
        self.card.setObjectName("signInCard")
        self.card.setProperty("role", "card")
        self.card.setFixedWidth(CARD_WIDTH)
        self.logo = LogoWidget(ctx.charter, ctx.settings.theme_mode, height=44, parent=self.card)
        self.steps = Steps(self.card)
        self.sign_in = SignInStep(self.steps)
        self.reset_request = ResetRequestStep(self._server_url, self.steps)
        self.reset_confirm = ResetConfirmStep(self._server_url, self.steps)
        for step in (self.sign_in, self.reset_request, self.reset_confirm):
            self.steps.addWidget(step)

        card_layout = QVBoxLayout(self.card)
        card_layout.setContentsMargins(36, 32, 36, 28)
        card_layout.setSpacing(20)
        card_layout.addWidget(self.logo, 0, Qt.AlignmentFlag.AlignHCenter)
        card_layout.addWidget(self.steps)

        footer = QLabel(self.tr("Origyne — Service après-vente"), self)
        footer.setProperty("role", "muted")
        footer.setAlignment(Qt.AlignmentFlag.AlignHCenter)

        content = QWidget()
        content.setObjectName("signInContent")
        centring = QVBoxLayout(content)
        centring.setContentsMargins(24, 24, 24, 16)
        centring.addStretch(1)
        row = QHBoxLayout()  # not an alignment flag: the card's wrapped texts then get their full height
        row.addStretch(1)
        row.addWidget(self.card)
        row.addStretch(1)
        centring.addLayout(row)
        centring.addStretch(1)
        centring.addWidget(footer)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

        self.sign_in.submitted.connect(self.submit)
        self.sign_in.forgot_password.connect(self.show_forgot_password)
        self.reset_request.back.connect(self.show_sign_in)
        self.reset_request.code_sent.connect(self._on_code_sent)
        self.reset_confirm.back.connect(self.show_sign_in)
        self.reset_confirm.resend.connect(self._on_resend)
        self.reset_confirm.completed.connect(self._on_password_reset)

    # --- what the main window asks --------------------------------------------------------
    def prepare(
        self, *, server_url: str, email: str = "", message: str = "", kind: str = "info", stay_signed_in: bool = True
    ) -> None:
        """Shows the sign-in step with these values (password emptied) and an optional message."""
        form = self.sign_in
        form.clear_errors()
        form.server.setText(server_url)
        form.email.setText(email)
        form.password.clear()
        form.remember.setChecked(stay_signed_in)
        if message:
            form.message.show_message(message, kind)
        self.show_sign_in()

    def show_sign_in(self) -> None:
        self.steps.setCurrentWidget(self.sign_in)
        self.sign_in.focus_first_empty()

    def show_forgot_password(self) -> None:
        self.reset_request.start(self.sign_in.email.text())
        self.steps.setCurrentWidget(self.reset_request)

    def set_theme_mode(self, mode: str) -> None:
        self.logo.set_mode(mode)

    def submit(self) -> asyncio.Task | None:
        if self.pending is not None and not self.pending.done():
            return self.pending
        form = self.sign_in
        form.clear_errors()
        server_url, email, password = form.server.text().strip(), form.email.text().strip(), form.password.text()
        missing = False
        required = ((server_url, form.server_field), (email, form.email_field), (password, form.password_field))
        for value, field in required:
            if not value:
                field.set_error(message_for_code("required"))
                missing = True
        if missing:
            form.focus_first_empty()
            return None
        self.pending = spawn(self._sign_in(server_url, email, password, form.remember.isChecked()))
        return self.pending

    # --- steps -----------------------------------------------------------------------------
    async def _sign_in(self, server_url: str, email: str, password: str, stay_signed_in: bool) -> None:
        form = self.sign_in
        form.set_busy(True)
        try:
            outcome = await operations.sign_in(
                self.ctx, server_url=server_url, email=email, password=password, stay_signed_in=stay_signed_in
            )
        except (InsecureServerUrl, InvalidServerUrl) as error:
            form.server_field.set_error(error_message(error))
            form.server.setFocus()
            return
        except ApiError as error:
            self._show_sign_in_error(error)
            return
        except Exception as error:  # a bug must not leave the card stuck on "Connexion…"
            log.exception("Sign-in failed")
            form.message.show_error(error_message(error))
            return
        finally:
            form.set_busy(False)
        form.password.clear()
        form.message.clear()
        if outcome.keyring_unavailable:
            self.notice.emit(error_message(SecureStorageUnavailable()))

    def _show_sign_in_error(self, error: ApiError) -> None:
        form = self.sign_in
        by_field = field_errors(error)
        fields = form.fields()
        shown_on_field = False
        for name, text in by_field.items():
            if name in fields:
                fields[name].set_error(text)
                shown_on_field = True
        if not shown_on_field or set(by_field) - set(fields):
            form.message.show_error(error_message(error))
        form.password.selectAll()
        form.password.setFocus()

    def _server_url(self) -> str:
        return self.sign_in.server.text().strip()

    def _on_code_sent(self, email: str) -> None:
        self.reset_confirm.start(email)
        self.steps.setCurrentWidget(self.reset_confirm)

    def _on_resend(self, email: str) -> None:
        self.reset_request.start(email)
        self.steps.setCurrentWidget(self.reset_request)

    def _on_password_reset(self, email: str) -> None:
        self.prepare(
            server_url=self._server_url(),
            email=email,
            message=self.tr("Votre mot de passe a été modifié. Connectez-vous avec le nouveau mot de passe."),
            kind="success",
            stay_signed_in=self.sign_in.remember.isChecked(),
        )
