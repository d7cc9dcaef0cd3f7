"""Round 55, npmtypes29: a value used with another kind's shape (type_shapes): an iterator given Array
methods, a class instance destructured with an array pattern, objects spread where numbers are wanted.
Each answer test fails on the engine before round 55 (no such candidate); the limit tests guard where
the template must not fire. The sources are synthetic."""

from __future__ import annotations

from healer.engine.javascript.fixers import type_shapes

SET_SOURCE = (
    "export const TAGS = new Set(['a', 'b', 'c']);\n"
    "export function shown() {\n"
    "  return TAGS.values().filter((t) => t !== 'b').toArray();\n"
    "}\n"
)


def test_it_spreads_an_iterator_before_an_array_method_and_drops_to_array():
    found = type_shapes.iterator_helper_candidates(
        SET_SOURCE, "src/a.js", line=3, message="TypeError: TAGS.values(...).filter is not a function"
    )
    assert found[0].text == SET_SOURCE.replace(
        "TAGS.values().filter((t) => t !== 'b').toArray()", "[...TAGS].filter((t) => t !== 'b')"
    )


def test_it_keeps_a_maps_values_call_and_respells_take():
    source = "export function firstTwo(m) {\n  return m.values().take(2).toArray();\n}\n"
    found = type_shapes.iterator_helper_candidates(
        source, "src/a.js", line=2, message="TypeError: m.values(...).take is not a function"
    )
    assert found[0].text == source.replace("m.values().take(2).toArray()", "[...m.values()].slice(0, 2)")


def test_it_does_not_spread_for_a_method_no_array_has_or_a_plain_receiver():
    assert (
        type_shapes.iterator_helper_candidates(
            SET_SOURCE, "src/a.js", line=3, message="TypeError: TAGS.values(...).frobnicate is not a function"
        )
        == []
    )
    plain = "export function f(s) {\n  return s.filter((x) => x);\n}\n"
    assert (
        type_shapes.iterator_helper_candidates(
            plain, "src/a.js", line=2, message="TypeError: s.filter is not a function"
        )
        == []
    )


PLAN = (
    "class Plan {\n"
    "  constructor(readonly items: string[]) {}\n"
    "  get count(): number { return this.items.length; }\n"
    "}\n"
    "export function summary(items: string[]) {\n"
    "  const [count, items2] = new Plan(items);\n"
    "  return { count, items2 };\n"
    "}\n"
)
NOT_ITERABLE = "TypeError: Plan is not a function or its return value is not iterable"


def test_it_destructures_a_class_instance_by_member_name():
    source = PLAN.replace("items2", "items").replace("summary(items: string[])", "summary(list: string[])")
    source = source.replace("new Plan(items)", "new Plan(list)")
    found = type_shapes.object_pattern_candidates(
        source, "src/a.ts", line=6, message=NOT_ITERABLE, sources={}
    )
    assert found[0].text == source.replace("const [count, items] =", "const { count, items } =")


def test_it_does_not_destructure_by_name_when_a_name_is_no_member_or_the_class_is_iterable():
    assert (
        type_shapes.object_pattern_candidates(PLAN, "src/a.ts", line=6, message=NOT_ITERABLE, sources={})
        == []
    )
    iterable = PLAN.replace("items2", "items").replace(
        "  get count()", "  *[Symbol.iterator]() { yield* this.items; }\n  get count()"
    )
    assert (
        type_shapes.object_pattern_candidates(iterable, "src/a.ts", line=7, message=NOT_ITERABLE, sources={})
        == []
    )
    other = PLAN.replace("items2", "items")
    assert (
        type_shapes.object_pattern_candidates(
            other, "src/a.ts", line=6, message="TypeError: x is not a function", sources={}
        )
        == []
    )


READINGS = (
    "export interface Sample {\n"
    "  at: number;\n"
    "  depthCm: number;\n"
    "  site: string;\n"
    "}\n"
    "export function deepestCm(samples: Sample[]): number {\n"
    "  return Math.max(...samples);\n"
    "}\n"
)
WANTS_NUMBER = "error TS2345: Argument of type 'Sample' is not assignable to parameter of type 'number'."


def test_it_maps_objects_to_their_numeric_field_the_function_names_first():
    found = type_shapes.field_argument_candidates(
        READINGS, "src/a.ts", line=7, message=WANTS_NUMBER, sources={}
    )
    assert [c.text for c in found] == [
        READINGS.replace("...samples", "...samples.map((sample) => sample.depthCm)"),
        READINGS.replace("...samples", "...samples.map((sample) => sample.at)"),
    ]


def test_it_does_not_map_when_the_type_has_no_field_of_the_wanted_type():
    words = READINGS.replace("  at: number;\n  depthCm: number;\n", "")
    assert (
        type_shapes.field_argument_candidates(words, "src/a.ts", line=5, message=WANTS_NUMBER, sources={})
        == []
    )
    other = WANTS_NUMBER.replace("'number'", "'boolean'")
    assert (
        type_shapes.field_argument_candidates(READINGS, "src/a.ts", line=7, message=other, sources={}) == []
    )


TEAMS = (
    "export interface Rower {\n"
    "  kg: number;\n"
    "}\n"
    "export interface Crew {\n"
    "  name: string;\n"
    "  rowers: Rower[];\n"
    "}\n"
    "export function weight(rowers: Rower[]): number {\n"
    "  return rowers.reduce((s, r) => s + r.kg, 0);\n"
    "}\n"
    "export function heavy(crew: Crew): boolean {\n"
    "  return weight(crew) > 700;\n"
    "}\n"
)
WANTS_LIST = "error TS2345: Argument of type 'Crew' is not assignable to parameter of type 'Rower[]'."


def test_it_passes_the_field_whose_type_the_parameter_declares():
    found = type_shapes.field_argument_candidates(TEAMS, "src/a.ts", line=12, message=WANTS_LIST, sources={})
    assert [c.text for c in found] == [TEAMS.replace("weight(crew)", "weight(crew.rowers)")]


def test_it_does_not_pass_a_field_when_none_has_the_parameters_type():
    other = WANTS_LIST.replace("'Rower[]'", "'Rower'")
    assert type_shapes.field_argument_candidates(TEAMS, "src/a.ts", line=12, message=other, sources={}) == []


OPTIONS = "export function label(n, { unit = 'kg', digits = 1 }) {\n  return n.toFixed(digits) + unit;\n}\n"
UNDESTRUCTURED = "TypeError: Cannot destructure property 'unit' of 'undefined' as it is undefined."


def test_it_defaults_an_options_pattern_whose_properties_all_have_defaults():
    found = type_shapes.pattern_default_candidates(OPTIONS, "src/a.js", line=1, message=UNDESTRUCTURED)
    assert [(c.text, c.guard) for c in found] == [
        (OPTIONS.replace("digits = 1 })", "digits = 1 } = {})"), False)
    ]


def test_it_reads_a_transformed_destructuring_message_too():
    read = "TypeError: Cannot read properties of undefined (reading 'unit')"
    found = type_shapes.pattern_default_candidates(OPTIONS, "src/a.js", line=1, message=read)
    assert [c.text for c in found] == [OPTIONS.replace("digits = 1 })", "digits = 1 } = {})")]


def test_it_guards_a_default_for_a_pattern_without_defaults_and_skips_a_defaulted_one():
    bare = OPTIONS.replace("unit = 'kg', digits = 1", "unit, digits")
    found = type_shapes.pattern_default_candidates(bare, "src/a.js", line=1, message=UNDESTRUCTURED)
    assert [c.guard for c in found] == [True]
    given = OPTIONS.replace("digits = 1 })", "digits = 1 } = {})")
    assert type_shapes.pattern_default_candidates(given, "src/a.js", line=1, message=UNDESTRUCTURED) == []
    other = UNDESTRUCTURED.replace("'unit'", "'colour'")
    assert type_shapes.pattern_default_candidates(OPTIONS, "src/a.js", line=1, message=other) == []
