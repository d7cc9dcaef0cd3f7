from django.apps import AppConfig


class HostingConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "runs.hosting"
    label = "hosting"
    verbose_name = "Git hosting"
