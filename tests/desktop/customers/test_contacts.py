"""« Interlocuteurs »: an administrator invites a contact in one click — a client login exists for
that contact and the invitation is e-mailed; inactive contacts are greyed and cannot be invited;
without users.manage there is no « Inviter »."""

import pytest
from PySide6.QtCore import Qt

from desktop.admin.customers.operations import customer_create
from desktop.admin.users.operations import UserFilters, user_page
from shared_schemas.crm import ContactOut
from tests.desktop.admin.helpers import unique, unique_email
from tests.desktop.customers.helpers import invitation_codes, open_shell, server_shell
from tests.desktop.tickets.helpers import ADMIN, AGENT, signed_in, until

pytestmark = pytest.mark.asyncio


async def contacts_tab(qtbot, ctx, customer_id: int):
    shell = await open_shell(qtbot, ctx)
    shell.open_customer(customer_id)
    clients = shell.customers
    await until(lambda: clients.customer is not None, what="the record")
    tab = clients.record.show_tab("contacts")
    tab.shell = shell  # qtbot keeps only a weak reference to the shell
    await tab.idle()
    return tab


async def sav_contact(ctx, customer_id: int, **fields) -> ContactOut:
    """A contact entered in the SAV (with an identifier of its own: see the report on contact_create)."""
    body = await ctx.api.post(f"customers/{customer_id}/contacts", {"external_id": unique("P"), **fields})
    return ContactOut.model_validate(body)


async def test_an_administrator_invites_a_contact_who_then_has_a_login_and_an_e_mail(
    qtbot, make_ctx, sign_in_as, sav_server
):
    admin = await signed_in(make_ctx, sign_in_as, ADMIN)
    customer = await customer_create(admin, external_id=unique("CRM"), name=unique("Zz Imprimerie Morel"))
    email = unique_email("lucie.morel")
    contact = await sav_contact(
        admin, customer.id, first_name="Lucie", last_name="Morel", email=email, job_title="Gérante"
    )
    tab = await contacts_tab(qtbot, admin, customer.id)
    assert tab.model.rowCount() == 1 and tab.model.index(0, 4).data() == "Aucun"
    assert not tab.invite_button.isEnabled() and tab.hint.text().startswith("Sélectionnez un interlocuteur")

    tab.list.select_row(0)
    assert tab.invite_button.isEnabled() and tab.invite_button.isVisible()
    tab.invite_button.click()
    await tab.idle()

    assert tab.message_text == f"Lucie Morel est invité : un e-mail a été envoyé à {email}."
    assert tab.model.index(0, 4).data() == "Invité"
    assert not tab.invite_button.isEnabled() and tab.hint.text() == "Cet interlocuteur a déjà un accès client."
    accounts = (await user_page(admin, UserFilters(q=email))).results
    assert [(a.email, a.role.code, a.customer.id, a.contact.id) for a in accounts] == [
        (email, "client", customer.id, contact.id)
    ]
    assert len(await invitation_codes(sav_server, email)) == 1


async def test_an_inactive_contact_is_greyed_and_cannot_be_invited(qtbot, make_ctx, sign_in_as, sav_server):
    admin = await signed_in(make_ctx, sign_in_as, ADMIN)
    customer = await customer_create(admin, external_id=unique("CRM"), name=unique("Zz Menuiserie Blanc"))
    contact = await sav_contact(
        admin, customer.id, first_name="Paul", last_name="Blanc", email=unique_email("paul.blanc")
    )
    await server_shell(
        sav_server, f"from crm.models import Contact; Contact.objects.filter(id={contact.id}).update(is_active=False)"
    )
    tab = await contacts_tab(qtbot, admin, customer.id)

    assert tab.model.flags(tab.model.index(0, 0)) == Qt.ItemFlag.NoItemFlags
    assert tab.model.index(0, 4).data() == "Interlocuteur inactif"
    tab.list.select_row(0)
    assert not tab.invite_button.isEnabled()
    assert tab.hint.text() == "Cet interlocuteur est inactif : il ne peut pas être invité."
    tab.invite()
    assert tab.model.row_at(0).user is None and tab.message_text == ""


async def test_a_contact_without_an_e_mail_cannot_be_invited_and_the_reason_is_given(qtbot, make_ctx, sign_in_as):
    admin = await signed_in(make_ctx, sign_in_as, ADMIN)
    customer = await customer_create(admin, external_id=unique("CRM"), name=unique("Zz Boulangerie Petit"))
    await sav_contact(admin, customer.id, first_name="Jean", last_name="Petit")
    tab = await contacts_tab(qtbot, admin, customer.id)
    tab.list.select_row(0)
    assert not tab.invite_button.isEnabled()
    assert tab.hint.text() == "Cet interlocuteur n'a pas d'adresse e-mail : ajoutez-la d'abord."


async def test_an_agent_reads_the_contacts_and_their_access_but_cannot_invite(qtbot, make_ctx, sign_in_as):
    agent = await signed_in(make_ctx, sign_in_as, AGENT)
    tab = await contacts_tab(qtbot, agent, 1)
    assert tab.model.rowCount() > 0
    assert not tab.invite_button.isVisible()
    logins = {tab.model.index(row, 4).data() for row in range(tab.model.rowCount())}
    assert logins <= {"Aucun", "Compte client", "Interlocuteur inactif"} and "Compte client" in logins
