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
