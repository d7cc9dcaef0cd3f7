"""Clause swaps, `super` without heritage, unread duplicate parameters (fixers/syntax_clauses.py,
syntax_early.py) and the layout of token edits (fixers/syntax_layout.py), through syntax_candidates."""

from __future__ import annotations

from healer.engine.javascript.fixers.base import Candidate
from healer.engine.javascript.fixers.syntax import syntax_candidates
from healer.engine.javascript.fixers.syntax_layout import bare_word_last, tidy


def _line(source: str, path: str, line: int) -> list[str]:
    return [c.text.split("\n")[line - 1] for c in syntax_candidates(source, path, line=line)]


def test_it_writes_the_extends_clause_before_implements():
    source = (
        "interface Rigged { bolts: number }\nclass Passage {}\n"
        "export class Pitch implements Rigged extends Passage {\n  bolts = 2;\n}\n"
    )
    assert _line(source, "src/passages.ts", 3)[0] == "export class Pitch extends Passage implements Rigged {"


def test_it_swaps_two_modifiers_written_in_the_wrong_order():
    source = "class Kiln {\n  async static heat() { return 1; }\n}\n"
    assert "  static async heat() { return 1; }" in _line(source, "src/kiln.js", 2)


def test_it_gives_a_class_calling_super_the_imported_class_whose_constructor_fits():
    source = (
        "import { Plain, Item } from './item.js';\n\nexport class Set {\n"
        "  constructor(a, b) {\n    super(a, b);\n  }\n}\n"
    )
    sources = {
        "src/item.js": "export class Plain {\n  constructor() {}\n}\nexport class Item {\n  constructor(a, b) {}\n}\n"
    }
    found = syntax_candidates(source, "src/set.js", line=5, sources=sources)
    assert [c.text.split("\n")[2] for c in found[:2]] == [
        "export class Set extends Item {",
        "export class Set extends Plain {",
    ]
    assert "    super(a, b);" not in found[-1].text


def test_it_offers_no_base_for_a_class_that_already_extends_one():
    source = "class A {}\nclass B extends A {\n  constructor() {\n    super();\n  }\n}\n"
    assert syntax_candidates(source, "src/b.js", line=4) == []


def test_it_drops_a_repeated_placeholder_parameter_the_body_never_reads():
    source = "export const grid = (n) => Array.from({ length: n }, (_, _) => []);\n"
    assert _line(source, "src/grid.js", 1) == [
        "export const grid = (n) => Array.from({ length: n }, (_) => []);",
        "export const grid = (n) => Array.from({ length: n }, () => []);",
    ]


def test_it_keeps_the_positions_of_the_parameters_after_a_repeated_one():
    # Dropping the middle `x` would pass `y` the second argument: only the read name repairs it.
    source = "export const f = (x, x, y) => y;\n"
    assert "export const f = (x, y) => y;" not in _line(source, "src/f.js", 1)


def test_it_takes_a_deleted_tokens_blank_with_it():
    source = "class Organ {\n  private stops = new Map();\n}\n"
    assert "  stops = new Map();" in _line(source, "src/organ.js", 2)
    assert "   stops = new Map();" not in _line(source, "src/organ.js", 2)


def test_it_sets_a_colon_written_for_an_equals_against_its_key():
    source = "export const s = { name, drives = 0, last: -1 };\n"
    assert "export const s = { name, drives: 0, last: -1 };" in _line(source, "src/s.js", 1)


def test_it_leaves_the_blanks_inside_a_string_alone():
    original = "const a = 'x  y';\n"
    spliced = Candidate("src/a.js", "const a = 'x y';\n", 1, "edit")
    assert tidy(spliced, original=original, path="src/a.js") == spliced


def test_it_puts_a_word_made_a_statement_of_its_own_last():
    original = "class A {\n  function bearing() {}\n}\n"
    bare = Candidate("a.js", "class A {\n  function; bearing() {}\n}\n", 2, "add ';'")
    dropped = Candidate("a.js", "class A {\n  bearing() {}\n}\n", 2, "remove 'function'")
    assert bare_word_last([bare, dropped], original=original) == [dropped, bare]


def test_it_puts_a_keyword_made_a_fields_name_last():
    source = "class Organ {\n  private stops = new Map();\n}\n"
    assert _line(source, "src/organ.js", 2)[0] == "  stops = new Map();"


def test_it_makes_an_unread_name_an_array_pattern_binds_twice_holes():
    source = "export function legs(all) {\n  const [swim, _, bike, _, run] = all;\n  return swim + bike + run;\n}\n"
    assert "  const [swim, , bike, , run] = all;" in _line(source, "src/legs.js", 2)


def test_it_keeps_a_name_bound_twice_that_the_module_reads():
    source = "export function legs(all) {\n  const [swim, _, bike, _] = all;\n  return swim + bike + _;\n}\n"
    assert "  const [swim, , bike, ] = all;" not in _line(source, "src/legs.js", 2)


def test_it_destructures_a_comma_list_where_one_binding_was_meant():
    source = "export function f(m) {\n  for (const k, v of Object.entries(m)) {\n    g(k, v);\n  }\n}\n"
    assert _line(source, "src/f.js", 2)[0] == "  for (const [k, v] of Object.entries(m)) {"


def test_it_moves_the_punctuator_at_the_error_elsewhere_on_its_line():
    source = "export interface Lesson {\n  kiteM2: number?;\n}\n"
    assert "  kiteM2?: number;" in _line(source, "src/lessons.ts", 2)


def test_it_gives_a_typed_getter_its_parameter_list_before_the_return_type():
    source = "export class Formula {\n  get totalDrops: number {\n    return 1;\n  }\n}\n"
    assert _line(source, "src/formula.ts", 2)[0] == "  get totalDrops(): number {"
