from __future__ import annotations

from django.apps import AppConfig
from django.db.models.signals import post_migrate


class HealerConfig(AppConfig):
    """The project package as an app: its system checks and post-migrate set-up."""

    name = "healer"
    verbose_name = "Healer"

    def ready(self) -> None:
        from healer import checks  # noqa: F401  (registers the system checks)

        # `migrate` (make run, the compose migrate role, the test database) also
        # creates the database cache's table, which no migration can own.
        post_migrate.connect(_after_migrate, sender=self, dispatch_uid="healer-cache-table")


def _after_migrate(sender, using: str = "default", **kwargs) -> None:
    from healer.cache import cache_table_create

    cache_table_create(using=using)
