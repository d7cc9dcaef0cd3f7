"""A type member written with a value (fixers/type_member_forms, through syntax_candidates)."""

from __future__ import annotations

from healer.engine.javascript.fixers.syntax import syntax_candidates
from healer.engine.javascript.fixers.type_member_forms import initialiser_candidates, untyped_members

# Synthetic: a greenhouse's settings, one member given a default as a class field would be.
GREENHOUSE = """export interface Bed {
  widthM: number;
  minTempC: number = 12;
}

export function warmEnough(bed: Bed, tempC: number): boolean {
  return tempC >= bed.minTempC;
}
"""


def _line(text: str, line: int) -> str:
    return text.split("\n")[line - 1].strip()


def test_it_drops_an_interface_members_initializer():
    found = initialiser_candidates(GREENHOUSE, "src/bed.ts", line=3)
    assert [_line(c.text, 3) for c in found] == ["minTempC: number;"]


def test_it_drops_a_type_literals_initializer():
    text = "type Bed = {\n  rows?: number = 3;\n};\n"
    found = initialiser_candidates(text, "src/bed.ts", line=2)
    assert [_line(c.text, 2) for c in found] == ["rows?: number;"]


def test_it_puts_the_dropped_initializer_first_and_no_bare_value_member():
    found = syntax_candidates(GREENHOUSE, "src/bed.ts", line=3)
    assert _line(found[0].text, 3) == "minTempC: number;"
    lines = [_line(c.text, 3) for c in found]
    assert "minTempC: number, 12;" not in lines
    assert "minTempC: number; 12;" not in lines


def test_it_does_not_fire_on_a_class_field_or_javascript():
    field = "export class Bed {\n  minTempC: number = 12;\n}\n"
    assert initialiser_candidates(field, "src/bed.ts", line=2) == []
    assert initialiser_candidates(GREENHOUSE, "src/bed.js", line=3) == []


def test_it_counts_members_without_a_type():
    assert untyped_members(GREENHOUSE, "src/bed.ts") == 0
    assert untyped_members(GREENHOUSE.replace("number = 12", "number, 12"), "src/bed.ts") == 1
    # A method signature is another node: not counted.
    assert untyped_members("interface A { f(): void; g?: string }\n", "a.ts") == 0
