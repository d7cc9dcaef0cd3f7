"""Candidates that make the failure go away by making the program weaker: never fixes.

Tests rarely cover every path, so a validated candidate can still be a program that does less than the
one written (Qi et al., "An analysis of patch plausibility and correctness for generate-and-validate
patch generation systems", ISSTA 2015: most plausible patches of GenProg and Kali delete functionality).
Two such shapes were accepted as fixes on npm cases (round 43's twenty-eighth part, and d269, d273):

- a function or method added whose body only throws: TypeScript's "implement interface", "implement
  inherited abstract class" and "add missing function declaration" quick fixes write
  `throw new Error("Method not implemented.")` so the checker is satisfied, and a test that does not
  reach the stub (or expects any error) then passes. A body that only throws declares the operation
  absent; it is never the repair of a missing or misnamed one.
- a type test taken out (`x instanceof C`, `typeof x === ...`, `Array.isArray(x)`) with no test put in its
  place (`'riders' in x` for `x instanceof Group`, where Group is only a type, is a test; d200's key): d269's `other
  instanceof this` ("Right-hand side of 'instanceof' is not callable") was "fixed" by dropping the test
  from its `&&` chain, so any object with the right name passed as the same roof. The repair of a test
  that throws is a test that works (`instanceof` the class, tried first by `instanceof_candidates`), not
  none.

Two more shapes were accepted on the twenty-ninth npm part (now d289-d298, round 45), each a program that
computes something other than what was written beyond the failing expression:

- a comma operator put where a condition is tested (`if (a > 0, b > 0)` for Python's `a > 0 and b > 0`):
  ECMAScript's comma operator evaluates its left operand and discards it (13.16), so the test becomes
  its last operand alone; a condition (an `if`/`while`/`do`/`for` test, a ternary's test, an operand of
  `!`, `&&`, `||`) never wants a discarded value (ESLint's no-sequences forbids it there).
- a parameter overwritten by the field named like it (`how = this.how` for `this.how = how`, a swap of
  the two sides): a store into a parameter that the constructor never stored anywhere, and a field
  never set (ESLint's no-param-reassign); the same holds for a self-assignment added (`x = x`,
  `this.x = this.x`, no-self-assign), which does nothing.

`refused` tells whether a candidate adds more throw-only bodies, or has fewer type tests, than the text it
replaces; dispatch.py drops those from every failure's list.

`instanceof_candidates`: V8's "Right-hand side of 'instanceof' is not callable" at `x instanceof this`
inside a class: the class is named (`x instanceof Roof`), then `this.constructor` (the subclass of the
receiver, which a subclass instance also passes).
"""

from __future__ import annotations

import re
from collections.abc import Callable

import tree_sitter

from healer.engine.javascript.fixers.base import Candidate, parsing, replace_span
from healer.engine.javascript.fixers.logic_arrays import array_names, array_sums
from healer.engine.javascript.fixers.logic_contracts import read_as_truth
from healer.engine.javascript.syntax import FUNCTION_TYPES, encode, node_text, overlapping, parse, walk

FUNCTIONS = frozenset(FUNCTION_TYPES) | {"method_definition"}
TYPE_TEST_CALLS = frozenset({"Array.isArray", "Number.isInteger", "Number.isFinite", "Buffer.isBuffer"})
# A test another may stand for: `x instanceof Group` (a type tsc cannot test) became `'riders' in x` (d200).
TESTS = frozenset({"instanceof", "in", "===", "!==", "==", "!="})
TRIGGERS = ("throw", "instanceof", "typeof", ".is")
NOT_CALLABLE = "Right-hand side of 'instanceof' is not callable"


# A condition (logic_contracts.read_as_truth) or an operand of these: a comma operator there is a bug.
TRUTH_OPERATORS = frozenset({"&&", "||", "!"})
SCOPES = frozenset(FUNCTIONS) | {"method_definition"}


def _no_ops(root: tree_sitter.Node, rows: tuple[int, int]) -> tuple[int, int]:
    """(comma operators in conditions, stores that do nothing: `x = x`, `o.p = o.p`, a parameter
    assigned from the field named like it) of the nodes of a tree that overlap `rows` (first, last)."""
    commas = stores = 0
    for node in overlapping(root, rows):
        if node.type == "sequence_expression" and (
            node.parent is None or node.parent.type != "sequence_expression"
        ):
            commas += read_as_truth(node, TRUTH_OPERATORS)
        elif node.type == "assignment_expression":
            left, right = node.child_by_field_name("left"), node.child_by_field_name("right")
            if left is None or right is None:
                continue
            if node_text(left) == node_text(right) or (
                left.type == "identifier"
                and right.type == "member_expression"
                and (owner := right.child_by_field_name("object")) is not None
                and owner.type == "this"
                and node_text(right.child_by_field_name("property") or right) == node_text(left)
                and node_text(left) in _parameters(node)
            ):
                stores += 1
    return commas, stores


def _parameters(node: tree_sitter.Node) -> set[str]:
    current = node.parent
    while current is not None and current.type not in SCOPES:
        current = current.parent
    if current is None:
        return set()
    parameters = current.child_by_field_name("parameters") or current.child_by_field_name("parameter")
    if parameters is None:
        return set()
    return {node_text(n) for n in walk(parameters) if n.type == "identifier"}


def _longest(same: Callable[[int], bool], limit: int) -> int:
    """The largest n <= limit with same(n), for a same() true up to some n and false after."""
    low, high = 0, limit
    while low < high:
        middle = (low + high + 1) // 2
        if same(middle):
            low = middle
        else:
            high = middle - 1
    return low


def _changed(old: str, new: str) -> tuple[str, tuple[int, int], tuple[int, int]]:
    """The lines of `new` that differ from `old`'s (their common head and tail aside), and the rows
    (first, last) they span in `old` and in `new`."""
    limit = min(len(old), len(new))
    # Both ends found by halving (slices compared in C), not a character at a time: the refuser calls
    # this for each candidate, and a 1 MB file took a second a call (round 46's review).
    head = _longest(lambda n: old[:n] == new[:n], limit)
    tail = _longest(lambda n: old[len(old) - n :] == new[len(new) - n :], limit - head)
    start = new.rfind("\n", 0, head) + 1
    end = new.find("\n", len(new) - tail)
    first = new.count("\n", 0, head)
    rows_new = (first, new.count("\n", 0, len(new) - tail))
    rows_old = (first, old.count("\n", 0, len(old) - tail))
    return new[start : end if end >= 0 else len(new)], rows_old, rows_new


def _trees(old: str, new: str, path: str, cache: dict) -> tuple[tree_sitter.Tree, tree_sitter.Tree] | None:
    """(old's tree, parsed once per refuser; new's, parsed once per candidate: both refusals below read
    it), or None when `new` does not parse cleanly or `old` not at all."""
    if cache.get("new text") is not new:
        cache["new text"], cache["new"] = new, parse(new, path)
    new_tree = cache["new"]
    if new_tree is None or new_tree.root_node.has_error:
        return None
    if "old" not in cache:
        cache["old"] = parse(old, path)
    return (cache["old"], new_tree) if cache["old"] is not None else None


def _more_no_ops(old: str, new: str, path: str, cache: dict) -> str:
    """Why `new` computes less than `old` by a comma operator in a condition or a store that does
    nothing which `old` did not have, counted over the nodes overlapping the changed lines (the rest of
    the two trees is the same); "" otherwise. `old` may not parse (a SYNTAX failure's file): its
    recovered tree is counted as it is."""
    inserted, rows_old, rows_new = _changed(old, new)
    if "," not in inserted and "=" not in inserted and "this" not in inserted:
        return ""
    trees = _trees(old, new, path, cache)
    if trees is None:
        return ""
    old_tree, new_tree = trees
    before, after = _no_ops(old_tree.root_node, rows_old), _no_ops(new_tree.root_node, rows_new)
    if after[0] > before[0]:
        return "puts a comma operator in a condition, which tests only its last operand"
    if after[1] > before[1]:
        return "adds a store that does nothing (a name assigned itself, a parameter its own field)"
    return ""


# A name written straight before a string literal (`f'...'`, Python's string prefixes `f`, `r`, `b`):
# the string was the value, and the name is no parameter of a function made there.
PREFIXED = re.compile(r"(?<![\w$.])([A-Za-z_$][\w$]*)[ \t]*(['\"`])")
ARROWED = re.compile(r"(?<![\w$.])([A-Za-z_$][\w$]*)\s*=>\s*(['\"`])")


def _prefix_made_function(old: str, new: str) -> bool:
    """Whether `new` puts `=>` between a name and the string literal that followed it in `old`
    (`f'{x}'` → `f => '{x}'`: the value becomes a function, d307's first error in round 45)."""
    if "=>" not in new:
        return False
    inserted, rows_old, _ = _changed(old, new)
    arrows = {(m.group(1), m.group(2)) for m in ARROWED.finditer(inserted)}
    if not arrows:
        return False
    lines = old.split("\n")[rows_old[0] : rows_old[1] + 1]
    before = {(m.group(1), m.group(2)) for m in PREFIXED.finditer("\n".join(lines))}
    return bool(arrows & before)


def _more_array_sums(old: str, new: str, path: str, cache: dict, arrays: dict[str, set[str]]) -> str:
    """Why `new` adds a `+` between two values the file makes arrays (their texts joined, never a
    list: logic_arrays), counted on the changed lines; "" otherwise."""
    inserted, rows_old, rows_new = _changed(old, new)
    if "+" not in inserted:
        return ""
    trees = _trees(old, new, path, cache)
    if trees is None:
        return ""
    old_tree, new_tree = trees
    # The old file's array names are found once per refuser; the candidate's only on its changed rows
    # (round 46's review: each candidate walked both whole trees twice, 20 s on a 30,000-line file).
    if "arrays" not in arrays:
        arrays["arrays"] = array_names(old_tree.root_node)
    names = arrays["arrays"]
    after = array_sums(new_tree.root_node, rows_new, names=names | array_names(new_tree.root_node, rows_new))
    if after > array_sums(old_tree.root_node, rows_old, names=names):
        return "adds + between two arrays, which joins their texts"
    return ""


def _counts(text: str, path: str) -> tuple[int, int, int] | None:
    """(function bodies that only throw, type tests, tests of any kind) of a text; None when it does not
    parse cleanly (tree-sitter's recovery reads words of a broken line as operators)."""
    tree = parse(text, path)
    if tree is None or tree.root_node.has_error:
        return None
    stubs = types = tests = 0
    for node in walk(tree.root_node):
        kind = node.type
        if kind == "statement_block" and node.parent is not None and node.parent.type in FUNCTIONS:
            statements = [c for c in node.named_children if c.type != "comment"]
            stubs += len(statements) == 1 and statements[0].type == "throw_statement"
        elif kind == "binary_expression":
            operator = node.child_by_field_name("operator")
            written = operator.type if operator is not None else ""
            types += written == "instanceof"
            tests += written in TESTS
        elif kind == "unary_expression":
            typed = bool(node.children) and node.children[0].type == "typeof"
            types += typed
            tests += typed
        elif kind == "call_expression":
            function = node.child_by_field_name("function")
            called = node_text(function) if function is not None else ""
            types += called in TYPE_TEST_CALLS
            tests += called in TYPE_TEST_CALLS or called.rsplit(".", 1)[-1] in ("includes", "has", "hasOwn")
    return stubs, types, tests


def refused(old: str, new: str, path: str) -> str:
    """Why the candidate (old → new text of one file) is a weaker program, or "" when it is not."""
    return refuser(old, path)(new)


def refuser(old: str, path: str) -> Callable[[str], str]:
    """`refused(old, new, path)` for many `new` of one file: the original is parsed and counted once
    (a failure's candidates mostly edit one file; counting walks every node, a second a large file)."""
    counted: list[tuple[int, int, int] | None] = []
    no_ops: dict = {}
    arrays: dict[str, set[str]] = {}

    constants: list[dict[str, float]] = []

    def why(new: str) -> str:
        if old == new:
            return ""
        if _prefix_made_function(old, new):
            return "makes a name written before a string a function returning the string"
        if not constants:
            constants.append(_numeric_constants(old))
        if constants[0] and _constant_echo(old, new, constants[0]):
            return "replaces a number by the value of a constant the same line reads"
        no_op = _more_no_ops(old, new, path, no_ops) or _more_array_sums(old, new, path, no_ops, arrays)
        if no_op or not any(word in old or word in new for word in TRIGGERS):
            return no_op
        if not counted:
            counted.append(_counts(old, path))
        before = counted[0]
        after = _counts(new, path) if before is not None else None
        if before is None or after is None:
            return ""
        return _weaker(before, after)

    return why


# Round 47 (npm21): `(grams * (1 + SPRUE_PERCENT)) / 100` "fixed" by `/ 10` with SPRUE_PERCENT = 10 passes
# the tests only because the constant's value is 10: a literal replaced by a number that a constant read
# on the same line holds is the constant's value copied, which agrees with the right program only while
# the constant keeps it (the overfitting of Smith et al., FSE 2015). Refused in every list.
CONSTANT = re.compile(r"\bconst\s+([A-Za-z_$][\w$]*)\s*(?::\s*number\s*)?=\s*(-?\d[\d_]*(?:\.\d+)?)\s*[;\n]")
NUMBER_CHARS = "0123456789._"
MAX_CONSTANTS = 2000


def _numeric_constants(text: str) -> dict[str, float]:
    """`const NAME = <number>` bindings of the file (the first of a name), at most MAX_CONSTANTS."""
    found: dict[str, float] = {}
    for match in CONSTANT.finditer(text):
        found.setdefault(match[1], float(match[2].replace("_", "")))
        if len(found) >= MAX_CONSTANTS:
            break
    return found


def _number_at(text: str, start: int, end: int) -> tuple[str, int, int]:
    """The number token around text[start:end] (widened over digits), its start and end."""
    while start > 0 and text[start - 1] in NUMBER_CHARS:
        start -= 1
    while end < len(text) and text[end] in NUMBER_CHARS:
        end += 1
    return text[start:end], start, end


def _constant_echo(old: str, new: str, constants: dict[str, float]) -> bool:
    limit = min(len(old), len(new))
    head = _longest(lambda n: old[:n] == new[:n], limit)
    tail = _longest(lambda n: old[len(old) - n :] == new[len(new) - n :], limit - head)
    was, _, _ = _number_at(old, head, len(old) - tail)
    now, start, end = _number_at(new, head, len(new) - tail)
    if not re.fullmatch(r"\d[\d_]*(?:\.\d+)?", was) or not re.fullmatch(r"\d[\d_]*(?:\.\d+)?", now):
        return False
    if start > 0 and (new[start - 1].isalpha() or new[start - 1] in "$_"):
        return False  # part of a name, not a literal
    value = float(now.replace("_", ""))
    if value == float(was.replace("_", "")):
        return False
    line_start = new.rfind("\n", 0, start) + 1
    line_end = new.find("\n", end)
    line = new[line_start : line_end if line_end >= 0 else len(new)][:2000]
    return any(constants.get(name) == value for name in re.findall(r"[A-Za-z_$][\w$]*", line))


def _weaker(before: tuple[int, int, int], after: tuple[int, int, int]) -> str:
    if after[0] > before[0]:
        return "adds a function whose body only throws"
    if after[1] < before[1] and after[2] < before[2]:
        return "takes out a type test"
    return ""


def instanceof_candidates(text: str, path: str, *, line: int, message: str) -> list[Candidate]:
    if NOT_CALLABLE not in message:
        return []
    tree = parse(text, path)
    if tree is None:
        return []
    data = encode(text)
    found = []
    for node in walk(tree.root_node):
        if (
            node.type != "binary_expression"
            or node.start_point.row > line - 1
            or node.end_point.row < line - 1
        ):
            continue
        operator = node.child_by_field_name("operator")
        right = node.child_by_field_name("right")
        if operator is None or operator.type != "instanceof" or right is None or right.type != "this":
            continue
        owner = _class_of(node)
        names = (
            [node_text(owner.child_by_field_name("name"))]
            if owner is not None and owner.child_by_field_name("name")
            else []
        )
        for name in [*names, "this.constructor"]:
            found.append(Candidate(path, replace_span(data, right.start_byte, right.end_byte, name), line,
                                   f"test against the class {name}, not the instance this"))  # fmt: skip
    return parsing(found, original=text, path=path)


def _class_of(node: tree_sitter.Node) -> tree_sitter.Node | None:
    current = node.parent
    while current is not None and current.type not in (
        "class_declaration",
        "class",
        "abstract_class_declaration",
    ):
        current = current.parent
    return current
