"""Measure the JavaScript toolkit on the npm corpus, layer by layer, before it is wired into runs.

    python tests/corpora/npm/measure.py [--part dev|heldout] [--case NAME ...]

For every case the checks run as the toolkit builds them (`commands`), their reports
are parsed and classified (`reports`, `lint`, `classify`); LOGIC failures are localised
by Ochiai over per-test coverage (`single_test_command`, or `suspects.static_coverage`
where the runner measures none). For each bug that is visible now it prints whether it
was reported at its exact (file, line, type) — for LOGIC: whether its line is among the
lines the fixer mutates — and where the right edit (the answer key's) ranks among the
fixer's candidates. Then the visible bugs are fixed from the answer key (an oracle, not
the toolkit) and the next layer of masked bugs is measured.

This is NOT healing: no candidate is validated. It runs the corpus's own projects on the
host (they are Healer's, never a user's), with node/npm on PATH and the devDependencies
installed by verify.py. The wiring step replaces it by healbench in the sandbox.
"""

from __future__ import annotations

import argparse
import difflib
import glob
import hashlib
import json
import shutil
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
sys.path[:0] = [str(ROOT), str(HERE)]

from verify import _pair, case_dirs, project_files  # noqa: E402

from healer.engine.edits import map_line_back  # noqa: E402
from healer.engine.javascript import coverage as jscov  # noqa: E402
from healer.engine.javascript import lint as jslint  # noqa: E402
from healer.engine.javascript import reports  # noqa: E402
from healer.engine.javascript.classify import Repository, classify, rank_suspicious  # noqa: E402
from healer.engine.javascript.commands import Paths, check_commands, single_test_command  # noqa: E402
from healer.engine.javascript.fixers import dispatch, syntax, token_search  # noqa: E402
from healer.engine.javascript.fixers.dispatch import LOGIC_LINES, candidates_for  # noqa: E402
from healer.engine.javascript.project import detect_npm_project  # noqa: E402
from healer.engine.javascript.suspects import coverage_clusters, static_coverage  # noqa: E402
from healer.engine.localise import Spectrum  # noqa: E402
from healer.engine.types import ExecResult  # noqa: E402
from healer.engine.workspace import Workspace  # noqa: E402

SUPPORT = ROOT / "healer" / "engine" / "support"
PARSERS = {
    "jest": reports.parse_jest_report,
    "vitest": reports.parse_vitest_report,
    "mocha": reports.parse_mocha_report,
    "node-test": reports.parse_node_test_report,
}


def run(argv, env, cwd: Path) -> ExecResult:
    proc = subprocess.run(list(argv), env=env, cwd=cwd, capture_output=True, text=True, timeout=300)
    return ExecResult(exit_code=proc.returncode, output=proc.stdout + proc.stderr, duration=0.0)


def analyse(root: Path, *, localise_logic: bool = True) -> list:
    """Run the checks of the project at root; classified failures, LOGIC ones localised (unless
    `localise_logic` is off: --types without LOGIC needs no per-test coverage)."""
    workspace = Workspace(root)
    project = detect_npm_project(workspace)
    paths = Paths(repo_dir=str(root), support_dir=str(SUPPORT))
    tests, eslint, tsc = None, [], []
    for command in check_commands(project, paths=paths):
        result = run(command.argv, command.env, root)
        report = Path(command.report) if command.report else None
        raw = report.read_bytes() if report and report.is_file() else None
        if command.tool in PARSERS:
            tests = PARSERS[command.tool](raw, result=result, repo_dir=str(root))
        elif command.tool == "eslint":
            eslint = jslint.parse_eslint_report(raw, result=result, repo_dir=str(root)).messages
        if command.tool == "tsc" or command.tsc_in_output:
            tsc += jslint.parse_tsc_output(result.output, repo_dir=str(root))
    repo = Repository(
        files=list(workspace.iter_files()),
        read=lambda f: (root / f).read_text() if (root / f).is_file() else None,
        test_files={t.file for t in tests.tests.values()} if tests else (),
    )
    found = classify(repo=repo, tests=tests, eslint=eslint, tsc=tsc)
    wanted = found.logic_tests and localise_logic
    rankings = localise(project, tests, found.logic_tests, paths, root, repo) if wanted else [[]]
    for failure in found.failures:
        if failure.extra.get("localise"):
            failure.extra["ranked"], failure.extra["rankings"] = rankings[0], rankings
    return found.ordered(), repo


def localise(project, tests, logic_tests, paths, root: Path, repo) -> list:
    failing, passing = [], []
    for index, test in enumerate(t for t in tests.tests.values() if t.outcome in ("passed", "failed")):
        directory = root / ".coverage" / str(index)
        command = single_test_command(project, test=test, paths=paths, directory=str(directory))
        if command is None:
            covered = static_coverage(test, repo=repo)
        else:
            run(command.argv, command.env, root)
            covered = {}
            if command.format == "istanbul":
                final = directory / "coverage-final.json"
                covered = jscov.parse_istanbul(
                    final.read_bytes() if final.exists() else None, repo_dir=str(root)
                )
            for name in glob.glob(f"{directory}/*.json") if command.format == "v8" else ():
                jscov.merge(
                    covered,
                    jscov.parse_v8(Path(name).read_bytes(), repo_dir=str(root), read_source=repo.read),
                )
        (failing if test.id in logic_tests else passing).append(covered)
    # One ranking per cluster of failing tests, as the engine localises them (suspects.coverage_clusters).
    sources = [f for f in repo.files if not repo.is_test(f)]
    spectrum = Spectrum(({k: sorted(v) for k, v in c.items()} for c in passing), sources)
    clusters = coverage_clusters([SimpleNamespace(covered=c) for c in failing], spectrum=spectrum)
    return [
        rank_suspicious(failing=[t.covered for t in cluster], passing=passing, repo=repo)
        for cluster in clusters
    ]


def with_bugs(fixed: dict, repo: dict, key: list, chosen: set[int]) -> dict:
    """fixed/ with the hunks of the chosen bugs applied."""
    files = dict(fixed)
    for file in sorted({bug["file"] for bug in key}):
        old, new = fixed[file].split("\n"), repo[file].split("\n")
        matcher = difflib.SequenceMatcher(a=old, b=new, autojunk=False)
        hunks = [op for op in matcher.get_opcodes() if op[0] != "equal"]
        pairs = _pair([i for i, bug in enumerate(key) if bug["file"] == file], hunks, key)
        out, cursor = [], 0
        for index, (_, i1, i2, j1, j2) in sorted(pairs, key=lambda pair: pair[1][1]):
            out += old[cursor:i1] + (new[j1:j2] if index in chosen else old[i1:i2])
            cursor = i2
        files[file] = "\n".join(out + old[cursor:])
    return files


def measure_case(
    case: Path, work: Path, node_modules: Path, types: frozenset[str] = frozenset()
) -> list[tuple[str, bool, bool]]:
    """Rows for the case's bugs (of `types` only, when given; the others are still fixed by the oracle
    once reported, so that the bugs they mask are reached)."""
    key = json.loads((case / "case.json").read_text())["bugs"]
    fixed, repo = project_files(case / "fixed"), project_files(case / "repo")
    remaining, rows, layer = set(range(len(key))), [], 0
    while remaining and layer < 6 and (not types or any(key[i]["type"] in types for i in remaining)):
        layer += 1
        state = with_bugs(fixed, repo, key, remaining)
        root = work / case.name
        shutil.rmtree(root, ignore_errors=True)
        for path, text in state.items():
            (root / path).parent.mkdir(parents=True, exist_ok=True)
            (root / path).write_text(text)
        if node_modules.is_dir():
            (root / "node_modules").symlink_to(node_modules)
        failures, view = analyse(root, localise_logic=not types or "LOGIC" in types)
        seen = []
        for index in sorted(remaining):
            row = measure_bug(key, index, state, fixed, repo, remaining, failures, view)
            if row is not None:
                seen.append(index)
                if not types or row[0] in types:
                    rows.append(row)
                    print(f"{case.name} layer {layer} {row[3]}", flush=True)
        if not seen:
            for index in sorted(i for i in remaining if not types or key[i]["type"] in types):
                print(
                    f"{case.name} layer {layer} {key[index]['type']} {key[index]['file']}:{key[index]['line']}: not reported"
                )
                rows.append((key[index]["type"], False, False, ""))
            break
        remaining -= set(seen)
    return rows


def measure_bug(key, index, state, fixed, repo, remaining, failures, view):
    bug = key[index]
    current = state[bug["file"]]
    mine = [
        f for f in failures
        if f.bug_type.value == bug["type"]
        and (bug["type"] == "LOGIC" or (f.file == bug["file"] and map_line_back(repo[bug["file"]], current, f.line) == bug["line"]))
    ]  # fmt: skip
    if not mine:
        return None
    failure = mine[0]
    ranked = failure.extra.get("ranked", [])
    if bug["type"] == "LOGIC":
        # The cluster whose ranking puts the bug's line first (each cluster is its own failure in a run).
        ranked = min(failure.extra.get("rankings", [ranked]), key=lambda r: _rank(r, bug, repo, current))
    wanted = with_bugs(fixed, repo, key, remaining - {index})[bug["file"]]
    candidates = candidates_for(failure, repo=view, suspicious=ranked)
    position = next((i for i, c in enumerate(candidates) if c.file == bug["file"] and c.text == wanted), None)
    located, where = True, ""
    if bug["type"] == "LOGIC":
        lines = [(file, line) for file, line, _ in ranked]
        line = next(
            (
                n
                for n in range(1, current.count("\n") + 2)
                if map_line_back(repo[bug["file"]], current, n) == bug["line"]
            ),
            0,
        )
        rank = lines.index((bug["file"], line)) if (bug["file"], line) in lines else None
        located, where = rank is not None and rank < LOGIC_LINES, f" (Ochiai rank {rank})"
    text = (f"{bug['type']} {bug['file']}:{bug['line']}: reported={located}{where}, "
            f"right edit at candidate {position} of {len(candidates)}")  # fmt: skip
    if bug["type"] == "IMPORT" and failure.file and not view.is_test(failure.file):
        # The generic resolver alone (the families switched off), and every route without it.
        generic = dispatch.generic_import_candidates(failure, view.read(failure.file), repo=view)
        resolving, dispatch.generic_import_candidates = dispatch.generic_import_candidates, lambda *a, **k: []
        try:
            families = candidates_for(failure, repo=view, suspicious=ranked)
        finally:
            dispatch.generic_import_candidates = resolving
        text += f"; families {_position(families, bug, wanted)}, generic {_position(generic, bug, wanted)}"
    if bug["type"] in ("SYNTAX", "INDENTATION") and failure.file and not view.is_test(failure.file):
        # The generic token-edit search alone, and every other SYNTAX repair without it.
        source = view.read(failure.file)
        generic = token_search.token_search_candidates(source, failure.file, line=failure.line)
        searching, syntax.token_search_candidates = syntax.token_search_candidates, lambda *a, **k: []
        try:
            families = candidates_for(failure, repo=view, suspicious=ranked)
        finally:
            syntax.token_search_candidates = searching
        text += f"; families {_position(families, bug, wanted)}, generic {_position(generic, bug, wanted)}"
    return bug["type"], located, position is not None, text


def _position(candidates: list, bug: dict, wanted: str) -> int | None:
    return next((i for i, c in enumerate(candidates) if c.file == bug["file"] and c.text == wanted), None)


def _rank(ranked: list, bug: dict, repo: dict, current: str) -> int:
    line = next(
        (
            n
            for n in range(1, current.count("\n") + 2)
            if map_line_back(repo[bug["file"]], current, n) == bug["line"]
        ),
        0,
    )
    lines = [(file, n) for file, n, _ in ranked]
    return lines.index((bug["file"], line)) if (bug["file"], line) in lines else len(lines) + 1


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--part", choices=("dev", "heldout"), default="dev")
    parser.add_argument("--case", action="append", default=[])
    parser.add_argument("--work", type=Path, default=Path("var/npm-corpus"))
    parser.add_argument("--types", default="", help="comma-separated bug types to measure (default: all)")
    args = parser.parse_args()
    work = args.work.resolve()
    totals: dict[str, list[int]] = {}
    for case in case_dirs(HERE / args.part):
        if args.case and case.name not in args.case:
            continue
        types = frozenset(t for t in args.types.split(",") if t)
        if types and not types & {
            bug["type"] for bug in json.loads((case / "case.json").read_text())["bugs"]
        }:
            continue
        lock = (case / "fixed" / "package-lock.json").read_bytes()
        node_modules = work / "deps" / hashlib.sha256(lock).hexdigest()[:16] / "node_modules"
        if not (node_modules.parent / ".installed").exists():
            raise SystemExit(f"{case.name}: run verify.py first (it installs the devDependencies)")
        for bug_type, located, candidate, _ in measure_case(case, work / "measure", node_modules, types):
            row = totals.setdefault(bug_type, [0, 0, 0])
            row[0], row[1], row[2] = row[0] + 1, row[1] + located, row[2] + candidate
    bugs, located, candidate = (sum(row[i] for row in totals.values()) for i in range(3))
    print(
        f"\n{args.part}: {bugs} bugs, reported at (file, line, type) {located}, right edit among the candidates {candidate}"
    )
    for bug_type, (n, hit, edit) in sorted(totals.items()):
        print(f"  {bug_type:12} {n:3}  reported {hit:3}  right edit {edit:3}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
