"""LINTING: findings about what an annotation or a string holds, whose fix is content ruff never
offers and a token edit cannot reach.

- F722, a string annotation that does not parse (`-> "tuple[int, str"`): Python never evaluates
  it at run time, so the fix is in the string. Candidates are the single bracket edits that
  balance it (a closer added where an opener is left open, an unmatched closer dropped, a closer
  that does not match its opener replaced), kept only when the string then parses as an
  expression whose names the module binds (a closed `"typing.Optional[X]"` in a module that never
  imports `typing` trades F722 for F821), then the annotation removed: it was never more than
  text, so dropping it changes no behaviour.
- F842, a local variable that is annotated but never assigned or used (`direction: str` left
  where a statement was meant): a function's local annotations are never evaluated (PEP 526), so
  the statement does nothing; it is removed, or becomes `pass` when it is its block's only one.

Each candidate is validated in the sandbox like every candidate (the project's own lint then
tests); these functions only propose edits that compile.
"""

from __future__ import annotations

import ast
import builtins
from collections.abc import Iterator

from healer.engine.localise import compile_error

OPENERS = {"(": ")", "[": "]", "{": "}"}
CLOSERS = {v: k for k, v in OPENERS.items()}
QUOTES = ('"""', "'''", '"', "'")


def balance_edits(text: str) -> Iterator[tuple[str, str]]:
    """(new text, description): single bracket edits that make `text`'s brackets balance.

    Brackets inside nested string literals are skipped (a quote toggles them off).
    """
    stack: list[int] = []
    quote = ""
    for index, char in enumerate(text):
        if quote:
            if char == quote:
                quote = ""
            continue
        if char in "'\"":
            quote = char
        elif char in OPENERS:
            stack.append(index)
        elif char in CLOSERS:
            if not stack:
                yield text[:index] + text[index + 1 :], f"drop the unmatched `{char}`"
                return
            opened = stack.pop()
            if OPENERS[text[opened]] != char:
                wanted = OPENERS[text[opened]]
                yield text[:index] + wanted + text[index + 1 :], f"close `{text[opened]}` with `{wanted}`"
                yield text[:index] + wanted + text[index:], f"close `{text[opened]}` before `{char}`"
                return
    if stack:
        closers = "".join(OPENERS[text[i]] for i in reversed(stack))
        stripped = text.rstrip()
        yield stripped + closers + text[len(stripped) :], f"close `{''.join(text[i] for i in stack)}`"


def names_bound(tree: ast.Module) -> set[str]:
    """Every name the module binds anywhere (defs, classes, imports, assignments, parameters) and
    the builtins: what its code may read without pyflakes calling it undefined."""
    names = set(dir(builtins))
    for node in ast.walk(tree):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names.add(node.name)
        elif isinstance(node, (ast.Import, ast.ImportFrom)):
            names.update((a.asname or a.name).partition(".")[0] for a in node.names)
        elif isinstance(node, ast.Name) and not isinstance(node.ctx, ast.Load):
            names.add(node.id)
        elif isinstance(node, ast.arg):
            names.add(node.arg)
    return names


def _split_literal(segment: str) -> tuple[str, str, str] | None:
    """(prefix with its quote, content, closing quote) of a plain string literal's source."""
    start = 0
    while start < len(segment) and segment[start].isalpha():
        start += 1
    prefix = segment[:start].lower()
    if "f" in prefix or "b" in prefix:
        return None
    for quote in QUOTES:
        body = segment[start:]
        if body.startswith(quote) and body.endswith(quote) and len(body) >= 2 * len(quote):
            content = body[len(quote) : -len(quote)]
            if "\\" in content or quote[0] in content:
                return None
            return segment[: start + len(quote)], content, quote
    return None


def _string_annotations(tree: ast.Module, line: int) -> Iterator[tuple[ast.Constant, ast.AST, str]]:
    """(string annotation on `line`, the node it annotates, which annotation) for every place."""
    for node in ast.walk(tree):
        places: list[tuple[ast.AST | None, ast.AST, str]] = []
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            places.append((node.returns, node, "returns"))
            args = node.args
            for arg in [*args.posonlyargs, *args.args, *args.kwonlyargs, args.vararg, args.kwarg]:
                if arg is not None:
                    places.append((arg.annotation, arg, "arg"))
        elif isinstance(node, ast.AnnAssign):
            places.append((node.annotation, node, "assign"))
        for annotation, owner, kind in places:
            if (
                isinstance(annotation, ast.Constant)
                and isinstance(annotation.value, str)
                and annotation.lineno <= line <= (annotation.end_lineno or annotation.lineno)
            ):
                yield annotation, owner, kind


def _offset(lines: list[str], line: int, column: int) -> int:
    """The character offset of an AST (line, UTF-8 byte column) position in the joined lines."""
    text = lines[line - 1]
    return sum(len(x) for x in lines[: line - 1]) + len(text.encode()[:column].decode(errors="replace"))


def _span(lines: list[str], node: ast.AST) -> tuple[int, int]:
    return (
        _offset(lines, node.lineno, node.col_offset),
        _offset(lines, node.end_lineno or node.lineno, node.end_col_offset or 0),
    )


def _without_annotation(
    source: str, lines: list[str], annotation: ast.Constant, owner: ast.AST, kind: str
) -> str | None:
    """The source with the annotation and the `->` or `:` that introduces it removed."""
    start, end = _span(lines, annotation)
    head = source[:start].rstrip()
    marker = "->" if kind == "returns" else ":"
    if not head.endswith(marker):
        return None
    cut = len(head) - len(marker)
    if kind == "assign" and (not isinstance(owner, ast.AnnAssign) or owner.value is None or not owner.simple):
        return None  # a bare `x: "T"` binds only an annotation: removing it changes __annotations__
    return source[:cut].rstrip() + source[end:]


def annotation_repairs(source: str, line: int) -> list[tuple[str, str]]:
    """(new source, description) for a string annotation on `line` that does not parse (F722)."""
    try:
        tree = ast.parse(source)
    except (SyntaxError, ValueError, RecursionError):
        return []
    lines = source.splitlines(keepends=True)
    bound = names_bound(tree)
    found: list[tuple[str, str]] = []
    for annotation, owner, kind in _string_annotations(tree, line):
        try:
            ast.parse(annotation.value, mode="eval")
            continue  # this one parses: the finding is about another annotation
        except SyntaxError:
            pass
        start, end = _span(lines, annotation)
        parts = _split_literal(source[start:end])
        if parts is not None:
            opening, content, closing = parts
            for new_content, description in balance_edits(content):
                try:
                    expression = ast.parse(new_content.strip(), mode="eval")
                except SyntaxError:
                    continue
                used = {n.id for n in ast.walk(expression) if isinstance(n, ast.Name)}
                if used - bound:
                    continue
                new = source[:start] + opening + new_content + closing + source[end:]
                found.append((new, f"{description} in the string annotation"))
        removed = _without_annotation(source, lines, annotation, owner, kind)
        if removed is not None:
            found.append((removed, "drop the string annotation that does not parse (never evaluated)"))
    return [(new, description) for new, description in found if compile_error(new) is None]


def annotation_only_removal(source: str, line: int, name: str) -> str | None:
    """The source without the function-local `name: T` on `line` (F842), or with `pass` in its
    place when it is its block's only statement."""
    try:
        tree = ast.parse(source)
    except (SyntaxError, ValueError, RecursionError):
        return None
    lines = source.splitlines(keepends=True)
    functions = [n for n in ast.walk(tree) if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef))]
    for function in functions:
        for node in ast.walk(function):
            for field in ("body", "orelse", "finalbody"):
                body = getattr(node, field, None)
                if not isinstance(body, list):
                    continue
                for stmt in body:
                    if not (
                        isinstance(stmt, ast.AnnAssign)
                        and stmt.value is None
                        and stmt.lineno == line
                        and isinstance(stmt.target, ast.Name)
                        and stmt.target.id == name
                    ):
                        continue
                    end = stmt.end_lineno or stmt.lineno
                    first, last = lines[stmt.lineno - 1], lines[end - 1]
                    if first[: stmt.col_offset].strip() or last[stmt.end_col_offset or 0 :].strip():
                        return None  # not alone on its lines
                    if len(body) > 1:
                        return "".join(lines[: stmt.lineno - 1] + lines[end:])
                    ending = last[len(last.rstrip("\r\n")) :] or "\n"
                    return "".join(
                        [*lines[: stmt.lineno - 1], first[: stmt.col_offset] + "pass" + ending, *lines[end:]]
                    )
    return None
