"""A failed comparison whose numbers differ by a power of a base names the base's exponentiations."""

from __future__ import annotations

import textwrap

from healer.engine.fixers.base import RepairContext
from healer.engine.fixers.logic import LogicFixer
from healer.engine.fixers.logic_scale import scale_base, scale_targets
from healer.engine.types import BugType, CheckReport, Failure

SRC = "pkg/units.py"
# An import-time table of magnitudes, with the metric step written 2 where 3 was meant, and a converter
# that every test runs (the spectrum ranks it, not the table).
UNITS = textwrap.dedent(
    """
    FACTORS = {}
    for index, prefix in enumerate(["kilo", "mega", "giga"]):
        FACTORS[prefix] = 10 ** (3 + index * 2)


    def convert(value, prefix):
        factor = FACTORS.get(prefix, 1)
        scaled = value * factor
        return int(scaled)
    """
).lstrip("\n")


def _failure(message: str) -> Failure:
    return Failure(
        bug_type=BugType.LOGIC,
        file="tests/test_units.py",
        line=5,
        message=message,
        source="pytest",
        code="AssertionError",
        extra={"exception": {"type": "AssertionError", "message": message}},
    )


def _ctx(project) -> RepairContext:
    ws = project({SRC: UNITS, "tests/test_units.py": "def test_it():\n    assert True\n"})
    return RepairContext(
        workspace=ws,
        report=CheckReport(),
        suspicious=[(SRC, 8, 1.0), (SRC, 7, 1.0), (SRC, 9, 1.0)],
        test_files=frozenset({"tests/test_units.py"}),
        source_files=(SRC,),
    )


def test_it_reads_the_base_of_a_scale_error():
    assert scale_base("assert '5000000' == '5000000000'") == 10
    assert scale_base("AssertionError: 4096 != 256") == 2
    assert scale_base("assert 4096 == 256\n +  where ...") == 2
    assert scale_base("assert 30 == 20") is None  # a factor 1.5: not a magnitude
    assert scale_base("assert 7 == 7") is None
    assert scale_base("assert 'abc' == 'abd'") is None


def test_it_names_the_exponentiations_of_that_base(project):
    ctx = _ctx(project)
    assert scale_targets(_failure("assert 5000000 == 5000000000"), ctx) == {(SRC, 3)}
    assert scale_targets(_failure("assert 5000 == 5001"), ctx) == set()


def test_it_tries_the_step_of_the_named_table_early(project):
    # giga is 10**7 instead of 10**9: a factor of 100. The right step (3) is among the first edits,
    # ahead of the converter's lines that every test runs.
    candidates = LogicFixer().candidates(_failure("assert 50000000 == 5000000000"), _ctx(project))
    expected = UNITS.replace("index * 2", "index * 3")
    ranks = [i for i, c in enumerate(candidates, start=1) if c.new_source == expected]
    assert ranks and ranks[0] <= 10, [c.description for c in candidates[:12]]


def test_it_reads_the_base_of_one_scaled_term_of_an_expected_sum():
    # A price in cents written as its parts: the cents part read as 0.05 instead of 5 (10**-2).
    assert scale_base("AssertionError: assert 1200.05 == ((1000 + 200) + 5)") == 10
    assert scale_base("assert ((1000 + 200) + 5) == 1250") == 10  # the 5 ten times too large
    assert scale_base("assert 1208 == 1000 + 200 + 5") is None  # off by 3: no magnitude
    assert scale_base("assert 1205 == 1000 + 200 + 5") is None  # equal: nothing to say
    assert scale_base("assert x == 1000 + 200") is None


def test_it_names_the_exponentiations_when_one_term_is_scaled(project):
    ctx = _ctx(project)
    assert scale_targets(_failure("assert 1200.05 == ((1000 + 200) + 5)"), ctx) == {(SRC, 3)}


CLOCK = textwrap.dedent(
    """
    def to_ms(hours, minutes, frac, digits):
        total = hours * 3600000 + minutes * 60000
        bonus = len(str(frac)) * 25
        return total + frac * 10 ** (digits - 3) + bonus * 0
    """
).lstrip("\n")


def test_it_tries_the_scaled_line_before_a_line_that_only_spells_a_compared_number(project):
    # `10 ** (digits - 3)` for `10 ** (3 - digits)`: 25 ms read as 0.25. The oracle names the line that
    # spells 25 too (a lexical match); the scale relation explains the whole difference and goes first.
    ws = project({SRC: CLOCK, "tests/test_units.py": "def test_it():\n    assert True\n"})
    ctx = RepairContext(
        workspace=ws,
        report=CheckReport(),
        suspicious=[(SRC, 3, 1.0), (SRC, 2, 1.0), (SRC, 4, 1.0)],
        test_files=frozenset({"tests/test_units.py"}),
        source_files=(SRC,),
    )
    failure = _failure("assert 3660000.25 == ((3600000 + 60000) + 25)")
    failure.extra["oracle"] = [[SRC, 3]]
    candidates = LogicFixer().candidates(failure, ctx)
    assert candidates[0].line == 4, [(c.line, c.description) for c in candidates[:6]]
    expected = CLOCK.replace("(digits - 3)", "(3 - digits)")
    ranks = [i for i, c in enumerate(candidates, start=1) if c.new_source == expected]
    assert ranks and ranks[0] <= 10, [c.description for c in candidates[:12]]
