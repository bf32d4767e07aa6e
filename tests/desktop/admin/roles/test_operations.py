import pytest

from desktop.admin.roles import operations
from desktop.admin.users.operations import user_create
from desktop.api.errors import ApiError
from shared_schemas.enums import CLIENT_PERMISSIONS, Permission, RoleAudience
from tests.desktop.admin.helpers import signed_in, unique, unique_email

pytestmark = pytest.mark.asyncio


async def test_a_client_role_may_only_hold_client_permissions():
    assert set(operations.permissions_for(RoleAudience.CLIENT)) == set(CLIENT_PERMISSIONS)
    assert set(operations.permissions_for(RoleAudience.STAFF)) == set(Permission) - {Permission.CRM_SYNC}


async def test_a_role_is_created_renamed_given_permissions_and_deleted(make_ctx, sign_in_as):
    admin = await signed_in(make_ctx, sign_in_as)
    name = unique("Zz Support N2")
    role = await operations.role_create(
        admin,
        code=unique("zz-n2").replace(" ", "-"),
        name=name,
        audience=RoleAudience.STAFF,
        permissions=[Permission.TICKETS_VIEW_ALL, Permission.TICKETS_NOTE],
    )
    assert (role.name, role.audience, role.is_builtin, role.user_count) == (name, "staff", False, 0)
    assert role.permissions == ["tickets.note", "tickets.view_all"]

    renamed = await operations.role_update(admin, role.id, name=name + " bis", permissions=["tickets.reply"])
    assert (renamed.name, renamed.code, renamed.permissions) == (name + " bis", role.code, ["tickets.reply"])

    await operations.role_delete(admin, role.id)
    assert role.id not in [r.id for r in await operations.role_list(admin)]


async def test_a_role_still_held_or_built_in_cannot_be_deleted(make_ctx, sign_in_as):
    admin = await signed_in(make_ctx, sign_in_as)
    role = await operations.role_create(
        admin,
        code=unique("zz-held").replace(" ", "-"),
        name=unique("Zz Held"),
        audience=RoleAudience.STAFF,
        permissions=[],
    )
    await user_create(admin, email=unique_email("holder"), full_name="Zz Holder", role=role.code)
    with pytest.raises(ApiError) as in_use:
        await operations.role_delete(admin, role.id)
    assert in_use.value.code == "role_in_use"

    agent_role = next(r for r in await operations.role_list(admin) if r.code == "agent")
    with pytest.raises(ApiError) as builtin:
        await operations.role_delete(admin, agent_role.id)
    assert builtin.value.code == "builtin_role"
