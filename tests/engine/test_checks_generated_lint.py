"""The lint run leaves out findings in the version module Healer writes into the sandbox's copy."""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from healer.engine.checks import Runner
from healer.engine.discovery import CheckPlan
from healer.engine.types import ExecResult

REPO = "/work/repo"


def _finding(filename: str, code: str) -> dict:
    return {
        "code": code,
        "message": "Single quotes found but double quotes preferred",
        "filename": f"{REPO}/{filename}",
        "location": {"row": 2, "column": 1},
        "end_location": {"row": 2, "column": 9},
        "fix": None,
    }


@dataclass
class FakeSandbox:
    report: list[dict]
    repo_dir: str = REPO
    commands: list[list[str]] = field(default_factory=list)

    def exec(self, argv, **kwargs) -> ExecResult:
        self.commands.append(list(argv))
        return ExecResult(exit_code=1, output="", duration=0.1)

    def read_file(self, path, *, limit=None) -> bytes:
        return json.dumps(self.report).encode()


def _plan(generated: tuple[tuple[str, str], ...]) -> CheckPlan:
    return CheckPlan(
        test_modules=(), test_files=frozenset(), source_files=("src/pkg/core.py",), generated=generated
    )


REPORT = [_finding("src/pkg/_version.py", "Q000"), _finding("src/pkg/core.py", "Q000")]


def test_it_leaves_out_findings_in_the_version_module_healer_wrote():
    runner = Runner(
        sandbox=FakeSandbox(REPORT), plan=_plan((("src/pkg/_version.py", "__version__ = '1'\n"),))
    )
    run = runner.run_lint()
    assert [(f.file, f.code) for f in run.findings] == [("src/pkg/core.py", "Q000")]
    assert not run.error


def test_it_keeps_every_finding_when_healer_wrote_nothing():
    runner = Runner(sandbox=FakeSandbox(REPORT), plan=_plan(()))
    run = runner.run_lint()
    assert [f.file for f in run.findings] == ["src/pkg/_version.py", "src/pkg/core.py"]
