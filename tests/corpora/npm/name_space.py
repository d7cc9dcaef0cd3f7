"""Does the IMPORT dispatch reach each dev key whose bug leaves a name unresolved, and how deep?

    python tests/corpora/npm/name_space.py [--case NAME ...] [--root DIR]

Per IMPORT, TYPE_ERROR and LINTING (ESLint no-undef) bug of the development part: the fixed project with only that bug's hunk
applied (`verify.single_bug_variants`); the names that do not resolve in the key's file then and do
in the fixed file (`name_search.unresolved`: tree-sitter scopes, the language's and Node's globals) —
keys with none are counted apart (a module or export that does not resolve, a type error proper).
For the first such name, at its first use, the failure the runners report (V8's `ReferenceError: x
is not defined`, tsc's `Cannot find name 'x'` for TypeScript) goes through the IMPORT dispatch
(`dispatch._imports`) over the variant's files, and the position of the candidate whose text is the
fixed file (blank lines aside) is printed: "before" without the name search (the families, then the resolver, as before
name_search.py), "after" with it. No code runs. Never over the held-out part.
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

from healer.engine.javascript.classify import Repository  # noqa: E402
from healer.engine.javascript.fixers import dispatch, resolver  # noqa: E402
from healer.engine.javascript.fixers.name_search import unresolved  # noqa: E402
from healer.engine.types import BugType, Failure  # noqa: E402

TYPESCRIPT = (".ts", ".tsx", ".mts", ".cts")


def new_names(text: str, fixed: str, path: str) -> list[tuple[str, int]]:
    """The unresolved uses of the variant whose name resolves everywhere in the fixed file."""
    still = {name for name, _ in unresolved(fixed, path)}
    return [(name, line) for name, line in unresolved(text, path) if name not in still]


def _lines(text: str) -> list[str]:
    """The text compared without its blank lines and trailing spaces: an import inserted with or without
    the blank line the author left after it is the same fix."""
    return [row.rstrip() for row in text.splitlines() if row.strip()]


def depths(case: Path) -> list[tuple[str, str, str, int | None, int | None]]:
    """(type, file:line, name, depth before, depth after) per IMPORT/TYPE_ERROR/LINTING key; name "" when the
    bug leaves no name unresolved."""
    bugs = json.loads((case / "case.json").read_text())["bugs"]
    fixed, repo = project_files(case / "fixed"), project_files(case / "repo")
    manifest = json.loads((case / "repo" / "package.json").read_text())
    module_type = manifest.get("type", "commonjs")
    rows = []
    for bug, variant in zip(bugs, single_bug_variants(fixed, repo, bugs), strict=True):
        if bug["type"] not in ("IMPORT", "TYPE_ERROR", "LINTING"):
            continue
        where = f"{bug['file']}:{bug['line']}"
        path = bug["file"]
        text = variant[path]
        names = (
            new_names(text, fixed[path], path)
            if path.endswith((".js", ".mjs", ".cjs", ".jsx", *TYPESCRIPT))
            else []
        )
        if not names:
            rows.append((bug["type"], where, "", None, None))
            continue
        name, line = names[0]
        message = (
            f"Cannot find name '{name}'."
            if path.endswith(TYPESCRIPT)
            else f"ReferenceError: {name} is not defined"
        )
        failure = Failure(BugType.IMPORT, path, line, message, "tsc" if path.endswith(TYPESCRIPT) else "test")
        files = sorted(variant)
        repository = Repository(files=files, read=variant.get)
        family = dispatch._family_imports(failure, text, repo=repository, module_type=module_type)
        seen = {c.text for c in family}
        before = family + [
            c for c in resolver.name_candidates(text, path, name=name, line=line) if c.text not in seen
        ]
        after = dispatch._imports(failure, text, repo=repository, module_type=module_type)
        right = _lines(fixed[path])
        rank = [
            next((i + 1 for i, c in enumerate(found) if _lines(c.text) == right), None)
            for found in (before, after)
        ]
        rows.append((bug["type"], where, name, rank[0], rank[1]))
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
        for kind, where, name, before, after in depths(case):
            row = totals.setdefault(kind, [0, 0, 0, 0, 0])
            row[0] += 1
            if not name:
                continue
            row[1] += 1
            row[2] += before is not None
            row[3] += after is not None
            row[4] += before is not None and (after is None or after > before)
            print(
                f"{case.name} {kind} {where} '{name}': before {before or '-'}, after {after or '-'}",
                flush=True,
            )
    print()
    for kind, (keys, named, before, after, lower) in sorted(totals.items()):
        print(
            f"{kind}: keys {keys}, leaving a name unresolved {named}, right edit found before {before}, "
            f"after {after}, ranked lower or lost {lower}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
