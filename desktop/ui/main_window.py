"""The main window: the sign-in page, the start-up reconnection page and, once signed in, the
user's shell (header, workspace, administration); the offline banner above them and the status
bar below. It follows the session store and the connection monitor, and is the default handler
of errors from background tasks: offline → the banner, session expired → the sign-in page
(keeping the workspace as it was), anything else → a dismissible error banner."""

import asyncio
import contextlib
import logging

from PySide6.QtCore import QByteArray, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QDialog, QMainWindow, QMenu, QMessageBox, QStackedWidget, QVBoxLayout, QWidget

from desktop import tasks
from desktop.api.client import normalise_server_url
from desktop.api.errors import ApiError, OfflineError, SessionExpired
from desktop.auth import operations
from desktop.common.plain_text import window_title
from desktop.context import AppContext
from desktop.i18n.errors import error_message
from desktop.notifications.preferences_dialog import NotificationPreferencesDialog
from desktop.outbox.pending_view import sign_out_question
from desktop.ui.about_dialog import AboutDialog
from desktop.ui.actions import build_actions, shortcut_list
from desktop.ui.appearance import apply_charter
from desktop.ui.banners import OfflineBanner
from desktop.ui.change_password_dialog import ChangePasswordDialog
from desktop.ui.command_palette import CommandPalette, window_commands
from desktop.ui.header import ADMINISTRATION, CUSTOMERS, TICKETS
from desktop.ui.logo import LogoWidget
from desktop.ui.restoring_page import RestoringPage
from desktop.ui.settings_dialog import SettingsDialog
from desktop.ui.shell import Shell
from desktop.ui.sign_in_view import SignInPage
from desktop.ui.status_bar import StatusBar
from shared_schemas.accounts import Me

log = logging.getLogger(__name__)

SIGN_IN, RESTORING, WORKSPACE = "sign_in", "restoring", "workspace"
GEOMETRY_KEY = "main_window/geometry"
STATE_KEY = "main_window/state"


def _same_server(a: str, b: str) -> bool:
    try:
        return normalise_server_url(a) == normalise_server_url(b)
    except ApiError:
        return False


def _loop_running() -> bool:
    try:
        return asyncio.get_event_loop().is_running()
    except RuntimeError:
        return False


class MainWindow(QMainWindow):
    page_changed = Signal(str)  # SIGN_IN, RESTORING or WORKSPACE
    finished = Signal()  # shut down: the application may quit

    def __init__(self, ctx: AppContext, *, server_url: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.shell: Shell | None = None
        self.restoring: asyncio.Task | None = None
        self._server_override = server_url
        self._expiring: asyncio.Task | None = None
        self._stay_signed_in_before_expiry = True
        self._shutting_down = False
        self._closing = False
        self.dialog: QDialog | None = None
        self.sign_out_task: asyncio.Task | None = None
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("SAV Origyne"))
        self.setMinimumSize(720, 520)

        self.actions = build_actions(self)
        self.account_menu = QMenu(self)
        self.account_menu.setObjectName("accountMenu")
        for action in (
            self.actions.change_password, self.actions.settings, self.actions.notification_preferences,
            self.actions.dark_theme,
        ):
            self.account_menu.addAction(action)
        self.account_menu.addSeparator()
        self.account_menu.addAction(self.actions.about)
        self.account_menu.addSeparator()
        self.account_menu.addAction(self.actions.sign_out)
        self.account_menu.addAction(self.actions.quit)

        self.offline_banner = OfflineBanner(self)
        self.pages = QStackedWidget(self)
        self.sign_in_page = SignInPage(ctx, self.pages)
        self.restoring_page = RestoringPage(ctx, self.pages)
        self.pages.addWidget(self.sign_in_page)
        self.pages.addWidget(self.restoring_page)
        central = QWidget(self)
        central.setObjectName("page")
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.offline_banner)
        layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)
        self.status = StatusBar(self)
        self.setStatusBar(self.status)

        self._connect()
        self._set_signed_in_actions(False)
        self.actions.dark_theme.setChecked(ctx.settings.theme_mode == "dark")
        tasks.set_default_error_handler(self.handle_background_error)
        self._restore_layout()

    def _connect(self) -> None:
        a = self.actions
        a.quit.triggered.connect(self.request_quit)
        a.about.triggered.connect(self.open_about)
        a.palette.triggered.connect(self.open_command_palette)
        a.change_password.triggered.connect(self.open_change_password)
        a.notification_preferences.triggered.connect(self.open_notification_preferences)
        a.settings.triggered.connect(self.open_settings)
        a.sign_out.triggered.connect(self.sign_out)
        a.show_tickets.triggered.connect(lambda: self.show_section(TICKETS))
        a.show_customers.triggered.connect(lambda: self.show_section(CUSTOMERS))
        a.show_administration.triggered.connect(lambda: self.show_section(ADMINISTRATION))
        a.dark_theme.toggled.connect(lambda dark: self.set_theme_mode("dark" if dark else "light"))
        session = self.ctx.session
        session.signed_in.connect(self._on_signed_in)
        session.signed_out.connect(self._on_signed_out)
        session.user_changed.connect(self._on_user_changed)
        self.ctx.connection.online_changed.connect(self._on_online_changed)
        self.offline_banner.retry_requested.connect(self.ctx.connection.retry_now)
        self.sign_in_page.notice.connect(self._show_notice)
        self.restoring_page.other_account.connect(self._abandon_restore)

    # --- start-up ------------------------------------------------------------------------------
    def start(self) -> asyncio.Task | None:
        """Signs in again from the keyring when a session was kept, else shows the sign-in page."""
        settings = self.ctx.settings
        kept_server = settings.server_url
        if self._server_override and not _same_server(self._server_override, kept_server):
            self._show_sign_in()  # the kept session belongs to another server
            return None
        if not (settings.stay_signed_in and settings.last_email):
            self._show_sign_in()
            return None
        self.restoring_page.show_restoring(settings.last_email)
        self._set_page(self.restoring_page, RESTORING)
        self.restoring = tasks.spawn(self._restore())
        return self.restoring

    async def _restore(self) -> None:
        email = self.ctx.settings.last_email
        delay, max_delay = self.ctx.connection.retry_delays
        user: Me | None = None
        while True:
            try:
                user = await operations.restore_session(self.ctx)
            except OfflineError:
                self.ctx.connection.report_offline()
                self.restoring_page.show_waiting(email, delay)
                await asyncio.sleep(delay)
                delay = min(delay * 2, max_delay)
                continue
            except Exception:
                log.exception("Restoring the session failed")
            break
        self.ctx.connection.report_online()
        if user is None:
            self._show_sign_in()

    def _abandon_restore(self) -> None:
        if self.restoring is not None and not self.restoring.done():
            self.restoring.cancel()
        self.ctx.connection.report_online()
        self._show_sign_in()

    # --- pages ---------------------------------------------------------------------------------
    @property
    def current_page(self) -> str:
        current = self.pages.currentWidget()
        if current is self.sign_in_page:
            return SIGN_IN
        return RESTORING if current is self.restoring_page else WORKSPACE

    def _set_page(self, widget: QWidget, name: str) -> None:
        self.pages.setCurrentWidget(widget)
        self.page_changed.emit(name)

    def _show_sign_in(self, *, message: str = "", kind: str = "info", stay_signed_in: bool = True) -> None:
        server = self._server_override or self.ctx.settings.server_url
        self.sign_in_page.prepare(
            server_url=server, email=self.ctx.settings.last_email, message=message, kind=kind,
            stay_signed_in=stay_signed_in,
        )
        self._set_page(self.sign_in_page, SIGN_IN)
        self.status.set_signed_out()
        self.setWindowTitle(self.tr("SAV Origyne"))
        self.sign_in_page.sign_in.focus_first_empty()

    def show_section(self, section: str) -> None:
        if self.shell is not None and self.current_page == WORKSPACE:
            self.shell.show_section(section)

    # --- session -------------------------------------------------------------------------------
    def _on_signed_in(self, user: Me) -> None:
        self._server_override = None  # from now on the last used server is the one to offer
        self.ctx.connection.report_online()  # signing in has just reached the server
        if self.shell is not None and self.shell.user.id == user.id:
            self.shell.set_user(user)  # same user after an expiry: the workspace is as it was left
        else:
            self._drop_shell()
            self.shell = Shell(self.ctx, user, self.account_menu, self.pages)
            self.shell.notification_preferences_requested.connect(self.open_notification_preferences)
            self.pages.addWidget(self.shell)
        self._set_page(self.shell, WORKSPACE)
        self._set_signed_in_actions(True)
        self.actions.show_customers.setEnabled(self.shell.can_view_customers)
        self.actions.show_administration.setEnabled(self.shell.can_administer)
        self.status.set_user(user)
        self.status.set_connection(online=self.ctx.connection.online, server_url=self.ctx.session.server_url)
        self.setWindowTitle(self.tr("SAV Origyne — {name}").format(name=window_title(user.full_name or user.email)))
        self.ctx.connection.start_heartbeat()
        self.shell.sections.currentWidget().setFocus()

    def _on_signed_out(self, reason: str) -> None:
        self._set_signed_in_actions(False)
        self._close_dialog()
        self.offline_banner.hide()  # nothing is watching the server until the next sign-in
        if reason == "session_expired" and self.shell is not None:
            self.shell.banner.dismiss()
            self._show_sign_in(message=error_message(SessionExpired()), kind="warning",
                               stay_signed_in=self._stay_signed_in_before_expiry)
            return
        self._drop_shell()
        self._show_sign_in()

    def _on_user_changed(self, user: Me) -> None:
        if self.shell is not None:
            self.shell.set_user(user)
        self.status.set_user(user)

    def _drop_shell(self) -> None:
        shell, self.shell = self.shell, None
        if shell is not None:
            self.pages.removeWidget(shell)
            shell.deleteLater()

    def _set_signed_in_actions(self, signed_in: bool) -> None:
        for action in self.actions.signed_in_only:
            action.setEnabled(signed_in)

    def sign_out(self) -> asyncio.Task | None:
        """Signs out; when sends still wait in the outbox, asks first (they stay on this computer
        for this user's next sign-in) and returns None — the answer starts `sign_out_task`."""
        pending = self.ctx.outbox.count()
        if pending == 0:
            self.sign_out_task = tasks.spawn(operations.sign_out(self.ctx))
            return self.sign_out_task
        box = sign_out_question(pending, self)
        box.finished.connect(lambda _result: self._sign_out_answered(box))
        self._open(box)
        return None

    def _sign_out_answered(self, box: QMessageBox) -> None:
        if box.buttonRole(box.clickedButton()) == QMessageBox.ButtonRole.AcceptRole:
            self.sign_out_task = tasks.spawn(operations.sign_out(self.ctx))

    def expire_session(self) -> asyncio.Task | None:
        """Back to the sign-in page, the workspace kept for the same user's return."""
        if not self.ctx.session.is_signed_in:
            return None
        if self._expiring is None or self._expiring.done():
            self._stay_signed_in_before_expiry = self.ctx.settings.stay_signed_in
            self._expiring = tasks.spawn(operations.session_expired(self.ctx))
        return self._expiring

    # --- errors and connection -----------------------------------------------------------------
    def handle_background_error(self, error: BaseException) -> None:
        if isinstance(error, asyncio.CancelledError):
            return
        if isinstance(error, OfflineError):
            self.ctx.connection.report_offline()
            return
        if isinstance(error, SessionExpired):
            self.expire_session()
            return
        if isinstance(error, RuntimeError) and not self.ctx.session.is_signed_in and "already deleted" in str(error):
            return  # a request of a closed workspace finished after the user signed out
        log.error("Background task failed", exc_info=(type(error), error, error.__traceback__))
        message = error_message(error)
        if self.shell is not None and self.current_page == WORKSPACE:
            self.shell.show_error(message)
        else:
            self.sign_in_page.sign_in.message.show_error(message)

    def _on_online_changed(self, online: bool) -> None:
        self.offline_banner.setVisible(not online)
        if self.ctx.session.is_signed_in:
            self.status.set_connection(online=online, server_url=self.ctx.session.server_url)
            if online and self.shell is not None and not self.shell.banner.message:
                self.shell.show_notice(self.tr("Connexion au serveur rétablie."), kind="success", timeout_ms=4000)

    def _show_notice(self, message: str) -> None:
        if self.shell is not None:
            self.shell.show_notice(message, kind="warning")

    # --- dialogs ---------------------------------------------------------------------------------
    def _open(self, dialog: QDialog) -> QDialog:
        self._close_dialog()
        self.dialog = dialog
        dialog.open()
        return dialog

    def _close_dialog(self) -> None:
        previous, self.dialog = self.dialog, None
        if previous is not None:
            with contextlib.suppress(RuntimeError):  # already deleted
                previous.close()
                previous.deleteLater()

    def open_change_password(self) -> ChangePasswordDialog | None:
        if not self.ctx.session.is_signed_in:
            return None
        dialog = ChangePasswordDialog(self.ctx, self)
        dialog.accepted.connect(self._password_changed)
        self._open(dialog)
        return dialog

    def _password_changed(self) -> None:
        if self.shell is not None:
            self.shell.show_notice(self.tr("Votre mot de passe a été modifié."), kind="success", timeout_ms=6000)

    def open_notification_preferences(self) -> NotificationPreferencesDialog | None:
        if not self.ctx.session.is_signed_in:
            return None
        dialog = NotificationPreferencesDialog(self.ctx, self)
        self._open(dialog)
        return dialog

    def open_settings(self) -> SettingsDialog:
        dialog = SettingsDialog(self.ctx, self)
        dialog.theme_changed.connect(self.set_theme_mode)
        self._open(dialog)
        return dialog

    def open_about(self) -> AboutDialog:
        user = self.ctx.session.user
        dialog = AboutDialog(self.ctx, shortcut_list(staff=user is not None and user.is_staff), self)
        self._open(dialog)
        return dialog

    def open_command_palette(self) -> CommandPalette:
        palette = CommandPalette(window_commands(self, exclude=(self.actions.palette,)), self)
        self._open(palette)
        return palette

    def set_theme_mode(self, mode: str) -> None:
        if self.ctx.settings.theme_mode != mode:
            self.ctx.settings.theme_mode = mode
            self.ctx.settings.sync()
        apply_charter(self.ctx.charter, mode)
        for logo in self.findChildren(LogoWidget):
            logo.set_mode(mode)
        self.actions.dark_theme.blockSignals(True)
        self.actions.dark_theme.setChecked(mode == "dark")
        self.actions.dark_theme.blockSignals(False)

    # --- layout and shutdown -----------------------------------------------------------------
    def _restore_layout(self) -> None:
        geometry = self.ctx.settings.layout_state(GEOMETRY_KEY)
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1280, 820)
        state = self.ctx.settings.layout_state(STATE_KEY)
        if state is not None:
            self.restoreState(state)

    def save_layout(self) -> None:
        self.ctx.settings.set_layout_state(GEOMETRY_KEY, QByteArray(self.saveGeometry()))
        self.ctx.settings.set_layout_state(STATE_KEY, QByteArray(self.saveState()))
        self.ctx.settings.sync()

    def request_quit(self) -> None:
        if not self._shutting_down:
            tasks.spawn(self.shut_down())

    async def shut_down(self) -> None:
        """Stops background work and closes the connection — without signing out."""
        if self._shutting_down:
            return
        self._shutting_down = True
        self.save_layout()
        if tasks.default_error_handler() == self.handle_background_error:
            tasks.set_default_error_handler(None)
        self.ctx.connection.stop()
        current = asyncio.current_task()
        pending = [task for task in tasks.running_tasks() if task is not current]
        for task in pending:
            task.cancel()
        if pending:
            await asyncio.wait(pending, timeout=3)
        if self.ctx.has_api:
            await self.ctx.detach_api()
        self._closing = True
        self.close()
        self.finished.emit()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if self._closing or not _loop_running():
            event.accept()
            return
        event.ignore()
        self.request_quit()
