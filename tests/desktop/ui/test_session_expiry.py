import pytest
from PySide6.QtWidgets import QLineEdit

from desktop import tasks
from desktop.ui.main_window import SIGN_IN, WORKSPACE
from tests.desktop.conftest import DEMO_PASSWORD
from tests.desktop.ui.helpers import sign_in_through_the_page, until

pytestmark = pytest.mark.asyncio


def break_the_session(ctx) -> None:
    """What a revoked session looks like to the app: neither token is accepted any more."""
    ctx.api.tokens.access = "garbage-access"
    ctx.api.tokens.refresh = "garbage-refresh"


async def expire(window) -> None:
    break_the_session(window.ctx)
    tasks.spawn(window.ctx.api.get("me"))
    await until(lambda: window.current_page == SIGN_IN, what="the sign-in page after expiry")


async def test_an_expired_session_returns_to_sign_in_and_keeps_what_was_typed(open_window, sav_server):
    window = open_window()
    window.start()
    await sign_in_through_the_page(window, sav_server.url, "client.a@demo.fr", DEMO_PASSWORD, stay=False)
    shell, workspace = window.shell, window.shell.workspace
    draft = QLineEdit(workspace)
    draft.setText("Ma machine ne démarre plus depuis ce matin")

    await expire(window)
    form = window.sign_in_page.sign_in
    assert form.email.text() == "client.a@demo.fr"
    assert form.message.kind == "warning"
    assert form.message.message.startswith("Votre session a expiré")
    assert window.shell is shell, "the workspace is kept while signed out"

    form.password.setText(DEMO_PASSWORD)
    await window.sign_in_page.submit()
    assert window.current_page == WORKSPACE
    assert window.shell is shell and shell.workspace is workspace
    assert draft.text() == "Ma machine ne démarre plus depuis ce matin"
    await window.shut_down()


async def test_after_an_expiry_another_user_gets_a_fresh_workspace(open_window, sav_server):
    window = open_window()
    window.start()
    await sign_in_through_the_page(window, sav_server.url, "client.a@demo.fr", DEMO_PASSWORD, stay=False)
    first_shell = window.shell
    draft = QLineEdit(first_shell.workspace)
    draft.setText("brouillon de client.a")

    await expire(window)
    await sign_in_through_the_page(window, sav_server.url, "client.b@demo.fr", DEMO_PASSWORD, stay=False)
    assert window.current_page == WORKSPACE
    assert window.shell is not first_shell
    assert window.ctx.session.user.email == "client.b@demo.fr"
    assert all(edit.text() != "brouillon de client.a" for edit in window.shell.findChildren(QLineEdit))
    await window.shut_down()


async def test_an_unexpected_background_error_shows_a_dismissible_banner(open_window, sav_server):
    window = open_window()
    window.start()
    await sign_in_through_the_page(window, sav_server.url, "agent@origyne.fr", DEMO_PASSWORD, stay=False)

    async def broken():
        await window.ctx.api.get("tickets/999999999")

    tasks.spawn(broken())
    banner = window.shell.banner
    await until(lambda: banner.isVisible(), what="the error banner")
    assert banner.kind == "error"
    assert banner.message == "Élément introuvable ou inaccessible."
    banner.close_button.click()
    assert not banner.isVisible()
    assert window.current_page == WORKSPACE
    await window.shut_down()


async def test_a_reply_being_typed_in_the_ticket_workspace_survives_an_expiry(open_window, sav_server):
    pytest.importorskip("desktop.tickets.workspaces")
    from PySide6.QtWidgets import QPlainTextEdit

    window = open_window()
    window.start()
    await sign_in_through_the_page(window, sav_server.url, "agent@origyne.fr", DEMO_PASSWORD, stay=False)
    workspace = window.shell.workspace
    await until(lambda: workspace.list.model.rowCount() > 0, what="the open tickets")
    workspace.list.select_row(0)
    await until(lambda: workspace.view.ticket is not None, what="the ticket")
    editors = [e for e in workspace.findChildren(QPlainTextEdit) if e.isVisible() and not e.isReadOnly()]
    assert editors, "a reply box"
    editors[0].setPlainText("Le voyant clignote toujours en orange.")

    await expire(window)
    window.sign_in_page.sign_in.password.setText(DEMO_PASSWORD)
    await window.sign_in_page.submit()
    assert window.current_page == WORKSPACE and window.shell.workspace is workspace
    assert editors[0].toPlainText() == "Le voyant clignote toujours en orange."
    await window.shut_down()
