"""Roles administration: permission sets. Reading needs a staff account, changing roles.manage."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from shared_schemas.accounts import RoleOut
from shared_schemas.enums import Permission, RoleAudience, permissions_allowed_for

if TYPE_CHECKING:
    from desktop.context import AppContext


def permissions_for(audience: RoleAudience) -> tuple[Permission, ...]:
    """What a role of this type may hold (the server's rule): a client role only ever client permissions,
    and no role of a person the CRM service accounts' one."""
    allowed = permissions_allowed_for(audience)
    return tuple(p for p in Permission if p in allowed)


async def role_list(ctx: AppContext) -> list[RoleOut]:
    return [RoleOut.model_validate(item) for item in await ctx.api.get("roles")]


async def role_create(
    ctx: AppContext, *, code: str, name: str, audience: RoleAudience, permissions: Iterable[str]
) -> RoleOut:
    payload = {
        "code": code.strip(),
        "name": name.strip(),
        "audience": str(audience),
        "permissions": sorted(str(p) for p in permissions),
    }
    return RoleOut.model_validate(await ctx.api.post("roles", payload))


async def role_update(
    ctx: AppContext, role_id: int, *, name: str | None = None, permissions: Iterable[str] | None = None
) -> RoleOut:
    """The code and the type of a role never change; only what is given is sent."""
    payload: dict[str, object] = {}
    if name is not None:
        payload["name"] = name.strip()
    if permissions is not None:
        payload["permissions"] = sorted(str(p) for p in permissions)
    return RoleOut.model_validate(await ctx.api.patch(f"roles/{role_id}", payload))


async def role_delete(ctx: AppContext, role_id: int) -> None:
    """Refused for a built-in role (`builtin_role`) and for a role still held (`role_in_use`)."""
    await ctx.api.delete(f"roles/{role_id}")
