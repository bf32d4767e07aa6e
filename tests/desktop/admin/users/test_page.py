import asyncio

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop.admin.common.confirm import Confirmation
from desktop.admin.common.hub import AdminChanges
from desktop.admin.customers.operations import contact_create, customer_create
from desktop.admin.users import operations
from desktop.admin.users.page import UsersPage
from desktop.api.errors import ApiError
from desktop.auth.operations import sign_out
from desktop.i18n.errors import error_message
from tests.desktop.admin.helpers import PASSWORD, signed_in, unique, unique_email

pytestmark = pytest.mark.asyncio


async def open_page(qtbot, ctx) -> UsersPage:
    page = UsersPage(ctx, AdminChanges())
    qtbot.addWidget(page)
    page.show()
    page.activate()
    await page.idle()
    return page


async def search(page: UsersPage, text: str) -> None:
    page.search.setText(text)
    await page.idle()


def choose_role(dialog, name: str) -> None:
    index = dialog.role.findText(name)
    assert index >= 0, name
    dialog.role.setCurrentIndex(index)


async def test_the_list_shows_accounts_page_by_page_and_passes_the_model_checks(
    make_ctx, sign_in_as, qtbot, qtmodeltester
):
    admin = await signed_in(make_ctx, sign_in_as)
    page = await open_page(qtbot, admin)
    assert page.model.rowCount() > 0
    headers = [page.model.headerData(c, Qt.Orientation.Horizontal) for c in range(page.model.columnCount())]
    assert headers == ["Nom", "E-mail", "Rôle", "Client", "Statut"]
    qtmodeltester.check(page.model)


async def test_an_administrator_creates_a_client_user_through_the_dialog_who_then_signs_in(make_ctx, sign_in_as, qtbot):
    admin = await signed_in(make_ctx, sign_in_as)
    customer = await customer_create(admin, external_id=unique("CRM"), name=unique("Zz Cave a vins"))
    contact = await contact_create(
        admin, customer.id, first_name="Zz Alice", last_name="Martin", email=unique_email("alice")
    )
    page = await open_page(qtbot, admin)

    dialog = page.open_create_dialog()
    await dialog.idle()
    assert dialog.current_role().code == "client"  # the usual case comes first
    assert dialog.customer.isVisibleTo(dialog) and dialog.contact.isVisibleTo(dialog)
    qtbot.keyClicks(dialog.customer.search, customer.name)
    await dialog.idle()
    assert dialog.customer.current_customer().id == customer.id  # one match: chosen
    await dialog.contact.idle()
    assert dialog.contact.select_contact(contact.id)
    assert (
        dialog.full_name.text() == "Zz Alice Martin" and dialog.email.text() == contact.email
    )  # filled from the contact
    qtbot.keyClicks(dialog.password, PASSWORD)
    dialog.save_button.click()
    await dialog.idle()

    assert not dialog.isVisible()
    created = page.selected_user()
    assert created.email == contact.email and created.customer.id == customer.id and created.contact.id == contact.id
    assert page.model.row_at(0) == created
    client_ctx = make_ctx()
    assert (await sign_in_as(client_ctx, contact.email)).customer.id == customer.id
    await sign_out(client_ctx)


async def test_an_agent_is_created_without_a_company_and_receives_an_invitation(make_ctx, sign_in_as, qtbot):
    admin = await signed_in(make_ctx, sign_in_as)
    page = await open_page(qtbot, admin)
    dialog = page.open_create_dialog()
    await dialog.idle()
    choose_role(dialog, "Agent")
    assert not dialog.customer.isVisibleTo(dialog) and not dialog.contact.isVisibleTo(dialog)
    assert "invitation" in dialog.row("password").hint.text()
    email = unique_email("bruno")
    qtbot.keyClicks(dialog.full_name, "Zz Bruno Agent")
    qtbot.keyClicks(dialog.email, email)
    qtbot.keyClick(dialog.email, Qt.Key.Key_Return)  # Enter saves
    await dialog.idle()

    assert not dialog.isVisible()
    agent = page.selected_user()
    assert (agent.email, agent.role.code, agent.customer) == (email, "agent", None)


async def test_escape_cancels_the_dialog_and_nothing_is_created(make_ctx, sign_in_as, qtbot):
    admin = await signed_in(make_ctx, sign_in_as)
    page = await open_page(qtbot, admin)
    dialog = page.open_create_dialog()
    await dialog.idle()
    email = unique_email("nobody")
    qtbot.keyClicks(dialog.email, email)
    qtbot.keyClick(dialog.email, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert (await operations.user_page(admin, operations.UserFilters(q=email))).results == []


async def test_a_duplicate_email_is_shown_next_to_the_email_field_and_nothing_is_created(make_ctx, sign_in_as, qtbot):
    admin = await signed_in(make_ctx, sign_in_as)
    email = unique_email("dupont")
    await operations.user_create(admin, email=email, full_name="Zz Dupont", role="agent")
    page = await open_page(qtbot, admin)
    dialog = page.open_create_dialog()
    await dialog.idle()
    choose_role(dialog, "Agent")
    qtbot.keyClicks(dialog.full_name, "Zz Dupont bis")
    qtbot.keyClicks(dialog.email, email)
    dialog.save_button.click()
    await dialog.idle()

    assert dialog.isVisible()
    assert dialog.field_error("email")
    assert dialog.field_error("full_name") == "" and dialog.field_error("role") == ""
    assert dialog.banner.text.startswith(error_message(ApiError("validation_error", status=400)))
    assert bool(dialog.email.property("invalid"))
    same = await operations.user_page(admin, operations.UserFilters(q=email))
    assert [u.full_name for u in same.results] == ["Zz Dupont"]


async def test_a_client_without_a_company_is_refused_on_the_company_field(make_ctx, sign_in_as, qtbot):
    admin = await signed_in(make_ctx, sign_in_as)
    page = await open_page(qtbot, admin)
    dialog = page.open_create_dialog()
    await dialog.idle()
    assert dialog.current_role().code == "client" and dialog.customer.current_customer() is None
    email = unique_email("orphan")
    qtbot.keyClicks(dialog.full_name, "Zz Orphan")
    qtbot.keyClicks(dialog.email, email)
    dialog.save_button.click()
    await dialog.idle()

    assert dialog.isVisible() and dialog.field_error("customer")
    assert dialog.field_error("email") == ""
    assert (await operations.user_page(admin, operations.UserFilters(q=email))).results == []


async def test_deactivating_asks_first_and_blocks_sign_in_until_reactivated(make_ctx, sign_in_as, qtbot):
    admin = await signed_in(make_ctx, sign_in_as)
    name = unique("Zz Carole")
    email = unique_email("carole")
    await operations.user_create(admin, email=email, full_name=name, role="agent", password=PASSWORD)
    page = await open_page(qtbot, admin)
    await search(page, name)
    assert page.model.rowCount() == 1
    page.list.select_row(0)

    box = page.toggle_active()
    assert isinstance(box, Confirmation) and box.defaultButton() is box.cancel_button
    assert page.selected_user().is_active  # nothing happens before the answer
    box.confirm_button.click()
    await page.idle()
    assert not page.selected_user().is_active
    assert page.toggle_button.text() == "&Réactiver"
    with pytest.raises(ApiError) as refused:
        await sign_in_as(make_ctx(), email)
    assert refused.value.code == "invalid_credentials"

    assert page.toggle_active() is None  # reactivating needs no confirmation
    await page.idle()
    assert page.selected_user().is_active
    assert (await sign_in_as(make_ctx(), email)).email == email


async def test_an_administrator_cannot_deactivate_their_own_account(make_ctx, sign_in_as, qtbot):
    admin = await signed_in(make_ctx, sign_in_as)
    page = await open_page(qtbot, admin)
    await search(page, "admin@origyne.fr")
    page.list.select_row(0)
    assert not page.toggle_button.isEnabled() and page.toggle_button.toolTip()


async def test_editing_changes_only_what_was_changed(make_ctx, sign_in_as, qtbot):
    admin = await signed_in(make_ctx, sign_in_as)
    name = unique("Zz Edgar")
    await operations.user_create(admin, email=unique_email("edgar"), full_name=name, role="agent")
    page = await open_page(qtbot, admin)
    await search(page, name)
    page.list.select_row(0)

    dialog = page.open_edit_dialog()
    await dialog.idle()
    assert dialog.email.isReadOnly() and dialog.current_role().code == "agent"
    dialog.full_name.setText(name + " Durand")
    dialog.save_button.click()
    await dialog.idle()
    assert page.selected_user().full_name == name + " Durand"
    assert page.model.row_at(0).full_name == name + " Durand"


async def test_search_and_filters_narrow_the_list_on_the_server(make_ctx, sign_in_as, qtbot):
    admin = await signed_in(make_ctx, sign_in_as)
    name = unique("Zz Fanny")
    fanny = await operations.user_create(admin, email=unique_email("fanny"), full_name=name, role="agent")
    page = await open_page(qtbot, admin)
    qtbot.keyClicks(page.search, name)
    await page.idle()
    assert [u.id for u in page.model.rows()] == [fanny.id]

    page.audience_filter.setCurrentIndex(page.audience_filter.findData("client"))
    await page.idle()
    assert page.model.rowCount() == 0
    assert "Aucun utilisateur ne correspond" in page.list.placeholder_text

    page.audience_filter.setCurrentIndex(0)
    page.status_filter.setCurrentIndex(page.status_filter.findData(True))
    page.role_filter.setCurrentIndex(page.role_filter.findData("agent"))
    await page.idle()
    assert [u.id for u in page.model.rows()] == [fanny.id]


async def test_the_dialog_opens_on_its_first_field_and_tab_follows_the_form(make_ctx, sign_in_as, qtbot):
    admin = await signed_in(make_ctx, sign_in_as)
    page = await open_page(qtbot, admin)
    dialog = page.open_create_dialog()
    await dialog.idle()
    dialog.activateWindow()
    await asyncio.sleep(0.05)
    assert QApplication.focusWidget() is dialog.role
    assert not dialog.contact.isEnabled()  # until a company is chosen: Tab skips it
    expected = [
        dialog.full_name,
        dialog.email,
        dialog.phone,
        dialog.language,
        dialog.customer.search,
        dialog.customer.combo,
        dialog.password,
        dialog.save_button,
        dialog.cancel_button,
        dialog.role,
    ]
    for widget in expected:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is widget, widget.accessibleName()
    dialog.reject()


async def test_enter_on_a_row_opens_its_edit_dialog(make_ctx, sign_in_as, qtbot):
    admin = await signed_in(make_ctx, sign_in_as)
    page = await open_page(qtbot, admin)
    page.list.select_row(0)
    page.list.table.setFocus()
    qtbot.keyClick(page.list.table, Qt.Key.Key_Return)
    assert page.dialog is not None and page.dialog.isVisible()
    assert page.dialog.user == page.selected_user()
    await page.dialog.idle()
    page.dialog.reject()
