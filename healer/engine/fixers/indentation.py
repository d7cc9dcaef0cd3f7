"""INDENTATION: re-indent the reported line (or its block) to a level the code around it uses.

From CPython's message:
  unexpected indent              -> dedent to the level of the surrounding statements
  expected an indented block ... -> indent the body one level below its header
  unindent does not match ...    -> align with the nearest enclosing level
  TabError (tabs mixed in)       -> indent with spaces only (or tabs only in a tab-indented file)
Only indentation changes, never code; candidates must compile.
"""

from __future__ import annotations

import ast
import math
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import replace

from healer.engine.edits import line_opcodes
from healer.engine.fixers.base import Candidate, RepairContext
from healer.engine.fixers.compiled import changed_line, compile_checked
from healer.engine.fixers.lineedit import split_lines
from healer.engine.types import BugType, Failure

MAX_BLOCK = 200
DECORATOR_LEVEL = "put the decorator at the level of the definition it decorates"
INDENTED_BEFORE = "indent the line before back into the block the line is in"
UNCOMMENTED = "give the block its commented-out statement back"
EMPTY_BODY = "give the empty block a pass statement"
OFF_GRID_BEFORE = "align the line before, off the file's indentation grid, with the line after it"
ELSEWHERE = frozenset({DECORATOR_LEVEL, UNCOMMENTED, EMPTY_BODY, OFF_GRID_BEFORE, INDENTED_BEFORE})


def _indent_of(line: str) -> str:
    return line[: len(line) - len(line.lstrip(" \t"))]


def _width(indent: str, tab: int = 8) -> int:
    return len(indent.expandtabs(tab))


def _is_code(line: str) -> bool:
    stripped = line.strip()
    return bool(stripped) and not stripped.startswith("#")


def indent_unit(lines: list[str]) -> str:
    """The file's indentation step: a tab, or the most common step between nesting levels."""
    tabs = spaces = 0
    steps: Counter[int] = Counter()
    previous = 0
    for line in lines:
        if not _is_code(line):
            continue
        indent = _indent_of(line)
        if indent.startswith("\t"):
            tabs += 1
        elif indent:
            spaces += 1
        width = _width(indent)
        if width > previous:
            steps[width - previous] += 1
        previous = width
    if tabs > spaces:
        return "\t"
    step = steps.most_common(1)[0][0] if steps else 4
    return " " * (step if 1 <= step <= 8 else 4)


def _split_comment_free(line: str) -> str:
    """The line without a trailing `# comment` (rough: enough to see a block header's colon)."""
    code = line.split("#", 1)[0] if "#" in line and "'" not in line and '"' not in line else line
    return code.rstrip()


def _names(line: str) -> set[str]:
    """Names a one-line statement (or block header) binds or reads; none when it does not parse alone."""
    code = line.strip()
    for attempt in (code, code + " pass"):
        try:
            tree = ast.parse(attempt)
        except SyntaxError:
            continue
        return {n.id for n in ast.walk(tree) if isinstance(n, ast.Name)}
    return set()


def string_lines(lines: list[str]) -> set[int]:
    """The 1-based lines that begin inside a multi-line string (a triple-quoted one, or a quote
    continued with a backslash), read with a scanner of quotes and comments: the file does not
    tokenize while its indentation is wrong (tokenize raises at the bad dedent)."""
    inside: set[int] = set()
    quote = ""  # the open string's delimiter, "" outside strings
    for number, line in enumerate(lines, 1):
        if quote:
            inside.add(number)
        index = 0
        while index < len(line):
            char = line[index]
            if quote:
                if char == "\\":
                    # An escape, or a line continued (CRLF: both characters of the ending).
                    index += 3 if line.startswith("\r\n", index + 1) else 2
                    continue
                if line.startswith(quote, index):
                    index += len(quote)
                    quote = ""
                    continue
                if len(quote) == 1 and char in "\r\n":
                    quote = ""  # an unterminated one-line string ends with its line
                index += 1
                continue
            if char == "#":
                break
            if char in "'\"":
                quote = line[index : index + 3] if line.startswith(char * 3, index) else char
                index += len(quote)
                continue
            index += 1
    return inside


class _File:
    def __init__(self, source: str) -> None:
        self.source = source
        self.lines = source.splitlines(keepends=True)
        self.unit = indent_unit(self.lines)

    def get(self, number: int) -> str:
        return self.lines[number - 1] if 1 <= number <= len(self.lines) else ""

    def previous_code(self, number: int) -> int | None:
        for candidate in range(number - 1, 0, -1):
            if _is_code(self.get(candidate)):
                return candidate
        return None

    def levels(self, number: int) -> list[int]:
        """Indentation widths open at `number`: the previous statement's, then each enclosing one."""
        found: list[int] = []
        limit = math.inf
        for candidate in range(number - 1, 0, -1):
            line = self.get(candidate)
            if not _is_code(line):
                continue
            width = _width(_indent_of(line))
            if width < limit:
                found.append(width)
                limit = width
                if width == 0:
                    break
        if not found or found[-1] != 0:
            found.append(0)
        return found

    def make_indent(self, width: int) -> str:
        if self.unit == "\t":
            return "\t" * (width // 8) + " " * (width % 8)
        return " " * width

    def reindent(self, first: int, last: int, shift_to: int, *, keep_strings: bool = False) -> str:
        """Move lines first..last so that line `first` sits at width `shift_to`, keeping relative indents.

        `keep_strings`: lines that begin inside a multi-line string are its text, not indentation,
        and stay as written (round 53)."""
        base = _width(_indent_of(self.get(first)))
        out = list(self.lines)
        inside = string_lines(self.lines) if keep_strings else set()
        for number in range(first, last + 1):
            line = self.get(number)
            if not line.strip() or number in inside:
                continue
            width = _width(_indent_of(line))
            new_width = max(0, width - base + shift_to)
            out[number - 1] = self.make_indent(new_width) + line.lstrip(" \t")
        return "".join(out)

    def block_names(self, number: int, level: int) -> set[str]:
        """Names of the statements right before `number` that sit in a block at `level` or deeper."""
        found: set[str] = set()
        for candidate in range(number - 1, max(0, number - MAX_BLOCK), -1):
            line = self.get(candidate)
            if not _is_code(line):
                continue
            if _width(_indent_of(line)) < level:
                break
            found |= _names(line)
        return found

    def block_end(self, first: int, *, min_width: int, stop_at_blank: bool) -> int:
        """Last line of the run of lines after `first` indented at least `min_width`."""
        last = first
        for number in range(first + 1, min(len(self.lines), first + MAX_BLOCK) + 1):
            line = self.get(number)
            if not line.strip():
                if stop_at_blank:
                    break
                continue
            if _width(_indent_of(line)) < min_width:
                break
            last = number
        return last


def _off_grid_before(file: _File, line: int, width: int, *, deeper: bool) -> int | None:
    """The code line before `line` when it is the slip: off the file's space grid while `line` (at
    `width`) is on it, shallower (an "unexpected indent" after it) or deeper (an unmatched unindent
    after it) as asked, and not a block header, whose body may sit anywhere deeper."""
    previous = file.previous_code(line)
    step = _width(file.unit)
    if previous is None or file.unit == "\t":
        return None
    before = file.get(previous)
    before_width = _width(_indent_of(before))
    if (before_width > width) != deeper or before_width == width:
        return None
    if before_width % step and not width % step and not _split_comment_free(before).endswith(":"):
        return previous
    return None


class IndentationFixer:
    bug_types = frozenset({BugType.INDENTATION})
    fallback = False

    def candidates(self, failure: Failure, ctx: RepairContext) -> list[Candidate]:
        if ctx.is_test_file(failure.file):
            return []
        source = ctx.source(failure.file)
        file = _File(source)
        message = str(failure.extra.get("msg") or failure.message)
        found = compile_checked(
            failure=failure,
            source=source,
            edits=self._edits(file, failure, message),
            bug_type=BugType.INDENTATION,
        )
        # The templates that mend a line other than the reported one (a decorator above the
        # `def` CPython stops at, a commented-out body above the next statement) report the line
        # they change: the fault is there, not where the parser noticed it.
        found = [
            replace(c, line=changed_line(source, c.new_source)) if c.description in ELSEWHERE else c
            for c in found
        ]
        return live_code_first(source, found)

    def _edits(self, file: _File, failure: Failure, message: str) -> Iterator[tuple[str | None, str]]:
        line = failure.line
        text = file.get(line)
        if not text.strip():
            return
        width = _width(_indent_of(text))
        levels = file.levels(line)
        lowered = message.lower()

        if failure.code == "TabError" or "inconsistent use of tabs" in lowered:
            spaces_only = file.unit != "\t"
            label = "indent the line with spaces only" if spaces_only else "indent the line with tabs only"
            targets = [width, _width(_indent_of(text), 4), *levels]
            previous = file.previous_code(line)
            if previous is not None and file.get(previous).rstrip().endswith(":"):
                targets.insert(1, _width(_indent_of(file.get(previous))) + _width(file.unit))
            for target in dict.fromkeys(targets):
                indent = " " * target if spaces_only else "\t" * (target // 8) + " " * (target % 8)
                yield self._set_line(file, line, indent), label
            return

        if "unexpected indent" in lowered:
            # The slip may be on the line before: a statement one space off the file's grid
            # (`else:` / 15-space `x = 7` / 16-space rest of the block) makes the on-grid line
            # after it "unexpected". The one-line edit moves the off-grid line onto the block
            # (the smallest edit that parses, as in minimum-distance repair).
            previous = _off_grid_before(file, line, width, deeper=False)
            if previous is not None:
                yield (
                    self._set_line(file, previous, file.make_indent(width)),
                    "indent the line before like the block it belongs to",
                )
            for target in levels:
                if target < width:
                    yield file.reindent(line, line, target), "dedent the line to match the rest of the block"
            # Round 52: or the statement before was dedented out of the block the line still sits
            # in (r316: `children = ...` at the `if`'s level, its `return` still in the branch);
            # indenting it back to the line's level is as small an edit, and live_code_first
            # below ranks it over the dedent when that one strands the statements after a `return`.
            previous = file.previous_code(line)
            if previous is not None and not _split_comment_free(file.get(previous)).endswith(":"):
                yield self._set_line(file, previous, file.make_indent(width)), INDENTED_BEFORE
            for target in levels:
                if target < width:
                    last = file.block_end(line, min_width=width, stop_at_blank=False)
                    if last > line:
                        yield (
                            file.reindent(line, last, target),
                            "dedent the block to match the code around it",
                        )
            return

        if "unexpected unindent" in lowered:
            # The line is at a level the block has, but the statement before it cannot end
            # there: a decorator (or a run of them) indented deeper than the `def` it decorates.
            # The decorators move to the definition's level; else the line joins the level of
            # the line before it, with its block; the nearest-level alignments below come after.
            previous = file.previous_code(line)
            if previous is not None:
                first = previous
                while file.get(first).lstrip().startswith("@") and (above := file.previous_code(first)):
                    if not file.get(above).lstrip().startswith("@"):
                        break
                    first = above
                if file.get(first).lstrip().startswith("@"):
                    yield file.reindent(first, previous, width), DECORATOR_LEVEL
                before_width = _width(_indent_of(file.get(previous)))
                last = file.block_end(line, min_width=width + 1, stop_at_blank=False)
                yield (
                    file.reindent(line, last, before_width),
                    "indent the line and its block like the line before",
                )

        expected = re.search(r"expected an indented block after (.+?) on line (\d+)", message)
        if expected or "expected an indented block" in lowered:
            header = int(expected.group(2)) if expected else file.previous_code(line) or line
            what = expected.group(1) if expected else ""
            target = _width(_indent_of(file.get(header))) + _width(file.unit)
            label = self._body_label(what)
            # Only comments between the header and the line, indented as a body: the body was
            # commented out (`except E:` / `    # pass`), and the line after is the statement
            # that follows the block, not its body. The commented statement comes back, or
            # `pass` stands for it; indenting the next statement would change what runs.
            commented = [
                number
                for number in range(header + 1, line)
                if file.get(number).strip().startswith("#") and _width(_indent_of(file.get(number))) >= target
            ]
            # Round 54 (pyline54): under an `else:` or `finally:` whose comments are prose, not code
            # (`# Generate a minimal PNG.`), `pass` makes a clause that does nothing (it could only
            # be deleted, which no one writes): the comment describes the statement after it, whose
            # indentation was lost (r341), so indenting it ranks before `pass`, under which that
            # statement would run on every path. Elsewhere (`if x:`, `except E:`) `pass` stays first.
            prose = (
                what in ("'else' statement", "'finally' statement")
                and bool(commented)
                and not any(_comment_is_code(file.get(number)) for number in commented)
            )
            empty_body = list(file.lines)
            empty_body.insert(header, file.make_indent(target) + "pass\n")
            if commented:
                for number in commented:
                    out = list(file.lines)
                    out[number - 1] = file.make_indent(target) + file.get(number).lstrip(" \t")[1:].lstrip(
                        " \t"
                    )
                    yield "".join(out), UNCOMMENTED
                if not prose:
                    yield "".join(empty_body), EMPTY_BODY
            header_width = _width(_indent_of(file.get(header)))
            dedents = _header_dedents(file, header, line, what) if header_width == width else []
            separated = bool(dedents) and _blank_lines_before(file, _decorated_from(file, header)) >= 2
            if separated:
                # A `class`/`def` set off by two blank lines (PEP 8's spacing of top-level
                # definitions) and indented into the block above it, its body at its own level:
                # the header's line is the slip, and dedenting it is one line's edit where
                # indenting the body moves every line of it (and nests the class).
                for level, first in dedents:
                    yield file.reindent(first, header, level), HEADER_DEDENT
            yield file.reindent(line, line, target), label
            last = file.block_end(line, min_width=width, stop_at_blank=True)
            if last > line:
                yield file.reindent(line, last, target), label
            last = file.block_end(line, min_width=width + 1, stop_at_blank=False)
            if last > line:
                yield file.reindent(line, last, target), label
            if not separated:
                for level, first in dedents:
                    yield file.reindent(first, header, level), HEADER_DEDENT
            if prose:
                yield "".join(empty_body), EMPTY_BODY
            return

        # "unindent does not match any outer indentation level" and anything else: the nearest
        # level (the smallest edit, as in minimum-distance repair). Between two as near, the
        # deeper block when the line works on its names (def-use: `first, rest = ...` then
        # `desc = first + rest`; a loop body that reads `index`, then `index = index + 1`), else
        # the outer one.
        # First, as for "unexpected indent" above: the line before may be the slip, one space off
        # the file's grid (`else:` / 9-space first statement / 8-space rest of the block), so the
        # on-grid line dedents to a width no block opened. The off-grid line moves onto the grid.
        previous = _off_grid_before(file, line, width, deeper=True)
        if previous is not None:
            yield self._set_line(file, previous, file.make_indent(width)), OFF_GRID_BEFORE
        words = _names(text)
        for target in sorted(
            levels,
            key=lambda level: (
                abs(level - width),
                not (level > width and words & file.block_names(line, level)),
                level > width,
            ),
        ):
            if target != width:
                yield file.reindent(line, line, target), "align the line with the enclosing block"
                # Round 52: with the lines after it at the same wrong depth or deeper (a header
                # and its body, a run of statements shifted together), the whole run moves: the
                # line alone leaves the next one unmatched, an error the edit made.
                last = file.block_end(line, min_width=width, stop_at_blank=False)
                if last > line:
                    yield (
                        file.reindent(line, last, target, keep_strings=True),
                        "align the line and its block with the enclosing block",
                    )

    @staticmethod
    def _set_line(file: _File, number: int, indent: str) -> str:
        out = list(file.lines)
        out[number - 1] = indent + file.get(number).lstrip(" \t")
        return "".join(out)

    @staticmethod
    def _body_label(what: str) -> str:
        if what.startswith("function definition"):
            return "indent the function body"
        if what.startswith("class definition"):
            return "indent the class body"
        keyword = re.match(r"'(\w+)' statement", what)
        if keyword:
            return f"indent the body of the {keyword.group(1)} statement"
        return "indent the block body"


def _comment_is_code(comment_line: str) -> bool:
    """Whether a comment's text, its `#` taken off, parses as a Python statement (`# pass`,
    `# return x`): a commented-out statement, not prose. A lone word parses as a name; it counts
    as code only when it is a keyword statement (`# pass`, `# continue`)."""
    text = comment_line.strip().lstrip("#").strip()
    if not text:
        return False
    # A commented-out block header (`# if verbose:`, `# for x in xs:`) parses only with a body.
    source = f"{text}\n    pass" if text.endswith(":") else text
    try:
        tree = ast.parse(source)
    except (SyntaxError, ValueError, RecursionError, MemoryError):
        # A long run of unary operators or attributes (`# ------...x`) is too deep for the parser,
        # which raises RecursionError or MemoryError rather than SyntaxError: prose, not a crash.
        return False
    body = tree.body
    if (
        len(body) == 1
        and isinstance(body[0], ast.Expr)
        and isinstance(body[0].value, ast.Name | ast.Constant)
    ):
        return False  # one word or a literal: as likely prose ("# TODO", "# unused")
    return bool(body)


HEADER_DEDENT = "dedent the definition's header to the level of the statements around it"
MAX_BLANK_RUN = 10  # blank lines counted above a header


def _decorated_from(file: _File, header: int) -> int:
    """The first line of the header's decorators (the header itself when it has none)."""
    first = header
    while first > 1 and file.get(first - 1).lstrip().startswith("@"):
        first -= 1
    return first


def _blank_lines_before(file: _File, number: int) -> int:
    count = 0
    while count < MAX_BLANK_RUN and number - 1 - count >= 1 and not file.get(number - 1 - count).strip():
        count += 1
    return count


def _header_dedents(file: _File, header: int, line: int, what: str) -> list[tuple[int, int]]:
    """(width, first line) for moving a `class`/`def` header (with its decorators) out to each
    enclosing level, outermost first, when its body's first line sits at the header's own level."""
    if not what.startswith(("class definition", "function definition")):
        return []
    width = _width(_indent_of(file.get(header)))
    first = _decorated_from(file, header)
    return [(level, first) for level in sorted(file.levels(first)) if level < width]


JUMP = re.compile(r"[ \t]*(return|raise|continue|break)\b")
CLAUSE = re.compile(r"[ \t]*(else|elif|except|finally)\b")


def stranded_lines(source: str, new: str) -> int:
    """How many statements an edit strands after a `return`, `raise`, `continue` or `break` at
    their own level (dead code: nothing after a jump in the same block runs), counted around the
    lines it changed, from indentation alone (in place, the file may still hold a later error).

    A re-indent that leaves code unreachable changes what the program does where the writer's
    indentation only slipped (r321: the `continue` ending an `if` body moved to the loop body's
    level skips the rest of every iteration; r316: the `return` of a branch dedented before the
    function's `return None`); it is the dead-code check of compilers and linters (pyflakes,
    ruff's unreachable rule) applied to the edit only."""
    old_lines, new_lines = split_lines(source), split_lines(new)
    touched = {
        number
        for tag, _, _, first, last in line_opcodes(old_lines, new_lines)
        if tag != "equal"
        for number in range(first + 1, last + 1)
    }
    count = 0
    for number in sorted(touched):
        for jump in (number, _previous_code(new_lines, number)):
            if jump is None or not JUMP.match(new_lines[jump - 1]) or not _closed(new_lines[jump - 1]):
                continue
            after = _next_code(new_lines, jump)
            if after is None or (jump not in touched and after not in touched):
                continue
            text = new_lines[after - 1]
            if _width(_indent_of(text)) == _width(_indent_of(new_lines[jump - 1])) and not CLAUSE.match(text):
                count += 1
    return count


def _closed(line: str) -> bool:
    """Whether a line's brackets balance (a statement that ends on it), strings aside roughly."""
    code = re.sub(r"(['\"]).*?\1", "", line.split("#", 1)[0])
    return sum(code.count(c) for c in "([{") == sum(
        code.count(c) for c in ")]}"
    ) and not code.rstrip().endswith("\\")


def _previous_code(lines: list[str], number: int) -> int | None:
    for candidate in range(number - 1, 0, -1):
        if _is_code(lines[candidate - 1]):
            return candidate
    return None


def _next_code(lines: list[str], number: int) -> int | None:
    for candidate in range(number + 1, len(lines) + 1):
        if _is_code(lines[candidate - 1]):
            return candidate
    return None


def live_code_first(source: str, found: list[Candidate]) -> list[Candidate]:
    """The candidates, those that strand more statements after a jump than the fewest any
    candidate strands after the others, in their order otherwise; the priorities are handed out
    again in the new order (as syntax.keeping_bindings_first does for lost names)."""
    stranded = [stranded_lines(source, candidate.new_source) for candidate in found]
    if not stranded or min(stranded) == max(stranded):
        return found
    fewest = min(stranded)
    ordered = sorted(zip(found, stranded, strict=True), key=lambda pair: (pair[1] > fewest, pair[0].priority))
    priorities = sorted(candidate.priority for candidate in found)
    return [replace(c, priority=p) for (c, _), p in zip(ordered, priorities, strict=True)]


FIXERS = [IndentationFixer()]
