"""Parsing JavaScript and TypeScript on the host with tree-sitter (never executing anything).

tree-sitter is an error-recovering parser: a broken file still gives a tree whose
ERROR and MISSING nodes say where parsing failed and, for a MISSING node, which
token the grammar expected there. That is the "real parser" the syntax fixers
check every candidate with.

Positions returned here are 1-based lines and 1-based columns in characters.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass

import tree_sitter
import tree_sitter_javascript
import tree_sitter_typescript

JS_EXTENSIONS = (".js", ".mjs", ".cjs", ".jsx")
TS_EXTENSIONS = (".ts", ".mts", ".cts")
TSX_EXTENSIONS = (".tsx",)
SOURCE_EXTENSIONS = JS_EXTENSIONS + TS_EXTENSIONS + TSX_EXTENSIONS
MAX_PARSE_BYTES = 5 * 1024 * 1024
# Every tree-sitter node that opens a function scope, in JavaScript and TypeScript alike.
FUNCTION_TYPES = frozenset(
    {
        "function_declaration",
        "function_expression",
        "function",
        "arrow_function",
        "method_definition",
        "generator_function_declaration",
        "generator_function",
    }
)
TEXT_LIMIT = 80


@functools.cache
def _language(kind: str) -> tree_sitter.Language:
    if kind == "typescript":
        return tree_sitter.Language(tree_sitter_typescript.language_typescript())
    if kind == "tsx":
        return tree_sitter.Language(tree_sitter_typescript.language_tsx())
    return tree_sitter.Language(tree_sitter_javascript.language())


def language_of(path: str) -> str | None:
    """ "javascript", "typescript" or "tsx" from the file name; None for anything else."""
    lowered = path.lower()
    if lowered.endswith(TS_EXTENSIONS) and not lowered.endswith(".d.ts"):
        return "typescript"
    if lowered.endswith(TSX_EXTENSIONS):
        return "tsx"
    if lowered.endswith(JS_EXTENSIONS):
        return "javascript"
    return None


def encode(text: str) -> bytes:
    return text.encode("utf-8", errors="surrogateescape")


def parse(text: str, path: str) -> tree_sitter.Tree | None:
    """The syntax tree of a source file; None for a file that is not JS/TS or is too large."""
    kind = language_of(path)
    data = encode(text)
    if kind is None or len(data) > MAX_PARSE_BYTES:
        return None
    return tree_sitter.Parser(_language(kind)).parse(data)


def parses(text: str, path: str) -> bool:
    """True when the file parses without any error or missing token."""
    tree = parse(text, path)
    return tree is not None and not tree.root_node.has_error


def node_text(node: tree_sitter.Node) -> str:
    return (node.text or b"").decode("utf-8", errors="replace")


def is_callee(node: tree_sitter.Node) -> bool:
    """The node is what a call calls (`f` in `f(x)`, `a.b` in `a.b()`), not a value passed around."""
    parent = node.parent
    return (
        parent is not None
        and parent.type == "call_expression"
        and parent.child_by_field_name("function") == node
    )


def method_call(node: tree_sitter.Node) -> tuple[tree_sitter.Node, tree_sitter.Node] | None:
    """(receiver, method name node) of a call `receiver.method(...)`; None for any other node."""
    if node.type != "call_expression":
        return None
    function = node.child_by_field_name("function")
    if function is None or function.type != "member_expression":
        return None
    obj, prop = function.child_by_field_name("object"), function.child_by_field_name("property")
    return (obj, prop) if obj is not None and prop is not None else None


def declarator_names(declaration: tree_sitter.Node) -> set[str]:
    """Names a `let`/`const`/`var` statement binds by a plain identifier declarator (a destructuring
    pattern left out). One reading for the fixers that ask which names a declaration binds: a scope's
    shadowing (logic_scopes), a module's own names (lint_statements, export_names)."""
    names = set()
    for declarator in declaration.named_children:
        name = declarator.child_by_field_name("name") if declarator.type == "variable_declarator" else None
        if name is not None and name.type == "identifier":
            names.add(node_text(name))
    return names


def point(text_bytes: bytes, node_point: tree_sitter.Point) -> tuple[int, int]:
    """(line, column) 1-based, the column counted in characters, from a tree-sitter byte point."""
    lines = text_bytes.split(b"\n")
    row = min(node_point.row, max(len(lines) - 1, 0))
    prefix = lines[row][: node_point.column] if lines else b""
    return node_point.row + 1, len(prefix.decode("utf-8", errors="replace")) + 1


def walk(node: tree_sitter.Node) -> Iterator[tree_sitter.Node]:
    """Every node under `node`, in document order (iteratively: deep trees must not recurse)."""
    stack = [node]
    while stack:
        current = stack.pop()
        yield current
        stack.extend(reversed(current.children))


def overlapping(root: tree_sitter.Node, rows: tuple[int, int]) -> Iterator[tree_sitter.Node]:
    """The nodes overlapping the rows (0-based first, last), pre-order; subtrees wholly outside them
    are never entered (a candidate's changed lines in a large file)."""
    stack = [root]
    while stack:
        node = stack.pop()
        if node.end_point.row < rows[0] or node.start_point.row > rows[1]:
            continue
        yield node
        stack.extend(reversed(node.children))


def nodes_on_line(root: tree_sitter.Node, line: int) -> list[tree_sitter.Node]:
    """The nodes that start on `line` (1-based), and the member expressions and calls of a chain
    continued on it: V8 places an error of a chained call at its property (`.split(' ')` on the
    line below `given`), where no node of the chain starts."""
    row = line - 1
    found = []
    for node in walk(root):
        if node.start_point.row == row:
            found.append(node)
        elif node.type in ("member_expression", "call_expression") and node.start_point.row < row:
            member = node if node.type == "member_expression" else node.child_by_field_name("function")
            chained = member is not None and member.type == "member_expression"
            prop = member.child_by_field_name("property") if chained else None
            if prop is not None and prop.start_point.row == row:
                found.append(node)
    return found


def leaves(node: tree_sitter.Node) -> Iterator[tree_sitter.Node]:
    return (n for n in walk(node) if n.child_count == 0)


@dataclass(frozen=True)
class ParseProblem:
    line: int
    column: int
    end_line: int
    end_column: int
    missing: str = ""  # the token the grammar expected here (a MISSING node), else ""
    text: str = ""  # the text the parser could not place (an ERROR node), capped

    @property
    def message(self) -> str:
        if self.missing:
            return f"missing '{self.missing}'"
        return f"unexpected {self.text!r}" if self.text else "unexpected end of input"


def first_problem(text: str, path: str) -> ParseProblem | None:
    """The first ERROR or MISSING node in document order; None when the file parses."""
    tree = parse(text, path)
    if tree is None or not tree.root_node.has_error:
        return None
    data = encode(text)
    for node in _error_path(tree.root_node):
        if node.is_missing or node.is_error:
            line, column = point(data, node.start_point)
            end_line, end_column = point(data, node.end_point)
            return ParseProblem(
                line=line,
                column=column,
                end_line=end_line,
                end_column=end_column,
                missing=node.type if node.is_missing else "",
                text="" if node.is_missing else node_text(node)[:TEXT_LIMIT],
            )
    return None


def _error_path(node: tree_sitter.Node) -> Iterator[tree_sitter.Node]:
    """The nodes from `node` down to its first ERROR or MISSING node in document order: only a
    child whose subtree has an error is entered, the first such child first (a walk of the whole
    tree costs a large file's syntax candidates seconds)."""
    while True:
        yield node
        if node.is_missing or node.is_error:
            return
        node = next((child for child in node.children if child.has_error or child.is_missing), None)
        if node is None:
            return


# -- strings ended by the wrong quote ---------------------------------------------------------
QUOTE_CHARS = "'\"`"
# What may follow the quote that ends a line's statement: its closers, then a comment at most.
STATEMENT_END = re.compile(r"[)\]},;]+\s*(?://.*)?")


def misquoted(text: str, path: str) -> Iterator[tuple[int, str, str]]:
    """(line, the text with the line's last quote replaced by the quote left open before it, that
    quote) for each line whose statement ends with a quote of another kind than the one left open
    (`${rows} rows';`, `'total`)`) and whose literal runs on past the line or does not parse. A backtick
    left open makes the rest of the file a template, so the parser reports a later line, or an earlier
    `{` that is never closed, instead of this one. A literal closed on its own line (`` `"${s.replace(/"/g,
    '""')}"` ``, odd in `"`) is no evidence, whatever an edit of it does to a parse error further down."""
    tree = parse(text, path)
    if tree is None:
        return
    lines = text.split("\n")
    offset = 0
    for row, body in enumerate(lines):
        quotes = [(i, c) for i, c in enumerate(body) if c in QUOTE_CHARS and (i == 0 or body[i - 1] != "\\")]
        if len(quotes) >= 2 and STATEMENT_END.fullmatch(body[quotes[-1][0] + 1 :]) and _runs_on(tree, row):
            last, closer = quotes[-1]
            open_kinds = [c for c in QUOTE_CHARS if c != closer and sum(q == c for _, q in quotes) % 2]
            for opener in open_kinds:
                at = offset + last
                yield row + 1, text[:at] + opener + text[at + 1 :], opener
        offset += len(body) + 1


def _runs_on(tree: tree_sitter.Tree, row: int) -> bool:
    """A literal starting on `row` (0-based) ends on a later line, or the line holds a parse error."""
    return any(
        node.is_error or (node.type in ("string", "template_string") and node.end_point.row > row)
        for node in nodes_on_line(tree.root_node, row + 1)
    )


def misquoted_line(text: str, path: str) -> int | None:
    """The first line of `misquoted` whose requoted closer makes the file parse or moves its first parse
    problem past that line; None when there is none (or the file parses)."""
    for line, fixed, _ in misquoted(text, path):
        after = first_problem(fixed, path)
        if after is None or after.line > line:
            return line
    return None


# -- braces and indentation ----------------------------------------------------
@dataclass(frozen=True)
class BraceMismatch:
    """A block whose braces disagree with the file's indentation.

    kind "unclosed": the block opened on `line` was never closed; its `}` belongs
    before `insert_before` (a line number, or one past the last line) with `indent`.
    kind "extra": the `}` on `line` closes nothing the indentation opened.
    kind "unopened": the block header on `line` (`if (direct)`, its body indented deeper below it) lost
    its `{`: the `}` at `closer` (a line number) at the header's indentation was meant to close it.
    """

    kind: str
    line: int
    insert_before: int = 0
    indent: str = ""
    closer: int = 0


def indentation(line: str) -> int:
    return len(line.expandtabs(8)) - len(line.expandtabs(8).lstrip())


def brace_mismatch(text: str, path: str) -> BraceMismatch | None:
    """Where indentation says a `{`/`}` is missing or extra (the mis-nested block that breaks parsing)."""
    tree = parse(text, path)
    if tree is None:
        return None
    lines = text.split("\n")
    stack: list[int] = []  # 0-based rows of the openers
    for leaf in leaves(tree.root_node):
        row = leaf.start_point.row
        if leaf.type in ("{", "${") and not leaf.is_missing:
            stack.append(row if leaf.type == "{" else -1)
        elif leaf.type == "}" and not leaf.is_missing:
            found = _closing(lines, stack, row, path=path)
            if found is not None:
                return found
    return _unclosed_at_end(lines, stack)


def _closing(lines: list[str], stack: list[int], row: int, *, path: str) -> BraceMismatch | None:
    if not stack:
        return _unopened(lines, row, 0, path=path) or BraceMismatch(kind="extra", line=row + 1)
    opener = stack.pop()
    if opener < 0 or not lines[row].lstrip().startswith("}") or opener == row:
        return None  # a template substitution or a `}` that does not start its line: no evidence
    closing, opened = indentation(lines[row]), indentation(lines[opener])
    if closing == opened:
        return None
    if closing > opened:
        return _unopened(lines, row, opener + 1, path=path) or BraceMismatch(kind="extra", line=row + 1)
    unclosed = opener
    while stack and stack[-1] >= 0 and indentation(lines[stack[-1]]) > closing:
        unclosed = stack.pop()
    return _unclosed(lines, unclosed)


# A statement whose body is a block: `if (...)`, `} else if (...)`, `else`, `for (...)`, `while (...)`, `do`.
BLOCK_HEADER = re.compile(
    r"^\s*(?:\}\s*)?(?:(?:else\s+)?if\s*\(.*\)|else|for\s*\(.*\)|while\s*\(.*\)|do)\s*$"
)


# A line that cannot end where a block opens: an operator or separator still waiting for its operand.
CONTINUES = ("{", ";", ",", "(", "[", "=", "+", "-", "*", "/", "%", "&", "|", "?", ":", ".", "<")
# A property's key (`binders:`) or a declaration's or assignment's target (`const x =`) alone on its line.
VALUE_AWAITED = re.compile(r"^\s*(?:(?:[\w$]+|'[^']*'|\"[^\"]*\")\s*:|(?:(?:const|let|var)\s+)?[\w$.]+\s*=)$")


def _unopened(lines: list[str], row: int, start: int, *, path: str) -> BraceMismatch | None:
    """The `}` on `row` is indented deeper than the block it closes: the nearest line above it (from
    `start`) at the `}`'s own indentation that is a block header with no `{`, its next line indented
    deeper, is the block that lost its `{` (`if (direct)` above `options.push(...)`): the indentation
    says where the block starts, so the brace goes back there rather than the `}` being dropped.

    Any other header the same indentation marks (a function's or method's signature, `(pan) =>`, `try`,
    a class's `constructor(...)`) is one when a `{` at its end makes the file parse up to past the `}`
    (tree-sitter, `_opens`): the search is over the one insertion point the indentation names, checked
    by the parser rather than by a list of header shapes."""
    closing = indentation(lines[row])
    for header in range(row - 1, start - 1, -1):
        text = lines[header]
        if not text.strip():
            continue
        if indentation(text) < closing:
            return None
        if indentation(text) > closing:
            continue
        body = next((r for r in range(header + 1, row) if lines[r].strip()), None)
        if body is None or indentation(lines[body]) <= closing:
            return None
        if BLOCK_HEADER.match(text) or _opens(lines, header, row, path=path):
            return BraceMismatch(kind="unopened", line=header + 1, closer=row + 1)
        return None
    return None


def _opens(lines: list[str], header: int, row: int, *, path: str) -> bool:
    """Whether a `{` at the end of `header` makes the file parse, or puts its first problem after `row`."""
    stripped = lines[header].rstrip()
    # `binders:` / `const limits =` above deeper `key: value,` lines: the value is an object literal that
    # lost its `{` (a property's key or an assignment waits for its value, which the indentation shows).
    if stripped.lstrip().startswith(("//", "*", "/*")) or (
        stripped.endswith(CONTINUES) and not VALUE_AWAITED.match(stripped)
    ):
        return False
    text = "\n".join([*lines[:header], stripped + " {", *lines[header + 1 :]])
    problem = first_problem(text, path)
    return problem is None or problem.line > row + 1


def _unclosed_at_end(lines: list[str], stack: list[int]) -> BraceMismatch | None:
    openers = [row for row in stack if row >= 0]
    return _unclosed(lines, openers[-1]) if openers else None


def _unclosed(lines: list[str], opener: int) -> BraceMismatch:
    """The block opened at `opener` ends before the first later line indented no deeper than it."""
    depth = indentation(lines[opener])
    for row in range(opener + 1, len(lines)):
        if lines[row].strip() and indentation(lines[row]) <= depth:
            return BraceMismatch(
                kind="unclosed", line=opener + 1, insert_before=row + 1, indent=_indent_text(lines[opener])
            )
    end = len(lines) if lines[-1].strip() else len(lines) - 1
    return BraceMismatch(
        kind="unclosed", line=opener + 1, insert_before=end + 1, indent=_indent_text(lines[opener])
    )


def _indent_text(line: str) -> str:
    return line[: len(line) - len(line.lstrip())]
