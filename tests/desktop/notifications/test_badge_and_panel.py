"""The header's bell and the notification panel, in the signed-in shell, against the real server:
the count follows the server and live arrivals, the panel lists newest first, a click or Enter
opens the ticket and reads the notification on the server, « Tout marquer comme lu » reads them
all, and a notification activated elsewhere (a native one) opens its ticket too."""

import asyncio
import time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMenu

from desktop.notifications import operations
from desktop.notifications.badge import NotificationBadge
from desktop.notifications.panel import BODY_ROLE, UNREAD_ROLE
from desktop.ui.header import ADMINISTRATION, TICKETS
from desktop.ui.shell import Shell
from shared_schemas.common import Page
from shared_schemas.enums import NotificationType
from shared_schemas.notifications import NotificationOut
from tests.desktop.tickets.helpers import ADMIN, AGENT, CLIENT_A, new_ticket, shown_and_active, signed_in, until

pytestmark = pytest.mark.asyncio


async def reply(ctx, ticket_id: int, body: str) -> None:
    await ctx.api.post(f"tickets/{ticket_id}/messages", {"body": body, "kind": "reply"})


async def newest(ctx, count: int = 1) -> list[NotificationOut]:
    """The user's newest notifications from the server, oldest of them first."""
    body = await ctx.api.get("notifications", page_size=count)
    return [NotificationOut.model_validate(n) for n in reversed(body["results"])]


async def unread_ids_on_server(ctx) -> set[int]:
    body = await ctx.api.get("notifications", unread="true", page_size=100)
    return {n["id"] for n in body["results"]}


async def claire_with_replies(make_ctx, sign_in_as, *bodies: str):
    """Claire, nothing unread, then Julien answers her new ticket once per body."""
    claire = await signed_in(make_ctx, sign_in_as, CLIENT_A)
    julien = await signed_in(make_ctx, sign_in_as, AGENT)
    ticket = await new_ticket(claire)
    await claire.api.post("notifications/read-all", {})
    for body in bodies:
        await reply(julien, ticket.id, body)
    return claire, ticket


async def open_shell(qtbot, ctx) -> Shell:
    shell = Shell(ctx, ctx.session.user, QMenu())
    qtbot.addWidget(shell)
    shell.resize(1400, 900)
    await shown_and_active(shell)
    return shell


def row_texts(panel) -> list[str]:
    model = panel.model
    return [model.index(row).data(BODY_ROLE) for row in range(model.rowCount())]


async def test_the_badge_count_follows_the_server_and_live_arrivals(qtbot, make_ctx, sign_in_as):
    claire, ticket = await claire_with_replies(make_ctx, sign_in_as)
    badge = NotificationBadge(claire)
    qtbot.addWidget(badge)
    badge.show()
    store = claire.notifications
    await operations.refresh(claire, store)
    await until(lambda: store.unread == 0)
    assert badge.count.isHidden() and badge.accessible_text == "Notifications, aucune non lue"

    julien = await signed_in(make_ctx, sign_in_as, AGENT)
    await reply(julien, ticket.id, "Premier")
    await reply(julien, ticket.id, "Second")
    arrived = await newest(claire, 2)
    for notification in arrived:  # as the push channel hands them over (it may have been first)
        store.receive(notification)
    assert store.receive(arrived[-1]) is False  # the same id again after a reconnection
    await until(lambda: store.unread == 2)
    assert badge.count.isVisible() and badge.count.text() == "2"
    assert badge.accessible_text == "Notifications, 2 non lues"

    elsewhere = await signed_in(make_ctx, sign_in_as, CLIENT_A)  # Claire's other computer reads them
    await elsewhere.api.post("notifications/read-all", {})
    assert await operations.refresh_unread(claire, store) == 0
    assert badge.count.isHidden()

    store.set_unread(1)
    assert badge.accessible_text == "Notifications, 1 non lue"
    store.set_unread(150)
    assert badge.count.text() == "99+" and badge.accessible_text == "Notifications, 99+ non lues"


async def test_the_panel_lists_newest_first_and_a_click_opens_the_ticket(qtbot, make_ctx, sign_in_as):
    claire, ticket = await claire_with_replies(make_ctx, sign_in_as, "Première réponse", "Seconde réponse")
    shell = await open_shell(qtbot, claire)
    store = claire.notifications
    await until(lambda: store.unread == 2 and store.loaded, what="the count and the first page")
    qtbot.mouseClick(shell.notification_badge.button, Qt.MouseButton.LeftButton)
    panel = shell.notification_badge.panel
    assert panel is not None and panel.isVisible()
    await until(lambda: panel.model.rowCount() >= 2)
    assert row_texts(panel)[:2] == ["Julien Roche : Seconde réponse", "Julien Roche : Première réponse"]
    assert panel.model.index(1).data() == f"Nouvelle réponse · {ticket.reference}"
    assert panel.model.index(1).data(UNREAD_ROLE) is True

    activated = []
    store.activated.connect(activated.append)
    first_reply = panel.model.notification(1)
    rect = panel.list.visualRect(panel.model.index(1))
    qtbot.mouseClick(panel.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert [n.id for n in activated] == [first_reply.id] and not panel.isVisible()
    await until(lambda: shell.workspace.view.ticket is not None and shell.workspace.view.ticket.id == ticket.id,
                what="the ticket to open")
    await until(lambda: store.get(first_reply.id).read_at is not None and store.unread == 1)
    assert first_reply.id not in await unread_ids_on_server(claire)
    assert shell.notification_badge.count.text() == "1"


async def test_the_panel_is_used_from_the_keyboard(qtbot, make_ctx, sign_in_as):
    claire, ticket = await claire_with_replies(make_ctx, sign_in_as, "Une", "Deux")
    shell = await open_shell(qtbot, claire)
    await until(lambda: claire.notifications.loaded and claire.notifications.unread == 2)
    badge = shell.notification_badge
    badge.button.setFocus()
    qtbot.keyClick(badge.button, Qt.Key.Key_Space)
    panel = badge.panel
    assert panel.isVisible() and panel.list.hasFocus() and panel.list.currentIndex().row() == 0
    qtbot.keyClick(panel.list, Qt.Key.Key_Escape)
    assert not panel.isVisible()

    badge.open_panel()
    qtbot.keyClick(panel.list, Qt.Key.Key_Down)
    second = panel.model.notification(panel.list.currentIndex().row())
    assert second.payload.excerpt == "Une"
    activated = []
    claire.notifications.activated.connect(activated.append)
    qtbot.keyClick(panel.list, Qt.Key.Key_Return)
    assert [n.id for n in activated] == [second.id] and not panel.isVisible()
    await until(lambda: shell.workspace.view.ticket is not None and shell.workspace.view.ticket.id == ticket.id)
    await until(lambda: claire.notifications.unread == 1)


async def test_mark_all_read_reads_everything_on_the_server(qtbot, make_ctx, sign_in_as):
    claire, _ticket = await claire_with_replies(make_ctx, sign_in_as, "Un", "Deux", "Trois")
    shell = await open_shell(qtbot, claire)
    store = claire.notifications
    await until(lambda: store.loaded and store.unread == 3)
    panel = shell.notification_badge.open_panel()
    assert panel.read_all.isEnabled()
    qtbot.mouseClick(panel.read_all, Qt.MouseButton.LeftButton)
    await until(lambda: store.unread == 0, what="everything read")
    assert await unread_ids_on_server(claire) == set()
    assert not any(panel.model.index(row).data(UNREAD_ROLE) for row in range(panel.model.rowCount()))
    assert shell.notification_badge.count.isHidden() and not panel.read_all.isEnabled()


async def test_the_panel_loads_older_notifications_as_it_scrolls(qtbot, make_ctx, sign_in_as, monkeypatch):
    monkeypatch.setattr(operations, "PAGE_SIZE", 2)
    claire, _ticket = await claire_with_replies(make_ctx, sign_in_as, *(f"Réponse {n}" for n in range(7)))
    shell = await open_shell(qtbot, claire)
    await until(lambda: claire.notifications.loaded)
    panel = shell.notification_badge.open_panel()

    def scrolled_far_enough() -> bool:
        panel.list.scrollToBottom()
        return panel.model.rowCount() >= 7

    await until(scrolled_far_enough, what="older pages")
    assert row_texts(panel)[:7] == [f"Julien Roche : Réponse {n}" for n in reversed(range(7))]
    ids = [panel.model.notification(row).id for row in range(panel.model.rowCount())]
    assert ids == sorted(set(ids), reverse=True)


async def test_a_live_notification_appears_at_the_top_of_the_open_panel(qtbot, make_ctx, sign_in_as):
    claire, ticket = await claire_with_replies(make_ctx, sign_in_as, "Avant")
    shell = await open_shell(qtbot, claire)
    await until(lambda: claire.notifications.loaded and claire.notifications.unread == 1)
    panel = shell.notification_badge.open_panel()
    julien = await signed_in(make_ctx, sign_in_as, AGENT)
    await reply(julien, ticket.id, "Pendant")
    claire.notifications.receive((await newest(claire))[0])
    await until(lambda: row_texts(panel)[:2] == ["Julien Roche : Pendant", "Julien Roche : Avant"])
    assert panel.list.currentIndex().row() >= 0 and claire.notifications.unread == 2


async def test_the_panel_says_when_there_is_nothing(qtbot, make_ctx):
    ctx = make_ctx()
    ctx.notifications.set_first_page(Page[NotificationOut](results=[], next_cursor=None))
    badge = NotificationBadge(ctx)
    qtbot.addWidget(badge)
    badge.show()
    panel = badge.open_panel()
    assert panel.empty.isVisible() and not panel.list.isVisible()
    assert panel.empty.text().startswith("Aucune notification pour le moment.")
    assert not panel.read_all.isEnabled()


async def test_a_notification_activated_elsewhere_opens_its_ticket_from_any_section(qtbot, make_ctx, sign_in_as):
    admin = await signed_in(make_ctx, sign_in_as, ADMIN)
    shell = await open_shell(qtbot, admin)
    shell.show_section(ADMINISTRATION)
    claire = await signed_in(make_ctx, sign_in_as, CLIENT_A)
    ticket = await new_ticket(claire)  # every staff member who sees all tickets is told
    created = next(n for n in await newest(admin, 5) if n.ticket == ticket.id)
    assert created.type == NotificationType.TICKET_CREATED and created.read_at is None

    admin.notifications.activate(created)  # what a click on the native notification does
    assert shell.section == TICKETS
    await until(lambda: shell.workspace.view.ticket is not None and shell.workspace.view.ticket.id == ticket.id,
                what="the ticket to open")
    await read_on_server(admin, created.id)


async def read_on_server(ctx, notification_id: int, *, timeout: float = 10.0) -> None:
    """Waits for a read made in the background to reach the server."""
    deadline = time.monotonic() + timeout
    while notification_id in await unread_ids_on_server(ctx):
        if time.monotonic() > deadline:
            raise AssertionError(f"notification {notification_id} still unread on the server")
        await asyncio.sleep(0.05)
