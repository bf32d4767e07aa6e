import pytest

from desktop.admin.customers.operations import customer_create
from desktop.admin.users import operations
from desktop.api.errors import ApiError
from desktop.auth.operations import sign_out
from shared_schemas.accounts import UserOut
from shared_schemas.enums import RoleAudience
from tests.desktop.admin.helpers import PASSWORD, signed_in, unique, unique_email

pytestmark = pytest.mark.asyncio


async def test_an_administrator_creates_a_client_account_who_can_then_sign_in(make_ctx, sign_in_as):
    admin = await signed_in(make_ctx, sign_in_as)
    customer = await customer_create(admin, external_id=unique("CRM"), name=unique("Zz Fromagerie"))
    email = unique_email("alice")
    alice = await operations.user_create(
        admin, email=email, full_name="Zz Alice Martin", role="client", customer=customer.id, password=PASSWORD
    )
    assert isinstance(alice, UserOut)
    assert alice.role.code == "client" and alice.customer.id == customer.id and alice.is_active

    alice_ctx = make_ctx()
    me = await sign_in_as(alice_ctx, email)
    assert me.customer.id == customer.id
    await sign_out(alice_ctx)


async def test_filters_are_applied_by_the_server(make_ctx, sign_in_as):
    admin = await signed_in(make_ctx, sign_in_as)
    name = unique("Zz Bob")
    bob = await operations.user_create(admin, email=unique_email("bob"), full_name=name, role="agent")

    found = await operations.user_page(admin, operations.UserFilters(q=name))
    assert [u.id for u in found.results] == [bob.id]
    staff_only = await operations.user_page(admin, operations.UserFilters(q=name, audience=RoleAudience.CLIENT))
    assert staff_only.results == []
    inactive = await operations.user_page(admin, operations.UserFilters(q=name, is_active=False))
    assert inactive.results == []


async def test_a_deactivated_account_cannot_sign_in_until_it_is_reactivated(make_ctx, sign_in_as):
    admin = await signed_in(make_ctx, sign_in_as)
    email = unique_email("carol")
    carol = await operations.user_create(admin, email=email, full_name="Zz Carol", role="agent", password=PASSWORD)

    assert not (await operations.user_deactivate(admin, carol.id)).is_active
    with pytest.raises(ApiError) as refused:
        await sign_in_as(make_ctx(), email)
    assert refused.value.code == "invalid_credentials"

    assert (await operations.user_reactivate(admin, carol.id)).is_active
    assert (await sign_in_as(make_ctx(), email)).email == email


async def test_a_duplicate_email_is_refused_on_the_email_field_and_nothing_is_created(make_ctx, sign_in_as):
    admin = await signed_in(make_ctx, sign_in_as)
    email = unique_email("dave")
    await operations.user_create(admin, email=email, full_name="Zz Dave", role="agent")
    with pytest.raises(ApiError) as caught:
        await operations.user_create(admin, email=email, full_name="Zz Dave again", role="agent")
    assert "email" in caught.value.errors
    same = await operations.user_page(admin, operations.UserFilters(q=email))
    assert [u.full_name for u in same.results] == ["Zz Dave"]


async def test_only_the_given_fields_are_changed(make_ctx, sign_in_as):
    admin = await signed_in(make_ctx, sign_in_as)
    erin = await operations.user_create(admin, email=unique_email("erin"), full_name="Zz Erin", role="agent")
    changed = await operations.user_update(admin, erin.id, full_name="Zz Erin Durand", phone="01 02 03 04 05")
    assert (changed.full_name, changed.phone, changed.role.code) == ("Zz Erin Durand", "01 02 03 04 05", "agent")
    with pytest.raises(TypeError):
        await operations.user_update(admin, erin.id, email="other@tests.origyne.fr")
