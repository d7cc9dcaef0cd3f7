"""logic_aggregates' families on synthetic code (none of it from the development corpus)."""

from __future__ import annotations

import pytest

from healer.engine.javascript.fixers.logic import logic_candidates


def lines(text: str, line: int, path: str = "a.js", fields=None) -> list[str]:
    """The edited line of each candidate at `line`, in the order generated."""
    return [c.text.split("\n")[line - 1] for c in logic_candidates(text, path, line=line, fields=fields)]


# --- an average where the least or the greatest was meant


AVERAGE = (
    "// {comment}\n"
    "export function pace(runners) {{\n"
    "  return runners.reduce((total, runner) => total + runner.kmh, 0) / runners.length;\n"
    "}}\n"
)


def test_it_takes_the_least_first_where_the_comment_says_slowest():
    found = lines(AVERAGE.format(comment="The group keeps to the slowest runner."), 3)
    least = "  return Math.min(...runners.map((runner) => runner.kmh));"
    greatest = "  return Math.max(...runners.map((runner) => runner.kmh));"
    assert found.index(least) < found.index(greatest)


def test_it_takes_the_greatest_first_where_the_comment_says_fastest():
    found = lines(AVERAGE.format(comment="The record is the fastest runner's."), 3)
    least = "  return Math.min(...runners.map((runner) => runner.kmh));"
    greatest = "  return Math.max(...runners.map((runner) => runner.kmh));"
    assert found.index(greatest) < found.index(least)


@pytest.mark.parametrize(
    "text, line",
    [
        (
            "export function fastestPace(rs) {\n  return rs.reduce((s, r) => s + r.kmh, 0) / rs.length;\n}\n",
            2,
        ),
        ("export const fastestPace = (rs) => rs.reduce((s, r) => s + r.kmh, 0) / rs.length;\n", 1),
        (
            "const fastestPace = function (rs) {\n  return rs.reduce((s, r) => s + r.kmh, 0) / rs.length;\n};\n",
            2,
        ),
    ],
)
def test_it_reads_the_name_of_an_exported_or_bound_function(text, line):
    # The name sits on the function (an exported declaration) or on the declarator that binds it:
    # climbing to the export or the declaration must not lose it.
    found = [edit for edit in lines(text, line) if "Math.m" in edit]
    assert "Math.max" in found[0]


def test_it_reads_typescript_parameters():
    text = "export function low(xs: number[]): number {\n  return xs.reduce((s, x) => s + x * 2, 0) / xs.length;\n}\n"
    assert "  return Math.min(...xs.map((x) => x * 2));" in lines(text, 2, path="a.ts")


def test_it_leaves_a_sum_divided_by_something_else_alone():
    text = "export function share(xs, n) {\n  return xs.reduce((s, x) => s + x, 0) / n;\n}\n"
    assert not [line for line in lines(text, 2) if "Math.min(" in line or "Math.max(" in line]


# --- a count of elements where the sum of a field was meant


def test_it_adds_up_a_field_the_module_reads_from_an_element():
    text = (
        "export function weight(parcels) {\n"
        "  return parcels.length;\n"
        "}\n"
        "export function heavy(parcel) {\n"
        "  return parcel.kg > 20;\n"
        "}\n"
    )
    assert "  return parcels.reduce((sum, parcel) => sum + parcel.kg, 0);" in lines(text, 2)


def test_it_adds_up_a_quantity_another_function_uses_as_a_number():
    text = (
        "export function free(groups, total) {\n"
        "  const used = groups.length;\n"
        "  return total - used;\n"
        "}\n"
        "export function fits(room, guests) {\n"
        "  return room.beds >= guests;\n"
        "}\n"
    )
    found = lines(text, 2)
    assert "  const used = groups.reduce((sum, group) => sum + group.guests, 0);" in found
    # The function's own locals are not a field of its elements.
    assert not [line for line in found if "group.used" in line or "group.total" in line]


def test_it_leaves_the_length_of_a_singular_name_alone():
    text = "export function size(word, limit) {\n  return word.length > limit;\n}\n"
    assert not [line for line in lines(text, 2) if ".reduce(" in line]


# --- a rotation the wrong way


def test_it_rotates_the_other_way():
    text = "export function shift(s, n) {\n  return s.slice(n) + s.slice(0, n);\n}\n"
    assert "  return s.slice(s.length - n) + s.slice(0, s.length - n);" in lines(text, 2)


def test_it_rotates_back_and_keeps_arrays_spread():
    text = "export function shift(xs, n) {\n  return [...xs.slice(xs.length - n), ...xs.slice(0, xs.length - n)];\n}\n"
    assert "  return [...xs.slice(n), ...xs.slice(0, n)];" in lines(text, 2)


def test_it_leaves_two_slices_of_different_cuts_alone():
    text = "export function parts(s, n, m) {\n  return s.slice(n) + s.slice(0, m);\n}\n"
    assert not [line for line in lines(text, 2) if "s.length -" in line]


# --- a position not taken from the loop's start


def test_it_measures_the_loop_variable_from_its_start():
    text = (
        "export function times(first, count, gap) {\n"
        "  const out = [];\n"
        "  for (let i = first; i < first + count; i += 1) {\n"
        "    out.push(i * gap);\n"
        "  }\n"
        "  return out;\n"
        "}\n"
    )
    assert "    out.push((i - first) * gap);" in lines(text, 4)


def test_it_leaves_a_loop_from_a_literal_start_alone():
    text = (
        "export function times(count, gap) {\n"
        "  const out = [];\n"
        "  for (let i = 1; i < count; i += 1) {\n"
        "    out.push(i * gap);\n"
        "  }\n"
        "  return out;\n"
        "}\n"
    )
    # Other families may offset by one (an off-by-one start); this one names a start it measures from.
    found = logic_candidates(text, "a.js", line=4)
    assert not [c for c in found if "from the loop's start" in c.description]


# --- a magnitude where a shortfall floored at zero was meant


def test_it_floors_a_difference_at_zero():
    text = "export function short(need, have) {\n  return Math.abs(need - have);\n}\n"
    assert "  return Math.max(0, need - have);" in lines(text, 2)


def test_it_leaves_the_magnitude_of_a_plain_value_alone():
    text = "export function size(x) {\n  return Math.abs(x);\n}\n"
    assert not [line for line in lines(text, 2) if "Math.max(0" in line]


def test_it_leaves_a_count_inside_a_condition_alone():
    text = (
        "export function full(seats, riders) {\n"
        "  if (riders.length >= seats) return true;\n"
        "  return false;\n"
        "}\n"
        "export function heavy(rider) {\n"
        "  return rider.kg > 90;\n"
        "}\n"
    )
    assert not [line for line in lines(text, 2) if ".reduce(" in line]


def test_it_rotates_a_negative_cut_back_to_a_positive_one():
    text = "export function shift(s, n) {\n  return s.slice(-n) + s.slice(0, -n);\n}\n"
    found = lines(text, 2)
    assert "  return s.slice(n) + s.slice(0, n);" in found
    assert not [line for line in found if "s.length - -n" in line]


def test_it_rotates_a_cut_of_a_longer_difference_by_the_same_amount_the_other_way():
    # `s.length - n + 1` is `(s.length - n) + 1`: the other way is a cut of `n - 1`, never `n + 1`
    # (taking the text after `s.length - ` as the amount drops the parentheses it needs).
    text = "export function shift(s, n) {\n  return s.slice(s.length - n + 1) + s.slice(0, s.length - n + 1);\n}\n"
    found = lines(text, 2)
    assert "  return s.slice(n + 1) + s.slice(0, n + 1);" not in found
    assert (
        "  return s.slice(s.length - (s.length - n + 1)) + s.slice(0, s.length - (s.length - n + 1));"
        in found
    )


def test_the_nodes_walked_for_counts_grow_linearly_with_a_long_line(monkeypatch):
    # A minified line of many `return items.length`: each count used to walk the whole module
    # for the element's reads, quadratic in the line's length (16 times the nodes at 4n).
    from healer.engine.javascript.fixers import logic_aggregates
    from healer.engine.javascript.syntax import parse, walk

    visited = [0]

    def counting(node):
        for inner in walk(node):
            visited[0] += 1
            yield inner

    monkeypatch.setattr(logic_aggregates, "walk", counting)

    def nodes_walked(n: int) -> int:
        text = "".join(f"function f{k}(items){{return items.length}}" for k in range(n)) + "\n"
        tree = parse(text, "a.js")
        nodes = [node for node in walk(tree.root_node) if node.start_point.row == 0]
        visited[0] = 0
        list(logic_aggregates.summed_counts(text.encode(), nodes, text, "a.js"))
        return visited[0]

    assert nodes_walked(200) < 6 * nodes_walked(50)
