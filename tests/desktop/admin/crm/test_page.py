from datetime import UTC, datetime

import pytest
from PySide6.QtGui import QGuiApplication

from desktop.admin.crm.page import CrmPage
from desktop.admin.view import AdministrationView
from desktop.theme.stylesheet import render_stylesheet
from desktop.theme.tokens import load_charter
from desktop.tickets.table_model import CHIP_ROLE
from shared_schemas.crm_sync import SyncCounts, SyncRunOut
from tests.desktop.admin.crm.helpers import create_key_through_the_page, customer_ids, open_page, push
from tests.desktop.admin.helpers import AGENT, signed_in, unique
from tests.desktop.tickets.helpers import until

pytestmark = pytest.mark.asyncio


def run_row(page: CrmPage, run_id: int) -> dict[str, str]:
    row = page.runs.row_of(lambda run: run.id == run_id)
    assert row >= 0, f"run {run_id} is not listed"
    return {
        page.runs.column_key(column): page.runs.index(row, column).data() for column in range(page.runs.columnCount())
    }


async def test_an_administrator_finds_the_crm_page_which_says_no_connector_is_configured(make_ctx, sign_in_as, qtbot):
    admin = await signed_in(make_ctx, sign_in_as)
    view = AdministrationView(admin)
    qtbot.addWidget(view)
    view.show()
    assert "CRM" in view.section_titles()

    page = view.show_section("crm")
    await view.idle()

    assert isinstance(page, CrmPage) and page.banner.text == ""
    status = page.status_panel
    assert status.connector.text() == "Aucun connecteur CRM configuré"
    assert status.how_to.isVisible() and "SAV_CRM_DATABASE_URL" in status.how_to.text()
    assert "SAV_CRM_MAPPING" in status.how_to.text() and "docs/crm.md" in status.how_to.text()
    assert not status.schedule.isVisible() and not status.progress.isVisible()
    assert status.sync_button.isEnabled() and status.full_button.isEnabled()


async def test_synchronising_without_a_connector_says_so_under_the_buttons(make_ctx, sign_in_as, qtbot):
    admin = await signed_in(make_ctx, sign_in_as)
    page = await open_page(qtbot, admin)

    page.status_panel.sync_button.click()
    await page.idle()

    message = page.status_panel.message
    assert message.isVisible() and message.text().startswith("Aucun connecteur CRM n'est configuré sur le serveur")
    assert page.banner.text == ""  # said where the user clicked, not as a page failure
    assert page.status_panel.sync_button.isEnabled()


async def test_a_full_resynchronisation_asks_first_and_cancelling_sends_nothing(make_ctx, sign_in_as, qtbot):
    admin = await signed_in(make_ctx, sign_in_as)
    page = await open_page(qtbot, admin)

    box = page.request_sync(full=True)
    assert box is not None and box.defaultButton() is box.cancel_button
    box.cancel_button.click()
    await page.idle()
    assert not page.status_panel.message.isVisible()

    box = page.request_sync(full=True)
    box.confirm_button.click()
    await page.idle()
    assert page.status_panel.message.text().startswith("Aucun connecteur CRM n'est configuré")


async def test_runs_pushed_with_a_key_made_on_the_page_are_listed_with_their_counts_and_refused_rows(
    make_ctx, sign_in_as, qtbot, qtmodeltester, sav_server
):
    admin = await signed_in(make_ctx, sign_in_as)
    page = await open_page(qtbot, admin)
    key = await create_key_through_the_page(qtbot, page, unique("Zz CRM de test"))
    first, second = customer_ids(2)
    good = await push(sav_server.url, key, "customers", [{"external_id": first, "name": "Zz Laboratoire Azur"}])
    mixed = await push(
        sav_server.url,
        key,
        "customers",
        [{"external_id": first, "name": "Zz Laboratoire Azur"}, {"external_id": second, "name": ""}],
    )
    assert good.status_code == 200 and mixed.status_code == 200, (good.text, mixed.text)

    page.refresh_button.click()
    await page.idle()

    older, newer = run_row(page, good.json()["run"]), run_row(page, mixed.json()["run"])
    assert page.runs.row_of(lambda run: run.id == mixed.json()["run"]) < page.runs.row_of(
        lambda run: run.id == good.json()["run"]
    )  # newest first
    assert (older["source"], older["mode"], older["status"], older["created"]) == ("Push", "Lot", "Réussie", "1")
    assert (newer["created"], newer["unchanged"], newer["refused"]) == ("0", "1", "1")
    qtmodeltester.check(page.runs)

    assert page.runs_list.select_where(lambda run: run.id == mixed.json()["run"])
    await page.idle()
    detail = page.detail
    counts = {detail.counts.item(row, 0).text(): detail.counts.item(row, 5).text() for row in range(6)}
    assert counts["Clients"] == "1" and counts["Produits livrés"] == "0"
    assert detail.issues.rowCount() == 1
    refused = [detail.issues.item(0, column).text() for column in range(3)]
    assert refused == ["Clients", second, "Ligne invalide"]
    assert "name" in detail.issues.item(0, 3).text()
    assert not detail.error_frame.isVisible()


async def test_the_new_key_is_shown_once_with_a_copy_button(make_ctx, sign_in_as, qtbot, qtmodeltester):
    admin = await signed_in(make_ctx, sign_in_as)
    page = await open_page(qtbot, admin)
    name = unique("Zz <b>CRM</b> & co")

    dialog = page.open_create_key_dialog()
    qtbot.keyClicks(dialog.name, name)
    dialog.accept()
    await dialog.idle()
    await page.idle()

    shown = page.key_dialog
    key = shown.key.text()
    assert shown.isVisible() and key and shown.key.isReadOnly()
    assert "elle ne sera plus jamais affichée" in shown.warning.text()
    shown.copy_button.click()
    assert QGuiApplication.clipboard().text() == key
    shown.close_button.click()
    assert shown.key.text() == ""  # the desktop keeps no copy

    listed = page.api_keys.selected_key()
    assert listed is not None and listed.name == name and "key" not in type(listed).model_fields
    assert listed.prefix in key
    row = page.api_keys.list.table.currentIndex().row()
    assert page.api_keys.model.index(row, 0).data() == name  # as typed, never markup
    assert page.api_keys.model.index(row, 5).data() == "Non" and page.api_keys.revoke_button.isEnabled()
    qtmodeltester.check(page.api_keys.model)


async def test_a_name_is_needed_for_a_new_key(make_ctx, sign_in_as, qtbot):
    admin = await signed_in(make_ctx, sign_in_as)
    page = await open_page(qtbot, admin)
    dialog = page.open_create_key_dialog()
    dialog.accept()
    await dialog.idle()
    assert dialog.isVisible() and dialog.field_error("name") == "Ce champ est obligatoire."


async def test_a_key_revoked_on_the_page_is_refused_at_the_next_push(make_ctx, sign_in_as, qtbot, sav_server):
    admin = await signed_in(make_ctx, sign_in_as)
    page = await open_page(qtbot, admin)
    key = await create_key_through_the_page(qtbot, page, unique("Zz CRM a revoquer"))
    (external_id,) = customer_ids(1)
    rows = [{"external_id": external_id, "name": "Zz Pharmacie du Port"}]
    assert (await push(sav_server.url, key, "customers", rows)).status_code == 200

    box = page.revoke_selected()
    assert box is not None and box.defaultButton() is box.cancel_button
    box.cancel_button.click()
    assert (await push(sav_server.url, key, "customers", rows)).status_code == 200

    page.revoke_selected().confirm_button.click()
    await page.idle()

    revoked = page.api_keys.selected_key()
    assert revoked.revoked_at is not None and not page.api_keys.revoke_button.isEnabled()
    assert page.api_keys.model.index(page.api_keys.list.table.currentIndex().row(), 5).data() != "Non"
    assert (await push(sav_server.url, key, "customers", rows)).status_code == 401


async def test_an_agent_is_not_offered_the_crm_page(make_ctx, sign_in_as, qtbot):
    agent = await signed_in(make_ctx, sign_in_as, AGENT)
    view = AdministrationView(agent)
    qtbot.addWidget(view)
    view.show()
    await view.idle()
    assert "crm" not in view.section_keys() and "CRM" not in view.section_titles()


async def test_while_a_run_is_under_way_the_page_polls_the_server_only_while_it_is_shown(make_ctx, sign_in_as, qtbot):
    admin = await signed_in(make_ctx, sign_in_as)
    page = await open_page(qtbot, admin)
    settled = page.status_panel.status
    newest = max((run.id for run in page.runs.rows()), default=0)
    under_way = SyncRunOut(
        id=newest + 1_000_000,
        source="pull",
        mode="incremental",
        dry_run=False,
        status="running",
        started_at=datetime.now(UTC),
        finished_at=None,
        duration_ms=None,
        requested_by=None,
        created=120,
        updated=3,
        unchanged=400,
        deactivated=0,
        refused=1,
        per_entity={"customers": SyncCounts(created=120, updated=3, unchanged=400, refused=1)},
        error="",
    )

    page.apply_status(settled.model_copy(update={"running": True, "last_run": under_way}))

    status = page.status_panel
    assert page.poll_timer.isActive() and page.poll_timer.interval() == 2000
    assert not status.sync_button.isEnabled() and not status.full_button.isEnabled()
    assert status.progress.isVisible() and "Créés : 120 · Mis à jour : 3" in status.running.text()
    assert run_row(page, under_way.id)["status"] == "En cours"
    assert page.runs.index(page.runs.row_of(lambda run: run.id == under_way.id), 4).data(CHIP_ROLE) == "running"

    page.hide()
    assert not page.poll_timer.isActive()

    page.show()  # shown again: asks at once, and the server says nothing runs
    assert page.poll_timer.isActive()
    await until(lambda: not page.poll_timer.isActive(), what="the poll that finds no run under way")
    await page.idle()
    assert status.sync_button.isEnabled() and not status.progress.isVisible()


async def test_a_screenshot_of_the_page_with_a_few_runs(make_ctx, sign_in_as, qtbot, sav_server):
    admin = await signed_in(make_ctx, sign_in_as)
    page = await open_page(qtbot, admin)
    page.setStyleSheet(render_stylesheet(load_charter()))
    page.resize(1280, 920)
    key = await create_key_through_the_page(qtbot, page, unique("Zz CRM Origyne - recette"))
    customers = customer_ids(3)
    clinics = [
        {"external_id": external_id, "name": f"Zz Clinique {n}", "city": "Lyon"}
        for n, external_id in enumerate(customers)
    ]
    products = [{"external_id": f"{customers[0]}-p", "sku": f"{customers[0]}-SKU", "name": "Zz Centrifugeuse C-200"}]
    contacts = [
        {"external_id": f"{customers[0]}-c1", "customer": customers[0], "first_name": "Léa", "last_name": "Martin"},
        {"external_id": f"{customers[0]}-c2", "customer": "ZZ-INCONNU", "first_name": "Hugo", "last_name": "Petit"},
    ]
    for entity, rows in (
        ("customers", clinics),
        ("products", products),
        ("contacts", contacts),
        ("customers", [{**clinics[1], "city": "Villeurbanne"}]),
        ("customers", clinics[2:]),
    ):
        assert (await push(sav_server.url, key, entity, rows)).status_code == 200
    page.refresh_button.click()
    await page.idle()
    assert page.runs_list.select_where(lambda run: run.refused > 0)
    await page.idle()
    assert page.detail.issues.rowCount() == 1

    assert page.grab().save("/tmp/admin_crm.png")
