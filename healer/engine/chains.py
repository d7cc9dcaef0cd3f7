"""Partial patches of more than one edit: the third edit a group of interacting bugs needs.

The stacked search (Engine._stacked, after ITER: Ye & Monperrus, ICSE 2024) builds one second
edit on a partial patch and accepts the pair only when every targeted test passes. Three bugs
that feed the same tests (a cosmic-ray group of three mutants in one module: `loop or` made
`loop and` at the constructor, a dropped `not`, a `+` made `<<`) defeat it: no single edit and
no pair makes those tests pass, although the right pair makes strictly more of them pass than
its base did. Round 39's held-out groups failed that way (docs/ENGINE.md, round 40, pygroups14).

Here such a pair becomes a base itself, a chain of edits in one file, so that the next stacked
search localises what still fails with both edits in place and tries a third edit on top. The
rule is a strict improvement over the base: more targeted tests pass than with the base alone,
and none got worse (the pair's verdict is a partial patch's, `progress` > 0, or one that cleared
its target with the other targeted tests failing as before or further on). Nothing in a chain is
reported until the whole chain plus its last edit makes every targeted test pass and the whole
suite keeps passing (issue 11, item 0): then each edit is written and committed on its own.

What this does not reach: edits in different files (a chain is one file's text), a bug whose
fix leaves its tests failing exactly as before because another bug masks it completely (no test
outcome tells it from a wrong edit), and searches the time budget cuts short before the pair.
"""

from __future__ import annotations

import ast
import difflib
import io
import tokenize
from collections.abc import Sequence
from dataclasses import dataclass, replace

from healer.engine.fixers.base import Candidate
from healer.engine.fixers.lineedit import FUNCTIONS
from healer.engine.minimise import AcceptedEdit
from healer.engine.types import BugType, FixOutcome
from healer.engine.validation import Verdict

# The most edits a fix built by chains holds (its last edit included): three interacting bugs.
MAX_CHAIN_EDITS = 3
# Ranks a chain before the single-edit partial patches (their `progress` is a small count): the
# best partial patch first, as ITER does, and a strict improvement on one beats it.
CHAIN_PRIORITY = 1 << 16


@dataclass(frozen=True)
class Chain:
    """The edits of a multi-edit partial patch, in order; each part's text is the file after it."""

    parts: tuple[Candidate, ...]

    @property
    def file(self) -> str:
        return self.parts[0].file


def passing(verdict: Verdict) -> int:
    """How many targeted tests pass under a judged candidate (ok or a rejected partial patch)."""
    return max(verdict.score, verdict.passing)


def improves_on(verdict: Verdict, *, base_passing: int, inexact: bool) -> bool:
    """Whether a rejected pair is a strict improvement on its base.

    inexact: the pair was judged a fix of its target but rejected because some targeted tests
    still fail (tiers 2 and 3: further on, or exactly as before). Otherwise only a partial
    patch's verdict counts (`progress` > 0: no targeted test got worse and none that passed
    before among those run fails now).
    """
    if verdict.lost:
        return False
    if not inexact and verdict.progress <= 0:
        return False
    return passing(verdict) > max(base_passing, 0)


def extend(base: Candidate, pair: Candidate, chain: Chain | None) -> tuple[Candidate, Chain] | None:
    """The base `pair` makes (base plus its second edit, one text), with its chain; None if it cannot be one.

    `pair.new_source` is the whole file with the base's edits and the new one (Engine._second_edits
    makes or merges it so). A pair in another file than its base is no single text; a chain that
    already holds MAX_CHAIN_EDITS - 1 edits leaves no room for the edit that would finish it.
    """
    if pair.file != base.file or pair.new_source == base.new_source:
        return None
    parts = (chain.parts if chain is not None else (base,)) + (pair,)
    if len(parts) >= MAX_CHAIN_EDITS:
        return None
    description = " and ".join(f"{part.description} (line {part.line})" for part in parts)
    return replace(pair, description=description), Chain(parts)


def rewritten_lines(original: str, edited: str) -> set[int] | None:
    """The 1-based lines an edit rewrote in place; None when it added or removed lines (no line map)."""
    before, after = original.splitlines(), edited.splitlines()
    if len(before) != len(after):
        return None
    return {number for number, (old, new) in enumerate(zip(before, after, strict=True), 1) if old != new}


def _innermost(tree: ast.AST, line: int, kind: type | tuple[type, ...]) -> ast.AST | None:
    """The smallest node of `kind` whose lines hold `line`."""
    holding = [
        node
        for node in ast.walk(tree)
        if isinstance(node, kind) and node.lineno <= line <= (node.end_lineno or node.lineno)
    ]
    return min(holding, key=lambda node: (node.end_lineno or node.lineno) - node.lineno, default=None)


def _written(tree: ast.AST, line: int) -> set[str]:
    """The names the statement at `line` binds: a compound statement's header counts for its whole body.

    A loop header (`for index in range(1, len(word)):`) decides how often its body updates a count,
    so an edit there changes every name the body binds.
    """
    statement = _innermost(tree, line, ast.stmt)
    if statement is None:
        return set()
    body = getattr(statement, "body", None)
    if isinstance(body, list) and body and line >= body[0].lineno:
        return set()  # a line of the body, not of the header: its own statement is innermost
    return {
        node.id
        for node in ast.walk(statement)
        if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store)
    }


def _binds(
    tree: ast.AST,
    functions: dict[int, ast.AST | None],
    number: int,
    test_line: int,
    test_lines: set[int],
    reads: set[str],
) -> bool:
    """Whether the statement at `number` binds a name a test at `test_line` reads, in the same function."""
    function = functions.get(number)
    if function is None or function is not functions.get(test_line) or number in test_lines:
        return False
    return bool(_written(tree, number) & reads)


def compensates(
    *, original: str, base_source: str, line: int, logic_lines: set[int], edit_logic: bool
) -> bool:
    """Whether a LOGIC edit at `line` only compensates a base that rewrote the test of an `if`, or the other way round.

    A base that rewrites the test of an `if` changes which inputs reach that statement's branches;
    a second edit inside one of them, or on a statement of the same function that binds a name the
    rewritten test reads (its value, or a loop header that decides how often its body updates it),
    then bends what the base's condition sees or lets through, not the fault. The twenty-fifth
    held-out half's syllapy (r218): `if syllable_count == 0:` made `== 1` passed one targeted test,
    and `syllable_count += 1` below it made `-= 1` passed the other, two lines above a `match` that
    should have been `search`; with the branch left out, the next chain found `range(1, len(word))`
    made `range(2, len(word))` above it (docs/ENGINE.md, round 42). Each pair is one behaviour
    swapped for another on the path of the failing tests only, which the suite cannot tell from a
    fix. Two real LOGIC bugs placed as a condition and what it tests, found only as a chain, are the
    price (a miss, never a wrong fix); a base that unmasked failures in tests that passed is searched
    elsewhere (Engine._second_edits) and not judged by this.

    Only LOGIC edits count, on both sides (`logic_lines`: the lines the base's LOGIC parts rewrote;
    `edit_logic`: whether the edit is one): an edit that repairs an exception has evidence of its
    own, the traceback's line (r40's `%d` given a string under a `> 256` that should be `> 255`;
    r24's `key in A + B` on frozensets below a LOGIC bug that binds `key`).
    """
    changed = (rewritten_lines(original, base_source) or set()) & logic_lines
    if not changed or not edit_logic:
        return False
    try:
        tree = ast.parse(original)
    except (SyntaxError, ValueError):
        return False
    functions = {number: _innermost(tree, number, FUNCTIONS) for number in changed | {line}}
    for node in ast.walk(tree):
        if not isinstance(node, ast.If):
            continue
        test_lines = set(range(node.test.lineno, (node.test.end_lineno or node.test.lineno) + 1))
        branch_lines = {
            number
            for child in node.body + node.orelse
            for number in range(child.lineno, (child.end_lineno or child.lineno) + 1)
        }
        reads = {name.id for name in ast.walk(node.test) if isinstance(name, ast.Name)}
        rewritten = sorted(changed & test_lines)
        # Either order: the base rewrote the test and the edit compensates, or the other way round.
        if rewritten and (
            line in branch_lines or _binds(tree, functions, line, rewritten[0], test_lines, reads)
        ):
            return True
        if line in test_lines:
            if changed & branch_lines:
                return True
            if any(_binds(tree, functions, number, line, test_lines, reads) for number in changed):
                return True
    return False


def chain_steps(chain: Chain, *, original: str) -> list[tuple[Candidate, str, str]]:
    """(part, text before it, text after it) for each edit of a chain, from the original text."""
    steps: list[tuple[Candidate, str, str]] = []
    before = original
    for part in chain.parts:
        steps.append((part, before, part.new_source))
        before = part.new_source
    return steps


# The fixes whose code is the engine's invention: the parser said where the file broke, not what it
# meant. A LOGIC fix after a LOGIC fix on the same line is two wrong values of the repository
# (`min(xs) + 1, max(xs) - 1`), each reported as its own bug.
COMPILE_REPAIRS = frozenset({BugType.SYNTAX, BugType.INDENTATION})


def amended_fix(accepted: Sequence[AcceptedEdit], *, file: str, old: str, new: str) -> FixOutcome | None:
    """The compile repair of this heal that an accepted edit completes: the last fix written to `file`,
    a SYNTAX or INDENTATION one (COMPILE_REPAIRS), when the file has not changed since (`old` is its
    text) and the edit rewrites, in place, a line whose code (not only its indentation) that fix
    changed in place.

    Such an edit repairs the engine's own fix, not a bug of the repository: whereto (r225) had its
    comprehension filter `if p else ''` "fixed" as `if p if ''` (SYNTAX: the tests then failed, the
    filter dropping every item) and `''` then negated, reported as a LOGIC bug of its own at that line.
    Reported as a new bug it is a fix the repository never needed. Engine._accept reports it under the
    amended fix's type and says so. An edit that adds or removes lines is left alone (no line map).
    """
    earlier = next((edit for edit in reversed(accepted) if edit.outcome.file == file), None)
    if earlier is None or earlier.after != old or earlier.outcome.bug_type not in COMPILE_REPAIRS:
        return None
    again = rewritten_lines(old, new)
    if not again:
        return None
    shared = again & _recoded_lines(earlier.before, earlier.after)
    if not shared:
        return None
    # A completion stays inside the compile repair (round 53): postalcheck (r323) had its lone
    # `"\"` "fixed" by opening another string, and a LOGIC edit of `" " <= c` on that line, a
    # token the repair never touched, was then reported as completing it.
    before, after, edited = earlier.before.splitlines(), old.splitlines(), new.splitlines()
    if not all(_within_the_repair(before[n - 1], after[n - 1], edited[n - 1]) for n in sorted(shared)):
        return None
    return earlier.outcome


LEXICAL = frozenset("()[]{}'\"\\")


def _line_tokens(text: str) -> list[str]:
    """The strings of a line's tokens, read alone; what the tokenizer cannot read is one last token."""
    code = text.strip()
    found: list[str] = []
    consumed = 0
    try:
        for token in tokenize.generate_tokens(io.StringIO(code + "\n").readline):
            if token.start[0] != 1:
                break
            if token.string.strip() and token.type not in (tokenize.NEWLINE, tokenize.NL, tokenize.COMMENT):
                found.append(token.string)
            consumed = token.end[1]
    except (tokenize.TokenError, IndentationError, SyntaxError):
        if code[consumed:].strip():
            found.append(code[consumed:].strip())
    return found


def _lexical(token: str) -> bool:
    """A string literal (any prefix), a bracket, a quote or a backslash: what a lexical repair edits."""
    body = token.lstrip("rRbBuUfF")
    return token in LEXICAL or (body[:1] in ("'", '"') and len(token) - len(body) <= 2)


def _changes(a: list[str], b: list[str]) -> list[tuple[str, int, int, int, int]]:
    """difflib's opcodes of a -> b that are not "equal", the common first and last tokens set aside
    first: SequenceMatcher's work grows with the product of the lengths (a long data line of
    repeated tokens took time in the square of its length), and a repair or edit is local."""
    head = 0
    while head < min(len(a), len(b)) and a[head] == b[head]:
        head += 1
    tail = 0
    while tail < min(len(a), len(b)) - head and a[len(a) - 1 - tail] == b[len(b) - 1 - tail]:
        tail += 1
    middle = difflib.SequenceMatcher(None, a[head : len(a) - tail], b[head : len(b) - tail], autojunk=False)
    return [
        (tag, i1 + head, i2 + head, j1 + head, j2 + head)
        for tag, i1, i2, j1, j2 in middle.get_opcodes()
        if tag != "equal"
    ]


def _within_the_repair(before: str, after: str, edited: str) -> bool:
    """Whether the edit after -> edited of one line keeps every token the compile repair before ->
    after left as it was: it may rewrite the tokens that repair wrote (whereto's `if ''` written
    for `else ''`, then negated) or close, open or escape strings and brackets, never change an
    operator, name or number of the repository's own line."""
    old, new, ours = _line_tokens(before), _line_tokens(after), _line_tokens(edited)
    written: set[int] = set()
    for tag, _, _, j1, j2 in _changes(old, new):
        if tag in ("replace", "insert"):
            written.update(range(j1, j2))
        elif tag == "delete":
            written.update((j1 - 1, j1))  # the place a token was taken from
    for tag, i1, i2, j1, j2 in _changes(new, ours):
        replaced = range(i1, i2)
        if not all(i in written or _lexical(new[i]) for i in replaced):
            return False
        touches = any(i in written for i in replaced) or (tag == "insert" and bool({i1 - 1, i1} & written))
        if not touches and not all(_lexical(token) for token in ours[j1:j2]):
            return False
    return True


def _recoded_lines(original: str, edited: str) -> set[int]:
    """The lines an in-place edit changed beyond their indentation (none for one that moved lines).

    A re-indented block (INDENTATION's repairs rewrite every line of a body) says nothing about the
    code on those lines: a LOGIC bug inside it is the repository's own, and is reported as such."""
    before, after = original.splitlines(), edited.splitlines()
    if len(before) != len(after):
        return set()
    return {
        number
        for number, (old, new) in enumerate(zip(before, after, strict=True), 1)
        if old.strip() != new.strip()
    }


# At most this many untried single edits go before a stacked search on a partial patch, and at most
# this many more at the base's own line (round 55): twice this in all, 40 trials a chain may wait. The
# candidates are moved up the list, not added: no sandbox run more, the chain only waits.
MAX_SINGLES_BEFORE_CHAIN = 20


def singles_before_chain(
    rest: Sequence[Candidate],
    *,
    base: Candidate,
    suspicious: Sequence[tuple[str, int, float]],
    limit: int = MAX_SINGLES_BEFORE_CHAIN,
) -> list[Candidate]:
    """The untried single edits (of `rest`, in order) to try before a second edit on `base`.

    A pair of LOGIC edits that passes the targeted tests may compensate a fault neither edit is
    at: escapism's slice bound and comparison beside the hash room (r221, round 42), syllapy's
    condition and counter two lines above its `match` (r218). The ranked list mixes the fixers'
    priors with the line's weight, so an early stacked search (ITER's interleaving) can come
    before single edits at lines the spectrum ranks higher than the base's. One edit explaining
    the failing tests is preferred to two (Occam's razor of the repair literature: the smallest
    patch first, as Prophet and ITER rank by patch size): the single edits at lines whose Ochiai
    score is at least the base's line's go first. Any chain on `base` holds the base's line, so
    its best line is at least as suspicious as that, and the singles this leaves for later are all
    at lines less suspicious than every chain built on `base`. A line the spectrum does not rank
    (a module constant, a default) counts 0, so a base there lets any single edit go first: the
    bound `limit` (twice `limit` with the base's own line's) keeps the chain from waiting the whole
    list. Without a spectrum nothing moves.
    """
    if not suspicious:
        return []  # no spectrum (coverage off or unread): nothing to rank the lines by, the order stays
    scores = {(file, line): score for file, line, score in suspicious}
    floor = scores.get((base.file, base.line), 0.0)
    chosen = [
        c
        for c in rest
        if (c.file, c.new_source) != (base.file, base.new_source)
        and scores.get((c.file, c.line), 0.0) >= floor
    ]
    # The base's own line's other edits are the one-edit alternatives at the very place the chain keeps:
    # the bound never cuts them (r363, round 55: a chain `min` + `-` on one line passed before the line's
    # twelfth edit, the grouping that was the fix, was tried). They are bounded by `limit` too.
    same_line = [c for c in chosen[limit:] if (c.file, c.line) == (base.file, base.line)]
    return chosen[:limit] + same_line[:limit]
