"""The LOGIC fixer's context families (fixers/logic_context.py), each on a small program of its own."""

from __future__ import annotations

import textwrap

import pytest

from healer.engine.fixers.lineedit import SourceFile
from healer.engine.fixers.logic_context import context_rewrites
from healer.engine.fixers.logic_templates import applied
from tests.engine.test_logic_templates import _candidates

CONTEXT = [
    # (id, buggy source, needle of the suspicious line, old text, fixed text, max rank)
    (
        "sibling-field-same-wrapper",
        """
        def weight(order):
            total = len(order.items) + bool(order.gift_wrap)
            if order.express:
                total += bool(order.insured) + len(order.items)
            return total
        """,
        "total = len",
        "bool(order.gift_wrap)",
        "bool(order.insured)",
        6,
    ),
    (
        "radix-through-a-name",
        """
        def parse_code(text):
            if text.startswith("0o"):
                digits, radix = text[2:], 8
            else:
                digits, radix = text, 8
            return int(digits, radix)
        """,
        "digits, radix = text, 8",
        "digits, radix = text, 8",
        "digits, radix = text, 10",
        4,
    ),
    (
        "singleton-clause-chained",
        """
        def render(groups, layouts):
            out = []
            for g in groups:
                out.append(show(g[0]) if len(layouts) == len(g) else show_all(g))
            return out
        """,
        "out.append",
        "len(layouts) == len(g)",
        "len(layouts) == len(g) == 1",
        6,
    ),
]


@pytest.mark.parametrize(
    ("source", "needle", "old", "new", "max_rank"),
    [pytest.param(*case[1:], id=case[0]) for case in CONTEXT],
)
def test_it_proposes_each_context_edit_early_enough(project, source, needle, old, new, max_rank):
    source, candidates = _candidates(project, source, needle)
    assert source.count(old) == 1
    expected = source.replace(old, new)
    ranks = [i for i, c in enumerate(candidates, start=1) if c.new_source == expected]
    assert ranks, [c.description for c in candidates[:60]]
    assert ranks[0] <= max_rank, [(c.description, c.priority) for c in candidates[: ranks[0]]]


def _rewritten(source: str, needle: str) -> list[str]:
    source = textwrap.dedent(source).lstrip("\n")
    line = next(i for i, text in enumerate(source.splitlines(), start=1) if needle in text)
    sf = SourceFile.parse("m.py", source)
    return [new for _, new in applied(sf, context_rewrites(sf, line))]


def test_it_reads_only_fields_the_module_reads_on_that_receiver():
    # `.size` is read on another receiver only and `.close()` is a method: no field edit can come from them.
    news = _rewritten(
        """
        def f(box, other):
            other.close()
            return len(box.items) + other.size
        """,
        "return len",
    )
    assert all("box.size" not in new and "box.close" not in new for new in news)
    assert all(
        "self." not in new for new in _rewritten("def f(self):\n    return self.a + self.b\n", "return")
    )


def test_it_gives_no_other_radix_to_a_number_int_never_reads_as_a_base():
    news = _rewritten(
        """
        def f(text):
            width, pad = text, 16
            return int(text) + pad
        """,
        "width, pad",
    )
    assert news == []


def test_it_adds_the_singleton_clause_with_and_when_the_test_is_not_about_the_length():
    news = _rewritten(
        """
        def f(xs, flat):
            return xs[0] if flat else list(xs)
        """,
        "return",
    )
    assert any("return xs[0] if flat and len(xs) == 1 else list(xs)" in new for new in news)


def test_it_asks_for_no_singleton_clause_when_the_other_branch_does_not_use_the_sequence():
    news = _rewritten(
        """
        def f(xs, flat):
            return xs[0] if flat else None
        """,
        "return",
    )
    assert news == []


def test_it_never_offers_the_discard_name_as_a_wrong_variable(project):
    # `_` holds the part the code chose to drop: unread by design, not an unread value a slip left behind.
    _, candidates = _candidates(
        project,
        """
        def setting(line):
            key, _, value = line.partition("=")
            return key.strip() + value
        """,
        "return key",
    )
    described = [c.description for c in candidates]
    assert described and not any("use _ instead" in d for d in described), described
    assert any("use value instead of key" in d for d in described), described
