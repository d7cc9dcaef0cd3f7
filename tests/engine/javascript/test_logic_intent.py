"""logic_intent's families on synthetic code (none of it from the development corpus)."""

from __future__ import annotations

from healer.engine.javascript.classify import Repository
from healer.engine.javascript.fixers import dispatch
from healer.engine.javascript.fixers.logic import contract_candidates, goes_first, logic_candidates
from healer.engine.javascript.fixers.logic_intent import default_headers
from healer.engine.types import BugType, Failure


def edited(text: str, line: int, path: str = "a.js") -> dict[str, object]:
    """The edited line -> its candidate, for each candidate at `line`."""
    return {c.text.split("\n")[line - 1].strip(): c for c in logic_candidates(text, path, line=line)}


def test_it_reads_the_day_of_the_month_beside_the_month_first():
    text = "export const label = (d) => `${d.getMonth() + 1}-${d.getDay()}`;\n"
    found = edited(text, 1)
    wanted = "export const label = (d) => `${d.getMonth() + 1}-${d.getDate()}`;"
    assert wanted in found and goes_first(found[wanted])


def test_it_offers_the_weekday_for_the_date_without_putting_it_first():
    text = "export const weekend = (d) => d.getUTCDate() === 0;\n"
    found = edited(text, 1)
    wanted = "export const weekend = (d) => d.getUTCDay() === 0;"
    assert wanted in found and not goes_first(found[wanted])


def test_it_swaps_pattern_groups_read_against_their_order_first():
    text = (
        "export function cents(s) {\n"
        "  const m = /^(\\d+)\\.(\\d\\d)$/.exec(s);\n"
        "  return Number(m[2]) * 100 + Number(m[1]);\n"
        "}\n"
    )
    wanted = "return Number(m[1]) * 100 + Number(m[2]);"
    # On its own line too, though another family makes the same text (the two calls' arguments swapped).
    assert goes_first(edited(text, 3)[wanted])
    # Evidence wherever the function is: among the edits tried file-wide, and first.
    widened = [c for c in contract_candidates(text, "a.js") if c.text.split("\n")[2].strip() == wanted]
    assert widened and goes_first(widened[0])


def test_it_does_not_put_a_swap_of_plain_subscripts_first():
    text = "export const d = (p, q) => p[0] - q[0] + p[1] * q[1];\n"
    swaps = [c for c in logic_candidates(text, "a.js", line=1) if c.description.startswith("swap p[0]")]
    assert swaps and not goes_first(swaps[0])


def test_it_flips_a_boolean_default_of_a_destructured_option():
    text = "export function fee(n, { member = true } = {}) {\n  return member ? n / 2 : n;\n}\n"
    assert "export function fee(n, { member = false } = {}) {" in edited(text, 1)


def test_it_puts_a_boolean_defaulting_header_beside_its_ranked_body():
    text = (
        "export class Bill {\n"
        "  total({ member = true } = {}) {\n"
        "    const base = 10;\n"
        "    return member ? base / 2 : base;\n"
        "  }\n"
        "  plain(n) {\n"
        "    return n;\n"
        "  }\n"
        "}\n"
    )
    assert default_headers(text, "a.js") == {2: (3, 4)}
    repo = Repository(files=("src/bill.js",), read=lambda path: text if path == "src/bill.js" else None)
    failure = Failure(
        bug_type=BugType.LOGIC, file="src/bill.js", line=4, message="expected 10, got 5", source="jest"
    )
    found = dispatch.candidates_for(failure, repo=repo, suspicious=[("src/bill.js", 4, 1.0)])
    assert any("{ member = false } = {}" in c.text for c in found)


def test_it_counts_one_gap_fewer_than_pieces():
    text = "export const fit = (len, w, gap) => Math.floor(len / (w + gap));\n"
    assert "export const fit = (len, w, gap) => Math.floor((len + gap) / (w + gap));" in edited(text, 1)


def test_it_hands_out_a_copy_of_a_date_the_loop_goes_on_moving():
    text = (
        "export function* weeks(start) {\n"
        "  const d = new Date(start);\n"
        "  for (let i = 0; i < 4; i++) {\n"
        "    d.setDate(d.getDate() + 7);\n"
        "    yield d;\n"
        "  }\n"
        "}\n"
    )
    found = edited(text, 5)
    assert "yield new Date(d);" in found and goes_first(found["yield new Date(d);"])


def test_it_leaves_a_value_made_anew_each_turn():
    text = (
        "export function rows(n) {\n"
        "  const out = [];\n"
        "  for (let i = 0; i < n; i++) {\n"
        "    const row = [];\n"
        "    out.push(row);\n"
        "    row.push(i);\n"
        "  }\n"
        "  return out;\n"
        "}\n"
    )
    assert not [line for line in edited(text, 5) if "[...row]" in line]


def test_it_copies_an_array_pushed_and_then_changed():
    text = (
        "export function snapshots(xs) {\n"
        "  const seen = [];\n"
        "  const all = [];\n"
        "  for (const x of xs) {\n"
        "    seen.push(x);\n"
        "    all.push(seen);\n"
        "  }\n"
        "  return all;\n"
        "}\n"
    )
    assert "all.push([...seen]);" in edited(text, 6)


def test_it_measures_a_whole_turn():
    text = "const R = 3;\nexport const rim = (r) => Math.PI * r;\n"
    found = edited(text, 2)
    assert "export const rim = (r) => 2 * Math.PI * r;" in found
    assert "export const rim = (r) => Math.PI * r ** 2;" in found


def test_it_keys_a_spread_record_by_the_value_it_reads():
    text = "export const count = (xs) => xs.reduce((acc, k) => ({ ...acc, k: (acc[k] ?? 0) + 1 }), {});\n"
    found = edited(text, 1)
    wanted = "export const count = (xs) => xs.reduce((acc, k) => ({ ...acc, [k]: (acc[k] ?? 0) + 1 }), {});"
    assert wanted in found and goes_first(found[wanted])


def test_it_leaves_a_key_spelt_with_its_own_name():
    text = "export const pack = (id) => ({ id: id });\n"
    assert not [line for line in edited(text, 1) if "[id]" in line]


def test_it_tests_whole_items_of_a_delimited_field():
    text = (
        "const ROOMS = [{ name: 'a', features: 'sea view;balcony' }, { name: 'b', features: 'no balcony' }];\n"
        "export const has = (room, f) => room.features.includes(f);\n"
    )
    found = edited(text, 2)
    wanted = "export const has = (room, f) => room.features.split(';').includes(f);"
    assert wanted in found and goes_first(found[wanted])


def test_it_leaves_includes_without_delimited_data():
    text = "export const has = (room, f) => room.features.includes(f);\n"
    assert not [line for line in edited(text, 1) if "split" in line]


def test_it_reports_an_inverse_tangent_in_degrees_where_the_name_says_so():
    text = "export function headingDegrees(dx, dy) {\n  return Math.atan2(dy, dx);\n}\n"
    found = edited(text, 2)
    wanted = "return (Math.atan2(dy, dx) * 180) / Math.PI;"
    assert wanted in found and goes_first(found[wanted])


def test_it_gives_sine_radians_for_a_value_named_in_degrees():
    text = "export const rise = (run, angleDeg) => run * Math.tan(angleDeg);\n"
    found = edited(text, 1)
    wanted = "export const rise = (run, angleDeg) => run * Math.tan((angleDeg * Math.PI) / 180);"
    assert wanted in found and goes_first(found[wanted])


def test_it_passes_on_the_value_a_choice_did_not_take():
    text = (
        "export function split(pairs, better) {\n"
        "  const losers = [];\n"
        "  for (const [a, b] of pairs) {\n"
        "    const top = better(a, b) ? a : b;\n"
        "    losers.push(b);\n"
        "  }\n"
        "  return losers;\n"
        "}\n"
    )
    found = edited(text, 5)
    assert "losers.push(top === a ? b : a);" in found
    assert "losers.push(top);" in found


def test_it_leaves_a_value_rebound_after_it_is_handed_out():
    text = (
        "export function chunks(xs, n) {\n"
        "  const out = [];\n"
        "  let part = [];\n"
        "  for (const x of xs) {\n"
        "    if (part.length === n) {\n"
        "      out.push(part);\n"
        "      part = [];\n"
        "    }\n"
        "    part.push(x);\n"
        "  }\n"
        "  return out;\n"
        "}\n"
    )
    assert not [line for line in edited(text, 6) if "[...part]" in line]


def test_it_does_not_put_first_a_swap_of_groups_used_apart():
    text = (
        "export function level(s) {\n"
        "  const m = /^(\\w+) (\\d+)$/.exec(s);\n"
        "  return (Number(m[2]) + 1) * RANKS.indexOf(m[1]);\n"
        "}\n"
    )
    assert not [c for c in contract_candidates(text, "a.js") if goes_first(c)]


def test_it_leaves_registering_an_object_before_filling_it():
    text = (
        "export function parse(lines) {\n"
        "  const list = [];\n"
        "  const head = {};\n"
        "  list.push(head);\n"
        "  for (const line of lines) {\n"
        "    head[line] = true;\n"
        "  }\n"
        "  return list;\n"
        "}\n"
    )
    assert not [line for line in edited(text, 4) if "{ ...head }" in line]
