"""One pull at a time, whatever the number of nodes: a lease on the connector's `SyncState` row,
taken by a conditional UPDATE (one node wins), renewed as the run goes, released at the end. A node
that dies holding it frees it when the lease runs out."""

from datetime import timedelta

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils import timezone

from crm.models import SyncState

PULL = "pull"


def sync_state() -> SyncState:
    state = SyncState.objects.filter(name=PULL).first()
    if state is None:
        try:
            with transaction.atomic():
                state = SyncState.objects.create(name=PULL)
        except IntegrityError:  # another node created it first
            state = SyncState.objects.get(name=PULL)
    return state


def _lease_end():
    return timezone.now() + timedelta(minutes=settings.SAV_CRM_SYNC_LEASE_MINUTES)


def lease_take(holder: str) -> bool:
    sync_state()
    free = Q(lease_until__isnull=True) | Q(lease_until__lt=timezone.now())
    return SyncState.objects.filter(free, name=PULL).update(lease_until=_lease_end(), lease_holder=holder) == 1


def lease_renew(holder: str) -> bool:
    return SyncState.objects.filter(name=PULL, lease_holder=holder).update(lease_until=_lease_end()) == 1


def lease_release(holder: str) -> None:
    SyncState.objects.filter(name=PULL, lease_holder=holder).update(lease_until=None, lease_holder="")


def lease_held() -> bool:
    return SyncState.objects.filter(name=PULL, lease_until__gte=timezone.now()).exists()
