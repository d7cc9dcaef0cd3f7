"""`python manage.py heal SOURCE --team ... --leader ...`: one run, synchronously, in this process."""

from __future__ import annotations

import shutil
import sys

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandParser
from django.db import IntegrityError

from runs.models import RunStatus
from runs.services import run_create, run_execute
from runs.services.results import results_write


class Command(BaseCommand):
    help = "Heal a repository (https URL or local Git repository path) and print every fix."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("source", help="https Git URL or path of a local Git repository")
        parser.add_argument("--team", required=True, help='team name, e.g. "RIFT ORGANISERS"')
        parser.add_argument("--leader", required=True, help='team leader name, e.g. "Saiyam Kumar"')
        parser.add_argument("--retries", type=int, default=None, help="retry limit (default 5)")
        parser.add_argument("--results", default=None, help="also write results.json to this path")
        parser.add_argument("--verbose-log", action="store_true", help="print the engine's progress log")

    def handle(self, *args, **options) -> None:
        try:
            run = run_create(
                repo_url=options["source"],
                team_name=options["team"],
                leader_name=options["leader"],
                retry_limit=options["retries"],
                allow_local=True,  # the CLI may heal local repositories (docs/ARCHITECTURE.md)
                enqueue=False,
            )
        except ValidationError as exc:
            for field, messages in exc.message_dict.items():
                for message in messages:
                    self.stderr.write(f"error: {field}: {message}")
            sys.exit(2)
        except IntegrityError:
            # Another process created this team (or one with the same branch name) meanwhile.
            self.stderr.write(
                "error: team_name: another request created this team at the same moment; retry."
            )
            sys.exit(2)

        self.stdout.write(f"Run {run.pk}: healing {run.repo_url} on branch {run.branch}")
        echo = self.stdout.write if options["verbose_log"] else None
        run = run_execute(run_id=run.pk, echo=echo)
        for fix in run.fixes.order_by("id"):
            self.stdout.write(fix.description)
        if run.error_message:
            self.stderr.write(f"error: {run.error_message}")
        if options["results"]:
            path = results_write(run=run)
            shutil.copyfile(path, options["results"])
        score = (
            f"score {run.score_total}" if run.is_scored else "not scored: the checks did not run to an end"
        )
        self.stdout.write(f"Final status: {run.final_status} ({score}; {run.get_stop_reason_display()})")
        self.stdout.write(
            f"results.json: {options['results'] or settings.HEALER_RESULTS_ROOT / f'run-{run.pk}.json'}"
        )
        sys.exit(0 if run.status == RunStatus.PASSED else 1)
