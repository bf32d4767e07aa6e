import pytest
from PySide6.QtCore import Qt

from desktop.admin.common.confirm import Confirmation
from desktop.admin.common.hub import AdminChanges
from desktop.admin.common.labels import permission_label
from desktop.admin.roles import operations
from desktop.admin.roles.dialog import code_from_name
from desktop.admin.roles.page import RolesPage
from desktop.admin.users.operations import user_create
from desktop.api.errors import ApiError
from desktop.i18n.errors import error_message
from shared_schemas.enums import CLIENT_PERMISSIONS, Permission, RoleAudience, permissions_allowed_for
from tests.desktop.admin.helpers import signed_in, unique, unique_email

pytestmark = pytest.mark.asyncio


async def open_page(qtbot, ctx) -> RolesPage:
    page = RolesPage(ctx, AdminChanges())
    qtbot.addWidget(page)
    page.show()
    page.activate()
    await page.idle()
    return page


def select(page: RolesPage, role_id: int) -> None:
    assert page.list.select_where(lambda role: role.id == role_id)


async def test_a_code_is_suggested_from_the_name():
    assert code_from_name("Support Niveau 2 (Île-de-France)") == "support-niveau-2-ile-de-france"


async def test_the_built_in_roles_are_listed_and_cannot_be_deleted(make_ctx, sign_in_as, qtbot, qtmodeltester):
    admin = await signed_in(make_ctx, sign_in_as)
    page = await open_page(qtbot, admin)
    codes = [role.code for role in page.model.rows()]
    assert {"client", "agent", "administrator"} <= set(codes)
    qtmodeltester.check(page.model)
    select(page, next(r.id for r in page.model.rows() if r.code == "agent"))
    assert page.edit_button.isEnabled() and not page.delete_button.isEnabled()
    assert page.delete_button.toolTip()


async def test_an_administrator_creates_edits_and_deletes_a_role(make_ctx, sign_in_as, qtbot):
    admin = await signed_in(make_ctx, sign_in_as)
    page = await open_page(qtbot, admin)
    name = unique("Zz Support N2")

    dialog = page.open_create_dialog()
    qtbot.keyClicks(dialog.name, name)
    assert dialog.code.text() == code_from_name(name)  # suggested while the code is untouched
    assert dialog.chosen_audience == RoleAudience.STAFF
    dialog.permissions.checkbox(Permission.TICKETS_VIEW_ALL).setChecked(True)
    dialog.permissions.checkbox(Permission.TICKETS_NOTE).setChecked(True)
    assert dialog.permissions.checkbox(Permission.TICKETS_NOTE).text() == "Écrire des notes internes"
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    await dialog.idle()
    assert not dialog.isVisible()
    created = page.selected_role()
    assert (created.name, created.audience, sorted(created.permissions)) == (
        name,
        "staff",
        ["tickets.note", "tickets.view_all"],
    )

    dialog = page.open_edit_dialog()
    assert dialog.permissions.checkbox(Permission.TICKETS_NOTE).isChecked()
    dialog.name.setText(name + " bis")
    dialog.permissions.checkbox(Permission.TICKETS_NOTE).setChecked(False)
    dialog.permissions.checkbox(Permission.REMINDERS_MANAGE).setChecked(True)
    dialog.save_button.click()
    await dialog.idle()
    edited = page.selected_role()
    assert (edited.id, edited.name, sorted(edited.permissions)) == (
        created.id,
        name + " bis",
        ["reminders.manage", "tickets.view_all"],
    )

    box = page.delete_selected()
    assert isinstance(box, Confirmation)
    box.confirm_button.click()
    await page.idle()
    assert created.id not in [r.id for r in page.model.rows()]
    assert created.id not in [r.id for r in await operations.role_list(admin)]


async def test_a_client_role_offers_only_client_permissions(make_ctx, sign_in_as, qtbot):
    admin = await signed_in(make_ctx, sign_in_as)
    page = await open_page(qtbot, admin)
    dialog = page.open_create_dialog()
    assert set(dialog.permissions.offered()) == {str(p) for p in permissions_allowed_for(RoleAudience.STAFF)}
    assert str(Permission.CRM_SYNC) not in dialog.permissions.offered()  # the CRM service accounts' alone

    dialog.permissions.checkbox(Permission.USERS_MANAGE).setChecked(True)
    dialog.audience.setCurrentIndex(dialog.audience.findData(RoleAudience.CLIENT))
    assert set(dialog.permissions.offered()) == {str(p) for p in CLIENT_PERMISSIONS}
    assert not dialog.permissions.checkbox(Permission.USERS_MANAGE).isChecked()  # never sent hidden
    assert dialog.permissions.checkbox(Permission.TICKETS_RATE).text() == permission_label("tickets.rate")

    name = unique("Zz Client lecture")
    dialog.name.setText(name)
    dialog.code.setText(code_from_name(name))
    dialog.permissions.checkbox(Permission.TICKETS_CREATE).setChecked(True)
    dialog.save_button.click()
    await dialog.idle()
    role = page.selected_role()
    assert (role.audience, role.permissions) == ("client", ["tickets.create"])

    editing = page.open_edit_dialog()
    assert set(editing.permissions.offered()) == {str(p) for p in CLIENT_PERMISSIONS}


async def test_deleting_a_role_still_held_shows_why_in_french_and_keeps_it(make_ctx, sign_in_as, qtbot):
    admin = await signed_in(make_ctx, sign_in_as)
    role = await operations.role_create(
        admin,
        code=code_from_name(unique("Zz Held")),
        name=unique("Zz Held"),
        audience=RoleAudience.STAFF,
        permissions=[],
    )
    await user_create(admin, email=unique_email("holder"), full_name="Zz Holder", role=role.code)
    page = await open_page(qtbot, admin)
    select(page, role.id)
    assert page.selected_role().user_count == 1

    page.delete_selected().confirm_button.click()
    await page.idle()
    assert page.banner.text == error_message(ApiError("role_in_use", status=409))
    assert "réattribuez" in page.banner.text
    assert role.id in [r.id for r in page.model.rows()]


async def test_a_name_already_taken_is_shown_next_to_the_name(make_ctx, sign_in_as, qtbot):
    admin = await signed_in(make_ctx, sign_in_as)
    page = await open_page(qtbot, admin)
    dialog = page.open_create_dialog()
    dialog.name.setText("Agent")
    dialog.code.setText(code_from_name(unique("zz-other")))
    dialog.save_button.click()
    await dialog.idle()
    assert dialog.isVisible() and dialog.field_error("name") and dialog.field_error("code") == ""
