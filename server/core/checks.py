"""Deployment checks of our own, run by `manage.py check --deploy` next to Django's."""

from django.conf import settings
from django.core.checks import Tags, Warning, register


@register(Tags.security, deploy=True)
def check_production_services(app_configs, **kwargs):
    warnings = []
    database = settings.DATABASES["default"]
    if database["ENGINE"].endswith("sqlite3"):
        warnings.append(
            Warning(
                "SQLite is the embedded default; production uses PostgreSQL.",
                hint="Set DATABASE_URL=postgres://user@host:5432/sav?sslmode=verify-full",
                id="sav.W001",
            )
        )
    elif database.get("HOST") not in ("", "localhost", "127.0.0.1", "::1") and (
        database.get("OPTIONS", {}).get("sslmode") != "verify-full"
    ):
        warnings.append(
            Warning(
                "PostgreSQL is reached without certificate verification.",
                hint="Add ?sslmode=verify-full to DATABASE_URL.",
                id="sav.W002",
            )
        )
    if settings.EMAIL_MODE != "smtp":
        warnings.append(
            Warning(
                f"E-mails are written by the '{settings.EMAIL_MODE}' backend, not sent.",
                hint="Set SAV_EMAIL_BACKEND=smtp and SAV_EMAIL_HOST.",
                id="sav.W003",
            )
        )
    if settings.SAV_CHANNEL_LAYER == "memory":
        warnings.append(
            Warning(
                "Push events use the in-memory channel layer: a desktop only hears of changes made "
                "through the process it is connected to.",
                hint="Set REDIS_URL (channels-redis) when the server runs more than one process.",
                id="sav.W004",
            )
        )
    return warnings
