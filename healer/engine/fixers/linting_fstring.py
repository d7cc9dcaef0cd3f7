"""UP031 (printf-style `%` formatting) rewritten as an f-string (PEP 498) in one step.

ruff's own fix for UP031 writes `'...{}'.format(x)`, which its UP032 then asks to become an
f-string: `ruff check --fix` runs its fixes to a fixpoint and ends at the f-string, but a
candidate built from one report's fix stops half-way, and under a project that selects UP032
it is rejected for the finding it brings. The f-string is where that fixpoint ends, written at
once for the plain cases both rules agree on: a single literal (no bytes, no prefix), `%s`/`%r`/
`%a` placeholders without flags, width or precision (they mean the same as `{x}`, `{x!r}`,
`{x!a}`: str(), repr(), ascii()), one value per placeholder, each a name, attribute or constant
subscript whose text needs no quotes or backslashes inside the literal (PEP 498 before Python
3.12 forbids both there). Anything else is left to ruff's own `.format` fix.
"""

from __future__ import annotations

import ast

from healer.engine.fixers.percent_format import LITERAL, placeholders, replace_node
from healer.engine.pyindex import parse

SIMPLE = (ast.Name, ast.Attribute, ast.Subscript)
CONVERSION = {"s": "", "r": "!r", "a": "!a"}


def fstring_repairs(source: str, line: int) -> list[tuple[str, str]]:
    """(new source, description) for each `%` format on `line` that can become an f-string."""
    tree = parse(source)
    if tree is None:
        return []
    edits: list[tuple[str, str]] = []
    for node in ast.walk(tree):
        if not _is_percent(node, line):
            continue
        text = _as_fstring(source, node)
        if text is None:
            continue
        new = replace_node(source, node, text)
        if new is not None and parse(new) is not None:
            edits.append((new, f"format with an f-string: {text}"))
    return edits


def _is_percent(node: ast.AST, line: int) -> bool:
    return (
        isinstance(node, ast.BinOp)
        and isinstance(node.op, ast.Mod)
        and isinstance(node.left, ast.Constant)
        and isinstance(node.left.value, str)
        and node.lineno <= line <= (node.end_lineno or node.lineno)
    )


def _as_fstring(source: str, node: ast.BinOp) -> str | None:
    match = LITERAL.match(ast.get_source_segment(source, node.left) or "")
    if match is None or match.group(1) or "\n" in match.group(3) or match.group(2) in match.group(3):
        return None  # a prefixed, multi-line or implicitly joined literal
    quote, body = match.group(2), match.group(3)
    spots = placeholders(body)
    values = node.right.elts if isinstance(node.right, ast.Tuple) else [node.right]
    if not spots or len(spots) != len(values):
        return None
    pieces, index = [], 0
    for spot, value in zip(spots, values, strict=True):
        if spot.key is not None or spot.conversion not in CONVERSION or spot.end - spot.start != 2:
            return None  # `%(key)s`, `%5s`, `%d`: not the same as a plain replacement field
        if not _simple(value, source, quote):
            return None
        pieces.append(_literal_text(body[index : spot.start]))
        pieces.append("{" + (ast.get_source_segment(source, value) or "") + CONVERSION[spot.conversion] + "}")
        index = spot.end
    pieces.append(_literal_text(body[index:]))
    return f"f{quote}{''.join(pieces)}{quote}"


def _simple(value: ast.expr, source: str, quote: str) -> bool:
    text = ast.get_source_segment(source, value) or ""
    if not text or "\\" in text or "'" in text or '"' in text or "\n" in text:
        return False
    if isinstance(value, ast.Subscript) and not isinstance(value.slice, ast.Constant | ast.Name):
        return False
    return isinstance(value, SIMPLE) and not isinstance(value, ast.Starred)


def _literal_text(text: str) -> str:
    """Literal text of a `%` body as f-string text: `%%` is a percent sign, braces are doubled."""
    return text.replace("%%", "%").replace("{", "{{").replace("}", "}}")
