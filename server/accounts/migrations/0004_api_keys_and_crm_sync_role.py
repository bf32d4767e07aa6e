"""API keys for the CRM's push, and who holds the CRM permissions: the built-in administrator gains
`crm.manage`; `crm.sync` belongs to the new built-in `crm_sync` role (audience `service`) alone, so it is
taken from any other role that got it. A database created from now on gets the roles from 0003 (which
reads `accounts.roles`); this brings an existing one to the same place. Values are written out here, not
imported: a migration keeps meaning what it meant when it was written."""

import django.db.models.deletion
import django.utils.timezone
from django.conf import settings
from django.db import migrations, models

CRM_MANAGE = "crm.manage"
CRM_SYNC = "crm.sync"
CRM_SYNC_ROLE = {"code": "crm_sync", "name": "Synchronisation CRM", "audience": "service"}


def give(apps, schema_editor):
    Role = apps.get_model("accounts", "Role")
    for role in Role.objects.exclude(code=CRM_SYNC_ROLE["code"]):
        permissions = [code for code in role.permissions if code != CRM_SYNC]
        if role.code == "administrator" and role.is_builtin and CRM_MANAGE not in permissions:
            permissions.append(CRM_MANAGE)
        if sorted(permissions) != sorted(role.permissions):
            role.permissions = sorted(permissions)
            role.save(update_fields=["permissions"])
    Role.objects.update_or_create(
        code=CRM_SYNC_ROLE["code"],
        defaults={"name": CRM_SYNC_ROLE["name"], "audience": CRM_SYNC_ROLE["audience"], "permissions": [CRM_SYNC],
                  "is_builtin": True},
    )


def take_back(apps, schema_editor):
    Role = apps.get_model("accounts", "Role")
    Role.objects.filter(code=CRM_SYNC_ROLE["code"], users__isnull=True).delete()
    for role in Role.objects.filter(code="administrator", is_builtin=True):
        if CRM_MANAGE in role.permissions:
            role.permissions = [code for code in role.permissions if code != CRM_MANAGE]
            role.save(update_fields=["permissions"])


class Migration(migrations.Migration):
    dependencies = [("accounts", "0003_builtin_roles")]

    operations = [
        migrations.AlterField(
            model_name="role",
            name="audience",
            field=models.CharField(
                choices=[("client", "Client"), ("staff", "Staff"), ("service", "Service")], max_length=10
            ),
        ),
        migrations.CreateModel(
            name="ApiKey",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("name", models.CharField(max_length=100)),
                ("prefix", models.CharField(max_length=16, unique=True)),
                ("secret_hash", models.CharField(max_length=64)),
                ("created_at", models.DateTimeField(default=django.utils.timezone.now)),
                ("last_used_at", models.DateTimeField(blank=True, null=True)),
                ("revoked_at", models.DateTimeField(blank=True, null=True)),
                ("created_by", models.ForeignKey(
                    blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name="+",
                    to=settings.AUTH_USER_MODEL,
                )),
                ("user", models.OneToOneField(
                    on_delete=django.db.models.deletion.PROTECT, related_name="api_key", to=settings.AUTH_USER_MODEL,
                )),
            ],
            options={"ordering": ["-created_at", "-id"]},
        ),
        migrations.RunPython(give, take_back),
    ]
