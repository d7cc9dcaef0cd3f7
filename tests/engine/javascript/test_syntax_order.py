"""Early errors of order and grouping tree-sitter accepts (fixers/syntax_order.py), reached through
syntax_candidates: each candidate is the repair the language's rule names, first among the edits."""

from __future__ import annotations

from healer.engine.javascript.fixers.syntax import syntax_candidates


def _first(source: str, path: str, line: int) -> str:
    found = syntax_candidates(source, path, line=line)
    assert found, "no candidate"
    return found[0].text


def test_it_moves_a_rest_element_of_an_object_pattern_last():
    source = "export const labels = (items) =>\n  items.map(({ ...rest, label }) => `${label}:${rest.id}`);\n"
    assert _first(source, "src/labels.js", 2) == source.replace("{ ...rest, label }", "{ label, ...rest }")


def test_it_moves_a_rest_element_of_an_array_pattern_last():
    source = "const [...middle, last] = queue;\n"
    assert _first(source, "src/queue.js", 1) == "const [last, ...middle] = queue;\n"


def test_it_moves_a_typed_rest_parameter_last_and_drops_the_comma_it_would_trail():
    # A parameter list over several lines: the error's line (the comma after the rest) is inside it.
    source = (
        "export function sum(\n  ...weights: number[],\n  scale: number,\n): number {\n"
        "  return weights.reduce((a, b) => a + b, 0) * scale;\n}\n"
    )
    expected = source.replace(
        "  ...weights: number[],\n  scale: number,\n", "  scale: number,\n  ...weights: number[]\n"
    )
    assert _first(source, "src/sum.ts", 2) == expected


def test_it_drops_a_trailing_comma_after_a_rest_parameter():
    source = "function tally(first, ...others,) { return others.length; }\n"
    assert _first(source, "src/tally.js", 1) == "function tally(first, ...others) { return others.length; }\n"


def test_it_parenthesises_or_beside_nullish_coalescing_as_read_then_the_other_way():
    source = "export const tone = (pick, base) => pick.tone ?? base.tone || 'grey';\n"
    found = [c.text for c in syntax_candidates(source, "src/tone.js", line=1)]
    assert found[:2] == [
        source.replace("base.tone || 'grey'", "(base.tone || 'grey')"),
        source.replace("pick.tone ?? base.tone", "(pick.tone ?? base.tone)"),
    ]


def test_it_parenthesises_and_before_nullish_coalescing_on_a_later_line_of_the_expression():
    source = "const open =\n  shop.open &&\n  shop.staffed ?? false;\n"
    assert _first(source, "src/shop.ts", 3) == "const open =\n  (shop.open &&\n  shop.staffed) ?? false;\n"


def test_it_leaves_parenthesised_coalescing_and_plain_logic_alone():
    source = "const a = (x ?? y) || z;\nconst b = x || y && z;\nconst c = x ?? y ?? z;\n"
    for line in (1, 2, 3):
        regrouped = [
            c for c in syntax_candidates(source, "src/ok.js", line=line) if "does not mix" in c.description
        ]
        assert regrouped == []


def test_it_groups_a_unary_minus_before_exponentiation():
    found = [c.text for c in syntax_candidates("const area = -side ** 2;\n", "src/area.js", line=1)]
    assert found[:2] == ["const area = -(side ** 2);\n", "const area = (-side) ** 2;\n"]


def test_it_writes_a_legacy_octal_literal_with_its_prefix_and_a_zero_led_decimal_without_zeros():
    source = "'use strict';\nconst mode = 0644;\nconst day = 09;\n"
    assert _first(source, "src/mode.js", 2) == source.replace("0644", "0o644")
    assert _first(source, "src/mode.js", 3) == source.replace("09", "9")
