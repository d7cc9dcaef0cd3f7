"""The generic one-line search for runtime TypeErrors no family repairs (fixers/generic_search)."""

from __future__ import annotations

from healer.engine.javascript.classify import Repository
from healer.engine.javascript.fixers.dispatch import candidates_for
from healer.engine.javascript.fixers.generic_search import generic_candidates, search_lines
from healer.engine.javascript.fixers.logic import logic_candidates
from healer.engine.types import BugType, Failure

# Synthetic: a BigInt total of tickets divides a number (Cannot mix BigInt and other types).
RAFFLE = """const TICKETS = 5000n;

function chance(bought) {
  const share = Number(bought) / TICKETS;
  return share * 100;
}

module.exports = { chance };
"""

LEAGUE = """function leaders(points) {
  const best = points.sort((a, b) => b - a);
  return best.slice(0, 3);
}

module.exports = { leaders };
"""


def _line(text: str, line: int) -> str:
    return text.split("\n")[line - 1].strip()


def test_it_converts_the_bigint_operand_of_a_mixed_division():
    found = generic_candidates(RAFFLE, "lib/raffle.js", line=4)
    lines = [_line(c.text, 4) for c in found]
    assert "const share = Number(bought) / Number(TICKETS);" in lines


def test_it_marks_every_generic_edit_a_guard():
    found = generic_candidates(RAFFLE, "lib/raffle.js", line=4)
    assert found
    assert all(c.guard for c in found)


def test_it_searches_the_lines_that_assign_what_the_crash_line_reads():
    assert search_lines(RAFFLE, "lib/raffle.js", line=5) == [5, 4]


def test_it_bounds_the_search_per_failure():
    assert len(generic_candidates(RAFFLE, "lib/raffle.js", line=5, limit=4)) == 4


def test_it_reaches_the_conversion_through_the_dispatch_after_the_families():
    files = {"lib/raffle.js": RAFFLE}
    failure = Failure(
        bug_type=BugType.TYPE_ERROR,
        file="lib/raffle.js",
        line=4,
        message="TypeError: Cannot mix BigInt and other types, use explicit conversions",
        source="jest",
    )
    found = candidates_for(failure, repo=Repository(files=set(files), read=files.get))
    converted = [c for c in found if _line(c.text, 4) == "const share = Number(bought) / Number(TICKETS);"]
    assert converted and converted[0].guard


def test_it_leaves_tsc_diagnostics_to_the_families():
    files = {"lib/raffle.ts": RAFFLE}
    failure = Failure(
        bug_type=BugType.TYPE_ERROR,
        file="lib/raffle.ts",
        line=4,
        message="Operator '/' cannot be applied to types 'number' and 'bigint'.",
        source="tsc",
    )
    found = candidates_for(failure, repo=Repository(files=set(files), read=files.get))
    assert not any(c.description.startswith("convert ") for c in found)


def test_it_sorts_a_copy_when_the_sorted_result_is_kept():
    found = logic_candidates(LEAGUE, "lib/league.js", line=2)
    lines = [_line(c.text, 2) for c in found]
    assert "const best = [...points].sort((a, b) => b - a);" in lines


def test_it_does_not_copy_before_a_sort_called_for_its_effect():
    text = "function order(points) {\n  points.sort((a, b) => a - b);\n  return points;\n}\n"
    found = logic_candidates(text, "lib/order.js", line=2)
    assert not any("[...points]" in c.text for c in found)


def test_it_groups_a_fallback_before_the_operator_that_took_its_right_operand():
    text = "function bonus(table, key, double) {\n  return table[key] ?? 1 * (double ? 2 : 1);\n}\n"
    lines = [_line(c.text, 2) for c in logic_candidates(text, "lib/bonus.js", line=2)]
    assert "return (table[key] ?? 1) * (double ? 2 : 1);" in lines


def test_it_groups_a_shift_before_the_subtraction_that_took_its_operand():
    text = "function area(w, h, m) {\n  return w << h - m;\n}\n"
    lines = [_line(c.text, 2) for c in logic_candidates(text, "lib/area.js", line=2)]
    assert "return (w << h) - m;" in lines


def test_it_converts_only_the_operands_of_plus_where_the_file_has_no_bigint():
    text = "function total(a, b) {\n  const sum = a + b;\n  return sum / b;\n}\n"
    plus = [c.description for c in logic_candidates(text, "lib/total.js", line=2)]
    divided = [c.description for c in logic_candidates(text, "lib/total.js", line=3)]
    assert "convert b with Number()" in plus
    assert not any(d.startswith("convert ") for d in divided)
    assert not any("BigInt" in d for d in plus)


def test_it_does_not_regroup_a_sum_of_three_terms():
    text = "function total(a, b, c) {\n  return a + b + c;\n}\n"
    lines = [_line(c.text, 2) for c in logic_candidates(text, "lib/sum.js", line=2)]
    assert "return a + (b + c);" not in lines


def test_it_awaits_the_elements_of_a_loop_inside_an_async_function():
    text = "async function total(ticks) {\n  let sum = 0;\n  for (const t of ticks()) {\n    sum += t;\n  }\n  return sum;\n}\n"
    lines = [_line(c.text, 3) for c in logic_candidates(text, "lib/ticks.js", line=3)]
    assert "for await (const t of ticks()) {" in lines


def test_it_does_not_await_a_loop_outside_an_async_function():
    text = "function total(ticks) {\n  for (const t of ticks) {\n    use(t);\n  }\n}\n"
    assert not any("for await" in c.text for c in logic_candidates(text, "lib/ticks.js", line=2))
