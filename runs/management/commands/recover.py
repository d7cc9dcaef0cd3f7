"""`python manage.py recover`: one crash-recovery pass (the schedule runs the same every minute)."""

from __future__ import annotations

from django.core.management.base import BaseCommand, CommandParser

from runs.services.recovery import runs_recover_lost, runs_requeue_queued


class Command(BaseCommand):
    help = (
        "Re-queue or fail RUNNING runs whose execution stopped sending heartbeats or passed the hard "
        "limit, and remove their sandbox containers, volumes and workspaces."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--no-reap", action="store_true", help="leave Docker alone (database only)")
        parser.add_argument(
            "--requeue-queued",
            type=int,
            metavar="SECONDS",
            default=None,
            help="also enqueue again every QUEUED run older than SECONDS (after a broker was lost; "
            "a run delivered twice still executes once)",
        )

    def handle(self, *args, **options) -> None:
        report = runs_recover_lost(reap=not options["no_reap"])
        for label, run_ids in (
            ("Re-queued", report.requeued),
            ("Failed (attempts exhausted or hard limit)", report.failed),
            ("Cancelled (cancellation was requested)", report.cancelled),
        ):
            if run_ids:
                self.stdout.write(f"{label}: {', '.join(f'run {pk}' for pk in run_ids)}")
        if not report.lost:
            self.stdout.write("No lost runs.")
        if report.workspaces:
            self.stdout.write(f"Removed the workspaces {', '.join(report.workspaces)}.")
        if report.reap_error:
            self.stderr.write(f"warning: sandbox cleanup failed: {report.reap_error}")
        else:
            self.stdout.write(
                f"Removed {len(report.containers)} container(s) and {len(report.volumes)} volume(s)."
            )
        if options["requeue_queued"] is not None:
            requeued = runs_requeue_queued(older_than=options["requeue_queued"])
            self.stdout.write(f"Enqueued {len(requeued)} queued run(s) again.")
