"""The LOGIC fixer's idiom families (fixers/logic_idioms.py), each on a small program of its own."""

from __future__ import annotations

import pytest

from healer.engine.fixers.lineedit import SourceFile
from healer.engine.fixers.logic_idioms import FOLDED_GROUPING_PRIOR, idiom_rewrites
from healer.engine.fixers.logic_templates import applied
from tests.engine.test_logic_templates import _candidates

IDIOMS = [
    # (id, buggy source, needle of the suspicious line, old text, fixed text, max rank)
    (
        "radix-octal",
        """
        def decode(escape):
            if escape[1].isdigit():
                return chr(int(escape[1:], 16))
            return chr(int(escape[2:], 16))
        """,
        "escape[1:]",
        "int(escape[1:], 16)",
        "int(escape[1:], 8)",
        8,
    ),
    (
        "radix-keyword",
        """
        def parse_bits(text):
            return int(text, base=10)
        """,
        "int(text",
        "base=10",
        "base=2",
        12,
    ),
    (
        "list-front",
        """
        def dotted(number):
            parts = []
            for _ in range(4):
                parts.append(str(number & 0xFF))
                number >>= 8
            return ".".join(parts)
        """,
        "parts.append",
        "parts.append(str(number & 0xFF))",
        "parts.insert(0, str(number & 0xFF))",
        8,
    ),
    (
        "grouping-divisor",
        """
        def shown(value, unit, margin):
            return round(value / unit * margin, 3)
        """,
        "return round",
        "value / unit * margin",
        "value / (unit * margin)",
        8,
    ),
    (
        "grouping-sum-divided",
        """
        def middle(lo, hi):
            return lo + hi // 2
        """,
        "return lo",
        "lo + hi // 2",
        "(lo + hi) // 2",
        8,
    ),
    (
        # Python groups `1 << width - 1` as `1 << (width - 1)`: one bit, not the low `width` bits.
        "grouping-shift-precedence",
        """
        def low_bits(value, width):
            keep = 1 << width - 1
            return value & keep
        """,
        "keep = 1",
        "1 << width - 1",
        "(1 << width) - 1",
        6,
    ),
    (
        # `flags & mask + 1`: the sum binds first; the mask was to be applied before the increment.
        "grouping-bitand-precedence",
        """
        def next_slot(flags, mask):
            return flags & mask + 1
        """,
        "return flags",
        "flags & mask + 1",
        "(flags & mask) + 1",
        6,
    ),
    (
        # An insertion point one short: the items belong after the marker, which is then popped.
        "splice-point-after",
        """
        def expand(items, marker, extra):
            at = items.index(marker)
            items[at:at] = extra
            items.pop(at)
            return items
        """,
        "items[at:at]",
        "items[at:at]",
        "items[at + 1:at + 1]",
        6,
    ),
]


@pytest.mark.parametrize(
    ("source", "needle", "old", "new", "max_rank"),
    [pytest.param(*case[1:], id=case[0]) for case in IDIOMS],
)
def test_it_proposes_each_idiom_early_enough(project, source, needle, old, new, max_rank):
    source, candidates = _candidates(project, source, needle)
    assert source.count(old) == 1
    expected = source.replace(old, new)
    ranks = [i for i, c in enumerate(candidates, start=1) if c.new_source == expected]
    assert ranks, [c.description for c in candidates[:60]]
    assert ranks[0] <= max_rank, [(c.description, c.priority) for c in candidates[: ranks[0]]]


def _new_sources(source: str, line: int) -> list[str]:
    sf = SourceFile.parse("m.py", source)
    return [new for _rewrite, new in applied(sf, idiom_rewrites(sf, line))]


def test_it_keeps_a_parenthesised_operand_in_its_parentheses():
    # `(a - b) / c * d`: the regrouped divisor keeps the difference whole, never `a - b / (c * d)`.
    found = _new_sources("def f(a, b, c, d):\n    return (a - b) / c * d\n", 2)
    assert "def f(a, b, c, d):\n    return (a - b) / (c * d)\n" in found
    assert all("a - b / " not in text for text in found)


def test_it_moves_both_bounds_of_an_empty_slice_together():
    # `xs[i + 1:i + 1]` folds back to `xs[i:i]` and `xs[i + 2:i + 2]`, never `xs[i + 1 - 1:...]`.
    found = _new_sources("def f(xs, i, ys):\n    xs[i + 1:i + 1] = ys\n", 2)
    assert "def f(xs, i, ys):\n    xs[i + 2:i + 2] = ys\n" in found
    assert "def f(xs, i, ys):\n    xs[i:i] = ys\n" in found
    # A slice that is not empty (two different bounds) is the slice mutators' business, not a splice.
    assert not any(
        "[i + 1:j + 1]" in text for text in _new_sources("def f(xs, i, j):\n    return xs[i:j]\n", 2)
    )


def test_it_keeps_the_parentheses_a_mixed_expression_already_has():
    # `(1 << n) - 1` written with its parentheses is not the precedence slip: it gets the plain grouping prior.
    sf = SourceFile.parse("m.py", "def f(n):\n    return (1 << n) - 1\n")
    priors = [r.prior for r in idiom_rewrites(sf, 2) if r.kind == "grouping"]
    assert priors and max(priors) < 0.7


def test_it_leaves_other_calls_and_bases_alone():
    # A base that is not a literal radix, a method that is not a list end, a pop from the middle.
    source = "def f(s, b, xs):\n    xs.pop(2)\n    xs.add(int(s, b))\n    return int(s, 36)\n"
    assert [_new_sources(source, line) for line in (2, 3, 4)] == [[], [], []]


def test_it_decays_the_same_number_edit_repeated_down_a_table(project):
    # Eight rows of one value, all as suspicious as the function the failing test calls: `use 7 instead
    # of 6` and `use 5 instead of 6` on every row would take sixteen turns before the function's own
    # edits of the same prior.
    from healer.engine.fixers.base import RepairContext
    from healer.engine.fixers.logic import LogicFixer
    from healer.engine.types import BugType, CheckReport, Failure

    rows = "".join(f"R{i} = ('r{i}', 6)\n" for i in range(8))
    source = rows + "\n\ndef width(value):\n    return round(value, 3)\n"
    ws = project({"src/algo.py": source, "tests/test_algo.py": "def test_it():\n    assert True\n"})
    line = source.splitlines().index("    return round(value, 3)") + 1
    suspicious = [("src/algo.py", n, 1.0) for n in [*range(1, 9), line]]
    ctx = RepairContext(
        workspace=ws,
        report=CheckReport(),
        suspicious=suspicious,
        test_files=frozenset({"tests/test_algo.py"}),
    )
    failure = Failure(
        bug_type=BugType.LOGIC,
        file="src/algo.py",
        line=line,
        message="AssertionError: assert 8 == 12",
        source="pytest",
        code="AssertionError",
        extra={"exception": {"type": "AssertionError", "message": "assert 8 == 12"}},
    )
    described = [(c.line, c.description) for c in LogicFixer().candidates(failure, ctx)]
    assert described.index((line, "use round(value, 4) instead of round(value, 3)")) < 8, described[:12]


def test_it_puts_the_grouping_of_a_literal_folded_to_one_first():
    # Round 55: `n + 8 // 8` folds `8 // 8` to 1, which nobody writes: the sum was to be divided, and the
    # grouping outranks the operator swaps that could compensate it (`-` for `+`).
    source = "def words(n):\n    return n + 8 // 8\n"
    sf = SourceFile.parse("m.py", source)
    grouping = [r for r in idiom_rewrites(sf, 2) if r.kind == "grouping"]
    assert [r.prior for r in grouping] == [FOLDED_GROUPING_PRIOR]
    plain = SourceFile.parse("m.py", source.replace("8 // 8", "8 // 4"))
    assert [r.prior for r in idiom_rewrites(plain, 2) if r.kind == "grouping"] != [FOLDED_GROUPING_PRIOR]
