"""A TypeError's fix that only changes which way the code goes is the weaker one (round 45, pytypes19).

The held-out run of round 44 accepted `attempts > self.retries` -> `attempts != self.retries` (a
None stored in another method) and a negated flag as TypeError fixes: each stopped the raising
statement from running while the value stayed wrong. Such an edit (avoidance.only_control_flow)
is a guard for a TypeError (every targeted test must pass) and the edits where the value was made
are tried before it is accepted, up to MAKING_SITE_TRIES_AVOIDING of them, in later blocks too.
"""

from __future__ import annotations

from healer.engine.avoidance import MAX_TOKENS, only_control_flow
from healer.engine.fixers.base import Candidate
from healer.engine.types import BugType, FixStatus

from .conftest import PYPROJECT_SRC, DiffSizes
from .test_engine_validation import _engine

SOURCE = """\
class Client:
    def __init__(self, retries=None, quiet=False):
        self.retries = retries
        self.quiet = quiet
        self.gave_up = False

    def send(self, attempts):
        if not self.quiet and attempts > self.retries:
            raise RuntimeError('too many attempts')
        return 'sent'

    def status(self, attempts):
        try:
            return self.send(attempts)
        except RuntimeError:
            self.gave_up = True
            return 'gave up'
"""
TESTS = """\
from client import Client


def test_gives_up_and_says_so():
    client = Client()
    client.status(1)
    assert client.gave_up


def test_status_is_told():
    assert Client().status(1) in ('sent', 'gave up')


def test_sends_within_retries():
    assert Client(retries=3).send(3) == 'sent'
"""


class Offers:
    """A fixer offering (old, new, description, making_site) edits of one file, in order."""

    fallback = False

    def __init__(self, edits: list[tuple[str, str, str, bool]]) -> None:
        self.bug_types = frozenset({BugType.TYPE_ERROR})
        self.edits = edits

    def candidates(self, failure, ctx):
        text = ctx.source("src/client.py")
        lines = text.splitlines()
        for old, new, description, making_site in self.edits:
            line = next(n for n, t in enumerate(lines, 1) if old in t)
            yield Candidate(
                "src/client.py", text.replace(old, new, 1), description, line, making_site=making_site
            )


SWAPPED = ("attempts > self.retries", "attempts != self.retries", "use != instead of >", False)
NEGATED = ("if not self.quiet", "if self.quiet", "negate self.quiet", False)
MADE = ("self.retries = retries", "self.retries = int(retries or 0)", "convert where it is stored", True)


def _wrong(n: int) -> tuple[str, str, str, bool]:
    return ("self.quiet = quiet", f"self.quiet = quiet or {n}", f"wrong site {n}", True)


def _fixed(project, local_sandbox, edits):
    ws = project({"pyproject.toml": PYPROJECT_SRC, "src/client.py": SOURCE, "tests/test_client.py": TESTS})
    engine, lines = _engine(ws, local_sandbox, [Offers(edits)])
    report = engine.check()
    assert any(f.bug_type is BugType.TYPE_ERROR for f in report.failures), report.failures
    outcomes = [o for o in engine.repair(report) if getattr(o, "status", None) is FixStatus.FIXED]
    return [o.description for o in outcomes], ws.read_text("src/client.py"), lines


def test_control_flow_only_edits_are_told_from_edits_of_a_value():
    assert only_control_flow("if a > b:\n    x()\n", "if a != b:\n    x()\n")
    assert only_control_flow("if x or self.lite:\n", "if x or not self.lite:\n")
    assert only_control_flow("ok = a and b\n", "ok = a or b\n")
    assert not only_control_flow("self.r = r\n", "self.r = int(r or 0)\n")
    assert not only_control_flow("c = [a, b]\n", "c = (a, b)\n")
    assert not only_control_flow("f(a, b)\n", "f(b, a)\n")
    assert not only_control_flow("x = 1\n", "x = 1\n")


def test_an_avoiding_edit_whose_test_still_fails_is_no_type_error_fix(project, local_sandbox):
    # `not self.quiet` -> `self.quiet`: the comparison never runs; the status test passes, and the
    # test that wanted the RuntimeError now fails further on (DID NOT RAISE): the crash avoided,
    # nothing repaired (round 44's engine accepted it as a fix that uncovered a bug further on).
    fixed, text, lines = _fixed(project, local_sandbox, [NEGATED])
    assert fixed == [], lines
    assert "if not self.quiet" in text


def test_making_sites_beyond_the_usual_three_are_tried_before_an_avoiding_edit(project, local_sandbox):
    # `>` -> `!=` passes both tests (1 != None raises, 3 != 3 does not); the making site's edit,
    # fourth among the flagged ones, passes too and is preferred.
    edits = [SWAPPED, _wrong(1), _wrong(2), _wrong(3), MADE]
    fixed, text, lines = _fixed(project, local_sandbox, edits)
    assert fixed == ["convert where it is stored"], lines
    assert "int(retries or 0)" in text and "attempts > self.retries" in text


def test_a_making_site_in_a_later_block_is_a_rival_too(project, local_sandbox):
    ws = project({"pyproject.toml": PYPROJECT_SRC, "src/client.py": SOURCE, "tests/test_client.py": TESTS})
    engine, _ = _engine(ws, local_sandbox, [])
    first = [Candidate("src/client.py", SOURCE, f"edit {n}", 7) for n in range(3)]
    later = [Candidate("src/client.py", SOURCE, "site", 3, making_site=True)]
    engine._search_list = [*first, *later]
    engine._rejected_ids = set()
    assert engine._beyond_chunk(first[:2]) == [first[2], *later]
    engine._rejected_ids = {id(later[0])}
    assert engine._beyond_chunk(first[:2]) == [first[2]]


def test_a_flip_in_a_large_file_is_told_in_linear_time(monkeypatch):
    # Review of round 45: the line diff ran difflib over the whole file for every TypeError
    # candidate; on a file of many repeated lines (blank ones, `return x`) it is quadratic: a
    # 30000-line module took 108 s per candidate, 120 candidates a round. The unchanged head and
    # tail are now cut off first; two far-apart edits of equal length are compared line by line.
    # Counted, not timed (review 48): what difflib is handed, never the whole file.
    import healer.engine.avoidance as avoidance

    diffed = DiffSizes(monkeypatch, avoidance)
    lines = ["" if i % 3 == 0 else ("    return x" if i % 3 == 1 else f"def f{i}(x):") for i in range(30000)]
    old = "\n".join([*lines[:15000], "    if a > b:", *lines[15000:]]) + "\n"
    flipped = "\n".join([*lines[:15000], "    if a != b:", *lines[15000:]]) + "\n"
    value = "\n".join([*lines[:15000], "    if a > int(b):", *lines[15000:]]) + "\n"
    far = "\n".join(["    if a != b:", *lines, "ok = c or d"]) + "\n"
    far_old = "\n".join(["    if a > b:", *lines, "ok = c and d"]) + "\n"
    assert only_control_flow(old, flipped)
    assert not only_control_flow(old, value)
    assert only_control_flow(far_old, far)
    assert not only_control_flow(old, old.replace("    return x\n", "    return y\n", 4))
    # a few changed lines' tokens at most: a diff of the file's 30,000 lines would be 9e8
    assert diffed.sizes and diffed.largest <= MAX_TOKENS * MAX_TOKENS, diffed.sizes


def test_a_flip_on_a_huge_line_is_not_diffed_token_by_token(monkeypatch):
    # one changed line may be a whole data table: its tokens are not diffed (quadratic) either.
    # Counted, not timed (review 48: 5.05 s against a 5 s limit under load).
    import healer.engine.avoidance as avoidance

    row = "TABLE = [" + ", ".join(["a < b", "c"] * 20000) + "]"
    diffed = DiffSizes(monkeypatch, avoidance)
    assert not only_control_flow(row + "\n", row.replace("a < b", "a > b", 1) + "\n")
    assert diffed.largest <= MAX_TOKENS * MAX_TOKENS, diffed.sizes  # the row's 100,000 tokens: never
    assert only_control_flow("if a < b and c:\n", "if a > b and c:\n")


# Round 48 (pytypes22): a wrapper at the use (`(x,)`, `[x]`, `x or 0`, `str(x)`) passes as an avoiding
# edit does while the value stays as it was made; as many making sites are weighed before it.
WRAPPED = (
    "attempts > self.retries",
    "attempts > (self.retries or 0)",
    "use 0 when self.retries is None",
    False,
)


def test_wrapping_edits_are_told_from_edits_of_a_value():
    from healer.engine.avoidance import only_wrapping

    assert only_wrapping("for x in self.expr:\n", "for x in (self.expr,):\n")
    assert only_wrapping("if a > self.r:\n", "if a > (self.r or 0):\n")
    assert only_wrapping("n = 'a' + code\n", "n = 'a' + str(code)\n")
    assert only_wrapping("if 's' in f:\n", "if 's' in (f if f is not None else []):\n")
    assert not only_wrapping("self.r = r\n", "self.r = float(r) + x\n")
    assert not only_wrapping("x = t[0]\n", "x = t\n")  # a deletion: an edit of the value
    assert not only_wrapping("f(a, b)\n", "f(b, a)\n")
    assert not only_wrapping("x = a\n", "x = a + other\n")  # a new name is no wrapper
    assert not only_wrapping("x = 1\n", "x = 1\n")


def test_making_sites_beyond_the_usual_three_are_tried_before_a_wrapper_at_the_use(project, local_sandbox):
    # `(self.retries or 0)` passes every test; the making site's edit, fourth among the flagged ones,
    # passes too and is preferred (three were tried before round 48 and the wrapper was accepted).
    edits = [WRAPPED, _wrong(1), _wrong(2), _wrong(3), MADE]
    fixed, text, lines = _fixed(project, local_sandbox, edits)
    assert fixed == ["convert where it is stored"], lines
    assert "int(retries or 0)" in text and "attempts > self.retries" in text


def test_a_wrapper_in_a_large_file_or_on_a_huge_line_is_told_in_linear_time(monkeypatch):
    # a 30,000-line module of repeated lines, a 16 KB line and deep nesting: the unchanged head and tail
    # are cut off before any diff, and a line of too many tokens is not diffed token by token (counted,
    # not timed: review 48)
    import healer.engine.avoidance as avoidance
    from healer.engine.avoidance import only_wrapping

    diffed = DiffSizes(monkeypatch, avoidance)

    lines = ["" if i % 3 == 0 else ("    return x" if i % 3 == 1 else f"def f{i}(x):") for i in range(30000)]
    old = "\n".join([*lines[:15000], "    for y in self.expr:", *lines[15000:]]) + "\n"
    new = "\n".join([*lines[:15000], "    for y in (self.expr,):", *lines[15000:]]) + "\n"
    row = "TABLE = [" + ", ".join(["a", "b"] * 4000) + "]"
    deep = "x = " + "(" * 90 + "v" + ")" * 90
    assert only_wrapping(old, new)
    assert not only_wrapping(row + "\n", row.replace("a", "(a,)", 1) + "\n")
    assert only_wrapping(deep + "\n", deep.replace("v", "str(v)") + "\n")
    assert diffed.sizes and diffed.largest <= MAX_TOKENS * MAX_TOKENS, diffed.sizes


def test_it_reads_one_int_literal_for_another_as_a_count_swap_not_an_index_or_a_float():
    from healer.engine.avoidance import count_swap

    old = "def walk(level):\n    level -= 1\n    return level\n"
    assert count_swap(old, old.replace("level -= 1", "level -= 2"))
    # an index picks another value, which may be of another kind; a float is another kind
    pair = "def first(pair):\n    return pair[1] + 1\n"
    assert not count_swap(pair, pair.replace("pair[1]", "pair[0]"))
    assert not count_swap(old, old.replace("level -= 1", "level -= 1.0"))
    assert not count_swap(old, old.replace("level -= 1", "level += 1"))


def test_it_makes_a_count_swap_at_a_typeerror_a_guard(tmp_path):
    # simp-sexp (round 53): `level -= 2` stopped the raising indent from running, its test still failing
    from healer.engine.repair import _avoiding_marked
    from healer.engine.workspace import Workspace

    from .fixer_helpers import context

    source = "def walk(level, indent):\n    level -= 1\n    return ' ' * (level * indent)\n"
    (tmp_path / "app.py").write_text(source)
    ctx = context(Workspace(tmp_path))
    edit = Candidate(
        file="app.py",
        new_source=source.replace("level -= 1", "level -= 2"),
        description="use 2 instead of 1",
        line=2,
    )
    (marked,) = _avoiding_marked([edit], ctx)
    assert marked.guard and marked.avoids


def test_it_reads_no_count_swap_in_a_selector_a_token_or_more_from_its_bracket():
    # `m.group(2)` and `pair[i * 3 + k]` pick another value, which may be of another kind (an unmatched
    # group's None): the edit that repairs a TypeError there must not need every targeted test to pass
    from healer.engine.avoidance import count_swap

    group = "def tail(m):\n    return m.group(1) + '.txt'\n"
    assert not count_swap(group, group.replace("group(1)", "group(2)"))
    deep = "def cell(pair, i, k):\n    return pair[i * 3 + k] + 1\n"
    assert not count_swap(deep, deep.replace("i * 3", "i * 2"))
    # a count or a bound is still one: a plain call's argument, an operand, a list display's item
    ranged = "def walk(n):\n    return [i for i in range(1)] + [0, 1, 5]\n"
    assert count_swap(ranged, ranged.replace("range(1)", "range(2)"))
    assert count_swap(ranged, ranged.replace("[0, 1, 5]", "[0, 2, 5]"))
