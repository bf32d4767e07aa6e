import pytest
from PySide6.QtCore import Qt

from desktop.admin.categories import operations
from desktop.admin.categories.page import CategoriesPage
from desktop.admin.common.hub import AdminChanges
from tests.desktop.admin.helpers import signed_in, unique

pytestmark = pytest.mark.asyncio

LAST = 30000


async def open_page(qtbot, ctx) -> CategoriesPage:
    page = CategoriesPage(ctx, AdminChanges())
    qtbot.addWidget(page)
    page.show()
    page.activate()
    await page.idle()
    return page


async def test_the_categories_are_listed_by_position(make_ctx, sign_in_as, qtbot, qtmodeltester):
    admin = await signed_in(make_ctx, sign_in_as)
    page = await open_page(qtbot, admin)
    positions = [c.position for c in page.model.rows()]
    assert positions and positions == sorted(positions)
    qtmodeltester.check(page.model)


async def test_an_administrator_creates_edits_deactivates_and_reactivates_a_category(make_ctx, sign_in_as, qtbot):
    admin = await signed_in(make_ctx, sign_in_as)
    changes_seen = []
    page = await open_page(qtbot, admin)
    page.changes.categories_changed.connect(lambda: changes_seen.append(True))
    name = unique("Zz Garantie")

    dialog = page.open_create_dialog()
    assert dialog.position.value() > max(c.position for c in page.model.rows()) - 1  # placed last by default
    qtbot.keyClicks(dialog.name, name)
    qtbot.keyClicks(dialog.description, "Pannes sous garantie")
    dialog.position.setValue(LAST)
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    await dialog.idle()
    await page.idle()
    created = page.selected_category()
    assert (created.name, created.description, created.position, created.is_active) == (
        name,
        "Pannes sous garantie",
        LAST,
        True,
    )

    dialog = page.open_edit_dialog()
    dialog.name.setText(name + " constructeur")
    dialog.save_button.click()
    await dialog.idle()
    await page.idle()
    assert page.selected_category().name == name + " constructeur"

    assert page.toggle_button.text() == "&Désactiver"
    page.toggle_active()  # reversible: no confirmation
    await page.idle()
    assert page.selected_category().is_active is False
    assert page.model.data(page.model.index(page.list.table.currentIndex().row(), 3)) == "Désactivée"
    assert page.toggle_button.text() == "&Réactiver"
    page.toggle_active()
    await page.idle()
    assert page.selected_category().is_active is True
    assert len(changes_seen) == 4
    listed = {c.id: c for c in await operations.category_list(admin)}
    assert listed[created.id].is_active


async def test_a_missing_name_is_shown_next_to_the_name(make_ctx, sign_in_as, qtbot):
    admin = await signed_in(make_ctx, sign_in_as)
    page = await open_page(qtbot, admin)
    before = page.model.rowCount()
    dialog = page.open_create_dialog()
    dialog.save_button.click()
    await dialog.idle()
    assert dialog.isVisible() and dialog.field_error("name")
    assert len(await operations.category_list(admin)) == before
