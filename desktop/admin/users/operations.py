"""Accounts administration (users.manage): one async function per action, parsed with the
wire models; no widgets."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from shared_schemas.accounts import UserOut
from shared_schemas.common import Page
from shared_schemas.enums import Language, RoleAudience

if TYPE_CHECKING:
    from desktop.context import AppContext

EDITABLE_FIELDS = frozenset({"full_name", "phone", "language", "role", "customer", "contact"})


@dataclass(frozen=True)
class UserFilters:
    q: str = ""
    role: str | None = None  # role code
    audience: RoleAudience | None = None
    is_active: bool | None = None
    ordering: str = "full_name"

    @property
    def is_filtered(self) -> bool:
        return bool(self.q.strip()) or self.role is not None or self.audience is not None or self.is_active is not None


async def user_page(
    ctx: AppContext, filters: UserFilters, cursor: str | None = None, *, page_size: int | None = None
) -> Page[UserOut]:
    body = await ctx.api.get(
        "users",
        q=filters.q.strip(),
        role=filters.role,
        audience=filters.audience,
        is_active=filters.is_active,
        ordering=filters.ordering,
        cursor=cursor,
        page_size=page_size,
    )
    return Page[UserOut].model_validate(body)


async def user_create(
    ctx: AppContext,
    *,
    email: str,
    full_name: str,
    role: str,
    customer: int | None = None,
    contact: int | None = None,
    phone: str = "",
    language: Language = Language.FR,
    password: str = "",
) -> UserOut:
    """Without a password the server e-mails an invitation with a code to choose one."""
    payload: dict[str, Any] = {
        "email": email.strip(),
        "full_name": full_name.strip(),
        "role": role,
        "phone": phone.strip(),
        "language": str(language),
    }
    if customer is not None:
        payload["customer"] = customer
    if contact is not None:
        payload["contact"] = contact
    if password:
        payload["password"] = password
    return UserOut.model_validate(await ctx.api.post("users", payload))


async def user_update(ctx: AppContext, user_id: int, **changes: Any) -> UserOut:
    """Sends only the given fields (a subset of EDITABLE_FIELDS; `role` is a role code)."""
    unknown = set(changes) - EDITABLE_FIELDS
    if unknown:
        raise TypeError(f"user_update() cannot change {sorted(unknown)}")
    return UserOut.model_validate(await ctx.api.patch(f"users/{user_id}", changes))


async def user_deactivate(ctx: AppContext, user_id: int) -> UserOut:
    """Its sessions end at once on the server; its sign-in is refused until reactivated."""
    return UserOut.model_validate(await ctx.api.post(f"users/{user_id}/deactivate"))


async def user_reactivate(ctx: AppContext, user_id: int) -> UserOut:
    return UserOut.model_validate(await ctx.api.post(f"users/{user_id}/reactivate"))
