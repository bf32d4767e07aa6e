"""Ticket categories (categories.manage). Staff see inactive ones too, to reactivate them."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from shared_schemas.tickets import CategoryOut

if TYPE_CHECKING:
    from desktop.context import AppContext

CATEGORY_FIELDS = frozenset({"name", "description", "position", "is_active"})


async def category_list(ctx: AppContext) -> list[CategoryOut]:
    """By position, then name."""
    return [CategoryOut.model_validate(item) for item in await ctx.api.get("categories")]


async def category_create(
    ctx: AppContext, *, name: str, description: str = "", position: int = 0, is_active: bool = True
) -> CategoryOut:
    payload = {"name": name.strip(), "description": description.strip(), "position": position, "is_active": is_active}
    return CategoryOut.model_validate(await ctx.api.post("categories", payload))


async def category_update(ctx: AppContext, category_id: int, **changes: Any) -> CategoryOut:
    """A deactivated category disappears from new tickets; existing tickets keep it."""
    unknown = set(changes) - CATEGORY_FIELDS
    if unknown:
        raise TypeError(f"category_update() cannot change {sorted(unknown)}")
    return CategoryOut.model_validate(await ctx.api.patch(f"categories/{category_id}", changes))
