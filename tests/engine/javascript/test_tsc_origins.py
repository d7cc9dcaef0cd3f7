"""tsc diagnostics repaired where the value is made, or by the literal union's own members (fixers/tsc_origins.py)."""

from __future__ import annotations

from healer.engine.javascript.fixers.tsc_origins import union_members
from healer.engine.javascript.fixers.tsc_types import tsc_type_candidates

SIZES = (
    "type Size = 'small' | 'medium' | 'large';\n"
    "export function price(size: Size): number {\n"
    "  if (size === 'meduim') {\n    return 3;\n  }\n  return 2;\n}\n"
)


def test_it_respells_a_literal_outside_its_union_as_the_closest_member():
    message = (
        'This comparison appears to be unintentional because the types \'"small" | "medium" | "large"\' '
        "and '\"meduim\"' have no overlap."
    )
    found = tsc_type_candidates(SIZES, "src/p.ts", line=3, column=7, message=message)
    assert found[0].text.split("\n")[2] == "  if (size === 'medium') {"
    assigned = "type Size = 'small' | 'large';\nexport const pick: Size = 'lage';\n"
    found = tsc_type_candidates(assigned, "src/p.ts", line=2, column=27,
                                message="Type '\"lage\"' is not assignable to type 'Size'.")  # fmt: skip
    assert not any("'large'" in c.text.split("\n")[1] for c in found)  # no union known: nothing guessed
    # tsc names the alias: its members are read from the repository's declaration of it.
    found = tsc_type_candidates(assigned, "src/p.ts", line=2, column=27, sources={"src/p.ts": assigned},
                                message="Type '\"lage\"' is not assignable to type 'Size'.")  # fmt: skip
    assert found[0].text.split("\n")[1] == "export const pick: Size = 'large';"
    found = tsc_type_candidates(assigned, "src/p.ts", line=2, column=27,
                                message="Type '\"lage\"' is not assignable to type '\"small\" | \"large\"'.")  # fmt: skip
    assert found[0].text.split("\n")[1] == "export const pick: Size = 'large';"


def test_it_reads_only_unions_of_string_literals():
    assert union_members('"a" | "b" | undefined') == ["a", "b"]
    assert union_members('"a" | number') is None


def test_it_converts_a_string_operand_where_its_const_is_declared():
    text = (
        "export function late(stamp: string, limit: number): boolean {\n"
        "  const minutes = stamp.split(':')[1];\n"
        "  return minutes > limit;\n}\n"
    )
    found = tsc_type_candidates(text, "src/t.ts", line=3, column=10,
                                message="Operator '>' cannot be applied to types 'string' and 'number'.")  # fmt: skip
    assert found[0].text.split("\n")[1] == "  const minutes = Number(stamp.split(':')[1]);"
    assert found[0].line == 2 and not found[0].guard
    assert all(c.guard for c in found[1:] if c.line == 3)


def test_it_respells_a_literal_that_differs_from_a_union_member_only_in_case():
    source = "type Unit = 'kg' | 'lb' | 'oz';\nexport function weigh(unit: Unit): number {\n  return 1;\n}\nweigh('KG');\n"
    message = 'Argument of type \'"KG"\' is not assignable to parameter of type \'"kg" | "lb" | "oz"\'.'
    found = tsc_type_candidates(source, "src/w.ts", line=5, column=7, message=message)
    assert found[0].text.split("\n")[4] == "weigh('kg');"
