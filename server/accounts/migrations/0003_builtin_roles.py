from django.db import migrations


def create_builtin_roles(apps, schema_editor):
    from accounts.roles import BUILTIN_ROLES

    Role = apps.get_model("accounts", "Role")
    for code, spec in BUILTIN_ROLES.items():
        Role.objects.update_or_create(
            code=code.value,
            defaults={
                "name": spec["name"],
                "audience": spec["audience"].value,
                "permissions": sorted(p.value for p in spec["permissions"]),
                "is_builtin": True,
            },
        )


class Migration(migrations.Migration):
    dependencies = [("accounts", "0002_initial")]
    operations = [migrations.RunPython(create_builtin_roles, migrations.RunPython.noop)]
