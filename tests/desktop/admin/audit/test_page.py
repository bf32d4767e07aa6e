import csv
import re

import pytest
from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog

from desktop.admin.audit.page import AuditPage
from desktop.admin.common.hub import AdminChanges
from desktop.admin.roles.operations import role_create, role_update
from desktop.admin.users.operations import user_create, user_deactivate
from desktop.common.paged_table_model import ROW_ROLE
from desktop.i18n import translator
from shared_schemas.enums import Permission, RoleAudience
from tests.desktop.admin.helpers import ADMIN, PASSWORD, signed_in, unique, unique_email
from tests.desktop.tickets.helpers import until

pytestmark = pytest.mark.asyncio


async def open_page(qtbot, ctx, *, page_size: int | None = None) -> AuditPage:
    page = AuditPage(ctx, AdminChanges())
    qtbot.addWidget(page)
    page.resize(1300, 700)
    if page_size is not None:
        page.page_size = page_size
    page.show()
    page.activate()
    await page.idle()
    return page


async def a_role(admin, name: str | None = None):
    return await role_create(
        admin,
        code=unique("zz-journal").replace(" ", "-"),
        name=name or unique("Zz Journal"),
        audience=RoleAudience.STAFF,
        permissions=[Permission.TICKETS_VIEW_ALL],
    )


def shown(page: AuditPage, column: str) -> list[str]:
    keys = [page.model.column_key(c) for c in range(page.model.columnCount())]
    index = keys.index(column)
    return [page.model.index(row, index).data() for row in range(page.model.rowCount())]


async def filter_on_role(qtbot, page: AuditPage, role) -> None:
    bar = page.filter_bar
    bar.target_type.setCurrentIndex(bar.target_type.findData("role"))
    qtbot.keyClicks(bar.target_id, str(role.id))
    await page.idle()


async def test_the_journal_lists_what_administrators_did_through_the_api(make_ctx, sign_in_as, qtbot, qtmodeltester):
    admin = await signed_in(make_ctx, sign_in_as)
    role = await a_role(admin)
    email = unique_email("zoe")
    user = await user_create(admin, email=email, full_name="Zz Zoé", role=role.code, password=PASSWORD)
    await user_deactivate(admin, user.id)

    page = await open_page(qtbot, admin)

    assert page.list.placeholder_text == ""
    assert shown(page, "action")[:3] == ["Utilisateur désactivé", "Utilisateur créé", "Rôle créé"]
    assert shown(page, "target")[:3] == [f"Utilisateur {email}", f"Utilisateur {email}", f"Rôle {role.name}"]
    assert set(shown(page, "actor")[:3]) == {ADMIN}
    assert shown(page, "changes")[0] == "Actif : Oui → Non"
    assert shown(page, "ip_address")[0] == "127.0.0.1"
    assert [page.model.headerData(c, Qt.Orientation.Horizontal) for c in range(6)] == [
        "Date",
        "Auteur",
        "Action",
        "Cible",
        "Avant → Après",
        "Adresse",
    ]
    qtmodeltester.check(page.model)


async def test_the_filters_narrow_the_rows_and_the_empty_state_says_what_to_do(make_ctx, sign_in_as, qtbot):
    admin = await signed_in(make_ctx, sign_in_as)
    role = await a_role(admin)
    await role_update(admin, role.id, name=role.name + " bis")
    page = await open_page(qtbot, admin)
    everything = page.model.rowCount()

    await filter_on_role(qtbot, page, role)
    assert shown(page, "action") == ["Rôle modifié", "Rôle créé"] and everything > 2

    bar = page.filter_bar
    bar.family.setCurrentIndex(bar.family.findData("user."))
    await page.idle()
    assert page.model.rowCount() == 0
    assert "Effacer les filtres" in page.list.placeholder_text

    bar.clear()
    await page.idle()
    assert page.model.rowCount() == everything and page.filters.is_filtered is False


async def test_a_period_narrows_the_rows_and_one_ending_before_it_starts_is_refused(make_ctx, sign_in_as, qtbot):
    admin = await signed_in(make_ctx, sign_in_as)
    await a_role(admin)
    page = await open_page(qtbot, admin)
    bar = page.filter_bar
    today = QDate.currentDate()

    bar.dated.setChecked(True)
    await page.idle()
    assert page.model.rowCount() > 0 and page.filters.last_day == today.toPython()
    last_month = page.filters

    bar.first_day.setDate(today.addDays(1))
    await page.idle()
    assert page.filters == last_month  # the period made no sense: nothing was asked for
    assert bar.error.isVisible() and bar.error.text() == "La période finit avant de commencer : corrigez les dates."

    bar.last_day.setDate(today.addDays(2))
    await page.idle()
    assert not bar.error.isVisible() and page.model.rowCount() == 0


async def test_scrolling_to_the_bottom_loads_the_next_page(make_ctx, sign_in_as, qtbot):
    admin = await signed_in(make_ctx, sign_in_as)
    for _ in range(30):
        await a_role(admin)
    page = await open_page(qtbot, admin, page_size=10)
    loaded = page.model.pages_loaded  # as many pages as fill the table's height
    assert page.model.rowCount() == 10 * loaded and not page.model.is_exhausted

    page.list.table.scrollToBottom()
    await until(lambda: page.model.pages_loaded > loaded, what="the next page")
    await page.idle()

    assert page.model.pages_loaded == loaded + 1 and page.model.rowCount() == 10 * (loaded + 1)
    ids = [page.model.index(row, 0).data(ROW_ROLE).id for row in range(page.model.rowCount())]
    assert ids == sorted(ids, reverse=True) and len(set(ids)) == len(ids)  # newest first, none twice


async def test_a_selected_row_shows_its_values_before_and_after_as_plain_text(make_ctx, sign_in_as, qtbot):
    admin = await signed_in(make_ctx, sign_in_as)
    name = unique("<b>Zz</b> <img src='file:///etc/passwd'>")
    role = await a_role(admin, name)
    await role_update(admin, role.id, name=name + " bis", permissions=[Permission.TICKETS_NOTE])
    page = await open_page(qtbot, admin)
    await filter_on_role(qtbot, page, role)

    page.list.select_row(0)

    detail = page.detail
    assert detail.heading.text() == "Rôle modifié" and detail.code.text() == "role.updated"
    assert detail.target.text() == f"Rôle {name} bis"
    assert detail.target.textFormat() == Qt.TextFormat.PlainText
    assert detail.actor.text() == ADMIN and detail.address.text() == "127.0.0.1"
    assert re.search(r"\d:\d\d:\d\d", detail.when.text())  # to the second
    rows = [[detail.changes.item(r, c).text() for c in range(3)] for r in range(detail.changes.rowCount())]
    assert sorted(rows) == [
        ["Nom", name, name + " bis"],
        ["Permissions", "Voir tous les tickets", "Écrire des notes internes"],
    ]
    tooltip = page.model.index(0, 3).data(Qt.ItemDataRole.ToolTipRole)
    assert "&lt;b&gt;Zz&lt;/b&gt;" in tooltip and "<b>" not in tooltip

    page.list.select_row(1)
    assert detail.heading.text() == "Rôle créé" and detail.changes.rowCount() == 4


async def test_this_target_and_this_author_narrow_the_journal_from_a_row(make_ctx, sign_in_as, qtbot):
    admin = await signed_in(make_ctx, sign_in_as)
    role = await a_role(admin)
    await role_update(admin, role.id, name=role.name + " bis")
    page = await open_page(qtbot, admin)
    assert page.list.select_where(lambda event: event.target_type == "role" and event.target_id == str(role.id))

    page.detail.target_button.click()
    await page.idle()
    assert (page.filters.target_type, page.filters.target_id) == ("role", str(role.id))
    assert page.filter_bar.target_id.text() == str(role.id)
    assert shown(page, "action") == ["Rôle modifié", "Rôle créé"]

    page.list.select_row(0)
    page.detail.actor_button.click()
    await page.idle()
    assert page.filters.actor == admin.session.user.id and page.filter_bar.actor.text() == ADMIN
    assert page.model.rowCount() == 2

    page.filter_bar.actor.clear()
    await page.idle()
    assert page.filters.actor is None


async def test_typing_an_e_mail_in_the_author_filter_picks_that_account(make_ctx, sign_in_as, qtbot):
    admin = await signed_in(make_ctx, sign_in_as)
    email = unique_email("yann")
    role = await a_role(admin)
    await user_create(admin, email=email, full_name="Zz Yann", role=role.code)
    page = await open_page(qtbot, admin)

    qtbot.keyClicks(page.filter_bar.actor, email)
    qtbot.keyClick(page.filter_bar.actor, Qt.Key.Key_Return)
    await page.idle()

    assert page.filter_bar.actor.actor is not None and page.filter_bar.actor.text() == email
    assert page.model.rowCount() == 0  # Yann did nothing yet
    assert "Aucune action ne correspond" in page.list.placeholder_text


async def test_the_export_writes_the_filtered_rows_to_the_chosen_file(make_ctx, sign_in_as, qtbot, tmp_path):
    admin = await signed_in(make_ctx, sign_in_as)
    role = await a_role(admin)
    await role_update(admin, role.id, name=role.name + " bis")
    page = await open_page(qtbot, admin)
    await filter_on_role(qtbot, page, role)
    destination = tmp_path / "journal.csv"

    dialog = page.open_export_dialog()
    assert isinstance(dialog, QFileDialog) and dialog.windowTitle() == "Exporter le journal en CSV"
    assert dialog.acceptMode() == QFileDialog.AcceptMode.AcceptSave and dialog.defaultSuffix() == "csv"
    dialog.fileSelected.emit(str(destination))  # what choosing a file does
    assert not page.export_button.isEnabled() and page.export_progress.isVisible()
    await page.idle()

    with destination.open(encoding="utf-8", newline="") as file:
        rows = list(csv.DictReader(file))
    assert [(row["action"], row["target_label"]) for row in rows] == [
        ("role.updated", role.name + " bis"),
        ("role.created", role.name),
    ]
    assert page.export_status.text() == f"Journal exporté dans {destination}"
    assert page.export_button.isEnabled() and not page.export_progress.isVisible()


async def test_a_cancelled_export_writes_nothing_and_says_so(make_ctx, sign_in_as, qtbot, tmp_path):
    admin = await signed_in(make_ctx, sign_in_as)
    page = await open_page(qtbot, admin)

    page.export_to(tmp_path / "journal.csv")
    page.cancel_export_button.click()
    await page.idle()

    assert list(tmp_path.iterdir()) == []
    assert page.export_status.text() == "Export annulé : aucun fichier n'a été écrit."
    assert page.export_button.isEnabled() and page.banner.text == ""


async def test_a_refusal_is_explained_in_french_and_a_refused_export_writes_nothing(
    make_ctx, sign_in_as, qtbot, tmp_path
):
    admin = await signed_in(make_ctx, sign_in_as)
    role = await role_create(
        admin,
        code=unique("zz-auditeur").replace(" ", "-"),
        name=unique("Zz Auditeur"),
        audience=RoleAudience.STAFF,
        permissions=[Permission.AUDIT_VIEW],
    )
    email = unique_email("noe")
    await user_create(admin, email=email, full_name="Zz Noé", role=role.code, password=PASSWORD)
    noe = await signed_in(make_ctx, sign_in_as, email)
    page = await open_page(qtbot, noe)
    assert page.model.rowCount() > 0

    await role_update(admin, role.id, permissions=[Permission.TICKETS_VIEW_ALL])  # the journal is no longer his
    page.refresh_button.click()
    await page.idle()
    assert page.banner.text == "Votre rôle ne permet pas cette action."
    assert page.banner.retry_button.isVisible()

    page.export_to(tmp_path / "journal.csv")
    await page.idle()
    assert list(tmp_path.iterdir()) == [] and not page.export_row.isVisible()
    assert page.banner.text == "Votre rôle ne permet pas cette action." and page.export_button.isEnabled()


@pytest.fixture
def qt_in_french(qapp):
    """Qt's own French (the app installs it at start); the other tests run without it."""
    locale = QLocale()
    translator.install_language("fr")
    yield
    for installed in translator._installed:
        qapp.removeTranslator(installed)
    translator._installed.clear()
    QLocale.setDefault(locale)


async def test_the_save_dialog_speaks_french_and_suggests_a_dated_csv_name(make_ctx, sign_in_as, qtbot, qt_in_french):
    admin = await signed_in(make_ctx, sign_in_as)
    page = await open_page(qtbot, admin)

    dialog = page.open_export_dialog()

    buttons = dialog.findChild(QDialogButtonBox)
    assert [button.text() for button in buttons.buttons()] == ["&Enregistrer", "Annuler"]
    assert re.fullmatch(r"journal-audit-\d{4}-\d\d-\d\d\.csv", dialog.selectedFiles()[0].rsplit("/", 1)[-1])
    dialog.reject()
    await page.idle()
    assert not page.export_row.isVisible()  # nothing chosen, nothing exported
