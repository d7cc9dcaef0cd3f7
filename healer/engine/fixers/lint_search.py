"""LINTING: a bounded generic token-edit search on the finding's line, checked by the linter.

Many lint findings have no autofix (F631: an assert on a non-empty tuple, always true; F632,
F601, F811, ...), and a finding no family's template covered ended the run. Like the compile-error
search (syntax_search.py), this search reaches such shapes from a generic edit space instead of
one more template: single primitive edits on the finding's own line(s) (delete, insert or
replace a token, swap two adjacent tokens: syntax_search's token edits), plus dropping a
bracket pair or a trailing comma and the comparison operators' documented equivalents (`is` and
`==`, `is not` and `!=`).

The check is exact and cheap, run on the host before the sandbox: the file must still compile,
and the project's OWN linter (ruff with the project's lint arguments, on the one file through
stdin) must no longer report the finding (its code on its lines) and must report nothing it did
not report before. Never a `# noqa`, never a rule disabled (no comment is ever inserted), and
the line is never emptied unless the finding is about the line existing (an unused import
outside a package's `__init__.py`). Candidates rank by edit cost, the sandbox then validates
them like every candidate. Bounded by a cap on linter runs and on seconds per finding.
"""

from __future__ import annotations

import ast
import builtins
import json
import keyword
import os
import re
import shutil
import subprocess
import sys
import time
import tokenize
import warnings
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass

from healer.engine.checks import LintFinding
from healer.engine.fixers.base import Candidate, RepairContext
from healer.engine.fixers.syntax import line_tokens
from healer.engine.fixers.syntax_search import Edit, _body, _Space
from healer.engine.types import BugType, Failure

MAX_LINTS = 150  # linter runs per finding
MAX_SECONDS = 10.0
MAX_RESULTS = 6
MAX_LINES = 3  # lines of the finding's statement the edits touch
LINT_TIMEOUT = 20.0
OPENERS = {"(": ")", "[": "]", "{": "}"}
# The comparison operators' documented equivalents for values that are not singletons, and back.
OPERATORS = (("is not", "!="), ("is", "=="), ("!=", "is not"), ("==", "is"))

# pyflakes' format-string checks (F501-F509, F521-F525) can only count what a literal shows: an
# edit that hides the operands from them (`% (x,)` -> `% (x)`) silences the finding and keeps the
# fault. Their repairs are the format families' (linting.py, percent_format.py).
OPAQUE_RULES = ("F50", "F52")

MOVED_BRACKET = re.compile(r"swap (`[][(){}]` and|`.*` and `[][(){}]`)")
SAME_TEST = {"Is": "Eq", "IsNot": "NotEq"}

Lint = Callable[[str], "list[LintFinding] | None"]


@dataclass(frozen=True)
class LintRepair:
    source: str
    description: str
    line: int


def _replace_line(lines: Sequence[str], number: int, body: str) -> tuple[str, ...]:
    old = lines[number - 1]
    ending = old[len(old.rstrip("\r\n")) :]
    return (*lines[: number - 1], body + ending, *lines[number:])


def _bracket_edits(lines: Sequence[str], number: int) -> Iterator[Edit]:
    """Drop a matching bracket pair on one line (its contents kept), or a trailing comma."""
    body = _body(lines[number - 1])
    tokens = line_tokens(body)
    stack: list[int] = []
    for index, (start, end, string, _) in enumerate(tokens):
        if string in OPENERS:
            stack.append(index)
        elif string in OPENERS.values() and stack:
            opened = stack.pop()
            o_start, o_end, o_string, _ = tokens[opened]
            if OPENERS[o_string] != string:
                continue
            # A call's or a subscript's brackets are not grouping: dropping them changes the syntax.
            if opened and tokens[opened - 1][3] == tokenize.NAME and o_string == "(":
                before = tokens[opened - 1][2]
                if before not in ("assert", "return", "if", "elif", "while", "in", "not", "and", "or", "is"):
                    continue
            inner = body[o_end:start]
            new = body[:o_start] + inner.strip() + body[end:]
            if o_start and body[o_start - 1].isalnum() and inner.strip()[:1].isalnum():
                new = body[:o_start] + " " + inner.strip() + body[end:]
            yield Edit(
                _replace_line(lines, number, new),
                f"drop the brackets `{o_string}{string}` on line {number}",
                1.0,
                number,
            )
        elif string == "," and index + 1 < len(tokens) and tokens[index + 1][2] in (")", "]", "}"):
            new = body[:start] + body[end:]
            yield Edit(
                _replace_line(lines, number, new), f"drop the trailing comma on line {number}", 1.0, number
            )


def _item_edits(lines: Sequence[str], number: int) -> Iterator[Edit]:
    """Drop one item of a comma-separated list (a name and its comma): one import of two."""
    body = _body(lines[number - 1])
    tokens = line_tokens(body)
    for index, (start, end, string, kind) in enumerate(tokens):
        if kind != tokenize.NAME or keyword.iskeyword(string):
            continue
        if index + 2 < len(tokens) and tokens[index + 1][2] == ",":
            new = body[:start] + body[tokens[index + 2][0] :]
        elif index >= 1 and tokens[index - 1][2] == ",":
            new = body[: tokens[index - 1][0]] + body[end:]
        else:
            continue
        yield Edit(
            _replace_line(lines, number, new), f"drop `{string}` from the list on line {number}", 1.0, number
        )


def _operator_edits(lines: Sequence[str], number: int) -> Iterator[Edit]:
    body = _body(lines[number - 1])
    tokens = line_tokens(body)
    for index, (start, end, string, _) in enumerate(tokens):
        pair = string
        stop = end
        if string == "is" and index + 1 < len(tokens) and tokens[index + 1][2] == "not":
            pair, stop = "is not", tokens[index + 1][1]
        for old, new in OPERATORS:
            if pair == old:
                text = body[:start] + new + body[stop:]
                yield Edit(
                    _replace_line(lines, number, text),
                    f"replace `{old}` by `{new}` on line {number}",
                    1.0,
                    number,
                )
                break


def _edits(lines: list[str], finding: LintFinding) -> Iterator[Edit]:
    last = min(len(lines), max(finding.line, finding.end_line), finding.line + MAX_LINES - 1)
    numbers = list(range(finding.line, last + 1))
    for number in numbers:
        yield from _operator_edits(lines, number)
        yield from _bracket_edits(lines, number)
        yield from _item_edits(lines, number)
    for number in numbers:
        column = finding.column - 1 if number == finding.line and finding.column else None
        for edit in _Space(lines, number, column)._token_edits(number):
            # A bracket swapped past a token regroups the operands (`assert (f(x), m)` into
            # `assert f ((x), m)`): dropping a grouping pair is the bracket edit lint needs.
            if not MOVED_BRACKET.match(edit.description):
                yield edit


def _compiles(text: str, file: str) -> bool:
    try:
        with warnings.catch_warnings():
            # The very findings searched for (an assert on a tuple, `is` on a literal) warn.
            warnings.simplefilter("ignore", SyntaxWarning)
            compile(text, file, "exec", dont_inherit=True)
    except (SyntaxError, ValueError, MemoryError, RecursionError):
        return False
    return True


def _allowed(old: Sequence[str], new: Sequence[str], finding: LintFinding) -> bool:
    """Never a comment (a `# noqa`, a directive), never a line emptied unless it only imports."""
    for before, after in zip(old, new, strict=False):
        if before == after:
            continue
        if "#" in after and after.count("#") > before.count("#"):
            return False
        if not after.strip() and before.strip():
            unused_import = finding.code == "F401" and not finding.file.endswith("__init__.py")
            if not unused_import:
                return False
    return True


def _operations(tree: ast.Module) -> Counter[str]:
    """What the code computes, apart from names and brackets: its operators, how many comparisons,
    and what it calls. A lint finding is about how code is written, never about what it computes,
    so an edit that changes this (`%` into `+`, a new `and`) silences the linter and is no fix."""
    found: Counter[str] = Counter()
    for node in ast.walk(tree):
        if isinstance(node, ast.stmt):
            found[type(node).__name__] += 1  # a `raise` or an `assert` deleted is no fix either
        if isinstance(node, ast.AugAssign):
            found["augmented " + type(node.op).__name__] += 1
        elif isinstance(node, (ast.BinOp, ast.BoolOp, ast.UnaryOp)):
            found[type(node.op).__name__] += 1
        elif isinstance(node, ast.Compare):
            # `is` and `==` (`is not` and `!=`) are what the comparison rules trade; `in` is not.
            for op in node.ops:
                found["compare " + SAME_TEST.get(type(op).__name__, type(op).__name__)] += 1
        elif isinstance(node, ast.Call):
            found["call " + ast.unparse(node.func)] += 1
    return found


def _words(text: str) -> Counter[str]:
    return Counter(
        string
        for _, _, string, kind in line_tokens(text)
        if kind in (tokenize.NAME, tokenize.STRING, tokenize.NUMBER) and not keyword.iskeyword(string)
    )


def _builtin_constant(word: str) -> bool:
    return word.isidentifier() and hasattr(builtins, word) and not callable(getattr(builtins, word))


def _word_change(old: Sequence[str], new: Sequence[str]) -> tuple[Counter[str], Counter[str]]:
    """The names, strings and numbers an edit dropped and brought in."""
    before = sum((_words(_body(line)) for line in old), Counter())
    after = sum((_words(_body(line)) for line in new), Counter())
    return before - after, after - before


def _exception_for_constant(removed: Counter[str], added: Counter[str]) -> bool:
    """A builtin exception class in place of at most as many builtin constants (`raise
    NotImplemented` -> `raise NotImplementedError`): never in place of a function nor of a name of
    the program's own, which compiles whatever it means and the linter has no way to tell."""
    exceptions = all(
        isinstance(getattr(builtins, word, None), type) and issubclass(getattr(builtins, word), BaseException)
        for word in added
    )
    return (
        bool(added)
        and exceptions
        and sum(removed.values()) <= sum(added.values())
        and all(_builtin_constant(word) for word in removed)
    )


def _import_bindings(tree: ast.Module) -> set[str]:
    return {
        (alias.asname or alias.name).partition(".")[0]
        for node in ast.walk(tree)
        if isinstance(node, (ast.Import, ast.ImportFrom))
        for alias in node.names
    }


def _signature(findings: Sequence[LintFinding]) -> Counter[tuple[str, str]]:
    return Counter((f.code, f.message) for f in findings)


def lint_repairs(
    *,
    source: str,
    finding: LintFinding,
    lint: Lint,
    max_lints: int = MAX_LINTS,
    max_seconds: float = MAX_SECONDS,
) -> list[LintRepair]:
    """Single token edits on the finding's lines after which the file compiles and `lint` no
    longer reports the finding nor anything new; best (cheapest) first."""
    if finding.code.startswith(OPAQUE_RULES):
        return []
    try:
        tree = ast.parse(source)
    except (SyntaxError, ValueError, RecursionError):
        return []
    operations, imported = _operations(tree), _import_bindings(tree)
    before = lint(source)
    if before is None or not any(_same(f, finding) for f in before):
        return []  # the linter does not see the finding here: nothing to check against
    allowed = _signature(before)
    allowed[(finding.code, finding.message)] -= 1
    started = time.monotonic()
    lines = source.splitlines(keepends=True)
    edits = sorted(_edits(lines, finding), key=lambda e: (e.cost, abs(e.at - finding.line)))
    seen: set[tuple[str, ...]] = {tuple(lines)}
    found: list[LintRepair] = []
    runs = 0
    for edit in edits:
        if runs >= max_lints or time.monotonic() - started > max_seconds or len(found) >= MAX_RESULTS:
            break
        if edit.lines in seen or len(edit.lines) != len(lines):
            continue
        seen.add(edit.lines)
        changed = [number for number, (a, b) in enumerate(zip(lines, edit.lines, strict=True)) if a != b]
        if not _allowed(lines, edit.lines, finding):
            continue
        # No name, string or number dropped (a message, a path component) or brought in, save an
        # exception class for a constant, or a name dropped from an import when the module's
        # imports still bind it (a repeated import, F811): no binding is lost.
        removed, added = _word_change([lines[n] for n in changed], [edit.lines[n] for n in changed])
        rebinding = (
            bool(removed)
            and not added
            and set(removed) <= imported
            and all(lines[n].lstrip().startswith(("import ", "from ")) for n in changed)
        )
        if (removed or added) and not rebinding and not _exception_for_constant(removed, added):
            continue
        text = "".join(edit.lines)
        if not _compiles(text, finding.file):
            continue
        tree = ast.parse(text)
        if _operations(tree) != operations or (rebinding and _import_bindings(tree) != imported):
            continue
        runs += 1
        after = lint(text)
        if after is None:
            continue
        if any(f.code == finding.code and finding.line <= f.line <= finding.end_line for f in after):
            continue
        if _signature(after) - allowed:
            continue  # a finding it did not have before
        found.append(LintRepair(text, edit.description, edit.at))
    return found


def _same(a: LintFinding, b: LintFinding) -> bool:
    return a.code == b.code and a.line == b.line


def _ruff() -> str | None:
    return shutil.which("ruff", path=os.path.dirname(sys.executable)) or shutil.which("ruff")


def ruff_lint(*, root: str, file: str, args: Sequence[str]) -> Lint:
    """The project's ruff on one file's text (stdin), from the repository's root so that its
    own configuration applies; None when ruff cannot run."""
    ruff = _ruff()

    def lint(text: str) -> list[LintFinding] | None:
        if ruff is None:
            return None
        argv = [ruff, "check", "--output-format", "json", "--no-cache", "--no-fix", *args]
        argv += ["--stdin-filename", file, "-"]
        try:
            result = subprocess.run(
                argv, input=text.encode(), cwd=root, capture_output=True, timeout=LINT_TIMEOUT, check=False
            )
            data = json.loads(result.stdout.decode("utf-8", errors="replace") or "[]")
        except (OSError, subprocess.SubprocessError, ValueError):
            return None
        if result.returncode not in (0, 1) or not isinstance(data, list):
            return None
        return [_finding(item, file) for item in data if isinstance(item, dict)]

    return lint


def _finding(item: dict, file: str) -> LintFinding:
    start = item.get("location") or {}
    end = item.get("end_location") or start
    code = item.get("code")
    return LintFinding(
        code=code if isinstance(code, str) else "invalid-syntax",
        message=str(item.get("message", "")),
        file=file,
        line=int(start.get("row", 0)),
        column=int(start.get("column", 0)),
        end_line=int(end.get("row", 0)),
        end_column=int(end.get("column", 0)),
    )


class LintSearchFixer:
    """The generic lint search, asked once the families' candidates are exhausted or absent."""

    bug_types = frozenset({BugType.LINTING})
    fallback = True

    def candidates(self, failure: Failure, ctx: RepairContext) -> list[Candidate]:
        finding = failure.extra.get("finding")
        if not isinstance(finding, LintFinding) or finding.source or ctx.is_test_file(failure.file):
            return []
        if not failure.file.endswith(".py") or finding.is_syntax_error:
            return []
        source = ctx.source(failure.file)
        lint = ruff_lint(root=str(ctx.workspace.root), file=failure.file, args=ctx.lint_args)
        repairs = lint_repairs(source=source, finding=finding, lint=lint)
        return [
            Candidate(
                file=failure.file,
                new_source=repair.source,
                description=repair.description,
                line=finding.line,
                bug_type=BugType.LINTING,
                priority=0.7 + 0.01 * index,
            )
            for index, repair in enumerate(repairs)
        ]


FIXERS = [LintSearchFixer()]
