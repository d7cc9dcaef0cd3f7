"""Offline measure: is each dev TYPE_ERROR key's fix among the TypeError fixer's candidates, and at what rank?

For every TYPE_ERROR bug of `runs/benchmarks/realcases_dev.toml` (dev only; never the held-out
files), the released project is written with only that bug applied, its tests are run LOCALLY
(no sandbox, no healing) with Healer's pytest plugin, the report goes through the engine's own
parsing and classification (`parse_pytest_report`, `raised_failures`), and `TypeErrorFixer`
proposes its candidates for every TYPE_ERROR failure found. A key is "in space" when a candidate
restores the key's `old` line (the released file, compared as an AST so a formatter's spacing,
`value[len(n) :]` vs `value[len(n):]`, does not count); its rank is the candidate's
position (1 = tried first) in the failure's list.

Run from the worktree (needs the dev projects in the bench cache, as `healbench --realcases`):

    HEALER_DEBUG=1 .venv/bin/python manage.py shell -c \
        "import runpy; runpy.run_path('tests/engine/type_space.py', run_name='__main__')"

Optional environment: TYPE_SPACE_CASES=r88,r89 or r169-r178 (case prefixes, or inclusive ranges), TYPE_SPACE_JSON=/tmp/out.json,
TYPE_SPACE_BEFORE=1 (also the rank without fixers/type_origins.py, as "before", on the same failures),
TYPE_SPACE_VERBOSE=1 (the first candidates of each failure, to read why a key is missed),
TYPE_SPACE_FALLBACK=1 (also each key's rank among the regular GenericFixer's candidates, "generic", and
among the fallback fixer's alone, "fallback" (fixers/type_fallback.py, asked only when every regular
candidate failed), on the same failures; the summary gives regular -> regular+fallback per range;
and "fallback_before", the fallback without the message's demanded types, fixers/type_demand.py),
TYPE_SPACE_WORKDIR=/tmp/ts (keep each key's broken repository and its parsed failures there, and reuse
them on the next run: the local test runs dominate the measure's time, and they do not depend on the fixers;
with TYPE_SPACE_CACHED_ONLY=1 only the keys already kept there are measured),
TYPE_SPACE_PROVENANCE=1 (also "prov", the key's rank among fixers/type_provenance.py's edits alone,
and "merged" / "merged_before", its rank among the regular TypeError tiers' candidates merged by priority as
the repair loop merges them (TypeErrorFixer, TypeDemandFixer, and TypeProvenanceFixer for "merged" only; the
GenericFixer's LOGIC operators are left out of both), so a key the new edits push down shows),
TYPE_SPACE_PYTHONPATH=/tmp/deps (a directory of the projects' dependencies, `pip install --target`,
appended to the tests' path; the shared venv is left alone).
A bug whose tests do not fail with a TypeError locally (a dependency the local venv lacks) is
reported as "no-failure"; the measure does not install anything.
"""

from __future__ import annotations

import ast
import contextlib
import json
import os
import pickle
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

from healer.engine.analysis.collect import FailureSet
from healer.engine.analysis.raised import raised_failures
from healer.engine.checks import parse_pytest_report
from healer.engine.fixers.base import RepairContext
from healer.engine.fixers.type_errors import TypeErrorFixer
from healer.engine.localise import Spectrum
from healer.engine.types import BugType, CheckReport, ExecResult
from healer.engine.workspace import Workspace

SUPPORT = Path(__file__).resolve().parents[2] / "healer" / "engine" / "support"


def _is_test(path: str) -> bool:
    name = path.rsplit("/", 1)[-1]
    return (
        path.startswith(("tests/", "test/"))
        or "/tests/" in path
        or name.startswith("test_")
        or name == "conftest.py"
    )


def _failures(repo: Path, sources: tuple[str, ...]) -> list:
    report = repo / ".type-space-report.json"
    extra = [p for p in os.environ.get("TYPE_SPACE_PYTHONPATH", "").split(os.pathsep) if p]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(SUPPORT), str(repo), str(repo / "src"), *extra])}
    argv = [sys.executable, "-m", "pytest", "-p", "healer_pytest_report", f"--healer-report={report}"]
    argv += ["-p", "no:cacheprovider", "-q", "--maxfail=20", "-o", "addopts=", f"--rootdir={repo}"]
    try:
        done = subprocess.run(argv, cwd=repo, env=env, capture_output=True, text=True, timeout=300)
        if done.returncode == 5:
            # nothing collected: a test module outside pytest's default names (`tests/test.py`), which the
            # engine's discovery still runs; name the test files, as the sandbox's check does
            named = sorted(
                str(p.relative_to(repo))
                for p in repo.rglob("*.py")
                if _is_test(str(p.relative_to(repo))) and p.name != "conftest.py"
            )
            if named:
                done = subprocess.run(
                    [*argv, *named], cwd=repo, env=env, capture_output=True, text=True, timeout=300
                )
    except subprocess.TimeoutExpired:
        return []
    raw = report.read_bytes() if report.is_file() else None
    result = ExecResult(exit_code=done.returncode, output=done.stdout[-4000:], duration=0.0)
    run = parse_pytest_report(raw, result=result, repo_dir=str(repo))
    failures = FailureSet()
    items = [*run.collect_errors, *[t for t in run.tests.values() if t.failed]]
    ws = Workspace(repo)
    raised_failures(
        items=items,
        source_files=sources,
        read_source=lambda f: ws.read_text(f) if (repo / f).is_file() else None,
        spectrum=lambda: Spectrum([]),
        failures=failures,
        stop=lambda: False,
    )
    return [f for f in failures.failures if f.bug_type is BugType.TYPE_ERROR]


def _shape(source: str) -> str:
    try:
        return ast.dump(ast.parse(source))
    except SyntaxError:
        return source


def measure_bug(*, case, index: int, released: Path, tmp: Path) -> dict:
    from runs.benchmarks.realcases import case_write

    bug = case.bugs[index]
    target = tmp / f"{case.name.split('-')[0]}-{index}"
    saved = target / "failures.pickle"
    if not saved.is_file():
        case_write(case=case, bugs=(bug,), released=released, target=target)
    repo = target / "repo"
    ws = Workspace(repo)
    files = tuple(f for f in ws.iter_files() if f.endswith(".py"))
    tests = frozenset(f for f in files if _is_test(f))
    sources = tuple(f for f in files if f not in tests)
    ctx = RepairContext(workspace=ws, report=CheckReport(), test_files=tests, source_files=sources)
    fixed = _shape((released / bug.file).read_text(encoding="utf-8"))
    row = {
        "case": case.name.split("-")[0],
        "file": bug.file,
        "line": bug.line,
        "status": "no-failure",
        "rank": None,
    }
    if saved.is_file():
        failures = pickle.loads(saved.read_bytes())
    else:
        failures = _failures(repo, sources)
        if os.environ.get("TYPE_SPACE_WORKDIR"):
            saved.write_bytes(pickle.dumps(failures))
    if os.environ.get("TYPE_SPACE_BEFORE"):
        with _without_origin_families():
            before = _rank(failures, ctx, bug.file, fixed)
        row["before"] = before.get("rank") if before else None
    if found := _rank(failures, ctx, bug.file, fixed):
        row.update(found)
    if os.environ.get("TYPE_SPACE_PROVENANCE"):
        row.update(_provenance_ranks(failures, ctx, bug.file, fixed))
    if os.environ.get("TYPE_SPACE_FALLBACK"):
        from healer.engine.fixers.generic import GenericFixer
        from healer.engine.fixers.type_fallback import TypeFallbackFixer

        for key, fixer in (("generic", GenericFixer()), ("fallback", TypeFallbackFixer())):
            other = _rank(failures, ctx, bug.file, fixed, fixer=fixer)
            row[key] = other.get("rank")
            if os.environ.get("TYPE_SPACE_VERBOSE") and other:
                row[f"{key}_first"] = other.get("first")
        from healer.engine.fixers.type_fallback import TypeDemandFixer

        # the regular tier's demanded-type edits: how many, and the best priority (tried before the key's
        # candidate when below its priority)
        demand = [c for f in failures for c in TypeDemandFixer().candidates(f, ctx)]
        row["demand_n"] = len(demand)
        row["demand_best"] = min((c.priority for c in demand), default=None)
        with _without_demands():
            row["fallback_before"] = _rank(failures, ctx, bug.file, fixed, fixer=TypeFallbackFixer()).get(
                "rank"
            )
    return row


def _rank(failures: list, ctx: RepairContext, file: str, fixed: str, *, fixer=None) -> dict:
    found: dict = {}
    for failure in failures:
        candidates = list((fixer or TypeErrorFixer(max_candidates=200)).candidates(failure, ctx))
        found = {
            "status": "not-in-space",
            "crash": f"{failure.file}:{failure.line}",
            "candidates": len(candidates),
        }
        if os.environ.get("TYPE_SPACE_VERBOSE"):
            found["first"] = [f"{c.file}:{c.line} {c.description}" for c in candidates[:6]]
        for rank, cand in enumerate(candidates, 1):
            if cand.file == file and _shape(cand.new_source) == fixed:
                return {
                    **found,
                    "status": "in-space",
                    "rank": rank,
                    "description": cand.description,
                    "priority": cand.priority,
                }
    return found


def _provenance_ranks(failures: list, ctx: RepairContext, file: str, fixed: str) -> dict:
    """The key's rank among the provenance edits alone, and in the merged regular tier with and without them."""
    from healer.engine.fixers.type_fallback import TypeDemandFixer, TypeProvenanceFixer

    found = _rank(failures, ctx, file, fixed, fixer=TypeProvenanceFixer())
    row = {"prov": found.get("rank"), "prov_n": found.get("candidates")}
    if os.environ.get("TYPE_SPACE_VERBOSE"):
        row["prov_first"] = found.get("first")
    if found.get("rank"):
        row["prov_description"] = found.get("description")
    regular = [TypeErrorFixer(max_candidates=200), TypeDemandFixer()]
    for key, fixers in (("merged_before", regular), ("merged", [*regular, TypeProvenanceFixer()])):
        row[key] = None
        for failure in failures:
            merged: list = []
            seen: set = set()
            for fixer in fixers:
                for cand in fixer.candidates(failure, ctx):
                    if (cand.file, cand.new_source) not in seen:
                        seen.add((cand.file, cand.new_source))
                        merged.append((cand.priority, len(merged), cand))
            merged.sort(key=lambda item: (item[0], item[1]))
            ranks = [
                i for i, (_, _, c) in enumerate(merged, 1) if c.file == file and _shape(c.new_source) == fixed
            ]
            if ranks:
                row[key] = ranks[0]
                break
    return row


@contextlib.contextmanager
def _without_demands() -> Iterator[None]:
    """The fallback without the message's demanded types (fixers/type_demand.py), as "fallback_before"."""
    from healer.engine.fixers import type_fallback

    saved = type_fallback.demands
    type_fallback.demands = lambda _messages: []
    try:
        yield
    finally:
        type_fallback.demands = saved


@contextlib.contextmanager
def _without_origin_families() -> Iterator[None]:
    """TYPE_SPACE_BEFORE=1: also rank without fixers/type_origins.py (the engine before it), same failures."""
    from healer.engine.fixers import type_errors

    saved = type_errors.type_origin_edits, type_errors.echoes_sibling
    type_errors.type_origin_edits = lambda **_: []
    type_errors.echoes_sibling = lambda *_: False
    try:
        yield
    finally:
        type_errors.type_origin_edits, type_errors.echoes_sibling = saved


def _wanted(spec: str) -> set[str]:
    """Case prefixes from "r88,r89" or "r169-r178" (inclusive ranges), so a new half is measured alone."""
    wanted: set[str] = set()
    for part in filter(None, (p.strip() for p in spec.split(","))):
        first, _, last = part.partition("-")
        if not last:
            wanted.add(first)
            continue
        wanted.update(f"r{n:02d}" for n in range(int(first.lstrip("r")), int(last.lstrip("r")) + 1))
    return wanted


def main() -> list[dict]:
    from runs.benchmarks.realcases import cases_load
    from runs.benchmarks.realset import project_repo, projects_load

    wanted = _wanted(os.environ.get("TYPE_SPACE_CASES", ""))
    projects = {p.name: p for p in projects_load("dev")}
    rows = []
    workdir = os.environ.get("TYPE_SPACE_WORKDIR")
    if workdir:
        Path(workdir).mkdir(parents=True, exist_ok=True)
    with (
        contextlib.nullcontext(workdir)
        if workdir
        else tempfile.TemporaryDirectory(prefix="type-space-") as tmp
    ):
        for case in cases_load("dev"):
            if wanted and case.name.split("-")[0] not in wanted:
                continue
            for index, bug in enumerate(case.bugs):
                if bug.type != "TYPE_ERROR":
                    continue
                kept = Path(tmp) / f"{case.name.split('-')[0]}-{index}" / "failures.pickle"
                if os.environ.get("TYPE_SPACE_CACHED_ONLY") and not kept.is_file():
                    continue
                row = measure_bug(
                    case=case, index=index, released=project_repo(projects[case.project]), tmp=Path(tmp)
                )
                rows.append(row)
                print(json.dumps(row), flush=True)
    for label, part in (
        ("all", rows),
        ("r01-r148", [r for r in rows if int(r["case"][1:]) < 149]),
        ("r149-r158", [r for r in rows if 149 <= int(r["case"][1:]) < 159]),
        ("r159-r168", [r for r in rows if 159 <= int(r["case"][1:]) < 169]),
        ("r169-r178", [r for r in rows if 169 <= int(r["case"][1:]) < 179]),
        ("r179-r186", [r for r in rows if int(r["case"][1:]) >= 179]),
    ):
        measurable = [r for r in part if r["status"] != "no-failure"]
        inside = [r for r in measurable if r["status"] == "in-space"]
        first = [r for r in inside if r["rank"] == 1]
        top5 = [r for r in inside if r["rank"] <= 5]
        if os.environ.get("TYPE_SPACE_BEFORE"):
            old = [r for r in measurable if r.get("before")]
            print(
                f"{label} before: {len(old)}/{len(measurable)} in space, rank 1: {sum(r['before'] == 1 for r in old)}"
            )
        if os.environ.get("TYPE_SPACE_PROVENANCE"):
            was = [r for r in measurable if r.get("merged_before")]
            now = [r for r in measurable if r.get("merged")]
            lower = [r["case"] for r in was if not r.get("merged") or r["merged"] > r["merged_before"]]
            print(
                f"{label} merged regular tiers: {len(was)} -> {len(now)}/{len(measurable)} reached "
                f"(rank 1: {sum(r['merged_before'] == 1 for r in was)} -> {sum(r['merged'] == 1 for r in now)}); "
                f"provenance alone {sum(bool(r.get('prov')) for r in measurable)}; ranked lower: {lower}"
            )
        print(
            f"{label}: {len(inside)}/{len(measurable)} in space (rank 1: {len(first)}, top 5: {len(top5)}), "
            f"{len(part) - len(measurable)} without a local TypeError"
        )
        if os.environ.get("TYPE_SPACE_FALLBACK"):
            regular = [r for r in measurable if r["status"] == "in-space" or r.get("generic")]
            alone = [r for r in measurable if r.get("fallback")]
            only = [r for r in alone if r not in regular]
            old = [r for r in measurable if r.get("fallback_before")]
            print(
                f"{label}: the fallback alone before the demanded types {len(old)} "
                f"(rank 1: {sum(r['fallback_before'] == 1 for r in old)}), "
                f"regular + fallback before {len(regular) + len([r for r in old if r not in regular])}"
            )
            print(
                f"{label}: regular fixers {len(regular)}/{len(measurable)} -> with the fallback "
                f"{len(regular) + len(only)}/{len(measurable)}; the fallback alone {len(alone)} "
                f"(rank 1: {sum(r['fallback'] == 1 for r in alone)}, top 10: {sum(r['fallback'] <= 10 for r in alone)}), "
                f"{len(only)} no regular fixer reaches"
            )
    if out := os.environ.get("TYPE_SPACE_JSON"):
        Path(out).write_text(json.dumps(rows, indent=1))
    return rows


if __name__ == "__main__":
    main()
