"""Reads of Administration → CRM: the sync runs, newest first, and where the CRM link stands."""

from dataclasses import dataclass

from django.conf import settings
from django.db.models import Prefetch

from core.errors import NotFound
from core.pagination import Ordering, Page, keyset_page
from crm.models import SyncIssue, SyncRun
from crm.sync.pull.connector import pull_configured, pull_running, pull_source_label

RUNS_NEWEST_FIRST = Ordering("started_at", descending=True)  # the `sync_run_newest_first` index


@dataclass(frozen=True)
class CrmStatus:
    configured: bool
    source: str | None
    running: bool
    last_run: SyncRun | None
    incremental_every_minutes: int
    full_every_hours: int


def sync_run_page(*, cursor: str | None, size: int) -> Page:
    return keyset_page(SyncRun.objects.all(), ordering=RUNS_NEWEST_FIRST, cursor=cursor, size=size)


def sync_run_get(*, run_id: int) -> SyncRun:
    run = (
        SyncRun.objects.prefetch_related(Prefetch("issues", queryset=SyncIssue.objects.order_by("id")))
        .filter(pk=run_id)
        .first()
    )
    if run is None:
        raise NotFound("No such sync run.")
    return run


def crm_status() -> CrmStatus:
    """The pull connector's configuration and state, and the newest run whatever its source (a
    deployment may only push)."""
    return CrmStatus(
        configured=pull_configured(),
        source=pull_source_label(),
        running=pull_running(),
        last_run=SyncRun.objects.order_by(*RUNS_NEWEST_FIRST.order_by).first(),
        incremental_every_minutes=settings.SAV_CRM_SYNC_MINUTES,
        full_every_hours=settings.SAV_CRM_FULL_SYNC_HOURS,
    )
