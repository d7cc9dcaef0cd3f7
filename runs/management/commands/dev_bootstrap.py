"""Development convenience for `make run`: make sure someone can sign in."""

from __future__ import annotations

import secrets

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError


class Command(BaseCommand):
    help = "DEBUG only: create an 'admin' superuser with a random password if no superuser exists."

    def handle(self, *args, **options) -> None:
        if not settings.DEBUG:
            raise CommandError("dev_bootstrap is for development (HEALER_DEBUG=1) only.")
        User = get_user_model()
        if User.objects.filter(is_superuser=True).exists():
            self.stdout.write("A superuser exists already; sign in with it.")
            return
        password = secrets.token_urlsafe(12)
        User.objects.create_superuser("admin", "admin@localhost", password)
        self.stdout.write(self.style.SUCCESS(f"Created superuser 'admin' with password: {password}"))
