"""`python manage.py setup_schedules`: create or update Healer's django-q2 schedules (idempotent)."""

from __future__ import annotations

from django.core.management.base import BaseCommand

from runs.services.recovery import recovery_schedule_ensure


class Command(BaseCommand):
    help = "Create or update the periodic crash-recovery schedule in django-q2."

    def handle(self, *args, **options) -> None:
        schedule, created = recovery_schedule_ensure()
        verb = "Created" if created else "Kept"
        self.stdout.write(
            f"{verb} schedule {schedule.name}: {schedule.func} every {schedule.minutes} minute(s) "
            f"on queue {schedule.cluster}."
        )
