"""Round 46 (pylogic20): the twin-branch family, rounding-mode siblings and the place ranking (logic_places)."""

from __future__ import annotations

from healer.engine.fixers.lineedit import SourceFile
from healer.engine.fixers.logic import _placed, _scored_sources
from healer.engine.fixers.logic_places import ratio_uses, steering_conditions
from healer.engine.fixers.logic_templates import applied
from healer.engine.fixers.logic_twins import twin_rewrites

from .conftest import cpu_ratio

SLICE = (
    "class Results:\n"
    "    def window(self):\n"
    "        offset = self.offset or None\n"
    "        if not self.limit:\n"
    "            limit = None\n"
    "        elif self.limit and not self.offset:\n"
    "            limit = self.limit\n"
    "        else:\n"
    "            limit = self.limit\n"
    "        return self.items[offset:limit]\n"
)

RATIO = (
    "def shift(values, z_in, z_out):\n"
    "    factor = (1.0 + z_in) / (1.0 + z_out)\n"
    "    out = []\n"
    "    for v in values:\n"
    "        out.append(v * factor)\n"
    "    return out\n"
)


def _twins(source: str, line: int) -> list[str]:
    sf = SourceFile.parse("m.py", source)
    return [new for _rewrite, new in applied(sf, twin_rewrites(sf, line))]


def _line_sources(source: str, line: int) -> list[str]:
    sf = SourceFile.parse("m.py", source)
    return [new for _prior, new, _d, _k in _scored_sources(sf, line, "AssertionError")]


def test_a_branch_copying_its_sibling_gets_the_operand_its_condition_tests():
    fixed = SLICE.replace(
        "        else:\n            limit = self.limit\n",
        "        else:\n            limit = self.limit + self.offset\n",
    )
    assert fixed in _twins(SLICE, 9)
    assert fixed in _line_sources(SLICE, 9)
    # The copy under the elif is a candidate too (the tests decide which copy is wrong).
    assert _twins(SLICE, 7)


def test_a_twin_gets_no_operand_that_is_not_a_number_by_name():
    mode = SLICE.replace("self.offset", "self.errors")
    assert _twins(mode, 9) == []


def test_no_twin_no_edit():
    distinct = SLICE.replace(
        "        else:\n            limit = self.limit\n",
        "        else:\n            limit = self.limit + 1\n",
    )
    assert _twins(distinct, 9) == []
    assert _twins(distinct, 7) == []


def test_int_gets_the_modules_own_floor():
    source = (
        "def floor(x):\n"
        "    return x.numerator // x.denominator\n"
        "\n"
        "def is_integer(x):\n"
        "    return x.denominator == 1\n"
        "\n"
        "def to_int(x):\n"
        "    return int(x)\n"
        "\n"
        "def integer_part(x):\n"
        "    return int(x)\n"
        "\n"
        "def fractional_part(x):\n"
        "    return x - int(x)\n"
    )
    assert source.replace("x - int(x)", "x - floor(x)") in _line_sources(source, 14)
    # Without a floor of its own (or imported) the module is offered none.
    plain = source.replace("def floor(x)", "def whole(x)")
    assert plain.replace("x - int(x)", "x - floor(x)") not in _line_sources(plain, 14)


def test_an_imported_ceil_is_offered_for_round():
    source = "from math import ceil\n\ndef pages(n, size):\n    return round(n / size)\n"
    assert source.replace("round(n", "ceil(n") in _line_sources(source, 4)


def test_the_twins_chain_conditions_steer_and_rank_after_the_twin():
    sf = SourceFile.parse("m.py", SLICE)
    assert steering_conditions(sf, [3, 4, 6, 9]) == {4, 6}
    edits = {line: _scored_sources(sf, line, "AssertionError") for line in (4, 9)}
    placed = _placed([(sf, 4, 1.0, edits[4]), (sf, 9, 1.0, edits[9])])
    assert placed[0][2] == 0.5 and placed[1][2] == 1.0


def test_a_ratios_use_is_not_inverted_before_the_ratio():
    sf = SourceFile.parse("m.py", RATIO)
    assert ratio_uses(sf, [2, 5]) == {5}
    # Not when the division's line did not run, nor for a name bound twice.
    assert ratio_uses(sf, [5]) == set()
    rebound = SourceFile.parse("m.py", RATIO.replace("    out = []\n", "    out = []\n    factor = 2\n"))
    assert ratio_uses(rebound, [2, 6]) == set()
    edits = _scored_sources(sf, 5, "AssertionError")
    placed = _placed([(sf, 2, 1.0, _scored_sources(sf, 2, "AssertionError")), (sf, 5, 1.0, edits)])
    before = {d: p for p, _n, d, _k in edits}
    after = {d: p for p, _n, d, _k in placed[1][3]}
    swap = "divide by factor instead of multiplying by it"
    assert after[swap] == before[swap] * 0.5
    assert after["use + instead of *"] == before["use + instead of *"]


def _hostile(kind: str, n: int) -> tuple[str, int]:
    """`n` if/else pairs whose branches are twins then an elif chain of 150 arms (30,000 lines at 7,500),
    or a call of `n` arguments on one line (16 KB at 2,300), with the line read."""
    if kind == "long":
        return "def g(a, b):\n    r = a / b\n    return f(" + ", ".join(["r * 2"] * n) + ")\n", 3
    blocks = "".join(f"    if offset == {i}:\n        y = a\n    else:\n        y = a\n" for i in range(n))
    arms = (
        blocks
        + "    if offset < 1:\n        y = a\n"
        + "".join(f"    elif offset == {i}:\n        y = a\n" for i in range(150))
    )
    return "def f(offset, a):\n    y = 0\n    if offset < 0:\n        y = a\n" + arms + "    return y\n", 6


def test_hostile_inputs_stay_fast():
    # Linear, told by a ratio of CPU times at n and 4n (about 4 when linear, 16 when quadratic), not by a
    # wall-clock limit (review 48: 8 s against 5 s under load on a shared machine).
    def run(kind: str, n: int) -> None:
        source, line = _hostile(kind, n)
        sf = SourceFile.parse("m.py", source)
        assert sf is not None
        twin_rewrites(sf, line)
        steering_conditions(sf, list(range(1, 40)))
        ratio_uses(sf, [2, line])

    for kind, n in (("huge", 1_875), ("long", 2_300)):
        ratio = cpu_ratio(lambda size, kind=kind: run(kind, size), n)
        assert ratio < 10, (kind, ratio)
    deep = (
        "def h(x):\n"
        + "".join("    " * (i + 1) + f"if x > {i}:\n" for i in range(60))
        + "    " * 61
        + "y = x\n"
    )
    sf = SourceFile.parse("m.py", deep)
    assert sf is not None
    twin_rewrites(sf, 62)  # 60 levels of nesting: no RecursionError
    steering_conditions(sf, list(range(1, 40)))
    ratio_uses(sf, [2, 62])
    huge, long_line = _hostile("huge", 7_500)[0], _hostile("long", 2_300)[0]
    assert 0 < len(_twins(huge, 6)) <= 8
    assert len(long_line.splitlines()[2]) > 16_000
