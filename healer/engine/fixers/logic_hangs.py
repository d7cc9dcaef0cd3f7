"""Where a test stopped by its time limit was stuck: the loops of every frame of its stack, their exits first.

pytest-timeout (signal method) fails a stuck test where its code was at that instant: the deepest
repository frame is one line somewhere in the endless loop, often not the faulty one (a `break` turned
`continue` leaves the loop spinning over its header and condition), and when the loop calls a helper
the deepest frame is in the helper, outside the loop altogether. Infinite-loop repair mends the loop's
exit condition or its exits (Marcote & Monperrus, "Automatic repair of infinite loops", 2015;
Kling et al., "Bolt: on-demand infinite loop escape", OOPSLA 2012), so for every repository frame of
the stopped stack, deepest first, every loop around the frame's line gives:

- its header (a `while` condition, a `for`'s iterable) and the `break` / `continue` / `return`
  statements of its body (its exits);
- the statements of its body that change what a `while` condition reads (`i += 1`, `node = node.next`):
  its steps.

These lines are named targets of the LOGIC search (their edits ranked first whatever the spectrum says:
a stuck test's coverage is the loop's whole body, so the spectrum cannot tell them apart). What it does
not reach: a loop that never ends because of a value made before it (a wrong bound computed earlier),
recursion without a loop, a wait on a lock or a socket.
"""

from __future__ import annotations

import ast

from healer.engine.fixers.base import RepairContext
from healer.engine.fixers.lineedit import SourceFile
from healer.engine.fixers.type_site import frames_of
from healer.engine.types import Failure

LOOPS = (ast.For, ast.AsyncFor, ast.While)
# pytest-timeout's failure: "Failed: Timeout >60.0s" (before 2.2), "Failed: Timeout (>60.0s) from pytest-timeout.".
TIMEOUT_PREFIX = "Failed: Timeout"
MAX_HANG_LINES = 24  # a few loops' exits and steps: named lines, never a second spectrum
# A loop's lines as shares of its weight: exits, then steps, then the header (see loop_lines).
EXIT_SHARE = 1.0
STEP_SHARE = 0.9
HEADER_SHARE = 0.88
# The prior of a stuck loop's exit swap: above the named lines' cap (0.95), so first among the loop's edits.
HANG_EXIT_PRIOR = 1.0


def stopped_by_limit(failure: Failure) -> bool:
    return failure.message.startswith(TIMEOUT_PREFIX)


def _loops_around(sf: SourceFile, line: int) -> list[ast.For | ast.AsyncFor | ast.While]:
    """The loops whose statement includes `line`, innermost first (a nested function's loop stops at its def)."""
    loops = [node for node in sf.nodes_touching(line) if isinstance(node, LOOPS)]
    return sorted(loops, key=lambda node: (-node.lineno, -(node.end_lineno or node.lineno)))


def _own_body(loop: ast.AST):
    """The loop's statements and expressions, not those of functions or classes defined inside it."""
    stack = list(ast.iter_child_nodes(loop))
    while stack:
        node = stack.pop()
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef, ast.Lambda)):
            continue
        yield node
        stack.extend(ast.iter_child_nodes(node))


def _stored(target: ast.AST) -> set[str]:
    return {n.id for n in ast.walk(target) if isinstance(n, ast.Name)} | {
        n.attr for n in ast.walk(target) if isinstance(n, ast.Attribute)
    }


def _stores(node: ast.AST) -> set[str]:
    """The names and attributes an assignment statement stores (none for other nodes)."""
    if isinstance(node, (ast.AugAssign, ast.AnnAssign)):
        return _stored(node.target)
    if isinstance(node, ast.Assign):
        return set().union(*(_stored(target) for target in node.targets))
    return set()


def loop_lines(loop: ast.For | ast.AsyncFor | ast.While) -> list[tuple[int, float]]:
    """(line, share) of one loop's exits, then (for a `while`) its steps, then its header.

    An endless loop is one whose exit is never taken or whose step never reaches its bound: the
    exits come first (a `continue` for a `break`, which leaves the step unrun), the steps next, the
    header's condition last (its edits are the most numerous, and a wrong bound more often ends a loop
    early than never).
    """
    found: dict[int, float] = {}
    exits = {
        node.lineno for node in _own_body(loop) if isinstance(node, (ast.Break, ast.Continue, ast.Return))
    }
    for line in sorted(exits):
        found.setdefault(line, EXIT_SHARE)
    if isinstance(loop, ast.While):
        read = _stored(loop.test)
        for line in sorted({node.lineno for node in _own_body(loop) if _stores(node) & read}):
            found.setdefault(line, STEP_SHARE)
    found.setdefault(loop.lineno, HEADER_SHARE)
    return list(found.items())


def stuck_lines(failure: Failure, ctx: RepairContext) -> list[tuple[str, int, float, bool]]:
    """(file, line, weight, is an exit) of the loops a stopped test was stuck in, best first.

    The exits' loop-control edits (`break` for `continue`) are tried first: a stuck test's coverage
    ties the loop's lines, and the header's and the steps' many edits have higher priors than a
    swapped `break` has on an ordinary failure; for an endless loop the exit that is never taken is
    the first suspect (see loop_lines).
    """
    if not stopped_by_limit(failure):
        return []
    found: list[tuple[str, int, float, bool]] = []
    seen: set[tuple[str, int]] = set()
    parsed: dict[str, SourceFile | None] = {}
    depth = 0
    for file, line in reversed(frames_of(failure)):
        if not file.endswith(".py") or ctx.is_test_file(file):
            continue
        if file not in parsed:
            try:
                parsed[file] = SourceFile.parse(file, ctx.source(file))
            except (OSError, ValueError):
                parsed[file] = None
        sf = parsed[file]
        if sf is None or line > len(sf.lines):
            continue
        for nesting, loop in enumerate(_loops_around(sf, line)):
            # The innermost loop of the deepest frame first; each step outwards or up the stack a little lower.
            weight = max(0.6, 1.0 - 0.05 * (depth + nesting))
            for target, share in loop_lines(loop):
                if (file, target) not in seen:
                    seen.add((file, target))
                    found.append((file, target, weight * share, share == EXIT_SHARE))
        depth += 1
        if len(found) >= MAX_HANG_LINES:
            break
    return sorted(found[:MAX_HANG_LINES], key=lambda item: -item[2])


def hang_targets(failure: Failure, ctx: RepairContext) -> list[tuple[str, int, float]]:
    """(file, line, weight) of the loops a stopped test was stuck in, innermost loop of the deepest frame first."""
    return [(file, line, weight) for file, line, weight, _ in stuck_lines(failure, ctx)]
