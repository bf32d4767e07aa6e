from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from desktop.notifications.native import NativeNotifier
from desktop.notifications.presenter import NotificationPresenter
from desktop.notifications.texts import describe
from shared_schemas.common import UserRef
from shared_schemas.enums import NotificationType
from shared_schemas.notifications import NotificationOut, NotificationPayload
from tests.desktop.ui.helpers import until

pytestmark = pytest.mark.asyncio

APP_NAME = "Origyne SAV"


def a_reply(notification_id: int, *, excerpt: str = "Bonjour, le colis est arrivé abîmé.") -> NotificationOut:
    return NotificationOut(
        id=notification_id,
        type=NotificationType.MESSAGE_CREATED,
        ticket=12,
        payload=NotificationPayload(
            reference="SAV-2026-00012",
            subject="Colis abîmé",
            actor=UserRef(id=3, full_name="Camille Martin"),
            message_id=90 + notification_id,
            excerpt=excerpt,
        ),
        created_at=datetime(2026, 3, 2, 9, 30, tzinfo=UTC),
        read_at=None,
    )


@pytest.fixture
def presenter_for(make_ctx):
    """`ctx, notifier = presenter_for()`: a context whose live notifications are presented natively."""
    made = []

    def make():
        ctx = make_ctx()
        notifier = NativeNotifier(app_name=APP_NAME)
        made.append(NotificationPresenter(ctx, notifier, parent=ctx))
        return ctx, notifier

    return make


async def test_a_notification_received_live_shows_one_native_notification_with_its_texts(
    presenter_for, notification_daemon
):
    ctx, notifier = presenter_for()
    reply = a_reply(41)

    ctx.notifications.receive(reply)
    await until(lambda: len(notification_daemon.notify_calls) == 1, what="the native notification")
    await notifier.close()

    title, body = describe(reply)
    [call] = notification_daemon.notify_calls
    assert (call.app_name, call.summary, call.body) == (APP_NAME, title, body)
    assert title == "Nouvelle réponse · SAV-2026-00012"


async def test_clicking_it_activates_the_notification_and_brings_the_main_window_back(
    presenter_for, notification_daemon, qtbot
):
    ctx, notifier = presenter_for()
    window = QWidget()
    window.setObjectName("mainWindow")
    qtbot.addWidget(window)
    window.showMinimized()
    activated = []
    ctx.notifications.activated.connect(activated.append)
    reply = a_reply(41)

    ctx.notifications.receive(reply)
    await until(lambda: notification_daemon.on_screen == {1}, what="the native notification")
    notification_daemon.click(1)
    await until(lambda: activated, what="the activation")
    await notifier.close()

    assert activated == [reply]
    assert not window.windowState() & Qt.WindowState.WindowMinimized
    assert window.isVisible()


async def test_with_desktop_notifications_turned_off_nothing_is_shown(presenter_for, notification_daemon):
    ctx, notifier = presenter_for()

    ctx.settings.desktop_notifications = False
    ctx.notifications.receive(a_reply(41, excerpt="Caché"))
    ctx.settings.desktop_notifications = True
    ctx.notifications.receive(a_reply(42, excerpt="Montré"))
    # Shows run in arrival order: had the first one been shown, it would be recorded first.
    await until(lambda: notification_daemon.notify_calls, what="the second notification")
    await notifier.close()

    assert [call.body for call in notification_daemon.notify_calls] == ["Camille Martin : Montré"]


async def test_a_notification_read_in_the_app_withdraws_its_native_notification(presenter_for, notification_daemon):
    ctx, notifier = presenter_for()
    ctx.notifications.receive(a_reply(41))
    await until(lambda: notification_daemon.on_screen == {1}, what="the native notification")

    ctx.notifications.mark_read(41, datetime(2026, 3, 2, 9, 31, tzinfo=UTC))
    await until(lambda: notification_daemon.close_calls == [1], what="the withdrawal")
    await notifier.close()

    assert notification_daemon.on_screen == set()


async def test_a_notification_read_while_its_native_one_is_on_its_way_is_withdrawn_too(
    presenter_for, notification_daemon
):
    ctx, notifier = presenter_for()

    ctx.notifications.receive(a_reply(41))
    ctx.notifications.mark_read(41, datetime(2026, 3, 2, 9, 31, tzinfo=UTC))
    await until(lambda: notification_daemon.close_calls == [1], what="the withdrawal")
    await notifier.close()

    assert len(notification_daemon.notify_calls) == 1 and notification_daemon.on_screen == set()


async def test_signing_out_withdraws_what_is_still_on_screen(presenter_for, notification_daemon):
    ctx, notifier = presenter_for()
    ctx.notifications.receive(a_reply(41))
    ctx.notifications.receive(a_reply(42))
    await until(lambda: notification_daemon.on_screen == {1, 2}, what="both native notifications")

    ctx.session.signed_out.emit("")
    await until(lambda: notification_daemon.on_screen == set(), what="the withdrawals")
    await notifier.close()

    assert sorted(notification_daemon.close_calls) == [1, 2]
