"""The built-in administrator role reads the journal (`audit.view`). A database created from now on
gets it from accounts 0003 (which reads `accounts.roles`); this gives it to an existing one."""

from django.db import migrations

AUDIT_VIEW = "audit.view"


def give(apps, schema_editor):
    Role = apps.get_model("accounts", "Role")
    for role in Role.objects.filter(code="administrator", is_builtin=True):
        if AUDIT_VIEW not in role.permissions:
            role.permissions = sorted([*role.permissions, AUDIT_VIEW])
            role.save(update_fields=["permissions"])


def take_back(apps, schema_editor):
    Role = apps.get_model("accounts", "Role")
    for role in Role.objects.filter(code="administrator", is_builtin=True):
        if AUDIT_VIEW in role.permissions:
            role.permissions = [code for code in role.permissions if code != AUDIT_VIEW]
            role.save(update_fields=["permissions"])


class Migration(migrations.Migration):
    dependencies = [("audit", "0002_append_only_trigger"), ("accounts", "0003_builtin_roles")]
    operations = [migrations.RunPython(give, take_back)]
