"""The CRM link (crm.manage): where the sync stands, its runs page by page and one in full, starting
a run, and the API keys a CRM pushing to us signs its calls with. One async function per action,
parsed with the wire models; no widgets."""

from __future__ import annotations

from typing import TYPE_CHECKING

from shared_schemas.common import Page
from shared_schemas.crm_sync import ApiKeyCreated, ApiKeyOut, CrmStatusOut, SyncRunDetail, SyncRunOut

if TYPE_CHECKING:
    from desktop.context import AppContext


async def crm_status(ctx: AppContext) -> CrmStatusOut:
    """Whether a pull connector is configured, from where, whether a run is under way, the last run
    and the schedule."""
    return CrmStatusOut.model_validate(await ctx.api.get("crm/status"))


async def sync_run_page(
    ctx: AppContext, cursor: str | None = None, *, page_size: int | None = None
) -> Page[SyncRunOut]:
    """Runs, newest first: pulls and push calls alike."""
    body = await ctx.api.get("crm/sync-runs", cursor=cursor, page_size=page_size)
    return Page[SyncRunOut].model_validate(body)


async def sync_run_detail(ctx: AppContext, run_id: int) -> SyncRunDetail:
    """A run with the rows it refused."""
    return SyncRunDetail.model_validate(await ctx.api.get(f"crm/sync-runs/{run_id}"))


async def sync_run_start(ctx: AppContext, *, full: bool) -> SyncRunOut:
    """Asks for a pull now (the server runs it in the background and answers at once with the run).
    409 crm_not_configured without a pull connector, 409 crm_sync_running while one runs."""
    return SyncRunOut.model_validate(await ctx.api.post("crm/sync-runs", {"full": full}))


async def api_key_list(ctx: AppContext) -> list[ApiKeyOut]:
    return [ApiKeyOut.model_validate(item) for item in await ctx.api.get("crm/api-keys")]


async def api_key_create(ctx: AppContext, *, name: str) -> ApiKeyCreated:
    """The answer holds the key itself: the server keeps only its hash, so this is the one time it
    can be shown."""
    return ApiKeyCreated.model_validate(await ctx.api.post("crm/api-keys", {"name": name.strip()}))


async def api_key_revoke(ctx: AppContext, key_id: int) -> ApiKeyOut:
    """From now on a call signed with this key is refused (401)."""
    return ApiKeyOut.model_validate(await ctx.api.post(f"crm/api-keys/{key_id}/revoke"))
