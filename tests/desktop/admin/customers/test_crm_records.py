"""Customers and contacts the CRM owns: their edit dialogs show the CRM's fields read-only with a
line saying so; only a customer's « Notes SAV » are saved here, and a CRM contact is not deleted."""

import pytest
from PySide6.QtWidgets import QLabel

from desktop.admin.customers import operations
from tests.desktop.admin.customers.test_page import open_page, show_only
from tests.desktop.admin.helpers import signed_in, unique

pytestmark = pytest.mark.asyncio

CRM_CUSTOMER = 4  # a demo customer synchronised from the CRM


async def crm_customer(ctx):
    page = await operations.customer_page(ctx, page_size=100)
    return next(customer for customer in page.results if customer.id == CRM_CUSTOMER)


def notices(dialog) -> list[str]:
    return [label.text() for label in dialog.findChildren(QLabel) if "synchronisé depuis le CRM" in label.text()]


async def test_a_crm_customer_opens_read_only_and_only_its_notes_are_saved(make_ctx, sign_in_as, qtbot):
    admin = await signed_in(make_ctx, sign_in_as)
    customer = await crm_customer(admin)
    assert customer.source == "crm"
    page = await open_page(qtbot, admin)
    await show_only(page, customer.name)
    assert page.model.index(0, page.model.columnCount() - 1).data() == "CRM"

    dialog = page.open_edit_dialog()
    assert notices(dialog) and dialog.crm_owned
    assert dialog.name.isReadOnly() and dialog.city.isReadOnly() and not dialog.is_active.isEnabled()
    assert not dialog.sav_notes.isReadOnly()
    notes = f"Clé du local technique à l'accueil ({unique('n')})"
    dialog.sav_notes.setPlainText(notes)
    dialog.save_button.click()
    await dialog.idle()
    await page.idle()

    assert not dialog.isVisible()
    saved = page.selected_customer()
    assert (saved.sav_notes, saved.name, saved.city) == (notes, customer.name, customer.city)


async def test_a_crm_contact_opens_read_only_and_cannot_be_deleted(make_ctx, sign_in_as, qtbot):
    admin = await signed_in(make_ctx, sign_in_as)
    customer = await crm_customer(admin)
    page = await open_page(qtbot, admin)
    await show_only(page, customer.name)
    await page.idle()
    row = page.contacts_model.row_of(lambda contact: contact.source == "crm")
    assert row >= 0
    page.contacts.select_row(row)

    assert not page.delete_contact_button.isEnabled() and page.delete_contact() is None
    dialog = page.open_contact_edit_dialog()
    assert notices(dialog) and dialog.first_name.isReadOnly() and dialog.email.isReadOnly()
    assert not dialog.save_button.isVisible() and dialog.cancel_button.text() == "Fermer"
    dialog.reject()


async def test_a_customer_entered_in_the_sav_stays_editable(make_ctx, sign_in_as, qtbot):
    admin = await signed_in(make_ctx, sign_in_as)
    name = unique("Zz Atelier Martin")
    await operations.customer_create(admin, external_id=unique("CRM"), name=name)
    page = await open_page(qtbot, admin)
    await show_only(page, name)
    dialog = page.open_edit_dialog()
    assert not dialog.crm_owned and notices(dialog) == [] and not dialog.name.isReadOnly()
    dialog.reject()
