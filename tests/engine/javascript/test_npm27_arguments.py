"""Round 53 (npm27): a missing argument synthesised from the members of what is in scope."""

from healer.engine.javascript.fixers.type_errors import argument_candidates

CALLEE = ("distance", "pace")
TYPES = ("number", "number")


def _line(candidate, line: int) -> str:
    return candidate.text.splitlines()[line - 1].strip()


def test_it_passes_the_member_of_a_typed_parameter_named_like_the_missing_parameter():
    text = (
        "interface Leg {\n  label: string;\n  distance: number;\n  pace: number;\n}\n"
        "export function legTime(leg: Leg): number {\n  return timeFor(leg.distance);\n}\n"
    )
    found = argument_candidates(text, "t.ts", line=7, callee="timeFor", parameters=CALLEE, types=TYPES)
    assert [_line(c, 7) for c in found] == ["return timeFor(leg.distance, leg.pace);"]


def test_it_offers_no_constant_when_a_named_value_is_in_scope():
    text = "export function legTime(leg) {\n  const pace = leg.pace;\n  return timeFor(leg.distance);\n}\n"
    found = argument_candidates(text, "t.ts", line=3, callee="timeFor", parameters=CALLEE, types=TYPES)
    assert [c.description for c in found] == ["pass the missing argument pace"]


def test_it_takes_a_field_of_the_enclosing_class_as_this_member():
    text = (
        "class Runner {\n  pace: number = 5;\n  run(distance: number): number {\n"
        "    return timeFor(distance);\n  }\n}\n"
    )
    found = argument_candidates(text, "t.ts", line=4, callee="timeFor", parameters=CALLEE, types=TYPES)
    assert [_line(c, 4) for c in found] == ["return timeFor(distance, this.pace);"]


def test_it_takes_a_member_the_enclosing_function_reads():
    text = "function legTime(leg) {\n  if (leg.pace <= 0) return 0;\n  return timeFor(leg.distance);\n}\n"
    found = argument_candidates(text, "a.js", line=3, callee="timeFor", parameters=CALLEE)
    assert [_line(c, 3) for c in found] == ["return timeFor(leg.distance, leg.pace);"]


def test_it_does_not_take_a_member_whose_declared_type_differs():
    # The interface's `pace` is a label: only the plain values of the parameter's type remain.
    text = (
        "interface Leg {\n  distance: number;\n  pace: string;\n}\n"
        "export function legTime(leg: Leg): number {\n  return timeFor(leg.distance);\n}\n"
    )
    found = argument_candidates(text, "t.ts", line=6, callee="timeFor", parameters=CALLEE, types=TYPES)
    assert [_line(c, 6) for c in found] == [
        "return timeFor(leg.distance, 1);",
        "return timeFor(leg.distance, 2);",
        "return timeFor(leg.distance, 0);",
    ]


def test_it_does_not_take_a_member_of_an_object_out_of_scope():
    text = (
        "interface Leg {\n  distance: number;\n  pace: number;\n}\n"
        "function other(leg: Leg) {\n  return leg.pace;\n}\n"
        "export function total(d: number): number {\n  return timeFor(d);\n}\n"
    )
    found = argument_candidates(text, "t.ts", line=9, callee="timeFor", parameters=CALLEE, types=TYPES)
    assert "leg.pace" not in "".join(c.text.splitlines()[8] for c in found)


def test_it_takes_a_constant_whose_name_holds_the_parameters_words():
    text = "const CITY_PACE = 6;\nconst SPEED = 1;\nexport const t = (d: number) =>\n  timeFor(d);\n"
    found = argument_candidates(text, "t.ts", line=4, callee="timeFor", parameters=CALLEE, types=TYPES)
    assert [_line(c, 4) for c in found] == ["timeFor(d, CITY_PACE);"]


def test_it_does_not_take_a_name_missing_one_of_the_parameters_words():
    text = "const MAX_SPEED = 6;\nexport const t = (d: number) =>\n  timeFor(d);\n"
    found = argument_candidates(text, "t.ts", line=3, callee="timeFor", parameters=CALLEE, types=TYPES)
    assert [c.description for c in found] == [
        "pass 1 as the missing argument pace",
        "pass 2 as the missing argument pace",
        "pass 0 as the missing argument pace",
    ]


def test_it_does_not_take_a_member_of_a_name_bound_only_in_a_callback_or_loop():
    # Round 53's review: every `x.p` of the outermost function was taken, `leg.pace` of a callback's
    # `leg` too, out of scope at the call (a ReferenceError), and it hid the plain values below.
    for bound in ("legs.filter((leg) => leg.pace > 6);", "for (const leg of legs) log(leg.pace);"):
        text = (
            f"export function total(legs: Leg[], d: number): number {{\n  {bound}\n  return timeFor(d);\n}}\n"
        )
        found = argument_candidates(text, "t.ts", line=3, callee="timeFor", parameters=CALLEE, types=TYPES)
        assert [_line(c, 3) for c in found] == [
            "return timeFor(d, 1);",
            "return timeFor(d, 2);",
            "return timeFor(d, 0);",
        ]


RUNNER = "class Runner {\n  pace: number = 5;\n  run(ds: number[]) {\n    return ds.map((distance) => timeFor(distance));\n  }\n}\n"


def test_it_takes_this_member_only_where_this_is_the_classs_instance():
    # Round 53's review: every field and `this.p` of every enclosing class body was offered as
    # `this.p`: a static field, an instance field in a static method, a nested class's field, a
    # field read from inside a `function` (whose `this` is its own); each hid the plain values.
    found = argument_candidates(RUNNER, "t.ts", line=4, callee="timeFor", parameters=CALLEE, types=TYPES)
    assert [c.description for c in found] == ["pass the missing argument this.pace"]
    for other in (
        RUNNER.replace("  pace: number = 5;", "  static pace = 5;"),
        RUNNER.replace("  run(ds", "  static run(ds"),
        RUNNER.replace("  pace: number = 5;\n", "").replace(
            "  run(ds", "  make() {\n    return class { pace = 3; };\n  }\n  run(ds"
        ),
        RUNNER.replace(
            "(distance) => timeFor(distance)", "function (distance) { return timeFor(distance); }"
        ),
    ):
        line = next(i for i, row in enumerate(other.splitlines(), 1) if "timeFor(" in row)
        found = argument_candidates(
            other, "t.ts", line=line, callee="timeFor", parameters=CALLEE, types=TYPES
        )
        assert [c.description for c in found] == [f"pass {v} as the missing argument pace" for v in (1, 2, 0)]


def test_it_takes_the_member_of_the_object_the_call_already_passes():
    # Round 53's review: of two objects with a `pace`, the shorter expression won (`p.pace`), a
    # member of another object than the one whose `distance` the call passes.
    text = (
        "interface Leg {\n  distance: number;\n  pace: number;\n}\ninterface Plan {\n  pace: number;\n}\n"
        "export function legTime(p: Plan, leg: Leg): number {\n  return timeFor(leg.distance);\n}\n"
    )
    found = argument_candidates(text, "t.ts", line=9, callee="timeFor", parameters=CALLEE, types=TYPES)
    assert [_line(c, 9) for c in found] == ["return timeFor(leg.distance, leg.pace);"]


WARM_UP = "function warmUp(): number {\n  const pace = 9;\n  return pace;\n}\n"


def test_it_does_not_take_another_functions_local_and_keeps_the_plain_values():
    # Round 53's review: `pace`, a local of another function, was passed (a ReferenceError) and, as
    # a named match, now hid the plain values round 52 offered beside it.
    text = WARM_UP + "export function total(d: number): number {\n  return timeFor(d);\n}\n"
    found = argument_candidates(text, "t.ts", line=6, callee="timeFor", parameters=CALLEE, types=TYPES)
    assert [c.description for c in found] == [f"pass {v} as the missing argument pace" for v in (1, 2, 0)]


def test_it_still_takes_a_module_constant_also_named_by_a_type_or_an_export():
    for module in (
        "export const pace = 5;\n",
        "declare const pace: number;\ntype Step = (pace: number) => void;\n",
    ):
        text = module + WARM_UP + "export function total(d: number): number {\n  return timeFor(d);\n}\n"
        line = next(i for i, row in enumerate(text.splitlines(), 1) if "timeFor(" in row)
        found = argument_candidates(text, "t.ts", line=line, callee="timeFor", parameters=CALLEE, types=TYPES)
        assert [c.description for c in found] == ["pass the missing argument pace"]
