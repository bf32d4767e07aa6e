"""Steps of the CRM page's tests: the page opened on the live server, a key made through it, a batch
pushed with that key the way a CRM would (httpx, `Authorization: Api-Key …`)."""

import uuid

import httpx

from desktop.admin.common.hub import AdminChanges
from desktop.admin.crm.page import CrmPage


async def open_page(qtbot, ctx) -> CrmPage:
    page = CrmPage(ctx, AdminChanges())
    qtbot.addWidget(page)
    page.resize(1280, 860)
    page.show()
    page.activate()
    await page.idle()
    return page


async def create_key_through_the_page(qtbot, page: CrmPage, name: str) -> str:
    """Fills « Nouvelle clé », saves, reads the key from the dialog that shows it once, closes it."""
    dialog = page.open_create_key_dialog()
    qtbot.keyClicks(dialog.name, name)
    dialog.accept()
    await dialog.idle()
    await page.idle()
    shown = page.key_dialog
    assert shown is not None and shown.isVisible()
    key = shown.key.text()
    shown.close_button.click()
    return key


def customer_ids(count: int) -> list[str]:
    batch = uuid.uuid4().hex[:8]
    return [f"ZZ-H5-{batch}-{n}" for n in range(count)]


async def push(server_url: str, key: str, entity: str, rows: list[dict]) -> httpx.Response:
    async with httpx.AsyncClient(base_url=f"{server_url}/api/v1/") as client:
        return await client.post(f"crm/push/{entity}", json={"rows": rows}, headers={"Authorization": f"Api-Key {key}"})
