import pytest

from desktop.admin.categories import operations
from desktop.api.errors import ApiError
from tests.desktop.admin.helpers import signed_in, unique

pytestmark = pytest.mark.asyncio

# Far down every category list, out of the way of the other tests on the same server.
LAST = 30000


async def test_a_category_is_created_changed_and_deactivated(make_ctx, sign_in_as):
    admin = await signed_in(make_ctx, sign_in_as)
    name = unique("Zz Garantie")
    created = await operations.category_create(admin, name=name, description="Pannes sous garantie", position=LAST)
    assert (created.name, created.position, created.is_active) == (name, LAST, True)
    changed = await operations.category_update(admin, created.id, is_active=False, position=LAST + 1)
    assert (changed.is_active, changed.position, changed.name) == (False, LAST + 1, name)
    listed = {c.id: c for c in await operations.category_list(admin)}
    assert listed[created.id].is_active is False  # staff still see it, to reactivate it


async def test_a_name_already_used_is_refused_on_the_name(make_ctx, sign_in_as):
    admin = await signed_in(make_ctx, sign_in_as)
    name = unique("Zz Doublon")
    await operations.category_create(admin, name=name, position=LAST)
    with pytest.raises(ApiError) as taken:
        await operations.category_create(admin, name=name.upper(), position=LAST)
    assert "name" in taken.value.errors
