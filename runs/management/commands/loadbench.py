"""`python manage.py loadbench`: throughput, queue wait and worker memory under load (see runs/benchmarks/load.py)."""

from __future__ import annotations

from django.core.management.base import BaseCommand, CommandError, CommandParser

from runs.benchmarks.load import BenchConfig, report_json, report_lines, run_bench


class Command(BaseCommand):
    help = (
        "Start a scratch deployment (gunicorn + N qcluster workers), submit many runs against local "
        "repositories through the REST API, and report throughput, queue wait and worker memory."
    )
    # It builds its own deployment in child processes; this process's settings do not matter.
    requires_system_checks: list[str] = []

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--runs", type=int, default=20, help="runs to submit at once (default 20)")
        parser.add_argument("--workers", type=int, default=2, help="qcluster workers (default 2)")
        parser.add_argument(
            "--database-url", default="", help="scratch database to use (default: a new SQLite file)"
        )
        parser.add_argument("--redis-url", default="", help="Redis broker (default: the database broker)")
        parser.add_argument("--retries", type=int, default=3, help="retry limit of each run (default 3)")
        parser.add_argument("--timeout", type=float, default=1800, help="give up after this many seconds")
        parser.add_argument("--json", default="", help="also write the figures to this JSON file")
        parser.add_argument("--keep", action="store_true", help="keep the scratch directory and logs")

    def handle(self, *args, **options) -> None:
        if options["runs"] < 1 or options["workers"] < 1:
            raise CommandError("--runs and --workers must be at least 1")
        config = BenchConfig(
            runs=options["runs"],
            workers=options["workers"],
            database_url=options["database_url"],
            redis_url=options["redis_url"],
            timeout=options["timeout"],
            keep=options["keep"],
            retries=options["retries"],
        )
        try:
            report = run_bench(config, echo=self.stdout.write)
        except RuntimeError as exc:
            raise CommandError(str(exc)) from exc
        for line in report_lines(report):
            self.stdout.write(line)
        if options["json"]:
            report_json(report, options["json"])
