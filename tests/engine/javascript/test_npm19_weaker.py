"""Round 45 (npm19): wrong programs the tests accept, refused or ranked after (weaker_programs, logic)."""

from __future__ import annotations

from healer.engine.javascript.fixers import weaker_programs

BROKEN = "export function n(a, b) {\n  if (a > 0 and b > 0) {\n    return 1;\n  }\n  return 0;\n}\n"


def test_a_comma_operator_for_and_is_refused_and_the_logical_and_kept():
    comma = BROKEN.replace(" and ", ", ")
    assert weaker_programs.refused(BROKEN, comma, "src/a.js").startswith("puts a comma operator")
    assert weaker_programs.refused(BROKEN, BROKEN.replace(" and ", " && "), "src/a.js") == ""


def test_a_comma_operator_outside_a_condition_is_not_refused():
    old = "let i, j;\nfor (i = 0; i < 3; i++) j = i;\n"
    new = old.replace("i++", "i++, j++")
    assert weaker_programs.refused(old, new, "src/a.js") == ""


def test_a_parameter_assigned_from_its_own_field_is_refused():
    old = "class W {\n  constructor(how) {\n    this.how = how;\n  }\n}\n"
    swapped = old.replace("this.how = how;", "how = this.how;")
    assert weaker_programs.refused(old, swapped, "src/w.js").startswith("adds a store that does nothing")
    renamed = old.replace("this.how = how;", "this.way = how;")
    assert weaker_programs.refused(old, renamed, "src/w.js") == ""


def test_a_self_assignment_added_is_refused_but_one_already_there_is_not_counted():
    old = "function f(o, v) {\n  o.x = v;\n  o.y = o.y;\n}\n"
    assert weaker_programs.refused(old, old.replace("o.x = v;", "o.x = o.x;"), "src/f.js")
    assert weaker_programs.refused(old, old.replace("o.x = v;", "o.x = v + 1;"), "src/f.js") == ""


DIARY = """export class Diary {
  book(customer, day) {
    const booking = { customer, date: new Date(day) };
    this.bookings.push(booking);
  }

  on(day) {
    const wanted = new Date(day);
    return this.bookings.filter((booking) => booking.date === wanted);
  }
}
"""


def test_two_dates_compared_by_identity_are_compared_by_time_first():
    from healer.engine.javascript.fixers.logic import goes_first, logic_candidates

    found = logic_candidates(DIARY, "src/diary.js", line=9)
    right = DIARY.replace("booking.date === wanted", "booking.date.getTime() === wanted.getTime()")
    texts = [c.text for c in found]
    assert right in texts
    assert goes_first(found[texts.index(right)])
    ordered = DIARY.replace("booking.date === wanted", "booking.date <= wanted")
    assert ordered not in texts or texts.index(right) < texts.index(ordered)


def test_a_value_not_known_as_a_date_is_not_given_get_time():
    from healer.engine.javascript.fixers.logic import logic_candidates

    source = DIARY.replace("new Date(day) }", "day }")
    assert not any(".getTime()" in c.text for c in logic_candidates(source, "src/diary.js", line=9))


def test_a_comma_put_in_a_condition_spanning_lines_is_refused_and_only_the_changed_lines_are_read():
    filler = "".join(f"export const c{i} = (a, b) => (a, b);\n" for i in range(3000))
    old = (
        filler
        + "export function n(a, b) {\n  if (a > 0 &&\n      b > 0) {\n    return 1;\n  }\n  return 0;\n}\n"
    )
    new = old.replace("(a > 0 &&\n      b > 0)", "(a > 0 &&\n      b > 0, a)")
    assert weaker_programs.refused(old, new, "src/a.js").startswith("puts a comma operator")
