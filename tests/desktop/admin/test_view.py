import pytest

from desktop.admin.roles.operations import role_create
from desktop.admin.users.operations import user_create
from desktop.admin.users.page import UsersPage
from desktop.admin.view import ADMIN_PERMISSIONS, AdministrationView
from desktop.theme.stylesheet import render_stylesheet
from desktop.theme.tokens import load_charter
from desktop.ui.workspaces import ADMIN_PERMISSIONS as WORKSPACE_ADMIN_PERMISSIONS
from desktop.ui.workspaces import can_administer
from shared_schemas.enums import Permission, RoleAudience
from tests.desktop.admin.helpers import AGENT, PASSWORD, signed_in, unique, unique_email

pytestmark = pytest.mark.asyncio


async def open_view(qtbot, ctx) -> AdministrationView:
    view = AdministrationView(ctx)
    qtbot.addWidget(view)
    view.show()
    await view.idle()
    return view


async def test_an_administrator_sees_every_section_and_the_first_one_loads(make_ctx, sign_in_as, qtbot):
    admin = await signed_in(make_ctx, sign_in_as)
    view = AdministrationView(admin)
    qtbot.addWidget(view)
    view.show()
    assert view.current_page().list.placeholder_text == "Chargement…"  # never a blank grid
    await view.idle()
    assert view.section_titles() == ["Utilisateurs", "Rôles", "Clients", "Catégories", "Agents", "Journal", "CRM"]
    page = view.current_page()
    assert isinstance(page, UsersPage) and page.model.rowCount() > 0

    view.navigation.setCurrentRow(3)  # arrow keys in the list do the same
    await view.idle()
    assert view.current_page() is view.page("categories") and view.page("categories").model.rowCount() > 0


async def test_an_agent_sees_no_users_roles_or_journal_section(make_ctx, sign_in_as, qtbot):
    agent = await signed_in(make_ctx, sign_in_as, AGENT)
    assert not agent.session.user.can(Permission.USERS_MANAGE)
    assert not agent.session.user.can(Permission.AUDIT_VIEW)
    view = await open_view(qtbot, agent)
    assert not {"users", "roles", "audit"} & set(view.section_keys())
    assert not {"Utilisateurs", "Rôles", "Journal"} & set(view.section_titles())


async def test_a_role_holding_only_categories_manage_sees_only_the_categories(make_ctx, sign_in_as, qtbot):
    admin = await signed_in(make_ctx, sign_in_as)
    role = await role_create(
        admin,
        code=unique("zz-catalogue").replace(" ", "-"),
        name=unique("Zz Catalogue"),
        audience=RoleAudience.STAFF,
        permissions=[Permission.CATEGORIES_MANAGE],
    )
    email = unique_email("kim")
    await user_create(admin, email=email, full_name="Zz Kim", role=role.code, password=PASSWORD)
    kim = await signed_in(make_ctx, sign_in_as, email)
    view = await open_view(qtbot, kim)
    assert view.section_keys() == ["categories"]
    assert view.page("categories").model.rowCount() > 0


async def test_a_role_holding_only_audit_view_is_offered_the_administration_with_only_the_journal(
    make_ctx, sign_in_as, qtbot
):
    admin = await signed_in(make_ctx, sign_in_as)
    role = await role_create(
        admin,
        code=unique("zz-auditeur").replace(" ", "-"),
        name=unique("Zz Auditeur"),
        audience=RoleAudience.STAFF,
        permissions=[Permission.AUDIT_VIEW],
    )
    email = unique_email("ines")
    await user_create(admin, email=email, full_name="Zz Inès", role=role.code, password=PASSWORD)
    ines = await signed_in(make_ctx, sign_in_as, email)
    assert can_administer(ines.session.user)
    view = await open_view(qtbot, ines)
    assert view.section_keys() == ["audit"]
    page = view.page("audit")
    assert page.model.rowCount() > 0 and page.banner.text == ""
    assert page.filter_bar.actor.isReadOnly()  # the accounts list needs users.manage: authors come from rows


async def test_the_sections_cover_the_permissions_the_main_window_checks():
    assert {
        Permission.USERS_MANAGE,
        Permission.ROLES_MANAGE,
        Permission.CUSTOMERS_MANAGE,
        Permission.CATEGORIES_MANAGE,
        Permission.AUDIT_VIEW,
        Permission.CRM_MANAGE,
    } == ADMIN_PERMISSIONS == set(WORKSPACE_ADMIN_PERMISSIONS)


async def test_the_administration_rules_render_from_the_charter_tokens():
    stylesheet = render_stylesheet(load_charter())
    assert "QListWidget#adminSections" in stylesheet and "$" not in stylesheet
