"""Does the generic search reach each dev TYPE_ERROR key's right edit, and how deep?

    python tests/corpora/npm/type_space.py [--case NAME ...]

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
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
sys.path[:0] = [str(ROOT), str(HERE)]

from verify import project_files, single_bug_variants  # noqa: E402

from healer.engine.edits import map_line_back  # noqa: E402
from healer.engine.javascript.fixers.generic_search import generic_candidates  # noqa: E402

TYPESCRIPT = (".ts", ".tsx", ".mts", ".cts")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--case", action="append", default=[])
    args = parser.parse_args()
    totals: dict[str, list[int]] = {}
    for case in sorted(p for p in (HERE / "dev").iterdir() if (p / "case.json").is_file()):
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
