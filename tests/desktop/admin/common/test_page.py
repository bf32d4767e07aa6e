import pytest

from desktop.admin.categories.page import CategoriesPage
from desktop.admin.common.hub import AdminChanges
from desktop.api.client import ApiClient
from desktop.api.errors import OfflineError
from desktop.i18n.errors import error_message
from tests.live_server import free_port

pytestmark = pytest.mark.asyncio


async def test_an_unreachable_server_is_said_in_french_with_a_retry_and_nothing_freezes(make_ctx, qtbot):
    ctx = make_ctx()
    ctx.attach_api(ApiClient(f"http://127.0.0.1:{free_port()}"))  # nothing listens there
    ctx.connection.configure(first_delay=60, max_delay=60)
    page = CategoriesPage(ctx, AdminChanges())
    qtbot.addWidget(page)
    page.show()
    page.activate()
    await page.idle()

    assert page.banner.text == error_message(OfflineError())
    assert page.banner.retry_button.isVisible()
    assert page.list.placeholder_text == "La liste n'a pas pu être chargée."
    page.banner.retry_button.click()  # tries again, and fails the same way
    await page.idle()
    assert page.banner.text == error_message(OfflineError())
    await ctx.detach_api()
