"""logic_shapes' families on synthetic code (none of it from the development corpus)."""

from __future__ import annotations

from healer.engine.javascript.fixers.logic import logic_candidates


def lines(text: str, line: int, path: str = "a.js") -> list[str]:
    """The edited line of each candidate at `line`, in order."""
    return [c.text.split("\n")[line - 1] for c in logic_candidates(text, path, line=line)]


def test_it_squares_where_a_product_by_two_was_written():
    text = "export function area(side, scale) {\n  return side * 2 * scale;\n}\n"
    assert "  return side ** 2 * scale;" in lines(text, 2)
    cube = "export const volume = (edge) => edge ** 3;\n"
    assert "export const volume = (edge) => edge * 3;" in lines(cube, 1)


def test_it_groups_a_compound_base_before_raising_it():
    text = "export function f(a, b) {\n  return a / b * 2;\n}\n"
    assert "  return (a / b) ** 2;" in lines(text, 2)
    assert "  return a / b ** 2;" not in lines(text, 2)


def test_it_adds_the_constant_term_a_returned_scale_misses():
    text = "export function kelvinScale(reading) {\n  return reading * 0.5;\n}\n"
    found = lines(text, 2)
    assert "  return reading * 0.5 + 1;" in found
    assert "  return reading * 0.5 - 1;" in found
    # A sum already has its term: nothing is added to it.
    plain = "export function next(n) {\n  return n + 4;\n}\n"
    assert not any(line.endswith("+ 4 + 1;") for line in lines(plain, 2))


def test_it_bounds_an_index_by_the_length_of_the_array_it_indexes():
    text = (
        "export function pairUp(seats, people, shift) {\n"
        "  return seats.map((seat, i) => [seat, people[(i + shift) % seats.length]]);\n"
        "}\n"
    )
    assert "  return seats.map((seat, i) => [seat, people[(i + shift) % people.length]]);" in lines(text, 2)
    last = "export const lastOf = (xs, ys) => xs[ys.length - 1];\n"
    assert "export const lastOf = (xs, ys) => xs[xs.length - 1];" in lines(last, 1)


def test_it_moves_positional_bindings_one_place_with_a_hole():
    text = "export function parse(row) {\n  const [id, , name, age] = row.split(',');\n  return { id, name, age };\n}\n"
    found = lines(text, 2)
    assert "  const [id, name, age] = row.split(',');" in found
    assert "  const [id, , name, , age] = row.split(',');" in found
    plain = "const [x, y] = pair;\n"
    assert "const [x, , y] = pair;" in lines(plain, 1)


def test_it_gives_a_bare_sibling_the_term_its_sibling_has():
    text = "export function span(trip) {\n  return [trip.day + trip.depart, trip.arrive];\n}\n"
    assert "  return [trip.day + trip.depart, trip.day + trip.arrive];" in lines(text, 2)
    obj = "export const box = (b) => ({ low: b.origin - b.left, high: b.right });\n"
    assert "export const box = (b) => ({ low: b.origin - b.left, high: b.origin - b.right });" in lines(
        obj, 1
    )
    # A bare value of another object is not the sibling's kind: no term borrowed.
    other = "export const f = (a, b) => [a.x + a.y, b.z];\n"
    assert not any("a.x + b.z" in line for line in lines(other, 1))
