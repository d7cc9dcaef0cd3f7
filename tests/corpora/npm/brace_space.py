"""Does the brace repair reach each dev key whose file's braces disagree with its indentation, and how deep?

    python tests/corpora/npm/brace_space.py [--case NAME ...] [--root DIR]

Per INDENTATION and SYNTAX bug of the development part: the fixed project with only that bug's hunk
applied (`verify.single_bug_variants`); when the key's file then does not parse and has a brace mismatch
(`syntax.brace_mismatch`, what the classifier turns into an INDENTATION failure), the mismatch's kind
and line, whether that line is the key's, and the position among `indentation_candidates` of the one
whose text is the fixed file (trailing spaces aside). Keys whose file has no mismatch go through
`syntax_candidates` at the key's line (the runner's line stands for it) with the project's code, and
are counted apart. No code runs. Never over the held-out part.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
sys.path[:0] = [str(ROOT), str(HERE)]

from verify import project_files, single_bug_variants  # noqa: E402

from healer.engine.javascript.fixers.syntax import indentation_candidates, syntax_candidates  # noqa: E402
from healer.engine.javascript.syntax import brace_mismatch, first_problem  # noqa: E402

SOURCES = (".js", ".mjs", ".cjs", ".jsx", ".ts", ".tsx", ".mts", ".cts")


def _lines(text: str) -> list[str]:
    return [row.rstrip() for row in text.splitlines()]


def depths(case: Path) -> list[tuple[str, str, str, int, int | None, int]]:
    """(type, file:line, mismatch kind, mismatch line, 1-based depth of the fixed text or None, candidates)
    per INDENTATION/SYNTAX key whose file has a brace mismatch."""
    bugs = json.loads((case / "case.json").read_text())["bugs"]
    fixed, repo = project_files(case / "fixed"), project_files(case / "repo")
    rows = []
    for bug, variant in zip(bugs, single_bug_variants(fixed, repo, bugs), strict=True):
        if bug["type"] not in ("INDENTATION", "SYNTAX") or not bug["file"].endswith(SOURCES):
            continue
        path = bug["file"]
        # The classifier asks for a mismatch only in a file that does not parse (ESLint's indent rule
        # answers the rest).
        broken = first_problem(variant[path], path) is not None
        mismatch = brace_mismatch(variant[path], path) if broken else None
        if mismatch is None:
            # The SYNTAX repairs at the key's line (standing for the runner's), with the project's code.
            want = _lines(fixed[path])
            candidates = syntax_candidates(variant[path], path, line=bug["line"], sources=dict(variant))
            depth = next((i for i, c in enumerate(candidates, 1) if _lines(c.text) == want), None)
            rows.append((bug["type"], f"{path}:{bug['line']}", "", 0, depth, len(candidates)))
            continue
        candidates = indentation_candidates(variant[path], path, mismatch=mismatch)
        want = _lines(fixed[path])
        depth = next((i for i, c in enumerate(candidates, 1) if _lines(c.text) == want), None)
        rows.append(
            (bug["type"], f"{path}:{bug['line']}", mismatch.kind, mismatch.line, depth, len(candidates))
        )
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--case", action="append", default=[])
    parser.add_argument("--root", default=str(HERE / "dev"))
    args = parser.parse_args()
    totals: dict[str, list[int]] = {}
    for case in sorted(p for p in Path(args.root).iterdir() if (p / "case.json").is_file()):
        if args.case and not any(case.name.startswith(name) for name in args.case):
            continue
        for kind, where, mismatch, line, depth, count in depths(case):
            row = totals.setdefault(kind, [0, 0, 0, 0, 0, 0])
            row[0] += 1
            if not mismatch:
                row[5] += depth is not None
                print(f"{case.name} {kind} {where}: parse repairs, {depth or '-'} of {count}", flush=True)
                continue
            row[1] += 1
            row[2] += depth is not None
            row[3] += depth == 1
            row[4] += where.endswith(f":{line}")
            print(
                f"{case.name} {kind} {where}: {mismatch} at {line}, {depth or '-'} of {count}",
                flush=True,
            )
    print()
    for kind, (keys, mismatched, reached, first, at_line, others) in sorted(totals.items()):
        print(
            f"{kind}: keys {keys}, with a brace mismatch {mismatched}, reported at the key's line {at_line}, "
            f"right edit reached {reached}, first {first}; without a mismatch {keys - mismatched}, "
            f"reached by the SYNTAX repairs at the key's line {others}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
