"""LINTING templates (round 51, npm25) for three ESLint rules that give neither a fix nor a suggestion,
each the edit the rule's documentation (eslint.org/docs/latest/rules/<rule>) describes, written so that
the program does what it did and only the form the rule forbids goes. Registered in
lint_problems.TEMPLATES; validated like every LINTING candidate (ESLint re-run, then the tests).

- no-eq-null: "Use '===' to compare with null." (at the comparison). `x == null` holds for null and
  undefined alike. First the same truth table strictly: `(x === null || x === undefined)` when
  reading `x` twice runs no code, else `(x ?? null) === null` (read once). Then the single
  comparisons, type-directed by what `x` was read from: a lookup that gives `undefined` for a
  missing entry (`Map.prototype.get`, `Array.prototype.find`, `.at`, a property or index read) is
  compared with `undefined` strictly first, one that gives `null` (`String.prototype.match`,
  `RegExp.prototype.exec`, the DOM's `querySelector`/`getElementById`/`getItem`) with `null` (round
  51's review: the origin is a guess, never a proof, so these never go before the same test).
- no-duplicate-imports: "'./m.js' import is duplicated." (at the second import). The second
  declaration's bindings join the first's (`import { a } ...` + `import { b } ...` -> `import { a, b }
  ...`; a default beside named ones, `import d, { a } ...`), the second goes. A module is evaluated
  once however often it is imported, so the bindings are the same. Namespace imports beside named ones,
  two defaults, a type-only import beside a value one, a type-only default beside type-only names
  (TS1363) and two requests with different import attributes are left alone (no single declaration
  says both); equal attributes (`with { type: 'json' }`) are kept (round 51's review).
- no-constructor-return: "Unexpected return statement in constructor." (at the return). `new` gives
  the constructed object when the constructor returns `this` or nothing, so `return this;` as the
  constructor's last statement is removed and elsewhere becomes `return;`. A return of another value
  changes what `new` gives: no candidate.
"""

from __future__ import annotations

import tree_sitter

from healer.engine.javascript.fixers.base import Candidate, replace_nodes, replace_span
from healer.engine.javascript.fixers.lint_rewrites import _unwrapped, reported_node
from healer.engine.javascript.lint import EslintMessage
from healer.engine.javascript.syntax import node_text, walk

# Methods whose result is `undefined` when the entry is missing (ECMAScript: Map/WeakMap.prototype.get,
# Array.prototype.find/findLast/at/pop/shift), and those whose result is `null` (String.prototype.match,
# RegExp.prototype.exec, the DOM's lookups and Web Storage's getItem).
GIVES_UNDEFINED = ("get", "find", "findLast", "at", "pop", "shift")
GIVES_NULL = ("match", "exec", "querySelector", "getElementById", "getItem", "closest", "getAttribute")
# Reads that run no code of the program (a getter aside), so reading twice is reading once.
PLAIN_READS = ("identifier", "member_expression", "subscript_expression", "this")
# Expressions that do something when evaluated, anywhere inside a read (`a[i++]`, `a[new K()]`): the read
# twice would do it twice (round 51's review; a call was the only one checked).
EFFECTS = frozenset({"call_expression", "new_expression", "update_expression", "assignment_expression",
                     "augmented_assignment_expression", "await_expression", "yield_expression"})  # fmt: skip
DECLARATIONS = ("lexical_declaration", "variable_declaration")


# -- no-eq-null ---------------------------------------------------------------------------------------
def eq_null(text: str, path: str, message: EslintMessage) -> list[Candidate]:
    node, data = reported_node(text, path, message, ("binary_expression",))
    # `a + b == null` starts where `a + b` does: the comparison is the innermost one holding it.
    while node is not None and node.type == "binary_expression" and _operator(node) not in ("==", "!="):
        node = node.parent if node.parent is not None and node.parent.start_byte == node.start_byte else None
    if node is None or node.type != "binary_expression":
        return []
    operator = node.child_by_field_name("operator")
    left, right = node.child_by_field_name("left"), node.child_by_field_name("right")
    if operator is None or operator.type not in ("==", "!=") or left is None or right is None:
        return []
    if right.type == "null":
        literal, operand = right, left
    elif left.type == "null":
        literal, operand = left, right
    else:
        return []
    strict = operator.type + "="
    single = {
        empty: replace_nodes(data, {operator: strict, literal: empty}) for empty in ("undefined", "null")
    }
    # The same truth table first: a single strict comparison is a different program unless the value
    # cannot be the other empty one, and what it was read from only suggests that (a Map may store
    # null, a `match` may be a project's own method), while a project's tests need not hold both, so
    # a guess would pass validation as readily as the same test (round 51's review).
    if _unwrapped(operand).type in PLAIN_READS and all(c.type not in EFFECTS for c in walk(operand)):
        read = node_text(operand)
        join = " || " if operator.type == "==" else " && "
        both = join.join(f"{read} {strict} {e}" for e in ("null", "undefined"))
        parent = node.parent
        wrapped = both if parent is not None and parent.type == "parenthesized_expression" else f"({both})"
    else:
        # Read once: `??` turns undefined into null and leaves every other value, so `(v ?? null) === null`
        # holds exactly when `v == null` did (an equality, as `==` was: no parentheses needed around it).
        wrapped = f"({node_text(operand)} ?? null) {strict} null"
    found = [Candidate(path, replace_span(data, node.start_byte, node.end_byte, wrapped), message.line,
                       "compare with null and undefined strictly, the same test")]  # fmt: skip
    first = _missing_value(_unwrapped(operand), node)
    order = [first] if first else []
    found += [
        Candidate(path, single[e], message.line, f"compare with {e} strictly ({strict})")
        for e in dict.fromkeys((*order, "undefined", "null"))
    ]
    return found


def _operator(node: tree_sitter.Node) -> str:
    found = node.child_by_field_name("operator")
    return found.type if found is not None else ""


def _missing_value(operand: tree_sitter.Node, at: tree_sitter.Node) -> str | None:
    """What `operand` holds for a missing entry ("undefined" / "null"), from the expression itself or,
    for a name, from its declaration's initialiser before the comparison; None when unknown."""
    if operand.type == "identifier":
        operand = _initialiser(operand, at)
        if operand is None:
            return None
        operand = _unwrapped(operand)
    if operand.type == "await_expression" and operand.named_children:
        operand = _unwrapped(operand.named_children[0])
    if operand.type in ("member_expression", "subscript_expression"):
        return "undefined"
    if operand.type != "call_expression":
        return None
    callee = operand.child_by_field_name("function")
    if callee is None or callee.type != "member_expression":
        return None
    method = callee.child_by_field_name("property")
    name = node_text(method) if method is not None else ""
    if name in GIVES_UNDEFINED:
        return "undefined"
    if name in GIVES_NULL:
        return "null"
    return None


def _initialiser(name: tree_sitter.Node, at: tree_sitter.Node) -> tree_sitter.Node | None:
    """The value of the nearest `const/let/var name = value` before `at` in an enclosing block."""
    wanted = node_text(name)
    scope = at.parent
    while scope is not None:
        for child in scope.named_children:
            if child.start_byte >= at.start_byte:
                break
            if child.type not in DECLARATIONS:
                continue
            for declarator in child.named_children:
                target = declarator.child_by_field_name("name")
                if target is not None and target.type == "identifier" and node_text(target) == wanted:
                    return declarator.child_by_field_name("value")
        scope = scope.parent
    return None


# -- no-duplicate-imports -----------------------------------------------------------------------------
def duplicate_imports(text: str, path: str, message: EslintMessage) -> list[Candidate]:
    second, data = reported_node(text, path, message, ("import_statement",))
    if second is None or second.parent is None:
        return []
    source = _source(second)
    first = next(
        (
            s
            for s in second.parent.named_children
            if s.type == "import_statement" and s.start_byte < second.start_byte and _source(s) == source
        ),
        None,
    )
    if first is None or source is None or _type_only(first) != _type_only(second):
        return []
    # `with { type: 'json' }` is part of the module request (ECMAScript's import attributes): the
    # merged declaration keeps it, and two requests that differ in it are not one import.
    if _attributes(first) != _attributes(second):
        return []
    merged = _merged(first, second)
    if merged is None:
        return []
    start, end = _statement_lines(data, second)
    text_with = data[: first.start_byte] + merged.encode() + data[first.end_byte : start] + data[end:]
    return [Candidate(path, text_with.decode("utf-8", errors="surrogateescape"), message.line,
                      f"import {source} in one declaration")]  # fmt: skip


def _source(statement: tree_sitter.Node) -> str | None:
    string = statement.child_by_field_name("source")
    return node_text(string)[1:-1] if string is not None else None


def _attributes(statement: tree_sitter.Node) -> str:
    return " ".join(node_text(c) for c in statement.named_children if c.type == "import_attribute")


def _type_only(statement: tree_sitter.Node) -> bool:
    return any(c.type == "type" for c in statement.children)


def _parts(statement: tree_sitter.Node) -> tuple[str | None, str | None, list[str]] | None:
    """(default binding, namespace binding, named specifiers' texts) of an import declaration."""
    clause = next((c for c in statement.named_children if c.type == "import_clause"), None)
    if clause is None:
        return None, None, []
    default = namespace = None
    named: list[str] = []
    for part in clause.named_children:
        if part.type == "identifier":
            default = node_text(part)
        elif part.type == "namespace_import":
            namespace = node_text(part)
        elif part.type == "named_imports":
            named = [node_text(s) for s in part.named_children if s.type == "import_specifier"]
        else:
            return None
    return default, namespace, named


def _merged(first: tree_sitter.Node, second: tree_sitter.Node) -> str | None:
    one, two = _parts(first), _parts(second)
    if one is None or two is None:
        return None
    default = [d for d in (one[0], two[0]) if d]
    namespace = [n for n in (one[1], two[1]) if n]
    named = one[2] + [s for s in two[2] if s not in one[2]]
    if len(set(default)) > 1 or len(set(namespace)) > 1 or (namespace and named):
        return None
    if _type_only(first) and default and (namespace or named):
        # TypeScript refuses `import type D, { A }` (TS1363: a default or named bindings, not both).
        return None
    if not (default or namespace or named):
        return node_text(first)
    spaced = _spaced(first, second)
    bindings = [default[0]] if default else []
    if namespace:
        bindings.append(namespace[0])
    if named:
        bindings.append("{ " + ", ".join(named) + " }" if spaced else "{" + ", ".join(named) + "}")
    keyword = "import type" if _type_only(first) else "import"
    quoted = node_text(first.child_by_field_name("source"))
    ending = ";" if node_text(first).endswith(";") or node_text(second).endswith(";") else ""
    attributes = f" {_attributes(first)}" if _attributes(first) else ""
    return f"{keyword} {', '.join(bindings)} from {quoted}{attributes}{ending}"


def _spaced(*statements: tree_sitter.Node) -> bool:
    """Whether the first declaration with braces writes them with spaces inside (`{ a }`), the
    project's style (spaced when neither has braces)."""
    braces = [n for s in statements for n in walk(s) if n.type == "named_imports"]
    return not braces or node_text(braces[0]).startswith("{ ") or "\n" in node_text(braces[0])


def _statement_lines(data: bytes, statement: tree_sitter.Node) -> tuple[int, int]:
    """The byte span to delete for a statement: its whole lines when nothing else shares them."""
    start = data.rfind(b"\n", 0, statement.start_byte) + 1
    end = data.find(b"\n", statement.end_byte)
    end = len(data) if end < 0 else end + 1
    if data[start : statement.start_byte].strip() or data[statement.end_byte : end].strip():
        return statement.start_byte, statement.end_byte
    return start, end


# -- no-constructor-return ----------------------------------------------------------------------------
def constructor_return(text: str, path: str, message: EslintMessage) -> list[Candidate]:
    node, data = reported_node(text, path, message, ("return_statement",))
    if node is None:
        return []
    value = [c for c in node.named_children if c.type != "comment"]
    if len(value) != 1 or _unwrapped(value[0]).type != "this":
        return []
    body = node.parent
    method = body.parent if body is not None else None
    if body is not None and body.type == "statement_block" and method is not None:
        statements = [c for c in body.named_children if c.type != "comment"]
        if method.type == "method_definition" and statements and statements[-1] == node:
            start, end = _statement_lines(data, node)
            removed = (data[:start] + data[end:]).decode("utf-8", errors="surrogateescape")
            return [Candidate(path, removed, message.line, "end the constructor without returning this")]
    return [Candidate(path, replace_span(data, node.start_byte, node.end_byte, "return;"), message.line,
                      "return from the constructor without a value (new gives this)")]  # fmt: skip
