import pytest

from desktop.admin.customers import operations
from desktop.api.errors import ApiError
from tests.desktop.admin.helpers import signed_in, unique

pytestmark = pytest.mark.asyncio


async def test_a_customer_is_created_found_by_its_name_and_changed(make_ctx, sign_in_as):
    admin = await signed_in(make_ctx, sign_in_as)
    name = unique("Zz Fromagerie")
    created = await operations.customer_create(admin, external_id=unique("CRM"), name=name, city="Tours")
    assert (created.name, created.city, created.country, created.is_active) == (name, "Tours", "FR", True)
    found = await operations.customer_page(admin, q=name)
    assert [c.id for c in found.results] == [created.id]

    changed = await operations.customer_update(admin, created.id, city="Blois", is_active=False)
    assert (changed.city, changed.is_active, changed.external_id) == ("Blois", False, created.external_id)
    assert (await operations.customer_page(admin, q=name, is_active=True)).results == []


async def test_the_crm_identifier_is_unique_and_never_changes(make_ctx, sign_in_as):
    admin = await signed_in(make_ctx, sign_in_as)
    external_id = unique("CRM")
    created = await operations.customer_create(admin, external_id=external_id, name=unique("Zz Un"))
    with pytest.raises(ApiError) as taken:
        await operations.customer_create(admin, external_id=external_id, name=unique("Zz Deux"))
    assert "external_id" in taken.value.errors
    with pytest.raises(TypeError):
        await operations.customer_update(admin, created.id, external_id="CRM-OTHER")


async def test_contacts_are_added_changed_and_deleted(make_ctx, sign_in_as):
    admin = await signed_in(make_ctx, sign_in_as)
    customer = await operations.customer_create(admin, external_id=unique("CRM"), name=unique("Zz Garage"))
    contact = await operations.contact_create(admin, customer.id, first_name="Zz Lea", last_name="Roux")
    assert contact.customer == customer.id and contact.user is None
    changed = await operations.contact_update(admin, contact.id, job_title="Gérante")
    assert changed.job_title == "Gérante"
    assert [c.id for c in (await operations.contact_page(admin, customer.id)).results] == [contact.id]
    await operations.contact_delete(admin, contact.id)
    assert (await operations.contact_page(admin, customer.id)).results == []
