"""The LOGIC fixer's call family (fixers/logic_calls.py): argument propagation and argument removal."""

from __future__ import annotations

from healer.engine.fixers.lineedit import SourceFile
from healer.engine.fixers.logic_calls import call_rewrites
from healer.engine.fixers.logic_templates import applied
from tests.engine.test_logic_templates import _candidates


def _new_sources(source: str, line: int) -> list[str]:
    sf = SourceFile.parse("m.py", source)
    return [new for _rewrite, new in applied(sf, call_rewrites(sf, line))]


def test_it_passes_a_joined_list_on_as_the_list():
    source = "def send(request, ids):\n    request.params['ids'] = ','.join(ids)\n    return request\n"
    assert source.replace("','.join(ids)", "ids") in _new_sources(source, 2)


def test_it_drops_a_literal_last_argument_where_the_default_was_meant():
    source = "def top(counter, options):\n    return counter.most_common(options.get('n', 1))\n"
    new = _new_sources(source, 2)
    assert source.replace("options.get('n', 1)", "options.get('n')") in new
    # The outer call's only argument is not a literal: nothing else is dropped.
    assert all("most_common()" not in text for text in new)


def test_it_drops_a_literal_keyword_and_keeps_the_rest():
    source = "def parts(text):\n    return text.split(',', maxsplit=1)\n"
    assert source.replace(", maxsplit=1", "") in _new_sources(source, 2)


def test_it_leaves_calls_of_another_kind_and_dropped_results_alone():
    # len() gives a count, not its argument; a call on a line of its own has no result to pass on;
    # a single argument is never dropped.
    source = (
        "def f(items, out, key, other):\n"
        "    n = len(items)\n"
        "    out.append(items)\n"
        "    return sorted(items, key=key), out.get(key, other)\n"
    )
    assert _new_sources(source, 2) == []
    assert _new_sources(source, 3) == []
    # Calls of several arguments are not propagated; a last argument that is not a literal is never dropped.
    assert _new_sources(source, 4) == []
    # One argument is: `int(a)` -> `a`.
    assert _new_sources(source.replace("n = len(items)", "n = int(items)"), 2) == [
        source.replace("n = len(items)", "n = items")
    ]


def test_it_parenthesises_an_argument_that_is_not_a_primary():
    source = "def f(a, b):\n    return int(a + b) * 2\n"
    assert source.replace("int(a + b)", "(a + b)") in _new_sources(source, 2)


def test_the_fixer_ranks_the_dropped_default_among_its_first_candidates(project):
    source, candidates = _candidates(
        project,
        """
        from collections import Counter


        def top_n(values, options):
            return dict(Counter(values).most_common(options.get('n', 1)))
        """,
        "most_common",
    )
    expected = source.replace("options.get('n', 1)", "options.get('n')")
    ranks = [i for i, c in enumerate(candidates, start=1) if c.new_source == expected]
    assert ranks and ranks[0] <= 15, [c.description for c in candidates[:20]]


def test_it_keeps_a_positional_string_the_callee_needs():
    # `replace("_", "-")` without its new text is a TypeError, not another behaviour.
    source = 'def alt(k):\n    return k.replace("_", "-")\n'
    assert _new_sources(source, 2) == []
