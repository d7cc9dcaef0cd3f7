"""Constant swaps ranked low among a TypeError's or LOGIC failure's candidates (round 49).

pyramid_ldap3 (dev r286): `self.last_timeslice = None`, refused by `'>' not supported between 'float' and
'NoneType'`, was answered by `True` where `0` was the fix; pytest-spec (r283): `True` -> `None` accepted
for a TypeError outside the keys. avoidance.constant_swap tells such an edit by its tokens;
repair._constant_swaps_ranked puts one that changes a literal's kind to None or a bool after the other
edits of its line and after the making-site edits, and never lets a constant swap at a line inside a
function no failing test runs rank first.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from healer.engine.avoidance import constant_swap, weak_constant_swap
from healer.engine.fixers.base import Candidate
from healer.engine.repair import _constant_swaps_ranked

from .conftest import cpu_ratio


def test_a_literal_replaced_by_another_is_a_constant_swap_with_its_kinds():
    old = "class Q:\n    def __init__(self):\n        self.last = None\n"
    assert constant_swap(old, old.replace("None", "True")) == ("None", "bool")
    assert constant_swap(old, old.replace("None", "0")) == ("None", "number")
    assert constant_swap(old, old.replace("None", "''")) == ("None", "str")
    assert constant_swap("x = 255\n", "x = 0\n") == ("number", "number")
    assert constant_swap("x = -1\n", "x = None\n") == ("number", "None")
    assert constant_swap("f(a=True)\n", "f(a=None)\n") == ("bool", "None")


def test_other_edits_are_no_constant_swap():
    assert constant_swap("x = a + 1\n", "x = a - 1\n") is None  # an operator
    assert constant_swap("x = None\n", "x = []\n") is None  # a container: two tokens
    assert constant_swap("x = y\n", "x = None\n") is None  # a name
    assert constant_swap("x = 1\ny = 2\n", "x = 0\ny = 3\n") is None  # two lines
    assert constant_swap("x = a - 1\n", "x = a None\n") is None  # not a sign


def test_weak_swaps_are_those_to_none_or_a_bool_of_another_kind():
    assert weak_constant_swap("x = None\n", "x = True\n")
    assert weak_constant_swap("x = True\n", "x = None\n")
    assert not weak_constant_swap("x = None\n", "x = 0\n")  # a number where the value is made
    assert not weak_constant_swap("x = True\n", "x = False\n")  # the flag's own alternative


@dataclass
class Ctx:
    text: str
    suspicious: list = field(default_factory=list)

    def source_or_none(self, file):
        return self.text if file == "m.py" else None


SOURCE = """\
import time


class Query:
    def __init__(self):
        self.last = None

    def stale(self):
        return time.time() > self.last


def other():
    limit = 255
    return limit
"""


def _edit(old: str, new: str, description: str, **kw) -> Candidate:
    line = next(n for n, t in enumerate(SOURCE.splitlines(), 1) if old in t)
    return Candidate("m.py", SOURCE.replace(old, new, 1), description, line, **kw)


def test_a_none_to_bool_swap_goes_after_the_lines_other_edits_and_the_making_sites():
    swap = _edit("self.last = None", "self.last = True", "use True instead of None")
    number = _edit("self.last = None", "self.last = 0", "use 0 instead of None")
    site = _edit("self.last = None", "self.last = 0.0", "make 0.0 where the value is made", making_site=True)
    guard = _edit("time.time() > self.last", "time.time() > (self.last or 0)", "fallback at the use")
    ranked = _constant_swaps_ranked([swap, guard, number, site], Ctx(SOURCE))
    assert [c.description for c in ranked] == [
        "fallback at the use",
        "use 0 instead of None",
        "make 0.0 where the value is made",
        "use True instead of None",
    ]


def test_a_constant_swap_in_a_function_no_failing_test_runs_never_ranks_first():
    unrun = _edit("limit = 255", "limit = 0", "use 0 instead of 255")
    guard = _edit("time.time() > self.last", "time.time() > (self.last or 0)", "fallback at the use")
    covered = [("m.py", 6, 0.9), ("m.py", 9, 1.0)]
    ranked = _constant_swaps_ranked([unrun, guard], Ctx(SOURCE, covered))
    assert [c.description for c in ranked] == ["fallback at the use", "use 0 instead of 255"]
    # Run by a failing test, it keeps its place; with no coverage known, too.
    assert _constant_swaps_ranked([unrun, guard], Ctx(SOURCE, [*covered, ("m.py", 13, 0.5)]))[0] is unrun
    assert _constant_swaps_ranked([unrun, guard], Ctx(SOURCE))[0] is unrun


def test_a_module_level_constant_keeps_its_place():
    text = "LIMIT = None\n\n\ndef f(x=LIMIT):\n    return x < 0\n"
    swap = Candidate("m.py", text.replace("None", "0"), "use 0 instead of None", 1)
    other = Candidate("m.py", text.replace("x < 0", "x <= 0"), "use <=", 5)
    ranked = _constant_swaps_ranked([swap, other], Ctx(text, [("m.py", 5, 1.0)]))
    assert ranked[0] is swap


def test_ranking_is_linear_in_the_candidates_and_the_file():
    def run(n: int) -> None:
        text = "def f():\n" + "    x = None\n" * n
        candidates = [
            Candidate("m.py", text.replace("x = None", "x = True", 1), f"swap {i}", 2) for i in range(40)
        ]
        _constant_swaps_ranked(candidates, Ctx(text, [("m.py", 1, 1.0)]))

    run(30_000)  # a 30,000-line file
    assert cpu_ratio(run, 2_000) < 8
