import pytest

from audit.models import AuditEvent


def journal(**filters) -> list[AuditEvent]:
    """The audit rows, oldest first (the order they were written in)."""
    return list(AuditEvent.objects.filter(**filters).order_by("id"))


def one(**filters) -> AuditEvent:
    rows = journal(**filters)
    assert len(rows) == 1, [(row.action, row.target_label) for row in journal()]
    return rows[0]


@pytest.fixture
def on_postgresql():
    from django.db import connection

    if connection.vendor != "postgresql":
        pytest.skip("the append-only trigger exists on PostgreSQL only")


ADDRESS = "203.0.113.7"


@pytest.fixture
def from_address():
    """Services called as if serving a request from ADDRESS."""
    from audit.context import client_address_set

    with client_address_set(ADDRESS):
        yield ADDRESS


def make_event(*, created_at=None, actor=None, action="user.updated", target_type="user", target_id=None,
               target_label="", before=None, after=None, ip_address=None) -> AuditEvent:
    """A row as the services write it, at a chosen time (inserting is all a test may do)."""
    from django.utils import timezone

    return AuditEvent.objects.create(
        created_at=created_at or timezone.now(), actor=actor, actor_email=actor.email if actor else None,
        action=action, target_type=target_type, target_id=None if target_id is None else str(target_id),
        target_label=target_label, before=before, after=after, ip_address=ip_address,
    )
