"""Round 51, npm25: no-eq-null, no-duplicate-imports and no-constructor-return answered with
behaviour-keeping rewrites (lint_forms). Each answer test fails on the engine before round 51 (no
candidate); the limit tests guard what is left alone."""

from __future__ import annotations

from healer.engine.javascript.fixers.imports import export_candidates
from healer.engine.javascript.fixers.lint import eslint_candidates
from healer.engine.javascript.fixers.logic import logic_candidates
from healer.engine.javascript.fixers.made_kinds import made_kind_candidates
from healer.engine.javascript.fixers.type_errors import type_error_candidates
from healer.engine.javascript.lint import EslintMessage

EQ_NULL = "Use '===' to compare with null."
CONSTRUCTOR = "Unexpected return statement in constructor."


def _lint(source: str, *, rule: str, line: int, column: int, message: str = "", path: str = "src/a.js"):
    found = EslintMessage(path, rule, message, line, column)
    return [c.text for c in eslint_candidates(source, path, message=found)]


# -- no-eq-null ---------------------------------------------------------------------------------------
def test_it_compares_a_map_lookup_with_undefined_first():
    source = "const rates = new Map();\nfunction rate(k) {\n  const r = rates.get(k);\n  return r == null ? 0 : r;\n}\n"
    found = _lint(source, rule="no-eq-null", line=4, column=10, message=EQ_NULL)
    # The same test first (round 51's review: a Map may store null); of the single comparisons, undefined.
    assert found[0] == source.replace("r == null", "(r === null || r === undefined)")
    assert found[1] == source.replace("r == null", "r === undefined")


def test_it_compares_a_regex_match_with_null_first_and_keeps_the_negation():
    source = (
        "function digits(s) {\n  const m = s.match(/\\d+/);\n  if (m != null) return m[0];\n  return '';\n}\n"
    )
    found = _lint(source, rule="no-eq-null", line=3, column=7, message=EQ_NULL)
    # Inside the if's own parentheses the exact test needs none of its own.
    assert found[0] == source.replace("m != null", "m !== null && m !== undefined")
    assert found[1] == source.replace("m != null", "m !== null")


def test_it_keeps_the_truth_table_first_for_a_lookup_that_may_hold_null():
    # Round 51's review: `cache.get(k)` is undefined for a missing key and null for a stored null; a
    # test suite that never stores null passes `=== undefined` as readily as the same test, so the
    # guess must not go first, and a value read by a call is tested once, through `??`.
    source = "export const missing = (cache, k) => cache.get(k) == null;\n"
    found = _lint(source, rule="no-eq-null", line=1, column=38, message=EQ_NULL)
    assert found[0] == source.replace("cache.get(k) == null", "(cache.get(k) ?? null) === null")
    assert found[1] == source.replace("cache.get(k) == null", "cache.get(k) === undefined")


def test_it_offers_the_exact_test_first_when_the_value_is_of_unknown_origin():
    source = "function size(opts) {\n  return opts == null ? 1 : opts.size;\n}\n"
    found = _lint(source, rule="no-eq-null", line=2, column=10, message=EQ_NULL)
    assert found[0] == source.replace("opts == null", "(opts === null || opts === undefined)")


def test_it_finds_the_comparison_that_starts_with_a_sum():
    source = "export const none = (a, b) => a + b == null;\n"
    found = _lint(source, rule="no-eq-null", line=1, column=31, message=EQ_NULL)
    assert source.replace("a + b == null", "a + b === undefined") in found


def test_it_never_reads_a_call_twice_and_leaves_strict_comparisons_alone():
    called = "if (next() == null) stop();\n"
    found = _lint(called, rule="no-eq-null", line=1, column=5, message=EQ_NULL)
    assert all("next() === null || next()" not in text for text in found)
    assert _lint("if (a === null) b();\n", rule="no-eq-null", line=1, column=5, message=EQ_NULL) == []


def test_it_never_reads_an_index_with_an_effect_twice():
    # Round 51's review: only calls were looked for, so `a[i++]` was read, and i stepped, twice.
    source = "export const gap = (a, i) => a[i++] == null;\n"
    found = _lint(source, rule="no-eq-null", line=1, column=30, message=EQ_NULL)
    assert all("a[i++] === null || a[i++]" not in text for text in found)
    assert found[0] == source.replace("a[i++] == null", "(a[i++] ?? null) === null")


# -- no-duplicate-imports -----------------------------------------------------------------------------
def test_it_merges_a_second_import_of_a_module_into_the_first():
    source = "import { area, perimeter } from './shapes.js';\nimport { scale } from './shapes.js';\n\nexport const x = 1;\n"
    found = _lint(
        source, rule="no-duplicate-imports", line=2, column=1, message="'./shapes.js' import is duplicated."
    )
    assert found == ["import { area, perimeter, scale } from './shapes.js';\n\nexport const x = 1;\n"]


def test_it_puts_a_default_import_before_the_named_ones():
    source = 'import {a} from "m";\nimport d from "m";\nd(a);\n'
    found = _lint(source, rule="no-duplicate-imports", line=2, column=1)
    assert found == ['import d, {a} from "m";\nd(a);\n']


def test_it_leaves_a_namespace_beside_names_and_two_defaults_alone():
    namespace = "import * as all from 'm';\nimport { one } from 'm';\n"
    assert _lint(namespace, rule="no-duplicate-imports", line=2, column=1) == []
    defaults = "import a from 'm';\nimport b from 'm';\n"
    assert _lint(defaults, rule="no-duplicate-imports", line=2, column=1) == []


def test_it_keeps_a_type_only_import_apart_from_a_value_import():
    source = "import type { Cut } from './cure';\nimport { hours } from './cure';\n"
    assert _lint(source, rule="no-duplicate-imports", line=2, column=1, path="src/a.ts") == []


def test_it_keeps_import_attributes_and_refuses_what_one_declaration_cannot_say():
    # Round 51's review: the merge dropped `with { type: 'json' }` (Node then refuses the JSON
    # module) and wrote `import type D, { A }`, which TypeScript rejects (TS1363).
    json = "import data from './d.json' with { type: 'json' };\nimport { x } from './d.json' with { type: 'json' };\n"
    found = _lint(json, rule="no-duplicate-imports", line=2, column=1)
    assert found == ["import data, { x } from './d.json' with { type: 'json' };\n"]
    differing = "import data from './d.json' with { type: 'json' };\nimport { x } from './d.json';\n"
    assert _lint(differing, rule="no-duplicate-imports", line=2, column=1) == []
    typed = "import type D from './m';\nimport type { A } from './m';\n"
    assert _lint(typed, rule="no-duplicate-imports", line=2, column=1, path="src/a.ts") == []


# -- no-constructor-return ----------------------------------------------------------------------------
def test_it_drops_a_constructor_s_final_return_this():
    source = "class Tank {\n  constructor(l) {\n    this.l = l;\n    return this;\n  }\n}\n"
    found = _lint(source, rule="no-constructor-return", line=4, column=5, message=CONSTRUCTOR)
    assert found[0] == "class Tank {\n  constructor(l) {\n    this.l = l;\n  }\n}\n"


def test_it_ends_an_early_return_this_without_a_value():
    source = "class T {\n  constructor(l) {\n    if (!l) return this;\n    this.l = l;\n  }\n}\n"
    found = _lint(source, rule="no-constructor-return", line=3, column=13, message=CONSTRUCTOR)
    assert found == [source.replace("return this;", "return;")]


def test_it_leaves_a_constructor_returning_another_object_alone():
    source = "class T {\n  constructor() {\n    return { fake: true };\n  }\n}\n"
    assert _lint(source, rule="no-constructor-return", line=3, column=5, message=CONSTRUCTOR) == []


# -- an import of the local name a module exports under an alias --------------------------------------
HOURS = "function hoursBetween(a, b) {\n  return b - a;\n}\nfunction unused() {}\n\nexport { hoursBetween as span };\n"


def _exports_of(importer: str, name: str, hours: str = HOURS) -> list:
    read = {"src/hours.js": hours, "src/use.js": importer}.get
    return export_candidates(importer, "src/use.js", specifier="./hours.js", name=name,
                             files={"src/hours.js", "src/use.js"}, read=read)  # fmt: skip


def test_it_imports_the_alias_a_module_exports_its_local_function_under():
    importer = "import { hoursBetween as span } from './hours.js';\nexport const f = (a, b) => span(a, b);\n"
    found = _exports_of(importer, "hoursBetween")
    assert (found[0].file, found[0].text) == ("src/use.js", importer.replace("hoursBetween as span", "span"))
    plain = "import { hoursBetween } from './hours.js';\nexport const f = (a, b) => hoursBetween(a, b);\n"
    found = _exports_of(plain, "hoursBetween")
    assert found[0].text == plain.replace("{ hoursBetween }", "{ span as hoursBetween }")


def test_it_does_not_import_an_alias_of_another_binding():
    importer = "import { unused } from './hours.js';\nexport const f = unused;\n"
    found = _exports_of(importer, "unused")
    assert all(c.file != "src/use.js" or "span" not in c.text for c in found)


# -- a match that found nothing because its letters are of one case -----------------------------------
NULL_MAP = "TypeError: Cannot read properties of null (reading 'map')"


def _typed(source: str, *, line: int, message: str) -> list[str]:
    return [c.text for c in type_error_candidates(source, "src/code.js", line=line, message=message)]


def test_it_adds_the_i_flag_to_a_one_case_pattern_whose_match_gave_null():
    source = "export function codes(s) {\n  return s.match(/[a-z]{3}/g).map((c) => c.length);\n}\n"
    assert _typed(source, line=2, message=NULL_MAP)[0] == source.replace("/g)", "/gi)")
    named = "export function first(s) {\n  const m = /(\\d+)\\s*kg/.exec(s);\n  return m[1];\n}\n"
    found = _typed(named, line=3, message="TypeError: Cannot read properties of null (reading '1')")
    assert found[0] == named.replace("kg/.exec", "kg/i.exec")


def test_it_flags_the_pattern_the_failing_function_matched_not_another_function_s():
    # Round 51's review: both functions declare `m`; the read at line 7 is b's, so b's pattern gets
    # the flag and a's, which never ran here, is left as written.
    source = (
        "function a(s) {\n  const m = /x/.exec(s);\n  return m;\n}\n"
        "function b(s) {\n  const m = s.match(/[A-F]+/);\n  return m[0];\n}\n"
    )
    found = _typed(source, line=7, message="TypeError: Cannot read properties of null (reading '0')")
    assert found[0] == source.replace("/[A-F]+/)", "/[A-F]+/i)")
    assert all("/x/i" not in text for text in found)


def test_it_leaves_a_case_blind_or_mixed_or_letterless_pattern_and_an_undefined_read_alone():
    for pattern in ("/[a-z]{3}/gi", "/[A-Za-z]+/g", "/\\d+\\s+/g"):
        source = f"export const f = (s) => s.match({pattern}).map(Number);\n"
        assert all("/i" not in t and "gii" not in t for t in _typed(source, line=1, message=NULL_MAP))
    source = "export const f = (s) => s.match(/[a-z]+/g).map(Number);\n"
    undefined = "TypeError: Cannot read properties of undefined (reading 'map')"
    assert all("/gi" not in t for t in _typed(source, line=1, message=undefined))


# -- a raw value stored beside a sibling converted to a number ----------------------------------------
def _made(source: str, message: str) -> list[str]:
    return [c.text for c in made_kind_candidates(source, "src/row.js", message=message, sources={})]


def test_it_converts_a_stored_value_as_its_sibling_is_converted():
    source = (
        "function row(line) {\n  const [a, b] = line.split(',');\n"
        "  return { width: parseInt(a, 10), depth: b };\n}\n"
        "export const label = (line) => { const entry = row(line); return entry.depth.toFixed(1); };\n"
    )
    found = _made(source, "TypeError: entry.depth.toFixed is not a function")
    assert found[0] == source.replace("depth: b", "depth: parseInt(b, 10)")


def test_it_leaves_a_literal_without_a_converted_sibling_alone():
    source = "function row(a, b) {\n  return { width: a.trim(), depth: b };\n}\nexport const f = (a, b) => row(a, b).depth.toFixed(1);\n"
    assert _made(source, "TypeError: entry.depth.toFixed is not a function") == []


# -- a value named in per cent beside the unit 1 ------------------------------------------------------
def _logic(source: str, line: int) -> list[str]:
    return [c.text for c in logic_candidates(source, "src/price.js", line=line)]


def test_it_divides_a_value_named_in_per_cent_beside_the_unit_one():
    source = "export function net(gross, discountPct) {\n  return gross * (1 - discountPct);\n}\n"
    assert source.replace("discountPct);", "discountPct / 100);") in _logic(source, 2)
    snake = "export const grow = (x, opts) => x * (1 + opts.rate_percent);\n"
    assert snake.replace("rate_percent)", "rate_percent / 100)") in _logic(snake, 1)
    # Round 51's review: the docs name `percentage` among the snake_case endings; the pattern had not.
    longer = "export const grow = (x, opts) => x * (1 + opts.rate_percentage);\n"
    assert longer.replace("rate_percentage)", "rate_percentage / 100)") in _logic(longer, 1)


def test_it_leaves_a_share_and_a_line_that_divides_by_a_hundred_alone():
    share = "export const net = (gross, discount) => gross * (1 - discount);\n"
    assert all("/ 100" not in t for t in _logic(share, 1))
    divided = "export const net = (gross, discountPct) => (gross * (1 - discountPct)) / 100;\n"
    assert divided.replace("discountPct))", "discountPct / 100))") not in _logic(divided, 1)


def test_it_leaves_a_value_named_in_per_cent_that_the_file_made_a_fraction_alone():
    # Round 51's review: the name says per cent, but the file already divided it by a hundred (or
    # wrote it as a fraction); a second division would make it a hundredth of the share.
    divided = "export function net(gross, discount) {\n  const discountPct = discount / 100;\n  return gross * (1 - discountPct);\n}\n"
    assert all("discountPct / 100" not in t for t in _logic(divided, 3))
    literal = "const taxPct = 0.2;\nexport const gross = (net) => net * (1 + taxPct);\n"
    assert all("taxPct / 100" not in t for t in _logic(literal, 2))
    whole = "const capPct = 0x1F;\nexport const f = (x) => x * (1 - capPct);\n"
    assert whole.replace("capPct);", "capPct / 100);") in _logic(whole, 2)
