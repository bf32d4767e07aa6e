"""Agents (users.manage): availability, handled categories and hourly cost. A new cost is a new
rate valid from now on — the history is never rewritten."""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal
from typing import TYPE_CHECKING

from shared_schemas.accounts import AgentCostRate, AgentOut
from shared_schemas.enums import Availability

if TYPE_CHECKING:
    from desktop.context import AppContext


async def agent_list(ctx: AppContext) -> list[AgentOut]:
    """Active staff accounts, by name."""
    return [AgentOut.model_validate(item) for item in await ctx.api.get("agents")]


async def agent_update(
    ctx: AppContext,
    user_id: int,
    *,
    availability: Availability | None = None,
    categories: Iterable[int] | None = None,
) -> AgentOut:
    payload: dict[str, object] = {}
    if availability is not None:
        payload["availability"] = str(availability)
    if categories is not None:
        payload["categories"] = sorted(set(categories))
    return AgentOut.model_validate(await ctx.api.patch(f"agents/{user_id}", payload))


async def agent_set_hourly_cost(ctx: AppContext, user_id: int, hourly_cost: Decimal) -> AgentOut:
    """Adds a rate valid from now; work already logged keeps the cost of its time."""
    amount = hourly_cost.quantize(Decimal("0.01"))
    return AgentOut.model_validate(await ctx.api.patch(f"agents/{user_id}", {"hourly_cost": str(amount)}))


async def agent_cost_rates(ctx: AppContext, user_id: int) -> list[AgentCostRate]:
    """Newest first."""
    return [AgentCostRate.model_validate(item) for item in await ctx.api.get(f"agents/{user_id}/cost-rates")]
