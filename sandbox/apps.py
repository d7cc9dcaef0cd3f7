from django.apps import AppConfig


class SandboxConfig(AppConfig):
    name = "sandbox"
    verbose_name = "Sandbox"

    def ready(self) -> None:
        # Registers the system checks (engine reachable, image present).
        from sandbox import checks  # noqa: F401
