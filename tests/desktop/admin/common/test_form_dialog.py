import pytest

from desktop.admin.categories.dialog import CategoryDialog
from desktop.api.errors import ApiError
from desktop.i18n.errors import field_errors
from tests.desktop.plain_text_walk import IMAGE, label_shows

pytestmark = pytest.mark.asyncio


async def test_a_field_message_the_desktop_does_not_know_is_shown_as_the_server_wrote_it(make_ctx, qtbot):
    dialog = CategoryDialog(make_ctx(), next_position=10)
    qtbot.addWidget(dialog)
    message = f"« {IMAGE} » est réservé."
    # A newer server's rule: its code has no French text here, so its own words are shown.
    error = ApiError("validation_error", status=400, errors={"name": [{"code": "name_reserved", "message": message}]})
    dialog.set_field_error("name", field_errors(error)["name"])
    assert label_shows(dialog.row("name").error) == message
