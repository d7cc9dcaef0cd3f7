"""Is each dev LOGIC key's right edit in the LOGIC fixer's candidate space, and how deep on its line?

    python tests/corpora/npm/logic_space.py [--case NAME ...] [--verbose]

Per LOGIC bug of the development part: the fixed project with only that bug's hunk applied
(`verify.single_bug_variants`), the LOGIC candidates of the key's line (`logic_candidates`, in
the order the dispatch tries one line's: the edits that go first, `goes_first`, then the rest) and the position of the one whose text is the fixed file, and
whether it is one of the edits tried first (`goes_first`), and whether a file-wide contract edit is the
right one (reached from any suspicious line of the module or of a module importing it); the other modules' field reads are given as
the dispatch gives them (`repository_fields`). No code runs and nothing is localised:
it measures generation and ranking on the line only. Never over the held-out part.
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
from healer.engine.javascript.classify import is_test_file  # noqa: E402
from healer.engine.javascript.fixers.base import Candidate  # noqa: E402
from healer.engine.javascript.fixers.logic import (  # noqa: E402
    contract_candidates,
    goes_first,
    imported_contract_candidates,
    logic_candidates,
    repository_fields,
)
from healer.engine.javascript.fixers.logic_constants import keeping_stated  # noqa: E402


def key_depths(case: Path) -> list[tuple[str, int | None, bool, int, bool]]:
    """(file:line, 1-based depth of the right edit or None, tried first, candidates on the line, and
    whether a file-wide contract edit (`contract_candidates` of the key's file, or
    `imported_contract_candidates` of a module importing it) is the right edit: reachable from any
    suspicious line of those modules, whether the key's own line is localised or not)."""
    bugs = json.loads((case / "case.json").read_text())["bugs"]
    fixed, repo = project_files(case / "fixed"), project_files(case / "repo")
    rows = []
    for bug, variant in zip(bugs, single_bug_variants(fixed, repo, bugs), strict=True):
        if bug["type"] != "LOGIC":
            continue
        text, original = variant[bug["file"]], repo[bug["file"]]
        line = next(
            (n for n in range(1, text.count("\n") + 2) if map_line_back(original, text, n) == bug["line"]),
            bug["line"],
        )
        # The other modules' field reads, as the dispatch gives them (its `_sources`: no test file).
        fields = repository_fields({path: code for path, code in variant.items() if not is_test_file(path)})
        found = logic_candidates(text, bug["file"], line=line, fields=fields)
        found = [c for c in found if goes_first(c)] + [c for c in found if not goes_first(c)]
        depth = next((i + 1 for i, c in enumerate(found) if c.text == fixed[bug["file"]]), None)
        first = depth is not None and goes_first(found[depth - 1])
        sources = {
            path: code for path, code in variant.items() if not is_test_file(path) and path.startswith("src/")
        }
        wide = contract_candidates(text, bug["file"]) + [
            c
            for path, code in sources.items()
            for c in imported_contract_candidates(code, path, sources=sources)
            if c.file == bug["file"]
        ]
        reached = any(c.text == fixed[bug["file"]] for c in wide)
        # Round 49 (npm23): would the dispatch drop the right edit as one that makes a constant
        # disagree with the value its comment states (logic_constants.keeping_stated)?
        right = Candidate(bug["file"], fixed[bug["file"]], line, "")
        if not keeping_stated([right], variant.get):
            print(f"  right edit dropped as contradicting a stated constant: {bug['file']}:{bug['line']}")
        rows.append((f"{bug['file']}:{bug['line']}", depth, first, len(found), reached))
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--case", action="append", default=[])
    # Another corpus directory laid out as dev/ is (a copy of a part that has become dev).
    parser.add_argument("--root", type=Path, default=HERE / "dev")
    args = parser.parse_args()
    total = covered = depth_sum = wide = 0
    for case in sorted(p for p in args.root.iterdir() if (p / "case.json").is_file()):
        if args.case and not any(case.name.startswith(name) for name in args.case):
            continue
        for where, depth, first, count, reached in key_depths(case):
            total += 1
            covered += depth is not None
            depth_sum += depth or 0
            wide += reached
            mark = ("first" if first else "") + (" file-wide" if reached else "")
            print(f"{case.name} {where}: {depth if depth else '-'} of {count} {mark}".rstrip(), flush=True)
    print(
        f"\nkeys {total}, right edit in the space {covered}, depth summed over those {depth_sum}, "
        f"reached file-wide {wide}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
