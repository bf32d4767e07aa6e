import time

import pytest

from desktop.ui.main_window import WORKSPACE
from tests.desktop.conftest import DEMO_PASSWORD
from tests.desktop.ui.helpers import sign_in_through_the_page, until

pytestmark = pytest.mark.asyncio


async def test_with_the_server_stopped_the_app_says_it_is_offline_and_recovers(open_window, sav_server):
    window = open_window()
    window.start()
    await sign_in_through_the_page(window, sav_server.url, "agent@origyne.fr", DEMO_PASSWORD, stay=False)
    assert not window.offline_banner.isVisible()
    assert window.status.connection.text().startswith("● Connecté à 127.0.0.1:")

    sav_server.stop()
    try:
        await until(lambda: window.offline_banner.isVisible(), timeout=5, what="the offline banner")
        assert "Hors ligne — le serveur est injoignable" in window.offline_banner.text.text()
        assert "Hors ligne" in window.status.connection.text()
        assert window.current_page == WORKSPACE

        # Still responsive: dialogs open and the retry button answers at once.
        settings = window.open_settings()
        assert settings.isVisible()
        settings.accept()
        started = time.monotonic()
        window.offline_banner.retry_button.click()
        assert time.monotonic() - started < 0.5
        assert window.offline_banner.isVisible()
    finally:
        sav_server.start()

    await until(lambda: not window.offline_banner.isVisible(), timeout=10, what="the banner to go away")
    assert window.status.connection.text().startswith("● Connecté à")
    assert window.shell.banner.kind == "success"
    await window.ctx.api.get("me")
    await window.shut_down()


async def test_a_sign_in_while_the_server_is_unreachable_says_so(open_window, sav_server):
    window = open_window()
    window.start()
    unreachable = "http://127.0.0.1:9"  # discard port: nothing listens there
    await sign_in_through_the_page(window, unreachable, "agent@origyne.fr", DEMO_PASSWORD)
    form = window.sign_in_page.sign_in
    assert form.message.message.startswith("Le serveur est injoignable")
    assert form.button.isEnabled()
    await window.shut_down()
