"""The numbers a line's comment states, where the line's own literals disagree (round 48, npm22).

Code and its comment are two statements of one intent; where they disagree one of them is wrong, and
in a program whose tests fail, the code is the suspect (iComment, Tan et al., SOSP 2007; @tComment,
Tan et al., ICST 2012: comment-code inconsistencies as a bug detector). The comments read are the ones
that document the line: a comment at the end of the line, and the comment block right above the
line's statement and above each statement or declaration enclosing it, up to the function (or method)
it is in. The numbers written in those comments and not among the line's literals (C), and the
line's decimal literals not stated by the comment (L): when |C| = |L| (one to four), the line's
disagreeing literals take the comment's numbers in the order both are written
(`cut back by one spade length (0.3 m)` above `turvesFrom(l, d, 0.12)`; `months 3 to 6` above
`month >= 4 && month <= 7`). The edit is evidenced by the code itself (`is_evidenced`), so the
dispatch tries it with the line's first edits. A stated number the rest of the function writes as a
literal is accounted for there (`holds 5 bits` above a loop that tests `bits === 5`). Numbers inside words (`ES2020`, `utf8`, `v1.2.3`) and
numbers that name a standard (`RFC 4180`, `ISO 8601`) are no statements of a value.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from decimal import Decimal, InvalidOperation

import tree_sitter

from healer.engine.javascript.fixers.base import replace_nodes
from healer.engine.javascript.syntax import node_text

STATED = re.compile(r"(?<![\w.$])\d+(?:\.\d+)?(?![\w.]\w|\w)")
DECIMAL = re.compile(r"\d+(?:\.\d+)?|\.\d+")
MAX_LITERALS = 4
# Numbers read per comment (a generated comment could hold thousands).
MAX_STATED = 32
# A number that names a standard or a version (`RFC 4180`, `ISO 8601`, `ES 2020`, `UTF-8`) states no value.
NAMED_BY = re.compile(r"\b[A-Z]{2,}[ -]?$")
SCOPES = ("function_declaration", "function_expression", "arrow_function", "method_definition",
          "generator_function_declaration", "program", "class_body")  # fmt: skip
AS_COMMENTED = "as its comment states"


def commented_numbers(data: bytes, nodes, text, path) -> Iterator[tuple[str, str]]:
    if not nodes:
        return
    row = nodes[0].start_point.row
    literals = sorted(
        (
            n
            for n in nodes
            if n.type == "number" and n.start_point.row == row and _value(node_text(n)) is not None
        ),
        key=lambda n: n.start_byte,
    )
    if not literals or len(literals) > 2 * MAX_LITERALS:
        return
    comments = _documenting(nodes[0], row)
    stated = []
    for comment in comments:
        written_out = node_text(comment)
        for match in itertools.islice(STATED.finditer(written_out), MAX_STATED):
            # Only the few characters before the number say whether a standard's name precedes it.
            if not NAMED_BY.search(written_out[max(match.start() - 12, 0) : match.start()]):
                stated.append(match.group())
    if not stated:
        return
    written = {_value(node_text(n)) for n in literals}
    said = {_value(s) for s in stated}
    disagreeing = [n for n in literals if _value(node_text(n)) not in said]
    # Each stated number once, in the order written, those the line already has left out, and those the
    # rest of the function writes too (the comment's `5 bits` is the `bits === 5` two lines down).
    elsewhere = _elsewhere(nodes[0], row)
    claims = list(dict.fromkeys(s for s in stated if _value(s) not in written and _value(s) not in elsewhere))
    if not disagreeing or len(disagreeing) != len(claims) or len(claims) > MAX_LITERALS:
        return
    new = replace_nodes(data, dict(zip(disagreeing, claims, strict=True)))
    old = ", ".join(node_text(n) for n in disagreeing)
    yield new, f"use {', '.join(claims)} for {old}, {AS_COMMENTED}"


def _elsewhere(node: tree_sitter.Node, row: int) -> set[Decimal | None]:
    """The values of the number literals of the line's function (or top-level statement) off the line."""
    scope = node
    while scope.parent is not None and scope.parent.type != "program" and scope.type not in SCOPES:
        scope = scope.parent
    found: set[Decimal | None] = set()
    stack = [scope]
    while stack:
        current = stack.pop()
        if current.type == "number" and current.start_point.row != row:
            found.add(_value(node_text(current)))
        stack.extend(current.named_children)
    return found


def is_evidenced(description: str) -> bool:
    return description.endswith(AS_COMMENTED)


def _value(written: str) -> Decimal | None:
    plain = written.replace("_", "")
    if not DECIMAL.fullmatch(plain.lstrip("-")):
        return None
    try:
        return Decimal(plain)
    except InvalidOperation:
        return None


def _documenting(node: tree_sitter.Node, row: int) -> list[tree_sitter.Node]:
    """The comments that document `row`: trailing on it, and the blocks right above the statements that
    enclose it, up to its function."""
    found = []
    current = node
    while current is not None and current.type not in ("program",):
        sibling = current.next_sibling
        if (
            sibling is not None
            and sibling.type == "comment"
            and sibling.start_point.row == row == current.end_point.row
        ):
            found.append(sibling)
        previous = current.prev_sibling
        above = current.start_point.row
        while previous is not None and previous.type == "comment" and previous.end_point.row >= above - 1:
            found.append(previous)
            above = previous.start_point.row
            previous = previous.prev_sibling
        if current.type in SCOPES:
            # Its own leading comment (or its `export`'s) is read; nothing above the function.
            holder = current.parent
            if holder is not None and holder.type in (
                "export_statement",
                "variable_declarator",
                "lexical_declaration",
            ):
                current = holder
                continue
            break
        current = current.parent
        if current is not None and current.type in ("class_body", "program"):
            break
    return found


# -- the count of what was summarised (round 48, npm22) ----------------------------------------------
KEYED = ("keys", "values", "entries")
# Counts examined on one line.
MAX_COUNTED = 4


def source_counts(data: bytes, nodes, text, path) -> Iterator[tuple[str, str]]:
    """`Object.keys(totals).length` / `totals.size` → `pellets.length`, where the function made `totals`
    by a call on the array `pellets` (`const totals = tally(pellets)`): a summary of a collection
    (a count per kind) has one entry per kind, not per element, so a mean over the elements divides by
    the count of what was summarised (PraPR's and ssFix's "replace a variable by another of the same
    kind in scope", the donor the data flow names — the inverse of logic_wider.derived_lengths)."""
    examined = 0
    for node in nodes:
        if node.type != "member_expression":
            continue
        held = _counted(node)
        if held is None:
            continue
        # Each count walks its whole function: a generated line of thousands of `x.size` made this
        # quadratic (review, round 48: 1,400 on one line of a 3,000-line function took minutes).
        examined += 1
        if examined > MAX_COUNTED:
            return
        for source in _summarised_from(node, held)[:2]:
            yield (
                replace_nodes(data, {node: f"{source}.length"}),
                f"count {source}, whose summary {held} has one entry per kind",
            )


def _counted(node: tree_sitter.Node) -> str | None:
    """The name whose entries `node` counts: `Object.keys(x).length`, `x.size`."""
    field = node.child_by_field_name("property")
    target = node.child_by_field_name("object")
    if field is None or target is None:
        return None
    if node_text(field) == "size" and target.type == "identifier":
        return node_text(target)
    if node_text(field) != "length" or target.type != "call_expression":
        return None
    callee, arguments = target.child_by_field_name("function"), target.child_by_field_name("arguments")
    listed = [a for a in arguments.named_children if a.type != "comment"] if arguments is not None else []
    if callee is None or node_text(callee) not in {f"Object.{k}" for k in KEYED} or len(listed) != 1:
        return None
    return node_text(listed[0]) if listed[0].type == "identifier" else None


def _summarised_from(use: tree_sitter.Node, held: str) -> list[str]:
    function = use.parent
    while function is not None and function.type not in SCOPES:
        function = function.parent
    if function is None or function.type in ("program", "class_body"):
        return []
    body = function.child_by_field_name("body")
    found: list[str] = []
    stack = [body] if body is not None else []
    while stack:
        node = stack.pop()
        if node.type == "variable_declarator" and node.start_byte < use.start_byte:
            name, value = node.child_by_field_name("name"), node.child_by_field_name("value")
            if name is not None and node_text(name) == held and value is not None:
                while value.type == "await_expression" and value.named_children:
                    value = value.named_children[0]
                arguments = (
                    value.child_by_field_name("arguments")
                    if value.type in ("call_expression", "new_expression")
                    else None
                )
                for argument in arguments.named_children if arguments is not None else ():
                    if (
                        argument.type == "identifier"
                        and node_text(argument) != held
                        and node_text(argument) not in found
                    ):
                        found.append(node_text(argument))
        stack.extend(c for c in node.named_children if c.type not in SCOPES)
    return found


# -- a constant that states its value (round 49, npm23) ----------------------------------------------
# Constants looked at per file (a generated module could declare thousands).
MAX_CONSTANTS = 256
LINE_NUMBER = re.compile(r"(?<![\w.$])(?:\d+(?:\.\d+)?|\.\d+)(?![\w.]\w|\w)")


def _stated(comments: list[tree_sitter.Node]) -> set[Decimal | None]:
    said = set()
    for comment in comments:
        written_out = node_text(comment)
        for match in itertools.islice(STATED.finditer(written_out), MAX_STATED):
            if not NAMED_BY.search(written_out[max(match.start() - 12, 0) : match.start()]):
                said.add(_value(match.group()))
    return said


def stated_constants(tree: tree_sitter.Tree) -> dict[int, tuple[int, set]]:
    """row -> (the byte column where the row's code ends, the numbers its comment states) for each
    `const NAME = <value>` whose every number literal its documenting comment states (`// a batter of 1
    in 6` above `const BATTER = 1 / 6`): the name and the comment agree on the value, so the definition is
    no suspect (iComment's consistency read the other way round)."""
    found: dict[int, tuple[int, set]] = {}
    stack = [tree.root_node]
    while stack and len(found) < MAX_CONSTANTS:
        node = stack.pop()
        if node.type == "lexical_declaration" and node.children and node.children[0].type == "const":
            for declarator in node.named_children:
                value = declarator.child_by_field_name("value")
                if value is None or value.start_point.row != value.end_point.row:
                    continue
                literals = [n for n in _numbers(value)]
                if not literals or len(literals) > MAX_LITERALS:
                    continue
                said = _stated(_documenting(value, value.start_point.row))
                if said and all(_value(node_text(n)) in said for n in literals):
                    found[value.start_point.row] = (node.end_point.column, said)
            continue
        if node.type in ("program", "export_statement", "statement_block", "class_body"):
            stack.extend(node.named_children)
    return found


def _numbers(node: tree_sitter.Node) -> list[tree_sitter.Node]:
    found, stack = [], [node]
    while stack and len(found) <= MAX_LITERALS:
        current = stack.pop()
        if current.type == "number":
            found.append(current)
        stack.extend(current.children)
    return found


def contradicts_comment(original: str, new: str, row: int, stated: tuple[int, set]) -> bool:
    """`new` changes only line `row` (0-based) of `original`, a constant whose comment states its value,
    and writes there a number the comment does not state: the definition would disagree with its own
    comment (the value the name was documented to hold moved to compensate for a use)."""
    old_lines, new_lines = original.split("\n"), new.split("\n")
    if len(old_lines) != len(new_lines) or not 0 <= row < len(old_lines):
        return False
    if old_lines[:row] != new_lines[:row] or old_lines[row + 1 :] != new_lines[row + 1 :]:
        return False
    if old_lines[row] == new_lines[row]:
        return False
    code = new_lines[row].split("//", 1)[0]
    return any(_value(m.group()) not in stated[1] for m in LINE_NUMBER.finditer(code))
