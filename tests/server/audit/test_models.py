"""An audit event is written once: the model refuses to change or delete it, and on PostgreSQL the
database refuses too, whatever the client."""

import importlib

import pytest
from django.apps import apps
from django.db import DatabaseError, connection, transaction

from accounts.models import Role
from audit.models import AppendOnlyError, AuditEvent
from audit.services import audit_record
from shared_schemas.audit import AuditAction, AuditTarget
from tests.server.audit.conftest import one

pytestmark = pytest.mark.django_db


@pytest.fixture
def event(admin, alice):
    with transaction.atomic():
        return audit_record(
            actor=admin, action=AuditAction.USER_UPDATED, target_type=AuditTarget.USER, target_id=alice.pk,
            target_label=alice.email, before={"phone": ""}, after={"phone": "01 02 03 04 05"},
        )


def test_an_event_cannot_be_saved_again(event):
    event.action = AuditAction.USER_DEACTIVATED

    with pytest.raises(AppendOnlyError):
        event.save()
    with pytest.raises(AppendOnlyError):
        event.save(update_fields=["action"])

    assert AuditEvent.objects.get().action == "user.updated"


def test_an_event_cannot_be_deleted(event):
    with pytest.raises(AppendOnlyError):
        event.delete()
    with pytest.raises(AppendOnlyError):
        AuditEvent.objects.all().delete()
    with pytest.raises(AppendOnlyError):
        AuditEvent.objects.filter(pk=event.pk).update(after={"phone": "forged"})

    assert AuditEvent.objects.get().after == {"phone": "01 02 03 04 05"}


def test_a_new_event_with_the_id_of_an_existing_one_is_not_an_update(event, admin):
    forged = AuditEvent(pk=event.pk, action="user.created", target_type="user")

    with pytest.raises(Exception), transaction.atomic():  # noqa: B017 (IntegrityError, whichever backend)
        forged.save()

    assert AuditEvent.objects.get().action == "user.updated"


@pytest.mark.parametrize(
    "sql",
    ["UPDATE audit_auditevent SET after = NULL", "UPDATE audit_auditevent SET actor_email = 'x@y.fr'",
     "DELETE FROM audit_auditevent"],
)
def test_postgresql_refuses_to_change_or_delete_an_event(on_postgresql, event, sql):
    with pytest.raises(DatabaseError, match="append-only"), transaction.atomic(), connection.cursor() as cursor:
        cursor.execute(sql)

    assert AuditEvent.objects.get().after == {"phone": "01 02 03 04 05"}


def test_a_deleted_actor_leaves_its_events_with_their_email(event, admin):
    admin.delete()

    kept = one()
    assert (kept.actor_id, kept.actor_email, kept.after) == (None, "admin@origyne.fr", {"phone": "01 02 03 04 05"})


def test_postgresql_refuses_to_clear_an_actor_and_change_the_event_at_once(on_postgresql, event):
    with pytest.raises(DatabaseError, match="append-only"), transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("UPDATE audit_auditevent SET actor_id = NULL, action = 'user.created'")

    assert AuditEvent.objects.get().action == "user.updated"


def test_the_built_in_administrator_reads_the_journal_and_no_other_built_in_role_does():
    holders = {role.code for role in Role.objects.filter(is_builtin=True) if "audit.view" in role.permissions}

    assert holders == {"administrator"}


def test_the_data_migration_gives_audit_view_to_an_existing_administrator_role_only_once():
    migration = importlib.import_module("audit.migrations.0003_administrator_audit_view")
    administrator = Role.objects.get(code="administrator")
    Role.objects.filter(pk=administrator.pk).update(
        permissions=[code for code in administrator.permissions if code != "audit.view"]
    )

    migration.give(apps, None)
    migration.give(apps, None)

    administrator.refresh_from_db()
    assert administrator.permissions.count("audit.view") == 1
    assert administrator.permissions == sorted(administrator.permissions)
    migration.take_back(apps, None)
    administrator.refresh_from_db()
    assert "audit.view" not in administrator.permissions
