"""`python manage.py enginebench analysis|large|candidates|breakdown`: the engine's own benchmarks (healer/engine/benchmarks)."""

from __future__ import annotations

import contextlib

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.test import override_settings


class Command(BaseCommand):
    help = (
        "analysis: time to parse and analyse reports of 1k/10k/40k failing tests (ratios show linear "
        "growth). large: heal a generated ~500-test project, one hand-written bug scenario at a time, "
        "in the configured sandbox (time per healed bug, whole-suite runs per accepted fix). "
        "candidates: where a candidate's time goes on the real development projects with --min-tests "
        "tests or more (part by part, and the whole suite by coverage core, side by side). "
        "breakdown: where one stored run's time went (by kind of run, and by search), from its log."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("which", choices=["analysis", "large", "candidates", "breakdown"])
        parser.add_argument("--sizes", default="1000,10000,40000", help="analysis: failing tests per report")
        parser.add_argument("--scenario", action="append", default=[], help="large: only these scenarios")
        parser.add_argument(
            "--compare-warm",
            action="store_true",
            help="large: heal each scenario with fresh and with warm pytest processes (HEALER_SANDBOX_WARM_PYTEST)",
        )
        parser.add_argument(
            "--project", action="append", default=[], help="candidates: only these development projects"
        )
        parser.add_argument("--min-tests", type=int, default=400, help="candidates: projects this large")
        parser.add_argument("--repeat", type=int, default=3, help="candidates: repeats per measure (median)")
        parser.add_argument("--run", type=int, action="append", default=[], help="breakdown: these runs' ids")

    def handle(self, *args, **options) -> None:
        if options["which"] == "analysis":
            self._analysis(options["sizes"])
        elif options["which"] == "breakdown":
            self._breakdown(options["run"])
        elif options["which"] == "candidates":
            self._candidates(options["project"], min_tests=options["min_tests"], repeat=options["repeat"])
        else:
            self._large(options["scenario"], compare=options["compare_warm"])

    def _breakdown(self, ids: list[int]) -> None:
        from healer.engine.benchmarks.breakdown import breakdown_read, report_lines
        from runs.models import Run, RunLogChunk

        if not ids:
            raise CommandError("breakdown needs --run ID (one or more)")
        for run in Run.objects.filter(id__in=ids).order_by("id"):
            text = "".join(RunLogChunk.objects.filter(run=run).order_by("id").values_list("text", flat=True))
            wall = None
            if run.started_at and run.finished_at:
                wall = (run.finished_at - run.started_at).total_seconds()
            self.stdout.write(f"== run {run.id} ({run.status}, {wall or 0:.0f}s)")
            self.stdout.write("\n".join(report_lines(breakdown_read(text), wall=wall)))

    def _analysis(self, sizes: str) -> None:
        from healer.engine.benchmarks.analysis import main

        try:
            parsed = tuple(int(size) for size in sizes.split(","))
        except ValueError as exc:
            raise CommandError("--sizes takes comma-separated numbers") from exc
        if not parsed or min(parsed) < 1:
            raise CommandError("--sizes takes positive numbers")
        main(parsed)

    def _large(self, names: list[str], *, compare: bool = False) -> None:
        from healer.engine.benchmarks.large_project import (
            SCENARIOS,
            compare_lines,
            report_lines,
            run,
            run_compared,
        )
        from sandbox.sessions import sandbox_open

        known = {scenario.name: scenario for scenario in SCENARIOS}
        unknown = [name for name in names if name not in known]
        if unknown:
            raise CommandError(f"unknown scenario(s) {', '.join(unknown)}; known: {', '.join(known)}")
        chosen = tuple(known[name] for name in names) or SCENARIOS

        def open_sandbox(workspace, name):
            return sandbox_open(run_id=f"enginebench-{name}", workspace=workspace)

        def open_for(mode):
            @contextlib.contextmanager
            def open_mode(workspace, name):
                with (
                    override_settings(
                        HEALER_SANDBOX_WARM_PYTEST=mode == "warm", HEALER_SANDBOX_WARM_TARGETED=mode == "warm"
                    ),
                    sandbox_open(run_id=f"enginebench-{name}-{mode}", workspace=workspace) as sandbox,
                ):
                    yield sandbox

            return open_mode

        results = []
        for result in run_compared(open_for, chosen) if compare else run(open_sandbox, chosen):
            results.append(result)
            self.stdout.write(report_lines([result])[1])
        for line in report_lines(results):
            self.stdout.write(line)
        if compare:
            for line in compare_lines(results):
                self.stdout.write(line)

    def _candidates(self, names: list[str], *, min_tests: int, repeat: int) -> None:
        from healer.engine.benchmarks.candidate_time import measure_project, report_lines
        from healer.engine.workspace import Workspace
        from runs.benchmarks.realset import BenchError, project_repo, projects_load
        from sandbox.sessions import sandbox_open

        # The development half only: the held-out half is never used to tune the engine.
        projects = [p for p in projects_load("dev") if (p.name in names if names else p.tests >= min_tests)]
        if not projects:
            raise CommandError("no development project matches")

        def open_sandbox(workspace, name):
            return sandbox_open(run_id=f"enginebench-{name}", workspace=workspace)

        for project in projects:
            try:
                repo = project_repo(project)
            except BenchError as exc:
                raise CommandError(str(exc)) from exc
            result = measure_project(
                project=project.label, workspace=Workspace(repo), open_sandbox=open_sandbox, repeat=repeat
            )
            for line in report_lines(result):
                self.stdout.write(line)
