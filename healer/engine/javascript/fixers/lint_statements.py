"""LINTING templates (round 53, npmlint27) for two ESLint rules that give neither a fix nor a suggestion,
each the rewrite the rule's documentation (eslint.org/docs/latest/rules/<rule>) shows as correct code.
Registered in lint_problems.TEMPLATES; validated like every LINTING candidate (ESLint re-run, then the
tests), which picks among the candidates.

- no-sequences: "Unexpected use of comma operator." (at the sequence's first comma). The rule allows a
  sequence in a `for` initializer or update, and one wrapped in parentheses (twice where the syntax
  needs a pair already: the test of `if`/`while`/`do`/`switch`/`with`, an arrow's body). A sequence
  that is a whole expression statement becomes one statement per operand (`a = 1, b = 2;` → `a = 1; b =
  2;`), and one that is a `return`'s value becomes the leading operands as statements and `return` of
  the last: the operands run in the same order and the value is the last one's, as the comma operator
  gives. An unbraced `if`/loop body gets braces round the new statements. Then, and wherever else, the
  sequence wrapped in the parentheses the rule accepts (`allowInParentheses`, on by default; ESLint's
  re-run refuses it when the project turns that off). An operand that would open a statement as
  another kind of thing (`{`, `function`, `class`, `let [`) keeps parentheses of its own.
- class-methods-use-this: "Expected 'this' to be used by class method 'm'." (at the method's head). A
  method that reads no instance state. First, when the method reads a module-level name that is the
  default of a constructor parameter stored in `this.f` (or the initializer of an instance field `f`),
  it reads `this.f` instead: the instance holds its own value of that default, and a method reading
  the default ignores it (the rule's point: an instance method that uses no instance). Then the two
  rewrites the rule's documentation shows: the method made `static` (its reads through `this` inside
  the class's instance members go through the class's name), and the method moved out of the class as
  a function before it (those reads call the function). Callers outside the class are not rewritten:
  the tests decide whether one of these keeps the program.
"""

from __future__ import annotations

import re

import tree_sitter

from healer.engine.javascript.fixers.base import Candidate, replace_nodes
from healer.engine.javascript.fixers.lint_kinds import finding_point
from healer.engine.javascript.fixers.lint_rewrites import path_to
from healer.engine.javascript.lint import EslintMessage
from healer.engine.javascript.syntax import declarator_names, encode, node_text, parse, walk

# Statements whose body may be a single unbraced statement: new statements there need a block.
BLOCKS = ("statement_block", "program", "switch_case", "switch_default", "class_static_block")
# A statement may not open with these: the operand keeps parentheses (ECMAScript's ExpressionStatement
# lookahead restriction).
OPENERS = re.compile(r"^(\{|function\b|async\s+function\b|class\b|let\s*\[)")
# Parentheses that belong to the syntax: a sequence there needs a second pair (the rule's docs).
FRAMED = ("if_statement", "while_statement", "do_statement", "switch_statement", "with_statement")
# ESLint names the method with its kind (getFunctionNameWithKind): "method 'm'", "async method 'm'",
# "generator method 'm'", "async generator method 'm'" (round 53's review: the plain form alone).
METHOD = re.compile(r"class (?:async )?(?:generator )?method '([^']+)'")
NESTED = ("function_expression", "function_declaration", "generator_function", "generator_function_declaration",
          "class", "class_declaration", "method_definition")  # fmt: skip


# -- no-sequences -----------------------------------------------------------------------------------
def _first_comma(node: tree_sitter.Node) -> tuple[int, int] | None:
    return next((c.start_point for c in node.children if c.type == ","), None)


def _reported_sequence(
    tree: tree_sitter.Tree, data: bytes, message: EslintMessage
) -> tree_sitter.Node | None:
    point = finding_point(data, message)
    chain = [n for n in path_to(tree.root_node, point) if n.type == "sequence_expression"]
    at_comma = [n for n in chain if _first_comma(n) == point]
    if at_comma:
        return at_comma[-1]
    # Reported elsewhere on the sequence (a custom formatter's column): the innermost holding the point.
    return chain[-1] if chain else None


def _operand(node: tree_sitter.Node) -> str:
    text = node_text(node)
    return f"({text})" if OPENERS.match(text) else text


def _indent(data: bytes, node: tree_sitter.Node) -> str | None:
    """The blanks before `node` when it opens its line, else None."""
    start = data.rfind(b"\n", 0, node.start_byte) + 1
    before = data[start : node.start_byte].decode("utf-8", errors="surrogateescape")
    return before if not before.strip() else None


def _statements(data: bytes, holder: tree_sitter.Node, texts: list[str]) -> str:
    """`texts` written as statements where `holder` (a statement) stands, braced when it is a lone body."""
    indent = _indent(data, holder)
    braced = holder.parent is None or holder.parent.type not in BLOCKS
    if indent is None or braced:
        joined = " ".join(texts)
        return f"{{ {joined} }}" if braced else joined
    return f"\n{indent}".join(texts)


def sequences(text: str, path: str, message: EslintMessage) -> list[Candidate]:
    tree = parse(text, path)
    if tree is None or message.line < 1:
        return []
    data = encode(text)
    node = _reported_sequence(tree, data, message)
    if node is None:
        return []
    parts = node.named_children
    if len(parts) < 2 or any(p.type == "comment" for p in parts):
        return []
    parent = node.parent
    if (
        parent is not None
        and parent.type == "for_statement"
        and parent.child_by_field_name("condition") != node
    ):
        return []  # the rule allows a `for`'s initializer and update (its test is reported)
    found: list[Candidate] = []
    if parent is not None and parent.type in ("expression_statement", "return_statement"):
        holder = parent
        if (
            holder.parent is not None
            and holder.parent.type == "for_statement"
            and holder.parent.child_by_field_name("body") != holder
        ):
            return []  # an older grammar's `for (a, b; …)` initializer statement, not the loop's body
        texts = [f"{_operand(p)};" for p in parts]
        if parent.type == "return_statement":
            texts[-1] = f"return {node_text(parts[-1])};"
        new = replace_nodes(data, {holder: _statements(data, holder, texts)})
        what = "statements" if parent.type == "expression_statement" else "statements before the return"
        found.append(
            Candidate(path, new, message.line, f"write the comma's operands as {what} (no-sequences)")
        )
    wrapped = f"({node_text(node)})"
    outer = parent
    if outer is not None and outer.type == "parenthesized_expression":
        framing = outer.parent
        syntax_pair = framing is not None and (
            (framing.type in FRAMED and framing.child_by_field_name("condition") == outer)
            or (framing.type == "switch_statement" and framing.child_by_field_name("value") == outer)
            or (framing.type == "arrow_function" and framing.child_by_field_name("body") == outer)
        )
        if not syntax_pair:
            return found  # parenthesised already: the rule does not report it
    found.append(Candidate(path, replace_nodes(data, {node: wrapped}), message.line,
                           "wrap the comma expression in parentheses (no-sequences allows it there)"))  # fmt: skip
    return found


# -- class-methods-use-this -------------------------------------------------------------------------
def _name(method: tree_sitter.Node) -> str:
    name = method.child_by_field_name("name")
    return node_text(name) if name is not None else ""


def _reported_method(
    tree: tree_sitter.Tree, data: bytes, message: EslintMessage, name: str
) -> tree_sitter.Node | None:
    """The method named `name` whose head holds the finding (else the nearest such method on its line)."""
    point = finding_point(data, message)
    chain = [n for n in path_to(tree.root_node, point) if n.type == "method_definition" and _name(n) == name]
    if chain:
        return chain[-1]
    row = message.line - 1
    return next(
        (n for n in walk(tree.root_node) if n.type == "method_definition" and _name(n) == name
         and n.start_point.row <= row <= (n.child_by_field_name("body") or n).start_point.row),
        None,
    )  # fmt: skip


def _is_static(member: tree_sitter.Node) -> bool:
    return any(c.type == "static" for c in member.children)


def _this_reads(body: tree_sitter.Node, name: str) -> list[tree_sitter.Node]:
    """`this.<name>` in the class's instance members, outside functions that bind their own `this`."""
    found = []
    for member in body.named_children:
        if _is_static(member) or member.type == "class_static_block":
            continue
        stack = list(member.named_children)
        while stack:
            node = stack.pop()
            if node.type in NESTED:
                continue
            if node.type == "member_expression":
                target, prop = node.child_by_field_name("object"), node.child_by_field_name("property")
                if (
                    target is not None
                    and target.type == "this"
                    and prop is not None
                    and node_text(prop) == name
                ):
                    found.append(node)
                    continue
            stack.extend(node.named_children)
    return found


CLASSES = ("class", "class_declaration", "abstract_class_declaration")


def _overridden(root: tree_sitter.Node, owner: tree_sitter.Node, name: str) -> bool:
    """Another class in the file has a member `name` and one of the two extends a class: `this.name`
    may dispatch to the other's member, which neither `static` nor a moved-out function keeps."""

    def defines(node: tree_sitter.Node) -> bool:
        body = node.child_by_field_name("body")
        return body is not None and any(
            node_text(key) == name
            for member in body.named_children
            if (key := member.child_by_field_name("name") or member.child_by_field_name("property"))
        )

    def extends(node: tree_sitter.Node) -> bool:
        return any(c.type == "class_heritage" for c in node.children)

    return any(
        n.type in CLASSES and n != owner and defines(n) and (extends(n) or extends(owner)) for n in walk(root)
    )


def _in_own_this(node: tree_sitter.Node, block: tree_sitter.Node) -> bool:
    """`node` lies in a function or class inside `block` that binds its own `this` (arrows do not)."""
    parent = node.parent
    while parent is not None and parent != block:
        if parent.type in NESTED:
            return True
        parent = parent.parent
    return False


def _module_names(root: tree_sitter.Node) -> set[str]:
    """Names declared by the file's top-level `const`/`let`/`var`."""
    names = set()
    for statement in root.named_children:
        if statement.type in ("lexical_declaration", "variable_declaration"):
            names |= declarator_names(statement)
    return names


def _default_fields(body: tree_sitter.Node) -> dict[str, str]:
    """Module-level defaults the instance keeps its own value of: `constructor(p = D) { this.f = p; }` and
    an instance field `f = D;` give D → f (a default stored in two fields gives none)."""
    fields: dict[str, list[str]] = {}
    for member in body.named_children:
        if member.type in ("field_definition", "public_field_definition") and not _is_static(member):
            prop, value = member.child_by_field_name("property"), member.child_by_field_name("value")
            if (
                prop is not None
                and prop.type == "property_identifier"
                and value is not None
                and value.type == "identifier"
            ):
                fields.setdefault(node_text(value), []).append(node_text(prop))
        if member.type != "method_definition" or _name(member) != "constructor":
            continue
        parameters, block = member.child_by_field_name("parameters"), member.child_by_field_name("body")
        defaults = {}
        for parameter in parameters.named_children if parameters is not None else []:
            pattern = parameter
            if parameter.type in ("required_parameter", "optional_parameter"):
                pattern = parameter.child_by_field_name("pattern") or parameter
                value = parameter.child_by_field_name("value")
                if pattern.type == "identifier" and value is not None and value.type == "identifier":
                    defaults[node_text(pattern)] = node_text(value)
                    if any(c.type in ("accessibility_modifier", "readonly") for c in parameter.children):
                        # TypeScript's parameter property (`readonly rate = RATE`): the field is the parameter.
                        fields.setdefault(node_text(value), []).append(node_text(pattern))
                continue
            if pattern.type == "assignment_pattern":
                left, right = pattern.child_by_field_name("left"), pattern.child_by_field_name("right")
                if (
                    left is not None
                    and left.type == "identifier"
                    and right is not None
                    and right.type == "identifier"
                ):
                    defaults[node_text(left)] = node_text(right)
        for statement in block.named_children if block is not None else []:
            inner = (
                statement.named_children[0]
                if statement.type == "expression_statement" and statement.named_children
                else None
            )
            if inner is None or inner.type != "assignment_expression":
                continue
            left, right = inner.child_by_field_name("left"), inner.child_by_field_name("right")
            if (
                left is not None
                and left.type == "member_expression"
                and right is not None
                and right.type == "identifier"
                and node_text(right) in defaults
            ):
                target, prop = left.child_by_field_name("object"), left.child_by_field_name("property")
                if (
                    target is not None
                    and target.type == "this"
                    and prop is not None
                    and prop.type == "property_identifier"
                ):
                    fields.setdefault(defaults[node_text(right)], []).append(node_text(prop))
    return {default: names[0] for default, names in fields.items() if len(set(names)) == 1}


def methods_use_this(text: str, path: str, message: EslintMessage) -> list[Candidate]:
    named = METHOD.search(message.message)
    tree = parse(text, path)
    if named is None or tree is None or message.line < 1:
        return []
    name = named.group(1)
    data = encode(text)
    method = _reported_method(tree, data, message, name)
    if method is None or _is_static(method) or method.parent is None or method.parent.type != "class_body":
        return []
    body, owner = method.parent, method.parent.parent
    block = method.child_by_field_name("body")
    if block is None or owner is None:
        return []
    found: list[Candidate] = []
    # The instance's own value of a default the method reads.
    module = _module_names(tree.root_node)
    for default, field in sorted(_default_fields(body).items()):
        reads = [n for n in walk(block) if n.type == "identifier" and node_text(n) == default]
        if default not in module or not reads:
            continue
        if any(_in_own_this(n, block) for n in reads):
            continue  # that function's `this` is not the instance (round 53's review)
        if any(n.type == "shorthand_property_identifier" and node_text(n) == default for n in walk(block)):
            continue
        new = replace_nodes(data, {n: f"this.{field}" for n in reads})
        found.append(Candidate(path, new, message.line,
                               f"read the instance's own {field} (this.{field}) instead of its default {default} in {name}"))  # fmt: skip
    # A method that calls `super` or that a subclass in the file overrides (or overrides another's)
    # stays an instance method (round 53's review).
    keep_instance = any(n.type == "super" for n in walk(block)) or _overridden(tree.root_node, owner, name)
    class_name = owner.child_by_field_name("name")
    reads = _this_reads(body, name)
    if class_name is not None and not keep_instance:
        changes = {n: f"{node_text(class_name)}.{name}" for n in reads}
        # `static` goes before the method's own modifiers (`static async m()`), after a decorator and
        # TypeScript's accessibility (`private static m()`, the order TypeScript requires).
        head = next(c for c in method.children if c.type not in ("decorator", "accessibility_modifier"))
        edited = replace_nodes(data, changes)
        shift = sum(
            len(encode(v)) - (n.end_byte - n.start_byte)
            for n, v in changes.items()
            if n.start_byte < head.start_byte
        )
        at = head.start_byte + shift
        raw = encode(edited)
        new = (raw[:at] + b"static " + raw[at:]).decode("utf-8", errors="surrogateescape")
        found.append(
            Candidate(path, new, message.line, f"make {name} a static method (class-methods-use-this)")
        )
    moved = _moved_out(data, tree=tree, method=method, owner=owner, name=name, reads=reads)
    if moved is not None and not keep_instance:
        found.append(Candidate(path, moved, message.line, f"move {name} out of the class as a function (class-methods-use-this)"))  # fmt: skip
    return found


def _moved_out(
    data: bytes,
    *,
    tree: tree_sitter.Tree,
    method: tree_sitter.Node,
    owner: tree_sitter.Node,
    name: str,
    reads: list[tree_sitter.Node],
) -> str | None:
    """The file with the method written as `function name(…) {…}` before its class (a class expression:
    before the statement that holds it) and its reads through `this` calling it; None when the name is
    taken, the method is an accessor, private, computed or decorated, or the class is not at the file's top
    level."""
    key = method.child_by_field_name("name")
    if key is None or key.type != "property_identifier" or name == "constructor":
        return None
    if any(c.type in ("get", "set", "static") for c in method.children):
        return None
    if method.prev_named_sibling is not None and method.prev_named_sibling.type == "decorator":
        return None  # TypeScript's grammar: the method's decorator is its sibling in the class body
    if any(
        n.type in ("identifier", "shorthand_property_identifier") and node_text(n) == name
        for n in walk(tree.root_node)
    ):
        return None  # a binding or a read of the name already: the function would shadow or clash
    statement = owner
    while statement.parent is not None and statement.parent.type not in ("program", "export_statement"):
        statement = statement.parent
    if statement.parent is None:
        return None
    if statement.parent.type == "export_statement":
        statement = statement.parent
    if statement.parent is None or statement.parent.type != "program":
        return None
    prefix = b""
    for child in method.children:
        if child == key:
            break
        if child.type == "async":
            prefix += b"async "
        elif child.type == "*":
            prefix += b"*"
        else:
            return None  # a modifier or a decorator, which a function cannot carry (round 53's review)
    indent = _indent(data, statement) or ""
    own = _indent(data, method)
    head = b"async function" if prefix.startswith(b"async") else b"function"
    star = b"*" if prefix.endswith(b"*") else b""
    rows = (head + star + b" " + encode(name) + data[key.end_byte : method.end_byte]).split(b"\n")
    multiline = any(
        n.type == "template_string" and n.start_point.row != n.end_point.row for n in walk(method)
    )
    if own is not None and not multiline and len(own) > len(indent):
        # The method's rows lose the class body's extra indent, as a top-level function's would have.
        cut = encode(own[len(indent) :])
        rows = [rows[0]] + [r[len(cut) :] if r.startswith(cut) else r for r in rows[1:]]
    function = b"\n".join(rows)
    # The method's span, with its rows (and one blank row before them) when it stands alone on them.
    start, end = method.start_byte, method.end_byte
    if own is not None:
        start = data.rfind(b"\n", 0, method.start_byte) + 1
        after = data.find(b"\n", end)
        if after != -1 and not data[end:after].strip():
            end = after + 1
            before = data.rfind(b"\n", 0, start - 1) + 1
            if start > 0 and not data[before : start - 1].strip():
                start = before
    if any(method.start_byte <= n.start_byte < method.end_byte for n in reads):
        return None  # the method calls itself through `this`: a function has no such `this`
    edits = [(n.start_byte, n.end_byte, encode(name)) for n in reads]
    edits.append((start, end, b""))
    edits.append((statement.start_byte, statement.start_byte, function + b"\n\n" + encode(indent)))
    out = data
    for s_, e_, v in sorted(edits, key=lambda x: (x[0], x[1]), reverse=True):
        out = out[:s_] + v + out[e_:]
    return out.decode("utf-8", errors="surrogateescape")
