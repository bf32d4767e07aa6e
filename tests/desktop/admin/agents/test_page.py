from decimal import Decimal

import pytest

from desktop.admin.agents import operations
from desktop.admin.agents.page import AgentsPage
from desktop.admin.categories.operations import category_list
from desktop.admin.common.formatting import format_money
from desktop.admin.common.hub import AdminChanges
from desktop.admin.users.operations import user_create
from shared_schemas.enums import Availability
from tests.desktop.admin.helpers import signed_in, unique, unique_email

pytestmark = pytest.mark.asyncio


async def open_page(qtbot, ctx) -> AgentsPage:
    page = AgentsPage(ctx, AdminChanges())
    qtbot.addWidget(page)
    page.show()
    page.activate()
    await page.idle()
    return page


async def select(page: AgentsPage, agent_id: int) -> None:
    assert page.list.select_where(lambda agent: agent.id == agent_id)
    await page.idle()


async def test_agents_are_listed_with_their_cost(make_ctx, sign_in_as, qtbot, qtmodeltester):
    admin = await signed_in(make_ctx, sign_in_as)
    page = await open_page(qtbot, admin)
    assert "agent@origyne.fr" in [a.email for a in page.model.rows()]
    qtmodeltester.check(page.model)
    assert page.editor.heading.text() == "Sélectionnez un agent" and not page.editor.save_button.isEnabled()


async def test_changing_the_hourly_cost_adds_a_rate_to_the_history(make_ctx, sign_in_as, qtbot):
    admin = await signed_in(make_ctx, sign_in_as)
    agent = await user_create(admin, email=unique_email("ines"), full_name=unique("Zz Ines"), role="agent")
    await operations.agent_set_hourly_cost(admin, agent.id, Decimal("40"))
    page = await open_page(qtbot, admin)
    await select(page, agent.id)
    editor = page.editor
    assert editor.rates_model.rowCount() == 1 and editor.new_cost.value() == 40.0

    editor.new_cost.setValue(52.5)
    editor.apply_cost_button.click()
    await page.idle()
    rates = editor.rates_model.rows()
    assert [r.hourly_cost for r in rates] == [Decimal("52.50"), Decimal("40.00")]  # the old rate is untouched
    assert page.selected_agent().current_hourly_cost == Decimal("52.50")
    assert format_money(Decimal("52.50")) in editor.current_cost.text()
    row = page.model.row_of(lambda a: a.id == agent.id)
    assert page.model.data(page.model.index(row, 4)) == format_money(Decimal("52.50"))


async def test_availability_and_categories_are_edited_together(make_ctx, sign_in_as, qtbot):
    admin = await signed_in(make_ctx, sign_in_as)
    agent = await user_create(admin, email=unique_email("jules"), full_name=unique("Zz Jules"), role="agent")
    category = (await category_list(admin))[0]
    page = await open_page(qtbot, admin)
    await select(page, agent.id)
    editor = page.editor
    assert editor.availability.currentData() == Availability.AVAILABLE and editor.checked_categories() == set()

    editor.availability.setCurrentIndex(editor.availability.findData(Availability.BUSY))
    editor.set_category_checked(category.id, True)
    editor.save_button.click()
    await page.idle()
    saved = page.selected_agent()
    assert saved.availability == "busy" and [c.id for c in saved.categories] == [category.id]
    assert editor.checked_categories() == {category.id}
    assert [a.availability for a in await operations.agent_list(admin) if a.id == agent.id] == ["busy"]
