"""Candidate edits per bug type: pure functions of (source text, failure), every candidate parses."""

from __future__ import annotations

from healer.engine.javascript.classify import Repository, classify_error, parse_failure
from healer.engine.javascript.errors import parse_error
from healer.engine.javascript.fixers.dispatch import candidates_for
from healer.engine.javascript.fixers.imports import (
    export_candidates,
    module_candidates,
    undefined_name_candidates,
)
from healer.engine.javascript.fixers.lint import eslint_candidates
from healer.engine.javascript.fixers.logic import logic_candidates
from healer.engine.javascript.fixers.syntax import indentation_candidates, syntax_candidates
from healer.engine.javascript.fixers.type_errors import (
    argument_candidates,
    function_parameter_types,
    function_parameters,
    map_call_candidates,
    method_arities,
    type_error_candidates,
)
from healer.engine.javascript.lint import EslintMessage, Suggestion, TextEdit
from healer.engine.javascript.syntax import parses
from healer.engine.types import BugType, Failure


def texts(candidates) -> list[str]:
    assert all(parses(c.text, c.file) for c in candidates)
    return [c.text for c in candidates]


def failure_at(file: str, line: int, message: str) -> Failure:
    return Failure(bug_type=BugType.TYPE_ERROR, file=file, line=line, message=message, source="jest",
                   code="TypeError", extra={"frames": [(file, line)]})  # fmt: skip


def repo_of(files: dict[str, str]) -> Repository:
    return Repository(files=set(files), read=files.get)


# -- SYNTAX / INDENTATION --------------------------------------------------------------
def test_a_missing_paren_is_inserted_where_the_parser_expected_it():
    text = "export function f(x: number): number {\n  if (x > 1 {\n    return 1;\n  }\n  return 2;\n}\n"
    first = syntax_candidates(text, "a.ts", line=2, column=13)[0]
    assert first.text == text.replace("x > 1 {", "x > 1) {") and first.description == "add the missing ')'"


def test_a_missing_comma_between_properties_and_a_misspelt_keyword():
    text = "const o = {\n  a: 1\n  b: 2,\n};\nfunction g() {\n  retrun 3;\n}\n"
    fixed_comma = text.replace("a: 1\n", "a: 1,\n")
    # The file holds a second error: a candidate that moves the first problem further down is kept too.
    assert syntax_candidates(text, "a.js", line=3, column=3)[0].text == fixed_comma
    first = syntax_candidates(fixed_comma, "a.js", line=6, column=3)[0]
    assert first.description == "correct the keyword 'retrun' to 'return'"


def test_an_arrow_meant_to_return_an_object_literal_gets_its_body_parenthesised_first():
    text = "function pair(pars, indexes) {\n  return pars.map((par, i) => { par, si: indexes[i] });\n}\n"
    for path in ("a.js", "a.ts"):
        first = syntax_candidates(text, path, line=2, column=38)[0]
        # Not "replace ':' with '=>'", which parses but returns undefined from every call.
        assert first.text == text.replace("=> { par, si: indexes[i] })", "=> ({ par, si: indexes[i] }))")
        assert first.description == "wrap the arrow's body in parentheses: it returns an object literal"
    spread = "const f = (rows) =>\n  rows.map((r) => {\n    id: r.id,\n    total: r.a + r.b,\n  });\n"
    first = syntax_candidates(spread, "a.ts", line=4, column=10)[0]  # tree-sitter reads an object here
    assert parses(first.text, "a.ts") and "rows.map((r) => ({\n" in first.text and "  }));" in first.text


def test_a_block_that_cannot_be_an_object_is_not_parenthesised():
    text = "const f = (xs) => xs.map((x) => { const y = x * 2: return y; });\n"
    assert all("parentheses" not in c.description for c in syntax_candidates(text, "a.js", line=1))


def test_a_file_that_parses_gets_no_syntax_candidates():
    assert syntax_candidates("const a = 1;\n", "a.js", line=1) == []


def test_an_unclosed_block_is_closed_where_the_indentation_ends_it():
    text = "function f(x) {\n  for (const y of x) {\n    if (y) {\n      g();\n    }\n  return 1;\n}\n"
    first = indentation_candidates(text, "a.js")[0]
    assert first.line == 2 and first.text == text.replace("    }\n  return", "    }\n  }\n  return")


def test_it_closes_an_unclosed_block_before_the_blank_rows_that_follow_it():
    # Round 53: the blank row stays between the method and the next one, not inside the method.
    text = "class M {\n  tick() {\n    this.n += 1;\n    return this.n;\n\n  reset() {\n    this.n = 0;\n  }\n}\n"
    first = indentation_candidates(text, "a.js")[0]
    assert first.line == 2 and first.text == text.replace("this.n;\n\n", "this.n;\n  }\n\n")


def test_it_closes_an_object_or_type_literal_declaration_with_a_semicolon_first():
    # Round 53: a declaration whose value is an object or type literal ends with `};`.
    text = "export const SIZES: Record<string, number> = {\n  small: 1,\n  large: 3,\n\nexport const N = 2;\n"
    assert indentation_candidates(text, "a.ts")[0].text == text.replace("3,\n\n", "3,\n};\n\n")
    typed = "export type Pot = {\n  litres: number;\n\nexport const N = 2;\n"
    assert indentation_candidates(typed, "a.ts")[0].text == typed.replace("number;\n\n", "number;\n};\n\n")
    # A block that is not a value keeps the plain closer first.
    block = "function f(a) {\n  if (a) {\n    g();\n\n  return 1;\n}\n"
    assert indentation_candidates(block, "a.js")[0].text == block.replace("g();\n\n", "g();\n  }\n\n")


def test_an_extra_brace_is_removed():
    text = "function f(x) {\n  if (x) {\n    g();\n  }\n  }\n  return 1;\n}\n"
    assert indentation_candidates(text, "a.js")[0].text == text.replace("  }\n  }\n", "  }\n", 1)


def test_a_closer_that_parses_at_two_places_goes_first_where_it_gives_join_an_array():
    text = "export function caesar(text, by) {\n  return [...text].map((ch) => shift(ch, by).join('');\n}\n"
    found = syntax_candidates(text, "a.js", line=2, column=56)
    # `shift(ch, by).join('')` inside the arrow parses too, but join is an Array's and map makes one.
    assert found[0].text.split("\n")[1] == "  return [...text].map((ch) => shift(ch, by)).join('');"


def test_a_block_header_that_lost_its_brace_gets_it_back_before_the_brace_is_dropped():
    text = (
        "function plan(trips) {\n  const options = [];\n  for (const first of trips) {\n    const direct = ride(first);\n"
        "    if (direct)\n      options.push([direct]);\n      continue;\n    }\n    options.push([]);\n  }\n"
        "  return options;\n}\n"
    )
    found = indentation_candidates(text, "a.ts")
    # `if (direct)` with its body indented below it and a `}` at its indentation: the `{` goes back there.
    assert (found[0].line, found[0].text) == (5, text.replace("if (direct)\n", "if (direct) {\n"))
    assert (found[1].line, found[1].description) == (8, "remove the '}' that closes no block")


# -- IMPORT ---------------------------------------------------------------------------
FILES = {"src/math.js", "src/format.js", "src/index.js", "src/params.js"}
SOURCES = {
    "src/math.js": "function sum(a){}\nfunction mean(a){}\nmodule.exports = { sum, mean };\n",
    "src/format.js": "export function formatPrice(x) { return x; }\n",
}


def test_a_misspelt_module_path_becomes_the_closest_file():
    text = "const { sum } = require('./maths');\n"
    first = module_candidates(text, "src/index.js", specifier="./maths", line=1, files=FILES)[0]
    assert first.text == "const { sum } = require('./math');\n"


def test_an_es_module_import_gets_its_file_extension():
    text = "import { parse } from './params';\n"
    (first,) = module_candidates(text, "src/index.js", specifier="./params", line=1, files=FILES)
    assert first.text == "import { parse } from './params.js';\n"


def test_a_module_named_unlike_any_file_becomes_the_one_that_exports_the_imported_names():
    sources = {
        **SOURCES,
        "src/index.js": "export { sum, mean } from './math.js';\n",
        "test/stats.test.js": "export function sum() {}\nexport function mean() {}\n",
    }
    text = "const { sum, mean } = require('./statistics');\n"
    found = module_candidates(
        text, "src/report.js", specifier="./statistics", line=1, files=set(sources), read=sources.get,
        is_test=lambda file: file.startswith("test/"),
    )  # fmt: skip
    assert [c.text for c in found] == [
        "const { sum, mean } = require('./math');\n",
        "const { sum, mean } = require('.');\n",
    ]
    assert module_candidates(text, "src/report.js", specifier="./statistics", line=1, files=FILES) == []


def test_a_misspelt_package_or_builtin():
    text = "const fs = require('fs/promise');\nconst _ = require('lodahs');\n"
    assert module_candidates(text, "a.js", specifier="fs/promise", line=1, files=())[0].text.startswith(
        "const fs = require('fs/promises');"
    )
    assert (
        "require('lodash')"
        in module_candidates(text, "a.js", specifier="lodahs", line=2, files=(), packages=["lodash"])[0].text
    )


def test_a_missing_named_export_is_replaced_by_the_closest_one():
    text = "const { summ, mean } = require('./math');\nmodule.exports = () => summ([1]);\n"
    found = texts(
        export_candidates(
            text, "src/index.js", specifier="./math", name="summ", files=FILES, read=SOURCES.get
        )
    )
    assert found == [
        "const { sum, mean } = require('./math');\nmodule.exports = () => sum([1]);\n",
        "const { sum: summ, mean } = require('./math');\nmodule.exports = () => summ([1]);\n",
    ]


def test_a_named_import_from_the_wrong_module_comes_from_the_module_that_exports_it():
    sources = {
        "src/quantity.ts": "export function parseAmount(s: string) { return Number(s); }\n",
        "src/recipe.ts": "export function formatIngredient(i: string) { return i; }\n",
    }
    text = "import { formatIngredient } from './quantity';\n"
    found = texts(export_candidates(text, "src/scale.ts", specifier="./quantity", name="formatIngredient",
                                    files=set(sources), read=sources.get))  # fmt: skip
    assert found == ["import { formatIngredient } from './recipe';\n"]
    both = "import { parseAmount, formatIngredient } from './quantity';\n"
    found = texts(export_candidates(both, "src/scale.ts", specifier="./quantity", name="formatIngredient",
                                    files=set(sources), read=sources.get))  # fmt: skip
    assert found == [
        "import { parseAmount } from './quantity';\nimport { formatIngredient } from './recipe';\n"
    ]


def test_an_undefined_name_is_imported_or_corrected():
    text = "import { x } from './y.js';\nexport const p = formatPrice(3) + Mth.min(1);\n"
    imported = undefined_name_candidates(
        text, "src/index.js", name="formatPrice", line=2, files=FILES, read=SOURCES.get
    )
    assert imported[0].text.split("\n")[1] == "import { formatPrice } from './format.js';"
    corrected = undefined_name_candidates(
        text, "src/index.js", name="Mth", line=2, files=FILES, read=SOURCES.get
    )
    assert "Math.min(1)" in corrected[0].text
    cjs = "const a = 1;\nmodule.exports = () => path.join('a');\n"
    builtin = undefined_name_candidates(
        cjs, "src/index.js", name="path", line=2, files=FILES, read=SOURCES.get
    )
    assert builtin[0].text.startswith("const path = require('node:path');\nconst a = 1;")


def test_an_undefined_name_joins_the_names_the_file_already_takes_from_its_module():
    cjs = "const { x } = require('./format');\nmodule.exports = () => formatPrice(x);\n"
    found = undefined_name_candidates(
        cjs, "src/index.js", name="formatPrice", line=2, files=FILES, read=SOURCES.get
    )
    assert found[0].text == cjs.replace("{ x }", "{ x, formatPrice }")
    esm = "import { x } from './format.js';\nexport const p = formatPrice(x);\n"
    found = undefined_name_candidates(
        esm, "src/index.js", name="formatPrice", line=2, files=FILES, read=SOURCES.get
    )
    assert found[0].text == esm.replace("{ x }", "{ x, formatPrice }")
    # One name shows no order: the name in alphabetical place only after the end of the list.
    assert found[1].text == esm.replace("{ x }", "{ formatPrice, x }")
    # A second statement still follows, for a binding the list cannot take.
    assert found[2].text.split("\n")[1] == "import { formatPrice } from './format.js';"


def test_an_undefined_name_takes_its_alphabetical_place_where_the_imports_show_that_order():
    listed = "import { a, x } from './format.js';\nexport const p = formatPrice(a, x);\n"
    found = undefined_name_candidates(
        listed, "src/index.js", name="formatPrice", line=2, files=FILES, read=SOURCES.get
    )
    assert [c.text for c in found[:2]] == [
        listed.replace("{ a, x }", "{ a, formatPrice, x }"),
        listed.replace("{ a, x }", "{ a, x, formatPrice }"),
    ]
    statements = (
        "import { a } from './a.js';\nimport { z } from './z.js';\nexport const p = formatPrice(a, z);\n"
    )
    found = undefined_name_candidates(
        statements, "src/index.js", name="formatPrice", line=3, files=FILES, read=SOURCES.get
    )
    rows = [c.text.split("\n")[:3] for c in found if "import { formatPrice }" in c.text]
    assert rows[0][1] == "import { formatPrice } from './format.js';"
    assert rows[1][2] == "import { formatPrice } from './format.js';"


# -- TYPE_ERROR -----------------------------------------------------------------------
def test_calling_a_misspelt_method_or_a_property():
    text = "function f(s) {\n  return s.toUppercase() + s.length();\n}\n"
    found = type_error_candidates(text, "a.js", line=2, message="s.toUppercase is not a function")
    assert found[0].text == text.replace("toUppercase", "toUpperCase")
    prop = type_error_candidates(text, "a.js", line=2, message="s.length is not a function")
    assert any(c.text == text.replace("s.length()", "s.length") for c in prop)


def test_reading_through_undefined_suggests_the_closest_property_then_a_guard():
    text = "function f(order) {\n  return order.itmes.length;\n}\n"
    found = type_error_candidates(text, "a.js", line=2, message="Cannot read properties of undefined (reading 'length')",
                                  properties=("items", "price"))  # fmt: skip
    assert [c.description for c in found] == [
        "read 'items' instead of the missing 'itmes'", "guard the read of 'length' with optional chaining",
    ]  # fmt: skip
    # The guard only stops the crash: the repair loop accepts it only when its tests pass.
    assert [c.guard for c in found] == [False, True]
    # A name other lines read too is no slip of this one: renaming it here only steers around it.
    many = text.replace("}\n", "}\nfunction g(order) {\n  return order.itmes[0];\n}\n")
    found = type_error_candidates(many, "a.js", line=2, message="Cannot read properties of undefined (reading 'length')",
                                  properties=("items", "price"))  # fmt: skip
    assert (found[0].description, found[0].guard) == (
        "read 'items' instead of the missing 'itmes'",
        True,
    )


def test_a_reassigned_constant_and_a_class_without_new():
    text = "const total = 0;\nfor (const x of [1]) {\n  total += x;\n}\nconst a = Account(1);\n"
    (let,) = type_error_candidates(text, "a.js", line=3, message="Assignment to constant variable.")
    assert let.line == 1 and let.text.startswith("let total = 0;")
    (new,) = type_error_candidates(
        text, "a.js", line=5, message="Class constructor Account cannot be invoked without 'new'"
    )
    assert new.text.endswith("const a = new Account(1);\n")


def test_objects_where_iterables_are_expected():
    text = "const m = { a: 1 };\nfor (const v of m) {}\n"
    (values, entries, *_) = type_error_candidates(text, "a.js", line=2, message="m is not iterable")
    assert "Object.values(m)" in values.text and "Object.entries(m)" in entries.text


def test_pairs_destructured_from_elements_that_are_not_pairs_iterate_the_entries():
    # V8 names no value here: "for (const [i, x] of xs)" over objects says ".for is not iterable".
    text = "export function f(xs) {\n  for (const [i, x] of xs) {\n    use(i, x);\n  }\n}\n"
    found = type_error_candidates(text, "a.js", line=2, message=".for is not iterable")
    assert [c.text.split("\n")[1].strip() for c in found][:2] == [
        "for (const [i, x] of xs.entries()) {",
        "for (const [i, x] of Object.entries(xs)) {",
    ]
    # A plain binding is not a pair: nothing to iterate differently.
    plain = "for (const x of xs) {}\n"
    assert type_error_candidates(plain, "a.js", line=1, message=".for is not iterable") == []


def test_a_map_lookup_on_a_plain_object_indexes_it():
    text = "const L: Record<string, string> = { king: 'K' };\nexport const f = (p: string) => L.get(p) + (L.has(p) ? 1 : 0);\n"
    runtime = map_call_candidates(text, "a.ts", line=2, message="L.get is not a function")
    assert [c.text.split("\n")[1] for c in runtime] == [
        "export const f = (p: string) => L[p] + (L.has(p) ? 1 : 0);"
    ]
    checker = map_call_candidates(
        text, "a.ts", line=2, message="Property 'has' does not exist on type 'Record<string, string>'."
    )
    assert [c.text.split("\n")[1] for c in checker] == [
        "export const f = (p: string) => L.get(p) + (p in L ? 1 : 0);"
    ]
    # On a Map the method exists: its absence is about something else.
    assert not map_call_candidates(
        text, "a.ts", line=2, message="Property 'get' does not exist on type 'Map<string, string>'."
    )


def test_an_empty_literal_called_with_map_or_set_methods_is_made_that_collection_where_it_is_made():
    text = (
        "function tally(words) {\n  const counts = {};\n  for (const w of words) {\n"
        "    counts.set(w, (counts.get(w) || 0) + 1);\n  }\n  return counts.has('a') ? counts : null;\n}\n"
        "module.exports = { tally };\n"
    )
    files = {"src/tally.js": text}
    found = candidates_for(failure_at("src/tally.js", 4, "TypeError: counts.get is not a function"),
                           repo=repo_of(files))  # fmt: skip
    # At the origin, before the crash line's swaps (`counts[w]` serves the get, not the set beside it).
    assert (found[0].line, found[0].text) == (2, text.replace("counts = {};", "counts = new Map();"))
    assert found[0].description == "make counts a new Map(): it is called with get/has/set, Map methods"
    seen = "function f(xs) {\n  const seen = [];\n  for (const x of xs) if (!seen.has(x)) seen.add(x);\n  return seen;\n}\n"
    first = candidates_for(failure_at("a.js", 3, "seen.has is not a function"), repo=repo_of({"a.js": seen}))[
        0
    ]
    assert first.text == seen.replace("seen = [];", "seen = new Set();") and first.line == 2
    # Also used as what it was made (`push`): not a Set.
    pushed = seen.replace("return seen;", "seen.push(0);\n  return seen;")
    assert all("new Set" not in c.text for c in candidates_for(
        failure_at("a.js", 3, "seen.has is not a function"), repo=repo_of({"a.js": pushed})))  # fmt: skip


def test_tsc_names_the_fix_and_the_types():
    text = (
        "export function f(n: number): string {\n  return n;\n}\nconst r = [[1]];\nconst k: number = r[0];\n"
    )
    assert any("String(n)" in c.text for c in type_error_candidates(
        text, "a.ts", line=2, message="Type 'number' is not assignable to type 'string'."))  # fmt: skip
    assert any("r[0].length" in c.text for c in type_error_candidates(
        text, "a.ts", line=5, message="Type 'number[]' is not assignable to type 'number'."))  # fmt: skip
    typo = "const o = { size: 1 };\nconst s = o.sise;\n"
    (fix,) = type_error_candidates(
        typo, "a.ts", line=2, message="Property 'sise' does not exist on type. Did you mean 'size'?"
    )
    assert fix.text.endswith("o.size;\n")


def test_a_missing_argument_comes_from_a_same_named_binding_in_scope():
    text = "function area(width, height) { return width * height; }\nfunction g(width, height) {\n  return area(width);\n}\n"
    assert function_parameters(text, "a.js", "area") == ("width", "height")
    (add,) = argument_candidates(text, "a.js", line=3, callee="area", parameters=("width", "height"))
    assert "area(width, height)" in add.text
    extra = text.replace("area(width)", "area(width, height, 3)")
    (drop,) = argument_candidates(extra, "a.js", line=3, callee="area", parameters=("width", "height"))
    assert "area(width, height)" in drop.text


def test_surplus_arguments_reading_one_objects_members_are_merged_into_that_object():
    # TS2554 "Expected 2 arguments, but got 4": the call spells out the points' coordinates.
    text = "function distance(a, b) {}\nfunction f(a, b) {\n  return distance(a.x, a.y, b.x, b.y);\n}\n"
    merged, dropped = argument_candidates(text, "a.js", line=3, callee="distance", parameters=("a", "b"))
    assert merged.text.splitlines()[2].strip() == "return distance(a, b);"
    assert dropped.text.splitlines()[2].strip() == "return distance(a.x, a.y);"
    # A lone member read stays as it is; runs that leave the wrong count give no merge.
    text = "function f(a, b) {}\nf(p.x, q.y, q.z);\nf(p.x, q.y, r.z);\n"
    (merged, _) = argument_candidates(text, "a.js", line=2, callee="f", parameters=("a", "b"))
    assert merged.text.splitlines()[1] == "f(p.x, q);"
    (only_drop,) = argument_candidates(text, "a.js", line=3, callee="f", parameters=("a", "b"))
    assert only_drop.text.splitlines()[2] == "f(p.x, q.y);"


def test_surplus_arguments_of_a_callee_the_repository_does_not_define_follow_tscs_count():
    text = 'export function pad(s: string) {\n  return s.padStart(4, "0", 1, 2);\n}\n'
    repo = Repository(files=["src/a.ts"], read={"src/a.ts": text}.get)
    failure = Failure(bug_type=BugType.TYPE_ERROR, file="src/a.ts", line=2, source="tsc",
                      message="Expected 1-2 arguments, but got 4.", extra={"column": 12})  # fmt: skip
    found = candidates_for(failure, repo=repo)
    assert [c.text.splitlines()[1].strip() for c in found] == ['return s.padStart(4, "0");']


def test_a_missing_argument_with_nothing_in_scope_gets_plain_values_of_its_declared_type():
    callee = "export function label(name: string, width: number): string {\n  return name.padEnd(width);\n}\n"
    assert function_parameter_types(callee, "l.ts", "label") == ("string", "number")
    text = "import { label } from './l';\nexport const title = () =>\n  label('total');\n"
    found = argument_candidates(
        text, "t.ts", line=3, callee="label", parameters=("name", "width"), types=("string", "number")
    )
    assert [c.description for c in found] == [
        "pass 1 as the missing argument width",
        "pass 2 as the missing argument width",
        "pass 0 as the missing argument width",
    ]
    assert "label('total', 2)" in found[1].text
    untyped = argument_candidates(text, "t.ts", line=3, callee="label", parameters=("name", "width"))
    assert untyped == []  # nothing in scope and no declared type: no guess


# -- LOGIC ----------------------------------------------------------------------------
AVERAGE = """function average(values) {
  let total = 0;
  for (let i = 0; i <= values.length; i++) {
    total += values[i];
  }
  return values.length > 0 ? total / values.length : 0;
}
async function load(api) {
  const data = api.fetch();
  return data.items;
}
"""


def test_logic_mutations_cover_operators_bounds_branches_and_await():
    def descriptions(line):
        return [c.description for c in logic_candidates(AVERAGE, "a.js", line=line)]

    assert "replace '<=' with '<'" in descriptions(3)
    assert "index with i - 1 instead of i" in descriptions(4)
    assert "swap the two branches of the conditional" in descriptions(6)
    assert "await api.fetch()" in descriptions(9)
    assert len(texts(logic_candidates(AVERAGE, "a.js", line=3))) == len(descriptions(3))


def test_logic_mutations_at_a_line_without_code_are_none():
    assert (
        logic_candidates(AVERAGE, "a.js", line=7) == [] and logic_candidates(AVERAGE, "a.js", line=99) == []
    )


# -- LINTING --------------------------------------------------------------------------
def test_eslints_fix_and_suggestions_are_candidates():
    text = "let b = 1;\nif (b == 2) {}\nconst fs = require('fs');\n"
    fix = EslintMessage(file="a.js", rule="prefer-const", message="m", line=1, column=1,
                        fix=TextEdit(start=0, end=10, text="const b = 1;"))  # fmt: skip
    assert eslint_candidates(text, "a.js", message=fix)[0].text.startswith("const b = 1;")
    start = text.index("const fs")
    unused = EslintMessage(file="a.js", rule="no-unused-vars", message="'fs' is assigned a value but never used.",
                           line=3, column=7, suggestions=(Suggestion("Remove unused variable 'fs'.",
                                                                     TextEdit(start, start + 25, "")),))  # fmt: skip
    (removed,) = eslint_candidates(text, "a.js", message=unused)
    assert (
        removed.text == "let b = 1;\nif (b == 2) {}\n"
        and removed.description == "remove unused variable 'fs'"
    )


def test_unused_imports_without_a_suggestion_are_removed():
    text = "import { a, b } from './x.js';\nimport c from './y.js';\nexport const z = a;\n"
    b = EslintMessage(
        file="x.js", rule="no-unused-vars", message="'b' is defined but never used.", line=1, column=13
    )
    assert eslint_candidates(text, "x.js", message=b)[0].text.startswith(
        "import { a } from './x.js';\nimport c"
    )
    c = EslintMessage(
        file="x.js", rule="no-unused-vars", message="'c' is defined but never used.", line=2, column=8
    )
    assert (
        eslint_candidates(text, "x.js", message=c)[0].text
        == "import { a, b } from './x.js';\nexport const z = a;\n"
    )


def test_an_unused_catch_binding_is_dropped():
    text = "function f() {\n  try {\n    g();\n  } catch (error) {\n    return 1;\n  }\n}\n"
    message = EslintMessage(file="a.js", rule="no-unused-vars", line=4, column=12,
                            message="'error' is defined but never used.")  # fmt: skip
    (dropped,) = eslint_candidates(text, "a.js", message=message)
    assert dropped.text == text.replace("catch (error) {", "catch {")


# -- dispatch -------------------------------------------------------------------------
def test_dispatch_never_edits_tests_and_routes_by_type():
    files = {"src/a.js": "function f(x) {\n  return x.tofixed(1);\n}\n", "test/a.test.js": "x(;\n"}
    repo = Repository(files=set(files), read=files.get)
    in_test = Failure(bug_type=BugType.SYNTAX, file="test/a.test.js", line=1, message="", source="jest")
    assert candidates_for(in_test, repo=repo) == []
    typed = Failure(bug_type=BugType.TYPE_ERROR, file="src/a.js", line=2, source="jest",
                    message="TypeError: x.tofixed is not a function")  # fmt: skip
    assert candidates_for(typed, repo=repo)[0].text == files["src/a.js"].replace("tofixed", "toFixed")
    logic = Failure(bug_type=BugType.LOGIC, file="test/a.test.js", line=1, message="", source="jest")
    assert candidates_for(logic, repo=repo, suspicious=[("test/a.test.js", 1, 1.0)]) == []
    assert candidates_for(logic, repo=repo, suspicious=[("src/a.js", 2, 1.0)])


def test_logic_literals_come_from_the_file_and_destructured_names_are_in_scope():
    text = "function f(a) {\n  const [rows, inner] = a;\n  return Math.round(rows * 10) / 100 + inner;\n}\n"
    found = {c.description for c in logic_candidates(text, "a.js", line=3)}
    assert "use 100 instead of 10" in found and "use 'inner' instead of 'rows'" in found


def test_relational_operators_also_become_equality_operators():
    text = "function f(a, b) {\n  return a.length < b.length;\n}\n"
    found = [c.description for c in logic_candidates(text, "a.js", line=2)]
    assert found.index("replace '<' with '<='") < found.index("replace '<' with '!=='")


def test_candidates_of_equally_suspicious_lines_are_interleaved():
    files = {"src/a.js": "function f(a, b) {\n  const c = a + 1;\n  return c * b;\n}\n"}
    repo = Repository(files=set(files), read=files.get)
    logic = Failure(bug_type=BugType.LOGIC, file="test/a.test.js", line=1, message="", source="jest")
    found = candidates_for(logic, repo=repo, suspicious=[("src/a.js", 2, 1.0), ("src/a.js", 3, 1.0)])
    assert [c.line for c in found[:4]] == [2, 3, 2, 3]


def test_a_wrong_variable_is_swapped_only_for_names_in_scope_there_its_siblings_first():
    text = (
        "function f(m) {\n"
        "  const [rows, inner] = m;\n"
        "  let total = 0;\n"
        "  for (let k = 0; k < rows; k++) {\n"
        "    const cell = m[k];\n"
        "    total += cell;\n"
        "  }\n"
        "  const late = 1;\n"
        "  return total;\n"
        "}\n"
    )
    bound = [
        c.description for c in logic_candidates(text, "a.js", line=4) if "instead of 'rows'" in c.description
    ]
    assert bound[0] == "use 'inner' instead of 'rows'"  # declared with it
    assert {"use 'cell' instead of 'rows'", "use 'late' instead of 'rows'"}.isdisjoint(bound)  # not in scope
    returned = {
        c.description for c in logic_candidates(text, "a.js", line=9) if "instead of 'total'" in c.description
    }
    assert returned == {f"use '{name}' instead of 'total'" for name in ("m", "rows", "inner", "late")}


def test_logic_conditions_if_branches_and_adjacent_arguments():
    text = (
        "function pick(a, b, c, ok) {\n  if (ok && a > b) {\n    return a;\n  } else {\n    return b;\n  }\n}\n"
        "function call(a, b, c) {\n  return pick(a, b, c, true);\n}\n"
    )
    at_if = {c.description: c.text for c in logic_candidates(text, "a.js", line=2)}
    assert "function pick(a, b, c, ok) {\n  if (a > b) {" in at_if["drop the condition ok"]
    assert "if (ok) {" in at_if["drop the condition a > b"]
    assert (
        "if (ok && a > b) {\n    return b;\n  } else {\n    return a;\n  }"
        in at_if["swap the two branches of the if statement"]
    )
    at_call = [c.text for c in logic_candidates(text, "a.js", line=9)]
    assert any("pick(b, a, c, true)" in t for t in at_call) and any(
        "pick(a, c, b, true)" in t for t in at_call
    )


def test_logic_fields_read_from_the_same_object_and_the_modules_constants_are_donors():
    text = (
        "const MIN = 1;\nconst MAX = 9;\nfunction area(box) {\n  const w = box.width;\n"
        "  return w * box.width > MAX;\n}\n"
    )
    found = [c.description for c in logic_candidates(text, "a.js", line=5)]
    assert "read 'width' instead of 'width'" not in found
    assert found.index("use 'MIN' instead of 'MAX'") < found.index("use 'w' instead of 'MAX'")
    box = "function area(box) {\n  const w = box.width;\n  return w * box.width;\n}\nfunction h(box) { return box.height; }\n"
    assert "read 'height' instead of 'width'" in [
        c.description for c in logic_candidates(box, "a.js", line=3)
    ]


def test_logic_swapped_operands_come_before_literal_and_identifier_edits():
    text = "function f(value, right) {\n  return value + 10 - right - value * 2;\n}\n"
    found = [c.description for c in logic_candidates(text, "a.js", line=2)]
    assert found.index("swap the operands") < found.index("use 9 instead of 10")
    assert found.index("swap the operands") < found.index("use 'right' instead of 'value'")


def test_a_method_missing_on_a_calls_result_is_found_through_v8s_abbreviated_chain():
    text = "function has(m, k) {\n  return Object.keys(m).include(k);\n}\n"
    (first, *_) = type_error_candidates(
        text, "a.js", line=2, message="Object.keys(...).include is not a function"
    )
    assert first.text == text.replace(".include(", ".includes(")


def test_logic_negates_a_predicate_callback_and_a_returned_condition():
    text = "function open(tasks) {\n  return tasks.filter((t) => t.done).length;\n}\nfunction small(a, b) {\n  return a < b;\n}\n"
    predicate = logic_candidates(text, "a.js", line=2)[0]
    assert predicate.description == "negate the predicate t.done"
    assert "tasks.filter((t) => !t.done)" in predicate.text
    returned = [c for c in logic_candidates(text, "a.js", line=5) if c.description.startswith("negate")]
    assert [c.text.split("\n")[4] for c in returned] == ["  return !(a < b);"]
    mapped = "const f = (xs) => xs.map((x) => x.done);\n"
    assert not [c for c in logic_candidates(mapped, "a.js", line=1) if c.description.startswith("negate")]


def test_a_named_import_of_a_default_export_becomes_the_default_import():
    files = {"src/bus.js": "export default class Bus {}\nexport const VERSION = 1;\n"}
    alone = "import { Bus } from './bus.js';\nexport const r = new Bus();\n"
    both = "import { VERSION, Bus } from './bus.js';\nexport const r = new Bus(VERSION);\n"

    def first(text: str) -> str:
        return texts(
            export_candidates(
                text, "src/rec.js", specifier="./bus.js", name="Bus", files=files, read=files.get
            )
        )[0]

    assert first(alone) == "import Bus from './bus.js';\nexport const r = new Bus();\n"
    assert first(both) == "import Bus, { VERSION } from './bus.js';\nexport const r = new Bus(VERSION);\n"


def test_a_default_import_of_a_module_without_one_imports_its_namespace():
    # Node's error for it, read and classified as the engine does, then the IMPORT candidates.
    files = {
        "src/board.js": "export function cardsIn(b, n) {\n  return b[n];\n}\nexport const board = {};\n",
        "src/metrics.js": "import board from './board.js';\nexport const n = (b) => board.cardsIn(b, 'x');\n",
    }
    error = parse_error(
        "file:///work/src/metrics.js:1\nimport board from './board.js';\n       ^^^^^\nSyntaxError: The requested"
        " module './board.js' does not provide an export named 'default'",
        "/work",
    )
    repo = Repository(files=set(files), read=files.get)
    failure = classify_error(error, repo=repo, source="mocha")
    assert (failure.bug_type, failure.file, failure.line) == (BugType.IMPORT, "src/metrics.js", 1)
    found = [c.text.split("\n")[0] for c in candidates_for(failure, repo=repo, module_type="module")]
    assert found == ["import * as board from './board.js';", "import { board } from './board.js';"]


def test_a_field_is_swapped_for_its_most_alike_sibling_first():
    text = "function f(e) {\n  const a = [e.value, e.key, e.newer];\n  return e.older;\n}\n"
    found = [
        c.description for c in logic_candidates(text, "a.js", line=3) if c.description.startswith("read")
    ]
    assert found[0] == "read 'newer' instead of 'older'"


def test_logic_uses_a_variable_computed_from_the_value_the_line_reads():
    text = "function f(m, k) {\n  const abs = Math.abs(m.cents);\n  return m.cents % k;\n}\n"
    derived = [
        c.text.split("\n")[2]
        for c in logic_candidates(text, "a.js", line=3)
        if "computed from" in c.description
    ]
    assert derived == ["  return abs % k;"]  # the whole read is replaced, not its object


def test_logic_accumulates_in_a_loop_and_shifts_an_exponent_by_one():
    loop = "function f(xs) {\n  let t = 0;\n  for (const x of xs) {\n    t = x * 2;\n  }\n  return t;\n}\n"
    assert "    t += x * 2;" in [c.text.split("\n")[3] for c in logic_candidates(loop, "a.js", line=4)]
    flat = "function g(x) {\n  let t = 0;\n  t = x;\n  return t;\n}\n"
    assert not [c for c in logic_candidates(flat, "a.js", line=3) if "+=" in c.text]  # not in a loop
    power = "const f = (b, n) => b * 2 ** n;\n"
    assert "const f = (b, n) => b * 2 ** (n - 1);" in [
        c.text.split("\n")[0] for c in logic_candidates(power, "a.js", line=1)
    ]


def test_logic_sees_a_loop_binding_and_swaps_replace_for_replace_all():
    text = "function f(pairs) {\n  for (const pair of pairs) {\n    g(pairs.slice(0, 1));\n  }\n  return s.replace('+', ' ');\n}\n"
    inside = [c.text.split("\n")[2] for c in logic_candidates(text, "a.js", line=3)]
    assert "    g(pair.slice(0, 1));" in inside
    assert "  return s.replaceAll('+', ' ');" in [
        c.text.split("\n")[4] for c in logic_candidates(text, "a.js", line=5)
    ]


def test_logic_adds_the_missing_anchor_of_a_pattern():
    def anchored(text: str) -> list[str]:
        return [c.text for c in logic_candidates(text, "a.js", line=1) if c.description.startswith("anchor")]

    assert anchored("const r = new RegExp(`^${body}`);\n") == ["const r = new RegExp(`^${body}$`);\n"]
    assert anchored("const r = /\\d+$/;\n") == ["const r = /^\\d+$/;\n"]
    assert anchored("const r = /^a$/;\n") == [] and anchored("const s = '^a';\n") == []


def test_a_regular_expression_given_to_replace_or_match_gets_the_g_flag_it_lacks():
    text = (
        "export function escape(value) {\n"
        "  return String(value).replace(/[&<]/, (c) => MAP[c]);\n"
        "}\n"
        "const all = s.match(/\\d+/u);\n"
        "const done = s.replace(/x/gi, 'y');\n"
        "const parts = s.split(/,/);\n"
    )

    def flagged(line):
        return [
            c.text.splitlines()[line - 1]
            for c in logic_candidates(text, "a.js", line=line)
            if "'g' flag" in c.description
        ]

    assert flagged(2) == ["  return String(value).replace(/[&<]/g, (c) => MAP[c]);"]
    assert flagged(4) == ["const all = s.match(/\\d+/ug);"]
    assert flagged(5) == [] and flagged(6) == []  # already global; split ignores the flag


def test_the_boundary_flips_of_equally_suspicious_lines_come_before_their_other_edits():
    # h01-like: `let rest = number` (a wrong name would be its first edit) ties with the loop
    # whose `>` should be `>=`; the flip goes first, then the lines interleave as before.
    text = (
        "const MAX = 9;\n"
        "function f(number, values) {\n"
        "  let rest = number;\n"
        "  while (rest > values[0]) {\n"
        "    rest -= 1;\n"
        "  }\n"
        "  return rest;\n"
        "}\n"
    )
    files = {"src/a.js": text}
    repo = Repository(files=set(files), read=files.get)
    logic = Failure(bug_type=BugType.LOGIC, file="test/a.test.js", line=1, message="", source="jest")
    tied = [("src/a.js", 3, 1.0), ("src/a.js", 4, 1.0)]
    found = candidates_for(logic, repo=repo, suspicious=tied)
    assert (found[0].line, found[0].description) == (4, "replace '>' with '>='")
    assert [c.line for c in found[1:5]] == [3, 4, 3, 4]
    # On its own line too, the flip is the first edit.
    assert logic_candidates(text, "a.js", line=4)[0].description == "replace '>' with '>='"


def test_it_converts_the_receiver_when_the_method_belongs_to_another_primitive():
    text = "function pad(value) {\n  return value.padStart(2, '0');\n}\n"
    found = type_error_candidates(text, "a.js", line=2, message="value.padStart is not a function")
    assert found[0].text.split("\n")[1] == "  return String(value).padStart(2, '0');"
    # It would also silence a wrong value made elsewhere: accepted only if its tests pass.
    assert found[0].guard
    # The repository's own method of that name: the receiver is not a primitive that lacks it.
    own = type_error_candidates(
        text, "a.js", line=2, message="value.padStart is not a function", methods=("padStart",)
    )
    assert not any("String(value)" in c.text for c in own)


def test_a_receiver_whose_sibling_field_the_code_converts_alike_is_converted_as_a_fix():
    text = "function board(history) {\n  return history.map((h) => `${h.scored.padStart(3)} ${String(h.left).padStart(3)}`);\n}\n"
    found = type_error_candidates(text, "a.js", line=2, message="h.scored.padStart is not a function")
    converted = next(
        c for c in found if "String(h.scored).padStart(3)" in c.text and "String(String" not in c.text
    )
    # `String(h.left)` beside it says h's fields are numbers made strings here: a fix, not a guard.
    assert not converted.guard and converted.description.endswith("as String(h.left) is")
    # Without that sibling, the same edit stays a guard.
    alone = type_error_candidates(text.replace("String(h.left)", "h.left"), "a.js", line=2,
                                  message="h.scored.padStart is not a function")  # fmt: skip
    assert all(c.guard for c in alone if "String(h.scored)" in c.text)


def test_it_tries_the_repositorys_methods_of_the_calls_arity_for_a_method_no_code_defines():
    graph = (
        "class Graph {\n  addNode(node) { return this; }\n  addEdge(from, to) { return this; }\n"
        "  successors(node) { return []; }\n  nodes() { return []; }\n  constructor(x) {}\n}\n"
    )
    text = "function visit(graph, node) {\n  return graph.neighbours(node).reverse();\n}\n"
    arities = method_arities({"src/graph.js": graph})
    found = type_error_candidates(
        text,
        "a.js",
        line=2,
        message="graph.neighbours is not a function",
        methods=tuple(arities),
        arities=arities,
    )
    calls = [c.text.split("\n")[1].strip() for c in found]
    assert "return graph.successors(node).reverse();" in calls
    assert "return graph.addNode(node).reverse();" in calls
    assert not any("addEdge" in c or "nodes(" in c for c in calls)  # two arguments, none: not this call
    assert method_arities({"a.js": "class A {\n  f(a, b = 1, ...rest) {}\n}\n"})["f"] >= {1, 2, 3, 9}


def test_it_widens_the_codes_own_undefined_check_to_null_when_null_is_read():
    text = (
        "export function lookup(value, path) {\n"
        "  return path.split('.').reduce((current, key) => (current === undefined ? undefined : current[key]), value);\n"
        "}\n"
    )
    found = type_error_candidates(
        text, "a.js", line=2, message="Cannot read properties of null (reading 'name')"
    )
    assert "(current == null ? undefined : current[key])" in found[0].text and not found[0].guard
    # Reading undefined where the code checks only null: the same widening the other way round.
    other = text.replace("current === undefined", "current !== null")
    found = type_error_candidates(
        other, "a.js", line=2, message="Cannot read properties of undefined (reading 'x')"
    )
    assert "(current != null ? undefined : current[key])" in found[0].text
    # No check of the value: nothing to widen.
    plain = "function f(o) {\n  return o.x;\n}\n"
    assert not any("== null" in c.text for c in type_error_candidates(plain, "a.js", line=2,
                   message="Cannot read properties of null (reading 'x')"))  # fmt: skip


def test_a_string_cut_short_by_its_own_quote_is_requoted_or_escaped():
    text = "function f(p) {\n  if (!p) throw new TypeError('a pattern can't be empty');\n}\n"
    found = [c.text.split("\n")[1].strip() for c in syntax_candidates(text, "a.js", line=2, column=43)]
    assert found[:3] == [
        'if (!p) throw new TypeError("a pattern can\'t be empty");',
        "if (!p) throw new TypeError(`a pattern can't be empty`);",
        "if (!p) throw new TypeError('a pattern can\\'t be empty');",
    ]
    unclosed = syntax_candidates("const s = 'abc;\nf(s);\n", "a.js", line=1)
    assert unclosed[0].text == "const s = 'abc';\nf(s);\n"


KNITTING = """class Knitting {
  constructor(rows) {
    this.rows = rows;
  }

  describe(stitches) {
    const s = `${this.rows} rows of ${stitches}';
    return s;
  }

  summary(items) {
    const out = [];
    for (const item of items) {
      out.push(`- ${item.name}: ${item.count}`);
    }
    return out;
  }
}
"""


def test_a_template_literal_ended_by_a_quote_is_syntax_at_its_line_and_closed_with_a_backtick():
    # The template left open swallows the file up to the next backtick: the braces then look
    # mis-nested (an INDENTATION "'}' closes no block" at line 15, with no candidate that parses).
    repo = repo_of({"src/knit.js": KNITTING})
    failure = parse_failure("src/knit.js", 15, "SyntaxError: Unexpected identifier", repo=repo, source="jest")
    assert (failure.bug_type, failure.line) == (BugType.SYNTAX, 7)
    first = candidates_for(failure, repo=repo)[0]
    assert first.text == KNITTING.replace("${stitches}';", "${stitches}`;") and first.line == 7
    assert first.description == "end the string with the backtick that opens it"
    # Symmetrically, a quoted string ended by a backtick gets its own quote back.
    quoted = "function f(n) {\n  return 'rows: ' + n + ' done`;\n}\n\nconst g = (x) => `${x}`;\n"
    first = syntax_candidates(quoted, "a.js", line=2)[0]
    assert first.text == quoted.replace("done`;", "done';")
    # A literal closed on its own line, odd in `"` only through a regex, is no such string: the `}` too many
    # above it stays the failure (editing the literal moves the parse error on, but breaks what was whole).
    csv = r"""function quote(v, by) {
  if (v === null) {
    return '';
  }
  }
  const t = String(v);
  if (t.includes(by)) {
    return `"${t.replace(/"/g, '""')}"`;
  }
  return t;
}

/** `values` quoted where they need it. */
function row(values) {
  return values.map((v) => quote(v, ',')).join(',');
}
"""
    failure = parse_failure(
        "a.js", 11, "SyntaxError: Unexpected token '}'", repo=repo_of({"a.js": csv}), source="jest"
    )
    assert (failure.bug_type, failure.line) == (BugType.INDENTATION, 5)


def test_early_errors_tree_sitter_accepts_get_structural_edits():
    awaited = "export function update(p) {\n  const v = await read(p);\n  return v;\n}\n"
    (made_async,) = syntax_candidates(awaited, "a.mjs", line=2)
    assert made_async.text.startswith("export async function update(p) {")
    assert made_async.line == 2 and "async" in made_async.description
    method = "class A {\n  static m() {\n    return await x;\n  }\n}\n"
    assert syntax_candidates(method, "a.js", line=3)[0].text.split("\n")[1] == "  static async m() {"
    yielding = "function k() {\n  yield 1;\n}\n"
    assert syntax_candidates(yielding, "a.js", line=2)[0].text.startswith("function* k()")
    twice = "function f() {\n  let x = 1;\n  let x = 2;\n  return x;\n}\n"
    assert syntax_candidates(twice, "a.js", line=3)[0].text.split("\n")[2] == "  x = 2;"
    assert syntax_candidates("var x = 1;\nvar x = 2;\n", "a.js", line=2) == []


def test_a_condition_assignment_is_compared_and_a_forbidden_statement_removed():
    text = "function f(re, s) {\n  let m;\n  while (m = re.exec(s)) {\n    console.log(m);\n  }\n}\n"
    assigned = EslintMessage(file="a.js", rule="no-cond-assign", line=3, column=10,
                             message="Expected a conditional expression and instead saw an assignment.")  # fmt: skip
    found = [c.text.split("\n")[2] for c in eslint_candidates(text, "a.js", message=assigned)]
    assert found == [
        "  while ((m = re.exec(s)) !== null) {",
        "  while ((m = re.exec(s)) !== undefined) {",
        "  while ((m = re.exec(s))) {",
    ]
    console = EslintMessage(
        file="a.js", rule="no-console", line=4, column=5, message="Unexpected console statement."
    )
    (removed,) = eslint_candidates(text, "a.js", message=console)
    assert removed.text == text.replace("    console.log(m);\n", "")
    other = EslintMessage(file="a.js", rule="no-undef", line=4, column=5, message="'console' is not defined.")
    assert eslint_candidates(text, "a.js", message=other) == []


def test_a_method_of_one_of_the_objects_fields_is_called_through_that_field():
    sources = {
        "src/compile.js": "export function compile(p) {\n  return { pattern: p, negated: false, regex: new RegExp(p) };\n}\n",
        "src/match.js": "export function isMatch(m, s) {\n  return m.test(s) !== m.negated;\n}\n",
    }
    failure = Failure(BugType.TYPE_ERROR, "src/match.js", 2, "TypeError: m.test is not a function", "mocha",
                      "TypeError", extra={"frames": [("src/match.js", 2)]})  # fmt: skip
    found = [
        c.text.split("\n")[1]
        for c in candidates_for(failure, repo=Repository(files=set(sources), read=sources.get))
    ]
    assert found[:2] == [
        "  return m.pattern.test(s) !== m.negated;",
        "  return m.regex.test(s) !== m.negated;",
    ]
    # Without another field read from the same receiver, nothing says which object it is.
    alone = "export function isMatch(m, s) {\n  return m.test(s);\n}\n"
    assert not any(".regex.test" in c.text for c in type_error_candidates(
        alone, "src/match.js", line=2, message="m.test is not a function",
        shapes=(frozenset({"pattern", "negated", "regex"}),),
    ))  # fmt: skip


def test_one_token_edits_anywhere_on_the_line_and_two_token_header_slips():
    def first(text: str, line: int, path: str = "a.js") -> str:
        return syntax_candidates(text, path, line=line, column=1)[0].text

    # tree-sitter's ERROR node spans the statement: its column says nothing about where the slip is.
    assert first("let x = 1:\n", 1) == "let x = 1\n"
    assert first("import { a, b from './x.js';\n", 1) == "import { a, b} from './x.js';\n"
    # The colon put for the `=` sits against its key (syntax_layout), as the writer would put it.
    assert first("const o = { a = 1, b: 2 };\n", 1) == "const o = { a: 1, b: 2 };\n"
    assert "const s = 'a' + 'b';\n" in [
        c.text for c in syntax_candidates("const s = 'a' 'b';\n", "a.js", line=1)
    ]
    assert first("if (a) {\n} else if a > 1 {\n}\n", 2) == "if (a) {\n} else if (a > 1) {\n}\n"
    loop = "for (let i = 0, i < n, i++) {\n  f(i);\n}\n"
    assert first(loop, 1) == loop.replace("0, i < n, i++", "0; i < n; i++")


def test_one_token_edits_are_not_tried_inside_a_statement_the_size_of_a_module():
    huge = "const table = [\n" + "  1,\n" * 6000 + "  2 3,\n];\n"
    assert not any("'+'" in c.description for c in syntax_candidates(huge, "a.js", line=6002))


def test_a_parameter_declared_again_in_the_body_is_assigned_instead():
    text = "export function parse(text) {\n  const text = String(text).trim();\n  return text;\n}\n"
    found = syntax_candidates(text, "a.js", line=2, column=9)
    assert found[0].text.split("\n")[1] == "  text = String(text).trim();"
    assert found[0].description == "assign to the 'text' declared before instead of declaring it again"
    # A name only a parameter's default mentions is not a parameter.
    other = "export function f(n = text) {\n  const text = 'x';\n  return n + text;\n}\n"
    assert not any(
        c.text.split("\n")[1] == "  text = 'x';" for c in syntax_candidates(other, "a.js", line=2, column=9)
    )


def test_a_set_asked_with_an_arrays_includes_is_asked_with_has():
    text = "export function on(schedule, d) {\n  return schedule.hour.includes(d.getUTCHours());\n}\n"
    found = type_error_candidates(text, "a.js", line=2, message="schedule.hour.includes is not a function")
    assert found[0].text.split("\n")[1] == "  return schedule.hour.has(d.getUTCHours());"


def test_tscs_suggested_specifier_with_its_extension_replaces_the_import():
    text = "import { rate } from './tax';\nimport { x } from './other';\nexport const r = rate + x;\n"
    message = (
        "Relative import paths need explicit file extensions in ECMAScript imports when '--moduleResolution' "
        "is 'node16' or 'nodenext'. Did you mean './tax.js'?"
    )
    repo = Repository(files=["src/pay.ts", "src/tax.ts"], read={"src/pay.ts": text}.get)
    failure = Failure(BugType.IMPORT, "src/pay.ts", 1, message, "tsc", code="TS2835")
    (candidate,) = candidates_for(failure, repo=repo)
    assert candidate.text.split("\n")[:2] == [
        "import { rate } from './tax.js';",
        "import { x } from './other';",
    ]
    assert candidate.description == "import './tax.js' instead of './tax'"


def test_a_regular_expressions_unterminated_group_is_closed_before_its_end_anchor_first():
    text = "export const CODE = /^(\\d{8}|\\d{12,14}$/;\nexport const ok = (s) => CODE.test(s);\n"
    found = syntax_candidates(text, "a.js", line=1)
    assert found[0].text.split("\n")[0] == "export const CODE = /^(\\d{8}|\\d{12,14})$/;"
    assert found[0].description == "close the regular expression's group with ')': /^(\\d{8}|\\d{12,14})$/"
    assert found[1].text.split("\n")[0] == "export const CODE = /^(\\d{8}|\\d{12,14}$)/;"
    # An unmatched ')' is removed; a ')' inside a character class or escaped is no group.
    other = syntax_candidates("export const R = /^a[(]b\\)c)$/;\n", "a.js", line=1)
    assert [c.text for c in other] == ["export const R = /^a[(]b\\)c$/;\n"]


def test_an_import_of_a_folder_without_tscs_suggestion_names_its_index_file():
    text = "import { fare } from './fares';\nimport { tax } from './tax';\nexport const r = fare + tax;\n"
    message = (
        "Relative import paths need explicit file extensions in ECMAScript imports when '--moduleResolution' "
        "is 'node16' or 'nodenext'. Consider adding an extension to the import path."
    )
    files = ["src/report.ts", "src/fares/index.ts", "src/tax.ts"]
    repo = Repository(files=files, read={"src/report.ts": text}.get)
    failure = Failure(BugType.IMPORT, "src/report.ts", 1, message, "tsc", code="TS2834")
    (candidate,) = candidates_for(failure, repo=repo)
    assert candidate.text.split("\n")[:2] == [
        "import { fare } from './fares/index.js';",
        "import { tax } from './tax';",  # another line: not this finding's
    ]
    assert candidate.description == "import './fares/index.js' instead of './fares'"


def test_a_runtime_type_error_converts_the_receiver_to_the_type_whose_method_is_called():
    chained = "export const words = (t) => new Set(t.split(' ')).filter(Boolean);\n"
    found = candidates_for(failure_at("src/w.js", 1, "TypeError: (intermediate value).filter is not a function"),
                           repo=repo_of({"src/w.js": chained}))  # fmt: skip
    assert texts(found)[0] == "export const words = (t) => [...new Set(t.split(' '))].filter(Boolean);\n"
    dates = "export const span = (a, b) => (b.at.getTime() - a.at.getTime()) / 1000;\n"
    found = candidates_for(failure_at("src/d.js", 1, "TypeError: b.at.getTime is not a function"),
                           repo=repo_of({"src/d.js": dates}))  # fmt: skip
    # Both receivers: a fix of the first alone moves the crash to the second. A Date is not a guard.
    assert (
        texts(found)[0]
        == "export const span = (a, b) => (new Date(b.at).getTime() - new Date(a.at).getTime()) / 1000;\n"
    )
    assert not found[0].guard
    regex = "export const flat = (s) => s.replaceAll(/\\n/, ' ');\n"
    found = candidates_for(failure_at("src/r.js", 1, "TypeError: String.prototype.replaceAll called with a non-global RegExp argument"),
                           repo=repo_of({"src/r.js": regex}))  # fmt: skip
    assert texts(found)[:2] == [
        "export const flat = (s) => s.replaceAll(/\\n/g, ' ');\n",
        "export const flat = (s) => s.replaceAll('\\n', ' ');\n",
    ]


def test_a_duplicate_key_is_removed_the_later_when_both_say_the_same_else_the_earlier_first():
    same = "const Z = {\n  FR: 'eu',\n  DE: 'eu',\n  FR: 'eu',\n};\n"
    dupe = EslintMessage(file="a.js", rule="no-dupe-keys", message="Duplicate key 'FR'.", line=4, column=3)
    found = eslint_candidates(same, "a.js", message=dupe)
    assert [(c.line, c.text) for c in found] == [
        (4, "const Z = {\n  FR: 'eu',\n  DE: 'eu',\n};\n"), (2, "const Z = {\n  DE: 'eu',\n  FR: 'eu',\n};\n"),
    ]  # fmt: skip
    other = "const Z = { x: 1, y: 2, x: 3 };\n"
    dupe = EslintMessage(file="a.js", rule="no-dupe-keys", message="Duplicate key 'x'.", line=1, column=25)
    # The later key wins at run time: removing the earlier one keeps what the code does.
    assert texts(eslint_candidates(other, "a.js", message=dupe)) == [
        "const Z = { y: 2, x: 3 };\n", "const Z = { x: 1, y: 2 };\n",
    ]  # fmt: skip


def test_a_require_in_an_es_module_becomes_the_import_it_means():
    files = {
        "src/m.js": "export const a = 1;\nexport const b = 2;\n",
        "src/use.js": "const { a, b: c } = require('./m');\nconst m = require('./m.js');\nexport const x = a + c + m.a;\n",
    }
    repo = Repository(files=set(files), read=files.get)
    for line in (1, 2):
        error = parse_error(
            "ReferenceError: require is not defined in ES module scope, you can use import instead\n"
            f"    at file:///work/src/use.js:{line}:21",
            "/work",
        )
        failure = classify_error(error, repo=repo, source="mocha")
        assert (failure.bug_type, failure.file, failure.line) == (BugType.IMPORT, "src/use.js", line)
        found = [
            c.text.split("\n")[line - 1] for c in candidates_for(failure, repo=repo, module_type="module")
        ]
        # m.js has no default export: its namespace, with the extension Node's ES loader needs.
        assert found == [["import { a, b as c } from './m.js';"], ["import * as m from './m.js';"]][line - 1]


def test_a_misspelt_typeof_result_becomes_the_closest_one_typeof_gives():
    text = "const n = (v) => (typeof v === 'nubmer' ? v : Number(v));\n"
    finding = EslintMessage(file="a.js", rule="valid-typeof", message="Invalid typeof comparison value.",
                            line=1, column=32)  # fmt: skip
    assert texts(eslint_candidates(text, "a.js", message=finding))[0] == (
        "const n = (v) => (typeof v === 'number' ? v : Number(v));\n"
    )


def test_a_case_falling_through_ends_as_the_other_cases_do_then_with_break():
    text = (
        "function next(state, event) {\n  switch (state) {\n    case 'on':\n"
        "      if (event === 'off') return 'off';\n      return 'on';\n    case 'held':\n"
        "      if (event === 'go') return 'on';\n    case 'off':\n"
        "      return event === 'on' ? 'on' : 'off';\n  }\n}\n"
    )
    finding = EslintMessage(file="a.js", rule="no-fallthrough",
                            message="Expected a 'break' statement before 'case'.", line=8, column=5)  # fmt: skip
    found = eslint_candidates(text, "a.js", message=finding)
    ends = "      if (event === 'go') return 'on';\n      {}\n    case 'off':"
    assert [c.line for c in found] == [8, 8]
    assert texts(found) == [
        text.replace(ends.replace("      {}\n", ""), ends.format("return 'held';")),
        text.replace(ends.replace("      {}\n", ""), ends.format("break;")),
    ]


def test_a_specifier_written_from_the_project_root_becomes_relative():
    text = "import { sum } from 'src/math';\nexport const total = sum;\n"
    found = module_candidates(text, "src/index.js", specifier="src/math", line=1, files=FILES,
                              packages=("semver",))  # fmt: skip
    assert texts(found)[0] == "import { sum } from './math';\nexport const total = sum;\n"
    nested = module_candidates(text.replace("src/math", "math"), "src/lib/index.js", specifier="math", line=1,
                               files=FILES)  # fmt: skip
    assert texts(nested)[0] == "import { sum } from '../math';\nexport const total = sum;\n"


def test_a_number_iterated_like_pythons_range_becomes_a_counted_loop_first_when_it_is_counted_with():
    text = "function laps(n) {\n  const out = [];\n  for (const i of n) {\n    if (i === n - 1) break;\n    out.push(i);\n  }\n  return out;\n}\n"
    found = type_error_candidates(text, "a.js", line=3, message="n is not iterable")
    assert texts(found)[0] == text.replace("for (const i of n)", "for (let i = 0; i < n; i++)")
    plain = "function names(m) {\n  for (const k of m) console.log(k);\n}\n"
    found = type_error_candidates(plain, "a.js", line=2, message="m is not iterable")
    # No sign that m is a number: the object's values go first, the counted loop last.
    assert [c.description for c in found] == [
        "iterate its values: Object.values(m)", "iterate its entries: Object.entries(m)",
        "count with an index: for (let k = 0; k < m; k++)", "iterate a missing m as empty: (m ?? [])",
    ]  # fmt: skip
    # ... and the counted loop only hides the crash of a missing m (it runs no time): a guard there,
    # as is iterating a missing m as empty (v8_types).
    assert [c.guard for c in found] == [False, False, True, True]
    assert not type_error_candidates(text, "a.js", line=3, message="n is not iterable")[0].guard


def test_an_index_read_of_what_find_did_not_find_is_guarded_with_optional_chaining():
    text = "const hit = pairs.find(([k]) => k === key);\nexport const value = hit[1] ?? null;\n"
    found = type_error_candidates(
        text, "a.js", line=2, message="Cannot read properties of undefined (reading '1')"
    )
    guarded = next(c for c in found if "hit?.[1]" in c.text)
    assert guarded.guard and guarded.text.endswith("export const value = hit?.[1] ?? null;\n")


def test_a_typed_arrow_parameter_gets_its_parentheses_first():
    text = "export const lengths = (xs: string[]) =>\n  xs.map(x: string => x.length);\n"
    found = syntax_candidates(text, "src/a.ts", line=2, column=11)
    assert found[0].text == text.replace("x: string =>", "(x: string) =>")
    # JavaScript has no type annotations: no such edit is offered there.
    js = "export const lengths = (xs) =>\n  xs.map(x: string => x.length);\n"
    assert not any(
        "typed parameter" in c.description for c in syntax_candidates(js, "src/a.js", line=2, column=11)
    )


def test_a_tsconfig_path_alias_becomes_the_relative_path_of_the_file_it_maps_to():
    sources = {
        "tsconfig.json": '{\n  // aliases\n  "compilerOptions": {\n    "baseUrl": ".",\n    "paths": { "@lib/*": ["src/lib/*"] },\n  },\n}\n',
        "src/lib/money.ts": "export const cents = (x: number) => x * 100;\n",
    }
    text = "import { cents } from '@lib/money';\nexport const price = cents(2);\n"
    found = module_candidates(text, "src/shop/price.ts", specifier="@lib/money", line=1,
                              files={*sources, "src/shop/price.ts"}, read=sources.get)  # fmt: skip
    assert texts(found)[0] == text.replace("'@lib/money'", "'../lib/money'")


def test_an_index_the_condition_does_not_bound_gets_its_check_before_the_whole_condition():
    text = "export function isWhite(grid, row, col) {\n  return col >= 0 && col < grid[row].length && grid[row][col] === '.';\n}\n"
    found = type_error_candidates(
        text, "a.js", line=2, message="Cannot read properties of undefined (reading 'length')"
    )
    # The condition bounds col, not row: row's check goes first in it, a fix (col's is the evidence).
    assert found[0].text.split("\n")[1] == (
        "  return row >= 0 && row < grid.length && col >= 0 && col < grid[row].length && grid[row][col] === '.';"
    )
    assert not found[0].guard
    # With no bounds checked at all, the same edit only avoids the crash: a guard.
    bare = "export function at(grid, row) {\n  return grid[row].length > 0 && grid[row][0] === '.';\n}\n"
    found = type_error_candidates(
        bare, "a.js", line=2, message="Cannot read properties of undefined (reading 'length')"
    )
    assert [c.guard for c in found if "row >= 0 && row < grid.length" in c.text] == [True]


def test_a_table_lookup_that_missed_is_keyed_by_the_field_its_other_lookups_use():
    # Invented shapes (not a corpus case): `RATES[o.label]` crashes where `RATES[o.code]` is read elsewhere.
    text = (
        "const RATES = { std: { pct: 20 }, low: { pct: 5 } };\n"
        "export function tax(o) {\n  return o.net * RATES[o.label].pct;\n}\n"
        "export function band(o) {\n  return RATES[o.code] ? o.code : 'none';\n}\n"
    )
    found = type_error_candidates(
        text, "a.js", line=3, message="Cannot read properties of undefined (reading 'pct')"
    )
    assert found[0].text.split("\n")[2].strip() == "return o.net * RATES[o.code].pct;"
    assert (found[0].line, found[0].guard) == (3, False)
    # A whole object used as the key gets the field too.
    whole = text.replace("RATES[o.label]", "RATES[o]")
    found = type_error_candidates(
        whole, "a.js", line=3, message="Cannot read properties of undefined (reading 'pct')"
    )
    assert found[0].text.split("\n")[2].strip() == "return o.net * RATES[o.code].pct;"
    # No other lookup of the table: no such candidate (the index shifts and guards remain).
    alone = text.replace("RATES[o.code] ? o.code : 'none'", "o.code")
    found = type_error_candidates(
        alone, "a.js", line=3, message="Cannot read properties of undefined (reading 'pct')"
    )
    assert not any("lookups use" in c.description for c in found)


def test_a_reduce_of_an_empty_array_gets_the_start_its_callbacks_arithmetic_needs():
    text = "export function kwh(rows) {\n  const wh = rows.reduce((sum, r) => sum + r.w);\n  return wh / 1000;\n}\n"
    found = type_error_candidates(text, "a.js", line=2, message="Reduce of empty array with no initial value")
    assert found[0].text.split("\n")[1].strip() == "const wh = rows.reduce((sum, r) => sum + r.w, 0);"
    product = text.replace("sum + r.w", "sum * r.w")
    found = type_error_candidates(
        product, "a.js", line=2, message="Reduce of empty array with no initial value"
    )
    assert found[0].text.split("\n")[1].strip() == "const wh = rows.reduce((sum, r) => sum * r.w, 1);"


def test_a_missing_module_is_first_the_file_that_exports_every_name_asked_for_not_a_look_alike():
    # Invented files: './totals' is spelt like './tools' (which exports other names); './sums' exports both.
    sources = {
        "src/report.js": "import { total, mean } from './totals';\nexport const r = (xs) => [total(xs), mean(xs)];\n",
        "src/tools.js": "export const clamp = (x) => x;\n",
        "src/sums.js": "export const total = (xs) => 0;\nexport const mean = (xs) => 0;\n",
    }
    found = module_candidates(sources["src/report.js"], "src/report.js", specifier="./totals", line=1,
                              files=list(sources), read=sources.get)  # fmt: skip
    assert [c.description for c in found][:2] == [
        "import './sums' instead of './totals'", "import './tools' instead of './totals'",
    ]  # fmt: skip


def test_it_ends_a_regex_literal_that_lost_its_closing_slash():
    # node: "SyntaxError: Invalid regular expression: missing /"; the '/' goes before the statement's
    # own closers, and a place that leaves a group open is no candidate.
    text = "export function isCode(s) {\n  return /^[A-Z]{3}(-\\d+)?$.test(s);\n}\n"
    first = syntax_candidates(text, "codes.js", line=2)[0]
    assert first.text.split("\n")[1] == "  return /^[A-Z]{3}(-\\d+)?$/.test(s);"
    assert parses(first.text, "codes.js")


def test_it_quotes_a_dashed_object_key_with_the_files_quote():
    text = 'const SIZES = {\n  "king-size": 3,\n  queen-size: 2,\n  single: 1,\n};\nexport default SIZES;\n'
    first = syntax_candidates(text, "sizes.js", line=3, column=3)[0]
    assert first.text.split("\n")[2] == '  "queen-size": 2,'


def test_it_iterates_an_object_literal_by_its_entries_when_the_callback_takes_pairs():
    text = (
        "const LIMITS = { low: 1, high: 9 };\n"
        "export const rows = LIMITS.filter(([name, value]) => value > 2);\n"
        "export const all = LIMITS.some((value) => value > 2);\n"
    )
    pairs = type_error_candidates(text, "limits.js", line=2, message="LIMITS.filter is not a function")
    assert "Object.entries(LIMITS).filter" in pairs[0].text
    # A plain object is not iterable: spreading it is no candidate.
    assert not any("[...LIMITS]" in c.text for c in pairs)
    values = type_error_candidates(text, "limits.js", line=3, message="LIMITS.some is not a function")
    assert "Object.values(LIMITS).some" in values[0].text


def test_it_converts_a_receiver_as_the_code_converts_another_for_the_same_method():
    # `String(count).padEnd(4)` on the line is the code's evidence that numbers reach padEnd: the
    # conversion of the other receiver is a fix on its own, not a guard.
    text = (
        "function row(item, count) {\n"
        "  return `${String(count).padEnd(4)}${price(item).padEnd(6)}`;\n"
        "}\n"
        "function price(item) {\n  return item.pence / 100;\n}\n"
        "module.exports = { row };\n"
    )
    found = type_error_candidates(text, "rows.js", line=2, message="price(...).padEnd is not a function")
    converted = [
        c for c in found if "String(price(item)).padEnd(6)" in c.text and "String(String" not in c.text
    ]
    assert converted and not converted[0].guard


def test_it_indexes_a_table_by_the_date_getter_whose_range_is_its_length():
    text = (
        "const SEASONS = ['winter', 'winter', 'spring', 'spring', 'spring', 'summer',\n"
        "  'summer', 'summer', 'autumn', 'autumn', 'autumn', 'winter'];\n"
        "export function season(when) {\n"
        "  return SEASONS[when.getHours()].toUpperCase();\n"
        "}\n"
    )
    found = type_error_candidates(
        text, "seasons.js", line=4, message="Cannot read properties of undefined (reading 'toUpperCase')"
    )
    assert found[0].text.split("\n")[3] == "  return SEASONS[when.getMonth()].toUpperCase();"


def test_it_moves_a_name_a_node_builtin_lacks_to_the_sibling_module_that_exports_it():
    # Node's real export tables: `writeFileSync` is in node:fs, not in the promise API node:fs/promises.
    text = "import { writeFileSync } from 'node:fs/promises';\nwriteFileSync('out.txt', 'x');\n"
    found = texts(export_candidates(text, "lib/save.js", specifier="node:fs/promises", name="writeFileSync",
                                    files=set(), read=lambda file: None))  # fmt: skip
    assert found[0] == "import { writeFileSync } from 'node:fs';\nwriteFileSync('out.txt', 'x');\n"
    # The promise module's closest own name (writeFile) comes after the sibling.
    assert "import { writeFile } from 'node:fs/promises';\nwriteFile('out.txt', 'x');\n" in found[1:]


def test_it_moves_only_the_missing_name_when_the_builtin_exports_the_others():
    text = "import { setTimeout as sleep, setInterval } from 'timers';\n"
    found = texts(export_candidates(text, "a.mjs", specifier="timers", name="scheduler",
                                    files=set(), read=lambda file: None))  # fmt: skip
    assert found == []  # nothing imports `scheduler`: no edit
    text = "import { setImmediate, scheduler } from 'timers';\n"
    found = texts(export_candidates(text, "a.mjs", specifier="timers", name="scheduler",
                                    files=set(), read=lambda file: None))  # fmt: skip
    assert found[:2] == [
        "import { setImmediate } from 'timers';\nimport { scheduler } from 'timers/promises';\n",
        "import { setImmediate, scheduler } from 'timers/promises';\n",
    ]


def test_an_undefined_type_is_imported_as_a_type_first_from_the_module_that_declares_it():
    files = {"src/types.ts": "export interface Tide {\n  at: number;\n}\n", "src/use.ts": ""}
    text = "export const first = (tides: Tide[]) => tides[0];\n"
    found = undefined_name_candidates(
        text, "src/use.ts", name="Tide", line=1, files=set(files), read=files.get
    )
    statements = [c.text.split("\n")[0] for c in found if "from './types'" in c.text]
    assert statements[:2] == ["import type { Tide } from './types';", "import { Tide } from './types';"]
