"""TypeError repairs that only change which value is made, and the repair a comparator's meaning names.

Round 52 (npm26). The thirty-sixth npm part's bowyer sort (`a.lb.localeCompare(b.lb)` on numeric
weights, "a.lb.localeCompare is not a function") was "fixed" where the weight is made, one line up,
by `weightAt(bow.name, drawIn)` for `weightAt(bow.markedLb, drawIn)`: the call was given the bow's
name, its result became text, `localeCompare` existed and the targeted test passed. A TypeError says
the value used has the wrong kind for the operation at the crash; a value made by a call has the
kind the callee returns for what it is given, so putting another name or field into the call's
arguments changes what the program computes in order to change the kind (the plausible-but-wrong
patch of Qi et al., ISSTA 2015; Smith et al.'s overfitting, FSE 2015), not the fault the message
names.

- `retypes_argument(old, new, path, line=...)`: whether `new` differs from `old` only by a name
  (identifier or property name) replaced inside the arguments of a call on a line other than the
  crash line. `dispatch._origins` and `generic_search` drop those from the lines that make the crashed
  value (the crash line's own mutations are untouched: a wrong name read there is the usual bug).
- `comparator_candidates`: "x.localeCompare is not a function" inside a comparison `x.localeCompare(y)`:
  localeCompare answers negative, zero or positive as `x` sorts before, with or after `y`
  (ECMA-402 / ECMAScript 22.1.3.12); the value is no string, and for numbers the same three-way
  answer is `x - y` (the comparator Array.prototype.sort documents, 23.1.3.30), offered only when `y`
  is the same key of the other value (`a.lb`, `b.lb`; review of round 52: of another key `y` may be
  text, and `x - y` NaN, an array silently left unsorted). A guard: a fix only when the failure's
  tests pass.
"""

from __future__ import annotations

import re

from healer.engine.javascript.fixers.base import Candidate, replace_span
from healer.engine.javascript.syntax import encode, node_text, parse, walk

NAME = re.compile(r"[\w$]+")
NOT_A_FUNCTION = re.compile(r"(?P<receiver>[\w$.\[\]]+)\.localeCompare is not a function")
CALLS = ("call_expression", "new_expression")
SCOPES = frozenset(
    {
        "statement_block",
        "arrow_function",
        "function_expression",
        "function_declaration",
        "class_body",
        "program",
    }
)
LOOSER = frozenset({"||", "&&", "??", "<", ">", "<=", ">=", "===", "!==", "==", "!="})


def _changed(old: str, new: str) -> tuple[int, int, str] | None:
    """The one changed span of `old` (start, end, its replacement in `new`), widened to whole names."""
    if old == new:
        return None
    head = 0
    limit = min(len(old), len(new))
    while head < limit and old[head] == new[head]:
        head += 1
    tail = 0
    while tail < limit - head and old[-1 - tail] == new[-1 - tail]:
        tail += 1
    start, end, new_end = head, len(old) - tail, len(new) - tail
    # Widen to the whole word on each side: `markedLb` → `name` shares no letters, `lb` → `lbs` does.
    while start > 0 and NAME.fullmatch(old[start - 1]):
        start -= 1
    while end < len(old) and NAME.fullmatch(old[end]):
        end += 1
        new_end += 1
    return start, end, new[start:new_end]


def retypes_argument(old: str, new: str, path: str, *, line: int) -> bool:
    """Whether `new` only puts another name in place of one inside a call's arguments, on a line
    other than `line` (the crash's): the value made there changes kind by being made from something else."""
    changed = _changed(old, new)
    if changed is None:
        return False
    start, end, replacement = changed
    if not NAME.fullmatch(old[start:end]) or not NAME.fullmatch(replacement):
        return False
    if old.count("\n", 0, start) + 1 == line:
        return False
    tree = parse(old, path)
    if tree is None:
        return False
    at = len(encode(old[:start]))
    node = tree.root_node.descendant_for_byte_range(at, at + len(encode(old[start:end])))
    # Up to the nearest function or block: a callback's body is not the argument list it is passed in.
    while node is not None and node.type not in SCOPES:
        parent = node.parent
        if parent is not None and parent.type == "arguments" and parent.parent is not None:
            return parent.parent.type in CALLS
        node = parent
    return False


def comparator_candidates(text: str, path: str, *, line: int, message: str) -> list[Candidate]:
    """`x.localeCompare(y)` on the crash line, for "x.localeCompare is not a function": `x - y`."""
    wanted = NOT_A_FUNCTION.search(message)
    tree = parse(text, path) if wanted else None
    if tree is None or wanted is None:
        return []
    data = encode(text)
    found = []
    for node in walk(tree.root_node):
        if node.type != "call_expression" or node.start_point.row > line - 1 or node.end_point.row < line - 1:
            continue
        callee, arguments = node.child_by_field_name("function"), node.child_by_field_name("arguments")
        if callee is None or arguments is None or callee.type != "member_expression":
            continue
        receiver, method = callee.child_by_field_name("object"), callee.child_by_field_name("property")
        if method is None or receiver is None or node_text(method) != "localeCompare":
            continue
        if node_text(receiver) != wanted["receiver"]:
            continue
        values = [a for a in arguments.named_children if a.type != "comment"]
        # A second argument is a locale, a third options: only the text order has them, so no subtraction.
        if len(values) != 1:
            continue
        # The message tells only that `x` is no string; `y` is known to be of its kind when it is the same
        # key of the other value compared (`a.lb`, `b.lb`). Another key may be text, and `x - text` is NaN,
        # which sort takes as "equal": the array silently left in its order.
        if _key(node_text(receiver)) != _key(node_text(values[0])):
            continue
        difference = f"{node_text(receiver)} - {node_text(values[0])}"
        # `-` binds tighter than `||`, `&&` and `??` (the comparator chains of a sort), looser than the rest.
        parent = node.parent
        operator = parent.child_by_field_name("operator") if parent is not None else None
        if parent is not None and (
            parent.type == "unary_expression"
            or (
                parent.type == "binary_expression"
                and operator is not None
                and node_text(operator) not in LOOSER
            )
        ):
            difference = f"({difference})"
        new = replace_span(data, node.start_byte, node.end_byte, difference)
        description = (
            f"compare {node_text(receiver)} and {node_text(values[0])} as numbers, by their difference"
        )
        found.append(Candidate(path, new, line, description, guard=True))
    return found


ROOT = re.compile(r"^(?:[\w$]+|this)")


def _key(operand: str) -> str | None:
    """What `operand` reads of its root value (`a.lb` → `.lb`, `a` → ``); None for another form (a call,
    a literal), whose kind nothing ties to the receiver's."""
    root = ROOT.match(operand)
    tail = operand[root.end() :] if root else None
    if tail is None or not re.fullmatch(r"(?:\.[\w$]+|\[[\w$'\"]+\])*", tail):
        return None
    return tail
