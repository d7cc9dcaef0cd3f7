"""The LOGIC fixer's sibling families (fixers/logic_siblings.py), each on a small program of its own."""

from __future__ import annotations

import pytest

from healer.engine.fixers.lineedit import SourceFile
from healer.engine.fixers.logic_siblings import sibling_rewrites
from healer.engine.fixers.logic_templates import applied
from tests.engine.test_logic_templates import _candidates

SIBLINGS = [
    # (id, buggy source, needle of the suspicious line, old text, fixed text, max rank)
    (
        "rewrite-order",
        """
        def unquote(text):
            for old, new in [('\\\\"', '"'), ("\\\\\\\\", "\\\\")]:
                text = text.replace(old, new)
            return text


        def quote(text):
            for old, new in [('"', '\\\\"'), ("\\\\", "\\\\\\\\")]:
                text = text.replace(old, new)
            return text
        """,
        "for old, new in [('\"'",
        """[('"', '\\\\"'), ("\\\\", "\\\\\\\\")]""",
        """[("\\\\", "\\\\\\\\"), ('"', '\\\\"')]""",
        3,
    ),
    (
        "in-place-add",
        """
        def index(pairs):
            seen = {}
            for key, tag in pairs:
                if key in seen:
                    seen[key] = {tag}
                else:
                    seen[key] = {tag}
            return seen
        """,
        "    seen[key] = {tag}",
        "    seen[key] = {tag}\n        else",
        "    seen[key].add(tag)\n        else",
        6,
    ),
    (
        "width-sibling",
        """
        import struct


        class Header:
            magic = struct.Struct(">I")
            size = struct.Struct(">H")

            def fields(self, np):
                return np.int64, np.int16, np.int32
        """,
        "return np.int64",
        "np.int64, np.int16",
        "np.int16, np.int16",
        8,
    ),
    (
        "keyed-pair",
        """
        HEADER = [("version", "B"), ("length", "I"), ("flags", "B")]
        TRAILER = [("checksum", "I"), ("length", "B")]
        """,
        "TRAILER",
        '("length", "B")',
        '("length", "I")',
        2,
    ),
]


@pytest.mark.parametrize(
    ("source", "needle", "old", "new", "max_rank"),
    [pytest.param(*case[1:], id=case[0]) for case in SIBLINGS],
)
def test_it_proposes_each_sibling_edit_early_enough(project, source, needle, old, new, max_rank):
    source, candidates = _candidates(project, source, needle)
    assert source.count(old) == 1
    expected = source.replace(old, new)
    ranks = [i for i, c in enumerate(candidates, start=1) if c.new_source == expected]
    assert ranks, [c.description for c in candidates[:60]]
    assert ranks[0] <= max_rank, [(c.description, c.priority) for c in candidates[: ranks[0]]]


def _rewrites(source: str, line: int) -> list[tuple[str, float, str]]:
    sf = SourceFile.parse("m.py", source)
    return [
        (rewrite.description, rewrite.prior, new) for rewrite, new in applied(sf, sibling_rewrites(sf, line))
    ]


def test_it_ranks_the_order_that_undoes_a_rewrite_conflict_first():
    # `&` escaped after `<`: the `&` step rewrites the `&lt;` the first step wrote. Only the order that
    # puts `&` ahead of every step that writes one gets the high prior.
    found = _rewrites('STEPS = [("<", "&lt;"), ("&", "&amp;"), ("x", "y")]\n', 1)
    high = [new for _, prior, new in found if prior > 0.5]
    assert high == ['STEPS = [("&", "&amp;"), ("<", "&lt;"), ("x", "y")]\n']
    assert len(found) <= 3 * 3


def test_it_leaves_neutral_and_scalar_sequences_at_a_low_prior():
    # Independent steps may be reordered, but nothing says so; a list of numbers is data, not steps.
    found = _rewrites('STEPS = [("a", "b"), ("c", "d")]\n', 1)
    assert found and all(prior < 0.5 for _, prior, _ in found)
    assert _rewrites("SIZES = [1, 2, 3]\n", 1) == []


def test_it_updates_in_place_only_an_entry_not_a_fresh_name():
    assert _rewrites("def f(tag):\n    tags = {tag}\n    return tags\n", 2) == []
    found = _rewrites("def f(box, tag):\n    box.items = [tag]\n", 2)
    assert [new for _, _, new in found] == ["def f(box, tag):\n    box.items.append(tag)\n"]


def test_it_offers_only_the_digit_siblings_the_module_uses():
    source = "import ctypes\nA = ctypes.c_int8\nB = ctypes.c_int64\nC = ctypes.c_char\n"
    found = [new.splitlines()[2] for _, _, new in _rewrites(source, 3)]
    assert found == ["B = ctypes.c_int8"]


def test_it_skips_a_key_paired_with_many_values():
    # `"name"` means something else in each table: no one value is its meaning.
    source = 'A = ("name", 1)\nB = ("name", 2)\nC = ("name", 3)\nD = ("name", 4)\nE = ("name", 5)\n'
    assert [d for d, _, _ in _rewrites(source, 5) if d.startswith("pair")] == []


def test_it_offers_the_separators_and_numbers_of_the_enclosing_function_nearest_first():
    source = (
        "def slug(words, width):\n"
        '    text = "-".join(words)\n'
        '    text = text.replace(" ", "_")\n'
        "    return text[:width] if width > 12 else text[:8]\n"
    )
    found = [d for d, _, _ in _rewrites(source, 3) if "as the function does" in d]
    assert found == ["use '-' instead of '_', as the function does elsewhere"]
    numbers = [new.splitlines()[3] for d, _, new in _rewrites(source, 4) if "as the function does" in d]
    # Each number given the other (12 and 8 are two apart: not the literal edits' one-off).
    assert sorted(numbers) == [
        "    return text[:width] if width > 12 else text[:12]",
        "    return text[:width] if width > 8 else text[:8]",
    ]
    assert _rewrites('SEP = "_"\nOTHER = "-"\n', 1) == []  # module level: no local context


def test_it_pairs_a_key_only_inside_a_table():
    # A returned status pair is not a table entry: `("ok", None)` elsewhere says nothing of this one.
    source = 'def f(r):\n    if r:\n        return ("ok", r)\n    return ("ok", None)\n'
    assert [d for d, _, _ in _rewrites(source, 3) if d.startswith("pair")] == []


def _named_orders(source: str) -> list[str]:
    """The reorders of line 1 raised by the names' conventional order (NAMED_ORDER_PRIOR)."""
    return [new for _, prior, new in _rewrites(source, 1) if prior >= 0.5]


def test_it_raises_the_swap_that_puts_start_before_stop() -> None:
    # A loop's bounds printed stop first: the two calls differ only in `stop`/`start`, so the names
    # themselves say the order (range's start, stop).
    source = 'out = ", ".join([self.visit(node.stop), self.visit(node.start)])\n'
    assert _named_orders(source) == ['out = ", ".join([self.visit(node.start), self.visit(node.stop)])\n']


def test_it_reads_the_order_from_one_part_of_a_longer_name() -> None:
    source = "span = (self.end_line, self.start_line)\n"
    assert _named_orders(source) == ["span = (self.start_line, self.end_line)\n"]


def test_it_leaves_elements_already_in_their_conventional_order() -> None:
    assert _named_orders("bounds = [f(node.start), f(node.stop)]\n") == []


def test_it_leaves_dates_and_coordinates_whose_order_is_not_a_convention() -> None:
    # (day, month) and (month, day) are both idiomatic keys; (y, x) is row-major: no name says the order.
    assert _named_orders("key = (solar.month, solar.day)\n") == []
    assert _named_orders("cell = (p.y, p.x)\n") == []


def test_it_leaves_elements_that_differ_in_more_than_the_ordered_name() -> None:
    # `g` and `f` differ too: the names do not pair the elements as one expression twice.
    assert _named_orders("pair = [g(node.stop), f(node.start)]\n") == []
