"""Generic one-line search for a runtime TypeError no family repaired (round 35).

The TypeError families (`type_errors`, `tsc_types`, `origins`, ...) each know one documented shape.
Past them, a crash is searched for the way generate-and-validate repair searches a failed assertion
(GenProg's single edits, TBar's fix templates, PraPR's mutators): the same one-line mutation space
`logic.logic_candidates` applies at a LOGIC line, applied here at the crash line and then at the lines
that assign the values it reads (the crash is where a wrong value is used; the value may be made
wrong a few lines up: Monperrus's symptom vs. root cause). The space includes `logic_generic`'s
conversion at an operand and copy before an in-place Array method.

Every generic candidate is a guard (`Candidate.guard`): a mutation that only stops the crash is no fix,
so it counts only when the failure's own tests pass. The search is bounded per failure (`LIMIT`).
"""

from __future__ import annotations

import dataclasses

from healer.engine.javascript.fixers.base import Candidate
from healer.engine.javascript.fixers.logic import logic_candidates
from healer.engine.javascript.fixers.type_disguises import retypes_argument
from healer.engine.javascript.syntax import node_text, parse, walk

# Lines searched per crash (the crash line and the latest assignments of the names it reads) and
# candidates kept per failure: a bound, as every generate-and-validate search has one.
ORIGIN_LINES = 3
PER_LINE = 25
LIMIT = 60


def search_lines(text: str, path: str, *, line: int) -> list[int]:
    """The crash line, then the latest lines before it that assign a name the crash line reads."""
    tree = parse(text, path)
    if tree is None:
        return [line]
    read = {
        node_text(n) for n in walk(tree.root_node) if n.start_point.row == line - 1 and n.type == "identifier"
    }
    assigned: dict[str, int] = {}
    for node in walk(tree.root_node):
        row = node.start_point.row + 1
        if row >= line:
            continue
        target = None
        if node.type == "variable_declarator":
            target = node.child_by_field_name("name")
        elif node.type in ("assignment_expression", "augmented_assignment_expression"):
            target = node.child_by_field_name("left")
        if target is not None and target.type == "identifier" and node_text(target) in read:
            assigned[node_text(target)] = max(assigned.get(node_text(target), 0), row)
    origins = sorted(set(assigned.values()), reverse=True)[:ORIGIN_LINES]
    return [line, *origins]


def generic_candidates(text: str, path: str, *, line: int, table=None, limit: int = LIMIT) -> list[Candidate]:
    """The one-line mutation space at the crash line and the lines that make its values, each edit a
    guard, at most `limit`."""
    found: list[Candidate] = []
    seen = {text}
    for where in search_lines(text, path, line=line):
        for candidate in logic_candidates(text, path, line=where, limit=PER_LINE, table=table):
            # Away from the crash, another name in a call's arguments only changes what the value is
            # made from so that its kind changes (type_disguises, round 52).
            if where != line and retypes_argument(text, candidate.text, path, line=line):
                continue
            if candidate.text not in seen:
                seen.add(candidate.text)
                found.append(dataclasses.replace(candidate, guard=True))
    return found[:limit]
