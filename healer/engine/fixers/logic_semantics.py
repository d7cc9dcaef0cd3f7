"""LOGIC edits read from the documented semantics of Python's statements and builtins.

Each is driven by the code's shape only (no identifier, file or literal of any project):

- a generator expression bound to a name that is read more than once (`rules = (r for r in xs)`, then
  two loops over `rules`): a generator is exhausted by its first loop, and it is always true as a
  condition, so the later readers see nothing; the values are materialised, `tuple(...)` (the
  language reference: a generator expression yields each item once);
- an `if` whose body rebinds what its condition reads (`if line[-1] == '\\': ... line = line[:-1] +
  nextline`): a loop written as a branch handles only the first repetition, so the `if` becomes a
  `while` (GenProg-style statement replacement);
- a counter reset where it should step back (`self.depth += 1`, the nested call, then `self.depth =
  0`): the matching undo of an increment in the same function is the decrement, `-= 1`;
- a file opened for writing where the function appends (`def append(...)`: `open(fn, 'wb')`): mode
  'w' truncates the file and 'a' appends to it (the `open()` documentation), so the mode is swapped.
"""

from __future__ import annotations

import ast

from healer.engine.fixers.lineedit import FUNCTIONS, SourceFile, function_at, walk_own_scope
from healer.engine.fixers.logic_templates import Rewrite, Splicer

GENERATOR_PRIOR = 0.85
LOOP_PRIOR = 0.55
STEP_BACK_PRIOR = 0.7
MODE_PRIOR = 0.8  # the function says it appends
MODE_PLAIN_PRIOR = 0.35
APPENDING_WORDS = ("append", "extend", "add", "log", "record")


def _iterated(sf: SourceFile, node: ast.Name) -> bool:
    parent = sf.parent(node)
    if isinstance(parent, (ast.For, ast.AsyncFor)) and parent.iter is node:
        return True
    if isinstance(parent, ast.comprehension) and parent.iter is node:
        return True
    return isinstance(parent, ast.Call) and node in parent.args


def _generator_rewrites(sf: SourceFile, line: int, func: ast.AST, sp: Splicer) -> list[Rewrite]:
    found = []
    # The binding on `line`, or the one a loop on `line` iterates (the loop is where the tests see
    # nothing, so the spectrum ranks it above the binding; the edit is still made at the binding).
    iterated = {
        n.id
        for n in sf.nodes_touching(line)
        if isinstance(n, ast.Name) and n.lineno == line and isinstance(n.ctx, ast.Load) and _iterated(sf, n)
    }
    for stmt in walk_own_scope(func):
        if not (
            isinstance(stmt, ast.Assign)
            and len(stmt.targets) == 1
            and isinstance(stmt.targets[0], ast.Name)
            and (stmt.lineno == line or (stmt.targets[0].id in iterated and stmt.lineno < line))
        ):
            continue
        name, at = stmt.targets[0].id, stmt.lineno
        value = stmt.value
        gens = [value] if isinstance(value, ast.GeneratorExp) else []
        if isinstance(value, ast.IfExp):
            gens = [v for v in (value.body, value.orelse) if isinstance(v, ast.GeneratorExp)]
        reads = [
            n
            for n in walk_own_scope(func)
            if isinstance(n, ast.Name) and n.id == name and isinstance(n.ctx, ast.Load) and n.lineno > at
        ]
        if len(reads) < 2 or not any(_iterated(sf, n) for n in reads):
            continue
        for gen in gens:
            start, end = sp.span(gen)
            text = sf.text[start:end]
            if not text.startswith("("):
                continue
            found.append(
                Rewrite(
                    at,
                    ((start, end, f"tuple{text}"),),
                    f"materialise the generator {name} once: tuple(...) (a generator is exhausted by its first reader)",
                    GENERATOR_PRIOR,
                    "semantics",
                )
            )
    return found


def _rebound(body: list[ast.stmt]) -> set[str]:
    names = set()
    for stmt in body:
        targets = (
            stmt.targets
            if isinstance(stmt, ast.Assign)
            else [stmt.target]
            if isinstance(stmt, ast.AugAssign)
            else []
        )
        names |= {t.id for t in targets if isinstance(t, ast.Name)}
    return names


def _loop_rewrites(sf: SourceFile, line: int, func: ast.AST, sp: Splicer) -> list[Rewrite]:
    found = []
    for stmt in walk_own_scope(func):
        if not isinstance(stmt, ast.If) or stmt.lineno != line or stmt.orelse:
            continue
        if sf.line_text(line).lstrip()[:3] != "if ":
            continue  # an `elif` cannot become a loop
        read = {n.id for n in ast.walk(stmt.test) if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Load)}
        if not read & _rebound(stmt.body):
            continue
        if any(isinstance(n, (ast.Break, ast.Continue)) for s in stmt.body for n in ast.walk(s)):
            continue  # they would bind to the new loop
        col = sf.char_col(line, stmt.col_offset)
        start = sp.offset(line, col)
        found.append(
            Rewrite(
                line,
                ((start, start + 2, "while"),),
                "repeat while the condition holds: while instead of if (its body changes what it tests)",
                LOOP_PRIOR,
                "semantics",
            )
        )
    return found


def _step_back_rewrites(sf: SourceFile, line: int, func: ast.AST, sp: Splicer) -> list[Rewrite]:
    found = []
    nodes = list(walk_own_scope(func))
    for stmt in nodes:
        if not (
            isinstance(stmt, ast.Assign)
            and stmt.lineno == line
            and len(stmt.targets) == 1
            and isinstance(stmt.value, ast.Constant)
            and stmt.value.value == 0
            and type(stmt.value.value) is int
        ):
            continue
        target = sp.text(stmt.targets[0])
        raised = any(
            isinstance(n, ast.AugAssign)
            and isinstance(n.op, ast.Add)
            and sp.text(n.target) == target
            and isinstance(n.value, ast.Constant)
            and n.value.value == 1
            and n.lineno < line
            for n in nodes
        )
        if not raised:
            continue
        target_end = sp.span(stmt.targets[0])[1]
        value_end = sp.span(stmt.value)[1]
        found.append(
            Rewrite(
                line,
                ((target_end, value_end, " -= 1"),),
                f"step {target} back by one (it was raised by one above) instead of resetting it",
                STEP_BACK_PRIOR,
                "semantics",
            )
        )
    return found


def _mode_rewrites(sf: SourceFile, line: int, func: ast.AST, sp: Splicer) -> list[Rewrite]:
    found = []
    appends = any(word in getattr(func, "name", "").lower() for word in APPENDING_WORDS)
    for node in sf.nodes_touching(line):
        if not (
            isinstance(node, ast.Call) and getattr(node.func, "id", getattr(node.func, "attr", "")) == "open"
        ):
            continue
        mode = (
            node.args[1]
            if len(node.args) > 1
            else next((k.value for k in node.keywords if k.arg == "mode"), None)
        )
        if not (isinstance(mode, ast.Constant) and isinstance(mode.value, str) and mode.lineno == line):
            continue
        text = mode.value
        if "w" in text:
            new, prior = text.replace("w", "a"), MODE_PRIOR if appends else MODE_PLAIN_PRIOR
        elif "a" in text:
            new, prior = text.replace("a", "w"), MODE_PLAIN_PRIOR
        else:
            continue
        start, end = sp.span(mode)
        quote = sf.text[start]
        if quote not in "'\"" or sf.text[end - 1] != quote:
            continue  # a prefixed or implicitly joined literal: left alone
        found.append(
            Rewrite(
                line,
                ((start, end, f"{quote}{new}{quote}"),),
                f"open the file with mode {new!r} instead of {text!r}",
                prior,
                "semantics",
            )
        )
    return found


def semantic_rewrites(sf: SourceFile, line: int) -> list[Rewrite]:
    """The rewrites above that apply at `line` (inside a function)."""
    func = function_at(sf, line)
    if func is None or not isinstance(func, FUNCTIONS):
        return []
    sp = Splicer(sf)
    return [
        *_generator_rewrites(sf, line, func, sp),
        *_loop_rewrites(sf, line, func, sp),
        *_step_back_rewrites(sf, line, func, sp),
        *_mode_rewrites(sf, line, func, sp),
    ]


__all__ = ["semantic_rewrites"]
