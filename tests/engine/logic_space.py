"""Is each dev LOGIC key's right edit in the Python LOGIC fixer's candidate space, and how deep on its line?

    HEALER_DEBUG=1 .venv/bin/python -m tests.engine.logic_space [--case r88 ...] [--range r169-r178] [--verbose]

Per LOGIC bug of `runs/benchmarks/realcases_dev.toml` (never the held-out file): the released file with only
that bug's edit applied, the LOGIC fixer's edits of the key's line (`logic._scored_sources`, an assertion
failure with no oracle hints, ranked by prior as `_candidates_for` ranks one line's edits, duplicates
dropped) and the 1-based position of the first one whose text is the released file, or an equal fix: the
same AST once `a > b` is read as `b < a`, a comprehension's variables are renamed and an aggregate's list
comprehension is its generator. No test runs and nothing is localised (the Ochiai rank of the line needs
each case's checks in the sandbox; see docs/ENGINE.md for the rounds that ran them): it measures generation and
ranking on the line only. Needs the released projects in the bench cache (`project_repo`).
"""

from __future__ import annotations

import argparse
import ast
import os
import sys
import time
from collections.abc import Callable

import django

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "healer.settings")
django.setup()

from healer.engine.fixers.lineedit import SourceFile  # noqa: E402
from healer.engine.fixers.logic import _scored_sources  # noqa: E402
from runs.benchmarks.mutants import edits_apply  # noqa: E402
from runs.benchmarks.realcases import CaseBug, case_key, cases_load  # noqa: E402
from runs.benchmarks.realset import project_repo, projects_load  # noqa: E402

AGGREGATES = frozenset({"max", "min", "sum", "any", "all", "sorted", "tuple", "set", "list"})
# The last two held-out halves moved to dev (r169-r178 at round 37, r179-r186 at round 38): reported apart,
# the later one as the freshest evidence (code no edit family was written for before round 38); r213-r220 moved
# at round 42 (3/8 keys in the space on round 41's engine, before anything was written for them).
FRESH = ((169, 178), (179, 186), (213, 220))


def _number(case_name: str) -> int:
    return int(case_name.split("-")[0].lstrip("r"))


def _in_range(case_name: str, bounds: tuple[int, int]) -> bool:
    return bounds[0] <= _number(case_name) <= bounds[1]


def _bounds(text: str) -> tuple[int, int]:
    """`r169-r178` (or `169-178`, or one case `r170`) as inclusive case numbers."""
    first, _, last = text.partition("-")
    low = int(first.strip().lstrip("r"))
    return low, int(last.strip().lstrip("r")) if last else low


class _Mirrored(ast.NodeTransformer):
    """`a > b` as `b < a`: the same test of two ordered values (Python's reflected comparison)."""

    MIRROR = {ast.Gt: ast.Lt, ast.GtE: ast.LtE}

    def visit_Compare(self, node: ast.Compare) -> ast.AST:
        self.generic_visit(node)
        if len(node.ops) == 1 and type(node.ops[0]) in self.MIRROR:
            return ast.Compare(
                left=node.comparators[0], ops=[self.MIRROR[type(node.ops[0])]()], comparators=[node.left]
            )
        return node

    def _bound_names(self, node: ast.AST) -> ast.AST:
        """A comprehension's own variables renamed by position: `len(x) for x in xs` is `len(y) for y in xs`."""
        self.generic_visit(node)
        names = {}
        for generator in node.generators:
            for target in ast.walk(generator.target):
                if isinstance(target, ast.Name):
                    names.setdefault(target.id, f"_v{len(names)}")
        for child in ast.walk(node):
            if isinstance(child, ast.Name) and child.id in names:
                child.id = names[child.id]
        return node

    def visit_Call(self, node: ast.Call) -> ast.AST:
        """`max([f(x) for x in xs])` is `max(f(x) for x in xs)`: an aggregate consumes either once."""
        self.generic_visit(node)
        if isinstance(node.func, ast.Name) and node.func.id in AGGREGATES and len(node.args) == 1:
            arg = node.args[0]
            if isinstance(arg, ast.ListComp):
                node.args[0] = ast.GeneratorExp(elt=arg.elt, generators=arg.generators)
        return node

    visit_ListComp = visit_SetComp = visit_GeneratorExp = visit_DictComp = _bound_names


def _canonical(text: str) -> str:
    return ast.dump(_Mirrored().visit(ast.parse(text)))


def _same_tree(first: str, second: str) -> bool:
    """Equal fixes: the same AST once each `a > b` is read as `b < a`."""
    try:
        return _canonical(first) == _canonical(second)
    except (SyntaxError, ValueError):
        return False


def key_depth(
    *, released: str, bug: CaseBug, read: Callable[[str], str] | None = None
) -> tuple[int | None, list[str]]:
    """(1-based depth of the right edit on the key's line or None, the line's distinct edits described).

    `read` gives the released project's other files (the fixer reads them through `ctx.source`).
    """
    broken = edits_apply({bug.file: released}, [bug.edit])[bug.file]
    line = case_key((bug,))[0]["line"]
    sf = SourceFile.parse(bug.file, broken)
    if sf is None:
        return None, []
    ranked = sorted(_scored_sources(sf, line, "AssertionError", read=read), key=lambda item: -item[0])
    seen: set[str] = set()
    described: list[str] = []
    depth = None
    for _, new_source, description, _ in ranked:
        if new_source in seen:
            continue
        seen.add(new_source)
        described.append(description)
        if depth is None and (new_source == released or _same_tree(new_source, released)):
            depth = len(seen)
    return depth, described


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--case", action="append", default=[], help="a case name prefix (r88); repeatable")
    parser.add_argument("--range", type=_bounds, help="the cases numbered in a range only (r169-r178)")
    parser.add_argument(
        "--verbose", action="store_true", help="the first edits of a key that is missed or deep"
    )
    args = parser.parse_args()
    projects = {p.name: p for p in projects_load("dev")}
    rows = []
    started = time.monotonic()
    for case in cases_load("dev"):
        if args.case and not any(case.name.startswith(name) for name in args.case):
            continue
        if args.range and not _in_range(case.name, args.range):
            continue
        repo = project_repo(projects[case.project])
        for bug in case.bugs:
            if bug.type != "LOGIC":
                continue
            released = (repo / bug.file).read_bytes().decode("utf-8")
            depth, described = key_depth(
                released=released,
                bug=bug,
                read=lambda path, repo=repo: (repo / path).read_text(encoding="utf-8"),
            )
            total = len(described)
            rows.append((case.name, bug, depth, total))
            print(
                f"{case.name.split('-')[0]} {bug.file}:{bug.line}  {depth or '-':>4} of {total:<4} {bug.fix[:60]}"
            )
            if args.verbose and (depth is None or depth > 10):
                print("    first edits: " + "; ".join(described[:8]))
    halves = [(f"r{low}-r{high}", [r for r in rows if _in_range(r[0], (low, high))]) for low, high in FRESH]
    for label, chosen in (("all", rows), *halves):
        found = [r[2] for r in chosen if r[2] is not None]
        top10 = sum(1 for d in found if d <= 10)
        median = sorted(found)[len(found) // 2] if found else None
        print(
            f"{label}: {len(found)}/{len(chosen)} keys in the space, {top10} in the line's first 10, "
            f"median depth {median}"
        )
    print(f"{time.monotonic() - started:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
