"""A module constant changed at its definition before it is changed at its use (round 48, npm22).

A LOGIC edit that wraps the one read of a module constant (`wetKg * DRY_SHARE` → `wetKg * (1 - DRY_SHARE)`)
computes exactly what the same wrapping of the constant's value at its definition computes
(`const DRY_SHARE = 0.8` → `const DRY_SHARE = 0.2`) when the constant is read nowhere else: both pass or
both fail the same tests. They differ in what the program says: a constant is named for what it holds, so
the use-site edit leaves the name lying about its value (`DRY_SHARE` holding the water's share), and the
next reader of the name inherits the bug. The definition is the root cause; the use is a compensation
(the "fix at the root cause, not at the symptom" of the repair literature's patch-correctness studies:
Xiong et al., ICSE 2018, and the anti-patterns of Tan et al., FSE 2016, whose "compensate at the use"
patches are the plausible-but-wrong ones). So each such use-site edit is preceded by its twin at the
definition, the value folded to a literal when it is plain arithmetic on numbers (`1 - 0.8` → `0.2`,
decimal arithmetic so no binary rounding shows), written as the expression otherwise.

Only a top-level `const` whose value is a number literal, read exactly once in its file (an exported or
twice-read constant would change the other readers too), and only an edit whose whole change lies in
that read's replacement, which still reads the name once.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Callable, Collection
from decimal import Decimal, InvalidOperation, localcontext

from healer.engine.javascript.fixers import logic_comments
from healer.engine.javascript.fixers.base import Candidate
from healer.engine.javascript.syntax import encode, node_text, parse, walk

# Candidates examined per call: the list dispatch builds is ranked, the later ones rarely reached.
MAX_EXAMINED = 400
# Once-read constants looked at on one line (a generated line could read thousands).
MAX_PER_LINE = 8
# Candidates whose edit is parsed to confirm it is one expression: the twins dispatch needs are few.
MAX_PARSED = 12
NUMBER = re.compile(r"-?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?")
AT_DEFINITION = "at its definition, where the name says what it holds"


def definitions_first(found: list[Candidate], read: Callable[[str], str | None]) -> list[Candidate]:
    """`found` with each use-site edit of a once-read module constant preceded by its definition twin."""
    constants: dict[str, dict[int, list]] = {}
    originals: dict[str, str | None] = {}
    result: list[Candidate] = []
    parsed = 0  # candidates parsed to check their edit (each parse reads a whole file)
    for index, candidate in enumerate(found):
        if index < MAX_EXAMINED and candidate.file.endswith((".js", ".mjs", ".cjs", ".ts", ".mts", ".cts")):
            if candidate.file not in originals:
                originals[candidate.file] = read(candidate.file)
                text = originals[candidate.file]
                constants[candidate.file] = (
                    _by_row(_once_read_constants(text, candidate.file)) if text else {}
                )
            original = originals[candidate.file]
            if original is not None and constants[candidate.file] and parsed < MAX_PARSED:
                twin, checked = _twin(candidate, original, constants[candidate.file])
                parsed += checked
                if twin is not None:
                    result.append(twin)
        result.append(candidate)
    return result


def keeping_stated(found: list[Candidate], read: Callable[[str], str | None]) -> list[Candidate]:
    """`found` without the edits that make a constant's definition disagree with the value its comment
    states (`// a batter of 1 in 6` above `const BATTER = 1 / 6` made `2 / 6` to compensate for a use
    that forgot a factor): such an edit passes the tests with the name holding what it was documented not
    to hold, the wrong program of patch-correctness studies; the use-site edit is the fix (round 49,
    npm23; logic_comments.stated_constants)."""
    stated: dict[str, dict[int, tuple[int, set]]] = {}
    originals: dict[str, str | None] = {}
    kept = []
    for candidate in found:
        if candidate.file not in stated:
            originals[candidate.file] = text = read(candidate.file)
            tree = parse(text, candidate.file) if text else None
            stated[candidate.file] = logic_comments.stated_constants(tree) if tree is not None else {}
        original = originals[candidate.file]
        if original is None or not stated[candidate.file]:
            kept.append(candidate)
            continue
        # The row the edit changes, not the line the candidate names (round 49's review: a candidate
        # naming the use's line while editing only the definition kept its wrong program).
        row = original.count("\n", 0, _common_prefix(candidate.text, original))
        spec = stated[candidate.file].get(row)
        if spec is not None and logic_comments.contradicts_comment(original, candidate.text, row, spec):
            continue
        kept.append(candidate)
    return kept


def shared_definitions_last(found: list[Candidate], read: Callable[[str], str | None]) -> list[Candidate]:
    """`found` with the edits at a shared constant's definition moved after every other edit (round 54,
    npm28). A top-level `const` holding a literal that the module exports, or reads more than once, is
    the value of every use: changing it at its definition (`BEDS_PER_YURT = 4` made 5) moves all of
    them to make the failing tests' one use pass, where the fault is a use (a `Math.ceil` missing, the
    wrong variable compared: d380's and d381's wrong fixes), and the other uses' tests may not pin the
    old value. The Python engine's ranking likewise puts the lines the failing tests run before the
    data they share (datafaults.py). Such an edit is still tried, last: a constant can be wrong."""
    shared: dict[str, set[int]] = {}
    originals: dict[str, str | None] = {}
    first, last = [], []
    for candidate in found:
        if candidate.file not in shared:
            originals[candidate.file] = text = read(candidate.file)
            shared[candidate.file] = shared_constant_rows(text, candidate.file) if text else set()
        original = originals[candidate.file]
        if original is None or not shared[candidate.file]:
            first.append(candidate)
            continue
        start = _common_prefix(candidate.text, original)
        end = _common_prefix(candidate.text[::-1], original[::-1])
        rows = range(
            original.count("\n", 0, start), original.count("\n", 0, max(start, len(original) - end)) + 1
        )
        (last if all(row in shared[candidate.file] for row in rows) else first).append(candidate)
    return first + last


# Values a constant's definition states outright (`-2.5` is a unary expression around a number).
LITERALS = ("number", "string", "template_string", "true", "false", "unary_expression")


def shared_constant_rows(text: str, path: str) -> set[int]:
    """The 0-based rows of each top-level `const NAME = <literal>` the module exports or reads twice or more."""
    tree = parse(text, path)
    if tree is None:
        return set()
    definitions: dict[str, tuple[object, range, bool]] = {}
    for statement in tree.root_node.named_children:
        exported = statement.type == "export_statement"
        inner = statement.child_by_field_name("declaration") if exported else statement
        if inner is None or inner.type != "lexical_declaration" or inner.children[0].type != "const":
            continue
        for declarator in inner.named_children:
            name, value = declarator.child_by_field_name("name"), declarator.child_by_field_name("value")
            if name is None or value is None or name.type != "identifier" or value.type not in LITERALS:
                continue
            if (
                value.type == "unary_expression"
                and not node_text(value).lstrip("-+ ").replace(".", "").isdigit()
            ):
                continue
            if value.type == "template_string" and value.named_children:
                continue  # `${...}`: made from other values
            rows = range(declarator.start_point.row, declarator.end_point.row + 1)
            definitions[node_text(name)] = (name, rows, exported)
    if not definitions:
        return set()
    reads = dict.fromkeys(definitions, 0)
    # A function or block binding the name anew (`const RATE = 3` inside a function) hides the constant:
    # its reads there are the local's (round 54's review: a once-read constant counted as shared).
    stack: list[tuple[object, frozenset[str]]] = [(tree.root_node, frozenset())]
    while stack:
        node, hidden = stack.pop()
        if node.type in ("identifier", "shorthand_property_identifier"):
            written = node_text(node)
            if written in reads and written not in hidden and node != definitions[written][0]:
                reads[written] += 1
        if node.type in SCOPES:
            hidden = hidden | _bound_in(node, reads.keys())
        stack.extend((child, hidden) for child in node.children)
    return {
        row
        for name, (_, rows, exported) in definitions.items()
        if exported or reads[name] >= 2
        for row in rows
    }


# Nodes that open a scope of their own: functions (their parameters) and blocks (their declarations).
SCOPES = (
    "function_declaration",
    "generator_function_declaration",
    "function_expression",
    "generator_function",
    "function",
    "arrow_function",
    "method_definition",
    "statement_block",
)
BINDINGS = ("identifier", "shorthand_property_identifier_pattern")


def _bound_in(scope, names: Collection[str]) -> frozenset[str]:
    """Which of `names` the scope binds itself: a function's parameters, a block's declarations."""
    patterns = []
    if scope.type == "statement_block":
        for child in scope.named_children:
            if child.type in ("lexical_declaration", "variable_declaration"):
                patterns += [d.child_by_field_name("name") for d in child.named_children]
            elif child.type in ("function_declaration", "class_declaration"):
                patterns.append(child.child_by_field_name("name"))
    else:
        patterns.append(scope.child_by_field_name("parameters") or scope.child_by_field_name("parameter"))
    return frozenset(
        written
        for p in patterns
        if p is not None
        for n in walk(p)
        if n.type in BINDINGS and (written := node_text(n)) in names
    )


def _once_read_constants(text: str, path: str) -> dict[str, tuple[int, int, str, int, int]]:
    """name -> (use start, use end, value text, definition line, use line) for each top-level `const NAME = <number>`
    read exactly once in the file (positions in characters of `text`)."""
    tree = parse(text, path)
    if tree is None:
        return {}
    definitions: dict[str, tuple[object, str, int]] = {}
    for statement in tree.root_node.named_children:
        if (
            statement.type != "lexical_declaration"
            or not statement.children
            or statement.children[0].type != "const"
        ):
            continue
        for declarator in statement.named_children:
            name, value = declarator.child_by_field_name("name"), declarator.child_by_field_name("value")
            if name is None or value is None or name.type != "identifier":
                continue
            written = node_text(value)
            if NUMBER.fullmatch(written.replace(" ", "")):
                definitions[node_text(name)] = (name, written, value.start_point.row + 1)
    if not definitions:
        return {}
    data = encode(text)
    uses: dict[str, list[tuple[int, int]]] = {name: [] for name in definitions}
    stack = [tree.root_node]
    while stack:
        node = stack.pop()
        if node.type in ("identifier", "shorthand_property_identifier"):
            written = node_text(node)
            if written in uses and node != definitions[written][0]:
                uses[written].append((node.start_byte, node.end_byte))
        stack.extend(node.children)
    once = sorted((spans[0], name) for name, spans in uses.items() if len(spans) == 1 and name.isascii())
    found = {}
    # Character offsets and rows walked forward once (decoding each prefix anew is quadratic).
    chars, row, done = 0, 1, 0
    for (start, end), name in once:
        piece = data[done:start].decode("utf-8", errors="surrogateescape")
        chars, row, done = chars + len(piece), row + piece.count("\n"), start
        found[name] = (chars, chars + end - start, definitions[name][1], definitions[name][2], row)
    return found


def _twin(candidate: Candidate, original: str, constants: dict[int, list]) -> tuple[Candidate | None, int]:
    """The definition twin of `candidate`, and how many parses it took."""
    on_line = constants.get(candidate.line, [])
    if not on_line:
        return None, 0  # only an edit of a use's own line
    new = candidate.text
    growth = len(new) - len(original)
    same_head = _common_prefix(new, original)
    same_tail = _common_prefix(new[::-1], original[::-1]) if same_head < len(original) else len(original)
    for name, (start, end, value, line, _row) in on_line[:MAX_PER_LINE]:
        replaced_end = end + growth
        # The whole change lies in the use: the texts agree before its start and after its end.
        if replaced_end < start or same_head < start or same_tail < len(original) - end:
            continue
        replacement = new[start:replaced_end]
        if (
            replacement == name
            or len(re.findall(rf"(?<![\w$.]){re.escape(name)}(?![\w$])", replacement)) != 1
        ):
            continue
        if not _module_level(replacement, name):
            return None, 0  # it reads a local, a call's state or a random draw: not what the definition sees
        if not _one_expression(new, candidate.file, start, replaced_end):
            return None, 1  # `x * 1 - NAME`: the inserted text binds to its neighbours, not to the name
        expression = re.sub(rf"(?<![\w$.]){re.escape(name)}(?![\w$])", f"({value})", replacement)
        folded = _folded(expression)
        written = folded if folded is not None else expression
        tree_text = _redefined(original, candidate.file, name, value, written)
        if tree_text is None:
            return None, 2
        return Candidate(candidate.file, tree_text, line,
                         f"set {name} to {written} {AT_DEFINITION} (its one use computed {replacement})"), 2  # fmt: skip
    return None, 0


# What the use's replacement may read besides the constant, so that computing it once at the definition
# computes what the use did on every call: number literals and `Math`'s pure members.
NAMES = re.compile(r"(?<![\w$])[A-Za-z_$][\w$]*(?:\s*\.\s*[A-Za-z_$][\w$]*)*")
IMPURE = ("random",)


def _module_level(replacement: str, name: str) -> bool:
    """`replacement` reads nothing but `name`, literals and pure `Math` members (review, round 48: `SHARE
    / kg` was moved to the definition, where `kg` is another binding or none, and `Math.random()` is
    drawn once instead of per call)."""
    for match in NAMES.finditer(replacement):
        parts = [p.strip() for p in match.group().split(".")]
        if parts == [name]:
            continue
        if parts[0] != "Math" or len(parts) != 2 or parts[1] in IMPURE:
            return False
    return True


def _by_row(constants: dict[str, tuple[int, int, str, int, int]]) -> dict[int, list]:
    """The constants grouped by the line of their one use."""
    rows: dict[int, list] = {}
    for name, spec in constants.items():
        rows.setdefault(spec[4], []).append((name, spec))
    return rows


def _common_prefix(a: str, b: str) -> int:
    """The length of the longest common prefix, compared a block at a time (linear, in C)."""
    size, at, limit = 4096, 0, min(len(a), len(b))
    while at < limit and a[at : at + size] == b[at : at + size]:
        at += size
    at = min(at, limit)
    end = min(at + size, limit)
    while at < end and a[at] == b[at]:
        at += 1
    return at


def _one_expression(text: str, path: str, start: int, end: int) -> bool:
    """The characters [start, end) of `text` are one whole expression of its tree."""
    tree = parse(text, path)
    if tree is None:
        return False
    first = len(encode(text[:start]))
    last = first + len(encode(text[start:end]))
    node = tree.root_node.descendant_for_byte_range(first, last)
    while node is not None and node.start_byte == first and node.end_byte == last:
        if node.is_named and not node.has_error:
            return True
        node = node.parent
    return False


def _redefined(original: str, path: str, name: str, value: str, written: str) -> str | None:
    tree = parse(original, path)
    if tree is None:
        return None
    data = encode(original)
    for statement in tree.root_node.named_children:
        if statement.type != "lexical_declaration":
            continue
        for declarator in statement.named_children:
            declared, node = declarator.child_by_field_name("name"), declarator.child_by_field_name("value")
            if declared is not None and node is not None and node_text(declared) == name:
                return (data[: node.start_byte] + encode(written) + data[node.end_byte :]).decode(
                    "utf-8", errors="surrogateescape"
                )
    return None


def _folded(expression: str) -> str | None:
    """Plain arithmetic on number literals evaluated in decimal (`1 - (0.8)` → `0.2`), else None."""
    if len(expression) > 200:
        return None
    try:
        tree = ast.parse(expression, mode="eval")
    except SyntaxError:
        return None
    with localcontext() as context:
        context.prec = 28
        try:
            value = _evaluate(tree.body)
        except (InvalidOperation, ZeroDivisionError, ValueError, ArithmeticError):
            return None
    if value is None or not value.is_finite():
        return None
    text = format(value.normalize(), "f")
    return text if len(text) <= 24 else None


def _evaluate(node: ast.AST) -> Decimal | None:
    if (
        isinstance(node, ast.Constant)
        and isinstance(node.value, int | float)
        and not isinstance(node.value, bool)
    ):
        return Decimal(repr(node.value))
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub | ast.UAdd):
        inner = _evaluate(node.operand)
        return None if inner is None else (-inner if isinstance(node.op, ast.USub) else inner)
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add | ast.Sub | ast.Mult | ast.Div):
        left, right = _evaluate(node.left), _evaluate(node.right)
        if left is None or right is None:
            return None
        if isinstance(node.op, ast.Add):
            return left + right
        if isinstance(node.op, ast.Sub):
            return left - right
        if isinstance(node.op, ast.Mult):
            return left * right
        return left / right
    return None
