"""The issue's native notification acceptance, end to end: a real server process pushes a reply to the
client's running app, which raises a native notification (private D-Bus session, fake notification
server) with the ticket reference and the text; clicking it opens the ticket and marks it read."""

import pytest

from desktop.notifications.native import NativeNotifier
from desktop.notifications.presenter import NotificationPresenter
from desktop.push.client import PushState
from desktop.tickets import operations
from desktop.tickets.store import TicketStore
from desktop.ui.main_window import WORKSPACE, MainWindow
from tests.desktop.tickets.helpers import AGENT, CLIENT_A, new_ticket, signed_in, unique
from tests.desktop.ui.helpers import until

pytestmark = pytest.mark.asyncio


async def test_a_reply_raises_a_native_notification_and_clicking_it_opens_the_ticket(
    qtbot, make_ctx, sign_in_as, notification_daemon, tmp_path
):
    agent = await signed_in(make_ctx, sign_in_as, AGENT)
    alice = make_ctx(tmp_path / "alice.ini")
    alice.push.configure(first_delay=0.05, max_delay=0.5)
    notifier = NativeNotifier(app_name="SAV Origyne")
    NotificationPresenter(alice, notifier, parent=alice)
    window = MainWindow(alice)
    qtbot.addWidget(window)
    window.show()
    try:
        await sign_in_as(alice, CLIENT_A)
        await until(lambda: window.current_page == WORKSPACE and alice.push.state == PushState.LIVE,
                    what="the workspace and the push channel")
        ticket = await new_ticket(alice, subject=unique("Tiroir-caisse bloqué"))
        unread_before = alice.notifications.unread

        await operations.send_message(agent, TicketStore(), ticket.id, body="Le technicien passe à 14 h.")

        await until(lambda: notification_daemon.notify_calls, what="the native notification")
        (call,) = notification_daemon.notify_calls
        assert ticket.reference in call.summary + call.body
        assert "Le technicien passe à 14 h." in call.body
        assert alice.notifications.unread == unread_before + 1

        notification_daemon.click(call.id)

        view = window.shell.workspace.view
        await until(lambda: view.ticket is not None and view.ticket.id == ticket.id, what="the ticket opened")
        assert [m.body for m in view.ticket.messages][-1] == "Le technicien passe à 14 h."
        await until(lambda: alice.notifications.unread == unread_before, what="the notification marked read")
        server_unread = (await alice.api.get("notifications/unread-count"))["unread"]
        assert server_unread == unread_before
    finally:
        await notifier.close()
        await window.shut_down()
