"""Candidates checked by the compiler on the host before they cost a sandbox run."""

from __future__ import annotations

import re
from collections.abc import Iterable

from healer.engine.edits import describe_change, line_opcodes, map_line_back
from healer.engine.fixers.base import Candidate, template_priority
from healer.engine.fixers.lineedit import split_lines
from healer.engine.localise import compile_error
from healer.engine.pyindex import parse, top_level_span
from healer.engine.selection import changed_lines
from healer.engine.types import BugType, Failure


def compile_checked(
    *,
    failure: Failure,
    source: str,
    edits: Iterable[tuple[str | None, str]],
    bug_type: BugType,
    at_change: bool = False,
) -> list[Candidate]:
    """Turn template edits (new source, description) into candidates, in template order.

    Only compiling the text (never importing or running it), an edit is kept when it
    compiles, or when it moves the file's first error further down (a file with two
    errors compiles only once both are fixed); those that compile rank first.
    """
    before = compile_error(source, failure.file)
    seen: set[str] = set()
    found: list[Candidate] = []
    for index, (new, description) in enumerate(edits):
        if new is None or new == source or new in seen:
            continue
        seen.add(new)
        after = compile_error(new, failure.file)
        if after is not None and (before is None or not error_uncovered(source, new, file=failure.file)):
            continue
        found.append(
            Candidate(
                file=failure.file,
                new_source=new,
                description=description or describe_change(source, new),
                line=changed_line(source, new) if at_change else reported_line(failure.line, source, new),
                bug_type=bug_type,
                priority=template_priority(index, compiles=after is None),
            )
        )
    return found


DETECTED_AT = re.compile(r"\s*\(detected at line \d+\)")


def error_uncovered(old: str, new: str, *, file: str = "<healer>") -> bool:
    """Whether the compile error left in `new` was in `old` all along, apart from the one the edit fixed.

    CPython reports only a file's first error: an edit that fixes it shows the next one, which is
    progress, while an edit that only moves it (three quotes that open a string instead of closing
    one, a continuation that runs into the next line) makes a new error further on, which is not.
    The next error is the file's own when it is raised, with the same message at the same line,
    by the original text with the first error's enclosing function, class or top-level statement
    left out; an error on a line the edit wrote, or on the line just before or after them, is
    always its own (r92: a `)` added to close a signature made the signature's own closing `)`
    on the next line unmatched; a parser reports an error an edit causes where the edit broke the
    token stream, and the line after it is where an added or dropped closer shows).
    """
    before, after = compile_error(old, file), compile_error(new, file)
    if after is None:
        return True
    if before is None:
        return False
    # Numbered as the compiler numbers them: str.splitlines also splits at a form feed (GNU
    # style's page breaks), which would put every span and line after one off by one.
    old_lines, new_lines = split_lines(old), split_lines(new)
    line = map_line_back(old, new, after.line, split=split_lines)
    if after.line in edited_neighbourhood(old_lines, new_lines):
        return False
    if parse_error_cleared(old, new):
        return True
    if line <= before.line:
        return False
    message = DETECTED_AT.sub("", after.message)
    spans = enclosing_spans(old_lines, before.line)
    clause = clause_span(old_lines, before.line, before.message)
    if clause is not None and clause not in spans:
        spans.append(clause)
    # Round 52: and the compound statements around the first error, innermost first: when the
    # next error sits in the same function (r321: a `continue` two spaces short at line 37, a
    # quote that ends an f-string early at line 54), every definition span holds both and none
    # could be blanked, so no edit of the first error was ever progress.
    spans.extend(span for span in enclosing_blocks(old_lines, before.line) if span not in spans)
    for start, end in spans:
        if start <= line <= end:
            continue
        blanked = [*old_lines[: start - 1], *["\n"] * (end - start + 1), *old_lines[end:]]
        again = compile_error("".join(blanked), file)
        if again is not None and again.line == line and DETECTED_AT.sub("", again.message) == message:
            return True
    return False


HEADER_LINE = re.compile(r"after .+ on line (\d+)")
CONTINUING_CLAUSE = re.compile(r"(else|elif|except|finally)\b")


def clause_span(lines: list[str], line: int, message: str) -> tuple[int, int] | None:
    """(first, last) lines of the whole top-level compound statement whose clause header the
    compiler names ("expected an indented block after 'else' statement on line 18"), through the
    top-level statement of the error line itself; None when the message names no earlier header.

    A body left at its header's level is a top-level statement of its own for pyindex, and its
    header (`else:`) a clause of the `if` above it: blanking only the body leaves the header
    bodiless, the same first error again, so the file's next error could never be told from one
    the edit made (mock-open: an `else` 177 lines above a parenthesised lambda parameter). Bounded:
    one backwards walk over the clauses (each step moves up at least one line).
    """
    found = HEADER_LINE.search(message)
    if found is None:
        return None
    header = int(found.group(1))
    if not 1 <= header < line <= len(lines):
        return None
    start = top_level_span(lines, header)[0]
    while start > 1 and CONTINUING_CLAUSE.match(lines[start - 1]):
        start = top_level_span(lines, start - 1)[0]
    # Round 50: and forwards over the clauses that follow the error line's statement (a `try:`
    # whose body's first line was dedented, then `except ImportError:`): blanking the try without
    # its handler leaves an orphan `except`, a nearer error than the file's next one (r288).
    end = top_level_span(lines, line)[1]
    while end < len(lines) and CONTINUING_CLAUSE.match(lines[end]):
        end = top_level_span(lines, end + 1)[1]
    return start, end


def parse_error_cleared(old: str, new: str) -> bool:
    """Whether `old` fails to parse and `new` parses: what error `new` has left is one of the
    compiler's later passes (a duplicate parameter, a misplaced `from __future__` import,
    `return` outside a function), which CPython reports only once the whole file parses, wherever
    it is (r150: a class body indented showed a duplicate parameter 100 lines above it). Callers
    rule out an error on the lines the edit wrote first (edited_neighbourhood)."""
    return parse(old) is None and parse(new) is not None


def edited_neighbourhood(old_lines: list[str], new_lines: list[str]) -> frozenset[int]:
    """Lines of the new text an edit wrote, with the line just before and just after each change
    (a deletion writes none: the lines around it are its neighbourhood)."""
    touched: set[int] = set()
    for tag, _, _, j1, j2 in line_opcodes(old_lines, new_lines):
        if tag != "equal":
            touched.update(range(max(j1, 1), j2 + 2))
    return frozenset(touched)


def enclosing_spans(lines: list[str], line: int) -> list[tuple[int, int]]:
    """(first, last) lines of each function or class around `line`, innermost first, then of the
    top-level statement around it (pyindex.top_level_span)."""
    spans: list[tuple[int, int]] = []
    if not 1 <= line <= len(lines):
        return spans
    depth = indent_width(lines[line - 1]) + 1  # the error line's own definition counts too
    for number in range(line, 0, -1):
        text = lines[number - 1]
        if not text.strip() or text.lstrip().startswith("#") or indent_width(text) >= depth:
            continue
        depth = indent_width(text)
        if DEFINITION.match(text):
            end = number
            for below in range(number + 1, len(lines) + 1):
                following = lines[below - 1]
                if (
                    following.strip()
                    and not following.lstrip().startswith("#")
                    and indent_width(following) <= depth
                    and not (indent_width(following) == depth and following.lstrip()[:1] in ")]}")
                ):
                    break  # a closer under the `def` ends its signature (PEP 8 style), not the def
                end = below
            start = number
            while start > 1 and lines[start - 2].strip().startswith("@"):
                start -= 1
            if end >= line:
                spans.append((start, end))
        if depth == 0:
            break
    top = top_level_span(lines, line)
    return [*[span for span in spans if span != top], top]


DEFINITION = re.compile(r"\s*(async\s+def|def|class)\b")


def enclosing_blocks(lines: list[str], line: int) -> list[tuple[int, int]]:
    """(first, last) lines of each compound statement whose block holds `line`, innermost first,
    read from indentation alone (the text does not parse): a header is a code line above it
    indented less than every code line between and ending with a colon; its span runs over the lines indented deeper
    than it, and over the clauses (`else:`, `except ...:`) that continue it at its own width, from
    the clause's opening statement, so that blanking a span never leaves an orphan clause."""
    if not 1 <= line <= len(lines):
        return []
    spans: list[tuple[int, int]] = []
    depth = indent_width(lines[line - 1])
    for number in range(line - 1, 0, -1):
        text = lines[number - 1]
        if not text.strip() or text.lstrip().startswith("#") or indent_width(text) >= depth:
            continue
        depth = indent_width(text)
        if not text.split("#", 1)[0].rstrip().endswith(":"):
            continue  # no block header (a signature's first line, a bracket's): its span is no block
        start = number
        while CONTINUING_CLAUSE.match(lines[start - 1].lstrip()) and start > 1:
            above = start - 1
            while above >= 1 and (
                not lines[above - 1].strip()
                or lines[above - 1].lstrip().startswith("#")
                or indent_width(lines[above - 1]) > depth
            ):
                above -= 1
            if above < 1 or indent_width(lines[above - 1]) != depth:
                break
            start = above
        end = number
        for below in range(number + 1, len(lines) + 1):
            following = lines[below - 1]
            if not following.strip() or following.lstrip().startswith("#"):
                continue
            width = indent_width(following)
            if width < depth or (
                width == depth
                and not CONTINUING_CLAUSE.match(following.lstrip())
                and following.lstrip()[:1] not in ")]}"
            ):
                break
            end = below
        spans.append((start, end))
        if depth == 0:
            break
    return spans


def indent_width(text: str) -> int:
    """A line's indentation in columns, tabs at 8."""
    return len(text.expandtabs(8)) - len(text.expandtabs(8).lstrip())


def reported_line(line: int, old: str, new: str) -> int:
    """The line a compile-checked edit reports: the compiler's, unless the edit leaves it alone.

    CPython often notices a fault below it (an unindented body line shows as an "unexpected indent"
    on the next indented line, a lost colon as an error on the line after). An edit that never
    touches the compiler's line mended the line it changed, so that is where the fault was; an edit
    that rewrites the compiler's line (or inserts beside it) keeps the compiler's line. Measured on
    the dev SYNTAX and INDENTATION keys: the 174 whose first matching candidate reported the
    compiler's line all touch it, and the 4 that did not (r16, r149, r160, r162) are keyed at the
    line the edit changed.
    """
    touched = changed_lines(old, new)
    if not touched or line in touched:
        return line
    return min(touched)


def changed_line(old: str, new: str) -> int:
    """The first line (1-based) where `new` differs from `old`."""
    for number, (before, after) in enumerate(zip(old.splitlines(), new.splitlines(), strict=False), start=1):
        if before != after:
            return number
    return min(len(old.splitlines()), len(new.splitlines())) + 1
