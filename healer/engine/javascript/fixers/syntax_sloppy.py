"""Sloppy-mode forms that strict code refuses, each rewritten to the strict form of the same meaning.

tree-sitter's grammar is the sloppy one, so these parse on the host; V8, esbuild and tsc refuse them in
strict code (every ES module, every class body, a file under "use strict"). The remedy is what the
language itself puts in place of each form, not a token search:

- An octal escape in a string or template (B.1.2 LegacyOctalEscapeSequence / NonOctalDecimalEscapeSequence,
  12.9.4.1: "It is a Syntax Error if ... strict mode code"; V8 "Octal escape sequences are not allowed in
  strict mode.", "\\8 and \\9 are not allowed in strict mode.", acorn/ESLint "Octal literal in strict
  mode", in a template always): the same code unit written as a hexadecimal escape, `'\\033'` →
  `'\\x1b'` (tsc's own advice: "Use the syntax '\\x1b'"), then as a Unicode escape, `'\\u001b'`; `\\8` and
  `\\9`, whose value is the digit itself, lose their backslash. Every such escape of the file is
  rewritten at once: the rule is the file's, and each left behind is the next run's error.
- `delete x` of a bare name (13.5.1.1: "It is a Syntax Error if the UnaryExpression is contained in
  strict mode code and the derived UnaryExpression is ... IdentifierReference"; V8 "Delete of an
  unqualified identifier in strict mode."): a variable cannot be deleted (in sloppy code the
  statement does nothing but return false), so the intent is to forget the value: the binding is given
  back the literal it was declared with (`let last = null; … delete last` → `last = null`), then
  `undefined`, then `null`; a name no scope declares is a global object's property:
  `delete globalThis.x`.
- `with (obj) body` (14.11.1: "It is a Syntax Error if the source text matched by this production is
  contained in strict mode code"; esbuild "With statements cannot be used in an ECMAScript module", V8
  "Strict mode code may not include a with statement", tsc TS1101): the names the body reads that no
  scope binds are the object's properties, so they are qualified (`PI` → `Math.PI`) and the body takes
  the statement's place, one indentation level out; then the block kept with those names destructured
  from the object at its top (`const { PI, pow } = Math;`, the form the grammar gives for binding an
  object's properties as names; it reads each property once, so it comes second). For `Math`, `JSON`,
  `Reflect` and `Intl` only their own members are qualified.
"""

from __future__ import annotations

import re

import tree_sitter

from healer.engine.javascript.ecmascript import GLOBALS
from healer.engine.javascript.fixers.base import Candidate, replace_nodes, replace_span
from healer.engine.javascript.fixers.name_search import HOST_GLOBALS, bindings, resolves, uses
from healer.engine.javascript.syntax import indentation, node_text, walk

# The namespace objects' own members (ECMAScript 2024, 21.3 Math, 25.5 JSON, 28.1 Reflect; ECMA-402 Intl).
_MATH = (
    "E LN10 LN2 LOG10E LOG2E PI SQRT1_2 SQRT2 abs acos acosh asin asinh atan atan2 atanh cbrt ceil clz32 cos cosh "
    "exp expm1 floor fround hypot imul log log10 log1p log2 max min pow random round sign sin sinh sqrt tan tanh trunc"
)
_REFLECT = (
    "apply construct defineProperty deleteProperty get getOwnPropertyDescriptor getPrototypeOf has isExtensible "
    "ownKeys preventExtensions set setPrototypeOf"
)
_INTL = (
    "Collator DateTimeFormat DisplayNames ListFormat Locale NumberFormat PluralRules RelativeTimeFormat Segmenter "
    "getCanonicalLocales supportedValuesOf"
)
MEMBERS = {
    "Math": frozenset(_MATH.split()),
    "JSON": frozenset({"parse", "stringify"}),
    "Reflect": frozenset(_REFLECT.split()),
    "Intl": frozenset(_INTL.split()),
}
# A literal a binding may be given back (a `delete` meant "forget the value").
RESETTABLE = frozenset({"null", "undefined", "number", "string", "true", "false"})
ESCAPED_DIGITS = re.compile(r"\\([0-9]+)")
EMPTY = re.compile(r"^(?:\[\s*\]|\{\s*\})$")


def sloppy_candidates(data: bytes, path: str, node: tree_sitter.Node, *, line: int) -> list[Candidate]:
    """The candidates for one node starting on the reported line."""
    if node.type == "escape_sequence" and not _tagged(node) and _legacy(data, node) is not None:
        root = _root(node)
        # The rewrite is the whole file's: made once, from the line's first legacy escape.
        return [] if _earlier_on_row(data, root, node) else _octal_escapes(data, path, root, line)
    if node.type == "unary_expression" and node.children and node.children[0].type == "delete":
        return _deleted_name(data, path, node, line)
    if node.type == "with_statement":
        return _with(data, path, node, line)
    return []


def _root(node: tree_sitter.Node) -> tree_sitter.Node:
    while node.parent is not None:
        node = node.parent
    return node


# -- octal escapes ----------------------------------------------------------------------------------
def _legacy(data: bytes, node: tree_sitter.Node) -> tuple[int | None, str] | None:
    """(code unit, digits that follow as plain text) of a legacy escape; (None, digit) for `\\8`/`\\9`;
    None for any other escape."""
    # ASCII digits only: str.isdigit() is true for `²` or `٣` too, whose escapes are the character itself.
    match = ESCAPED_DIGITS.fullmatch(node_text(node))
    if match is None:
        return None
    digits = match[1]
    if digits[0] in "89":
        return None, digits
    if digits == "0":
        following = data[node.end_byte : node.end_byte + 1]
        return (0, "") if following.isdigit() else None  # `\0` alone is the null character, allowed
    width = 3 if digits[0] in "0123" else 2
    octal = ""
    for char in digits:
        if len(octal) == width or char not in "01234567":
            break
        octal += char
    return int(octal, 8), digits[len(octal) :]


def _tagged(escape: tree_sitter.Node) -> bool:
    """Whether the escape is in a tagged template, which may hold any escape (ES2018 template literal
    revision: the tag reads the raw text: under String.raw, `\\033` is those four characters)."""
    template = escape.parent
    call = template.parent if template is not None and template.type == "template_string" else None
    return (
        call is not None
        and call.type == "call_expression"
        and call.child_by_field_name("arguments") == template
    )


def _earlier_on_row(data: bytes, root: tree_sitter.Node, node: tree_sitter.Node) -> bool:
    """Whether a legacy escape outside tagged templates starts on the node's row before it."""
    start = data.rfind(b"\n", 0, node.start_byte) + 1
    for backslash in re.finditer(rb"\\[0-9]", data[start : node.start_byte]):
        at = start + backslash.start()
        other = root.descendant_for_byte_range(at, at + 2)
        if (
            other is not None
            and other.type == "escape_sequence"
            and other.start_byte == at
            and not _tagged(other)
            and _legacy(data, other) is not None
        ):
            return True
    return False


def _octal_escapes(data: bytes, path: str, root: tree_sitter.Node, line: int) -> list[Candidate]:
    found = [
        (n, legacy)
        for n in walk(root)
        if n.type == "escape_sequence" and not _tagged(n) and (legacy := _legacy(data, n))
    ]
    found_candidates = []
    for form, name in (("\\x{:02x}", "hexadecimal"), ("\\u{:04x}", "Unicode")):
        new = {n: rest if value is None else form.format(value) + rest for n, (value, rest) in found}
        found_candidates.append(
            Candidate(
                path,
                replace_nodes(data, new),
                line,
                f"write the octal escapes as {name} escapes, the form strict code allows",
            )
        )
    return found_candidates


# -- delete of a bare name --------------------------------------------------------------------------
def _deleted_name(data: bytes, path: str, node: tree_sitter.Node, line: int) -> list[Candidate]:
    argument = node.child_by_field_name("argument")
    while argument is not None and argument.type == "parenthesized_expression" and argument.named_child_count:
        argument = argument.named_children[0]
    if argument is None or argument.type != "identifier" or node.parent is None:
        return []
    if node.parent.type != "expression_statement":
        return []  # `if (delete x)` reads the result: no assignment says the same
    name = node_text(argument)
    declarator = _declarator(node, name)
    if declarator is None:
        return [Candidate(path, replace_span(data, node.start_byte, node.end_byte, f"delete globalThis.{name}"),
                          line, f"delete '{name}' from the global object, the only place a bare name can be deleted")]  # fmt: skip
    keyword = (
        declarator.parent.children[0]
        if declarator.parent is not None and declarator.parent.children
        else None
    )
    if keyword is not None and keyword.type == "const":
        return []
    values = []
    value = declarator.child_by_field_name("value")
    if value is not None and (value.type in RESETTABLE or EMPTY.match(node_text(value))):
        values.append(node_text(value))
    values += [v for v in ("undefined", "null") if v not in values]
    return [
        Candidate(
            path,
            replace_span(data, node.start_byte, node.end_byte, f"{name} = {v}"),
            line,
            f"give '{name}' back {v} instead of deleting it: a variable cannot be deleted",
        )
        for v in values
    ]


def _declarator(node: tree_sitter.Node, name: str) -> tree_sitter.Node | None:
    """The nearest enclosing scope's declarator of `name` (function, block or module), if any."""
    scope = node.parent
    while scope is not None:
        for child in scope.children:
            declarations = [child]
            if child.type == "export_statement":
                declarations = [
                    c for c in child.children if c.type in ("lexical_declaration", "variable_declaration")
                ]
            for declaration in declarations:
                if declaration.type not in ("lexical_declaration", "variable_declaration"):
                    continue
                for declarator in declaration.children:
                    bound = (
                        declarator.child_by_field_name("name")
                        if declarator.type == "variable_declarator"
                        else None
                    )
                    if bound is not None and bound.type == "identifier" and node_text(bound) == name:
                        return declarator
        scope = scope.parent
    return None


# -- with -------------------------------------------------------------------------------------------
def _with(data: bytes, path: str, node: tree_sitter.Node, line: int) -> list[Candidate]:
    head = node.child_by_field_name("object")
    body = node.child_by_field_name("body")
    if head is None or body is None:
        return []
    subject = node_text(head)
    if subject.startswith("(") and subject.endswith(")"):
        subject = subject[1:-1].strip()
    root = _root(node)
    bound = bindings(root)
    members = MEMBERS.get(subject)
    free = [
        use
        for use in uses(root, bound)
        if body.start_byte <= use.start_byte < body.end_byte
        and use.type != "type_identifier"
        and not resolves(use, node_text(use), bound)
        and (
            node_text(use) in members
            if members is not None
            else node_text(use) not in GLOBALS and node_text(use) not in HOST_GLOBALS
        )
    ]
    if not free:
        return []
    qualify = subject if re.fullmatch(r"[\w$.]+", subject) else f"({subject})"
    # The body with its names qualified, as text of its own (offsets relative to the body).
    inner = data[body.start_byte : body.end_byte]
    for use in sorted(free, key=lambda n: n.start_byte, reverse=True):
        name = node_text(use)
        new = (
            f"{name}: {qualify}.{name}"
            if use.type == "shorthand_property_identifier"
            else f"{qualify}.{name}"
        )
        start, end = use.start_byte - body.start_byte, use.end_byte - body.start_byte
        inner = inner[:start] + new.encode() + inner[end:]
    text = inner.decode("utf-8", errors="surrogateescape")
    lines = data.decode("utf-8", errors="surrogateescape").split("\n")
    outer = indentation(lines[node.start_point.row])
    if body.type == "statement_block":
        content = text[1:-1].strip("\n").rstrip()
        rows = content.split("\n")
        inner_indent = min((indentation(r) for r in rows if r.strip()), default=outer)
        # A string or template spanning rows is text: re-indenting its rows would change the value.
        spanning = any(
            n.type in ("string", "template_string") and n.start_point.row != n.end_point.row
            for n in walk(body)
        )
        shift = 0 if spanning else max(inner_indent - outer, 0)
        rows = [r[shift:] if r[:shift].strip() == "" else r.lstrip() for r in rows]
        text = "\n".join(rows).lstrip()
    names = sorted(
        {node_text(u) for u in free}, key=lambda n: min(u.start_byte for u in free if node_text(u) == n)
    )
    found = [Candidate(path, replace_span(data, node.start_byte, node.end_byte, text), line,
                       f"read {', '.join(names)} from {subject} by name instead of with ({subject})")]  # fmt: skip
    if body.type == "statement_block" and body.named_child_count:
        first = body.named_children[0]
        pad = " " * indentation(lines[first.start_point.row])
        declared = f"const {{ {', '.join(names)} }} = {subject};\n{pad}"
        new = replace_span(data, first.start_byte, first.start_byte, declared)
        new_data = new.encode("utf-8", errors="surrogateescape")
        new = replace_span(new_data, node.start_byte, body.start_byte, "")
        found.append(Candidate(path, new, line,
                               f"destructure {', '.join(names)} from {subject} in place of with ({subject})"))  # fmt: skip
    return found
