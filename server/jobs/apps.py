from django.apps import AppConfig


class JobsConfig(AppConfig):
    """Scheduled jobs. The embedded runner is started by `config/asgi.py` (the server process only),
    never here: `ready()` also runs in every management command and test process."""

    name = "jobs"
    default_auto_field = "django.db.models.BigAutoField"
