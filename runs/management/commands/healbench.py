"""`python manage.py healbench`: measure healing.

    healbench CORPUS_DIR [--json OUT]                        cases with answer keys (../shared/corpus)
    healbench --mutate PATH [--mutants N] [--group K] [--groups G] [--seed S] [--json OUT]
                                                             killed mutants of any passing project
    healbench --realset {dev,heldout,all} [--mutants N] [--group K] [--groups G] [--seed S] [--json OUT]
                                                             the same over the pinned real projects
    healbench --realset-check {dev,heldout,all}              do their checks pass unmodified?
    healbench --realcases {dev,heldout,all} [--json OUT]     hand-written multi-bug cases in them
    healbench --realcases-check {dev,heldout,all}            does each case fail as its key says?

Bad input exits with status 2.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from django.core.management.base import BaseCommand, CommandParser

from runs import checktags
from runs.benchmarks.cli import healbench_run
from runs.benchmarks.corpus import BenchError
from runs.management.database import BEHIND, database_behind_code

HALVES = ("dev", "heldout", "all")


class Command(BaseCommand):
    # The web process's checks (its secret key) are not the command line's (issue 14).
    requires_system_checks = checktags.COMMAND_LINE
    help = (
        "Measure healing over a corpus with answer keys, over killed mutants of a passing project "
        "(--mutate), over the real-project set (--realset) or its hand-written cases (--realcases)."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "corpus_dir", nargs="?", default=None, help="directory of cases (CASE/repo + CASE/case.json)"
        )
        parser.add_argument(
            "--mutate", metavar="PATH", default=None, help="a local Git repository whose checks pass"
        )
        parser.add_argument("--realset", choices=HALVES, default=None, help="mutation benchmark over a half")
        parser.add_argument(
            "--realset-check", choices=HALVES, default=None, help="check a half's projects pass"
        )
        parser.add_argument("--realcases", choices=HALVES, default=None, help="hand-written cases of a half")
        parser.add_argument(
            "--realcases-check",
            choices=HALVES,
            default=None,
            help="check a half's cases fail as their keys say",
        )
        parser.add_argument(
            "--mutants",
            type=int,
            default=None,
            help="single mutants (default 10; 4 per project for --realset)",
        )
        parser.add_argument("--group", type=int, default=3, help="bugs per group healed together (default 3)")
        parser.add_argument(
            "--groups", type=int, default=None, help="groups (default: mutants / group, rounded up)"
        )
        parser.add_argument("--seed", type=int, default=0, help="seed of the mutant selection (default 0)")
        parser.add_argument(
            "--json", dest="json_out", default=None, help="also write the figures to this file"
        )

    def handle(self, *args, **options) -> None:
        if database_behind_code():  # every mode heals through run_create + run_execute
            self.stderr.write("error: " + BEHIND.format(again="run the benchmark again"))
            sys.exit(2)
        try:
            lines, data = healbench_run(
                corpus_dir=options["corpus_dir"],
                mutate=options["mutate"],
                realset=options["realset"],
                realset_check=options["realset_check"],
                realcases=options["realcases"],
                realcases_check=options["realcases_check"],
                mutants=options["mutants"],
                group=options["group"],
                groups=options["groups"],
                seed=options["seed"],
                echo=self.stdout.write,
            )
        except BenchError as exc:
            self.stderr.write(f"error: {exc}")
            sys.exit(2)
        self.stdout.write("")
        for line in lines:
            self.stdout.write(line)
        if options["json_out"]:
            Path(options["json_out"]).write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")
            self.stdout.write(f"Wrote {options['json_out']}")
