"""logic_wider's families on synthetic code (none of it from the development corpus)."""

from __future__ import annotations

from healer.engine.javascript.fixers.logic import goes_first, logic_candidates


def edits(text: str, line: int, path: str = "a.js") -> dict[str, str]:
    """description -> the edited line, for each candidate at `line`."""
    return {c.description: c.text.split("\n")[line - 1] for c in logic_candidates(text, path, line=line)}


def test_it_sorts_numbers_numerically_first():
    text = "export function top(scores) {\n  return scores.slice().sort().reverse();\n}\n"
    found = logic_candidates(text, "a.js", line=2)
    numeric = [
        c
        for c in found
        if c.text.split("\n")[1] == "  return scores.slice().sort((a, b) => a - b).reverse();"
    ]
    assert numeric and goes_first(numeric[0])


def test_it_leaves_a_sort_with_a_comparator_to_the_comparator_families():
    text = "export const byName = (xs) => xs.sort((a, b) => a.name.localeCompare(b.name));\n"
    assert not [d for d in edits(text, 1) if d.endswith(" as numbers")]


def test_it_counts_the_collection_derived_from_the_source():
    text = (
        "function share(orders) {\n"
        "  const paid = orders.filter((o) => o.paid);\n"
        "  return paid.reduce((s, o) => s + o.total, 0) / orders.length;\n"
        "}\n"
    )
    found = edits(text, 3)
    assert found["count paid, not orders"].endswith("/ paid.length;")
    derived = [c for c in logic_candidates(text, "a.js", line=3) if c.description == "count paid, not orders"]
    assert goes_first(derived[0])


def test_it_finds_a_flattened_member_collection_and_ignores_a_mapped_one():
    text = (
        "function stats(team) {\n"
        "  const games = team.rounds.flat();\n"
        "  const names = team.rounds.map((r) => r.name);\n"
        "  return team.rounds.length;\n"
        "}\n"
    )
    found = edits(text, 4)
    assert found["count games, not team.rounds"] == "  return games.length;"
    assert "count names, not team.rounds" not in found  # map keeps the count: no evidence


def test_it_tries_a_power_of_ten_one_zero_longer_and_shorter():
    text = "export const litres = (ml) => ml / 100;\n"
    found = edits(text, 1)
    assert found["use 1000 instead of 100"] == "export const litres = (ml) => ml / 1000;"
    assert found["use 10 instead of 100"] == "export const litres = (ml) => ml / 10;"


def test_it_wraps_a_whole_value_back_into_the_range_of_its_last_constant():
    text = "const TURN = 360;\nexport function heading(from, to) {\n  return to - from + TURN;\n}\n"
    found = edits(text, 3)
    assert found["wrap to - from + TURN back below TURN"] == "  return (to - from + TURN) % TURN;"


def test_it_does_not_wrap_a_term_inside_a_larger_expression_or_a_modulo():
    text = "export const f = (a, b, N) => Math.abs(a - b + N) * 2;\nexport const g = (a, N) => (a + N) % N - N;\n"
    assert not [d for d in edits(text, 1) if d.startswith("wrap ")]
    assert not [d for d in edits(text, 2) if d.startswith("wrap ")]


def test_it_counts_a_named_term_on_both_sides():
    text = "const GAP = 4;\nexport function outer(inner) {\n  return inner + GAP;\n}\n"
    assert edits(text, 3)["count GAP twice"] == "  return inner + 2 * GAP;"
