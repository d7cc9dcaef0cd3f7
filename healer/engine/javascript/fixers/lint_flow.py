"""LINTING templates (round 52, npm26) for two ESLint rules about control and data flow that give neither a
fix nor a suggestion, each the rewrite the rule's documentation (eslint.org/docs/latest/rules/<rule>)
shows as correct code, written so the program does what it did. Registered in lint_problems.TEMPLATES;
validated like every LINTING candidate (ESLint re-run, then the tests).

- no-useless-assignment: "This assigned value is not used in subsequent statements." (at the name
  stored into). A store whose value nothing reads before the next store. When the store is a
  declaration's initializer and the very next statement assigns the same name (`let total = 0; total =
  a * b;`), the declaration takes the second value (`let total = a * b;`) and the assignment goes; an
  initializer or an assignment statement whose value does nothing when evaluated (a literal, a name, a
  member read without a call) is otherwise dropped (`let total;`, the statement removed). A value with
  an effect (a call, `new`, `++`, an assignment, `await`, `delete`) is left: dropping it changes the
  program; so is a statement that is an unbraced `if`/loop body (review of round 52).
- no-continue: "Unexpected use of continue statement." (at the `continue`). A `continue;` that ends
  the block of an `if` without an `else`, that `if` a statement of the loop's own body: the rest of
  the body after the `if` runs only when the test fails, so it becomes the `else` block (`if (c) {
  a; continue; } b;` → `if (c) { a; } else { b; }`); an `if` whose block holds only the `continue`
  keeps the rest under the negated test (`if (!(c)) { b; }`). A labelled `continue`, one nested
  deeper, one in an `if` that has an `else`, or one whose rest declares a name the `if` reads gets
  no candidate. Moved rows are indented with blanks only, and rows inside a template string keep their
  text (review of round 52).
"""

from __future__ import annotations

import tree_sitter

from healer.engine.javascript.fixers.base import Candidate
from healer.engine.javascript.fixers.lint_rewrites import reported_node
from healer.engine.javascript.lint import EslintMessage
from healer.engine.javascript.syntax import node_text, walk

# A value that does nothing when evaluated but read (a getter aside, as ESLint's docs assume too).
INERT = frozenset({"number", "string", "true", "false", "null", "undefined", "identifier", "template_string",
                   "member_expression", "subscript_expression", "this", "regex", "array", "object",
                   "parenthesized_expression", "unary_expression", "binary_expression"})  # fmt: skip
EFFECTS = frozenset({"call_expression", "new_expression", "update_expression", "assignment_expression",
                     "augmented_assignment_expression", "await_expression", "yield_expression",
                     "tagged_template_expression"})  # fmt: skip
LOOPS = ("for_statement", "for_in_statement", "while_statement", "do_statement")
# Where a statement is one of a list, so removing it leaves the statements around it as they were (an
# unbraced `if`/loop body removed would take the next statement as its body).
STATEMENT_LISTS = frozenset({"statement_block", "program", "switch_case", "switch_default"})


def _inert(node: tree_sitter.Node) -> bool:
    # `delete o.p` is a unary expression whose whole point is its effect (the property removed).
    return node.type in INERT and not any(
        n.type in EFFECTS or (n.type == "unary_expression" and _operator(n) == "delete") for n in walk(node)
    )


def _operator(node: tree_sitter.Node) -> str:
    operator = node.child_by_field_name("operator")
    return node_text(operator) if operator is not None else ""


def _line_span(data: bytes, node: tree_sitter.Node) -> tuple[int, int]:
    """The bytes of the lines `node` alone fills (its indentation and newline included)."""
    start = data.rfind(b"\n", 0, node.start_byte) + 1
    end = data.find(b"\n", node.end_byte)
    end = len(data) if end < 0 else end + 1
    if data[start : node.start_byte].strip() or data[node.end_byte : end].strip():
        return node.start_byte, node.end_byte
    return start, end


def _splice(data: bytes, edits: list[tuple[int, int, bytes]]) -> str:
    for start, end, new in sorted(edits, reverse=True):
        data = data[:start] + new + data[end:]
    return data.decode("utf-8", errors="surrogateescape")


# -- no-useless-assignment -------------------------------------------------------------------------
def useless_assignment(text: str, path: str, message: EslintMessage) -> list[Candidate]:
    node, data = reported_node(text, path, message, ("identifier",))
    if node is None or node.parent is None:
        return []
    holder, name = node.parent, node_text(node)
    if holder.type == "variable_declarator" and holder.child_by_field_name("name") == node:
        value = holder.child_by_field_name("value")
        declaration = holder.parent
        if value is None or declaration is None or len(declaration.named_children) != 1:
            return []
        found = []
        after = declaration.next_named_sibling
        stored = _plain_store(after, name)
        if stored is not None and _inert(value):
            # `let x = v; x = w;` → `let x = w;`: v was never read, w is what x starts with.
            start, end = _line_span(data, after)
            edits = [
                (value.start_byte, value.end_byte, data[stored.start_byte : stored.end_byte]),
                (start, end, b""),
            ]
            found.append(
                Candidate(
                    path, _splice(data, edits), message.line, f"declare {name} with the value stored next"
                )
            )
        # `const` must be initialised; `let`/`var` start undefined, which nothing reads before the next store.
        if _inert(value) and (declaration.type == "variable_declaration" or _is_let(declaration)):
            cut = (_name_end(holder), value.end_byte, b"")
            found.append(
                Candidate(
                    path, _splice(data, [cut]), message.line, f"declare {name} without the unused value"
                )
            )
        return found
    if holder.type == "assignment_expression" and holder.child_by_field_name("left") == node:
        value, statement = holder.child_by_field_name("right"), holder.parent
        if (
            value is None
            or statement is None
            or statement.type != "expression_statement"
            or statement.parent is None
            or statement.parent.type not in STATEMENT_LISTS
            or not _inert(value)
        ):
            return []
        start, end = _line_span(data, statement)
        return [
            Candidate(
                path,
                _splice(data, [(start, end, b"")]),
                message.line,
                f"drop the store into {name} nothing reads",
            )
        ]
    return []


def _is_let(declaration: tree_sitter.Node) -> bool:
    return bool(declaration.children) and declaration.children[0].type == "let"


def _name_end(declarator: tree_sitter.Node) -> int:
    """Where `name` (or `name: T`) of a declarator ends, before its ` = value`."""
    kept = declarator.child_by_field_name("type") or declarator.child_by_field_name("name")
    return kept.end_byte


def _plain_store(statement: tree_sitter.Node | None, name: str) -> tree_sitter.Node | None:
    """The value of `name = value;` when `statement` is that and `value` does not read `name`."""
    if statement is None or statement.type != "expression_statement" or not statement.named_children:
        return None
    expression = statement.named_children[0]
    if expression.type != "assignment_expression":
        return None
    left, right = expression.child_by_field_name("left"), expression.child_by_field_name("right")
    if left is None or right is None or left.type != "identifier" or node_text(left) != name:
        return None
    if any(n.type == "identifier" and node_text(n) == name for n in walk(right)):
        return None
    return right


# -- no-continue -----------------------------------------------------------------------------------
def no_continue(text: str, path: str, message: EslintMessage) -> list[Candidate]:
    node, data = reported_node(text, path, message, ("continue_statement",))
    if node is None or node.named_child_count:  # a label
        return []
    block = node.parent
    test_if = block.parent if block is not None else None
    body = test_if.parent if test_if is not None else None
    loop = body.parent if body is not None else None
    if block is None or block.type != "statement_block" or test_if is None or test_if.type != "if_statement":
        return []
    if (
        test_if.child_by_field_name("alternative") is not None
        or test_if.child_by_field_name("consequence") != block
    ):
        return []
    if body is None or body.type != "statement_block" or loop is None or loop.type not in LOOPS:
        return []
    inside = [c for c in block.named_children if c.type != "comment"]
    if not inside or inside[-1] != node:
        return []
    rest = [c for c in body.named_children if c.start_byte > test_if.end_byte]
    if not rest or any(c.type == "comment" for c in rest[-1:]):
        return []
    condition = test_if.child_by_field_name("condition")
    if condition is None:
        return []
    # A name the rest declares is the loop body's, hoisted (a function) or in its scope (let, const,
    # class): the `if` reads it there, and moved into a block of its own the rest's declaration would
    # no longer be what the `if` reads.
    if _declared(rest) & {node_text(n) for n in walk(test_if) if n.type == "identifier"}:
        return []
    indent = data[data.rfind(b"\n", 0, test_if.start_byte) + 1 : test_if.start_byte]
    # The indentation unit: the `continue` line's leading blanks beyond the `if`'s (only blanks: code
    # before the `continue` on its line is no indentation and must not be copied into the moved rows).
    lead = data[data.rfind(b"\n", 0, node.start_byte) + 1 : node.start_byte]
    lead = lead[: len(lead) - len(lead.lstrip())]
    unit = lead[len(indent) :] if lead.startswith(indent) and len(lead) > len(indent) else b"  "
    rest_start = data.rfind(b"\n", 0, rest[0].start_byte) + 1
    rest_end = rest[-1].end_byte
    # One level deeper, but for rows that begin inside a template string (their blanks are its text).
    moved = _deeper(data[rest_start:rest_end], unit, start=rest_start, body=body, as_written=True)
    # Reported at the `if` whose form changes, not at the `continue` that goes.
    at = test_if.start_point.row + 1
    if len(inside) == 1:
        # `if (c) { continue; } rest` → `if (!(c)) { rest }`: the test's parentheses are the condition node's own.
        inner = node_text(condition)[1:-1] if node_text(condition).startswith("(") else node_text(condition)
        head = f"if (!({inner})) {{\n".encode()
        new = head + moved + b"\n" + indent + b"}"
        text_new = _splice(data, [(test_if.start_byte, rest_end, new)])
        return [Candidate(path, text_new, at, "run the rest of the loop's body under the negated test")]
    # Drop the `continue` line, close the block with an `else` holding the rest.
    start, end = _line_span(data, node)
    edits = [(start, end, b""), (block.end_byte, rest_end, b" else {\n" + moved + b"\n" + indent + b"}")]
    return [Candidate(path, _splice(data, edits), at, "run the rest of the loop's body in the if's else")]


DECLARATIONS = ("function_declaration", "generator_function_declaration", "class_declaration")


def _declared(statements: list[tree_sitter.Node]) -> set[str]:
    """The names `statements` declare in their own block (functions, classes, let/const, their patterns)."""
    names = set()
    for statement in statements:
        if statement.type in DECLARATIONS:
            name = statement.child_by_field_name("name")
            names |= {node_text(name)} if name is not None else set()
        elif statement.type == "lexical_declaration":
            for declarator in statement.named_children:
                name = declarator.child_by_field_name("name")
                if name is not None:
                    names |= {
                        node_text(n)
                        for n in walk(name)
                        if n.type in ("identifier", "shorthand_property_identifier_pattern")
                    }
    return names


# -- no-unreachable-loop ---------------------------------------------------------------------------
# Nodes a `break`/`continue` inside cannot leave the loop through (they have their own target or scope).
OWN_TARGETS = frozenset({*LOOPS, "switch_statement", "function_declaration", "function_expression",
                         "arrow_function", "method_definition", "class_body", "generator_function_declaration"})  # fmt: skip
STEP = "first"
ITERATOR = "iterator"
LITERAL_ITERABLES = frozenset({"array", "string"})
PRIMARY = frozenset({"identifier", "member_expression", "subscript_expression", "call_expression", "array",
                     "parenthesized_expression", "this", "string", "template_string"})  # fmt: skip


def unreachable_loop(text: str, path: str, message: EslintMessage) -> list[Candidate]:
    """no-unreachable-loop: "Invalid loop. Its body allows only one iteration." (at the loop). The
    body runs at most once, so the loop is a test: `while (c) B` → `if (c) B`; `for (const x of xs) B`
    → the iterable's first step taken by hand (ECMAScript 14.7.5: for-of gets the iterator and calls
    `next()`), `B` run with `x` bound to its value when it is not done. A `break` or `continue` of the
    loop itself, a `for...in`, a `for await` and a `for (x of ...)` without a declaration get no candidate."""
    node, data = reported_node(text, path, message, (*LOOPS,))
    if node is None:
        return []
    body = node.child_by_field_name("body")
    if body is None or _jumps_out(body):
        return []
    indent = data[data.rfind(b"\n", 0, node.start_byte) + 1 : node.start_byte]
    if node.type == "while_statement":
        condition = node.child_by_field_name("condition")
        if condition is None:
            return []
        new = (
            b"if "
            + data[condition.start_byte : condition.end_byte]
            + b" "
            + data[body.start_byte : body.end_byte]
        )
        if body.type != "statement_block":
            new = (
                b"if "
                + data[condition.start_byte : condition.end_byte]
                + b"\n"
                + indent
                + b"  "
                + data[body.start_byte : body.end_byte]
            )
        edited = _splice(data, [(node.start_byte, node.end_byte, new)])
        return [Candidate(path, edited, message.line, "test the condition once: the body never loops")]
    if node.type != "for_in_statement":
        return []
    kind, left, right = (node.child_by_field_name(f) for f in ("kind", "left", "right"))
    operator = node.child_by_field_name("operator")
    if kind is None or left is None or right is None or operator is None or node_text(operator) != "of":
        return []
    if node_text(kind) not in ("const", "let"):
        return []
    # `for await` takes the async iterator and awaits each step: a sync first step is another program.
    if any(c.type == "await" for c in node.children):
        return []
    names = {node_text(n) for n in walk(node.parent or node) if n.type == "identifier"}
    step = next(f"{STEP}{n or ''}" for n in range(100) if f"{STEP}{n or ''}" not in names)
    unit = b"  "
    statements = body.named_children if body.type == "statement_block" else [body]
    start_of = data.rfind(b"\n", 0, statements[0].start_byte) + 1 if statements else body.start_byte
    if body.type == "statement_block" and statements:
        # The file's own indentation unit, from the body's first statement (two spaces otherwise).
        lead = data[start_of : statements[0].start_byte]
        if lead.startswith(indent) and len(lead) > len(indent) and not lead.strip():
            unit = lead[len(indent) :]
        # The new block is one level deeper than the loop, as the body was: its lines stay as written
        # (re-indenting them would also change a multi-line template string's text).
        block = data[start_of : statements[-1].end_byte]
        as_written = True
    else:
        block = indent + unit + data[body.start_byte : body.end_byte]
        as_written = False
    # A member access binds tighter than any operator: `a || b` is read whole only in parentheses.
    source = node_text(right) if right.type in PRIMARY else f"({node_text(right)})"
    bound = f"{node_text(kind)} {node_text(left)} = {step}.value;\n".encode()
    if right.type in LITERAL_ITERABLES:
        # An array's or a string's iterator has no `return()`: nothing to close.
        head = f"const {step} = {source}[Symbol.iterator]().next();\n".encode()
        inside = indent + unit + bound + block
    else:
        # The body always leaves the loop (by `return` or `throw`), and for-of then closes the iterator
        # (14.7.5.7 ForIn/OfBodyEvaluation, IteratorClose: a generator's `finally` runs). The hand-taken
        # step closes it too, after the body as for-of does.
        it = next(f"{ITERATOR}{n or ''}" for n in range(100) if f"{ITERATOR}{n or ''}" not in names)
        head = (
            f"const {it} = {source}[Symbol.iterator]();\n".encode()
            + indent
            + f"const {step} = {it}.next();\n".encode()
        )
        inside = (
            indent + unit + b"try {\n"
            + indent + unit + unit + bound
            + _deeper(block, unit, start=start_of, body=body, as_written=as_written)
            + b"\n" + indent + unit + b"} finally {\n"
            + indent + unit + unit + f"{it}.return?.();\n".encode()
            + indent + unit + b"}"
        )  # fmt: skip
    new = head + indent + f"if (!{step}.done) {{\n".encode() + inside + b"\n" + indent + b"}"
    edited = _splice(data, [(node.start_byte, node.end_byte, new)])
    return [Candidate(path, edited, message.line, "take the iterable's first value: the body never loops")]


def _deeper(block: bytes, unit: bytes, *, start: int, body: tree_sitter.Node, as_written: bool) -> bytes:
    """`block` one `unit` deeper. Taken `as_written` from `start` in the file, its lines that begin inside
    a template string keep their spaces (those are the string's text); otherwise (a one-statement body
    given its line) only its first line is ours to indent."""
    if not as_written:
        return unit + block
    strings = [(n.start_byte, n.end_byte) for n in walk(body) if n.type == "template_string"]
    rows, at = [], start
    for row in block.split(b"\n"):
        quoted = any(s < at < e for s, e in strings)
        rows.append(unit + row if row.strip() and not quoted else row)
        at += len(row) + 1
    return b"\n".join(rows)


def _jumps_out(body: tree_sitter.Node) -> bool:
    """Whether a `break`/`continue` in `body` targets the loop (or a label outside it)."""
    stack = [body]
    while stack:
        node = stack.pop()
        if node.type in ("break_statement", "continue_statement"):
            return True
        stack.extend(c for c in node.named_children if c.type not in OWN_TARGETS)
    return False
