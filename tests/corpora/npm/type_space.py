"""Does the generic search reach each dev TYPE_ERROR key's right edit, and how deep?

    python tests/corpora/npm/type_space.py [--case NAME ...]
    python tests/corpora/npm/type_space.py --dispatch [--case NAME ...]

Per TYPE_ERROR bug of the development part: the fixed project with only that bug's hunk applied
(`verify.single_bug_variants`), the generic search's candidates (`generic_search.generic_candidates`:
the one-line mutation space at the key's line and the lines assigning what it reads, the TypeError
families switched off) and the position of the one whose text is the fixed file. The key's line
stands for the crash line (a runtime TypeError is raised where the key is in most cases; tsc's
diagnostics, which the dispatch leaves to the families, are counted apart). No code runs. Never over
the held-out part.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
sys.path[:0] = [str(ROOT), str(HERE)]

from verify import project_files, single_bug_variants  # noqa: E402

from healer.engine.edits import map_line_back  # noqa: E402
from healer.engine.javascript.classify import Repository  # noqa: E402
from healer.engine.javascript.fixers import dispatch  # noqa: E402
from healer.engine.javascript.fixers.generic_search import generic_candidates  # noqa: E402
from healer.engine.types import BugType, Failure  # noqa: E402

TYPESCRIPT = (".ts", ".tsx", ".mts", ".cts")


TSC_QUOTED = re.compile(r"error TS(?P<code>\d+): ")
RUNTIME_QUOTED = re.compile(
    r"\b(?P<name>TypeError|Error|ReferenceError|SyntaxError)(?: \[(?P<code>\w+)\])?: "
)
BARE_QUOTED = re.compile(
    r"Cannot find module '[^']+'|does not provide an export named '[^']+'"
    r"|[\w$.]+ is not (?:defined|a function|a constructor|iterable)"
)
LINKED = re.compile(r"module '(?P<module>[^']+)' does not provide an export named '(?P<export>[^']+)'")


def _quoted(detail: str, start: int) -> str:
    """The message from `start` to the parenthesis or semicolon that closes the quotation."""
    depth = 0
    for at in range(start, len(detail)):
        if detail[at] == "(":
            depth += 1
        elif detail[at] == ")" and depth:
            depth -= 1
        elif detail[at] == ")" or (detail[at] == ";" and not depth):
            return detail[start:at].strip()
    return detail[start:].strip()


def quoted_message(detail: str) -> tuple[str, str, str] | None:
    """(source, message, code) of the runner's message an answer key's detail quotes, or None."""
    if match := TSC_QUOTED.search(detail):
        return "tsc", _quoted(detail, match.end()), f"TS{match['code']}"
    if match := RUNTIME_QUOTED.search(detail):
        return "test", detail[match.start() : match.end()] + _quoted(detail, match.end()), match["name"]
    if match := BARE_QUOTED.search(detail):
        return "test", match[0], "Error"
    return None


def _importer(variant: dict[str, str], module: str, export: str) -> tuple[str, int] | None:
    """The non-test file and line that import `export` from `module`: where Node reports a link error."""
    for path, text in sorted(variant.items()):
        if path.startswith(("test", "dist/")) or ".test." in path or ".spec." in path:
            continue
        for number, row in enumerate(text.splitlines(), 1):
            if "import" in row and export in row and f"'{module}'" in row:
                return path, number
    return None


def dispatch_depths(case: Path) -> list[tuple[str, str, str, int | None, int]]:
    """(type, file:line, message, depth, candidates) per TYPE_ERROR/IMPORT key; message "" when the key
    quotes none."""
    bugs = json.loads((case / "case.json").read_text())["bugs"]
    fixed, repo = project_files(case / "fixed"), project_files(case / "repo")
    module_type = json.loads((case / "repo" / "package.json").read_text()).get("type", "commonjs")
    rows = []
    for bug, variant in zip(bugs, single_bug_variants(fixed, repo, bugs), strict=True):
        if bug["type"] not in ("TYPE_ERROR", "IMPORT"):
            continue
        where = f"{bug['file']}:{bug['line']}"
        quoted = quoted_message(bug.get("detail", ""))
        if quoted is None:
            rows.append((bug["type"], where, "", None, 0))
            continue
        source, message, code = quoted
        file, line, extra = bug["file"], bug["line"], {"column": 0}
        if linked := LINKED.search(message):
            file, line = _importer(variant, linked["module"], linked["export"]) or (file, line)
            extra |= {"module": linked["module"], "export": linked["export"]}
        failure = Failure(BugType[bug["type"]], file, line, message[:300], source, code, extra=extra)
        found = dispatch.candidates_for(
            failure, repo=Repository(files=sorted(variant), read=variant.get), module_type=module_type
        )
        depth = next(
            (
                i + 1
                for i, c in enumerate(found)
                if c.file in fixed and _lines(c.text) == _lines(fixed[c.file])
            ),
            None,
        )
        rows.append((bug["type"], where, message, depth, len(found)))
    return rows


def _lines(text: str) -> list[str]:
    return [row.rstrip() for row in text.splitlines() if row.strip()]


def dispatch_main(cases: list[str], *, root: Path) -> int:
    totals: dict[str, list[int]] = {}
    for case in sorted(p for p in root.iterdir() if (p / "case.json").is_file()):
        if cases and not any(case.name.startswith(name) for name in cases):
            continue
        for kind, where, message, depth, count in dispatch_depths(case):
            row = totals.setdefault(kind, [0, 0, 0, 0])
            row[0] += 1
            if not message:
                continue
            row[1] += 1
            row[2] += depth is not None
            row[3] += depth or 0
            print(f"{case.name} {kind} {where}: {depth or '-'} of {count} | {message[:100]}", flush=True)
    print()
    for kind, (keys, quoted, reached, depth) in sorted(totals.items()):
        print(f"{kind}: keys {keys}, quoting a message {quoted}, reached {reached}, depth summed {depth}")
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--case", action="append", default=[])
    parser.add_argument("--dispatch", action="store_true", help="the whole dispatch, from the quoted message")
    # Another corpus directory laid out as dev/ is (a copy of a part that has become dev).
    parser.add_argument("--root", type=Path, default=HERE / "dev")
    args = parser.parse_args()
    if args.dispatch:
        return dispatch_main(args.case, root=args.root)
    totals: dict[str, list[int]] = {}
    for case in sorted(p for p in args.root.iterdir() if (p / "case.json").is_file()):
        if args.case and not any(case.name.startswith(name) for name in args.case):
            continue
        bugs = json.loads((case / "case.json").read_text())["bugs"]
        fixed, repo = project_files(case / "fixed"), project_files(case / "repo")
        part = "d189-d198" if int(case.name[1:].split("-")[0]) >= 189 else "d01-d188"
        for bug, variant in zip(bugs, single_bug_variants(fixed, repo, bugs), strict=True):
            if bug["type"] != "TYPE_ERROR":
                continue
            text, original = variant[bug["file"]], repo[bug["file"]]
            line = next(
                (
                    n
                    for n in range(1, text.count("\n") + 2)
                    if map_line_back(original, text, n) == bug["line"]
                ),
                bug["line"],
            )
            found = generic_candidates(text, bug["file"], line=line)
            depth = next((i + 1 for i, c in enumerate(found) if c.text == fixed[bug["file"]]), None)
            kind = "ts" if bug["file"].endswith(TYPESCRIPT) else "js"
            row = totals.setdefault(f"{part} {kind}", [0, 0, 0])
            row[0], row[1], row[2] = row[0] + 1, row[1] + (depth is not None), row[2] + (depth or 0)
            print(f"{case.name} {bug['file']}:{bug['line']}: {depth or '-'} of {len(found)}", flush=True)
    print()
    for key, (keys, reached, depth) in sorted(totals.items()):
        print(f"{key}: keys {keys}, reached by the generic search {reached}, depth summed {depth}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
