"""LINTING: a format string's fields and its arguments aligned by rewriting the formatting style.

pyflakes' format checks (F522-F525 for `str.format`, F507 for `%`) report that a literal's fields
and the values it is given do not match, and ruff offers no fix for any of them. A frequent cause
is a string written for one of Python's three formatting styles and used with another: an
f-string's `{name}` fields (or its `{name=}` self-documenting field) handed to `.format` with
positional values, `str.format`'s `{}` fields given to the `%` operator. The repair is one
operator over the styles rather than a template per finding: pair each field with the value it
was written for (a keyword of its name; else, by position, the fields in the order they appear
with the values in the order they are passed) and write the expression in the style whose fields
read those pairs:
- an f-string, each field holding its value's expression (its attribute/index tail, conversion
  and spec kept), when every value is used exactly once and is a plain expression (a name,
  an attribute, a subscript or call of them: no string, no backslash, no brace);
- `.format` with the named fields passed by keyword (`.format(a, b)` -> `.format(x=a, y=b)`).
Every rewrite must parse. The caller then has the project's own ruff re-check each one on the host
(`checked`): the finding's code no longer reported on its lines and nothing new reported, before
the sandbox validates it like any other candidate. A value that no field reads (it may have an
effect), a literal with a prefix or split over several pieces, or fields the values cannot be
paired with leave the expression alone.
"""

from __future__ import annotations

import ast
import re
import string
from collections import Counter
from collections.abc import Callable, Sequence

from healer.engine.checks import LintFinding
from healer.engine.fixers.percent_format import replace_node

FORMAT_CODES = ("F507", "F522", "F523", "F524", "F525")
# The expressions an f-string field may hold verbatim: names, attributes, subscripts and calls of
# them with plain arguments (no quotes, backslashes, braces or line breaks to clash with the literal).
PLAIN = re.compile(r"[\w.()\[\], +\-*/%<>=!]+")
FIELD_NAME = re.compile(r"^(?P<head>[^.\[]*)(?P<tail>.*)$")


def _fields(value: str) -> list[tuple[str, str, str | None, str | None]] | None:
    try:
        return list(string.Formatter().parse(value))
    except ValueError:
        return None


def _pairs(fields: Sequence[str], args: Sequence[str], keywords: dict[str, str]) -> list[str] | None:
    """The value's text for each field (in the fields' order), or None when they cannot be paired.

    `{}` takes the next positional value, `{0}` the value at its number, `{name}` the keyword of
    its name; named fields without a keyword take the positional values left, in order, when
    there are exactly as many of them (distinct names) as values.
    """
    heads = [FIELD_NAME.match(f)["head"].rstrip("=") for f in fields]
    automatic = iter(range(len(args)))
    out: list[str | None] = []
    used: Counter[str] = Counter()
    unnamed = list(dict.fromkeys(h for h in heads if h and not h.isdigit() and h not in keywords))
    numbered = any(h.isdigit() for h in heads) or any(not h for h in heads)
    spare = args if unnamed and not numbered and len(unnamed) == len(args) else None
    for head in heads:
        if head == "":
            index = next(automatic, None)
            out.append(args[index] if index is not None else None)
            used[f"#{index}"] += 1
        elif head.isdigit():
            index = int(head)
            out.append(args[index] if index < len(args) else None)
            used[f"#{index}"] += 1
        elif head in keywords:
            out.append(keywords[head])
            used[head] += 1
        elif spare is not None:
            index = unnamed.index(head)
            out.append(spare[index])
            used[f"#{index}"] += 1
        else:
            out.append(None)
    if any(value is None for value in out):
        return None
    every = {f"#{i}" for i in range(len(args))} | set(keywords)
    if set(used) != every:
        return None  # a value no field reads: dropping it could drop an effect
    return [value for value in out if value is not None]


def _fstring(literal: str, value: str, pairs: Sequence[str]) -> str | None:
    """`literal` (a plain one-piece str literal's source) as an f-string whose fields hold `pairs`."""
    quote = literal[0]
    if literal[:1] not in "'\"" or "\\" in literal:
        return None  # a prefix (raw, bytes, f) or an escape: the text is not the value
    body = ""
    parsed = _fields(value)
    if parsed is None:
        return None
    values = iter(pairs)
    for text, field, spec, conversion in parsed:
        body += text.replace("{", "{{").replace("}", "}}")
        if field is None:
            continue
        expression = next(values)
        if not PLAIN.fullmatch(expression) or quote in expression:
            return None
        tail = FIELD_NAME.match(field)["tail"]
        debug = field.endswith("=") and not tail
        if debug and expression != field[:-1]:
            return None  # `{x=}` prints the expression's own text: only the same name keeps it
        inner = expression + (tail if not debug else "") + ("=" if debug else "")
        inner += f"!{conversion}" if conversion else ""
        inner += f":{spec}" if spec else ""
        if "{" in (spec or "") or "}" in (spec or ""):
            return None
        body += "{" + inner + "}"
    triple = literal[:3] if literal[:3] in ('"""', "'''") else quote
    new = "f" + triple + body + triple
    try:
        ast.parse(new, mode="eval")
    except SyntaxError:
        return None
    return new


def _format_calls(tree: ast.Module, line: int) -> list[ast.Call]:
    return [
        node
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr == "format"
        and isinstance(node.func.value, ast.Constant)
        and isinstance(node.func.value.value, str)
        and node.lineno <= line <= (node.end_lineno or node.lineno)
    ]


def _percent_operations(tree: ast.Module, line: int) -> list[ast.BinOp]:
    return [
        node
        for node in ast.walk(tree)
        if isinstance(node, ast.BinOp)
        and isinstance(node.op, ast.Mod)
        and isinstance(node.left, ast.Constant)
        and isinstance(node.left.value, str)
        and node.lineno <= line <= (node.end_lineno or node.lineno)
    ]


def format_style_repairs(source: str, line: int) -> list[tuple[str, str]]:
    """(new source, description): the format expression at `line` rewritten so that its fields and
    values pair up (see the module's note); f-string first, then the keywords."""
    try:
        tree = ast.parse(source)
    except (SyntaxError, ValueError, RecursionError):
        return []
    found: list[tuple[str, str]] = []
    for call in _format_calls(tree, line):
        literal = ast.get_source_segment(source, call.func.value) or ""
        if any(isinstance(a, ast.Starred) for a in call.args) or any(k.arg is None for k in call.keywords):
            continue
        args = [ast.get_source_segment(source, a) or "" for a in call.args]
        keywords = {k.arg: ast.get_source_segment(source, k.value) or "" for k in call.keywords if k.arg}
        parsed = _fields(call.func.value.value)
        if not literal or parsed is None or not all(args) or not all(keywords.values()):
            continue
        fields = [field for _, field, _, _ in parsed if field is not None]
        pairs = _pairs(fields, args, keywords)
        if pairs is None:
            continue
        fstring = _fstring(literal, call.func.value.value, pairs)
        if fstring is not None:
            new = replace_node(source, call, fstring)
            if new is not None:
                found.append((new, "write the format string as the f-string its fields were written for"))
        heads = list(dict.fromkeys(FIELD_NAME.match(f)["head"] for f in fields))
        named = [h for h in heads if h and not h.isdigit() and not h.endswith("=") and h not in keywords]
        if named and len(named) == len(args) and all(h.isidentifier() for h in named):
            passed = [f"{name}={value}" for name, value in zip(named, args, strict=True)]
            passed += [f"{k}={v}" for k, v in keywords.items()]
            new = replace_node(source, call, f"{literal}.format({', '.join(passed)})")
            if new is not None:
                found.append((new, f"pass the named fields by keyword: {', '.join(passed)}"))
    for operation in _percent_operations(tree, line):
        literal = ast.get_source_segment(source, operation.left) or ""
        right = operation.right
        if isinstance(right, ast.Dict):
            continue
        values = list(right.elts) if isinstance(right, ast.Tuple) else [right]
        args = [ast.get_source_segment(source, v) or "" for v in values]
        parsed = _fields(operation.left.value)
        if not literal or parsed is None or not all(args) or "%" in operation.left.value:
            continue  # a `%` placeholder of its own: the `%` style is meant
        fields = [field for _, field, _, _ in parsed if field is not None]
        if not fields or any(FIELD_NAME.match(f)["head"] not in ("",) for f in fields):
            continue
        pairs = _pairs(fields, args, {})
        fstring = _fstring(literal, operation.left.value, pairs) if pairs is not None else None
        if fstring is not None:
            new = replace_node(source, operation, fstring)
            if new is not None:
                found.append(
                    (new, "write the `%` operation as the f-string its `{}` fields were written for")
                )
    return found


Lint = Callable[[str], "list[LintFinding] | None"]


def checked(
    candidates: Sequence[tuple[str, str]],
    *,
    source: str,
    finding: LintFinding,
    lint: Lint,
    blocking: tuple[str, ...] = ("",),
) -> list[tuple[str, str]]:
    """The candidates after which the project's linter no longer reports the finding's code on its
    lines and reports nothing it did not report before (by code and message). When the linter
    cannot run here, every candidate is kept: the sandbox validates each one anyway. `blocking`:
    the code prefixes a new finding must have to refuse a candidate (every code by default)."""
    before = lint(source)
    if before is None:
        return list(candidates)
    allowed = Counter((f.code, f.message) for f in before)
    kept = []
    for new, description in candidates:
        after = lint(new)
        if after is None:
            continue
        if any(
            f.code == finding.code and finding.line <= f.line <= max(finding.end_line, finding.line)
            for f in after
        ):
            continue
        if any(
            code.startswith(blocking) for code, _ in Counter((f.code, f.message) for f in after) - allowed
        ):
            continue
        kept.append((new, description))
    return kept
