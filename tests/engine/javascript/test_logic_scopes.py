"""logic_scopes' families on synthetic code (none of it from the development corpus)."""

from __future__ import annotations

from healer.engine.javascript.fixers.logic import contract_candidates, goes_first, logic_candidates


def edited(text: str, line: int, path: str = "a.js") -> list[tuple[str, bool]]:
    """(the edited line, goes first) for each candidate at `line`, in the order generated."""
    return [(c.text.split("\n")[line - 1], goes_first(c)) for c in logic_candidates(text, path, line=line)]


def lines(text: str, line: int, path: str = "a.js") -> list[str]:
    return [new for new, _ in edited(text, line, path)]


SHADOW = (
    "export function longest(words) {\n"
    "  let best = '';\n"
    "  for (const word of words) {\n"
    "    if (word.length > best.length) {\n"
    "      let best = word;\n"
    "    }\n"
    "  }\n"
    "  return best;\n"
    "}\n"
)


def test_it_assigns_the_outer_variable_a_dead_inner_declaration_shadows():
    assert ("      best = word;", True) in edited(SHADOW, 5)


def test_it_keeps_an_inner_declaration_that_is_read():
    text = SHADOW.replace("      let best = word;\n", "      let best = word;\n      console.log(best);\n")
    assert "      best = word;" not in lines(text, 5)


def test_it_keeps_a_declaration_that_shadows_nothing():
    text = SHADOW.replace("  let best = '';\n", "  const seen = '';\n").replace("best.length", "seen.length")
    assert "      best = word;" not in lines(text, 5)


def test_it_reaches_the_shadowing_declaration_file_wide():
    assert any(c.text.split("\n")[4] == "      best = word;" for c in contract_candidates(SHADOW, "a.js"))


def test_it_rounds_a_quotient_used_as_an_index_down():
    text = "export function middle(xs) {\n  const mid = xs.length / 2;\n  return xs[mid];\n}\n"
    assert ("  const mid = Math.floor(xs.length / 2);", True) in edited(text, 2)


def test_it_leaves_a_quotient_never_used_as_an_index():
    text = "export function half(xs) {\n  const mid = xs.length / 2;\n  return mid;\n}\n"
    assert not [line for line in lines(text, 2) if "Math.floor" in line]


def test_it_converts_a_switch_value_to_its_case_labels_type():
    text = "export function grade(n) {\n  switch (n) {\n    case 1: return 'a';\n    default: return 'b';\n  }\n}\n"
    assert ("  switch (Number(n)) {", False) in edited(text, 2)
    strings = text.replace("case 1:", "case '1':")
    assert "  switch (String(n)) {" in lines(strings, 2)


def test_it_starts_a_maximum_below_every_number():
    text = "export function top(xs) {\n  let m = Number.MIN_VALUE;\n  for (const x of xs) m = Math.max(m, x);\n  return m;\n}\n"
    assert ("  let m = -Infinity;", True) in edited(text, 2)


def test_it_moves_an_update_whose_value_is_used():
    text = "export class Counter {\n  n = 0;\n  next() {\n    return this.n++;\n  }\n}\n"
    assert ("    return ++this.n;", False) in edited(text, 4)


def test_it_leaves_an_update_whose_value_is_discarded():
    text = "export function bump(c) {\n  c.n++;\n  return c;\n}\n"
    assert "  ++c.n;" not in lines(text, 2)


def test_it_splits_at_runs_of_white_space():
    text = "export const words = (s) => s.split(' ');\n"
    assert "export const words = (s) => s.split(/\\s+/);" in lines(text, 1)


def test_it_rounds_a_result_as_the_file_rounds_its_neighbours():
    text = (
        "const round2 = (x) => Math.round(x * 100) / 100;\n"
        "export function split(total, share) {\n"
        "  const mine = round2(total * share);\n"
        "  return { mine, theirs: total - mine };\n"
        "}\n"
    )
    assert "  return { mine, theirs: round2(total - mine) };" in lines(text, 4)


def test_it_reads_a_timestamp_as_unix_seconds():
    text = "export const day = (row) => new Date(row.createdAt).toISOString();\n"
    assert "export const day = (row) => new Date(row.createdAt * 1000).toISOString();" in lines(text, 1)
    millis = text.replace("createdAt", "createdAtMs")
    assert not [line for line in lines(millis, 1) if "* 1000" in line]
