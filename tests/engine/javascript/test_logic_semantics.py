"""logic_semantics' families on synthetic code (none of it from the development corpus)."""

from __future__ import annotations

from healer.engine.javascript.classify import Repository
from healer.engine.javascript.fixers.dispatch import candidates_for
from healer.engine.javascript.fixers.logic import (
    contract_candidates,
    goes_first,
    imported_contract_candidates,
    logic_candidates,
)
from healer.engine.types import BugType, Failure


def edited(text: str, line: int, path: str = "a.js") -> list[tuple[str, bool]]:
    """(the edited line, goes first) for each candidate at `line`, in the order generated."""
    found = logic_candidates(text, path, line=line)
    return [(c.text.split("\n")[line - 1], goes_first(c)) for c in found]


def lines(text: str, line: int, path: str = "a.js") -> list[str]:
    return [new for new, _ in edited(text, line, path)]


# --- % keeps the dividend's sign


def test_it_wraps_a_possibly_negative_remainder_used_as_an_index():
    text = "export function seatAfter(seats, i, step) {\n  return seats[(i + step) % seats.length];\n}\n"
    assert "  return seats[(((i + step) % seats.length) + seats.length) % seats.length];" in lines(text, 2)


def test_it_leaves_a_remainder_that_is_not_an_index_alone():
    text = "export const odd = (n) => n % 2 === 1;\n"
    assert not [line for line in lines(text, 1) if "+ 2) % 2" in line]


# --- operator precedence


def test_it_groups_the_or_that_and_splits():
    text = "export const open = (member, day, late) => member && day === 'Sat' || late;\n"
    assert "export const open = (member, day, late) => member && (day === 'Sat' || late);" in lines(text, 1)


def test_it_groups_an_or_before_an_and():
    text = "export const ok = (a, b, c) => a || b && c;\n"
    assert "export const ok = (a, b, c) => (a || b) && c;" in lines(text, 1)


def test_it_groups_a_bitwise_and_before_an_equality():
    text = "export const hasFlag = (mask, flag) => mask & flag === flag;\n"
    assert "export const hasFlag = (mask, flag) => (mask & flag) === flag;" in lines(text, 1)


# --- substring / slice / substr


def test_it_reads_a_literal_length_as_an_end_first():
    text = "export const month = (stamp) => stamp.substring(5, 2);\n"
    found = edited(text, 1)
    assert found[0] == ("export const month = (stamp) => stamp.substring(5, 7);", True)


def test_it_offers_start_plus_length_for_a_named_length():
    text = "export const field = (row, at, width) => row.slice(at, width).trim();\n"
    found = edited(text, 1)
    assert ("export const field = (row, at, width) => row.slice(at, at + width).trim();", False) in found


def test_it_reads_substr_s_second_argument_as_an_end():
    text = "export const part = (s, from, to) => s.substr(from, to);\n"
    assert "export const part = (s, from, to) => s.substring(from, to);" in lines(text, 1)


def test_it_leaves_a_slice_from_zero_alone():
    text = "export const head = (s, n) => s.slice(0, n);\n"
    assert not [line for line in lines(text, 1) if "0 + n" in line]


# --- for...in over an array


def test_it_counts_an_array_s_indices_as_numbers():
    text = (
        "export function numbered(items) {\n"
        "  const sorted = items.slice().sort();\n"
        "  const out = [];\n"
        "  for (const k in sorted) {\n"
        "    out.push(`${k + 1}) ${sorted[k]}`);\n"
        "  }\n"
        "  return out;\n"
        "}\n"
    )
    found = edited(text, 4)
    assert found[0] == ("  for (let k = 0; k < sorted.length; k += 1) {", True)


def test_it_leaves_for_in_over_an_object_alone():
    text = "const LIMITS = { low: 1 };\nexport function keys() {\n  for (const k in LIMITS) console.log(k + 1);\n}\n"
    assert not [line for line in lines(text, 3) if "LIMITS.length" in line]


# --- one-shot iterators


def test_it_collects_a_generator_traversed_twice():
    text = (
        "function* evens(xs) {\n"
        "  for (const x of xs) if (x % 2 === 0) yield x;\n"
        "}\n"
        "export function summary(xs) {\n"
        "  const found = evens(xs);\n"
        "  const count = [...found].length;\n"
        "  return { count, all: Array.from(found) };\n"
        "}\n"
    )
    found = edited(text, 5)
    assert found[0] == ("  const found = [...evens(xs)];", True)


def test_it_collects_a_map_s_keys_traversed_twice():
    text = (
        "export function names(index) {\n"
        "  const keys = index.keys();\n"
        "  for (const k of keys) console.log(k);\n"
        "  return new Set(keys);\n"
        "}\n"
    )
    assert edited(text, 2)[0] == ("  const keys = [...index.keys()];", True)


def test_it_leaves_an_iterator_traversed_once_alone():
    text = "export function first(m) {\n  const keys = m.keys();\n  return [...keys][0];\n}\n"
    assert not [line for line in lines(text, 2) if "[...m.keys()]" in line]


# --- accumulators started at the identity


def test_it_starts_a_running_minimum_at_infinity():
    text = (
        "export function cheapest(prices) {\n"
        "  let low = 0;\n"
        "  for (const p of prices) {\n"
        "    if (p < low) low = p;\n"
        "  }\n"
        "  return low;\n"
        "}\n"
    )
    assert "  let low = Infinity;" in lines(text, 2)


def test_it_starts_a_math_max_accumulator_at_minus_infinity():
    text = (
        "export function peak(xs) {\n"
        "  let top = 0;\n"
        "  for (const x of xs) top = Math.max(top, x);\n"
        "  return top;\n"
        "}\n"
    )
    assert "  let top = -Infinity;" in lines(text, 2)


def test_it_starts_a_product_at_one():
    text = "export function product(xs) {\n  let p = 0;\n  for (const x of xs) p *= x;\n  return p;\n}\n"
    assert "  let p = 1;" in lines(text, 2)


def test_it_starts_a_min_reduce_at_infinity():
    text = "export const lowest = (xs) => xs.reduce((m, x) => Math.min(m, x), 0);\n"
    assert "export const lowest = (xs) => xs.reduce((m, x) => Math.min(m, x), Infinity);" in lines(text, 1)


def test_it_leaves_a_sum_started_at_zero_alone():
    text = "export function total(xs) {\n  let s = 0;\n  for (const x of xs) s += x;\n  return s;\n}\n"
    found = logic_candidates(text, "a.js", line=2)
    assert not [c for c in found if "identity of its operation" in c.description]


# --- promises used as values


def test_it_awaits_every_promise_a_map_makes():
    text = (
        "async function sizeOf(url) {\n"
        "  return (await fetch(url)).headers.get('content-length');\n"
        "}\n"
        "export async function totalSize(urls) {\n"
        "  const sizes = urls.map((u) => sizeOf(u));\n"
        "  return sizes.reduce((a, b) => a + Number(b), 0);\n"
        "}\n"
    )
    found = edited(text, 5)
    assert found[0] == ("  const sizes = await Promise.all(urls.map((u) => sizeOf(u)));", True)


def test_it_leaves_a_map_already_given_to_promise_all_alone():
    text = (
        "const later = (x) => new Promise((done) => setTimeout(() => done(x), 1));\n"
        "export async function all(xs) {\n"
        "  return Promise.all(xs.map((x) => later(x)));\n"
        "}\n"
    )
    found = logic_candidates(text, "a.js", line=3)
    assert not [c for c in found if c.description.startswith("wait for every promise")]


def test_it_leaves_a_map_of_plain_values_alone():
    text = "export async function doubled(xs) {\n  const ys = xs.map((x) => x * 2);\n  return ys;\n}\n"
    assert not [line for line in lines(text, 2) if "Promise.all" in line]


# --- object keys compared by identity


def test_it_keys_a_map_by_a_date_s_time_value():
    text = (
        "const seen = new Map();\nexport function mark(y, m, d) {\n  seen.set(new Date(y, m, d), true);\n}\n"
    )
    found = edited(text, 3)
    assert found[0] == ("  seen.set((new Date(y, m, d)).getTime(), true);", True)


def test_it_keys_by_the_result_of_a_key_function_made_primitive():
    text = (
        "const { toDay } = require('./days');\n"
        "class Bookings {\n"
        "  constructor() {\n"
        "    this.slots = new Map();\n"
        "  }\n"
        "  slotOf(when) {\n"
        "    return toDay(when);\n"
        "  }\n"
        "  book(when, who) {\n"
        "    const slot = this.slotOf(when);\n"
        "    this.slots.set(slot, who);\n"
        "  }\n"
        "  holder(when) {\n"
        "    return this.slots.get(this.slotOf(when));\n"
        "  }\n"
        "}\n"
    )
    found = lines(text, 7)
    assert "    return toDay(when).getTime();" in found
    assert "    return JSON.stringify(toDay(when));" in found


def test_it_leaves_a_function_whose_result_is_not_only_a_key_alone():
    text = (
        "const m = new Map();\n"
        "function norm(s) {\n"
        "  return s.trim();\n"
        "}\n"
        "export const put = (s) => m.set(norm(s), 1);\n"
        "export const show = (s) => console.log(norm(s));\n"
    )
    assert not [line for line in lines(text, 3) if "getTime" in line or "JSON.stringify" in line]


# --- shared stateful regular expressions


def test_it_drops_the_g_flag_of_a_pattern_only_tested():
    text = "const VOWEL = /^[aeiou]/gi;\nexport const startsWithVowel = (w) => VOWEL.test(w);\n"
    found = edited(text, 1)
    assert found[0] == ("const VOWEL = /^[aeiou]/i;", True)


def test_it_offers_dropping_the_g_flag_of_an_exported_pattern():
    text = "export const CODE = /^[A-Z]{3}$/g;\n"
    assert ("export const CODE = /^[A-Z]{3}$/;", False) in edited(text, 1)


def test_it_keeps_the_g_flag_of_a_pattern_walked_by_exec_in_a_loop():
    text = (
        "const WORD = /\\w+/g;\n"
        "export function words(s) {\n"
        "  const out = [];\n"
        "  let m;\n"
        "  while ((m = WORD.exec(s)) !== null) out.push(m[0]);\n"
        "  return out;\n"
        "}\n"
    )
    assert not [line for line in lines(text, 1) if line == "const WORD = /\\w+/;"]


def test_it_keeps_the_g_flag_of_a_pattern_used_by_replace():
    text = "const SPACE = /\\s/g;\nexport const slug = (s) => SPACE.test(s) ? s.replace(SPACE, '-') : s;\n"
    assert not [line for line in lines(text, 1) if line == "const SPACE = /\\s/;"]


# --- file-wide: only the edits wrong by the contract


def test_it_finds_a_contract_violation_away_from_the_suspicious_line():
    text = (
        "function* rows(t) {\n"
        "  yield* t.split('\\n');\n"
        "}\n"
        "export function stats(t) {\n"
        "  const all = rows(t);\n"
        "  let n = 0;\n"
        "  for (const r of all) n += r.length;\n"
        "  return { n, lines: Array.from(all).length };\n"
        "}\n"
    )
    found = contract_candidates(text, "a.js", skip=frozenset({7}))
    assert [(c.line, c.text.split("\n")[4]) for c in found] == [(5, "  const all = [...rows(t)];")]


def test_it_gives_no_plain_alternative_file_wide():
    text = "export const field = (row, at, width) => row.slice(at, width);\n"
    assert contract_candidates(text, "a.js") == []


# --- across modules: a shared pattern declared in one module and tested in another


SHARED = {
    "src/patterns.js": "const DRAFT = /^draft-/gi;\nmodule.exports = { DRAFT };\n",
    "src/posts.js": (
        "const { DRAFT } = require('./patterns');\n"
        "function published(slugs) {\n"
        "  return slugs.filter((slug) => !DRAFT.test(slug));\n"
        "}\n"
        "module.exports = { published };\n"
    ),
    "test/posts.test.js": "",
}


def test_it_drops_the_flag_of_an_imported_pattern_the_importer_tests():
    found = imported_contract_candidates(SHARED["src/posts.js"], "src/posts.js", sources=SHARED)
    assert [(c.file, c.line, c.text.split("\n")[0]) for c in found] == [
        ("src/patterns.js", 1, "const DRAFT = /^draft-/i;")
    ]


def test_it_leaves_an_imported_pattern_the_importer_replaces_with_alone():
    sources = {
        **SHARED,
        "src/posts.js": SHARED["src/posts.js"].replace("!DRAFT.test(slug)", "slug.replace(DRAFT, '')"),
    }
    assert imported_contract_candidates(sources["src/posts.js"], "src/posts.js", sources=sources) == []


def test_it_tries_the_imported_pattern_s_flag_for_a_failure_in_the_importer():
    repo = Repository(files=set(SHARED), read=SHARED.get)
    failure = Failure(bug_type=BugType.LOGIC, file="src/posts.js", line=3, message="", source="jest")
    found = candidates_for(failure, repo=repo, suspicious=[("src/posts.js", 3, 1.0)])
    assert any(c.file == "src/patterns.js" and c.text.startswith("const DRAFT = /^draft-/i;") for c in found)


def test_it_leaves_promises_collected_for_a_later_promise_all_alone():
    text = (
        "async function load(id) {\n"
        "  return id;\n"
        "}\n"
        "export async function loadAll(ids) {\n"
        "  const pending = ids.map((id) => load(id));\n"
        "  return Promise.all(pending);\n"
        "}\n"
    )
    found = logic_candidates(text, "a.js", line=5)
    assert not [c for c in found if c.description.startswith("wait for every promise")]


# --- comparisons that never hold


def test_it_tests_for_nan_with_number_is_nan():
    text = "export const bad = (reading) => reading.value === NaN;\n"
    assert edited(text, 1)[0] == ("export const bad = (reading) => Number.isNaN(reading.value);", True)


def test_it_tests_an_empty_array_by_its_length():
    text = "export const none = (tags) => (tags !== [] ? tags.join() : '-');\n"
    assert edited(text, 1)[0] == (
        "export const none = (tags) => (tags.length !== 0 ? tags.join() : '-');",
        True,
    )


# --- a pure built-in's result thrown away


def test_it_keeps_the_result_of_a_string_method():
    text = "export function clean(name) {\n  name.trim();\n  return name;\n}\n"
    assert edited(text, 2)[0] == ("  name = name.trim();", True)


def test_it_adds_in_place_what_concat_only_copied():
    text = "export function gather(parts) {\n  const all = [];\n  for (const p of parts) all.concat(p);\n  return all;\n}\n"
    assert ("  for (const p of parts) all.push(...p);", True) in edited(text, 3)


def test_it_leaves_a_replace_with_a_callback_alone():
    text = "export function scan(s, seen) {\n  s.replace(/\\w+/g, (w) => seen.push(w));\n}\n"
    assert not [
        c for c in logic_candidates(text, "a.js", line=2) if c.description.startswith("keep the result")
    ]


def test_it_leaves_a_project_method_named_like_a_copy_alone():
    text = "export function swap(tree, other) {\n  tree.replace(other);\n}\n"
    assert not [
        c for c in logic_candidates(text, "a.js", line=2) if c.description.startswith("keep the result")
    ]


# --- Annex B's two-digit year


def test_it_reads_the_full_year():
    text = "export const age = (born, now) => now.getYear() - born.getFullYear();\n"
    assert edited(text, 1)[0] == (
        "export const age = (born, now) => now.getFullYear() - born.getFullYear();",
        True,
    )


def test_it_also_reads_the_full_utc_year():
    text = "export const year = (iso) => new Date(iso).getYear();\n"
    assert ("export const year = (iso) => new Date(iso).getUTCFullYear();", True) in edited(text, 1)
