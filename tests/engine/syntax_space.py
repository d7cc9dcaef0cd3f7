"""Offline measure: is each dev SYNTAX key's fix among the SYNTAX candidates, and at what rank?

For every SYNTAX bug of the dev hand-written cases (runs/benchmarks/realcases_dev.toml), the
bug's file is rebuilt from the materialised case (/work/cases/dev/<case>/repo, every bug
applied) with only that bug left in: the other bugs of the same file are put back to the
released text from the key. The file is compiled, SyntaxFixer makes its candidates (no sandbox,
no tests), and the key counts as found when a candidate's syntax tree equals the released
file's (formatting and comments aside). Rank is the candidate's place in priority order.

Usage: .venv/bin/python tests/engine/syntax_space.py [--cases /work/cases/dev] [--only r88,r89]
Prints one line per bug and the totals (all, and r88-r95 apart). Dev data only.
"""

from __future__ import annotations

import argparse
import ast
import sys
import tempfile
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from healer.engine.fixers.base import RepairContext  # noqa: E402
from healer.engine.fixers.syntax import SyntaxFixer  # noqa: E402
from healer.engine.localise import compile_error  # noqa: E402
from healer.engine.types import CheckReport, Failure  # noqa: E402
from healer.engine.workspace import Workspace  # noqa: E402

CASES_TOML = ROOT / "runs" / "benchmarks" / "realcases_dev.toml"
FRESH = {f"r{n}" for n in range(88, 96)}  # the eleventh held-out cases, new to dev


def released_and_single(bugged: str, bugs: list[dict], keep: dict) -> tuple[str, str]:
    """(released text, text with only `keep` applied) of one file, from its all-bugs text."""
    lines = bugged.splitlines()
    offset = 0
    released: list[str] = []
    cursor = 0
    for bug in sorted(bugs, key=lambda b: b["line"]):
        new = bug["new"] if isinstance(bug["new"], list) else [bug["new"]]
        at = bug["line"] - 1 + offset
        released.extend(lines[cursor:at])
        assert lines[at : at + len(new)] == new, f"{bug['file']}:{bug['line']} does not hold the bug"
        released.append(bug["old"])
        cursor = at + len(new)
        offset += len(new) - 1
    released.extend(lines[cursor:])
    single = list(released)
    new = keep["new"] if isinstance(keep["new"], list) else [keep["new"]]
    single[keep["line"] - 1 : keep["line"]] = new
    ending = "\n" if bugged.endswith("\n") else ""
    return "\n".join(released) + ending, "\n".join(single) + ending


def tree(text: str) -> str | None:
    try:
        return ast.dump(ast.parse(text))
    except (SyntaxError, ValueError):
        return None


def measure(case_dir: Path, name: str, bug: dict, bugs: list[dict]) -> tuple[int | None, int, str]:
    """(rank of the key or None, number of candidates, the compiler's message)."""
    repo = next(case_dir.glob(f"{name}*")) / "repo"
    same_file = [b for b in bugs if b["file"] == bug["file"]]
    released, single = released_and_single((repo / bug["file"]).read_text(), same_file, bug)
    with tempfile.TemporaryDirectory(prefix="syntax-space-") as tmp:
        path = Path(tmp) / bug["file"]
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(single)
        workspace = Workspace(Path(tmp))
        error = compile_error(single, bug["file"])
        if error is None:
            return None, 0, "compiles (not a SYNTAX error on this Python)"
        failure = Failure(
            bug_type=bug_type(error.kind),
            file=bug["file"],
            line=error.line,
            message=error.message,
            source="compile",
            code=error.kind,
            extra={
                "offset": error.offset,
                "end_line": error.end_line,
                "end_offset": error.end_offset,
                "msg": error.message,
            },
        )
        context = RepairContext(
            workspace=workspace, report=CheckReport(), test_files=frozenset(), source_files=(bug["file"],)
        )
        candidates = sorted(SyntaxFixer().candidates(failure, context), key=lambda c: c.priority)
    key = tree(released)
    for rank, candidate in enumerate(candidates, start=1):
        if tree(candidate.new_source) == key:
            return rank, len(candidates), error.message
    return None, len(candidates), error.message


def bug_type(kind: str):
    from healer.engine.analysis import classify_exception

    return classify_exception(kind)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=Path, default=Path("/work/cases/dev"))
    parser.add_argument("--only", default="", help="comma-separated case prefixes (r88,r92)")
    args = parser.parse_args()
    only = {p for p in args.only.split(",") if p}
    data = tomllib.loads(CASES_TOML.read_text())
    totals = {"all": [0, 0, 0], "r88-r95": [0, 0, 0]}  # bugs, found, found at rank 1
    for case in data["case"]:
        name = case["name"]
        prefix = name.split("-")[0]
        if only and prefix not in only:
            continue
        for bug in case["bug"]:
            if bug["type"] != "SYNTAX":
                continue
            rank, count, message = measure(args.cases, name, bug, case["bug"])
            print(f"{prefix} {bug['file']}:{bug['line']} rank={rank} of {count}  [{message}]")
            for group in ("all", "r88-r95") if prefix in FRESH else ("all",):
                totals[group][0] += 1
                totals[group][1] += rank is not None
                totals[group][2] += rank == 1
    for group, (bugs, found, first) in totals.items():
        print(f"{group}: {found}/{bugs} keys among the candidates, {first}/{bugs} ranked first")


if __name__ == "__main__":
    main()
