"""A compile repair's fallout: the new failures that point back at the edit.

A SYNTAX or INDENTATION candidate is accepted once the module compiles and the checks run
further, but compiling is not enough: deleting `extends Base` from `class X extends Base:`
compiles, and the class, having lost its base, then fails wherever the code relies on it
(`except X:` raises "catching classes that do not inherit from BaseException"). Those failures
did not exist before the repair (the module did not load), and their traceback frames run
through code that names what the edit removed. A repair whose fallout points at it is a guess
the next compiling candidates can beat (Long and Rinard's patch ranking learns that a patch that
deletes what the code said is unlikely; here the checks themselves show it).

`fallout` counts the tests that fail after the edit, did not fail before it, and whose failure
runs through the edited lines or names something the edit changed:

- the names the edit took off its lines that the file still holds elsewhere (a name that the
  line held and no longer holds: a deleted base class, a dropped argument; `extends`, which no
  other line holds, names nothing that can fail);
- the name a `class` or `def` header defines, when the edit took a name off that header (the
  class lost a base, the function a parameter): code that uses the class or the function is
  where that shows.

- (round 48) a parameter whose default the edit took away (annotated instead): the calls that
  omit it fail naming it.
- (round 49) the name an assignment binds when the edit split a dotted number on its line
  (`__version__ = 0.9,.1`: a tuple of floats where a version was written): what reads it fails.
- (round 45) the names the linter finds undefined (F821) at the edited lines that it did not
  find there before: a repair that compiles by turning `(node) => node.name` into
  `(node) > node.name` leaves `node` unbound at its own line. Each such finding counts as one
  implicated failure even when a later fix could answer it (an import of some module's `node`
  silences the NameError and keeps the wrong repair): the failure is the repair's, not the
  module's. The checks run the linter with the tests, so this costs no run.

The repair loop (repair.Engine._second_opinion) compares the first accepted repair's fallout with
the next compiling candidates' and keeps the best: fewest implicated failures, then most tests
passing, then the original rank.
"""

from __future__ import annotations

import ast
import keyword
import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from healer.engine.checks import LintFinding, PytestRun
from healer.engine.fixers.lineedit import changed_region, split_lines
from healer.engine.fixers.syntax_meaning import lost_defaults, split_numbers

NAME = re.compile(r"[A-Za-z_]\w*")
HEADER = re.compile(r"\s*(?:async\s+)?(class|def)\s+([A-Za-z_]\w*)")
# The name an assignment line binds (`__version__ = ...`, `self.size: int = ...`: its last part).
TARGET = re.compile(r"\s*(?:[A-Za-z_]\w*\.)*([A-Za-z_]\w*)\s*(?::[^=\n]{0,200})?=(?!=)")


@dataclass(frozen=True)
class Fallout:
    implicated: int  # new failing tests (and collection errors) whose failure points at the edit
    passed: int  # tests passing with the edit in place
    names: tuple[str, ...] = ()  # what the edit changed that the failures were read for
    lines: tuple[int, int] = (0, 0)  # the edited lines, 1-based and inclusive, in the new text
    examples: tuple[str, ...] = ()  # a few implicated test ids, for the log
    own_unbound: tuple[str, ...] = ()  # names the linter finds undefined at the edited lines themselves

    def key(self, rank: int) -> tuple[int, int, int]:
        """The order candidates are kept in: fewest implicated, most passing, original rank."""
        return (self.implicated, -self.passed, rank)


def _lines(text: str) -> list[str]:
    """The lines as a traceback numbers them (str.splitlines() also breaks at a form feed or U+2028)."""
    return [line.rstrip("\r\n") for line in split_lines(text)]


def _names(lines: list[str]) -> Counter[str]:
    return Counter(
        word
        for line in lines
        for word in NAME.findall(_code(line))
        if not keyword.iskeyword(word) and not keyword.issoftkeyword(word)
    )


def _code(line: str) -> str:
    """The line without its comment and the insides of its simple strings (names in code only)."""
    line = re.sub(r"'[^'\\]*'|\"[^\"\\]*\"", "''", line)
    return line.split("#", 1)[0]


def changed_names(old: str, new: str) -> tuple[str, ...]:
    """The names the edit took off its lines, and the name of a class or def header it took one from."""
    before, after, _ = changed_region(old, new)
    held, kept = _names(before), _names(after)
    # Used elsewhere: the file still holds the name (a base class defined or imported there); a
    # word no other line holds (`extends`, another language's keyword) names nothing to fail.
    elsewhere = _names(_lines(new))
    removed = [name for name in held if name not in kept and name in elsewhere]
    names = list(removed)
    # Round 48: a parameter whose default the edit took away (`tmpfile==None` made the annotation
    # `tmpfile: None`): the calls that omit it fail with "missing 1 required positional argument:
    # 'tmpfile'", which names it (syntax_meaning.lost_defaults).
    names += [name for name in lost_defaults(old, new) if name not in names]
    # Round 49: a dotted number split by the edit (`__version__ = 0.9,.1`, a tuple where the text
    # wrote a version): the code that reads what the line binds is where the wrong kind shows.
    if split_numbers(old, new):
        for line in after[: len(before) + 1]:
            match = TARGET.match(line)
            if match and match.group(1) not in names and not keyword.iskeyword(match.group(1)):
                names.append(match.group(1))
    if removed:
        for line in before:
            match = HEADER.match(line)
            if match and match.group(2) not in names and any(name in _code(line) for name in removed):
                names.append(match.group(2))
    return tuple(names)


def fallout(
    *,
    file: str,
    old: str,
    new: str,
    before: PytestRun,
    after: PytestRun,
    read: Callable[[str], str | None],
    lint_before: Iterable[LintFinding] = (),
    lint_after: Iterable[LintFinding] = (),
) -> Fallout:
    """The edit's fallout in `after` against the run `before` it (see the module's docstring)."""
    _, region, first = changed_region(old, new)
    lines = (first, first + max(len(region), 1) - 1)
    names = changed_names(old, new)
    scope = enclosing_scope(new, lines)
    unbound = left_unbound(
        file=file,
        lines=lines,
        before=lint_before,
        after=lint_after,
        source=new,
        scope=scope,
        taken=taken_names(old, new),
    )
    pattern = re.compile(r"\b(?:" + "|".join(map(re.escape, names)) + r")\b") if names else None
    failing_before = before.failed_ids | {e.nodeid for e in before.collect_errors}
    texts: dict[str, list[str] | None] = {}

    def source_line(path: str, number: int) -> str:
        if path not in texts:
            text = new if path == file else read(path)
            texts[path] = _lines(text) if text is not None else None
        held = texts[path]
        return held[number - 1] if held and 0 < number <= len(held) else ""

    def points_at_edit(frames: list, message: str) -> bool:
        if pattern is not None and pattern.search(message or ""):
            return True
        for frame in frames:
            if not isinstance(frame, list | tuple) or len(frame) < 2:
                continue
            path, number = frame[0], frame[1]
            if not isinstance(path, str) or not isinstance(number, int):
                continue
            if path == file and lines[0] <= number <= lines[1]:
                return True
            if pattern is not None and pattern.search(_code(source_line(path, number))):
                return True
        return False

    implicated: list[str] = [f"{file}:{line}: undefined name '{name}'" for line, name in unbound]
    for result in after.tests.values():
        if not result.failed or result.nodeid in failing_before:
            continue
        exc = result.exception or {}
        if points_at_edit(exc.get("frames") or [], str(exc.get("message") or "")):
            implicated.append(result.nodeid)
    for error in after.collect_errors:
        if error.nodeid in failing_before:
            continue
        exc = error.exception or {}
        text = f"{exc.get('message') or ''}\n{error.longrepr}"
        at_edit = any(f'"{file}", line {n}' in text for n in range(lines[0], lines[1] + 1))
        if at_edit or points_at_edit(exc.get("frames") or [], text):
            implicated.append(error.nodeid)
    return Fallout(
        implicated=len(implicated),
        passed=len(after.passed_ids),
        names=tuple(dict.fromkeys((*names, *(name for _, name in unbound)))),
        lines=lines,
        examples=tuple(implicated[:3]),
        own_unbound=tuple(dict.fromkeys(name for line, name in unbound if lines[0] <= line <= lines[1])),
    )


MAX_SCOPE_SOURCE = 2_000_000  # characters: a bigger file is not parsed for the edit's scope


def enclosing_scope(source: str, lines: tuple[int, int]) -> tuple[int, int]:
    """The lines (1-based, inclusive) of the innermost function holding the edited lines, the
    edited lines themselves when none does (module level) or the text does not parse."""
    if len(source) > MAX_SCOPE_SOURCE:
        return lines
    try:
        tree = ast.parse(source)
    except (SyntaxError, ValueError, RecursionError, MemoryError):
        return lines
    best = lines
    stack: list[ast.AST] = [tree]
    while stack:
        node = stack.pop()
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda):
                start = min([child.lineno, *(d.lineno for d in getattr(child, "decorator_list", []))])
                end = child.end_lineno or child.lineno
                if start <= lines[0] and lines[1] <= end:
                    best = (start, end)
                    stack.append(child)
                continue
            if getattr(child, "end_lineno", None) is None or (
                child.lineno <= lines[1] and lines[0] <= (child.end_lineno or child.lineno)
            ):
                stack.append(child)
    return best


def taken_names(old: str, new: str) -> frozenset[str]:
    """The names the edit took off its lines (held before, not after), keywords aside."""
    before, after, _ = changed_region(old, new)
    held, kept = _names(before), _names(after)
    return frozenset(name for name in held if name not in kept)


UNDEFINED = re.compile(r"[`'\"](?P<name>[^\W\d]\w*)[`'\"]")
# A module that binds names at run time (`globals()[name] = ...`, `exec(...)`, `builtins.x = ...`):
# the linter reports them undefined wherever they are read, the right repair's line too.
DYNAMIC_BINDING = re.compile(
    r"\b(?:globals|vars)\s*\(\s*\)|\bexec\s*\(|\b__builtins__\b|\bbuiltins\s*\.\s*\w+\s*="
)


def left_unbound(
    *,
    file: str,
    lines: tuple[int, int],
    before: Iterable[LintFinding],
    after: Iterable[LintFinding],
    source: str = "",
    scope: tuple[int, int] | None = None,
    taken: frozenset[str] = frozenset(),
) -> list[tuple[int, str]]:
    """(line, name) of each F821 (undefined name) the linter finds after the edit and did not find
    before it (by code, file and message, lines moving aside): at the edited lines, anywhere in
    `scope` (the function holding them: a parameter deleted from a `def` leaves its uses two
    lines below undefined, round 46), and anywhere in the file for a name in `taken` (a name the
    edit took off its lines: it was bound there). Not when the module (`source`, after the edit)
    binds names at run time, nor for a name (outside `taken`) the linter finds undefined outside
    the scope too: those are the module's, not the repair's (review 45)."""
    if DYNAMIC_BINDING.search(source):
        return []
    low, high = scope if scope is not None else lines
    low, high = min(low, lines[0]), max(high, lines[1])
    seen = {(f.code, f.file, f.message) for f in before}
    found: list[tuple[int, str]] = []
    after = [f for f in after if f.code == "F821" and f.file == file]
    outside = {f.message for f in after if not low <= f.line <= high}
    for finding in after:
        if (finding.code, finding.file, finding.message) in seen:
            continue
        match = UNDEFINED.search(finding.message)
        name = match.group("name") if match else finding.message
        if name not in taken and (not low <= finding.line <= high or finding.message in outside):
            continue
        found.append((finding.line, name))
    return found
