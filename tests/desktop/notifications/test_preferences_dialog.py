"""« Préférences de notification » against the real server: one row per type the server lists for
the user, each box saved at once; a failed save says so in French and changes nothing; the desktop
notifications choice stays in the app settings; the account menu and the panel open the dialog."""

import pytest
from PySide6.QtCore import QSettings, Qt

from desktop.api.client import ApiClient
from desktop.notifications import operations
from desktop.notifications.preferences_dialog import EMAIL, IN_APP, NotificationPreferencesDialog
from desktop.settings import AppSettings
from desktop.ui.main_window import MainWindow
from shared_schemas.enums import CLIENT_NOTIFICATION_TYPES, NotificationType
from tests.desktop.tickets.helpers import AGENT, CLIENT_A, signed_in, until
from tests.live_server import free_port

pytestmark = pytest.mark.asyncio
STATUS = NotificationType.TICKET_STATUS_CHANGED.value


async def open_dialog(qtbot, ctx) -> NotificationPreferencesDialog:
    dialog = NotificationPreferencesDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    await until(lambda: dialog.boxes and not dialog.busy.isVisible(), what="the preferences")
    return dialog


async def server_preference(ctx, type_: str):
    return next(p for p in await operations.load_preferences(ctx) if p.type == type_)


async def test_a_client_sees_and_changes_only_the_client_types(qtbot, make_ctx, sign_in_as):
    claire = await signed_in(make_ctx, sign_in_as, CLIENT_A)
    before = await server_preference(claire, STATUS)
    dialog = await open_dialog(qtbot, claire)
    assert {t for t, _switch in dialog.boxes} == {t.value for t in CLIENT_NOTIFICATION_TYPES}
    box = dialog.boxes[(STATUS, EMAIL)]
    assert box.isChecked() == before.email
    assert box.accessibleName() == "Changement de statut : par e-mail"
    saved = []
    dialog.saved.connect(saved.append)
    try:
        qtbot.mouseClick(box, Qt.MouseButton.LeftButton)
        await until(lambda: saved, what="the save")
        assert (await server_preference(claire, STATUS)).email is (not before.email)
        assert box.isChecked() is (not before.email) and dialog.error.message == ""
        again = await open_dialog(qtbot, claire)
        assert again.boxes[(STATUS, EMAIL)].isChecked() is (not before.email)
        assert again.boxes[(STATUS, IN_APP)].isChecked() is before.in_app
    finally:
        await operations.save_preference(claire, before)


async def test_staff_see_every_type(qtbot, make_ctx, sign_in_as):
    julien = await signed_in(make_ctx, sign_in_as, AGENT)
    dialog = await open_dialog(qtbot, julien)
    assert {t for t, _switch in dialog.boxes} == {t.value for t in NotificationType}
    assert dialog.boxes[("sla.at_risk", IN_APP)].accessibleName() == "Échéance proche ou dépassée : dans l'application"


async def test_a_failed_save_says_so_and_changes_nothing(qtbot, make_ctx, sign_in_as):
    claire = await signed_in(make_ctx, sign_in_as, CLIENT_A)
    before = await server_preference(claire, STATUS)
    dialog = await open_dialog(qtbot, claire)
    reachable = claire.api
    unreachable = ApiClient(f"http://127.0.0.1:{free_port()}")  # nothing listens there
    await unreachable.set_tokens(reachable.tokens.access, reachable.tokens.refresh)
    claire.attach_api(unreachable)
    try:
        box = dialog.boxes[(STATUS, IN_APP)]
        qtbot.mouseClick(box, Qt.MouseButton.LeftButton)
        await until(lambda: dialog.error.message, what="the error")
        assert dialog.error.message.startswith("« Changement de statut » n'a pas pu être enregistré : ")
        assert box.isChecked() is before.in_app and box.isEnabled()
    finally:
        claire.attach_api(reachable)
        await unreachable.close()
    assert await server_preference(claire, STATUS) == before


async def test_the_desktop_notifications_choice_is_kept_on_this_computer(qtbot, make_ctx, sign_in_as, tmp_path):
    settings_path = tmp_path / "settings.ini"
    claire = make_ctx(settings_path)
    await sign_in_as(claire, CLIENT_A)
    assert claire.settings.desktop_notifications is True
    dialog = await open_dialog(qtbot, claire)
    assert dialog.desktop.isChecked()
    qtbot.mouseClick(dialog.desktop, Qt.MouseButton.LeftButton)
    assert AppSettings(QSettings(str(settings_path), QSettings.Format.IniFormat)).desktop_notifications is False


async def test_the_account_menu_and_the_panel_open_the_dialog(qtbot, make_ctx, sign_in_as, tmp_path):
    ctx = make_ctx(tmp_path / "settings.ini")
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    try:
        await sign_in_as(ctx, CLIENT_A)
        assert window.shell is not None
        assert window.actions.notification_preferences in window.account_menu.actions()
        window.actions.notification_preferences.trigger()
        assert isinstance(window.dialog, NotificationPreferencesDialog) and window.dialog.isVisible()
        window.dialog.close()

        panel = window.shell.notification_badge.open_panel()
        qtbot.mouseClick(panel.preferences, Qt.MouseButton.LeftButton)
        assert not panel.isVisible() and isinstance(window.dialog, NotificationPreferencesDialog)
        await until(lambda: window.dialog.boxes, what="the preferences")
    finally:
        await window.shut_down()

