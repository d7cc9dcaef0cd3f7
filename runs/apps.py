from django.apps import AppConfig


class RunsConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "runs"
    verbose_name = "Healing runs"

    def ready(self) -> None:
        from runs import checks  # noqa: F401  (registers system checks)
