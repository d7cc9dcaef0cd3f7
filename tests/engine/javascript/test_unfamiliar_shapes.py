"""Templates for shapes away from the older families: V8's runtime TypeErrors read by the value's
kind, browser globals in Node, tsc's suggested spellings and declared types, ESLint rules without a
fix. Every example is synthetic (none is a corpus case)."""

from __future__ import annotations

from healer.engine.javascript.classify import Repository
from healer.engine.javascript.fixers.dispatch import candidates_for
from healer.engine.javascript.fixers.lint import eslint_candidates
from healer.engine.javascript.fixers.type_errors import type_error_candidates
from healer.engine.javascript.lint import EslintMessage
from healer.engine.javascript.syntax import parses
from healer.engine.types import BugType, Failure


def _candidates(
    files: dict[str, str],
    file: str,
    line: int,
    bug_type: BugType,
    message: str,
    source: str = "test",
    **extra,
):
    failure = Failure(bug_type=bug_type, file=file, line=line, message=message, source=source, extra=extra)
    found = candidates_for(failure, repo=Repository(files=set(files), read=files.get))
    assert all(parses(c.text, c.file) for c in found)
    return found


def test_it_calls_an_iterator_method_that_was_spread_uncalled():
    text = "class Shelf {\n  constructor() {\n    this.items = new Map();\n  }\n  low() {\n    return [...this.items.entries].filter(([k, v]) => v < 2);\n  }\n}\n"
    first = _candidates(
        {"src/s.js": text}, "src/s.js", 6, BugType.TYPE_ERROR, "TypeError: this.items.entries is not iterable"
    )[0]
    assert "[...this.items.entries()]" in first.text


def test_it_iterates_a_missing_optional_value_as_empty_only_as_a_guard():
    text = "function mix(base, more) {\n  return [...base, ...more];\n}\n"
    found = _candidates(
        {"src/p.js": text}, "src/p.js", 2, BugType.TYPE_ERROR, "TypeError: more is not iterable"
    )
    (empty,) = [c for c in found if "(more ?? [])" in c.text]
    assert empty.guard


def test_it_reads_a_map_entry_with_get_not_by_subscript():
    text = (
        "class Book {\n  constructor() {\n    this.byName = new Map();\n  }\n  add(name, x) {\n"
        "    if (!this.byName.has(name)) this.byName.set(name, []);\n    this.byName[name].push(x);\n  }\n}\n"
    )
    found = _candidates({"src/b.js": text}, "src/b.js", 7, BugType.TYPE_ERROR,
                        "TypeError: Cannot read properties of undefined (reading 'push')")  # fmt: skip
    assert "this.byName.get(name).push(x);" in found[0].text


def test_it_leaves_a_plain_object_subscript_alone():
    text = "const byName = {};\nfunction add(name, x) {\n  byName[name].push(x);\n}\n"
    found = _candidates({"src/b.js": text}, "src/b.js", 3, BugType.TYPE_ERROR,
                        "TypeError: Cannot read properties of undefined (reading 'push')")  # fmt: skip
    assert not any(".get(name)" in c.text for c in found)


def test_it_reads_a_browser_global_through_globalthis_or_leaves_the_argument_out():
    text = "const FMT = new Intl.DateTimeFormat(window.navigator.language, { dateStyle: 'short' });\nmodule.exports = { FMT };\n"
    found = _candidates(
        {"src/w.js": text}, "src/w.js", 1, BugType.IMPORT, "ReferenceError: window is not defined"
    )
    assert "Intl.DateTimeFormat(globalThis.navigator.language" in found[0].text
    assert any("Intl.DateTimeFormat(undefined, {" in c.text for c in found)


def test_it_respells_an_object_literal_key_as_tsc_suggests():
    text = "interface Order { items: string[] }\nexport function make(raw: string): Order {\n  return { item: raw.split(',') };\n}\n"
    message = (
        "Object literal may only specify known properties, but 'item' does not exist in type 'Order'. "
        "Did you mean to write 'items'?"
    )
    (fix,) = type_error_candidates(text, "a.ts", line=3, message=message)
    assert "return { items: raw.split(',') };" in fix.text


def test_it_declares_the_null_a_function_returns_under_strict_null_checks():
    text = (
        "export function firstFree(row: boolean[], n: number): number[] {\n"
        "  for (let i = 0; i + n <= row.length; i++) {\n    if (row.slice(i, i + n).every(Boolean)) return [i];\n  }\n"
        "  return null;\n}\n"
    )
    found = _candidates({"src/seats.ts": text}, "src/seats.ts", 5, BugType.TYPE_ERROR,
                        "Type 'null' is not assignable to type 'number[]'.", source="tsc", column=3)  # fmt: skip
    assert "n: number): number[] | null {" in found[0].text
    assert found[0].line == 1


def test_it_makes_an_incomplete_assignment_chain_end_in_else_for_ts2454():
    text = (
        "export function toMetres(amount: number, unit: string): number {\n  let m: number;\n"
        "  if (unit === 'ft') m = amount * 0.3048;\n  else if (unit === 'in') m = amount * 0.0254;\n"
        "  else if (unit === 'm') m = amount;\n  return Math.round(m * 100) / 100;\n}\n"
    )
    found = _candidates({"src/w.ts": text}, "src/w.ts", 6, BugType.TYPE_ERROR,
                        "Variable 'm' is used before being assigned.", source="tsc", column=21)  # fmt: skip
    assert "  else m = amount;\n" in found[0].text
    assert found[0].line == 5


def _lint(text: str, rule: str, line: int, message: str = "flagged") -> list[str]:
    found = eslint_candidates(text, "src/a.js", message=EslintMessage("src/a.js", rule, message, line, 1))
    assert all(parses(c.text, c.file) for c in found)
    return [c.text for c in found]


def test_it_drops_the_hole_of_a_sparse_array_then_writes_it_as_undefined():
    text = "const CODES = ['a', 'b', , 'c'];\nmodule.exports = { CODES };\n"
    found = _lint(text, "no-sparse-arrays", 1)
    assert found[0].startswith("const CODES = ['a', 'b', 'c'];\n")
    assert found[1].startswith("const CODES = ['a', 'b', undefined, 'c'];\n")


def test_it_writes_a_control_character_class_as_its_complement_then_as_its_category():
    text = "function clean(s) {\n  return s.replace(/[\\x00-\\x1F]+/g, ' ');\n}\n"
    found = _lint(
        text, "no-control-regex", 2, "Unexpected control character(s) in regular expression: \\x00, \\x1f."
    )
    assert "s.replace(/[^\\x20-\\uffff]+/g, ' ')" in found[0]
    assert "s.replace(/\\p{Cc}+/gu, ' ')" in found[1]


def test_it_leaves_a_control_class_that_is_not_the_whole_c0_range_alone():
    text = "const ESC = /[\\x00-\\x07]/;\n"
    assert _lint(text, "no-control-regex", 1) == []


def test_it_makes_a_promise_executor_that_awaits_nothing_synchronous():
    text = "function later(ms) {\n  return new Promise(async (resolve) => {\n    setTimeout(resolve, ms);\n  });\n}\n"
    (fix,) = _lint(text, "no-async-promise-executor", 2)
    assert "new Promise((resolve) => {" in fix


def test_it_moves_an_awaiting_executor_body_into_an_async_function_that_rejects():
    text = "function load(read, p) {\n  return new Promise(async (resolve) => resolve(JSON.parse(await read(p))));\n}\n"
    (fix,) = _lint(text, "no-async-promise-executor", 2)
    assert (
        "new Promise((resolve, reject) => { (async () => resolve(JSON.parse(await read(p))))().catch(reject); })"
        in fix
    )


UNITS = (
    "export function toCm(x: number): number { return x * 2.54; }\n"
    "export function label(x: number): string { return `${x} cm`; }\nexport const SCALE = 2;\n"
)


def test_it_binds_the_bare_members_of_a_namespace_import_by_name_at_the_import():
    board = "import * as units from './units';\n\nexport function width(inches: number): string {\n  return label(toCm(inches));\n}\n"
    files = {"src/units.ts": UNITS, "src/board.ts": board}
    found = _candidates(files, "src/board.ts", 4, BugType.IMPORT, "ReferenceError: label is not defined")
    assert found[0].text.startswith("import { label, toCm } from './units';\n\n")
    assert found[0].line == 1
    # The namespace is kept when the file reads a member through it too.
    kept = board.replace("toCm(inches)", "toCm(inches) * units.SCALE")
    found = _candidates({**files, "src/board.ts": kept}, "src/board.ts", 4, BugType.IMPORT,
                        "ReferenceError: toCm is not defined")  # fmt: skip
    assert found[0].text.startswith(
        "import * as units from './units';\nimport { label, toCm } from './units';\n"
    )


def test_it_reports_an_import_fix_at_the_import_it_rewrote():
    from healer.engine.javascript.fixers.base import Candidate
    from healer.engine.languages.javascript import _line

    old = "import * as units from './units';\nexport const w = label(1);\n"
    failure = Failure(
        bug_type=BugType.IMPORT, file="src/b.ts", line=2, message="label is not defined", source="test"
    )
    rewritten = Candidate("src/b.ts", old.replace("* as units", "{ label }"), 1, "bind by name")
    inserted = Candidate("src/b.ts", "import { label } from './units';\n" + old, 3, "add an import")
    assert _line(failure, rewritten, old=old) == 1
    assert _line(failure, inserted, old=old) == 2


def test_it_names_a_patterns_groups_that_the_code_destructures_from_groups():
    text = "const STAMP = /^(\\d{2}):(?:[0-5])?(\\d{2})$/;\nfunction minutes(s) {\n  const { h, m } = STAMP.exec(s).groups;\n  return Number(h) * 60 + Number(m);\n}\n"
    found = _candidates({"src/t.js": text}, "src/t.js", 3, BugType.TYPE_ERROR,
                        "TypeError: Cannot destructure property 'h' of 'STAMP.exec(...).groups' as it is undefined.")  # fmt: skip
    assert found[0].text.startswith("const STAMP = /^(?<h>\\d{2}):(?:[0-5])?(?<m>\\d{2})$/;\n")
    assert found[0].line == 1


def test_it_leaves_groups_unnamed_when_the_names_read_are_not_as_many():
    text = "function unit(s) {\n  return s.match(/(\\d+)\\s*([a-z]+)/).groups.unit;\n}\n"
    found = _candidates({"src/u.js": text}, "src/u.js", 2, BugType.TYPE_ERROR,
                        "TypeError: Cannot read properties of undefined (reading 'unit')")  # fmt: skip
    assert not any("?<" in c.text for c in found)


def test_it_iterates_an_optional_parameter_as_empty_before_reading_its_values():
    text = (
        "export function mix(base: string[], more?: string[]): string[] {\n  return [...base, ...more];\n}\n"
    )
    found = _candidates(
        {"src/p.ts": text}, "src/p.ts", 2, BugType.TYPE_ERROR, "TypeError: more is not iterable"
    )
    assert "[...base, ...(more ?? [])]" in found[0].text
    assert not found[0].guard


def test_it_reads_nodes_commonjs_named_export_message_as_a_missing_export():
    from healer.engine.javascript.errors import parse_error

    error = parse_error(
        "file:///work/src/a.mjs:1\nimport { chunk } from 'lodash';\n         ^^^^^\n"
        "SyntaxError: Named export 'chunk' not found. The requested module 'lodash' is a CommonJS module, "
        "which may not support all module.exports as named exports.",
        "/work",
    )
    assert (error.module, error.export, error.importer) == ("lodash", "chunk", "src/a.mjs")


def test_it_imports_a_commonjs_package_by_its_default_export_and_destructures_it():
    text = (
        "import { parse as parseCsv, format } from 'csv-kit';\nexport const rows = parseCsv(format('a'));\n"
    )
    failure = Failure(bug_type=BugType.IMPORT, file="src/a.mjs", line=1, message="Named export 'parse' not found",
                      source="test", extra={"module": "csv-kit", "export": "parse"})  # fmt: skip
    files = {"src/a.mjs": text}
    found = candidates_for(failure, repo=Repository(files=set(files), read=files.get, packages=("csv-kit",)))
    assert found[0].text.startswith(
        "import csvKit from 'csv-kit';\nconst { parse: parseCsv, format } = csvKit;\nexport const rows"
    )


def test_it_reads_a_repository_commonjs_modules_names_from_its_default_export():
    lib = "function area(r) { return 3 * r * r; }\nmodule.exports = { area };\n"
    text = "import { area } from './geometry.cjs';\nexport const a = area(2);\n"
    failure = Failure(bug_type=BugType.IMPORT, file="src/a.mjs", line=1, message="Named export 'area' not found",
                      source="test", extra={"module": "./geometry.cjs", "export": "area"})  # fmt: skip
    files = {"src/a.mjs": text, "src/geometry.cjs": lib}
    found = candidates_for(failure, repo=Repository(files=set(files), read=files.get))
    assert any(
        c.text.startswith("import geometry from './geometry.cjs';\nconst { area } = geometry;\n")
        for c in found
    )


def test_it_reports_a_name_joined_to_an_import_list_on_line_one_at_the_line_that_uses_it():
    from healer.engine.javascript.fixers.imports import undefined_name_candidates
    from healer.engine.languages.javascript import _line

    old = "import { mean } from './stats';\n\nexport const spread = (xs) => mean(xs) - median(xs);\n"
    files = {"src/stats.js": "export const mean = (xs) => 0;\nexport const median = (xs) => 0;\n"}
    found = undefined_name_candidates(
        old, "src/report.js", name="median", line=3, files=[*files, "src/report.js"], read=files.get,
        module_type="module",
    )  # fmt: skip
    joined = next(c for c in found if c.description.endswith("too"))
    assert joined.text.startswith("import { mean, median } from './stats';")
    failure = Failure(
        bug_type=BugType.IMPORT, file="src/report.js", line=3, message="median is not defined", source="test"
    )
    assert _line(failure, joined, old=old) == 3
