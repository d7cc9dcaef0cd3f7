"""logic_documented's families on synthetic code (none of it from the development corpus)."""

from __future__ import annotations

from healer.engine.javascript.fixers.logic import goes_first, logic_candidates


def lines(text: str, line: int, path: str = "a.js") -> dict[str, object]:
    """edited line -> its candidate, for each candidate at `line`."""
    return {c.text.split("\n")[line - 1]: c for c in logic_candidates(text, path, line=line)}


def test_it_keeps_the_remainder_a_split_limit_drops():
    text = "export function title(line) {\n  return line.split(':', 2)[1];\n}\n"
    found = lines(text, 2)
    fixed = found["  return line.split(':').slice(1).join(':');"]
    assert goes_first(fixed)


def test_it_leaves_a_split_piece_before_the_limit_alone():
    text = "export function head(line) {\n  return line.split(':', 3)[0];\n}\n"
    assert not [k for k in lines(text, 2) if ".slice(" in k and ".join(" in k]


def test_it_flattens_one_level_deeper():
    text = "export const all = (shelves) => shelves.map((s) => s.boxes).flat();\n"
    found = lines(text, 1)
    assert "export const all = (shelves) => shelves.map((s) => s.boxes).flat(2);" in found
    assert "export const all = (shelves) => shelves.map((s) => s.boxes).flat(Infinity);" in found


def test_it_undoes_the_scale_after_rounding():
    text = "export function cents(x) {\n  return Math.round((x * 1.2 * 100) / 100);\n}\n"
    fixed = lines(text, 2)["  return Math.round(x * 1.2 * 100) / 100;"]
    assert goes_first(fixed)


def test_it_groups_a_fractional_exponent():
    text = "export function cubeRoot(v) {\n  return v ** 1 / 3;\n}\n"
    fixed = lines(text, 2)["  return v ** (1 / 3);"]
    assert goes_first(fixed)


def test_it_walks_a_spliced_array_down():
    text = (
        "export function prune(list) {\n"
        "  for (let k = 0; k < list.length; k++) {\n"
        "    if (list[k] < 0) list.splice(k, 1);\n"
        "  }\n"
        "}\n"
    )
    fixed = lines(text, 2)["  for (let k = list.length - 1; k >= 0; k -= 1) {"]
    assert goes_first(fixed)


def test_it_leaves_a_loop_that_splices_another_array_alone():
    text = (
        "export function prune(list, out) {\n"
        "  for (let k = 0; k < list.length; k++) {\n"
        "    if (list[k] < 0) out.splice(k, 1);\n"
        "  }\n"
        "}\n"
    )
    assert not [k for k in lines(text, 2) if "k >= 0" in k]


def test_it_finds_an_object_by_a_property_it_reads():
    text = (
        "export function add(shelf, book) {\n"
        "  if (!book.isbn) throw new Error('no isbn');\n"
        "  if (shelf.includes(book)) return false;\n"
        "  shelf.push({ ...book });\n"
        "  return true;\n"
        "}\n"
    )
    assert "  if (shelf.some((entry) => entry.isbn === book.isbn)) return false;" in lines(text, 3)


def test_it_copies_the_nested_array_the_copy_changes():
    text = (
        "export function moved(team, slot, who) {\n"
        "  const next = { ...team };\n"
        "  next.players[slot] = who;\n"
        "  return next;\n"
        "}\n"
    )
    assert "  const next = { ...team, players: [...team.players] };" in lines(text, 2)


def test_it_writes_a_map_as_its_entries():
    text = (
        "export class Stock {\n"
        "  items = new Map();\n"
        "  dump() {\n"
        "    return JSON.stringify({ when: 1, items: this.items });\n"
        "  }\n"
        "}\n"
    )
    fixed = lines(text, 4)["    return JSON.stringify({ when: 1, items: Object.fromEntries(this.items) });"]
    assert goes_first(fixed)


def test_it_writes_a_set_as_an_array():
    text = "const seen = new Set();\nexport const dump = () => JSON.stringify(seen);\n"
    assert "export const dump = () => JSON.stringify([...seen]);" in lines(text, 2)


def test_it_compares_times_with_the_files_own_converter():
    text = (
        "const CLOSES = '17:00';\n"
        "function toMinutes(t) {\n"
        "  const [h, m] = t.split(':').map(Number);\n"
        "  return h * 60 + m;\n"
        "}\n"
        "export const open = (at) => at < CLOSES;\n"
    )
    fixed = lines(text, 6)["export const open = (at) => toMinutes(at) < toMinutes(CLOSES);"]
    assert goes_first(fixed)


def test_it_compares_times_as_numbers_without_a_converter():
    text = "export const early = (at) => at < '9:30';\n"
    found = lines(text, 1)
    assert (
        "export const early = (at) => Number(String(at).replace(':', '')) < Number(String('9:30').replace(':', ''));"
        in found
    )


def test_it_compares_floats_within_the_modules_tolerance():
    text = "const EPS = 1e-7;\nexport function same(x, y) {\n  return x === y;\n}\n"
    found = lines(text, 3, path="a.ts")
    assert "  return Math.abs(x - y) < EPS;" in found


def test_it_leaves_an_equality_without_tolerance_or_arithmetic_alone():
    text = "export function same(x, y) {\n  return x === y;\n}\n"
    assert not [k for k in lines(text, 2) if "Math.abs" in k]


def test_it_offers_but_does_not_prefer_grouping_a_real_power():
    text = "export function doyle(d, len) {\n  return (d - 4) ** 2 / 16 * len;\n}\n"
    grouped = lines(text, 2)["  return (d - 4) ** (2 / 16) * len;"]
    assert not goes_first(grouped)


def test_it_reaches_a_documented_slip_file_wide():
    from healer.engine.javascript.fixers.logic import contract_candidates

    text = (
        "export function parse(line) {\n"
        "  const kind = line.split(' ')[0];\n"
        "  const rest = line.split(' ', 2)[1];\n"
        "  return { kind, rest };\n"
        "}\n"
    )
    found = [c for c in contract_candidates(text, "a.js", skip=frozenset({1})) if c.line == 3]
    assert [c.text.split("\n")[2] for c in found] == ["  const rest = line.split(' ').slice(1).join(' ');"]


def test_it_prefers_the_shared_member_copy():
    text = "export function moved(team, who) {\n  const next = { ...team };\n  next.players.push(who);\n  return next;\n}\n"
    assert goes_first(lines(text, 2)["  const next = { ...team, players: [...team.players] };"])


def test_it_prefers_a_tolerance_only_while_nothing_reads_it():
    unused = "const EPS = 1e-7;\nexport function same(x, y) {\n  return x === y;\n}\n"
    assert goes_first(lines(unused, 3)["  return Math.abs(x - y) < EPS;"])
    used = unused + "export const near = (x, y) => Math.abs(x - y) < EPS;\n"
    assert not goes_first(lines(used, 3)["  return Math.abs(x - y) < EPS;"])


def test_it_truncates_a_value_whose_sign_is_handled_apart():
    text = (
        "export function hours(delta) {\n"
        "  const sign = delta < 0 ? '-' : '+';\n"
        "  const whole = Math.floor(delta);\n"
        "  return `${sign}${Math.abs(whole)}`;\n"
        "}\n"
    )
    assert goes_first(lines(text, 3)["  const whole = Math.trunc(delta);"])


def test_it_leaves_a_floor_of_an_unsigned_value_to_the_siblings():
    text = "export function pages(n) {\n  return Math.floor(n / 10);\n}\n"
    assert not [c for c in lines(text, 2).values() if c.description.startswith("cut ")]


def test_it_leaves_a_floor_behind_a_guard_rejecting_negatives():
    text = (
        "export function slot(h) {\n"
        "  if (h < 0 || h > 6) throw new Error('out of range');\n"
        "  const whole = Math.floor(h);\n"
        "  return whole;\n"
        "}\n"
    )
    assert not [c for c in lines(text, 3).values() if c.description.startswith("cut ")]
