from decimal import Decimal

import pytest

from desktop.admin.agents import operations
from desktop.admin.categories.operations import category_list
from desktop.admin.users.operations import user_create
from shared_schemas.enums import Availability
from tests.desktop.admin.helpers import signed_in, unique, unique_email

pytestmark = pytest.mark.asyncio


async def test_a_new_hourly_cost_is_added_to_the_history_never_rewriting_it(make_ctx, sign_in_as):
    admin = await signed_in(make_ctx, sign_in_as)
    agent = await user_create(admin, email=unique_email("gael"), full_name=unique("Zz Gael"), role="agent")
    assert await operations.agent_cost_rates(admin, agent.id) == []

    first = await operations.agent_set_hourly_cost(admin, agent.id, Decimal("42"))
    assert first.current_hourly_cost == Decimal("42.00")
    second = await operations.agent_set_hourly_cost(admin, agent.id, Decimal("47.5"))
    assert second.current_hourly_cost == Decimal("47.50")
    history = await operations.agent_cost_rates(admin, agent.id)
    assert [r.hourly_cost for r in history] == [Decimal("47.50"), Decimal("42.00")]  # newest first
    assert {r.created_by.id for r in history} == {admin.session.user.id}  # who set each rate is kept


async def test_availability_and_categories_are_saved(make_ctx, sign_in_as):
    admin = await signed_in(make_ctx, sign_in_as)
    agent = await user_create(admin, email=unique_email("hugo"), full_name=unique("Zz Hugo"), role="agent")
    category = (await category_list(admin))[0]
    saved = await operations.agent_update(admin, agent.id, availability=Availability.AWAY, categories=[category.id])
    assert saved.availability == "away" and [c.id for c in saved.categories] == [category.id]
    assert agent.id in [a.id for a in await operations.agent_list(admin)]
