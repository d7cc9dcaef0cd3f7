"""logic_library's families on synthetic code (none of it from the development corpus)."""

from __future__ import annotations

from healer.engine.javascript.fixers import logic
from healer.engine.javascript.fixers import logic_library as library
from healer.engine.javascript.fixers.logic import contract_candidates, goes_first, logic_candidates


def lines(text: str, line: int, path: str = "a.js") -> dict[str, object]:
    """edited line -> its candidate, for each candidate at `line`."""
    return {c.text.split("\n")[line - 1]: c for c in logic_candidates(text, path, line=line)}


def test_it_spreads_the_values_into_a_variadic_reducer():
    text = "export function tallest(heights) {\n  return heights.reduce(Math.max);\n}\n"
    found = lines(text, 2)
    assert goes_first(found["  return Math.max(...heights);"])
    assert goes_first(found["  return heights.reduce((a, b) => Math.max(a, b));"])


def test_it_keeps_a_reducer_start_in_front_of_the_spread():
    text = "export const low = (xs) => xs.reduce(Math.min, 100);\n"
    assert "export const low = (xs) => Math.min(100, ...xs);" in lines(text, 1)


def test_it_wraps_a_variadic_callback_to_the_element():
    text = "export const codes = (xs) => xs.map(String.fromCharCode);\n"
    assert "export const codes = (xs) => xs.map((value) => String.fromCharCode(value));" in lines(text, 1)


def test_it_leaves_a_reducer_given_its_own_callback_alone():
    text = "export const total = (xs) => xs.reduce((a, b) => a + b, 0);\n"
    assert not [c for c in logic_candidates(text, "a.js", line=1) if "..." in c.text]


def test_it_floors_an_empty_spread_at_zero_and_guards_it():
    text = "export function longest(gaps) {\n  return Math.max(...gaps);\n}\n"
    found = lines(text, 2)
    assert "  return Math.max(0, ...gaps);" in found
    assert "  return (gaps.length ? Math.max(...gaps) : 0);" in found
    assert not goes_first(found["  return Math.max(0, ...gaps);"])


def test_it_encodes_a_query_value_as_a_component_first():
    text = "export const link = (q) => `/find?term=${encodeURI(q)}`;\n"
    fixed = lines(text, 1)["export const link = (q) => `/find?term=${encodeURIComponent(q)}`;"]
    assert goes_first(fixed)


def test_it_offers_a_plain_sibling_function_as_an_ordinary_edit():
    text = "export const path = (p) => `/files/${encodeURI(p)}`;\n"
    fixed = lines(text, 1)["export const path = (p) => `/files/${encodeURIComponent(p)}`;"]
    assert not goes_first(fixed)


def test_it_tries_the_sibling_the_file_already_calls_first():
    text = (
        "export const a = (x) => Number.isInteger(x);\nexport const b = (y) => Number.isFinite(y) && y > 0;\n"
    )
    names = [
        c.description for c in logic_candidates(text, "a.js", line=1) if c.description.startswith("call ")
    ]
    assert names.index("call Number.isFinite, not Number.isInteger") < names.index(
        "call Number.isSafeInteger, not Number.isInteger"
    )


def test_it_turns_a_string_search_into_index_of_one_way_only():
    text = "export const at = (s, t) => s.search(t);\nexport const where = (xs, x) => xs.indexOf(x);\n"
    assert "export const at = (s, t) => s.indexOf(t);" in lines(text, 1)
    assert not [k for k in lines(text, 2) if ".search(" in k]


def test_it_gives_join_the_separator_the_file_uses():
    text = "export const a = (xs) => xs.join(' / ');\nexport const b = (ys) => ys.join();\n"
    found = [
        c.text.split("\n")[1] for c in logic_candidates(text, "a.js", line=2) if "join with" in c.description
    ]
    assert found[:2] == ["export const b = (ys) => ys.join(' / ');", "export const b = (ys) => ys.join(' ');"]


def test_it_compares_digits_as_numbers_in_the_files_locale():
    text = (
        "export const when = (d) => d.toLocaleDateString('en-GB');\n"
        "export const byName = (xs) => xs.sort((a, b) => a.localeCompare(b));\n"
    )
    found = [
        c.text.split("\n")[1]
        for c in logic_candidates(text, "a.ts", line=2)
        if "localeCompare" in c.description
    ]
    assert (
        found[0]
        == "export const byName = (xs) => xs.sort((a, b) => a.localeCompare(b, 'en-GB', { numeric: true }));"
    )
    assert (
        "export const byName = (xs) => xs.sort((a, b) => a.localeCompare(b, undefined, { numeric: true }));"
        in found
    )


def test_it_keeps_two_decimals_where_to_fixed_has_none():
    text = "export const price = (p) => p.toFixed();\n"
    assert "export const price = (p) => p.toFixed(2);" in lines(text, 1)


def test_it_defaults_a_null_argument_of_a_rounding():
    text = "export function hours(h) {\n  return Math.ceil(h.spent);\n}\n"
    found = lines(text, 2)
    assert "  return Math.ceil(h.spent ?? 1);" in found
    assert "  return Math.ceil(h.spent ?? 0);" in found


def test_it_counts_a_negated_end_from_the_start():
    text = "export function cut(s, n) {\n  return s.slice(0, -n);\n}\n"
    assert "  return s.slice(0, s.length - n);" in lines(text, 2)


def test_it_leaves_a_negative_literal_end_alone():
    text = "export function cut(s) {\n  return s.slice(0, -2);\n}\n"
    assert "  return s.slice(0, s.length - 2);" not in lines(text, 2)


def test_it_appends_a_pair_to_a_concat_as_one_entry():
    text = "export function pairs(rows, out) {\n  for (const r of rows) out = out.concat([r.k, r.v]);\n  return out;\n}\n"
    assert "  for (const r of rows) out = out.concat([[r.k, r.v]]);" in lines(text, 2)


def test_it_checks_a_number_is_finite_not_its_type():
    text = "export function read(v) {\n  if (typeof v !== 'number') throw new Error('bad');\n  return v;\n}\n"
    found = lines(text, 2)
    assert "  if (!Number.isFinite(v)) throw new Error('bad');" in found
    text = "export const ok = (v) => 'number' === typeof v;\n"
    assert "export const ok = (v) => Number.isFinite(v);" in lines(text, 1)


def test_it_narrows_a_range_across_the_cases_from_any_line_of_the_module():
    text = "const CODE = /^[A-z]{3}$/;\n\nexport function valid(code) {\n  return CODE.test(code);\n}\n"
    found = lines(text, 1)
    assert goes_first(found["const CODE = /^[A-Z]{3}$/;"])
    assert "const CODE = /^[A-Za-z]{3}$/;" in found
    # Module-level: the spectrum cannot rank it, so it is a contract edit of the whole file.
    assert "const CODE = /^[A-Z]{3}$/;" in [c.text.split("\n")[0] for c in contract_candidates(text, "a.js")]


def test_it_lets_the_older_families_go_before_the_ordinary_library_edits(monkeypatch):
    text = "export function spent(h, a, b) {\n  return Math.ceil(h) + (a < b ? 1 : 0);\n}\n"

    def order() -> list[str]:
        return [c.description for c in logic_candidates(text, "a.js", line=2)]

    second_rounding = "call 'round' instead of 'ceil', rounding the other way"
    late = order()
    first_library = next(i for i, d in enumerate(late) if d.endswith(library.NULLISH))
    # The rounding family's second edit (its second round) goes before any ordinary library edit...
    assert late.index(second_rounding) < first_library
    # ...which, joining from the first round, would have gone before it.
    monkeypatch.setattr(logic, "LIBRARY_DELAY", 0)
    early = order()
    assert next(i for i, d in enumerate(early) if d.endswith(library.NULLISH)) < early.index(second_rounding)


def test_it_marks_only_the_contract_edits_as_contract_fixes():
    assert library.is_contract_fix("call Math.max on the elements" + library.PASSES_INDEX)
    assert not library.is_contract_fix("count a missing x as 1" + library.NULLISH)


def test_it_counts_from_the_start_first_where_the_operand_is_clamped_at_zero():
    text = (
        "export function fit(label, room) {\n"
        "  const spare = Math.max(0, label.length - room);\n"
        "  return label.slice(0, -spare);\n"
        "}\n"
    )
    fixed = lines(text, 3)["  return label.slice(0, label.length - spare);"]
    assert goes_first(fixed)
    plain = "export function fit(label, spare) {\n  return label.slice(0, -spare);\n}\n"
    assert not goes_first(lines(plain, 2)["  return label.slice(0, label.length - spare);"])


def test_it_gives_a_null_argument_its_parameters_default_first():
    text = "export function fee(days = 2) {\n  return 5 * Math.ceil(days);\n}\n"
    found = [
        c
        for c in logic_candidates(text, "a.js", line=2)
        if c.description.endswith(library.DEFAULT_SKIPS_NULL)
    ]
    assert [c.text.split("\n")[1] for c in found] == ["  return 5 * Math.ceil(days ?? 2);"]
    assert goes_first(found[0])
    typed = "export function fee(days: number | null = 2): number {\n  return 5 * Math.ceil(days);\n}\n"
    assert goes_first(lines(typed, 2, "a.ts")["  return 5 * Math.ceil(days ?? 2);"])


def test_it_checks_finiteness_first_where_the_value_was_converted():
    text = (
        "export const parse = (s) => ({ depth: Number(s) });\n"
        "export function check(r) {\n"
        "  if (typeof r.depth !== 'number') throw new Error(s);\n"
        "}\n"
    )
    assert goes_first(lines(text, 3)["  if (!Number.isFinite(r.depth)) throw new Error(s);"])
    # A key the file also gives a value of another kind is no evidence.
    mixed = text.replace("export function", "export const other = { depth: 'deep' };\nexport function")
    assert not goes_first(lines(mixed, 4)["  if (!Number.isFinite(r.depth)) throw new Error(s);"])


def test_it_reaches_an_evidenced_edit_from_any_line_of_the_module():
    text = "export function fee(days = 2) {\n  return 5 * Math.ceil(days);\n}\n"
    wide = [c.text.split("\n")[1] for c in contract_candidates(text, "a.js")]
    assert wide == ["  return 5 * Math.ceil(days ?? 2);"]


def test_it_splits_at_whitespace_where_split_has_no_separator():
    text = "export const words = (s) => s.trim().split();\n"
    found = [
        c.text.split("\n")[0] for c in logic_candidates(text, "a.js", line=1) if "split at" in c.description
    ]
    assert found[0] == "export const words = (s) => s.trim().split(/\\s+/);"
    assert "export const words = (s) => s.trim().split(' ');" in found


def test_it_replaces_every_occurrence_of_a_string_pattern():
    text = "export const spaces = (s) => s.replace('+', ' ');\n"
    assert "export const spaces = (s) => s.replace(/\\+/g, ' ');" in lines(text, 1)


def test_it_leaves_the_missing_parts_out_of_a_joined_array_literal():
    text = "export const full = (p) => [p.first, p.middle, p.last].join(' ');\n"
    found = lines(text, 1)
    assert (
        "export const full = (p) => [p.first, p.middle, p.last].filter((part) => part !== undefined).join(' ');"
        in found
    )
    assert "export const full = (p) => [p.first, p.middle, p.last].filter(Boolean).join(' ');" in found
    joined = "export const full = (parts) => parts.join(' ');\n"
    assert not [k for k in lines(joined, 1) if ".filter(" in k]


def test_it_tells_an_array_by_is_array_not_typeof():
    text = "export const many = (x) => (typeof x === 'object' ? [x] : x);\n"
    found = lines(text, 1)
    assert "export const many = (x) => (Array.isArray(x) ? x : [x]);" in found
    assert "export const many = (x) => (!Array.isArray(x) ? [x] : x);" in found


def test_it_asks_for_one_element_before_every():
    text = "export function free(slots) {\n  return slots.every((s) => !s.taken);\n}\n"
    assert "  return slots.length > 0 && slots.every((s) => !s.taken);" in lines(text, 2)


def test_it_lets_the_given_values_override_the_defaults():
    text = "export const settings = (given) => ({ ...given, ...DEFAULTS });\n"
    assert "export const settings = (given) => ({ ...DEFAULTS, ...given });" in lines(text, 1)


def test_it_truncates_without_wrapping_at_32_bits():
    text = "export const score = (p, m) => (p * m) | 0;\n"
    assert "export const score = (p, m) => Math.trunc(p * m);" in lines(text, 1)


def test_it_builds_a_sized_array_with_array_from_first():
    text = "export const rows = (n) => new Array(n).map((_, i) => i * 2);\n"
    fixed = lines(text, 1)["export const rows = (n) => Array.from({ length: n }, (_, i) => i * 2);"]
    assert goes_first(fixed)


def test_it_escapes_a_dot_meant_as_itself_and_stops_a_greedy_run():
    text = "export const CODE = /^([A-Z]).(\\d+)$/;\nexport const bare = (s) => s.replace(/\\s*\\(.*\\)/g, '');\n"
    assert "export const CODE = /^([A-Z])\\.(\\d+)$/;" in lines(text, 1)
    assert "export const bare = (s) => s.replace(/\\s*\\([^)]*\\)/g, '');" in lines(text, 2)
    # A dot inside a character class is a dot already; a quantified dot is meant as any character.
    plain = "export const ANY = /^[a.b]x.*$/;\n"
    assert not [k for k in lines(plain, 1) if "\\." in k]
