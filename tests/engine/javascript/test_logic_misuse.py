"""logic_misuse's families on synthetic code (none of it from the development corpus)."""

from __future__ import annotations

from healer.engine.javascript.fixers.logic import contract_candidates, goes_first, logic_candidates


def edited(text: str, line: int, path: str = "a.js") -> list[tuple[str, bool]]:
    """(the edited line, goes first) for each candidate at `line`, in the order generated."""
    return [(c.text.split("\n")[line - 1], goes_first(c)) for c in logic_candidates(text, path, line=line)]


def lines(text: str, line: int, path: str = "a.js") -> list[str]:
    return [new for new, _ in edited(text, line, path)]


def first(text: str, line: int, path: str = "a.js") -> list[str]:
    return [new for new, early in edited(text, line, path) if early]


def wide(text: str, path: str = "a.js") -> list[str]:
    return [c.text for c in contract_candidates(text, path)]


# --- Date getters' ranges


def test_it_compares_a_weekday_with_a_value_the_getter_returns():
    text = "export function isRestDay(d) {\n  return d.getDay() === 7 || d.getDay() === 6;\n}\n"
    assert "  return d.getDay() === 0 || d.getDay() === 6;" in first(text, 2)


def test_it_wraps_hour_24_to_midnight():
    text = "export const midnight = (t) => 24 === t.getUTCHours();\n"
    assert "export const midnight = (t) => 0 === t.getUTCHours();" in first(text, 1)


def test_it_reads_a_written_december_as_month_eleven():
    text = "export const yearEnd = (d) => d.getMonth() === 12 && d.getDate() === 31;\n"
    assert first(text, 1)[0] == "export const yearEnd = (d) => d.getMonth() === 11 && d.getDate() === 31;"


def test_it_leaves_a_weekday_inside_its_range_alone():
    text = "export const saturday = (d) => d.getDay() === 6;\n"
    assert not wide(text)


# --- ^ as a power


def test_it_reads_a_caret_as_a_power_where_the_file_does_no_bit_work():
    text = "export function area(r) {\n  return Math.PI * r ^ 2;\n}\n"
    assert "  return Math.PI * r ** 2;" in first(text, 2)
    assert "  return (Math.PI * r) ** 2;" in lines(text, 2)


def test_it_leaves_a_caret_in_bit_work_alone():
    text = "export function hash(h, c) {\n  h = (h << 5) ^ c;\n  return h & 0xff;\n}\n"
    assert not [line for line in lines(text, 2) if "**" in line]


# --- delete on an array element


def test_it_splices_out_an_index_found_in_the_same_array():
    text = (
        "export function drop(items, name) {\n"
        "  const at = items.indexOf(name);\n"
        "  if (at !== -1) delete items[at];\n"
        "  return items;\n"
        "}\n"
    )
    assert "  if (at !== -1) items.splice(at, 1);" in first(text, 3)


def test_it_splices_a_class_array_field():
    text = "export class Queue {\n  jobs = [];\n  cancel(i) {\n    delete this.jobs[i];\n  }\n}\n"
    assert "    this.jobs.splice(i, 1);" in first(text, 4)


def test_it_leaves_delete_on_an_object_key_alone():
    text = "export function forget(cache, key) {\n  delete cache[key];\n}\n"
    assert not [line for line in lines(text, 2) if "splice" in line]


# --- concat's result thrown away


def test_it_appends_in_place_where_concat_s_copy_is_dropped():
    text = (
        "export class Log {\n"
        "  private entries: string[] = [];\n"
        "  add(line: string) {\n"
        "    this.entries.concat(line);\n"
        "  }\n"
        "}\n"
    )
    assert "    this.entries.push(line);" in first(text, 4, "a.ts")
    assert "    this.entries = this.entries.concat(line);" in first(text, 4, "a.ts")


# --- parseInt of a decimal


def test_it_reads_a_decimal_with_parse_float():
    text = "export const litres = (s) => parseInt(s, 10) * 2;\n"
    assert lines(text, 1).index("export const litres = (s) => parseFloat(s) * 2;") < 3


# --- split('') on code units


def test_it_splits_into_code_points():
    text = "export const glyphs = (word) => word.split('').reverse();\n"
    assert "export const glyphs = (word) => [...word].reverse();" in lines(text, 1)


def test_it_does_not_split_into_code_points_file_wide():
    text = "export const digits = (isbn) => isbn.split('').map(Number);\n"
    assert not wide(text)


# --- Map / Object confusion


def test_it_walks_a_map_itself_not_its_object_entries():
    text = (
        "const seen = new Map();\n"
        "export function total() {\n"
        "  let n = 0;\n"
        "  for (const [, v] of Object.entries(seen)) n += v;\n"
        "  return n;\n"
        "}\n"
    )
    assert "  for (const [, v] of seen) n += v;" in first(text, 4)
    assert "  for (const [, v] of seen.entries()) n += v;" in first(text, 4)


def test_it_counts_a_map_by_its_size():
    text = "const open = new Map();\nexport const count = () => Object.keys(open).length;\n"
    assert "export const count = () => open.size;" in first(text, 2)


def test_it_leaves_object_entries_of_a_plain_object_alone():
    text = (
        "function group(xs) {\n  const seen = new Map();\n  return seen;\n}\n"
        "export function total(seen) {\n  return Object.keys(seen).length;\n}\n"
    )
    assert not wide(text)


def test_it_keys_a_map_built_from_an_object_by_numbers():
    text = "export const byFloor = (rooms) => new Map(Object.entries(rooms));\n"
    wanted = "export const byFloor = (rooms) => new Map(Object.entries(rooms).map(([key, value]) => [Number(key), value]));"
    assert wanted in lines(text, 1)


# --- substring with a negative start


def test_it_counts_a_negative_start_from_the_end_with_slice():
    text = "export const suffix = (code) => code.substring(-3);\n"
    assert "export const suffix = (code) => code.slice(-3);" in first(text, 1)


# --- var shared by closures


def test_it_gives_each_iteration_its_own_binding_for_its_closures():
    text = (
        "export function handlers(n) {\n"
        "  const out = [];\n"
        "  for (var i = 0; i < n; i++) {\n"
        "    out.push(() => i * 2);\n"
        "  }\n"
        "  return out;\n"
        "}\n"
    )
    assert "  for (let i = 0; i < n; i++) {" in first(text, 3)


def test_it_leaves_a_var_no_closure_reads_alone():
    text = "export function sum(xs) {\n  let s = 0;\n  for (var i = 0; i < xs.length; i++) s += xs[i];\n  return s;\n}\n"
    assert not wide(text)


# --- forEach's value read as an answer


def test_it_asks_some_where_for_each_s_value_is_a_test():
    text = (
        "export function anyLate(trains) {\n  return trains.forEach((t) => t.delay > 5) ? 'late' : 'ok';\n}\n"
    )
    assert first(text, 2)[0] == "  return trains.some((t) => t.delay > 5) ? 'late' : 'ok';"


def test_it_maps_first_where_for_each_s_callback_is_not_a_predicate():
    text = "export function names(people) {\n  const all = people.forEach((p) => p.name);\n  return all;\n}\n"
    assert first(text, 2)[0] == "  const all = people.map((p) => p.name);"
