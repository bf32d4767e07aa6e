import keyring.backends.fail
import pytest
from PySide6.QtCore import QSettings

from desktop.auth.token_store import TokenStore
from desktop.context import AppContext
from desktop.settings import AppSettings
from desktop.ui.main_window import SIGN_IN, WORKSPACE
from tests.desktop.conftest import DEMO_PASSWORD
from tests.desktop.ui.helpers import sign_in_through_the_page, until

pytestmark = pytest.mark.asyncio


async def test_without_a_secure_keyring_the_user_signs_in_and_is_told_why_the_session_is_not_kept(
    open_window, sav_server, tmp_path
):
    ctx = AppContext(
        settings=AppSettings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)),
        token_store=TokenStore(keyring.backends.fail.Keyring()),
    )
    window = open_window(ctx)
    window.start()
    await sign_in_through_the_page(window, sav_server.url, "client.a@demo.fr", DEMO_PASSWORD, stay=True)
    assert window.current_page == WORKSPACE
    banner = window.shell.banner
    assert banner.isVisible() and banner.kind == "warning"
    assert "« Rester connecté » est désactivé" in banner.message
    assert ctx.settings.stay_signed_in is False
    banner.close_button.click()
    assert not banner.isVisible()
    await window.shut_down()


async def test_restarting_the_app_signs_in_again_from_the_keyring_and_signing_out_forgets_it(
    open_window, sav_server, memory_keyring, tmp_path
):
    settings_file = tmp_path / "settings.ini"
    first = open_window(settings_path=settings_file)
    first.start()
    await sign_in_through_the_page(first, sav_server.url, "agent@origyne.fr", DEMO_PASSWORD, stay=True)
    assert len(memory_keyring.secrets) == 1
    first.resize(760, 690)
    await first.shut_down()
    assert len(memory_keyring.secrets) == 1, "quitting keeps the session"

    second = open_window(settings_path=settings_file)
    assert (second.width(), second.height()) == (760, 690), "the window comes back at its size"
    restoring = second.start()
    assert restoring is not None
    await restoring
    assert second.current_page == WORKSPACE
    assert second.ctx.session.user.email == "agent@origyne.fr"

    await second.sign_out()
    assert second.current_page == SIGN_IN
    assert memory_keyring.secrets == {}
    assert second.sign_in_page.sign_in.email.text() == "agent@origyne.fr"
    await second.shut_down()

    third = open_window(settings_path=settings_file)
    assert third.start() is None
    assert third.current_page == SIGN_IN
    await third.shut_down()


async def test_a_server_given_on_the_command_line_does_not_reuse_another_servers_session(
    open_window, sav_server, memory_keyring, tmp_path
):
    settings_file = tmp_path / "settings.ini"
    first = open_window(settings_path=settings_file)
    first.start()
    await sign_in_through_the_page(first, sav_server.url, "agent@origyne.fr", DEMO_PASSWORD, stay=True)
    await first.shut_down()

    other = open_window(settings_path=settings_file, server_url="https://sav.example.org")
    assert other.start() is None
    assert other.current_page == SIGN_IN
    assert other.sign_in_page.sign_in.server.text() == "https://sav.example.org"
    await other.shut_down()


async def test_the_start_up_reconnection_waits_for_an_unreachable_server(
    open_window, sav_server, memory_keyring, tmp_path
):
    settings_file = tmp_path / "settings.ini"
    first = open_window(settings_path=settings_file)
    first.start()
    await sign_in_through_the_page(first, sav_server.url, "client.b@demo.fr", DEMO_PASSWORD, stay=True)
    await first.shut_down()

    sav_server.stop()
    try:
        second = open_window(settings_path=settings_file)
        restoring = second.start()
        await until(lambda: second.offline_banner.isVisible(), what="offline banner")
        assert "Serveur injoignable" in second.restoring_page.status.text()
    finally:
        sav_server.start()
    await restoring
    assert second.current_page == WORKSPACE
    assert not second.offline_banner.isVisible()
    await second.shut_down()
