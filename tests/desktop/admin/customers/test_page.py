import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from desktop.admin.common.confirm import Confirmation
from desktop.admin.common.hub import AdminChanges
from desktop.admin.customers import operations
from desktop.admin.customers.page import CustomersPage
from desktop.admin.users.operations import user_create
from tests.desktop.admin.helpers import PASSWORD, signed_in, unique, unique_email

pytestmark = pytest.mark.asyncio


async def open_page(qtbot, ctx) -> CustomersPage:
    page = CustomersPage(ctx, AdminChanges())
    qtbot.addWidget(page)
    page.show()
    page.activate()
    await page.idle()
    return page


async def show_only(page: CustomersPage, name: str) -> None:
    page.search.setText(name)
    await page.idle()
    assert page.model.rowCount() == 1
    page.list.select_row(0)
    await page.idle()


async def test_the_customer_list_passes_the_model_checks(make_ctx, sign_in_as, qtbot, qtmodeltester):
    admin = await signed_in(make_ctx, sign_in_as)
    page = await open_page(qtbot, admin)
    assert page.model.rowCount() > 0
    assert page.contacts.placeholder_text == "Sélectionnez un client pour voir ses contacts."
    qtmodeltester.check(page.model)


async def test_an_administrator_creates_then_edits_a_customer(make_ctx, sign_in_as, qtbot):
    admin = await signed_in(make_ctx, sign_in_as)
    page = await open_page(qtbot, admin)
    name = unique("Zz Fromagerie Duval")
    external_id = unique("CRM").replace(" ", "-")

    dialog = page.open_create_dialog()
    assert dialog.country.text() == "FR" and dialog.is_active.isChecked()
    qtbot.keyClicks(dialog.name, name)
    qtbot.keyClicks(dialog.external_id, external_id)
    qtbot.keyClicks(dialog.siret, "732 829 320 00074")
    qtbot.keyClicks(dialog.email, "contact@fromagerie-duval.example")
    qtbot.keyClicks(dialog.phone, "02 47 00 00 00")
    qtbot.keyClicks(dialog.address_line, "3 rue Nationale")
    qtbot.keyClicks(dialog.postal_code, "37000")
    qtbot.keyClicks(dialog.city, "Tours")
    qtbot.keyClick(dialog.city, Qt.Key.Key_Return)
    await dialog.idle()
    await page.idle()
    assert not dialog.isVisible()
    created = page.selected_customer()
    assert (created.name, created.external_id, created.siret, created.city) == (
        name,
        external_id,
        "73282932000074",
        "Tours",
    )
    assert page.contacts.placeholder_text.startswith("Aucun contact chez ce client")

    dialog = page.open_edit_dialog()
    shown = dialog.row("external_id").widget
    assert isinstance(shown, QLabel) and shown.text() == external_id  # shown, not editable
    dialog.city.setText("Blois")
    dialog.is_active.setChecked(False)
    dialog.save_button.click()
    await dialog.idle()
    await page.idle()
    edited = page.selected_customer()
    assert (edited.id, edited.city, edited.is_active, edited.external_id) == (created.id, "Blois", False, external_id)


async def test_a_crm_identifier_already_used_is_shown_next_to_it_and_nothing_is_created(make_ctx, sign_in_as, qtbot):
    admin = await signed_in(make_ctx, sign_in_as)
    taken = await operations.customer_create(admin, external_id=unique("CRM"), name=unique("Zz Premier"))
    page = await open_page(qtbot, admin)
    name = unique("Zz Second")
    dialog = page.open_create_dialog()
    dialog.name.setText(name)
    dialog.external_id.setText(taken.external_id)
    dialog.siret.setText("123")
    dialog.save_button.click()
    await dialog.idle()
    assert dialog.isVisible()
    assert dialog.field_error("siret")  # the form's own checks come first
    dialog.siret.clear()
    dialog.save_button.click()
    await dialog.idle()
    assert dialog.isVisible() and dialog.field_error("external_id") and dialog.field_error("name") == ""
    assert (await operations.customer_page(admin, q=name)).results == []


async def test_contacts_of_the_selected_customer_are_added_edited_and_deleted(make_ctx, sign_in_as, qtbot):
    admin = await signed_in(make_ctx, sign_in_as)
    name = unique("Zz Garage Petit")
    await operations.customer_create(admin, external_id=unique("CRM"), name=name)
    page = await open_page(qtbot, admin)
    await show_only(page, name)
    assert page.contacts_title.text() == f"Contacts de {name}"

    dialog = page.open_contact_create_dialog()
    qtbot.keyClicks(dialog.first_name, "Zz Lea")
    qtbot.keyClicks(dialog.last_name, "Roux")
    qtbot.keyClicks(dialog.job_title, "Gerante")
    qtbot.keyClicks(dialog.email, "lea.roux@garage-petit.example")
    qtbot.keyClick(dialog.email, Qt.Key.Key_Return)
    await dialog.idle()
    await page.idle()
    contact = page.selected_contact()
    assert (contact.first_name, contact.last_name, contact.email) == ("Zz Lea", "Roux", "lea.roux@garage-petit.example")
    assert page.contacts_model.rowCount() == 1

    dialog = page.open_contact_edit_dialog()
    dialog.phone.setText("06 00 00 00 00")
    dialog.save_button.click()
    await dialog.idle()
    assert page.selected_contact().phone == "06 00 00 00 00"

    box = page.delete_contact()
    assert isinstance(box, Confirmation)
    box.confirm_button.click()
    await page.idle()
    assert page.contacts_model.rowCount() == 0
    assert page.contacts.placeholder_text.startswith("Aucun contact chez ce client")


async def test_a_contact_with_a_login_is_kept_and_the_reason_shown(make_ctx, sign_in_as, qtbot):
    admin = await signed_in(make_ctx, sign_in_as)
    name = unique("Zz Pharmacie")
    customer = await operations.customer_create(admin, external_id=unique("CRM"), name=name)
    contact = await operations.contact_create(admin, customer.id, first_name="Zz Jo", last_name="Blanc")
    await user_create(
        admin,
        email=unique_email("jo"),
        full_name="Zz Jo Blanc",
        role="client",
        customer=customer.id,
        contact=contact.id,
        password=PASSWORD,
    )
    page = await open_page(qtbot, admin)
    await show_only(page, name)
    page.contacts.select_row(0)
    page.delete_contact().confirm_button.click()
    await page.idle()
    assert page.banner.text
    assert page.contacts_model.rowCount() == 1
