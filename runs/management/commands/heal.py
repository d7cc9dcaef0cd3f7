"""`python manage.py heal SOURCE --team ... --leader ...`: one run, synchronously, in this process.

Output (README, "Heal from the command line"): every fix line as it is committed and the
final status on stdout; the progress on a terminal as a live display, elsewhere as plain
lines; `--quiet` keeps only the fix lines and the final status, `--json` prints only the
run's results.json on stdout. Exit status: 0 PASSED, 1 otherwise, 2 bad input, 128 + the
signal's number when a signal stopped the run (130 Ctrl-C, 143 SIGTERM).
"""

from __future__ import annotations

import json
import logging
import shutil
import sys
from collections import Counter

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandParser
from django.db import IntegrityError

from runs import checktags
from runs.management.database import BEHIND, database_behind_code
from runs.management.heal_progress import HealProgress, is_terminal, write_line
from runs.management.heal_signals import Interrupts
from runs.models import Run, RunStatus
from runs.selectors import run_fixes, run_results
from runs.services import run_create, run_execute
from runs.services.events import RunInterrupted
from runs.services.results import results_path, results_write
from sandbox.sessions import sandbox_reap_leftovers


class Command(BaseCommand):
    help = "Heal a repository (https URL or local Git repository path) and print every fix."
    # Not the web process's checks (its secret key): only the models and the run configuration.
    requires_system_checks = checktags.COMMAND_LINE

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("source", help="https Git URL or path of a local Git repository")
        parser.add_argument("--team", required=True, help='team name, e.g. "RIFT ORGANISERS"')
        parser.add_argument("--leader", required=True, help='team leader name, e.g. "Saiyam Kumar"')
        parser.add_argument("--retries", type=int, default=None, help="retry limit (default 5)")
        parser.add_argument("--results", default=None, help="also write results.json to this path")
        parser.add_argument("--verbose-log", action="store_true", help="print the engine's progress log")
        output = parser.add_mutually_exclusive_group()
        output.add_argument(
            "--json",
            action="store_true",
            help="print only the run's results.json on stdout (progress, if any, goes to stderr)",
        )
        output.add_argument(
            "--quiet", action="store_true", help="print only the fix lines and the final status"
        )

    def handle(self, *args, **options) -> None:
        self._quiet_logging(options["verbosity"])
        self._require_migrated()
        run = self._create(options)
        view = self._view(options)
        interrupts = Interrupts(cancel=view.request_stop)
        with interrupts.installed():
            try:
                run = self._heal(run, view, options)
            except RunInterrupted as exc:  # arrived outside the run's own guard: nothing more to show
                self.stderr.write(f"error: {exc}")
                sys.exit(interrupts.exit_code or 1)
        if run.status == RunStatus.CANCELLED and interrupts.exit_code:
            sys.exit(interrupts.exit_code)
        sys.exit(0 if run.status == RunStatus.PASSED else 1)

    @staticmethod
    def _quiet_logging(verbosity: int) -> None:
        """The dependency phase's INFO lines are the run log's (the progress display shows them);
        on the console they would interleave with the fix lines. -v 2 keeps them. Other INFO lines
        (the reaping of a dead heal's leftovers) are about this machine and stay."""
        if verbosity < 2:
            logging.getLogger("sandbox.deps").setLevel(logging.WARNING)

    def _require_migrated(self) -> None:
        """A database behind the code (a new checkout, a `git pull`) gets a sentence, not a traceback."""
        if database_behind_code():
            self.stderr.write("error: " + BEHIND.format(again="heal again"))
            sys.exit(1)

    def _create(self, options) -> Run:
        try:
            return run_create(
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

    def _view(self, options) -> HealProgress:
        stdout, stderr = self.stdout._out, self.stderr._out
        if options["json"]:
            # stdout carries the JSON document alone; a terminal on stderr still sees the progress.
            live = is_terminal(stderr)
            return HealProgress(out=None, progress=stderr if live else None, live=live)
        progress = None if options["quiet"] else stdout
        return HealProgress(
            out=stdout, progress=progress, live=is_terminal(stdout), verbose=options["verbose_log"]
        )

    def _heal(self, run: Run, view: HealProgress, options) -> Run:
        leftovers = sandbox_reap_leftovers()
        if leftovers:
            view.say(
                f"Removed {len(leftovers)} sandbox leftover(s) of processes that are gone: {', '.join(leftovers)}"
            )
        view.say(f"Run {run.pk}: healing {run.repo_url} on branch {run.branch}")
        with view.shown():
            run = run_execute(run_id=run.pk, observer=view)
        view.finish()
        # What was not shown live: the fixes not made (FAILED), recorded when the run ended.
        shown = Counter(view.fix_lines)
        for fix in run_fixes(run=run):
            if shown[fix.description]:
                shown[fix.description] -= 1
            else:
                view.fix(fix.description)
        if run.error_message:
            self.stderr.write(f"error: {run.error_message}")
        if options["results"]:
            shutil.copyfile(results_write(run=run), options["results"])
        stdout = self.stdout._out
        if options["json"]:
            write_line(stdout, json.dumps(run_results(run=run), indent=2, ensure_ascii=False))
            return run
        write_line(stdout, status_line(run))
        if not options["quiet"]:
            write_line(stdout, f"results.json: {options['results'] or results_path(run=run)}")
        return run


def status_line(run: Run) -> str:
    """`Final status: PASSED (score 110; All checks pass)`; a run that did not run its checks has no score."""
    score = f"score {run.score_total}" if run.is_scored else "not scored: the checks did not run to an end"
    return f"Final status: {run.final_status} ({score}; {run.get_stop_reason_display()})"
