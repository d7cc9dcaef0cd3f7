"""A function exit that returns another variable than its sibling exits agree on: an edit and a target.

A function that hands back its argument at each of its exits (`return value` after each check it
passes) says so at every exit; the one exit that returns a working copy instead (`return normalized`,
the lowercased form only the checks were meant to see) deviates from the others and is likelier the
bug (Engler et al., "Bugs as deviant behavior", SOSP 2001; `logic._LineEdits.sibling_return` applies
the same rule to returned numbers). Two uses:

- the edit: the deviant exit given the name two or more other exits return, when that name is one of
  the function's parameters (what the function was given, so bound at every exit);
- the target: such an exit among the lines the failing tests ran is tried with the top lines, wherever
  the spectrum ranks it. A function whose exits run in most passing tests ranks low by Ochiai
  although the failing test's value came out of it: the exit is the statement that computed the
  compared value (the backward trace of a wrong value, PyTER: Oh & Oh, FSE 2022), named by the code's
  own consistency instead of by the spectrum.
"""

from __future__ import annotations

import ast
from collections import Counter

from healer.engine.fixers.base import RepairContext
from healer.engine.fixers.lineedit import SourceFile, function_at, parameters, walk_own_scope
from healer.engine.fixers.logic_templates import Rewrite, Splicer

DEVIANT_RETURN_PRIOR = 0.7
DEVIANT_RETURN_WEIGHT = 0.75  # a target line: below the oracle's named lines (1.0), above most ties
AGREEING_EXITS = 2
MAX_TARGETS = 4  # exits over the whole ran code: a handful, never a second spectrum


def _deviance(sf: SourceFile, node: ast.Return) -> str | None:
    """The parameter two or more other exits of `node`'s function return when `node` returns another name."""
    if not isinstance(node.value, ast.Name):
        return None
    func = function_at(sf, node.lineno)
    if func is None:
        return None
    params = {a.arg for a in parameters(func)}
    others = Counter(
        exit_.value.id
        for exit_ in walk_own_scope(func)
        if isinstance(exit_, ast.Return) and exit_ is not node and isinstance(exit_.value, ast.Name)
    )
    agreed = [name for name, count in others.most_common() if count >= AGREEING_EXITS and name in params]
    if not agreed or agreed[0] == node.value.id or node.value.id in others:
        return None  # no agreement, or the deviant name is returned elsewhere too: a second outcome
    return agreed[0]


def deviant_return_rewrites(sf: SourceFile, line: int) -> list[Rewrite]:
    """`return normalized` -> `return value` when two or more other exits return the parameter `value`."""
    found = []
    for node in sf.nodes_starting(line):
        if not isinstance(node, ast.Return):
            continue
        agreed = _deviance(sf, node)
        if agreed is None:
            continue
        start, end = Splicer(sf).span(node.value)
        found.append(
            Rewrite(
                line=line,
                spans=((start, end, agreed),),
                description=f"return {agreed} as the other exits do, not {node.value.id}",
                prior=DEVIANT_RETURN_PRIOR,
                kind="variable",
            )
        )
    return found


def deviant_return_targets(ctx: RepairContext) -> list[tuple[str, int]]:
    """(file, line) of deviant exits among the lines the failing tests ran, in the spectrum's order."""
    by_file: dict[str, list[int]] = {}
    for file, line, score in ctx.suspicious:
        if score > 0 and file.endswith(".py") and not ctx.is_test_file(file):
            by_file.setdefault(file, []).append(line)
    found: list[tuple[str, int]] = []
    for file, lines in by_file.items():
        try:
            text = ctx.source(file)
        except (OSError, ValueError):
            continue
        raw = text.splitlines()
        # Cheap filter before parsing: only files where a ran line reads as `return <name>`.
        returns = [ln for ln in lines if ln <= len(raw) and _returns_a_name(raw[ln - 1])]
        if not returns:
            continue
        sf = SourceFile.parse(file, text)
        if sf is None:
            continue
        for line in returns:
            if deviant_return_rewrites(sf, line):
                found.append((file, line))
                if len(found) >= MAX_TARGETS:
                    return found
    return found


def _returns_a_name(text: str) -> bool:
    words = text.split()
    return len(words) == 2 and words[0] == "return" and words[1].isidentifier()


__all__ = ["deviant_return_rewrites", "deviant_return_targets"]
