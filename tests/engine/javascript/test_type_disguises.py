"""TypeErrors silenced by making the value from something else, and the comparator's repair (fixers/type_disguises)."""

from __future__ import annotations

from healer.engine.javascript.classify import Repository
from healer.engine.javascript.fixers.dispatch import candidates_for
from healer.engine.javascript.fixers.generic_search import generic_candidates
from healer.engine.javascript.fixers.type_disguises import comparator_candidates, retypes_argument
from healer.engine.types import BugType, Failure

# Synthetic: kennels listed by their rent (numbers), ties by their name; rent made by a call one line up.
KENNELS = """function listing(kennels, season, rentFor) {
  return kennels
    .map((k) => ({ name: k.name, rent: rentFor(k.baseRent, season) }))
    .sort((a, b) => a.rent.localeCompare(b.rent) || a.name.localeCompare(b.name));
}

module.exports = { listing };
"""


def _line(text: str, line: int) -> str:
    return text.split("\n")[line - 1].strip()


def _failure(message: str, line: int) -> Failure:
    return Failure(BugType.TYPE_ERROR, "lib/kennels.js", line, f"TypeError: {message}", "test", "TypeError")


def test_it_compares_numbers_by_their_difference_where_locale_compare_is_missing():
    found = comparator_candidates(
        KENNELS, "lib/kennels.js", line=4, message="a.rent.localeCompare is not a function"
    )
    assert [_line(c.text, 4) for c in found] == [
        ".sort((a, b) => a.rent - b.rent || a.name.localeCompare(b.name));"
    ]
    assert all(c.guard for c in found)


def test_it_does_not_subtract_for_another_receiver_or_a_locale_argument():
    assert (
        comparator_candidates(KENNELS, "lib/kennels.js", line=4, message="x.localeCompare is not a function")
        == []
    )
    located = "const order = (a, b) => a.rent.localeCompare(b.rent, 'de');\n"
    assert (
        comparator_candidates(located, "a.js", line=1, message="a.rent.localeCompare is not a function") == []
    )


def test_it_does_not_subtract_another_key_of_unknown_kind():
    # `b.name` may be text: `a.lb - b.name` is NaN, sort's "equal", and the array is left as it came.
    mixed = "const order = (a, b) => a.lb.localeCompare(b.name);\n"
    assert comparator_candidates(mixed, "a.js", line=1, message="a.lb.localeCompare is not a function") == []
    called = "const order = (a, b) => a.lb.localeCompare(weight(b));\n"
    assert comparator_candidates(called, "a.js", line=1, message="a.lb.localeCompare is not a function") == []
    plain = "const order = (a, b) => a.localeCompare(b);\n"
    found = comparator_candidates(plain, "a.js", line=1, message="a.localeCompare is not a function")
    assert _line(found[0].text, 1) == "const order = (a, b) => a - b;"


def test_it_parenthesises_the_difference_under_a_tighter_operator():
    text = "const desc = (a, b) => -a.n.localeCompare(b.n) * 2;\n"
    found = comparator_candidates(text, "a.js", line=1, message="a.n.localeCompare is not a function")
    assert _line(found[0].text, 1) == "const desc = (a, b) => -(a.n - b.n) * 2;"


def test_it_tells_a_name_swapped_into_a_call_on_another_line():
    swapped = KENNELS.replace("rentFor(k.baseRent, season)", "rentFor(k.name, season)")
    assert retypes_argument(KENNELS, swapped, "lib/kennels.js", line=4)
    # On the crash line itself a wrong name read is the usual bug: not refused.
    assert not retypes_argument(KENNELS, swapped, "lib/kennels.js", line=3)
    # Outside a call's arguments (an object's field), not this shape.
    field = KENNELS.replace("name: k.name", "name: k.baseRent")
    assert not retypes_argument(KENNELS, field, "lib/kennels.js", line=4)
    # An operator changed inside the arguments is no name put for another.
    operator = "const r = f(a + b);\nr.x();\n"
    assert not retypes_argument(operator, operator.replace("a + b", "a - b"), "a.js", line=2)


def test_it_keeps_names_swapped_into_the_crash_values_call_out_of_the_dispatch():
    repo = Repository(files=["lib/kennels.js"], read={"lib/kennels.js": KENNELS}.get)
    found = candidates_for(_failure("a.rent.localeCompare is not a function", 4), repo=repo)
    assert _line(found[0].text, 4) == ".sort((a, b) => a.rent - b.rent || a.name.localeCompare(b.name));"
    made = [_line(c.text, 3) for c in found if c.line == 3]
    assert ".map((k) => ({ name: k.name, rent: rentFor(k.name, season) }))" not in made


def test_it_keeps_names_swapped_into_an_assigned_call_out_of_the_generic_search():
    text = "function label(d, fmt) {\n  const s = fmt(d.count);\n  return s.padStart(4);\n}\n"
    found = generic_candidates(text, "a.js", line=3)
    assert "const s = fmt(d.label);" not in [_line(c.text, 2) for c in found]
    assert all(not retypes_argument(text, c.text, "a.js", line=3) for c in found)
