"""Offline measure: is each dev LINTING key's fix among the lint candidates, and at what rank?

For every LINTING bug of the dev hand-written cases, the bug's file is rebuilt from the released
project (the bench cache's unpacked sdist) with only that bug's hunk of the materialised case
(/work/cases/dev/<case>/repo) applied. The project's own ruff settings (discovery.lint_settings)
lint it on the host; at the key's line, the families (linting.RuffFixer: ruff's own fix and the
format templates) and the generic search alone (lint_search.lint_repairs, every family off) make
their candidates. A key counts as found when a candidate equals the released file (line by line,
whitespace aside) or its changed lines hold a backticked snippet of the key's `fix`. The search
is a fallback fixer, so `after` = the families, then the search.

Usage: PYTHONPATH=. HEALER_DEBUG=1 .venv/bin/python tests/engine/lint_space.py --projects DIR
       [--cases /work/cases/dev] [--show] [r160 r164 ...]
Prints per key: case, file, line, code, family rank, search rank, family and search candidate
counts, then the totals. Dev data only.
"""

from __future__ import annotations

import argparse
import difflib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import django

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "healer.settings")
os.environ["HEALER_DEBUG"] = "1"
django.setup()

from healer.engine.checks import parse_ruff_report  # noqa: E402
from healer.engine.discovery import lint_settings  # noqa: E402
from healer.engine.fixers.base import RepairContext  # noqa: E402
from healer.engine.fixers.lint_search import _ruff, lint_repairs, ruff_lint  # noqa: E402
from healer.engine.fixers.linting import RuffFixer  # noqa: E402
from healer.engine.types import BugType, CheckReport, ExecResult, Failure  # noqa: E402
from healer.engine.workspace import Workspace  # noqa: E402


def single(released: str, bugged: str, line: int) -> str:
    """The released text with only the hunk of `bugged` that holds `line` applied."""
    good, bad = released.splitlines(keepends=True), bugged.splitlines(keepends=True)
    out: list[str] = []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, good, bad, autojunk=False).get_opcodes():
        out += bad[j1:j2] if tag != "equal" and j1 + 1 <= line <= max(j2, j1 + 1) else good[i1:i2]
    return "".join(out)


def found(candidate: str, *, alone: str, released: str, fix: str) -> bool:
    def words(text: str) -> list[str]:
        return [part.strip() for part in text.splitlines()]

    if words(candidate) == words(released):
        return True
    added = difflib.ndiff(alone.splitlines(), candidate.splitlines())
    changed = "".join(part[2:] for part in added if part.startswith("+ ")).replace(" ", "")
    snippets = [x.replace(" ", "") for x in re.findall(r"`([^`]+)`", fix)]
    return any(x and (x in changed or (changed in x and len(changed) > 0.8 * len(x))) for x in snippets)


def rank(candidates: list[str], **key: str) -> int | None:
    return next((i for i, c in enumerate(candidates) if found(c, **key)), None)


def measure_bug(case: dict, bug: dict, *, case_dir: Path, projects: Path, show: bool) -> tuple:
    name = next(
        (d for d in os.listdir(projects) if d.rsplit("-", 1)[0].lower() == case["project"].lower()), None
    )
    if name is None:
        return ("norelease",)
    released = (projects / name / bug["file"]).read_text()
    alone = single(released, (case_dir / "repo" / bug["file"]).read_text(), bug["line"])
    with tempfile.TemporaryDirectory(prefix="lint-space-") as tmp:
        root = Path(tmp) / "repo"
        shutil.copytree(projects / name, root, ignore=shutil.ignore_patterns(".git"))
        (root / bug["file"]).write_text(alone)
        workspace = Workspace(root)
        _, args, _ = lint_settings(workspace)
        lint = ruff_lint(root=str(root), file=bug["file"], args=args)
        argv = [_ruff() or "ruff", "check", "--output-format", "json", "--no-cache", "--unsafe-fixes", *args]
        raw = subprocess.run([*argv, bug["file"]], cwd=root, capture_output=True, check=False).stdout
        result = ExecResult(exit_code=1, output="", duration=0.0)
        findings = parse_ruff_report(raw, result=result, repo_dir=str(root)).findings
        at = [f for f in findings if f.line <= bug["line"] <= max(f.line, f.end_line)]
        if not at:
            return ("nofinding",)
        finding = at[0]
        named = re.search(r"`(\w+)`", finding.message)
        failure = Failure(
            bug_type=BugType.LINTING,
            file=bug["file"],
            line=finding.line,
            message=finding.message,
            source="ruff",
            code=finding.code,
            extra={"finding": finding, "name": named.group(1) if named else None},
        )
        ctx = RepairContext(workspace=workspace, report=CheckReport(), lint_args=tuple(args))
        families = [c.new_source for c in RuffFixer().candidates(failure, ctx)]
        repairs = lint_repairs(source=alone, finding=finding, lint=lint)
    if show:
        print("   search:", [r.description for r in repairs])
        for place, new in enumerate(families, start=1):
            changed = [
                p[2:].strip()
                for p in difflib.ndiff(alone.splitlines(), new.splitlines())
                if p.startswith("+ ")
            ]
            print(f"   family {place}:", " | ".join(changed)[:160])
    key = {"alone": alone, "released": released, "fix": bug["fix"]}
    search = [r.source for r in repairs]
    return (finding.code, rank(families, **key), rank(search, **key), len(families), len(search))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--projects", type=Path, required=True, help="the bench cache's projects/ directory")
    parser.add_argument("--cases", type=Path, default=Path("/work/cases/dev"))
    parser.add_argument("--show", action="store_true", help="print the search's candidates")
    parser.add_argument("only", nargs="*")
    options = parser.parse_args()
    rows = []
    for path in sorted(options.cases.glob("r*/case.json")):
        case = json.loads(path.read_text())
        if options.only and not any(case["name"].startswith(o + "-") for o in options.only):
            continue
        for bug in case["bugs"]:
            if bug["type"] == "LINTING":
                row = measure_bug(
                    case, bug, case_dir=path.parent, projects=options.projects, show=options.show
                )
                rows.append((case["name"], row))
                print(case["name"][:40], bug["file"], bug["line"], *row, flush=True)
    measured = [row for _, row in rows if len(row) > 1]
    newest = [row for name, row in rows if len(row) > 1 and re.match(r"r1(59|6[0-8])-", name)]
    for label, group in (("all", measured), ("r159-r168", newest)):
        before = sum(row[1] is not None for row in group)
        alone = sum(row[2] is not None for row in group)
        after = sum(row[1] is not None or row[2] is not None for row in group)
        print(
            f"{label}: keys {len(rows) if label == 'all' else len(group)}, measured {len(group)}: "
            f"families {before}, search alone {alone}, families then search {after}"
        )


if __name__ == "__main__":
    sys.exit(main())
