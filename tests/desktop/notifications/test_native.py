import contextlib
import time

import pytest
from PySide6.QtWidgets import QSystemTrayIcon

from desktop.notifications.native import NativeNotifier
from tests.desktop.notifications.fake_notification_daemon import FakeNotificationDaemon
from tests.desktop.ui.helpers import until

pytestmark = pytest.mark.asyncio

APP_NAME = "Origyne SAV"


@contextlib.asynccontextmanager
async def native_notifier(**options):
    notifier = NativeNotifier(app_name=APP_NAME, **options)
    try:
        yield notifier
    finally:
        await notifier.close()


class Clicks:
    def __init__(self) -> None:
        self.count = 0

    def __call__(self) -> None:
        self.count += 1


class RecordingTrayIcon(QSystemTrayIcon):
    """Offscreen, `showMessage` shows nothing: this one remembers what it was asked to show."""

    def __init__(self) -> None:
        super().__init__()
        self.messages: list[tuple[str, str]] = []

    def showMessage(self, title, message, *args) -> None:  # noqa: N802 — Qt's name
        self.messages.append((title, message))


async def test_it_shows_one_notification_with_the_title_body_and_app_name(notification_daemon):
    async with native_notifier() as notifier:
        shown = await notifier.show(key=7, title="SAV-0042 · Nouveau message", body="Bonjour", on_click=Clicks())

    assert shown is True
    [call] = notification_daemon.notify_calls
    assert (call.app_name, call.summary, call.body) == (APP_NAME, "SAV-0042 · Nouveau message", "Bonjour")
    assert call.replaces_id == 0 and call.icon == ""
    assert call.actions[:2] == ["default", ""]  # a click on the body is reported back


async def test_an_icon_path_is_sent_as_a_file_uri(notification_daemon, tmp_path):
    icon = tmp_path / "origyne.png"
    icon.write_bytes(b"")
    async with native_notifier(icon_path=icon) as notifier:
        await notifier.show(key=1, title="Titre", body="Texte", on_click=Clicks())

    assert notification_daemon.notify_calls[0].icon == icon.as_uri()


async def test_a_click_runs_on_click_exactly_once(notification_daemon):
    clicks = Clicks()
    async with native_notifier() as notifier:
        await notifier.show(key=7, title="Titre", body="Texte", on_click=clicks)
        notification_daemon.click(1)
        notification_daemon.click(1)
        await until(lambda: clicks.count >= 1, what="the click callback")
        # The bus keeps the server's messages in order: once this reply is in, both clicks were seen.
        await notifier.show(key=8, title="Autre", body="Texte", on_click=Clicks())

    assert clicks.count == 1


async def test_withdraw_closes_the_notification_still_on_screen(notification_daemon):
    async with native_notifier() as notifier:
        await notifier.show(key=7, title="Titre", body="Texte", on_click=Clicks())
        await notifier.withdraw(7)
        await notifier.withdraw(7)

    assert notification_daemon.close_calls == [1]
    assert notification_daemon.on_screen == set()


async def test_withdraw_leaves_alone_a_notification_already_clicked(notification_daemon):
    clicks = Clicks()
    async with native_notifier() as notifier:
        await notifier.show(key=7, title="Titre", body="Texte", on_click=clicks)
        notification_daemon.click(1)
        await until(lambda: clicks.count == 1, what="the click callback")
        await notifier.withdraw(7)

    assert notification_daemon.close_calls == []


async def test_showing_a_key_again_replaces_its_notification(notification_daemon):
    async with native_notifier() as notifier:
        await notifier.show(key=7, title="Premier", body="Texte", on_click=Clicks())
        await notifier.show(key=7, title="Second", body="Texte", on_click=Clicks())

    assert [call.summary for call in notification_daemon.notify_calls] == ["Premier", "Second"]
    assert notification_daemon.close_calls == [1] and notification_daemon.on_screen == {2}


async def test_markup_characters_in_the_body_reach_a_markup_server_as_text(notification_daemon):
    async with native_notifier() as notifier:
        await notifier.show(key=1, title="<b>R&D</b>", body="<b>Prix</b> & délai < 2 j", on_click=Clicks())

    [call] = notification_daemon.notify_calls
    assert call.body == "&lt;b&gt;Prix&lt;/b&gt; &amp; délai &lt; 2 j"
    assert call.summary == "<b>R&D</b>"  # the summary is never markup


async def test_a_server_without_body_markup_gets_the_body_unchanged(session_bus):
    daemon = FakeNotificationDaemon(session_bus, capabilities=("actions", "body"))
    daemon.start()
    try:
        async with native_notifier() as notifier:
            await notifier.show(key=1, title="Titre", body="<b>Prix</b> & délai", on_click=Clicks())
    finally:
        daemon.stop()

    assert daemon.notify_calls[0].body == "<b>Prix</b> & délai"


async def test_without_a_session_bus_show_returns_false_quickly_and_nothing_raises(no_session_bus):
    async with native_notifier() as notifier:
        started = time.monotonic()
        shown = await notifier.show(key=1, title="Titre", body="Texte", on_click=Clicks())
        elapsed = time.monotonic() - started
        await notifier.withdraw(1)

    assert shown is False
    assert elapsed < 2


async def test_a_bus_without_a_notification_server_returns_false(session_bus):
    async with native_notifier() as notifier:
        assert await notifier.show(key=1, title="Titre", body="Texte", on_click=Clicks()) is False


async def test_a_notification_server_started_later_is_used_by_the_next_show(session_bus):
    async with native_notifier() as notifier:
        assert await notifier.show(key=1, title="Titre", body="Texte", on_click=Clicks()) is False
        daemon = FakeNotificationDaemon(session_bus)
        daemon.start()
        try:
            assert await notifier.show(key=2, title="Titre", body="Texte", on_click=Clicks()) is True
        finally:
            daemon.stop()

    assert len(daemon.notify_calls) == 1


async def test_without_a_session_bus_the_tray_icon_shows_it_and_its_click_runs_on_click(no_session_bus):
    tray = RecordingTrayIcon()
    clicks = Clicks()
    async with native_notifier(tray_icon=tray) as notifier:
        shown = await notifier.show(key=1, title="Titre", body="<b>Texte</b>", on_click=clicks)
        tray.messageClicked.emit()
        tray.messageClicked.emit()

    assert shown is False
    assert tray.messages == [("Titre", "<b>Texte</b>")]
    assert clicks.count == 1


async def test_a_tray_message_withdrawn_no_longer_runs_on_click(no_session_bus):
    tray = RecordingTrayIcon()
    clicks = Clicks()
    async with native_notifier(tray_icon=tray) as notifier:
        await notifier.show(key=1, title="Titre", body="Texte", on_click=clicks)
        await notifier.withdraw(1)
        tray.messageClicked.emit()

    assert clicks.count == 0


async def test_a_failing_click_handler_is_logged_and_the_next_click_still_works(notification_daemon, caplog):
    def broken() -> None:
        raise RuntimeError("boom")

    clicks = Clicks()
    async with native_notifier() as notifier:
        await notifier.show(key=1, title="Titre", body="Texte", on_click=broken)
        await notifier.show(key=2, title="Titre", body="Texte", on_click=clicks)
        notification_daemon.click(1)
        notification_daemon.click(2)
        await until(lambda: clicks.count == 1, what="the second click callback")

    assert "notification click handler failed" in caplog.text
