"""`python manage.py enginebench analysis|large`: the engine's own benchmarks (healer/engine/benchmarks)."""

from __future__ import annotations

from django.core.management.base import BaseCommand, CommandError, CommandParser


class Command(BaseCommand):
    help = (
        "analysis: time to parse and analyse reports of 1k/10k/40k failing tests (ratios show linear "
        "growth). large: heal a generated ~500-test project, one hand-written bug scenario at a time, "
        "in the configured sandbox (time per healed bug, whole-suite runs per accepted fix)."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("which", choices=["analysis", "large"])
        parser.add_argument("--sizes", default="1000,10000,40000", help="analysis: failing tests per report")
        parser.add_argument("--scenario", action="append", default=[], help="large: only these scenarios")

    def handle(self, *args, **options) -> None:
        if options["which"] == "analysis":
            self._analysis(options["sizes"])
        else:
            self._large(options["scenario"])

    def _analysis(self, sizes: str) -> None:
        from healer.engine.benchmarks.analysis import main

        try:
            parsed = tuple(int(size) for size in sizes.split(","))
        except ValueError as exc:
            raise CommandError("--sizes takes comma-separated numbers") from exc
        if not parsed or min(parsed) < 1:
            raise CommandError("--sizes takes positive numbers")
        main(parsed)

    def _large(self, names: list[str]) -> None:
        from healer.engine.benchmarks.large_project import SCENARIOS, report_lines, run
        from sandbox.sessions import sandbox_open

        known = {scenario.name: scenario for scenario in SCENARIOS}
        unknown = [name for name in names if name not in known]
        if unknown:
            raise CommandError(f"unknown scenario(s) {', '.join(unknown)}; known: {', '.join(known)}")
        chosen = tuple(known[name] for name in names) or SCENARIOS

        def open_sandbox(workspace, name):
            return sandbox_open(run_id=f"enginebench-{name}", workspace=workspace)

        results = []
        for result in run(open_sandbox, chosen):
            results.append(result)
            self.stdout.write(report_lines([result])[1])
        for line in report_lines(results):
            self.stdout.write(line)
