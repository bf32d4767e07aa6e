from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "core"
    verbose_name = "Core"

    def ready(self) -> None:
        from django.urls import register_converter

        from core import checks  # noqa: F401  (registers the deployment checks)
        from core.ids import IdConverter

        register_converter(IdConverter, "id")  # before any urls.py is read
