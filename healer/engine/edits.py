"""Text edits: applying positioned edits, unified diffs, mapping lines back, describing changes."""

from __future__ import annotations

import ast
import difflib
import itertools
import re
import textwrap
from collections.abc import Callable, Iterable

from healer.engine.checks import LintEdit


def line_offsets(text: str) -> list[int]:
    """Offsets of the start of each line (1-based line n starts at offsets[n - 1])."""
    offsets = [0]
    for line in text.splitlines(keepends=True):
        offsets.append(offsets[-1] + len(line))
    return offsets


def apply_edits(text: str, edits: Iterable[LintEdit]) -> str | None:
    """Apply ruff-style (row, column) edits; None when they do not fit the text or overlap."""
    offsets = line_offsets(text)

    def position(row: int, column: int) -> int | None:
        if row < 1 or row > len(offsets):
            return None
        start = offsets[row - 1]
        end = offsets[row] if row < len(offsets) else len(text)
        pos = start + column - 1
        return pos if start <= pos <= max(end, start) else None

    spans = []
    for edit in edits:
        start, end = position(*edit.start), position(*edit.end)
        if start is None or end is None or end < start:
            return None
        spans.append((start, end, edit.content))
    spans.sort()
    for (_, end, _), (start, _, _) in itertools.pairwise(spans):
        if start < end:
            return None
    for start, end, content in reversed(spans):
        text = text[:start] + content + text[end:]
    return text


def unified_diff(file: str, old: str, new: str) -> str:
    return "".join(
        difflib.unified_diff(
            old.splitlines(keepends=True), new.splitlines(keepends=True), f"a/{file}", f"b/{file}"
        )
    )


MAX_ALIGNED_LINES = 4000  # changed lines past which two equally long texts are compared line by line


def line_opcodes(a: list[str], b: list[str]) -> list[tuple[str, int, int, int, int]]:
    """difflib's opcodes for two lists of lines, linear where an edit is local.

    SequenceMatcher (autojunk off) looks for its longest matching block over every line of both
    texts, which is quadratic when lines repeat (a 3,000-line module of like functions took 100 s
    for the compile repairs' line mappings; 30,000 lines did not finish in 600 s: round 47's
    review). The common first and last lines are equal blocks without it (an edit's lines are
    where the texts differ), and only the lines between are aligned by SequenceMatcher; when both
    middles are longer than MAX_ALIGNED_LINES and equally long they are compared line by line, and
    a longer middle of another length is aligned with difflib's popular-line heuristic on."""
    limit = min(len(a), len(b))
    start = 0
    while start < limit and a[start] == b[start]:
        start += 1
    end = 0
    while end < limit - start and a[len(a) - 1 - end] == b[len(b) - 1 - end]:
        end += 1
    middle_a, middle_b = a[start : len(a) - end], b[start : len(b) - end]
    ops: list[tuple[str, int, int, int, int]] = []
    if start:
        ops.append(("equal", 0, start, 0, start))
    if len(middle_a) > MAX_ALIGNED_LINES and len(middle_a) == len(middle_b):
        for same, group in itertools.groupby(range(len(middle_a)), key=lambda i: middle_a[i] == middle_b[i]):
            indices = list(group)
            first, last = start + indices[0], start + indices[-1] + 1
            ops.append(("equal" if same else "replace", first, last, first, last))
    elif middle_a or middle_b:
        # Two edits far apart that change the line count: difflib's popular-line heuristic keeps a
        # long middle from being quadratic (the file's unique lines, `def` headers, anchor it).
        big = len(middle_a) > MAX_ALIGNED_LINES or len(middle_b) > MAX_ALIGNED_LINES
        matcher = difflib.SequenceMatcher(a=middle_a, b=middle_b, autojunk=big)
        for tag, i1, i2, j1, j2 in matcher.get_opcodes():
            ops.append((tag, i1 + start, i2 + start, j1 + start, j2 + start))
    if end:
        ops.append(("equal", len(a) - end, len(a), len(b) - end, len(b)))
    return ops


def merge_changes(base: str, *others: str, single: bool = False) -> str | None:
    """`base` with the changes every one of `others` makes to it, when no two of them touch one region.

    A three-way merge of line hunks (each other text is diffed against `base`); None when two
    changes overlap or insert at one place (their order would be a guess), or, with `single`, when
    an other text changes more than one region. Text only (any language).
    """
    old = base.splitlines(keepends=True)
    regions: list[tuple[int, int, list[str]]] = []
    for other in others:
        new = other.splitlines(keepends=True)
        changes = [op for op in line_opcodes(old, new) if op[0] != "equal"]
        if single and len(changes) != 1:
            return None
        regions += [(i1, i2, new[j1:j2]) for _, i1, i2, j1, j2 in changes]
    regions.sort(key=lambda region: (region[0], region[1]))
    for (a1, a2, _), (b1, b2, _) in itertools.pairwise(regions):
        if a2 > b1 or a1 == a2 == b1 == b2:
            return None  # overlapping, or both inserting at one place: not separate edits
    merged: list[str] = []
    at = 0
    for start, end, lines in regions:
        merged += old[at:start] + lines
        at = end
    return "".join(merged + old[at:])


def undo_change(current: str, *, before: str, after: str) -> str | None:
    """`current` without the change that turned `before` into `after`, keeping every change made since.

    None when a later change touched the same region (it cannot be taken out alone).
    """
    return merge_changes(after, before, current)


def map_line_back(
    original: str, current: str, line: int, *, split: Callable[[str], list[str]] = str.splitlines
) -> int:
    """The line of `original` that `line` of `current` came from (difflib alignment); `split`
    numbers the lines (the compiler's numbers need the tokenizer's split: lineedit.split_lines)."""
    if original == current:
        return line
    old, new = split(original), split(current)
    index = line - 1
    for tag, i1, i2, j1, j2 in line_opcodes(old, new):
        if j1 <= index < j2:
            if tag == "equal":
                return i1 + (index - j1) + 1
            if tag == "replace":
                return i1 + min(index - j1, max(i2 - i1 - 1, 0)) + 1
            # An inserted line has no origin: report the original line it now precedes.
            return min(i1 + 1, max(len(old), 1))
    return min(line, max(len(old), 1))


def changed_lines(old: str, new: str) -> list[tuple[str, list[str], list[str], int]]:
    """Hunks as (tag, old lines, new lines, first old line number)."""
    a, b = old.splitlines(), new.splitlines()
    hunks = []
    for tag, i1, i2, j1, j2 in line_opcodes(a, b):
        if tag != "equal":
            hunks.append((tag, a[i1:i2], b[j1:j2], i1 + 1))
    return hunks


def _parse_statement(text: str) -> ast.stmt | None:
    try:
        tree = ast.parse(textwrap.dedent(text))
    except (SyntaxError, ValueError):
        return None
    return tree.body[0] if len(tree.body) == 1 else None


def _short(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 3] + "..."


def describe_import(stmt: ast.stmt) -> str:
    if isinstance(stmt, ast.Import):
        return ", ".join(alias.name for alias in stmt.names)
    if isinstance(stmt, ast.ImportFrom):
        names = ", ".join(alias.name for alias in stmt.names)
        return f"{names} from {'.' * stmt.level}{stmt.module or ''}"
    return ""


def describe_change(old: str, new: str) -> str:
    """A human-readable description of the edit turning `old` into `new` (one file)."""
    hunks = changed_lines(old, new)
    if not hunks:
        return "no change"
    if len(hunks) == 1:
        tag, before, after, _ = hunks[0]
        if tag == "delete":
            stmt = _parse_statement("\n".join(before))
            if isinstance(stmt, ast.Import | ast.ImportFrom):
                return "remove the import statement"
            if (
                isinstance(stmt, ast.Assign)
                and len(stmt.targets) == 1
                and isinstance(stmt.targets[0], ast.Name)
            ):
                return f"remove the unused variable {stmt.targets[0].id}"
            return f"remove the line `{_short(' '.join(before))}`"
        if tag == "insert":
            stmt = _parse_statement("\n".join(after))
            if isinstance(stmt, ast.Import | ast.ImportFrom):
                return f"add the missing import {describe_import(stmt)}"
            return f"insert `{_short(' '.join(after))}`"
        if len(before) == 1 and len(after) == 1:
            return describe_line_change(before[0], after[0])
        if all(b.strip() == a.strip() for b, a in zip(before, after, strict=False)) and len(before) == len(
            after
        ):
            return "fix the indentation of the block"
    return f"change {sum(len(h[1]) for h in hunks)} line(s)"


def describe_line_change(before: str, after: str) -> str:
    """Describe a change within one line from the characters that changed."""
    if before.strip() == after.strip():
        old_indent = before[: len(before) - len(before.lstrip())]
        new_indent = after[: len(after) - len(after.lstrip())]
        if "\t" in old_indent and "\t" not in new_indent:
            return "indent the line with spaces only"
        if len(new_indent.expandtabs(8)) < len(old_indent.expandtabs(8)):
            return "dedent the line to match the rest of the block"
        return "indent the line to match the rest of the block"
    old_stmt, new_stmt = _parse_statement(before), _parse_statement(after)
    if isinstance(old_stmt, ast.ImportFrom) and isinstance(new_stmt, ast.ImportFrom):
        old_names = [a.name for a in old_stmt.names]
        new_names = [a.name for a in new_stmt.names]
        if old_stmt.module != new_stmt.module and old_names == new_names:
            return f"import {', '.join(new_names)} from {new_stmt.module} instead of {old_stmt.module}"
        removed = [n for n in old_names if n not in new_names]
        if removed and old_stmt.module == new_stmt.module:
            return f"remove the unused name {', '.join(removed)} from the import"
    if isinstance(old_stmt, ast.Import) and isinstance(new_stmt, ast.Import):
        removed = [a.name for a in old_stmt.names if a.name not in {b.name for b in new_stmt.names}]
        added = [a.name for a in new_stmt.names if a.name not in {b.name for b in old_stmt.names}]
        if removed and added:
            return f"import {', '.join(added)} instead of {', '.join(removed)}"
        if removed:
            return f"remove the unused name {', '.join(removed)} from the import"
    if isinstance(old_stmt, ast.Assign) and isinstance(new_stmt, ast.Expr):
        target = old_stmt.targets[0]
        if isinstance(target, ast.Name) and ast.dump(old_stmt.value) == ast.dump(new_stmt.value):
            return f"remove the assignment to the unused variable {target.id}"
    matcher = difflib.SequenceMatcher(a=before, b=after, autojunk=False)
    ops = [op for op in matcher.get_opcodes() if op[0] != "equal"]
    if len(ops) == 1:
        tag, i1, i2, j1, j2 = ops[0]
        removed, inserted = before[i1:i2], after[j1:j2]
        if tag == "delete" and removed == "f" and after[j1 : j1 + 1] in ("'", '"'):
            return "remove the f prefix from the string without placeholders"
        if tag == "insert":
            return _describe_insertion(before, inserted, i1)
        if tag == "delete":
            return f"remove `{_short(removed)}`"
        return (
            f"replace `{_short(_token_around(before, i1, i2))}` with `{_short(_token_around(after, j1, j2))}`"
        )
    return f"change `{_short(before.strip())}` to `{_short(after.strip())}`"


_CLOSERS = {")": "parenthesis", "]": "bracket", "}": "brace"}


def _describe_insertion(before: str, inserted: str, at: int) -> str:
    text = inserted.strip()
    if text == ":":
        return "add the colon at the correct position"
    if text == ",":
        return "add the missing comma"
    if text and all(ch in _CLOSERS for ch in text):
        kinds = [_CLOSERS[ch] for ch in text]
        return "close the " + " and the ".join(kinds) if len(kinds) <= 2 else f"add the closing `{text}`"
    if (text == "=" and before[at - 1 : at] == "=") or (before[at : at + 1] == "=" and text == "="):
        return "use == for the comparison instead of ="
    if text in ("'", '"', '"""', "'''"):
        return "close the string literal"
    if re.fullmatch(r"[A-Za-z_][\w.]*\(", text):
        return f"wrap the value in {text[:-1]}()"
    return f"insert `{_short(text)}`"


def _token_around(text: str, start: int, end: int) -> str:
    """Widen a changed span to whole identifier/operator tokens for a readable description."""
    while (
        start > 0
        and (text[start - 1].isalnum() or text[start - 1] == "_")
        and (start == end or text[start].isalnum() or text[start] == "_")
    ):
        start -= 1
    while (
        end < len(text)
        and (text[end].isalnum() or text[end] == "_")
        and (end == start or text[end - 1].isalnum() or text[end - 1] == "_")
    ):
        end += 1
    return text[start:end] or text[max(0, start - 1) : end + 1]
