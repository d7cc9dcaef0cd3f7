"""logic_builtins' families on synthetic code (none of it from the development corpus)."""

from __future__ import annotations

from healer.engine.javascript.fixers.logic import goes_first, logic_candidates
from healer.engine.javascript.fixers.logic_builtins import method_siblings


def lines(text: str, line: int, path: str = "a.js") -> dict[str, tuple[str, bool]]:
    """edited line -> (description, goes first), for each candidate at `line`."""
    return {
        c.text.split("\n")[line - 1]: (c.description, goes_first(c))
        for c in logic_candidates(text, path, line=line)
    }


def test_it_derives_siblings_by_prototype_arity_and_spelling():
    assert "slice" in method_siblings("splice")
    assert "splice" in method_siblings("slice")
    # `filter` and `fill` share Array.prototype and an arity but are three letters apart.
    assert "fill" not in method_siblings("filter")
    assert method_siblings("map") == []  # too short to call anything alike


def test_it_copies_with_slice_where_splice_removes():
    text = "export function firstTwo(stack) {\n  const top = stack.splice(0, 2);\n  return top;\n}\n"
    assert "  const top = stack.slice(0, 2);" in lines(text, 2)


def test_it_moves_a_date_setter_and_its_getter_to_another_unit_together():
    text = "export function later(at, n) {\n  at.setDate(at.getDate() + n * 7);\n  return at;\n}\n"
    found = lines(text, 2)
    assert "  at.setMonth(at.getMonth() + n * 7);" in found
    assert "  at.setHours(at.getHours() + n * 7);" in found
    utc = "const d = new Date();\nd.setUTCMinutes(d.getUTCMinutes() - 5);\n"
    assert "d.setUTCSeconds(d.getUTCSeconds() - 5);" in lines(utc, 2)


def test_it_maps_where_the_value_of_for_each_is_used_and_tries_it_first():
    text = "export function names(users) {\n  return users.forEach((u) => u.name);\n}\n"
    description, first = lines(text, 2)["  return users.map((u) => u.name);"]
    assert first and "forEach" in description


def test_it_leaves_a_for_each_statement_alone():
    text = "export function log(users) {\n  users.forEach((u) => console.log(u));\n}\n"
    assert "  users.map((u) => console.log(u));" not in lines(text, 2)


def test_it_replaces_a_typeof_result_the_language_never_returns():
    text = "export const isText = (x) => typeof x === 'strng';\n"
    description, first = lines(text, 1)["export const isText = (x) => typeof x === 'string';"]
    assert first and "'string'" in description


def test_it_replaces_a_settled_status_outside_the_spec_only_beside_all_settled():
    text = (
        "export async function ok(tasks) {\n"
        "  const all = await Promise.allSettled(tasks);\n"
        "  return all.filter((r) => r.status === 'success');\n"
        "}\n"
    )
    found = lines(text, 3)
    assert found["  return all.filter((r) => r.status === 'fulfilled');"][1]
    plain = "export const open = (door) => door.status === 'success';\n"
    assert not [d for d, _ in lines(plain, 1).values() if "'fulfilled'" in d]


def test_it_gives_each_slot_its_own_array_or_object():
    text = "export function buckets(n) {\n  const rows = new Array(n).fill([]);\n  return rows;\n}\n"
    assert lines(text, 2)["  const rows = Array.from({ length: n }, () => []);"][1]
    objects = "const cells = Array(size * 2).fill({});\n"
    assert "const cells = Array.from({ length: size * 2 }, () => ({}));" in lines(objects, 1)


def test_it_keeps_a_fill_with_a_primitive():
    text = "const zeros = new Array(4).fill(0);\n"
    assert not [d for d, _ in lines(text, 1).values() if "for each slot" in d]


def test_it_adds_up_an_objects_values_where_its_keys_are_summed_first():
    text = "export const total = (stock) => Object.keys(stock).reduce((n, count) => n + count, 0);\n"
    edited = "export const total = (stock) => Object.values(stock).reduce((n, count) => n + count, 0);"
    assert lines(text, 1)[edited][1]


def test_it_keeps_a_reduce_of_keys_into_a_string_or_object():
    text = "export const index = (o) => Object.keys(o).reduce((m, k) => ({ ...m, [k]: 1 }), {});\n"
    assert not [d for d, _ in lines(text, 1).values() if "Object.values" in d]


def test_it_compares_with_another_parameter_where_a_side_compares_with_itself_first():
    text = "export function sameRoom(first, second) {\n  return first.room.id === first.room.id;\n}\n"
    found = lines(text, 2)
    assert found["  return first.room.id === second.room.id;"][1]
    assert "  return second.room.id === first.room.id;" in found


def test_it_leaves_comparisons_of_two_different_values_to_the_other_families():
    text = "export function same(a, b) {\n  return a.id === b.id;\n}\n"
    assert not [d for d, _ in lines(text, 2).values() if "not with itself" in d]


# The prototypes as a newer Node prints them (BUILTINS_SCRIPT's shape): String.prototype has
# isWellFormed/toWellFormed (ES2024), which the static ES2023 fallback lists do not; Array.prototype
# lacks `splice` here, as a runtime without it would.
RUNTIME = {
    "Array": {"static": {"from": 1}, "prototype": {"constructor": 1, "slice": 2, "map": 1, "with": 2}},
    "String": {
        "static": {},
        "prototype": {"constructor": 1, "isWellFormed": 0, "toWellFormed": 0, "slice": 2},
    },
}


def test_it_takes_the_sibling_methods_from_the_runtimes_own_prototypes():
    assert method_siblings("toWellFormed", table=RUNTIME) == ["isWellFormed"]
    assert method_siblings("toWellFormed") == []  # not in the static fallback
    # No `splice` on this runtime's Array.prototype: `slice` has no sibling there.
    assert method_siblings("slice", table=RUNTIME) == []
    assert "splice" in method_siblings("slice")
    # The constructor back-link is no method a call means.
    assert "constructor" not in method_siblings("construct", table=RUNTIME)


def test_it_offers_the_runtimes_siblings_among_a_lines_candidates():
    text = "export function clean(s) {\n  return s.toWellFormed();\n}\n"
    found = [c.text.split("\n")[1] for c in logic_candidates(text, "a.js", line=2, table=RUNTIME)]
    assert "  return s.isWellFormed();" in found
    assert "  return s.isWellFormed();" not in lines(text, 2)
