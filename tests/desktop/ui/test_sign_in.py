import pytest
from PySide6.QtCore import Qt

from desktop.ui.main_window import SIGN_IN, WORKSPACE
from desktop.ui.workspaces import UnavailableWorkspace, workspace_class
from tests.desktop.conftest import DEMO_PASSWORD
from tests.desktop.ui.helpers import sign_in_through_the_page

pytestmark = pytest.mark.asyncio


def expected_workspace(user):
    cls = workspace_class(user)
    return cls or UnavailableWorkspace


async def test_a_client_signs_in_and_sees_the_client_workspace(open_window, sav_server):
    window = open_window()
    window.start()
    assert window.current_page == SIGN_IN
    await sign_in_through_the_page(window, sav_server.url, "client.a@demo.fr", DEMO_PASSWORD)
    assert window.current_page == WORKSPACE
    user = window.ctx.session.user
    assert not user.is_staff
    assert isinstance(window.shell.workspace, expected_workspace(user))
    assert not window.shell.header.admin_button.isVisible()
    assert "client.a" in window.status.user.text() or user.full_name in window.status.user.text()
    assert "127.0.0.1" in window.status.connection.text()
    await window.shut_down()


async def test_an_administrator_gets_the_staff_workspace_and_the_administration(open_window, sav_server):
    window = open_window()
    window.start()
    await sign_in_through_the_page(window, sav_server.url, "admin@origyne.fr", DEMO_PASSWORD)
    user = window.ctx.session.user
    assert user.is_staff
    assert isinstance(window.shell.workspace, expected_workspace(user))
    assert window.shell.header.admin_button.isVisible()
    window.actions.show_administration.trigger()
    assert window.shell.section == "administration"
    assert window.shell.administration is not None
    window.actions.show_tickets.trigger()
    assert window.shell.section == "tickets"
    await window.shut_down()


async def test_a_wrong_password_is_explained_in_french_under_the_form(open_window, sav_server):
    window = open_window()
    window.start()
    await sign_in_through_the_page(window, sav_server.url, "client.a@demo.fr", "pas-le-bon-mot-de-passe")
    form = window.sign_in_page.sign_in
    assert window.current_page == SIGN_IN
    assert form.message.message == "Adresse e-mail ou mot de passe incorrect."
    assert form.button.isEnabled() and form.button.text() == "Se connecter"
    assert not window.ctx.session.is_signed_in
    await window.shut_down()


async def test_a_plain_http_server_address_is_refused_with_the_reason(open_window):
    window = open_window()
    window.start()
    await sign_in_through_the_page(window, "http://example.com", "client.a@demo.fr", DEMO_PASSWORD)
    form = window.sign_in_page.sign_in
    assert "https://" in form.server_field.error.text()
    assert form.server_field.has_error
    assert form.server.property("invalid") == "true"
    await window.shut_down()


async def test_empty_fields_are_pointed_out_without_calling_the_server(open_window, qtbot):
    window = open_window()
    window.start()
    form = window.sign_in_page.sign_in
    form.email.clear()
    qtbot.keyClick(form.password, Qt.Key.Key_Return)
    assert form.email_field.error.text() == "Ce champ est obligatoire."
    assert form.password_field.has_error
    assert window.sign_in_page.pending is None
    await window.shut_down()
