"""Hand-written multi-bug cases in the real projects, run through the corpus healbench.

`realcases_dev.toml` and `realcases_heldout.toml` hold the cases as edits of the pinned sdists
(never their code): each bug names the original line, its exact text, and what replaces it, plus
its answer key in the format of ../shared/corpus's case.json (file, line, type, fix, detail).
`realcases_materialise` applies them to the unpacked sdists and writes a corpus directory under
var/bench-realcases/HALF/ (CASE/repo + CASE/case.json) that `runs.benchmarks.corpus.bench_run` heals and scores
like any corpus. Answer-key lines are computed for the broken files: an inserted or deleted line
above a bug moves its key.

`realcases_check` checks every case in the sandbox: with all its bugs the checks fail, and each
bug injected alone fails them with the failure its key names.
"""

from __future__ import annotations

import json
import shutil
import tomllib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from healer.engine.types import BugType
from runs.benchmarks.corpus import BenchError
from runs.benchmarks.mutants import Edit, edits_apply, line_after

CASE_FILES = {
    "dev": Path(__file__).resolve().parent / "realcases_dev.toml",
    "heldout": Path(__file__).resolve().parent / "realcases_heldout.toml",
}


@dataclass(frozen=True)
class CaseBug:
    file: str
    line: int  # 1-based line of the released file that the edit replaces
    old: str  # its exact text (checked before editing)
    new: tuple[str, ...]  # the lines that replace it (none: the line is deleted)
    type: str
    fix: str
    detail: str
    key_line: int  # released-file line the answer key points at (default: the edited line)
    key_offset: int = 0  # for an inserted line: its index in `new`

    @property
    def edit(self) -> Edit:
        return Edit(
            file=self.file, start=self.line - 1, end=self.line, new_lines=tuple(f"{n}\n" for n in self.new)
        )


@dataclass(frozen=True)
class RealCase:
    name: str
    project: str
    bugs: tuple[CaseBug, ...]


def _bug(raw: dict, where: str) -> CaseBug:
    try:
        new = raw["new"]
        bug = CaseBug(
            file=str(raw["file"]),
            line=int(raw["line"]),
            old=str(raw["old"]),
            new=tuple(new) if isinstance(new, list) else (str(new),),
            type=str(raw["type"]),
            fix=str(raw["fix"]),
            detail=str(raw.get("detail", "")),
            key_line=int(raw.get("key_line", raw["line"])),
            key_offset=int(raw.get("key_offset", 0)),
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise BenchError(f"{where}: a bug needs file, line, old, new, type and fix ({exc})") from exc
    if bug.type not in {t.value for t in BugType}:
        raise BenchError(f"{where}: unknown bug type {bug.type!r}")
    return bug


def cases_load(half: str) -> list[RealCase]:
    from runs.benchmarks.realset import halves_for

    cases = []
    for name in halves_for(half):
        data = tomllib.loads(CASE_FILES[name].read_text(encoding="utf-8"))
        for item in data.get("case", []):
            where = f"{CASE_FILES[name].name} case {item.get('name')!r}"
            bugs = tuple(_bug(raw, where) for raw in item.get("bug", []))
            if not bugs:
                raise BenchError(f"{where}: no bug")
            cases.append(RealCase(name=str(item["name"]), project=str(item["project"]), bugs=bugs))
    return cases


def _sources(repo: Path, bugs: tuple[CaseBug, ...]) -> dict[str, str]:
    sources = {}
    for bug in bugs:
        if bug.file not in sources:
            path = repo / bug.file
            if path.is_symlink() or not path.is_file():
                raise BenchError(f"{bug.file} is not a file of the released project")
            sources[bug.file] = path.read_bytes().decode("utf-8")
        lines = sources[bug.file].splitlines()
        if bug.line > len(lines) or lines[bug.line - 1] != bug.old:
            raise BenchError(f"{bug.file} line {bug.line} is not {bug.old!r} in the released project")
    return sources


def case_key(bugs: tuple[CaseBug, ...]) -> list[dict]:
    """The answer key of the broken project: lines moved by the edits above them."""
    key = []
    edits = [b.edit for b in bugs]  # a bug's own edit counts too (a deleted import above its use)
    for bug in bugs:
        line = line_after(bug.key_line, bug.file, edits) + bug.key_offset
        key.append({"file": bug.file, "line": line, "type": bug.type, "fix": bug.fix, "detail": bug.detail})
    return key


def case_write(*, case: RealCase, bugs: tuple[CaseBug, ...], released: Path, target: Path) -> Path:
    """CASE/repo (the released project with `bugs` applied) and CASE/case.json."""
    sources = _sources(released, bugs)
    shutil.rmtree(target, ignore_errors=True)
    shutil.copytree(released, target / "repo", symlinks=True, ignore=shutil.ignore_patterns(".git"))
    for file, text in edits_apply(sources, [b.edit for b in bugs]).items():
        (target / "repo" / file).write_bytes(text.encode("utf-8"))
    key = {"name": case.name, "project": case.project, "bugs": case_key(bugs)}
    (target / "case.json").write_text(json.dumps(key, indent=2) + "\n", encoding="utf-8")
    return target


def realcases_materialise(*, half: str, root: Path | None = None) -> Path:
    """Write the half's cases as a corpus directory; returns it."""
    from runs.benchmarks.realset import cache_dir, project_repo, projects_load

    projects = {p.name: p for p in projects_load("all")}
    corpus = root or cache_dir().parent / "bench-realcases" / half
    shutil.rmtree(corpus, ignore_errors=True)
    corpus.mkdir(parents=True)
    for case in cases_load(half):
        if case.project not in projects:
            raise BenchError(f"case {case.name}: unknown project {case.project!r}")
        case_write(
            case=case,
            bugs=case.bugs,
            released=project_repo(projects[case.project]),
            target=corpus / case.name,
        )
    return corpus


def realcases_run(*, half: str, echo: Callable[[str], None] = print):
    """Materialise the half's cases and heal them with the corpus healbench."""
    from runs.benchmarks.corpus import bench_run

    corpus = realcases_materialise(half=half)
    return bench_run(corpus_dir=corpus, echo=echo), corpus


# -- checking the cases themselves ------------------------------------------------------------------
def observed_type(workdir: Path) -> str:
    """The bug type the checks of the project at `workdir` show ("" when they pass), in the sandbox."""
    from healer.engine.repair import Engine, EngineConfig
    from healer.engine.workspace import Workspace
    from runs.benchmarks.mutants import pytest_verdict
    from sandbox.sessions import sandbox_open

    workspace = Workspace(workdir)
    with sandbox_open(run_id="healbench-realcases-check", workspace=workspace) as sandbox:
        engine = Engine(workspace=workspace, sandbox=sandbox, config=EngineConfig(coverage=False))
        engine.discover()
        sandbox.upload(workspace)
        verdict = pytest_verdict(engine.runner.run_tests(coverage=False))
        if verdict.killed:
            return verdict.bug_type
        lint = engine.runner.run_lint()
        return BugType.LINTING.value if lint.findings else ""


def realcases_check(
    *, half: str, echo: Callable[[str], None] = print, workdir: Path | None = None
) -> list[str]:
    """Every case fails with all its bugs, and each bug alone fails the checks with its own type."""
    import tempfile

    from runs.benchmarks.realset import project_repo, projects_load

    projects = {p.name: p for p in projects_load("all")}
    problems = []
    with tempfile.TemporaryDirectory(prefix="healbench-realcases-", dir=workdir) as tmp:
        for case in cases_load(half):
            released = project_repo(projects[case.project])
            runs = [("all bugs", case.bugs, None)] + [
                (f"{b.type} {b.file}:{b.line}", (b,), b.type) for b in case.bugs
            ]
            for label, bugs, expected in runs:
                target = case_write(case=case, bugs=bugs, released=released, target=Path(tmp) / case.name)
                seen = observed_type(target / "repo")
                ok = bool(seen) if expected is None else seen == expected
                echo(
                    f"{case.name:<32} {label:<44} {'ok' if ok else 'WRONG'} (checks show {seen or 'nothing'})"
                )
                if not ok:
                    problems.append(f"{case.name}: {label}: checks show {seen or 'nothing'}")
    return problems
