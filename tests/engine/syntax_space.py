"""Offline measure: is each dev SYNTAX (and INDENTATION) key's fix among the candidates, and at what rank?

For every SYNTAX or INDENTATION bug of the dev hand-written cases (runs/benchmarks/realcases_dev.toml), the
bug's file is rebuilt from the materialised case (/work/cases/dev/<case>/repo, every bug
applied) with only that bug left in: the other bugs of the same file are put back to the
released text from the key. The file is compiled, the type's template fixer (SyntaxFixer,
IndentationFixer) makes its candidates (no sandbox, no tests), and the key counts as found when
a candidate's syntax tree equals the released file's (formatting and comments aside). Rank is
the candidate's place in priority order.

Three ranks per key: `before` (the templates alone), `after` (the templates, then the generic
edit search of syntax_search.py, as the repair loop asks them: the search's candidates come
once every template's was rejected) and `generic` (the search alone, every family switched
off). Totals per range: r01-r363 and the newest r364-r375 (the thirty-ninth held-out half, dev from round 56).

Usage: .venv/bin/python tests/engine/syntax_space.py [--cases /work/cases/dev] [--only r88,r89]
       [--types SYNTAX,INDENTATION] [--generic-only] [--toml CASES.toml (another set of cases, e.g. a
       held-out half once it is dev, materialised under --cases)] [--in-place]
Prints one line per bug and the totals. Dev data only.

Round 50 (pylayers24), --in-place: every bug of the file left in, as the repair loop meets them. The
file's first compile error gets the type's templates, then the search; the first candidate that
puts back a key's released line and that the compile-progress rule keeps (it compiles, or the
error left was the file's own all along: compiled.error_uncovered) is applied, and the next error
follows, until the file compiles or no candidate puts a key back. Measured alone, r288's dedented
`try` body was found first; in place, with the file's second error (`is in`) further down, it had
no candidate at all, which is what the held-out run met.
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
from healer.engine.fixers.compiled import error_uncovered  # noqa: E402
from healer.engine.fixers.indentation import IndentationFixer  # noqa: E402
from healer.engine.fixers.syntax import SyntaxFixer  # noqa: E402
from healer.engine.fixers.syntax_search import SyntaxSearchFixer  # noqa: E402
from healer.engine.localise import compile_error  # noqa: E402
from healer.engine.types import CheckReport, Failure  # noqa: E402
from healer.engine.workspace import Workspace  # noqa: E402

CASES_TOML = ROOT / "runs" / "benchmarks" / "realcases_dev.toml"
NEWEST = {f"r{n}" for n in range(364, 376)}  # the thirty-ninth held-out half, new to dev in round 56
TEMPLATES = {"SYNTAX": SyntaxFixer, "INDENTATION": IndentationFixer}
GENERIC_TOP = 10  # the search alone counts a key found within its first ten candidates


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


def measure(
    case_dir: Path, name: str, bug: dict, bugs: list[dict], *, generic_only: bool = False
) -> tuple[int | None, int | None, int | None, int, str]:
    """(rank before, rank after, rank of the search alone, candidates, the compiler's message)."""
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
            return None, None, None, 0, "compiles (not a compile error on this Python)"
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
        # The failure's own type picks the templates, as the repair loop does (a SYNTAX key may
        # show as an IndentationError).
        fixer = TEMPLATES.get(str(failure.bug_type), SyntaxFixer)
        templates = (
            [] if generic_only else sorted(fixer().candidates(failure, context), key=lambda c: c.priority)
        )
        searched = sorted(SyntaxSearchFixer().candidates(failure, context), key=lambda c: c.priority)
    key = tree(released)
    before = _rank(templates, key)
    generic = _rank(searched, key)
    after = before if before is not None else (None if generic is None else len(templates) + generic)
    return before, after, generic, len(templates) + len(searched), error.message


def measure_in_place(
    case_dir: Path, name: str, file: str, bugs: list[dict]
) -> list[tuple[int, str, int | None]]:
    """(error line, message, rank of the first candidate that puts a key back) per error met in turn."""
    repo = next(case_dir.glob(f"{name}*")) / "repo"
    text = (repo / file).read_text()
    rows: list[tuple[int, str, int | None]] = []
    for _ in range(len(bugs) + 1):
        error = compile_error(text, file)
        if error is None:
            break
        failure = Failure(
            bug_type=bug_type(error.kind),
            file=file,
            line=error.line,
            message=error.message,
            source="compile",
            code=error.kind,
            extra={"offset": error.offset, "end_line": error.end_line, "end_offset": error.end_offset},
        )
        failure.extra["msg"] = error.message
        with tempfile.TemporaryDirectory(prefix="syntax-space-") as tmp:
            path = Path(tmp) / file
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text)
            context = RepairContext(
                workspace=Workspace(Path(tmp)),
                report=CheckReport(),
                test_files=frozenset(),
                source_files=(file,),
            )
            fixer = TEMPLATES.get(str(failure.bug_type), SyntaxFixer)
            candidates = sorted(fixer().candidates(failure, context), key=lambda c: c.priority)
            candidates += sorted(SyntaxSearchFixer().candidates(failure, context), key=lambda c: c.priority)
        old_lines = text.splitlines()
        hit = None
        for place, candidate in enumerate(candidates, start=1):
            lines = candidate.new_source.splitlines()
            # Counted, not looked up: a released line may stand elsewhere in the file too (r321's
            # `continue` at sixteen spaces also ends the loop's first guard).
            back = any(lines.count(b["old"]) > old_lines.count(b["old"]) for b in bugs)
            if back and error_uncovered(text, candidate.new_source, file=file):
                hit = place
                text = candidate.new_source
                break
        rows.append((error.line, error.message, hit))
        if hit is None:
            break
    return rows


def _rank(candidates: list, key: str | None) -> int | None:
    for rank, candidate in enumerate(candidates, start=1):
        if tree(candidate.new_source) == key:
            return rank
    return None


def bug_type(kind: str):
    from healer.engine.analysis import classify_exception

    return classify_exception(kind)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=Path, default=Path("/work/cases/dev"))
    parser.add_argument("--only", default="", help="comma-separated case prefixes (r88,r92)")
    parser.add_argument("--types", default="SYNTAX,INDENTATION", help="the key types to measure")
    parser.add_argument("--generic-only", action="store_true", help="every family off: the search alone")
    parser.add_argument("--toml", type=Path, default=CASES_TOML, help="the cases' toml (dev by default)")
    parser.add_argument(
        "--in-place", action="store_true", help="every bug of the file left in, errors in turn"
    )
    args = parser.parse_args()
    only = {p for p in args.only.split(",") if p}
    types = {t for t in args.types.split(",") if t}
    data = tomllib.loads(args.toml.read_text())
    if args.in_place:
        met = found = 0
        for case in data["case"]:
            prefix = case["name"].split("-")[0]
            if only and prefix not in only:
                continue
            for file in sorted({b["file"] for b in case["bug"] if b["type"] in types}):
                same = [b for b in case["bug"] if b["file"] == file and b["type"] in types]
                for line, message, hit in measure_in_place(args.cases, case["name"], file, same):
                    met += 1
                    found += hit is not None
                    print(f"{prefix} {file}:{line} in place: rank={hit}  [{message}]", flush=True)
        print(f"in place: {met} errors met, {found} with a candidate that puts a key back")
        return
    # (type, range) -> [keys, found before, first before, found after, first after, search alone in top 10]
    totals: dict[tuple[str, str], list[int]] = {}
    for case in data["case"]:
        name = case["name"]
        prefix = name.split("-")[0]
        if only and prefix not in only:
            continue
        for bug in case["bug"]:
            if bug["type"] not in types:
                continue
            before, after, generic, count, message = measure(
                args.cases, name, bug, case["bug"], generic_only=args.generic_only
            )
            print(
                f"{prefix} {bug['type']} {bug['file']}:{bug['line']} before={before} after={after}"
                f" generic={generic} of {count}  [{message}]",
                flush=True,
            )
            span = "r364-r375" if prefix in NEWEST else "r01-r363"
            for group in ((bug["type"], span), (bug["type"], "all")):
                row = totals.setdefault(group, [0] * 6)
                row[0] += 1
                row[1] += before is not None
                row[2] += before == 1
                row[3] += after is not None
                row[4] += after == 1
                row[5] += generic is not None and generic <= GENERIC_TOP
    for (kind, span), (keys, found, first, found_after, first_after, alone) in sorted(totals.items()):
        print(
            f"{kind} {span}: {keys} keys; templates {found} found ({first} first) -> with the search"
            f" {found_after} found ({first_after} first); the search alone {alone} in its top {GENERIC_TOP}"
        )


if __name__ == "__main__":
    main()
