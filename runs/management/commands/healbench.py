"""`python manage.py healbench CORPUS_DIR [--json OUT]`: heal every case of a corpus and score it."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from django.core.management.base import BaseCommand, CommandParser

from runs import checktags
from runs.benchmarks.corpus import BenchError, bench_format, bench_run, bench_summary


class Command(BaseCommand):
    # The web process's checks (its secret key) are not the command line's (issue 14).
    requires_system_checks = checktags.COMMAND_LINE
    help = "Run heal over every case of a corpus; report checks passing, bugs matched and time per case."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("corpus_dir", help="directory of cases (CASE/repo + CASE/case.json)")
        parser.add_argument(
            "--json", dest="json_out", default=None, help="also write the figures to this file"
        )

    def handle(self, *args, **options) -> None:
        try:
            results = bench_run(corpus_dir=Path(options["corpus_dir"]), echo=self.stdout.write)
        except BenchError as exc:
            self.stderr.write(f"error: {exc}")
            sys.exit(2)
        self.stdout.write("")
        for line in bench_format(results):
            self.stdout.write(line)
        if options["json_out"]:
            data = {
                "corpus": str(Path(options["corpus_dir"]).resolve()),
                "cases": [r.as_dict() for r in results],
                "total": bench_summary(results),
            }
            Path(options["json_out"]).write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")
            self.stdout.write(f"Wrote {options['json_out']}")
