"""LINTING templates (round 56, npm30) for three ESLint rules that give neither a fix nor a suggestion
and that the fortieth part's projects turn on, each the correct code the rule's documentation
(eslint.org/docs/latest/rules/<rule>) shows, written so the program does what it did and only the form
the rule forbids goes. Registered in lint_problems.TEMPLATES; validated like every LINTING candidate
(ESLint re-run, then the tests).

- no-undefined: "Unexpected use of undefined." (at the identifier). A comparison `e === undefined`
  becomes `typeof e === 'undefined'` (the same answer for every e the code can read); of a table's
  entry `t[k]`/`t.k`, also `!Object.hasOwn(t, k)` (the question the code usually means; it differs for
  a key stored with the value undefined, so after the exact one). `e == undefined` becomes `e == null`
  (loose equality holds for both alike). `return undefined;` becomes `return;`, `let x = undefined;`
  `let x;`; any other use `void 0` (the value undefined, the rule's own alternative).
- no-inline-comments: "Unexpected comment inline with code." (at the comment). A comment after code
  on its line moves to its own line above, at the line's indentation; not a comment with code after
  it on the line, nor one inside a multi-line string.
- sort-keys: "Expected object keys to be in ascending order. 'evening' should be before 'parade'."
  (the message names the options: descending, insensitive, natural). The object literal's members
  reordered by the rule's comparison, each member's text and line layout kept (one a line, or all on
  one line), when every member is a plain `key: value` or shorthand with a static key and every value
  is free of side effects (a literal, a name, a member read, a function), so that the order of
  evaluation cannot matter. Not for a spread (the rule resets its order there), a computed key, a
  comment among the members, or an object whose members share lines otherwise.
- id-length: "Identifier name 'e' is too short (< 2)." The file's own binding renamed at its
  declaration and every reference (lint_names' scoped rename: never a property, an export or a name the
  file uses) to the expansion of the abbreviation the file's own words offer (AMAP, Hill et al., MSR
  2008: an abbreviation expands to a word of the same code starting with it): a name of the file
  starting with it, singular first (`e` of `heat.map((e) => ...)` in `startList(entrants)` →
  `entrant`), then the word its role usually has (a catch parameter `error`, a callback's `item`, a
  counter `index`).
"""

from __future__ import annotations

import itertools
import re

import tree_sitter

from healer.engine.javascript.fixers.base import Candidate, parsing, replace_span
from healer.engine.javascript.fixers.lint_declarations import RESERVED
from healer.engine.javascript.fixers.lint_kinds import finding_point
from healer.engine.javascript.fixers.lint_names import scoped_rename
from healer.engine.javascript.fixers.lint_rewrites import path_to
from healer.engine.javascript.lint import EslintMessage
from healer.engine.javascript.syntax import encode, node_text, parse, walk

EQUALITIES = ("===", "!==", "==", "!=")
# Operands `typeof` takes whole without parentheses (round 56's review).
UNARY_OPERANDS = ("identifier", "member_expression", "subscript_expression", "call_expression",
                  "parenthesized_expression", "this", "await_expression", "unary_expression")  # fmt: skip
TABLE_READS = ("subscript_expression", "member_expression")


# -- no-undefined ------------------------------------------------------------------------------------
def no_undefined(text: str, path: str, message: EslintMessage) -> list[Candidate]:
    tree = parse(text, path)
    if tree is None or message.line < 1:
        return []
    data = encode(text)
    held = path_to(tree.root_node, finding_point(data, message))
    named = held[-1] if held else None
    if named is None or named.type not in ("undefined", "identifier") or node_text(named) != "undefined":
        return []
    found = [(new, what) for new, what in _replacements(named, data)]
    return parsing(
        [Candidate(path, new, message.line, f"no-undefined: {what}") for new, what in found],
        original=text,
        path=path,
    )


def _replacements(named: tree_sitter.Node, data: bytes):
    parent = named.parent
    operator = parent.child_by_field_name("operator") if parent is not None else None
    if parent is not None and parent.type == "binary_expression" and node_text(operator) in EQUALITIES:
        left, right = parent.child_by_field_name("left"), parent.child_by_field_name("right")
        other = right if left == named else left
        op = node_text(operator)
        shown = node_text(other)
        # `typeof` binds tighter than any binary operator: `typeof a + b` is `(typeof a) + b`.
        operand = shown if other.type in UNARY_OPERANDS else f"({shown})"
        if op in ("===", "!=="):
            yield (replace_span(data, parent.start_byte, parent.end_byte, f"typeof {operand} {op} 'undefined'"),
                   f"compare typeof {shown[:40]} with 'undefined'")  # fmt: skip
            owned = _own_key(other)
            if owned is not None:
                table, key = owned
                asked = f"Object.hasOwn({table}, {key})"
                new = f"!{asked}" if op == "===" else asked
                yield (replace_span(data, parent.start_byte, parent.end_byte, new),
                       f"ask whether {table[:40]} has the key instead of comparing its entry with undefined")  # fmt: skip
        else:
            yield (replace_span(data, named.start_byte, named.end_byte, "null"),
                   f"compare {shown[:40]} loosely with null (the same answer as with undefined)")  # fmt: skip
        return
    if parent is not None and parent.type == "return_statement":
        yield (replace_span(data, named.start_byte - _space_before(data, named.start_byte), named.end_byte, ""),
               "return without a value (undefined)")  # fmt: skip
        return
    if (
        parent is not None
        and parent.type == "variable_declarator"
        and parent.child_by_field_name("value") == named
    ):
        declaration = parent.parent
        # `let x;` binds undefined each time it runs; `var x;` keeps the value the name holds (a loop's
        # last iteration, a parameter), so a var keeps its value, written `void 0` below.
        if (
            declaration is not None
            and declaration.type == "lexical_declaration"
            and node_text(declaration).startswith("let")
        ):
            name = parent.child_by_field_name("name")
            yield (replace_span(data, name.end_byte, named.end_byte, ""),
                   "declare without a value (undefined)")  # fmt: skip
            return
    yield replace_span(data, named.start_byte, named.end_byte, "void 0"), "write the value as void 0"


def _own_key(read: tree_sitter.Node) -> tuple[str, str] | None:
    """(table, key text) of `t[k]` or `t.k` (`'k'` quoted), None for anything else or an optional read."""
    if read.type not in TABLE_READS or "?." in node_text(read):
        return None
    table = read.child_by_field_name("object")
    if table is None:
        return None
    if read.type == "subscript_expression":
        key = read.child_by_field_name("index")
        return (node_text(table), node_text(key)) if key is not None else None
    prop = read.child_by_field_name("property")
    # A private field (`this.#cache`) is no property key: hasOwn(this, '#cache') is always false.
    if prop is None or prop.type == "private_property_identifier":
        return None
    return node_text(table), f"'{node_text(prop)}'"


def _space_before(data: bytes, at: int) -> int:
    count = 0
    while at - count > 0 and data[at - count - 1 : at - count] in (b" ", b"\t"):
        count += 1
    return count


# -- no-inline-comments ------------------------------------------------------------------------------
def inline_comments(text: str, path: str, message: EslintMessage) -> list[Candidate]:
    tree = parse(text, path)
    if tree is None or message.line < 1:
        return []
    data = encode(text)
    at = finding_point(data, message)
    comment = next(
        (n for n in walk(tree.root_node) if n.type == "comment" and n.start_point == at),
        None,
    )
    if comment is None or comment.start_point.row != comment.end_point.row:
        return []
    row_start = data.rfind(b"\n", 0, comment.start_byte) + 1
    row_end = data.find(b"\n", comment.end_byte)
    row_end = len(data) if row_end < 0 else row_end
    before, after = data[row_start : comment.start_byte], data[comment.end_byte : row_end]
    if not before.strip() or after.strip():
        return []  # already on its own line, or code follows it on the line
    if any(n.type in ("template_string", "string") and n.start_point.row < at[0] < n.end_point.row
           for n in walk(tree.root_node)):  # fmt: skip
        return []
    indent = before[: len(before) - len(before.lstrip(b" \t"))]
    eol = b"\r\n" if data[row_end - 1 : row_end] == b"\r" else b"\n"
    code = before.rstrip(b" \t")
    moved = indent + data[comment.start_byte : comment.end_byte] + eol + code
    new = (data[:row_start] + moved + data[comment.end_byte :]).decode("utf-8", errors="surrogateescape")
    if eol == b"\r\n":
        new = new.replace("\r\r\n", "\r\n")
    return parsing(
        [Candidate(path, new, message.line, "no-inline-comments: move the comment to its own line above")],
        original=text,
        path=path,
    )


# -- sort-keys ---------------------------------------------------------------------------------------
SORT_KEYS = re.compile(
    # ESLint's own template: "in {{natural}}{{insensitive}}{{order}}ending order" (round 56's review).
    r"^Expected object keys to be in (?P<natural>natural )?(?P<insensitive>insensitive )?"
    r"(?P<order>asc|desc)ending order\. '(?P<key>[^']*)' should be before"
)
PURE = ("string", "number", "true", "false", "null", "undefined", "identifier", "template_string",
        "arrow_function", "function_expression", "function", "regex", "member_expression", "unary_expression")  # fmt: skip


def sort_keys(text: str, path: str, message: EslintMessage) -> list[Candidate]:
    said = SORT_KEYS.match(message.message)
    tree = parse(text, path) if said is not None else None
    if tree is None or message.line < 1:
        return []
    data = encode(text)
    held = path_to(tree.root_node, finding_point(data, message))
    literal = next((n for n in reversed(held) if n.type == "object"), None)
    if literal is None:
        return []
    members = list(literal.named_children)
    keys = [_static_key(m) for m in members]
    if len(members) < 2 or any(k is None for k in keys):
        return []
    if any(m.type == "pair" and not _pure(m.child_by_field_name("value")) for m in members):
        return []
    rows = [m.start_point.row for m in members]
    one_line = literal.start_point.row == literal.end_point.row
    # Each member on lines of its own (or the whole object on one line): moving their texts keeps the layout.
    shared = any(m.end_point.row >= n.start_point.row for m, n in itertools.pairwise(members))
    if not one_line and (len(set(rows)) != len(rows) or shared):
        return []
    order = sorted(
        range(len(members)), key=lambda i: _sort_key(keys[i], said), reverse=said["order"] == "desc"
    )
    if order == list(range(len(members))):
        return []
    edits = {members[i]: node_text(members[j]) for i, j in enumerate(order)}
    new = data
    for member in sorted(edits, key=lambda m: m.start_byte, reverse=True):
        new = new[: member.start_byte] + encode(edits[member]) + new[member.end_byte :]
    edited = new.decode("utf-8", errors="surrogateescape")
    return parsing(
        [
            Candidate(
                path, edited, literal.start_point.row + 1, "sort-keys: the object's keys in the rule's order"
            )
        ],
        original=text,
        path=path,
    )


def _static_key(member: tree_sitter.Node) -> str | None:
    if member.type == "shorthand_property_identifier":
        return node_text(member)
    if member.type != "pair":
        return None
    key = member.child_by_field_name("key")
    if key is None or key.type not in ("property_identifier", "string", "number"):
        return None
    return node_text(key)[1:-1] if key.type == "string" else node_text(key)


def _pure(value: tree_sitter.Node | None) -> bool:
    """A value whose evaluation runs no code of the program (reordering it cannot matter)."""
    if value is None:
        return False
    if value.type in ("arrow_function", "function_expression", "function"):
        return True
    if value.type in ("array", "object", "parenthesized_expression", "binary_expression", "pair"):
        return all(_pure(c) for c in value.named_children if c.type != "comment")
    if value.type == "member_expression":
        return _pure(value.child_by_field_name("object"))
    if value.type == "template_string":
        return not any(c.type == "template_substitution" for c in value.named_children)
    if value.type == "unary_expression":
        # `delete o.x` changes o (round 56's review): its place among reads of o matters.
        return node_text(value.child_by_field_name("operator")) != "delete" and all(
            _pure(c) for c in value.named_children
        )
    return value.type in PURE or value.type == "property_identifier"


def _sort_key(key: str, said: re.Match) -> tuple:
    """ESLint's sort-keys comparison: code-unit order, case folded when insensitive, digit runs
    compared as numbers when natural."""
    shown = key.lower() if said["insensitive"] else key
    if not said["natural"]:
        return (shown,)
    return tuple(
        (0, int(part), "") if part.isdigit() else (1, 0, part) for part in re.split(r"(\d+)", shown) if part
    )


# -- id-length ---------------------------------------------------------------------------------------
TOO_SHORT = re.compile(r"^Identifier name '(?P<name>[\w$]+)' is too short \(< (?P<min>\d+)\)")
WORD_KINDS = ("identifier", "property_identifier", "shorthand_property_identifier", "type_identifier",
              "shorthand_property_identifier_pattern")  # fmt: skip


def id_length(text: str, path: str, message: EslintMessage) -> list[Candidate]:
    said = TOO_SHORT.match(message.message)
    tree = parse(text, path) if said is not None else None
    if tree is None:
        return []
    name, least = said["name"], int(said["min"])
    found: list[Candidate] = []
    for fresh in _expansions(tree.root_node, name, least, _role(tree.root_node, encode(text), message, name)):
        found += scoped_rename(text, path, message, name, fresh, "id-length")
        if len(found) >= 3:
            break
    return parsing(found, original=text, path=path)


def _expansions(root: tree_sitter.Node, name: str, least: int, role: str) -> list[str]:
    """The words of the file starting with `name` (each plural's singular before it, the most used
    first), then `role`'s usual name; each at least `least` long and a valid, unreserved name."""
    counts: dict[str, int] = {}
    for node in walk(root):
        word = node_text(node) if node.type in WORD_KINDS else ""
        if word != name and word.startswith(name) and len(word) >= least:
            counts[word] = counts.get(word, 0) + 1
    words: list[str] = []
    for word in sorted(counts, key=lambda w: -counts[w]):
        single = word[:-1] if word.endswith("s") and not word.endswith("ss") else ""
        words += [w for w in (single, word) if len(w) >= least and w not in words]
    if role and len(role) >= least and role not in words:
        words.append(role)
    # Not a word strict code reserves or cannot bind (`packages` → `package`, round 56's review).
    return [w for w in words if re.fullmatch(r"[A-Za-z_$][\w$]*", w) and w not in RESERVED]


def _role(root: tree_sitter.Node, data: bytes, message: EslintMessage, name: str) -> str:
    """The word a binding of its kind usually has: a catch clause's `error`, a callback's `item`, a
    loop counter's `index` ("" when the finding is none of these)."""
    held = path_to(root, finding_point(data, message))
    for node in reversed(held):
        if node.type == "catch_clause":
            return "error"
        if node.type in ("for_statement", "for_in_statement"):
            return "index" if node.type == "for_statement" else "item"
        if node.type in ("arrow_function", "function_expression", "function"):
            parent = node.parent
            return "item" if parent is not None and parent.type == "arguments" else ""
    return ""
