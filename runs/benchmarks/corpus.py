"""healbench: run `heal` over a corpus of broken projects and score it against the answer keys.

A corpus is a directory of cases laid out like ../shared/corpus:

    CASE/repo/       the broken project
    CASE/case.json   {"name": ..., "bugs": [{"file", "line", "type", ...}, ...]}

For each case the repo is copied to a temporary directory, made a Git repository
and healed through the same code path as `manage.py heal` (run_create +
run_execute). Then the original test files are restored over the healed code,
the checks run once more in the sandbox, and the fixes the run reported are
compared with the answer key by (file, line, type).
"""

from __future__ import annotations

import json
import shutil
import statistics
import subprocess
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path

from healer.engine.types import BugType

BENCH_TEAM = "HEALBENCH"
BENCH_LEADER = "Healer"
GIT_ENV = {
    "GIT_AUTHOR_NAME": "healbench",
    "GIT_AUTHOR_EMAIL": "healbench@localhost",
    "GIT_COMMITTER_NAME": "healbench",
    "GIT_COMMITTER_EMAIL": "healbench@localhost",
    "GIT_CONFIG_NOSYSTEM": "1",
    "GIT_CONFIG_GLOBAL": "/dev/null",
}


class BenchError(Exception):
    """Bad corpus input; the message is shown as-is."""


@dataclass(frozen=True)
class BugKey:
    file: str
    line: int
    type: str


@dataclass(frozen=True)
class ReportedFix:
    file: str
    line: int
    type: str
    status: str
    description: str = ""

    @property
    def key(self) -> BugKey:
        return BugKey(self.file, self.line, self.type)


@dataclass(frozen=True)
class Case:
    name: str
    path: Path
    bugs: tuple[BugKey, ...]


@dataclass
class HealResult:
    status: str
    fixes: list[ReportedFix]
    branch: str = ""
    error: str = ""


@dataclass
class VerifyResult:
    ok: bool
    passed: int
    failed: int
    lint_findings: int
    error: str = ""


@dataclass
class CaseResult:
    name: str
    bugs: int
    matched: list[BugKey] = field(default_factory=list)
    missed: list[BugKey] = field(default_factory=list)
    unexpected: list[ReportedFix] = field(default_factory=list)
    fixes: list[ReportedFix] = field(default_factory=list)
    run_status: str = ""
    checks_pass: bool = False
    passed: int = 0
    failed: int = 0
    lint_findings: int = 0
    heal_seconds: float = 0.0
    verify_seconds: float = 0.0
    error: str = ""

    def as_dict(self) -> dict:
        data = asdict(self)
        data["matched_count"] = len(self.matched)
        return data


# -- corpus input ----------------------------------------------------------------------
def case_load(path: Path) -> Case:
    """Read one case directory; raises BenchError with a clear message when it is malformed."""
    key_file = path / "case.json"
    if not (path / "repo").is_dir():
        raise BenchError(f"{path}: no repo/ directory")
    try:
        data = json.loads(key_file.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise BenchError(f"{path}: no case.json") from exc
    except (OSError, ValueError) as exc:
        raise BenchError(f"{key_file}: not valid JSON ({exc})") from exc
    if not isinstance(data, dict) or not isinstance(data.get("bugs"), list):
        raise BenchError(f"{key_file}: expected an object with a 'bugs' list")
    bugs = []
    for index, bug in enumerate(data["bugs"]):
        if not isinstance(bug, dict):
            raise BenchError(f"{key_file}: bug {index} is not an object")
        file, line, kind = bug.get("file"), bug.get("line"), bug.get("type")
        if not isinstance(file, str) or not isinstance(line, int) or isinstance(line, bool) or line < 1:
            raise BenchError(f"{key_file}: bug {index} needs a 'file' string and a positive 'line'")
        if kind not in {t.value for t in BugType}:
            raise BenchError(f"{key_file}: bug {index} has unknown type {kind!r}")
        bugs.append(BugKey(file=file, line=line, type=kind))
    name = data.get("name") if isinstance(data.get("name"), str) else path.name
    return Case(name=name, path=path, bugs=tuple(bugs))


def corpus_load(corpus_dir: Path) -> list[Case]:
    if not corpus_dir.is_dir():
        raise BenchError(f"{corpus_dir} is not a directory")
    cases = [case_load(child) for child in sorted(corpus_dir.iterdir()) if (child / "case.json").is_file()]
    if not cases:
        raise BenchError(f"{corpus_dir} holds no case (a directory with case.json and repo/)")
    return cases


# -- scoring -----------------------------------------------------------------------------
def fixes_match(
    *, bugs: Sequence[BugKey], fixes: Sequence[ReportedFix]
) -> tuple[list[BugKey], list[BugKey], list[ReportedFix]]:
    """(matched bugs, missed bugs, FIXED fixes that match no bug) by exact (file, line, type)."""
    fixed = [fix for fix in fixes if fix.status == "FIXED"]
    fixed_keys = {fix.key for fix in fixed}
    matched = [bug for bug in bugs if bug in fixed_keys]
    missed = [bug for bug in bugs if bug not in fixed_keys]
    bug_keys = set(bugs)
    unexpected = [fix for fix in fixed if fix.key not in bug_keys]
    return matched, missed, unexpected


def bench_summary(results: Sequence[CaseResult]) -> dict:
    total_bugs = sum(r.bugs for r in results)
    matched = sum(len(r.matched) for r in results)
    times = [r.heal_seconds for r in results]
    return {
        "cases": len(results),
        "cases_passing": sum(1 for r in results if r.checks_pass),
        "bugs": total_bugs,
        "bugs_matched": matched,
        "match_rate": round(matched / total_bugs, 4) if total_bugs else 0.0,
        "unexpected_fixes": sum(len(r.unexpected) for r in results),
        "median_seconds": round(statistics.median(times), 2) if times else 0.0,
        "total_seconds": round(sum(times), 2),
    }


def bench_format(results: Sequence[CaseResult]) -> list[str]:
    lines = [f"{'case':<24} {'checks':<6} {'tests':>9} {'lint':>4} {'bugs':>6} {'fixes':>5} {'time':>7}"]
    for r in results:
        lines.append(
            f"{r.name:<24} {'PASS' if r.checks_pass else 'FAIL':<6} "
            f"{f'{r.passed}/{r.passed + r.failed}':>9} {r.lint_findings:>4} "
            f"{f'{len(r.matched)}/{r.bugs}':>6} {sum(1 for f in r.fixes if f.status == 'FIXED'):>5} "
            f"{r.heal_seconds:>6.1f}s"
        )
        for bug in r.missed:
            lines.append(f"    missed: {bug.type} {bug.file} line {bug.line}")
        for fix in r.unexpected:
            lines.append(f"    not in the key: {fix.type} {fix.file} line {fix.line} ({fix.description})")
        if r.error:
            lines.append(f"    error: {r.error}")
    total = bench_summary(results)
    lines.append(
        f"TOTAL: checks passing {total['cases_passing']}/{total['cases']} cases, "
        f"bugs matched {total['bugs_matched']}/{total['bugs']} ({100 * total['match_rate']:.1f}%), "
        f"median {total['median_seconds']:.1f}s per case, total {total['total_seconds']:.1f}s"
    )
    return lines


# -- running -------------------------------------------------------------------------------
def git(cwd: Path, *args: str) -> str:
    import os

    proc = subprocess.run(
        ["git", *args], cwd=cwd, env={**os.environ, **GIT_ENV}, capture_output=True, text=True, check=False
    )
    if proc.returncode != 0:
        raise BenchError(f"git {' '.join(args)} failed in {cwd}: {proc.stderr.strip()[:500]}")
    return proc.stdout.strip()


def repo_prepare(case: Case, workdir: Path) -> Path:
    """A committed Git copy of the case's broken repo."""
    repo = workdir / "repo"
    shutil.copytree(case.path / "repo", repo, symlinks=True)
    git(repo, "init", "-q", "-b", "main")
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", "broken project")
    return repo


def tests_restore(*, original: Path, healed: Path, test_files: Sequence[str]) -> None:
    """Put the case's original test files back over the healed tree."""
    for rel in test_files:
        source = original / rel
        target = healed / rel
        if source.is_file() and not source.is_symlink():
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(source, target)


def bench_run_case(
    *,
    case: Case,
    heal: Callable[[Path], HealResult],
    verify: Callable[[Case, Path], VerifyResult],
    echo: Callable[[str], None] = lambda line: None,
) -> CaseResult:
    result = CaseResult(name=case.name, bugs=len(case.bugs))
    with tempfile.TemporaryDirectory(prefix=f"healbench-{case.path.name}-") as tmp:
        repo = repo_prepare(case, Path(tmp))
        started = time.monotonic()
        healed = heal(repo)
        result.heal_seconds = round(time.monotonic() - started, 2)
        result.run_status = healed.status
        result.fixes = healed.fixes
        result.error = healed.error
        result.matched, result.missed, result.unexpected = fixes_match(bugs=case.bugs, fixes=healed.fixes)
        if (
            healed.branch
            and healed.branch in git(repo, "branch", "--list", "--format=%(refname:short)").split()
        ):
            git(repo, "checkout", "-q", healed.branch)
        started = time.monotonic()
        checked = verify(case, repo)
        result.verify_seconds = round(time.monotonic() - started, 2)
        result.checks_pass = checked.ok
        result.passed, result.failed, result.lint_findings = (
            checked.passed,
            checked.failed,
            checked.lint_findings,
        )
        if checked.error:
            result.error = f"{result.error}; {checked.error}" if result.error else checked.error
    echo(bench_format([result])[1])
    return result


def bench_run(*, corpus_dir: Path, echo: Callable[[str], None] = print) -> list[CaseResult]:
    """Run every case through the real heal path (Django, sandbox). Returns per-case results."""
    cases = corpus_load(corpus_dir)
    return [
        bench_run_case(case=case, heal=heal_with_runs, verify=verify_in_sandbox, echo=echo) for case in cases
    ]


def heal_with_runs(repo: Path) -> HealResult:
    """The `heal` command's code path: run_create + run_execute, pushing to the local repo."""
    from django.test import override_settings

    from runs.services import run_create, run_execute

    with override_settings(HEALER_PUSH=True):
        run = run_create(
            repo_url=str(repo),
            team_name=BENCH_TEAM,
            leader_name=BENCH_LEADER,
            allow_local=True,
            enqueue=False,
        )
        run = run_execute(run_id=run.pk)
    fixes = [
        ReportedFix(file=f.file, line=f.line, type=f.bug_type, status=f.status, description=f.description)
        for f in run.fixes.order_by("id")
    ]
    return HealResult(status=str(run.status), fixes=fixes, branch=run.branch, error=run.error_message)


def verify_in_sandbox(case: Case, healed: Path) -> VerifyResult:
    """Restore the original tests, then run the discovered checks once in the sandbox."""
    from django.conf import settings

    from healer.engine.discovery import discover
    from healer.engine.repair import Engine, EngineConfig
    from healer.engine.types import EngineError
    from healer.engine.workspace import Workspace
    from sandbox.sessions import sandbox_open

    original = Workspace(case.path / "repo")
    try:
        test_files = sorted(discover(original).test_files)
    except EngineError as exc:
        return VerifyResult(ok=False, passed=0, failed=0, lint_findings=0, error=str(exc))
    tests_restore(original=case.path / "repo", healed=healed, test_files=test_files)
    workspace = Workspace(healed)
    try:
        with sandbox_open(run_id=f"healbench-{case.path.name}", workspace=workspace) as sandbox:
            engine = Engine(
                workspace=workspace,
                sandbox=sandbox,
                config=EngineConfig(
                    test_timeout=settings.HEALER_SANDBOX_TEST_TIMEOUT,
                    command_timeout=settings.HEALER_SANDBOX_TIMEOUT,
                    coverage=False,
                ),
            )
            engine.discover()
            report = engine.check()
    except EngineError as exc:
        return VerifyResult(ok=False, passed=0, failed=0, lint_findings=0, error=str(exc))
    return VerifyResult(
        ok=report.ok, passed=report.passed, failed=report.failed, lint_findings=report.lint_findings
    )
