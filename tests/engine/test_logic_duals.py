"""Round 55 (pylogic29): the other axis's member of a coordinate pair, and a word's bits read from the other end."""

from __future__ import annotations

from healer.engine.fixers.lineedit import SourceFile
from healer.engine.fixers.logic import _scored_sources
from healer.engine.fixers.logic_duals import axis_rewrites, bit_order_rewrites
from healer.engine.fixers.logic_templates import applied

INSIDE = (
    "def inside(box, u, v):\n"
    "    return box.left <= u <= box.left + box.w and box.top <= v <= box.top + box.h\n"
)
CROSSED = INSIDE.replace("box.top + box.h", "box.top + box.w")

UNPACK = (
    "def unpack(word):\n"
    "    out = []\n"
    "    for k in range(16):\n"
    "        out.append((word >> (15 - k)) & 1)\n"
    "    return out\n"
)
LOW_FIRST = UNPACK.replace("(15 - k)", "k")


def _family(family, source: str, line: int) -> list[str]:
    sf = SourceFile.parse("m.py", source)
    return [new for _rewrite, new in applied(sf, family(sf, line))]


def test_it_reads_the_lone_member_of_the_other_axis_as_its_dual():
    assert _family(axis_rewrites, CROSSED, 2) == [INSIDE]
    sf = SourceFile.parse("m.py", CROSSED)
    assert INSIDE in [new for _p, new, _d, _k in _scored_sources(sf, 2, "AssertionError")]


def test_it_does_not_fire_on_a_comparison_of_one_axis_or_of_both_evenly():
    assert _family(axis_rewrites, INSIDE, 2) == []
    even = "def big(box):\n    return box.w * box.h > box.left\n"
    assert _family(axis_rewrites, even, 2) == []  # an area: h is multiplied, not added to an origin
    tied = "def square(box):\n    return box.w == box.h\n"
    assert _family(axis_rewrites, tied, 2) == []


def test_it_reads_a_shift_by_a_bit_index_from_the_other_end_of_the_word():
    assert _family(bit_order_rewrites, LOW_FIRST, 4) == [UNPACK]
    assert _family(bit_order_rewrites, UNPACK, 4) == [LOW_FIRST]
    sf = SourceFile.parse("m.py", LOW_FIRST)
    assert UNPACK in [new for _p, new, _d, _k in _scored_sources(sf, 4, "AssertionError")]


def test_it_does_not_fire_on_a_shift_by_anything_but_a_word_loop_index():
    fixed = LOW_FIRST.replace("(word >> k)", "(word >> 3)")
    assert _family(bit_order_rewrites, fixed, 4) == []
    sized = LOW_FIRST.replace("range(16)", "range(n)").replace("def unpack(word)", "def unpack(word, n)")
    assert _family(bit_order_rewrites, sized, 4) == []
    stepped = LOW_FIRST.replace("range(16)", "range(1, 16)")
    assert _family(bit_order_rewrites, stepped, 4) == []


def test_it_renames_only_the_member_so_a_compound_receiver_keeps_its_parentheses():
    # Round 55's review: the receiver's text was spliced without its parentheses, `(a + b).w` -> `a + b.h`.
    crossed = "def inside(a, b, v):\n    return (a + b).top <= v <= (a + b).top + (a + b).w\n"
    assert _family(axis_rewrites, crossed, 2) == [crossed.replace("(a + b).w", "(a + b).h")]


def test_it_does_not_read_a_name_rebound_inside_the_loop_as_the_loops_bit_index():
    # Round 55's review: a comprehension's or a lambda's own `k` is not the `range(16)` loop's index.
    rebound = LOW_FIRST.replace("(word >> k) & 1", "sum((word >> k) & 1 for k in range(4))")
    assert _family(bit_order_rewrites, rebound, 4) == []
    called = LOW_FIRST.replace("(word >> k) & 1", "(lambda k: word >> k)(3)")
    assert _family(bit_order_rewrites, called, 4) == []


def test_it_leaves_a_sum_of_two_origins_alone_a_diagonal_is_meant():
    # Round 55's review: `row + col` (an anti-diagonal) and `x + y` (a Manhattan radius) add two origins on
    # purpose; only an origin moved by the other axis's extent (`top + w`) is the slip.
    anti = "def on_anti(c, b):\n    return c.row + c.col == b.rows - 1\n"
    assert _family(axis_rewrites, anti, 2) == []
    radius = "def near(p, g):\n    return p.x + p.y <= g.width\n"
    assert _family(axis_rewrites, radius, 2) == []
