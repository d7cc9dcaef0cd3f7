"""The LOGIC fixer's mapping-traversal family (fixers/logic_mappings.py), on small programs of its own."""

from __future__ import annotations

from healer.engine.fixers.lineedit import SourceFile
from healer.engine.fixers.logic_mappings import mapping_rewrites
from healer.engine.fixers.logic_templates import applied
from tests.engine.test_logic_templates import _candidates


def _new_sources(source: str, line: int) -> list[str]:
    sf = SourceFile.parse("m.py", source)
    return [new for _rewrite, new in applied(sf, mapping_rewrites(sf, line))]


def test_it_visits_a_mappings_values_where_the_branch_knows_it_is_one(project):
    # Only the keys of a dict are checked: a dict with a negative value is taken as valid.
    source, candidates = _candidates(
        project,
        """
        def all_positive(data):
            if isinstance(data, dict):
                return all(v > 0 for v in data)
            return all(v > 0 for v in data)
        """,
        "return all(v > 0 for v in data)",  # the first one: the dict branch
    )
    expected = source.replace(
        "    if isinstance(data, dict):\n        return all(v > 0 for v in data)",
        "    if isinstance(data, dict):\n        return all(v > 0 for v in data.values())",
    )
    ranks = [i for i, c in enumerate(candidates, start=1) if c.new_source == expected]
    assert ranks and ranks[0] <= 8, [c.description for c in candidates[:20]]


def test_it_reads_the_type_alias_and_replaces_a_whole_iter_call():
    source = (
        "def walk(x):\n"
        "    kind = type(x)\n"
        "    if kind in (dict, list):\n"
        "        items = iter(x)\n"
        "    return items\n"
    )
    found = _new_sources(source, 4)
    assert source.replace("iter(x)", "x.values()") in found
    assert source.replace("iter(x)", "(v for pair in x.items() for v in pair)") in found


def test_it_leaves_a_traversal_no_branch_marks_as_a_mapping_alone():
    source = "def walk(x, y):\n    if isinstance(y, dict):\n        return list(x)\n    return sorted(x)\n"
    assert _new_sources(source, 3) == []
    assert _new_sources(source, 4) == []
