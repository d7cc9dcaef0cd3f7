"""Judging a candidate fix: is what it targets really gone, and did nothing that passed break?

A candidate is a fix only if
  - a failure found by tests: every targeted test that failed passes afterwards, or got further
    (a later statement of the test fails: the fix uncovered a bug the first one hid, a masked
    bug); a test still failing at the same statement, its error now raised elsewhere in the code,
    is not enough (moved_on);
  - a failure found by compiling or importing (SYNTAX, INDENTATION, IMPORT without tests):
    nothing is raised at that place any more;
  - a lint finding: the finding is gone;
and no test that passed before fails. An error replaced by another error at the same place
(a TypeError turned into a ValueError on the same line) is not a fix, and neither is a
change that makes some of the targeted tests pass while another keeps failing where it did
but differently (the edit reached that test without fixing it: a wrong-direction off-by-one
does that).

Test suites are weak specifications: a candidate that merely makes the failing tests pass can
be an overfitting patch (Smith et al., "Is the Cure Worse Than the Disease? Overfitting in
Automated Program Repair", FSE 2015). Requiring the target's own place to be clean, every
targeted test to pass, and the whole suite to keep passing is the guard available here.

One refinement of the grouping: tests whose coverage is the same cannot be told apart by
the localiser, yet may fail for different reasons (two bugs on one line). A candidate that
makes some of them pass while the others fail exactly as before — same place, same message:
the edit never reached them — shows that they were two failures; it fixes the first.
"""

from __future__ import annotations

import ast
import io
import re
import tokenize
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field, replace

from healer.engine.analysis import ASSERTIONS_DECIDE, Analysis
from healer.engine.analysis.classify import reason
from healer.engine.analysis.places import Place, failing_places
from healer.engine.checks import LintFinding, PytestRun, TestResult, nodeid_file
from healer.engine.edits import line_opcodes, map_line_back
from healer.engine.fixers.compiled import edited_neighbourhood, error_uncovered
from healer.engine.fixers.lineedit import split_lines
from healer.engine.languages.base import found_by_checker
from healer.engine.localise import compile_error
from healer.engine.types import BugType, Failure


@dataclass(frozen=True)
class Edit:
    """One candidate's change, to read the lines of a later run in the numbering of before."""

    file: str
    old: str
    new: str
    guard: bool = False  # the candidate is a symptom guard (fixers.base.Candidate.guard)
    lookalike: bool = False  # a similar name put in (fixers.base.Candidate.lookalike)
    wraps: bool = False  # a conversion or wrapper put around a value at its use (Candidate.wraps)

    def old_line(self, file: str, line: int) -> int:
        return map_line_back(self.old, self.new, line) if file == self.file else line

    def wrote(self, file: str, line: int) -> bool:
        """Whether `line` of the edited text (numbered after the edit) is one the edit wrote."""
        return file == self.file and line in self._written

    @property
    def _written(self) -> frozenset[int]:
        if not self._cache:
            a, b = self.old.splitlines(), self.new.splitlines()
            lines = {
                number
                for tag, _, _, j1, j2 in line_opcodes(a, b)
                if tag != "equal"
                for number in range(j1 + 1, j2 + 1)
            }
            self._cache.append(frozenset(lines))
        return self._cache[0]

    _cache: list[frozenset[int]] = field(default_factory=list, compare=False, repr=False)


@dataclass(frozen=True)
class Verdict:
    ok: bool
    reason: str = ""
    # 1: every targeted test passes; 2: the target is gone but a targeted test now fails further
    # on (a masked bug); 3: some targeted tests pass and the others fail exactly as before (they
    # fail for another reason). Lower tiers are preferred; see Engine._try_candidates.
    tier: int = 1
    score: int = 0  # targeted tests that pass (ranks tier-2 candidates)
    # No targeted test ran: their modules are still not importable, because of another file's
    # error further on. No other candidate can do better until that one is fixed.
    blocked: bool = False
    # A rejected candidate's partial progress (ITER's partial patches, see partial_progress): > 0
    # when no targeted test got worse and at least one passes, got further or fails better.
    progress: int = 0
    # Of a partial patch: how many of its targeted tests pass with it (the rest still fail).
    passing: int = 0
    # Of a rejection for tests that passed before and fail now: how many (trial._lost).
    lost: int = 0


STILL_FAILS = "still fails where it did"
UNTOUCHED = "the targeted tests fail exactly as before"
REJECT_NOT_REPRODUCED = (
    "it does not show in the sandbox (none of its tests fails there): a fix could not be checked"
)


def failing_targets(failure: Failure, run: PytestRun) -> list[str]:
    """The failure's tests that fail in `run` (a failure is judged only by what shows)."""
    failing = run.failed_ids | {e.nodeid for e in run.collect_errors}
    return [t for t in failure.test_ids if t in failing]


def _outcomes(target: str, run: PytestRun, places: dict[str, Place | None]) -> list[tuple[str, bool]]:
    """(nodeid, passed) for a target: a test, or a module that failed to collect (its tests now).

    A failing test must pass. The tests of a module that did not import before need only not
    fail: those its authors skip or expect to fail here (a `skipif` for a missing optional
    package, an `xfail`) could never be told apart from a passing one before the fix.
    """
    if target in run.tests:
        return [(target, run.tests[target].outcome == "passed")]
    if target in places:
        return [(target, False)]
    module = nodeid_file(target)
    if module != target and module in places and module not in run.modules:
        # A test of a module that imported before and does not now (a fix let the import get
        # further, to another fault it masked): its outcome is the module's collection error.
        return [(module, False)]
    # A collection error can name a directory (a package of tests whose `__init__.py` or conftest
    # failed to import, e.g. `pkg/testsuite`): its tests are the node ids under that path.
    prefixes = (target + "::", target.rstrip("/") + "/")
    tests = [(t.nodeid, not t.failed) for t in run.tests.values() if t.nodeid.startswith(prefixes)]
    if not tests and target in run.modules:
        # The module imports now and holds no test (a script kept under tests/): its collection
        # error, the target, is gone and nothing of it can fail.
        return [(target, True)]
    return tests


def moved_on(
    before: Place | None,
    after: Place | None,
    edit: Edit,
    test_files: frozenset[str],
    *,
    by_place: bool = False,
    completes: bool = False,
    known: frozenset[tuple[str, int, str]] = frozenset(),
) -> bool:
    """Whether a test that still fails does so because the fix uncovered something further on.

    completes (a language's opt-in, `Failure.extra["completes_is_progress"]`): an error raised in
    the code under repair that became the test's own failed check at the same statement is progress
    (the call now returns; a bug it hid makes its value wrong).

    by_place (SYNTAX, INDENTATION, IMPORT): the target is gone when nothing is raised at its
    place any more. Else the test must also have got further than before.

    known (`known_places`): where other tests already failed before the edit, and why. A test that
    now fails at the same statement of its own but at one of those places reached a fault that
    shows without the edit: a second fault its first one masked, not the edit's own value.
    """
    if before is None or after is None:
        return False
    if by_place and before.kind in COMPILE_KINDS and after.kind not in COMPILE_KINDS and closes_only(edit):
        # The file compiles now and runs: a runtime error on the line whose brackets the edit only
        # closed is raised by the code as it was written, which no test could run before (r346:
        # `" ".join(... len(s), 4)` closed, then `len(s)` raises on the unbound `upper` a line
        # above). Closing a bracket at the end of its line changes no operation of the line, but
        # it does decide which call gets the trailing arguments: a call's signature error raised on
        # the line it closed (`pair(norm(a, b))` for `pair(norm(a), b)`) is the edit's grouping.
        if edit.wrote(after.file, after.line) and _SIGNATURE_ERROR.search(after.message):
            return False
        return not compile_error_of_edit(after, edit)
    if (after.file, edit.old_line(after.file, after.line)) == (before.file, before.line):
        return False  # an error at the same place: the target is still there
    if edit.wrote(after.file, after.line):
        # Raised by a line the candidate wrote: the edit made this error, it did not uncover it
        # (`alpha_len = len(alphabet)` "fixed" as `len(number)` lets a decode get past its
        # ValueError only to raise a TypeError on the new line). A masked bug lies elsewhere.
        return False
    if by_place:
        return not compile_error_of_edit(after, edit)
    if edits_own_failure(before, after, edit) and _place_key(after, edit) not in known:
        return False
    if any((file, edit.old_line(file, line)) == (before.file, before.line) for file, line in after.stack):
        # The statement that raised is still running: the error moved into what it calls (an
        # argument added to a method called on a class instead of an instance lets the call in,
        # then fails inside it). The statement never completed, so its failure is not gone.
        return False
    if _fell_short(before, after, edit) or _handled_sooner(before, after, edit):
        return False
    further = _got_further(before, after, test_files)
    if further is not None:
        return further
    if before.test_line and after.test_line:
        if after.test_line != before.test_line:
            return after.test_line > before.test_line  # the test got further than before
        # The same statement of the test: it never completed, so nothing shows the target gone.
        if completes and before.file not in test_files and after.file in test_files:
            return before.kind != after.kind
        # An error raised in the code under repair now raised elsewhere in it is most often the
        # edit's own value failing further on (`[None] * b` "fixed" as `[None] + b`: the lines of
        # b reach a `<` against ints two dozen lines on; r81, round 25): a partial patch at best
        # (partial_progress), never a fix alone. A language that opts into `completes` (npm's
        # runtime TypeErrors) keeps it as progress.
        in_code = before.file not in test_files and after.file not in test_files
        if in_code and _place_key(after, edit) in known:
            # Unless the error it meets now is one other tests already met there before the edit,
            # without it: another fault that the first one masked (fault masking among multiple
            # faults; DiGiuseppe and Jones, "On the influence of multiple faults on coverage-based
            # fault localization", ISSTA 2011). A round trip `decode(encode(x))` with a bug in each
            # half fails in encode; once encode is mended it fails in decode, where the tests of
            # decode alone fail already. The same place and the same reason (values aside) only.
            return True
        return completes and in_code
    return True


# The type of the value a token written by an edit makes, as an exception's message names it
# (`'NoneType' object has no attribute 'x'`, `unsupported operand type(s) for +: 'int' and 'str'`).
_NAME_TYPES = {"None": "NoneType", "True": "bool", "False": "bool"}
_CALL_TYPES = {
    "int": "int",
    "float": "float",
    "str": "str",
    "bytes": "bytes",
    "len": "int",
    "encode": "bytes",
    "decode": "str",
    "list": "list",
    "tuple": "tuple",
    "dict": "dict",
}


# Binary and comparison operators: a literal next to one is an operand, not a value put in whole.
_OPERATORS = frozenset(
    [
        "+",
        "-",
        "*",
        "/",
        "//",
        "%",
        "**",
        "@",
        "<<",
        ">>",
        "&",
        "|",
        "^",
        "<",
        ">",
        "<=",
        ">=",
        "==",
        "!=",
        "+=",
        "-=",
        "*=",
        "/=",
        "//=",
        "%=",
        "**=",
        "<<=",
        ">>=",
        "&=",
        "|=",
        "^=",
    ]
)


def _written_tokens(edit: Edit) -> list[tuple[tuple[int, str], str, str]]:
    """The tokens a Python edit's changed lines have and the lines it replaced did not, each with
    the text of the token that precedes it and of the one that follows it."""
    if not edit.file.endswith(".py"):
        return []
    a, b = edit.old.splitlines(), edit.new.splitlines()
    old_tokens: list[tuple[int, str]] = []
    new_tokens: list[tuple[int, str]] = []
    for tag, i1, i2, j1, j2 in line_opcodes(a, b):
        if tag != "equal":
            old_tokens += _tokens("\n".join(a[i1:i2])) or []
            new_tokens += _tokens("\n".join(b[j1:j2])) or []
    # A multiset of the replaced tokens: a list's `in` and `remove` made a large rewrite quadratic.
    replaced = Counter(old_tokens)
    written = []
    for index, token in enumerate(new_tokens):
        if replaced[token]:
            replaced[token] -= 1
            continue
        previous = new_tokens[index - 1][1] if index else ""
        written.append((token, previous, new_tokens[index + 1][1] if index + 1 < len(new_tokens) else ""))
    return written


def _written_types(edit: Edit) -> frozenset[str]:
    """The types of the values the tokens an edit wrote make: a literal (`None`, `0`, `''`) or a
    conversion call (`int(...)`, `len(...)`, `.encode()`) that its changed lines have and the lines
    it replaced did not."""
    types: set[str] = set()
    for (kind, text), previous, following in _written_tokens(edit):
        if kind == tokenize.NAME and text in _NAME_TYPES:
            types.add(_NAME_TYPES[text])
        elif kind == tokenize.NAME and text in _CALL_TYPES and following == "(":
            types.add(_CALL_TYPES[text])
        elif kind in (tokenize.NUMBER, tokenize.STRING) and (
            previous in _OPERATORS or following in _OPERATORS
        ):
            # An operand (`n - 1`, `'%d' % n`, `i < 0`): the value made is the operation's, of the
            # other operand's type; an off-by-one mended makes no int the next bug's error is about.
            continue
        elif kind == tokenize.NUMBER:
            types.add("float" if any(c in text for c in ".eE") and not text.startswith("0x") else "int")
        elif kind == tokenize.STRING:
            types.add("bytes" if text.lstrip("rRuU")[:1] in "bB" else "str")
    return frozenset(types)


def edits_own_failure(before: Place, after: Place, edit: Edit) -> bool:
    """Whether a test's new failure is the candidate's own doing, not a fault it uncovered.

    Either the new failure's traceback runs through a line the edit wrote (`shift(cues,
    int(a.seconds * 1000))` for a seconds value left as text: the call the edit rewrote still
    runs when the test fails, now on the number the text spells a thousand times over), or its
    exception is raised on a value of the type the edit's own tokens make, one the error it
    replaced did not name (`None` put in for `True`, then `'NoneType' object has no attribute`).
    A TypeError turned into another error of the same tests about the edit's value is the
    plausible-but-wrong patch of Qi et al. (ISSTA 2015), issue 11's item 0. A masked fault the
    edit uncovered fails elsewhere, on values the edit did not make.
    """
    frames = (*(after.stack or ((after.file, after.line),)), *after.handled)
    if any(edit.wrote(file, line) for file, line in frames):
        return True
    named = {f"'{kind}'" for kind in _written_types(edit)}
    if any(name in after.message and name not in before.message for name in named):
        return True
    # A singleton the edit wrote shown as the value a check now fails on (`return None` for `return
    # True`: `assert None is not None`, the test's next statement).
    shown = {
        text for (kind, text), _, _ in _written_tokens(edit) if kind == tokenize.NAME and text in _NAME_TYPES
    }
    patterns = [rf"\b{name}\b" for name in shown]
    if "bytes" in _written_types(edit):
        # Bytes the edit made (`result.encode()` where latin-1 was meant), shown as a `b'...'` value
        # the check now fails on.
        patterns.append(r"(?<![\w'\"])b['\"]")
    return any(
        re.search(pattern, after.message) and not re.search(pattern, before.message) for pattern in patterns
    )


CLOSERS = frozenset(")]}")
# A call given the wrong arguments (CPython's messages for a signature that does not bind).
_SIGNATURE_ERROR = re.compile(
    r"\bpositional argument|\bkeyword(?:-only)? argument|multiple values for (?:keyword )?argument"
    r"|takes no arguments|takes (?:exactly|at most|at least) "
)


def closes_only(edit: Edit) -> bool:
    """Whether a Python edit only appends closing brackets to the ends of lines (`f(a, g(b)` ->
    `f(a, g(b))`), every other character of the file kept: the code written stays as written,
    completed where its expression ends."""
    if not edit.file.endswith(".py"):
        return False
    old_lines, new_lines = edit.old.splitlines(), edit.new.splitlines()
    if len(old_lines) != len(new_lines):
        return False
    changed = [(a.rstrip(), b.rstrip()) for a, b in zip(old_lines, new_lines, strict=True) if a != b]
    return bool(changed) and all(
        b.startswith(a) and len(b) > len(a) and set(b[len(a) :]) <= CLOSERS for a, b in changed
    )


def _place_key(place: Place, edit: Edit | None = None) -> tuple[str, int, str]:
    """Where and why a test fails (in the numbering before `edit`), the values of the test aside."""
    line = edit.old_line(place.file, place.line) if edit is not None else place.line
    return (place.file, line, reason({"type": place.kind, "message": place.message}))


def known_places(
    places: dict[str, Place | None], *, besides: Iterable[str]
) -> frozenset[tuple[str, int, str]]:
    """The places (file, line, reason) where the tests other than `besides` fail: faults seen without an edit."""
    skip = set(besides)
    return frozenset(_place_key(place) for nodeid, place in places.items() if place and nodeid not in skip)


def _got_further(before: Place, after: Place, test_files: frozenset[str]) -> bool | None:
    """Whether the test's own code (its function and the test helpers it called) got further.

    Compared frame by frame from the outside in: at the first test frame that differs, a later
    line of the same file is progress (`check(...)` at line 55 of a helper raised before; its
    assertion at line 56 fails now). None when the test frames do not tell (one path is a
    prefix of the other, or they part in different files).
    """
    ours = [frame for frame in before.stack if frame[0] in test_files]
    theirs = [frame for frame in after.stack if frame[0] in test_files]
    for (old_file, old_line), (new_file, new_line) in zip(ours, theirs, strict=False):
        if (old_file, old_line) != (new_file, new_line):
            return new_line > old_line if old_file == new_file else None
    return None


# A number set to 0 is often a real off-by-one repair: only strings count.
EMPTY_LITERALS = frozenset({"''", '""', "b''", 'b""', "None"})


def _one_token_changed(edit: Edit) -> tuple[tuple[int, str], tuple[int, str]] | None:
    """The (kind, text) of the one token a Python edit changes, before and after, when it changes
    one token on one line and nothing else; None otherwise."""
    if not edit.file.endswith(".py"):
        return None
    old_lines, new_lines = edit.old.splitlines(), edit.new.splitlines()
    if len(old_lines) != len(new_lines):
        return None
    changed = [(a, b) for a, b in zip(old_lines, new_lines, strict=True) if a != b]
    if len(changed) != 1:
        return None
    before, after = (_tokens(text) for text in changed[0])
    if before is None or after is None or len(before) != len(after):
        return None
    differ = [(a, b) for a, b in zip(before, after, strict=True) if a != b]
    return differ[0] if len(differ) == 1 else None


def empties_literal(edit: Edit) -> bool:
    """Whether a Python edit's only change is one non-empty string literal replaced by an empty
    one or None, on one line."""
    token = _one_token_changed(edit)
    if token is None:
        return False
    (old_kind, old_text), (_, new_text) = token
    literal = old_kind == tokenize.STRING and old_text not in EMPTY_LITERALS
    return literal and new_text in EMPTY_LITERALS


def switches_flag(edit: Edit) -> bool:
    """Whether a Python edit's only change is one `True` or `False` literal turned into the other
    or into None, on one line: a feature switched off or on (`collect(tree, values=True)` ->
    `values=False`)."""
    token = _one_token_changed(edit)
    # None is another way to switch a flag off (a falsy value where True was passed).
    return token is not None and token[0][1] in ("True", "False") and token[1][1] in ("True", "False", "None")


def _tokens(text: str) -> list[tuple[int, str]] | None:
    try:
        return [
            (token.type, token.string)
            for token in tokenize.generate_tokens(io.StringIO(text.strip() + "\n").readline)
            if token.type not in (tokenize.NEWLINE, tokenize.NL, tokenize.ENDMARKER, tokenize.COMMENT)
        ]
    except (tokenize.TokenError, SyntaxError):
        return None


COMPILE_KINDS = frozenset({"SyntaxError", "IndentationError", "TabError"})


def compile_error_of_edit(after: Place, edit: Edit) -> bool:
    """Whether the edited file's compile error that now stops a load is one the edit made.

    A SYNTAX fix must leave the file compiling, or show the file's next error, one it had all
    along (compiled.error_uncovered). An error on a line the edit wrote or right next to it (a
    `)` added to a signature makes its own closing `)` on the next line unmatched: r92) is the
    edit's own, never "a load that stops further on". When the host's compile() sees the same
    error at the same line, it also tells whether the error was there before, past the first.
    """
    if after.kind not in COMPILE_KINDS or after.file != edit.file:
        return False
    old_lines, new_lines = edit.old.splitlines(keepends=True), edit.new.splitlines(keepends=True)
    if after.line in edited_neighbourhood(old_lines, new_lines):
        return True
    if not edit.file.endswith(".py"):
        return False
    before, now = compile_error(edit.old, edit.file), compile_error(edit.new, edit.file)
    if before is None or now is None or now.line != after.line:
        return False  # the host's Python cannot judge this file as the sandbox's does
    return not error_uncovered(edit.old, edit.new, file=edit.file)


def _fell_short(before: Place, after: Place, edit: Edit, *, passes: bool = False) -> bool:
    """Whether the error is now raised earlier in the same call than the one it replaced.

    The stacks are compared frame by frame from the outside in; where they first part, the same
    caller (every outer frame alike) now fails at an earlier line of the same function: the
    candidate's change reached that call and broke it sooner (`decode` handing the length of
    the alphabet instead of the alphabet to `string_to_int`, whose `len(alphabet)` now raises
    two lines before the `alphabet.index(char)` that raised). A bug it uncovered would be met
    further on, not before the place that failed. Lines of two different functions are not
    "earlier" or "later" (Python runs a function's body in line order, not a file): a test
    statement whose library call first ran a lookup function and then, once that was mended, runs
    the function the lookup returned meets the second one further on, whatever their lines.
    passes: an earlier line inside one loop with the line that raised before is not "sooner" (see
    _in_one_loop): it may run on a later pass.
    """
    old = _statements(_frames(before.stack or ((before.file, before.line),), before.functions))
    new = _statements(
        _frames(
            tuple(
                (file, edit.old_line(file, line))
                for file, line in (after.stack or ((after.file, after.line),))
            ),
            after.functions,
        )
    )
    for (old_file, old_line, old_function), (new_file, new_line, new_function) in zip(old, new, strict=False):
        if (old_file, old_line) != (new_file, new_line):
            same_function = old_function == new_function or not (old_function and new_function)
            sooner = old_file == new_file and same_function and new_line < old_line
            return sooner and not (passes and _in_one_loop(edit, old_file, old_line, new_line))
    return False


def _in_one_loop(edit: Edit, file: str, first: int, second: int) -> bool:
    """Whether both lines (numbered as before the edit) lie in the body of one `for`/`while` of the edited file.

    A loop runs its body's lines again on its next pass (Python's `for`/`while` semantics), so an
    error at an earlier line of that body may be met on a later pass than the one that failed
    before: the edit let the pass complete (Dijkstra's loop getting past the node whose cost
    lookup raised, then failing at the predecessor read at the top of the next pass). Whether that
    is later or sooner cannot be told from the lines.
    """
    if file != edit.file:
        return False
    try:
        tree = ast.parse(edit.old)
    except (SyntaxError, ValueError):
        return False
    low, high = min(first, second), max(first, second)
    return any(
        isinstance(node, (ast.For, ast.AsyncFor, ast.While))
        and node.body[0].lineno <= low
        and high <= (node.end_lineno or 0)
        for node in ast.walk(tree)
    )


def _frames(
    stack: tuple[tuple[str, int], ...], functions: tuple[str, ...]
) -> tuple[tuple[str, int, str], ...]:
    """(file, line, function) per frame; the function is "" where the place does not name them."""
    named = functions if len(functions) == len(stack) else ("",) * len(stack)
    return tuple((file, line, function) for (file, line), function in zip(stack, named, strict=True))


def _statements(stack: tuple[tuple, ...]) -> tuple[tuple, ...]:
    """The stack by statement: consecutive frames on one line are one (a callback written inline in
    the call it is passed to, `teams.map((team) => score(team))`, runs on its caller's line; an async
    stack, which drops the synchronous caller after an `await`, shows that line once)."""
    return tuple(
        frame for index, frame in enumerate(stack) if index == 0 or stack[index - 1][:2] != frame[:2]
    )


def _handled_sooner(before: Place, after: Place, edit: Edit) -> bool:
    """Whether the error was raised while handling one that fell short of the error it replaced.

    `try: ... float(part.replace('', '.')) ... except ValueError: raise ValueError("not a valid
    coordinate")`: the edit broke the conversion two lines before the call that raised the
    TypeError, and the function's handler turned that into its own error further down. The
    handler's line is later, yet the call failed sooner (issue 11, item 0: an error turned into
    another one is not a fix).
    """
    return bool(after.handled) and _fell_short(before, replace(after, stack=after.handled), edit)


def partial_progress(
    before: Place | None, after: Place | None, edit: Edit, test_files: frozenset[str]
) -> int:
    """How much better a test that still fails at its statement fails now: 2, 1, or 0 (not better).

    ITER (Ye & Monperrus, "ITER: Iterative Neural Repair for Multi-Location Patches", ICSE 2024)
    and GenProg's fitness (Le Goues et al., TSE 2012) keep "partial" patches that change a
    failure for the better without breaking passing tests, and build the next edit on top of
    them: with two bugs on the path of one test, the fix of the first never makes it pass (the
    second still fails it), it only changes how it fails. Better here:
      2: an exception raised in the code under repair became the test's own failed check (the
         call now returns; its value is wrong because of another bug);
      1: the same check fails with other values (a data-driven test that now gets past the
         case the edit fixed and fails on a later one) or the same exception with another message,
         or the same statement of the test now fails at another place of the code, past the
         statement that raised (a second bug on the path, or the edit's own value failing later:
         only a second edit under which the tests pass tells).
    Never better: an error raised by a line the edit wrote, or raised earlier in the same call.
    """
    if before is None or after is None:
        return 0
    if (
        edit.wrote(after.file, after.line)
        # A partial patch is only ever a base for a second edit (never a fix alone), so an earlier
        # line of the loop the error was raised in does not disqualify it (_in_one_loop).
        or _fell_short(before, after, edit, passes=True)
        or _handled_sooner(before, after, edit)
    ):
        return 0
    if after.test_line and before.test_line and after.test_line < before.test_line:
        return 0
    if before.file not in test_files and after.file in test_files and before.kind != after.kind:
        return 2
    same_place = (after.file, edit.old_line(after.file, after.line)) == (before.file, before.line)
    if same_place and after.kind == before.kind and after.message != before.message:
        return 1
    if (
        not same_place
        and before.test_line
        and after.test_line == before.test_line
        and before.file not in test_files
        and after.file not in test_files
        and not any(
            (file, edit.old_line(file, line)) == (before.file, before.line) for file, line in after.stack
        )
    ):
        return 1  # raised further on in the code (moved_on refuses it): a bug it uncovered, maybe
    return 0


def untouched(before: Place | None, after: Place | None, edit: Edit) -> bool:
    """The test fails exactly as before: same place, same exception, same message."""
    if before is None or after is None:
        return False
    same_line = edit.old_line(after.file, after.line) == before.line
    return (after.file, after.test_line, after.kind, after.message) == (
        before.file,
        before.test_line,
        before.kind,
        before.message,
    ) and same_line


def _signature(place: Place) -> tuple[str, int, str, str]:
    """A failure as the tests see it, apart from which test statement met it."""
    return (place.file, place.line, place.kind, place.message)


def judged_by_place(failure: Failure) -> bool:
    """SYNTAX, INDENTATION and IMPORT: the module imports and nothing is raised at that place."""
    return failure.bug_type in (BugType.SYNTAX, BugType.INDENTATION, BugType.IMPORT)


def judge_by_tests(
    failure: Failure,
    before: PytestRun,
    after: PytestRun,
    edit: Edit,
    test_files: frozenset[str],
    *,
    before_places: dict[str, Place | None] | None = None,
) -> Verdict:
    """The verdict on `after` for a failure found by tests (`before_places` may be given, once)."""
    targets = failing_targets(failure, before)
    if not targets:
        return Verdict(False, REJECT_NOT_REPRODUCED)
    if after.error:
        if loads_further(failure, before, after, edit, test_files):
            # A conftest imports the package, so pytest stops while loading, before and after: the
            # module the edit mended compiles or imports now, and the load stops at a masked error
            # further on. No test ran before, so none can have been lost; the edit is progress.
            return Verdict(True, tier=2, blocked=True)
        return Verdict(False, f"the tests did not run: {after.error.splitlines()[0][:200]}")
    before_places = before_places if before_places is not None else failing_places(before)
    after_places = failing_places(after)
    by_place = judged_by_place(failure)
    known = known_places(before_places, besides=targets)
    score, moved, same, ran = 0, 0, 0, False
    checked = 0  # moved tests that now get to a later check of their own (_guard_progress)
    masked = 0  # moved tests that now fail where other tests failed before the edit (known)
    stuck: list[str] = []
    cleared: set[tuple[str, int, str, str]] = set()  # where the tests that now pass had failed
    kept: list[tuple[str, tuple[str, int, str, str]]] = []  # the untouched tests' failures
    better: int | None = 0  # the stuck tests' partial progress; None once one of them got worse
    for target in targets:
        outcomes = _outcomes(target, after, after_places)
        # A target module the run never reached because loading stopped first, on an error that
        # names no test module (Node's linker under mocha): that error is where its load stops now.
        stop = _load_stop(after, after_places) if not outcomes and by_place else None
        if not outcomes and stop is None:
            return Verdict(False, f"{target} did not run")
        for nodeid, passed in outcomes or [(target, False)]:
            ran = ran or nodeid in after.tests
            old, new = before_places.get(target), stop or after_places.get(nodeid)
            if passed:
                score += 1
                if old is not None:
                    cleared.add(_signature(old))
            elif stop is not None:
                if not stops_further(failure, old, stop, edit, test_files):
                    return Verdict(False, f"{target} did not run: its load still stops at that error")
                moved += 1
            elif fails_own_check(failure, new, test_files, before=old, edit=edit):
                # Not "further on": a check of the test itself still fails (LOGIC's opt-in: npm's
                # checks, Python's assertions since round 43, analysis.checks_decide).
                stuck.append(nodeid)
                gain = own_check_progress(failure, old, new, edit, test_files)
                better = None if better is None or not gain else better + gain
            elif moved_on(old, new, edit, test_files, by_place=by_place, known=known,
                          completes=bool(failure.extra.get("completes_is_progress"))):  # fmt: skip
                moved += 1
                checked += _reached_own_check(old, new, edit, test_files)
                masked += new is not None and _place_key(new, edit) in known
            elif untouched(old, new, edit):
                same += 1
                kept.append((nodeid, _signature(old)))
            else:
                stuck.append(nodeid)
                gain = partial_progress(old, new, edit, test_files)
                better = None if better is None or not gain else better + gain
    if stuck:
        # Not a fix (item 0 of issue 11 is absolute), but maybe a partial patch to build on.
        progress = 0 if better is None else better + 2 * (score + moved)
        return Verdict(
            False, f"{stuck[0]} {STILL_FAILS}", progress=progress, passing=score if progress else 0
        )
    if same and not score:
        return Verdict(False, UNTOUCHED)
    still = next((nodeid for nodeid, where in kept if where in cleared), None)
    if still is not None:
        # Tier 3 is for tests that failed for another reason. A test still raising what the
        # passing ones raised (same place, exception and message) fails for the same one: the
        # edit only steered some inputs around the fault (`and` -> `or` on the branch above a
        # TypeError). Not a fix; a partial patch at most (issue 11, item 0).
        return Verdict(False, f"{still} {STILL_FAILS}", progress=2 * (score + moved))
    if edit.guard and (moved or same):
        # A guard that lets the crash pass while its test still fails has hidden the error, not
        # fixed it (symptom suppression; Qi et al., "An Analysis of Patch Plausibility and
        # Correctness for Generate-and-Validate Patch Generation Systems", ISSTA 2015).
        return Verdict(
            False,
            "a guard that hides the error while its tests still fail is not a fix",
            progress=_guard_progress(score=score, moved=moved, checked=checked),
        )
    if moved and failure.bug_type in (BugType.TYPE_ERROR, BugType.LOGIC) and empties_literal(edit):
        # `node.find('Code')` "fixed" as `node.find("")`: the lookup finds nothing, the branch that
        # crashed is skipped, and the tests fail further on for want of the data it read. Emptying
        # an input takes functionality out (Qi et al., ISSTA 2015: most plausible patches delete
        # functionality); that the tests then fail further on is no evidence. A partial patch at
        # most, kept only with a second edit under which every targeted test passes.
        return Verdict(
            False,
            "an emptied literal that only moves the failure further on is not a fix",
            progress=2 * (score + moved),
        )
    if moved and not score and failure.bug_type is BugType.TYPE_ERROR and switches_flag(edit):
        # `collect(tree, values=True)` -> `values=False`: the values that crashed are no longer
        # gathered, and the tests fail further on for want of them. Switching a feature off to
        # make a crash vanish deletes functionality (Qi et al., ISSTA 2015; Tan et al.,
        # "Anti-patterns in search-based program repair", FSE 2016); a partial patch at most.
        return Verdict(
            False,
            "a flag switched to stop a crash that only moves the failure further on is not a fix",
            progress=2 * moved,
        )
    if edit.wraps and moved > masked and not score and failure.bug_type is BugType.TYPE_ERROR:
        # `shift(subs, int(a.seconds * 1000))` for seconds left as text: the conversion at the use
        # makes the TypeError go away while the value stays as it was made (the text repeated a
        # thousand times, now a number), and the test fails on it further on. Held to the bar of
        # the avoiding edits (avoidance.only_wrapping, round 48): a partial patch at most, a fix
        # only with a second edit under which every targeted test passes. Unless each moved test
        # now fails where other tests failed before the edit: a fault the first one masked.
        return Verdict(
            False,
            "a conversion at the use that only moves the failure further on is not a fix",
            progress=2 * moved,
        )
    if edit.lookalike and moved and not score:
        # `log` for the undefined `log10` turns the NameError into a wrong value further on: the
        # similar name only changed how the tests fail, and the edits that followed bent the code
        # around the wrong value (r79, round 24).
        # Still a partial patch: a pair with it under which every targeted test passes is a fix
        # (Engine._stacked), as a misspelt name with a second bug behind it needs.
        return Verdict(
            False, "a similar name that only changes how the tests fail is not a fix", progress=2 * moved
        )
    tier = 3 if same else 2 if moved else 1
    return Verdict(True, tier=tier, score=score, blocked=not ran)


# Errors a JavaScript test meets that are not its own failed check: raised by the language itself.
RUNTIME_KINDS = frozenset(
    {"TypeError", "ReferenceError", "RangeError", "SyntaxError", "URIError", "EvalError", "InternalError"}
)


# The kinds a Python test's own failed check raises (under ASSERTIONS_DECIDE): `assert` and unittest's
# assertions raise AssertionError; pytest.raises's "DID NOT RAISE" and pytest.fail raise pytest's Failed.
PYTHON_CHECK_KINDS = frozenset({"AssertionError", "Failed"})


def fails_own_check(
    failure: Failure,
    after: Place | None,
    test_files: frozenset[str],
    *,
    before: Place | None = None,
    edit: Edit | None = None,
) -> bool:
    """Whether a targeted test of a wrong-value failure still fails on one of its own checks.

    A language's opt-in (`Failure.extra["checks_decide"]`: npm's LOGIC failures, and since round 43
    Python's, as ASSERTIONS_DECIDE: dice's `return result - 1` passed `(1, 2, 4, 6, 8) f 5` and failed
    `6 f 5` on the test's next line, accepted as "further on"). A wrong value is
    gone only when the checks that saw it pass: a check of the same test that now fails with other
    values, or a later check of it that now fails, is the same symptom moved, not a bug the edit
    uncovered (`a - b + DAY` "fixed" as `a - b` passes the day-time journey and fails the overnight
    one two lines on). Accepting it would be the plausible-but-wrong patch of Qi et al. ("An
    Analysis of Patch Plausibility and Correctness for Generate-and-Validate Patch Generation
    Systems", ISSTA 2015); a second edit under which every check passes can still complete it
    (checked_further, a partial patch).
    """
    decide = failure.extra.get("checks_decide")
    if not decide or failure.bug_type is not BugType.LOGIC or after is None or after.file not in test_files:
        return False
    if decide == ASSERTIONS_DECIDE:
        # Python (analysis.checks_decide): only a failed assertion of the test is its own check; an
        # exception the test's code meets (a KeyError indexing the result) is left to moved_on. A
        # test failing exactly as before is left to `untouched` (tier 3: it may fail for another
        # fault, which the passing targets' places then tell apart).
        if edit is not None and untouched(before, after, edit):
            return False
        return after.kind in PYTHON_CHECK_KINDS
    return after.kind not in RUNTIME_KINDS


def checked_further(before: Place | None, after: Place | None, edit: Edit) -> int:
    """The partial progress of a test that still fails on its own check (fails_own_check): 1 when
    it now gets past the check that failed to a later one of the same test (ITER's partial patch,
    see partial_progress); the same check failing with other values is no progress."""
    if before is None or after is None or edit.wrote(after.file, after.line):
        return 0
    return 1 if before.test_line and after.test_line > before.test_line else 0


def own_check_progress(
    failure: Failure, before: Place | None, after: Place | None, edit: Edit, test_files: frozenset[str]
) -> int:
    """The partial progress of a test that still fails on its own check (fails_own_check).

    npm: checked_further only. Python (ASSERTIONS_DECIDE): also partial_progress, as before the opt-in,
    so that a data-driven test whose same assertion now fails with other values (the right edit of one
    of three bugs feeding it) stays a base for a second edit (Engine._stacked, chains)."""
    further = checked_further(before, after, edit)
    if failure.extra.get("checks_decide") != ASSERTIONS_DECIDE:
        return further
    return max(further, partial_progress(before, after, edit, test_files))


def _guard_progress(*, score: int, moved: int, checked: int = 0) -> int:
    """A guard under which some targeted tests pass and the others fail further on is not a fix,
    but it may be one of two (three mutants at once: `if not ok: raise` negated, and a wrong value
    the passing branch then adds): a partial patch for a stacked second edit (`Engine._stacked`),
    which is accepted only when every targeted test passes with both.

    None pass, but every test that moved now completes the code under repair and fails on a later
    check of its own (`checked`): the guard may have hidden the crash, or be the right edit of one
    of two faults on the only test that sees both (a group of mutants: `if not isinstance(b, M):
    continue` lost its `not`, and a wrong index that the skipped branch's caller then reads; fault
    masking, DiGiuseppe and Jones, ISSTA 2011). Which one only a second edit can tell, so it is
    kept as a base of the lowest rank (1, below every other partial patch's 2 or more), never a fix
    alone. Tests that still meet an error in the code got nothing to build on from it: 0."""
    if score and moved:
        return 2 * (score + moved)
    return 1 if moved and checked == moved else 0


def _reached_own_check(
    before: Place | None, after: Place | None, edit: Edit, test_files: frozenset[str]
) -> int:
    """1 when a Python test that failed in the code under repair now fails on a later check of its own
    (PYTHON_CHECK_KINDS: npm's checks are judged by fails_own_check before they get here)."""
    if before is None or after is None or before.file in test_files or after.file not in test_files:
        return 0
    if not after.file.endswith(".py"):
        return 0
    return 1 if after.kind in PYTHON_CHECK_KINDS and checked_further(before, after, edit) else 0


def _load_stop(run: PytestRun, places: dict[str, Place | None]) -> Place | None:
    """Where a run that loaded no test at all stopped: its first load error, None when it ran tests."""
    if run.tests or run.error or not run.collect_errors:
        return None
    return places.get(run.collect_errors[0].nodeid)


def loads_further(
    failure: Failure, before: PytestRun, after: PytestRun, edit: Edit, test_files: frozenset[str]
) -> bool:
    """Whether a run that stops while loading (a conftest imports the broken module: pytest
    writes no report) now stops at another place for another reason (stops_further), when no
    test ran before either, so none can have been lost. The run before may be the whole suite,
    where the same import is a collection error of the test directory (a report is written),
    while a targeted run names that directory and pytest loads its conftest first (exit code 4)."""
    if not (after.error and not before.tests and not after.tests) or before.timed_out or after.timed_out:
        return False
    places = failing_places(before)
    old = places.get("") or next(
        (p for p in places.values() if p is not None and (p.file, p.line) == (failure.file, failure.line)),
        None,
    )
    return stops_further(failure, old, failing_places(after).get(""), edit, test_files)


def stops_further(
    failure: Failure, old: Place | None, new: Place | None, edit: Edit, test_files: frozenset[str]
) -> bool:
    """Whether a load that stopped at the failure's own place now stops at another place for another
    reason: the module it broke compiles or imports now, and an error further on (a masked bug)
    stops the load. The same error a few lines on in the same file (a tab fixed on one line of
    several), an error at the same place, on a line the edit wrote, or at no known place is not
    progress. Only for failures judged by place (SYNTAX, INDENTATION, IMPORT)."""
    if not judged_by_place(failure) or old is None or new is None or not new.file:
        return False
    if (old.file, old.line) != (failure.file, failure.line):
        return False
    if (new.file, new.kind, new.message) == (old.file, old.kind, old.message):
        return False
    return moved_on(old, new, edit, test_files, by_place=True)


def deleted_lines(edit: Edit) -> frozenset[int]:
    """Lines of the old text the edit only takes away (deleted, or replaced by `pass`); empty when
    it also writes anything else."""
    a, b = edit.old.splitlines(), edit.new.splitlines()
    removed: set[int] = set()
    for tag, i1, i2, j1, j2 in line_opcodes(a, b):
        if tag == "equal":
            continue
        if tag == "insert" or any(line.strip() not in ("", "pass") for line in b[j1:j2]):
            return frozenset()
        removed.update(range(i1 + 1, i2 + 1))
    return frozenset(removed)


def weakens_assertion(file: str, old: str, new: str) -> str | None:
    """Why the edit weakens an `assert` of a Python file, or None: it deletes one, or makes one always true.

    An assertion is a check wherever it sits (a test, a check script, an invariant of the library):
    deleting it or making its condition hold whatever the values (`assert True`, `assert x or 1`,
    `assert (cond, "message")`, `assert x == x`) makes a check pass by not checking. No fixer
    may do it, whatever family proposes the edit (tests are never edited, and neither are checks).
    """
    if not file.endswith(".py") or "assert" not in old + new:
        return None  # no assert before or after: nothing to weaken, and no parse of a large file
    try:
        before, after = ast.parse(old), ast.parse(new)
    except (SyntaxError, ValueError, RecursionError):
        return None  # a file that does not compile is judged by the compiler
    old_asserts = [n for n in ast.walk(before) if isinstance(n, ast.Assert)]
    new_asserts = [n for n in ast.walk(after) if isinstance(n, ast.Assert)]
    if len(new_asserts) < len(old_asserts):
        return "deletes an assertion"
    trivial_before = {ast.dump(n.test) for n in old_asserts if _always_true(n.test)}
    for node in new_asserts:
        if _always_true(node.test) and ast.dump(node.test) not in trivial_before:
            return f"makes the assertion at line {node.lineno} always true"
    return None


def _always_true(node: ast.expr) -> bool:
    """Whether a condition holds whatever the program's values (conservatively: a literal's truth)."""
    if isinstance(node, ast.Tuple):
        return bool(node.elts)  # `assert (cond, "message")`: a non-empty tuple
    if isinstance(node, ast.BoolOp):
        parts = [_always_true(value) for value in node.values]
        return any(parts) if isinstance(node.op, ast.Or) else all(parts)
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.Not):
        return _always_false(node.operand)
    if isinstance(node, ast.Compare) and len(node.ops) == 1:
        same = ast.dump(node.left) == ast.dump(node.comparators[0])
        if same and isinstance(node.ops[0], (ast.Eq, ast.Is, ast.LtE, ast.GtE)):
            return True
    try:
        return bool(ast.literal_eval(node))
    except (ValueError, TypeError, SyntaxError, MemoryError, RecursionError):
        return False


def _always_false(node: ast.expr) -> bool:
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.Not):
        return _always_true(node.operand)
    if isinstance(node, ast.BoolOp):
        parts = [_always_false(value) for value in node.values]
        return all(parts) if isinstance(node.op, ast.Or) else any(parts)
    if isinstance(node, (ast.Tuple, ast.List)) and not node.elts:
        return True
    try:
        return not ast.literal_eval(node)
    except (ValueError, TypeError, SyntaxError, MemoryError, RecursionError):
        return False


def deletes_raising_statement(failure: Failure, edit: Edit, places: dict[str, Place | None]) -> int | None:
    """The line of a runtime failure's statement that the edit deletes, if it deletes one.

    A statement that raises (or is still running when its callee raises) is the failure's
    symptom; deleting it makes "the error gone" without a fix (cogapp's `hasher.update(sGen)`
    with a str, deleted instead of given the text's bytes, leaves every digest wrong). Removing a
    statement is TBar's FP15 and a classic overfitting patch (Qi et al., "An Analysis of Patch
    Plausibility and Correctness for Generate-and-Validate Patch Generation Systems", ISSTA 2015:
    most plausible patches of GenProg deleted functionality); it may fix a spurious statement
    elsewhere, never the one a failing test's error comes from. Places of every failing test
    count, not only the failure's own: another failure's error hidden in a test's assertion
    (a thread's exception collected and compared) is the same statement. Only for failures found
    while running (TYPE_ERROR, LOGIC): a failing import statement is removed on purpose.
    """
    if failure.bug_type not in (BugType.TYPE_ERROR, BugType.LOGIC):
        return None
    removed = deleted_lines(edit)
    if not removed:
        return None
    for place in places.values():
        if place is None:
            continue
        for file, line in place.stack or ((place.file, place.line),):
            if file == edit.file and line in removed:
                return line
    return None


def raised_at_place(failure: Failure, analysis: Analysis, edit: Edit) -> bool:
    """Whether something is still raised at the failure's place (failures found without tests)."""
    for other in analysis.failures:
        if found_by_checker(other) or other.file != failure.file:
            continue
        if other.bug_type is BugType.LOGIC and "confidence" in other.extra:
            continue  # a localiser's guess, not a place where something is raised
        if edit.old_line(other.file, other.line) == failure.line:
            return True
    return False


def _same_finding(finding: LintFinding, failure: Failure) -> bool:
    lint = failure.extra.get("lint") or []
    return (
        finding.file == failure.file
        and finding.code == failure.code
        and any(entry.get("message") == finding.message for entry in lint)
    )


def lint_count(findings: Iterable[LintFinding], failure: Failure) -> int:
    return sum(1 for finding in findings if _same_finding(finding, failure))


# An edit under which a test gets past its failure only because its line now raises into a handler.
DIVERTS = "the edited line now raises where it did not, and a handler catches it: the tests get past their failure through the handler"


def _edited_lines(edit: Edit) -> tuple[frozenset[int], frozenset[int]]:
    """(replaced lines numbered before the edit, written lines numbered after it), as Python numbers
    them (lineedit.split_lines, the watcher's numbers: str.splitlines also breaks at \x0c, \x1c-\x1e,
    \x85 and \u2028/\u2029)."""
    a = [line.rstrip("\r\n") for line in split_lines(edit.old)]
    b = [line.rstrip("\r\n") for line in split_lines(edit.new)]
    replaced: set[int] = set()
    written: set[int] = set()
    for tag, i1, i2, j1, j2 in line_opcodes(a, b):
        if tag != "equal":
            replaced.update(range(i1 + 1, i2 + 1))
            written.update(range(j1 + 1, j2 + 1))
    return frozenset(replaced), frozenset(written)


def replaced_lines(edit: Edit) -> frozenset[int]:
    """Lines of the text before the edit (numbered before it) that the edit replaced or deleted."""
    return _edited_lines(edit)[0]


def written_lines(edit: Edit) -> frozenset[int]:
    """Lines of the edited text (numbered after the edit) that the edit wrote, numbered as Python
    does (Edit.wrote's numbers are str.splitlines', which differ after a page break: round 51's review)."""
    return _edited_lines(edit)[1]


def deliberate_raise_lines(edit: Edit) -> frozenset[int]:
    """Written lines inside a `raise X` statement of the edited text: an exception raised on purpose
    (a check the fix adds, caught by design by a caller that turns bad input into a default) is
    the fix's meaning, not a diversion of control (round 51's review); the guard watches the
    other written lines, where an operand or a call now fails where it did not."""
    written = written_lines(edit)
    if not written or "raise" not in edit.new:
        return frozenset()
    try:
        tree = ast.parse(edit.new)
    except (SyntaxError, ValueError):
        return frozenset()
    return frozenset(
        line
        for node in ast.walk(tree)
        if isinstance(node, ast.Raise) and node.exc is not None
        for line in range(node.lineno, (node.end_lineno or node.lineno) + 1)
        if line in written
    )


def caught_raises(test: TestResult) -> set[str]:
    """The exception types a test's watched lines raised that a handler caught: all of them in a
    test that passed; in one that failed, all but the one it failed with, when that one came out
    of a watched line (uncaught, it is judged as the test's failure, validation's other rules)."""
    raised = {(file, line, name) for file, line, name in test.raised}
    exception = test.exception or {}
    frames = exception.get("frames") or []
    if test.failed and frames:
        file, line = frames[-1][0], frames[-1][1]
        raised.discard((file, line, exception.get("type", "")))
    return {name for _, _, name in raised}


def raises_newly(*, before: PytestRun, after: PytestRun) -> list[tuple[str, str]]:
    """(test, exception type) of tests in `after` whose edited lines raised an exception there
    that a handler caught (caught_raises), of a type the lines it replaced did not raise in
    `before`.

    Both runs watched the edit's lines (Runner.run_tests' `watch`): `after` the lines it wrote,
    `before` the original lines, with the same tests. A wrong edit may take a failing test past
    its failure by diverting control: `int(lines[1])` to `int(lines[0])` raises ValueError, a
    broad `except` upstream falls back to defaults, and the test that crashed on the real bug
    elsewhere no longer reaches it (it passes, or fails further on, which counts as progress).
    An error raised and caught is an exceptional edge the original run did not take; a patch
    that gets past the failure only by way of such an edge overfits (the patch-overfitting
    problem: Smith et al., "Is the cure worse than the disease?", FSE 2015; Xiong et al.,
    "Identifying patch correctness in test-based program repair", ICSE 2018, judge a patch by
    how it changes the tests' behaviour). A test without an answer in `before` (the run failed)
    is not held against the edit.
    """
    if before.error:
        return []
    found = []
    for nodeid, test in sorted(after.tests.items()):
        if not test.raised:
            continue
        old = before.tests.get(nodeid)
        if old is None:
            continue
        was = {name for _, _, name in old.raised}
        found.extend((nodeid, name) for name in sorted(caught_raises(test) - was))
    return found


def regressions(before: PytestRun, after: PytestRun, *, among: Iterable[str] | None = None) -> set[str]:
    """Tests that passed before and do not pass now (not reported at all counts as not passing)."""
    passed_before = before.passed_ids if among is None else before.passed_ids & set(among)
    return passed_before - after.passed_ids


def new_collect_errors(before: PytestRun, after: PytestRun) -> list[str]:
    """Test modules that were collected before and no longer are.

    When no test at all was collected before (the whole run stopped while loading: a conftest, a
    runner that crashed on an import), nothing was collected that could be lost: an error in a
    module after the fix is what the fix uncovered, named as the runner names it now.
    """
    if not before.tests:
        return []
    known = {e.nodeid for e in before.collect_errors}
    # A module none of whose tests passed before loses no passing test by failing to collect: its
    # failure still shows, as that error (an import-time fault that its tests all met at setup,
    # once a fix gets the import past it, stops the import at a second fault it masked).
    passing = {t.file for t in before.tests.values() if t.outcome == "passed"}
    failing = {t.file for t in before.tests.values() if t.failed}
    return [
        e.nodeid
        for e in after.collect_errors
        if e.nodeid not in known and (e.nodeid in passing or e.nodeid not in failing)
    ]


def withdrawal_keeps(
    before: PytestRun,
    after: PytestRun,
    edit: Edit,
    *,
    before_lint: Iterable[LintFinding] = (),
    after_lint: Iterable[LintFinding] = (),
) -> bool:
    """Whether taking an accepted edit out (`edit`: the final text -> the text without it) keeps
    every check where the run left it: every test that passes passes, every failing test that
    still fails does so exactly as before (same place, exception and message: no failure the
    run removed came back, none moved), no test module stops collecting and no lint finding
    appears. Then the edit is not needed: a later fix made it so, and keeping it would commit and
    report an edit the checks never asked for (delta debugging's 1-minimality, Zeller and
    Hildebrandt, TSE 2002; patch minimisation as in Prophet and Angelix's test-equivalent
    reduction)."""
    if after.error or before.error or regressions(before, after) or new_collect_errors(before, after):
        return False
    old, new = failing_places(before), failing_places(after)
    for nodeid in sorted(before.failed_ids | {e.nodeid for e in before.collect_errors}):
        result = after.tests.get(nodeid)
        if result is not None and result.outcome == "passed":
            continue
        if not untouched(old.get(nodeid), new.get(nodeid), edit):
            return False
    keys = {(f.code, f.file, f.message) for f in before_lint}
    return all((f.code, f.file, f.message) in keys for f in after_lint)
