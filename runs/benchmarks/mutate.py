"""`healbench --mutate PATH`: how well does Healer heal bugs injected into a passing project?

1. The project's committed HEAD is cloned (hardened git, no hooks) into a temporary directory.
2. Its checks run once in the sandbox: they must pass. A second test run records coverage.
3. cosmic-ray's operators enumerate mutation positions on executed lines (`mutants`); a seeded,
   operator-based order picks candidates, and each is applied in the sandbox and the project's
   own tests run: only mutants the tests kill are kept. The bug type of a mutant is the type of
   the failure those tests show.
4. Each killed mutant alone, and groups of K of them, are healed exactly as `manage.py heal`
   does it (run_create + run_execute on a temporary Git copy, local repositories allowed).
5. Everything except the project's source modules (tests, configuration, data) is put back as it
   was, and the checks run once more: "healed" means they pass with the original tests.

The project's code only ever runs inside the sandbox; the host parses and compiles it, no more.
"""

from __future__ import annotations

import math
import os
import shutil
import statistics
import subprocess
import tempfile
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from runs.benchmarks.corpus import BENCH_LEADER, BENCH_TEAM, BenchError, ReportedFix, VerifyResult, git
from runs.benchmarks.mutants import (
    Mutant,
    covering_tests,
    edits_apply,
    groups_form,
    killed_select,
    line_after,
    pytest_verdict,
    specs_enumerate,
    specs_imported,
    specs_order,
)

if TYPE_CHECKING:
    from healer.engine.languages.base import Plan

DEFAULT_MUTANTS = 10
DEFAULT_GROUP = 3
# Mutants tried at most per killed mutant wanted (plus a floor): a large suite whose tests check
# few of the positions (declarative modules, tables) needs many tries before enough are killed.
SELECTION_TRIES_PER_MUTANT = 6
SELECTION_TRIES_FLOOR = 20
ATTEMPT_LOG_LINES = 600  # the engine's last log lines kept in the JSON per attempt
SOURCE_LIMIT = 1024 * 1024  # bytes; larger modules are generated data, not code to mutate


# -- the engine's log → candidates validated -------------------------------------------------------
def candidates_validated(lines: Iterable[str]) -> tuple[int, int]:
    """(validated, offered) candidates, counted from the engine's log lines (run_execute's echo).

    One candidate validated = one "  rejected '...'" line or one "Fixed: ..." line; offered is the
    sum of N over "Trying N candidate(s) ..." lines. Kept in one place: when the engine's wording
    changes, only this function does.
    """
    validated = offered = 0
    for line in lines:
        if line.startswith("  rejected ") or line.startswith("Fixed: "):
            validated += 1
        elif line.startswith("Trying "):
            count = line.split(" ", 2)[1]
            offered += int(count) if count.isdigit() else 0
    return validated, offered


# -- results -------------------------------------------------------------------------------------
@dataclass
class HealRun:
    status: str
    fixes: list[ReportedFix]
    branch: str = ""
    error: str = ""
    log: list[str] = field(default_factory=list)


@dataclass
class Attempt:
    """One healing run: a single mutant, or a group of mutants injected together."""

    kind: str  # "single" or "group"
    mutants: list[dict]  # Mutant.as_dict() plus "line" in this attempt's files and "located"
    healed: bool = False
    run_status: str = ""
    seconds: float = 0.0
    verify_seconds: float = 0.0
    candidates: int = 0
    candidates_offered: int = 0
    fixes: list[dict] = field(default_factory=list)
    passed: int = 0
    failed: int = 0
    error: str = ""
    # The engine's log lines (the tail of a long run): why a group was not healed is read there.
    log: list[str] = field(default_factory=list)

    @property
    def size(self) -> int:
        return len(self.mutants)

    @property
    def located(self) -> int:
        return sum(1 for m in self.mutants if m["located"])


@dataclass
class MutateReport:
    project: str
    seed: int
    mutants_wanted: int
    group_size: int
    groups_wanted: int
    tests_passed: int = 0
    suite_seconds: float = 0.0
    positions: int = 0
    selection: dict = field(default_factory=dict)
    singles: list[Attempt] = field(default_factory=list)
    groups: list[Attempt] = field(default_factory=list)

    def as_dict(self) -> dict:
        data = asdict(self)
        data["summary"] = attempts_summary(singles=self.singles, groups=self.groups)
        return data


# -- figures -------------------------------------------------------------------------------------
def _rate(part: int, whole: int) -> float:
    return round(part / whole, 4) if whole else 0.0


def _p90(values: Sequence[float]) -> float:
    """Nearest-rank 90th percentile."""
    ordered = sorted(values)
    return ordered[max(0, math.ceil(0.9 * len(ordered)) - 1)] if ordered else 0.0


def _median(values: Sequence[float]) -> float:
    return round(statistics.median(values), 2) if values else 0.0


def _breakdown(attempts: Sequence[Attempt], key: str) -> dict[str, dict]:
    table: dict[str, dict] = {}
    for attempt in attempts:
        name = attempt.mutants[0][key] or "?"
        row = table.setdefault(name, {"bugs": 0, "healed": 0, "located": 0})
        row["bugs"] += 1
        row["healed"] += int(attempt.healed)
        row["located"] += attempt.located
    for row in table.values():
        row["rate"] = _rate(row["healed"], row["bugs"])
    return dict(sorted(table.items()))


def attempts_summary(*, singles: Sequence[Attempt], groups: Sequence[Attempt]) -> dict:
    """The figures of a set of attempts (one project or many)."""
    healed = [a for a in singles if a.healed]
    group_bugs = sum(g.size for g in groups)
    return {
        "singles": len(singles),
        "singles_healed": len(healed),
        "singles_rate": _rate(len(healed), len(singles)),
        "singles_located": sum(a.located for a in singles),
        "groups": len(groups),
        "groups_healed": sum(1 for g in groups if g.healed),
        "groups_rate": _rate(sum(1 for g in groups if g.healed), len(groups)),
        "group_bugs": group_bugs,
        "group_bugs_located": sum(g.located for g in groups),
        "by_type": _breakdown(singles, "bug_type"),
        "by_operator": _breakdown(singles, "family"),
        "seconds_per_bug_median": _median([a.seconds for a in singles]),
        "seconds_per_bug_p90": round(_p90([a.seconds for a in singles]), 2),
        "seconds_per_healed_bug_median": _median([a.seconds for a in healed]),
        "group_seconds_per_bug_median": _median([g.seconds / g.size for g in groups if g.size]),
        "candidates_per_bug_median": _median([a.candidates for a in singles]),
        "candidates_per_bug_mean": round(statistics.fmean([a.candidates for a in singles]), 2)
        if singles
        else 0.0,
        "candidates_per_group_bug_median": _median([g.candidates / g.size for g in groups if g.size]),
    }


def _attempt_line(attempt: Attempt) -> str:
    places = ", ".join(
        f"{m['bug_type']} {m['family']} {m['file']}:{m['line']}{' (located)' if m['located'] else ''}"
        for m in attempt.mutants
    )
    verdict = "HEALED" if attempt.healed else "not healed"
    line = (
        f"  {attempt.kind:<6} {verdict:<10} {attempt.seconds:>6.1f}s {attempt.candidates:>3} candidate(s)  "
        f"{places}"
    )
    return line + (f"  [{attempt.error[:160]}]" if attempt.error else "")


def summary_format(summary: dict, *, label: str = "TOTAL") -> list[str]:
    s = summary
    lines = [
        f"{label}: single mutants healed {s['singles_healed']}/{s['singles']} "
        f"({100 * s['singles_rate']:.1f}%), located exactly {s['singles_located']}/{s['singles']}; "
        f"groups fully healed {s['groups_healed']}/{s['groups']} ({100 * s['groups_rate']:.1f}%), "
        f"bugs located {s['group_bugs_located']}/{s['group_bugs']}",
        f"  time per bug: median {s['seconds_per_bug_median']:.1f}s, p90 {s['seconds_per_bug_p90']:.1f}s, "
        f"median per healed bug {s['seconds_per_healed_bug_median']:.1f}s, "
        f"in groups {s['group_seconds_per_bug_median']:.1f}s; candidates validated per bug: "
        f"median {s['candidates_per_bug_median']:g}, mean {s['candidates_per_bug_mean']:g}",
    ]
    for title, key in (("by bug type", "by_type"), ("by operator", "by_operator")):
        parts = [f"{name} {row['healed']}/{row['bugs']}" for name, row in s[key].items()]
        lines.append(f"  {title}: " + (", ".join(parts) if parts else "-"))
    return lines


def report_format(report: MutateReport) -> list[str]:
    sel = report.selection
    lines = [
        f"{report.project}: {report.tests_passed} tests pass in {report.suite_seconds:.1f}s; "
        f"{report.positions} mutation positions on executed lines; tried {sel.get('tried', 0)}: "
        f"killed {sel.get('killed', 0)}, survived {sel.get('survived', 0)}, "
        f"timed out {sel.get('timeout', 0)} (seed {report.seed})"
    ]
    lines += [_attempt_line(a) for a in report.singles + report.groups]
    lines += summary_format(attempts_summary(singles=report.singles, groups=report.groups))
    return lines


# -- input ---------------------------------------------------------------------------------------
GIT_HARDENING = {
    "core.hooksPath": "/dev/null",
    "core.fsmonitor": "false",
    "protocol.allow": "never",
    "protocol.file.allow": "always",
}


def project_clone(path: Path, dest: Path) -> Path:
    """The committed HEAD of the local repository at `path`, as plain files in `dest` (no .git)."""
    from runs.gitops import SourceError, repo_source_parse

    try:
        source = repo_source_parse(str(path), allow_local=True)
    except SourceError as exc:
        raise BenchError(str(exc)) from exc
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": os.environ.get("HOME", "/tmp"),
        "GIT_TERMINAL_PROMPT": "0",
        "GIT_CONFIG_NOSYSTEM": "1",
        "GIT_CONFIG_GLOBAL": "/dev/null",
        "GIT_CONFIG_COUNT": str(len(GIT_HARDENING)),
    }
    for index, (key, value) in enumerate(GIT_HARDENING.items()):
        env[f"GIT_CONFIG_KEY_{index}"] = key
        env[f"GIT_CONFIG_VALUE_{index}"] = value
    proc = subprocess.run(
        ["git", "clone", "--quiet", "--no-hardlinks", "--", source.url, str(dest)],
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    if proc.returncode != 0:
        raise BenchError(f"{path}: git clone failed: {proc.stderr.strip()[:300]}")
    shutil.rmtree(dest / ".git")
    return dest


def source_modules(root: Path, *, plan: Plan) -> dict[str, str]:
    """The project's own Python modules, by relative path → text.

    Test code is what the engine's discovery says it is (`plan.test_files`: pytest's
    python_files and testpaths, conftest.py, test directories, and the unittest modules the
    engine names on pytest's command line, such as `pkg/test.py`), never a second rule of our
    own: a mutant in a module the engine rightly refuses to edit would measure nothing.
    """
    sources: dict[str, str] = {}
    for rel in sorted(plan.source_files):
        path = root / rel
        if not rel.endswith(".py") or rel in plan.test_files:
            continue
        if path.is_symlink() or not path.is_file():
            continue
        if any(part.startswith(".") for part in rel.split("/")):
            continue
        data = path.read_bytes()
        if len(data) > SOURCE_LIMIT:
            continue
        try:
            sources[rel] = data.decode("utf-8")
        except UnicodeDecodeError:
            continue
    return sources


# -- the sandbox side: baseline, coverage, killing ------------------------------------------------
@dataclass
class Selection:
    sources: dict[str, str]
    killed: list[Mutant]
    counts: dict
    positions: int
    tests_passed: int
    suite_seconds: float


def _engine_for(*, workspace, sandbox):
    from django.conf import settings

    from healer.engine.repair import Engine, EngineConfig

    return Engine(
        workspace=workspace,
        sandbox=sandbox,
        config=EngineConfig(
            test_timeout=settings.HEALER_SANDBOX_TEST_TIMEOUT,
            command_timeout=settings.HEALER_SANDBOX_TIMEOUT,
            coverage=False,
        ),
    )


def _baseline(engine):
    """Discover and run the project's checks; BenchError unless they all pass."""
    from healer.engine.types import NoChecksFound

    try:
        plan = engine.discover()
    except NoChecksFound as exc:
        raise BenchError(f"the project has no tests: {exc}") from exc
    report = engine.check()
    if not report.ok:
        shown = "; ".join(f"{f.bug_type} {f.file}:{f.line} {f.message[:80]}" for f in report.failures[:3])
        raise BenchError(
            f"the project's checks already fail ({report.passed} passed, {report.failed} failed, "
            f"{report.lint_findings} lint finding(s)): {shown or 'see the sandbox output'}"
        )
    return plan, report


def project_checks(*, base: Path) -> tuple[int, float]:
    """(tests passed, seconds) when the project's checks pass in the sandbox; BenchError otherwise."""
    from healer.engine.types import EngineError
    from healer.engine.workspace import Workspace
    from sandbox.sessions import sandbox_open

    workspace = Workspace(base)
    try:
        with sandbox_open(run_id="healbench-check", workspace=workspace) as sandbox:
            _plan, report = _baseline(_engine_for(workspace=workspace, sandbox=sandbox))
    except EngineError as exc:
        raise BenchError(str(exc)) from exc
    return report.passed, round(report.duration, 2)


def selection_budget(wanted: int) -> int:
    """How many mutants are tried before the selection gives up."""
    return SELECTION_TRIES_PER_MUTANT * wanted + SELECTION_TRIES_FLOOR


def mutants_select(
    *,
    base: Path,
    wanted: int,
    seed: int,
    echo: Callable[[str], None],
    group: int = DEFAULT_GROUP,
    groups: int = 0,
) -> Selection:
    """Check the project, then keep the first `wanted` killed mutants of the seeded order.

    With `groups`, selection goes on until `groups` groups of `group` mutants apart from each
    other can be formed (or the budget is spent).
    """
    from django.conf import settings

    from healer.engine.checks import Runner
    from healer.engine.types import EngineError
    from healer.engine.workspace import Workspace
    from sandbox.sessions import sandbox_open

    workspace = Workspace(base)
    try:
        with sandbox_open(run_id=f"healbench-mutate-{seed}", workspace=workspace) as sandbox:
            engine = _engine_for(workspace=workspace, sandbox=sandbox)
            plan, report = _baseline(engine)
            sources = source_modules(base, plan=plan)
            if not sources:
                raise BenchError("the project has no source module to mutate (only tests)")
            covered_run = engine.runner.run_tests(coverage=True)
            covered: dict[str, set[int]] | None = None
            imported: dict[str, set[int]] = {}
            by_test: dict[str, dict[str, list[int]]] = {}
            by_import: dict[str, dict[str, list[int]]] = {}
            if covered_run.coverage and not covered_run.error:
                covered = {}
                for test in covered_run.tests.values():
                    by_test[test.nodeid] = test.covered
                    for file, lines in test.covered.items():
                        covered.setdefault(file, set()).update(lines)
                by_import = covered_run.module_covered
                for files in by_import.values():
                    for file, lines in files.items():
                        imported.setdefault(file, set()).update(lines)
            slowest = max((t.duration for t in covered_run.tests.values()), default=1.0)
            # A mutant that loops forever must not cost the full per-command limit.
            runner = Runner(
                sandbox=sandbox,
                plan=plan,
                test_timeout=min(float(settings.HEALER_SANDBOX_TEST_TIMEOUT), max(10.0, 5 * slowest + 5)),
                command_timeout=min(
                    float(settings.HEALER_SANDBOX_TIMEOUT), max(60.0, 5 * report.duration + 30)
                ),
                drop_addopts=engine.runner.drop_addopts,
            )
            specs = specs_enumerate(sources=sources, covered=covered)
            extra = specs_imported(sources=sources, covered=covered, imported=imported) if covered else []
            echo(
                f"{report.passed} tests pass ({report.duration:.1f}s); {len(specs)} mutation positions "
                f"on executed lines of {len(sources)} module(s), {len(extra)} more at import time "
                "of modules no test runs a line of"
            )

            def judge(mutant: Mutant):
                changed = edits_apply(sources, [mutant.edit])
                chosen = covering_tests(mutant.spec, by_test=by_test, by_import=by_import)
                sandbox.put_files({f: t.encode("utf-8") for f, t in changed.items()})
                try:
                    run = runner.run_tests(node_ids=chosen, coverage=False)
                finally:
                    sandbox.put_files({f: sources[f].encode("utf-8") for f in changed})
                verdict = pytest_verdict(run)
                state = "killed" if verdict.killed else "timed out" if verdict.timed_out else "survived"
                scope = f" ({len(chosen)} covering test(s))" if chosen else ""
                echo(f"  mutant {mutant.id}{scope}: {state} {verdict.bug_type} {verdict.exception}".rstrip())
                return verdict

            def enough(killed: Sequence[Mutant]) -> bool:
                return len(groups_form(killed, size=group, count=groups)) >= groups

            killed, counts = killed_select(
                order=specs_order(specs, seed=seed) + specs_order(extra, seed=seed),
                sources=sources,
                judge=judge,
                wanted=wanted,
                budget=selection_budget(wanted),
                enough=enough if groups else None,
            )
    except EngineError as exc:
        raise BenchError(str(exc)) from exc
    echo(
        f"selection: tried {counts['tried']}, killed {counts['killed']}, survived {counts['survived']}, "
        f"timed out {counts['timeout']}, not compiling {counts['incompetent']}"
    )
    if not killed:
        raise BenchError(
            f"no mutant is killed by the project's tests ({counts['tried']} tried, "
            f"{counts['survived']} survived, {counts['timeout']} timed out)"
        )
    return Selection(
        sources=sources,
        killed=killed,
        counts=counts,
        positions=len(specs) + len(extra),
        tests_passed=report.passed,
        suite_seconds=round(report.duration, 2),
    )


# -- healing -------------------------------------------------------------------------------------
def heal_logged(repo: Path) -> HealRun:
    """The `heal` command's code path (run_create + run_execute), keeping the engine's log lines."""
    from django.test import override_settings

    from runs.services import run_create, run_execute

    lines: list[str] = []
    with override_settings(HEALER_PUSH=True):
        run = run_create(
            repo_url=str(repo),
            team_name=BENCH_TEAM,
            leader_name=BENCH_LEADER,
            allow_local=True,
            enqueue=False,
        )
        run = run_execute(run_id=run.pk, echo=lines.append)
    fixes = [
        ReportedFix(file=f.file, line=f.line, type=f.bug_type, status=f.status, description=f.description)
        for f in run.fixes.order_by("id")
    ]
    return HealRun(status=str(run.status), fixes=fixes, branch=run.branch, error=run.error_message, log=lines)


def originals_restore(*, original: Path, healed: Path, sources: Iterable[str]) -> None:
    """Put back every file of the original project except its source modules (tests, config, data)."""
    keep = set(sources)
    for path in original.rglob("*"):
        rel = path.relative_to(original).as_posix()
        if rel in keep or path.is_symlink() or not path.is_file():
            continue
        target = healed / rel
        if target.is_dir() and not target.is_symlink():
            shutil.rmtree(target)
        elif target.is_symlink():
            target.unlink()
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(path, target)


def verify_original_tests(*, original: Path, healed: Path, sources: Iterable[str]) -> VerifyResult:
    """Restore the original tests and configuration, then run the checks once in the sandbox."""
    from healer.engine.types import EngineError
    from healer.engine.workspace import Workspace
    from sandbox.sessions import sandbox_open

    originals_restore(original=original, healed=healed, sources=sources)
    workspace = Workspace(healed)
    try:
        with sandbox_open(run_id="healbench-mutate-verify", workspace=workspace) as sandbox:
            engine = _engine_for(workspace=workspace, sandbox=sandbox)
            engine.discover()
            report = engine.check()
    except EngineError as exc:
        return VerifyResult(ok=False, passed=0, failed=0, lint_findings=0, error=str(exc))
    return VerifyResult(
        ok=report.ok, passed=report.passed, failed=report.failed, lint_findings=report.lint_findings
    )


Heal = Callable[[Path], HealRun]
Verify = Callable[..., VerifyResult]


def attempt_run(
    *,
    kind: str,
    members: Sequence[Mutant],
    base: Path,
    sources: dict[str, str],
    workdir: Path,
    heal: Heal = heal_logged,
    verify: Verify = verify_original_tests,
) -> Attempt:
    """Inject `members` into a Git copy of `base`, heal it, and judge it with the original tests."""
    edits = [m.edit for m in members]
    repo = workdir / "repo"
    shutil.copytree(base, repo, symlinks=True)
    for file, text in edits_apply(sources, edits).items():
        (repo / file).write_bytes(text.encode("utf-8"))
    git(repo, "init", "-q", "-b", "main")
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", "project with injected bugs")

    started = time.monotonic()
    healed = heal(repo)
    seconds = round(time.monotonic() - started, 2)
    fixed = {(f.file, f.line, f.type) for f in healed.fixes if f.status == "FIXED"}
    described = []
    for member in members:
        others = [m.edit for m in members if m is not member]
        line = line_after(member.spec.line, member.spec.file, others)
        data = member.as_dict()
        data["line"] = line
        data["located"] = (member.spec.file, line, member.bug_type) in fixed
        described.append(data)
    validated, offered = candidates_validated(healed.log)
    attempt = Attempt(
        kind=kind,
        mutants=described,
        run_status=healed.status,
        seconds=seconds,
        candidates=validated,
        candidates_offered=offered,
        fixes=[asdict(f) for f in healed.fixes],
        error=healed.error,
        log=healed.log[-ATTEMPT_LOG_LINES:],
    )
    if healed.branch and healed.branch in git(repo, "branch", "--list", "--format=%(refname:short)").split():
        git(repo, "checkout", "-q", healed.branch)
    started = time.monotonic()
    checked = verify(original=base, healed=repo, sources=sources)
    attempt.verify_seconds = round(time.monotonic() - started, 2)
    attempt.healed = checked.ok
    attempt.passed, attempt.failed = checked.passed, checked.failed
    if checked.error:
        attempt.error = f"{attempt.error}; {checked.error}" if attempt.error else checked.error
    return attempt


# -- the whole benchmark -----------------------------------------------------------------------------
def options_check(*, mutants: int, group: int, groups: int | None) -> int:
    """Validate the counts; returns the number of groups."""
    if mutants < 1:
        raise BenchError("--mutants must be at least 1")
    if group < 2:
        raise BenchError("--group must be at least 2 (bugs healed together)")
    count = math.ceil(mutants / group) if groups is None else groups
    if count < 0:
        raise BenchError("--groups must not be negative")
    return count


def mutate_bench(
    *,
    path: Path,
    mutants: int = DEFAULT_MUTANTS,
    group: int = DEFAULT_GROUP,
    groups: int | None = None,
    seed: int = 0,
    echo: Callable[[str], None] = print,
    heal: Heal = heal_logged,
    verify: Verify = verify_original_tests,
) -> MutateReport:
    """Inject killed mutants into the project at `path`, heal them one and `group` at a time."""
    group_count = options_check(mutants=mutants, group=group, groups=groups)
    path = Path(path)
    report = MutateReport(
        project=path.resolve().name,
        seed=seed,
        mutants_wanted=mutants,
        group_size=group,
        groups_wanted=group_count,
    )
    with tempfile.TemporaryDirectory(prefix="healbench-mutate-") as tmp:
        base = project_clone(path, Path(tmp) / "base")
        selection = mutants_select(
            base=base,
            wanted=max(mutants, group_count * group),
            seed=seed,
            echo=echo,
            group=group,
            groups=group_count,
        )
        report.selection = selection.counts
        report.positions = selection.positions
        report.tests_passed = selection.tests_passed
        report.suite_seconds = selection.suite_seconds
        sources = selection.sources
        plans = [("single", [m]) for m in selection.killed[:mutants]]
        plans += [("group", g) for g in groups_form(selection.killed, size=group, count=group_count)]
        for index, (kind, members) in enumerate(plans):
            workdir = Path(tmp) / f"attempt-{index}"
            workdir.mkdir()
            attempt = attempt_run(
                kind=kind,
                members=members,
                base=base,
                sources=sources,
                workdir=workdir,
                heal=heal,
                verify=verify,
            )
            (report.singles if kind == "single" else report.groups).append(attempt)
            echo(_attempt_line(attempt))
            shutil.rmtree(workdir, ignore_errors=True)
    return report
