"""« Notes SAV »: written and saved with customers.manage — even on a customer the CRM owns —
and read-only for everyone else."""

import pytest

from desktop.customers import operations
from desktop.customers.store import CustomerStore
from tests.desktop.admin.helpers import unique
from tests.desktop.customers.helpers import open_shell
from tests.desktop.tickets.helpers import ADMIN, AGENT, signed_in, until

pytestmark = pytest.mark.asyncio

CRM_CUSTOMER = 3  # a demo customer synchronised from the CRM


async def notes_tab(qtbot, ctx, customer_id: int):
    shell = await open_shell(qtbot, ctx)
    shell.open_customer(customer_id)
    clients = shell.customers
    await until(lambda: clients.customer is not None, what="the record")
    tab = clients.record.show_tab("notes")
    tab.shell = shell  # qtbot keeps only a weak reference to the shell
    return tab


async def test_a_customer_manager_saves_notes_on_a_customer_the_crm_owns(qtbot, make_ctx, sign_in_as):
    admin = await signed_in(make_ctx, sign_in_as, ADMIN)
    tab = await notes_tab(qtbot, admin, CRM_CUSTOMER)
    header = tab.shell.customers.record.header
    assert tab.customer.source == "crm" and header.source.text().startswith("Synchronisé depuis le CRM")
    assert not tab.editor.isReadOnly() and tab.save_button.isVisible() and not tab.save_button.isEnabled()

    notes = f"Code portail 4821 — demander M. Garnier ({unique('n')})"
    tab.editor.selectAll()
    tab.editor.insertPlainText(notes)  # as typed: the document is modified
    assert tab.save_button.isEnabled()
    tab.save_button.click()
    await tab.idle()

    assert tab.message_text == "Notes enregistrées." and not tab.save_button.isEnabled()
    assert (await operations.customer_get(admin, CustomerStore(), CRM_CUSTOMER)).sav_notes == notes


async def test_an_agent_reads_the_notes_but_cannot_change_them(qtbot, make_ctx, sign_in_as):
    admin = await signed_in(make_ctx, sign_in_as, ADMIN)
    notes = f"Livraison par l'arrière du bâtiment ({unique('n')})"
    await operations.save_notes(admin, CustomerStore(), CRM_CUSTOMER, notes)
    agent = await signed_in(make_ctx, sign_in_as, AGENT)

    tab = await notes_tab(qtbot, agent, CRM_CUSTOMER)

    assert tab.editor.toPlainText() == notes
    assert tab.editor.isReadOnly() and not tab.save_button.isVisible()
    assert tab.hint.text().startswith("Lecture seule")
    tab.save()
    assert tab.message_text == ""


async def test_notes_being_typed_are_kept_when_the_customer_is_read_again(qtbot, make_ctx, sign_in_as):
    admin = await signed_in(make_ctx, sign_in_as, ADMIN)
    tab = await notes_tab(qtbot, admin, CRM_CUSTOMER)
    tab.editor.selectAll()
    tab.editor.insertPlainText("Brouillon de note")
    tab.shell.customers.open_customer(CRM_CUSTOMER)
    await tab.shell.customers.idle()
    assert tab.editor.toPlainText() == "Brouillon de note" and tab.has_unsaved_changes
