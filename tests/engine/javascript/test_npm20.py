"""Round 46, npm20: TYPE_ERROR families (a Buffer read as text, `exports =`, TS2420, TS2339 on a union),
Python's f-string and lambda in JavaScript, arrays joined with `+`, no-nested-ternary and
prefer-rest-params templates, and the refusals of `f => '...'` and of `+` between arrays. Each test
fails on the engine before round 46 (no candidate, or the wrong program kept)."""

from __future__ import annotations

from healer.engine.javascript.classify import Repository
from healer.engine.javascript.fixers import dispatch
from healer.engine.javascript.fixers.base import Candidate
from healer.engine.javascript.fixers.lint import eslint_candidates
from healer.engine.javascript.fixers.logic import logic_candidates
from healer.engine.javascript.fixers.syntax_foreign import python_candidates
from healer.engine.javascript.fixers.weaker_programs import refused
from healer.engine.javascript.lint import EslintMessage
from healer.engine.types import BugType, Failure

from ..conftest import cpu_ratio


def _dispatch(files: dict[str, str], failure: Failure) -> list[Candidate]:
    repo = Repository(files=list(files), read=files.get)
    return dispatch.candidates_for(failure, repo=repo, module_type="commonjs")


def _lint(source: str, *, rule: str, line: int, column: int, path: str = "src/a.js") -> list[str]:
    message = EslintMessage(path, rule, "", line, column)
    return [c.text for c in eslint_candidates(source, path, message=message)]


# -- a Buffer read as text (node_buffers) --------------------------------------------------------
PARTS = (
    "const fs = require('node:fs');\n"
    "function readParts(p) {\n"
    "  const text = fs.readFileSync(p);\n"
    "  return text\n"
    "    .split('\\n')\n"
    "    .map((line) => line.trim());\n"
    "}\n"
    "module.exports = { readParts };\n"
)


def test_a_file_read_without_an_encoding_and_split_gets_utf8_where_it_is_read():
    failure = Failure(
        BugType.TYPE_ERROR, "src/parts.js", 5, "TypeError: text.split is not a function", "mocha"
    )
    found = _dispatch({"src/parts.js": PARTS}, failure)
    assert found[0].text == PARTS.replace("readFileSync(p)", "readFileSync(p, 'utf8')")
    assert found[0].line == 3


def test_a_read_given_options_is_left_alone():
    source = PARTS.replace("readFileSync(p)", "readFileSync(p, { flag: 'r' })")
    failure = Failure(
        BugType.TYPE_ERROR, "src/parts.js", 5, "TypeError: text.split is not a function", "mocha"
    )
    assert not any("'utf8'" in c.text for c in _dispatch({"src/parts.js": source}, failure))


# -- `exports =` (commonjs_exports) ----------------------------------------------------------------
def test_a_module_that_assigns_exports_gets_module_exports_from_a_test_that_requires_it_through_an_index():
    files = {
        "src/changes.js": "function hunt(n) {\n  return [n];\n}\n\nexports = { hunt };\n",
        "src/index.js": "const { hunt } = require('./changes');\nmodule.exports = { hunt };\n",
        "test/a.spec.js": "const { hunt } = require('../src');\nit('x', () => hunt(4));\n",
    }
    failure = Failure(BugType.TYPE_ERROR, "test/a.spec.js", 2, "TypeError: hunt is not a function", "mocha")
    found = _dispatch(files, failure)
    assert found and found[0].file == "src/changes.js"
    assert found[0].text.endswith("module.exports = { hunt };\n") and found[0].line == 5


def test_exports_declared_as_a_local_is_not_touched():
    files = {"src/a.js": "let exports = {};\nexports = { f };\nf();\n"}
    failure = Failure(BugType.TYPE_ERROR, "src/a.js", 3, "TypeError: f is not a function", "mocha")
    assert not any("module.exports" in c.text for c in _dispatch(files, failure))


# -- TS2420 (tsc_implements) ------------------------------------------------------------------------
WICKS = (
    "export interface Priced {\n  priceFor(m: number): number;\n}\n\n"
    "export class Wick implements Priced {\n"
    "  constructor(readonly rate: number) {}\n"
    "  priceOf(m: number): number {\n    return m * this.rate;\n  }\n"
    "  twice(m: number): number {\n    return 2 * this.priceOf(m);\n  }\n}\n"
)
TS2420 = (
    "Class 'Wick' incorrectly implements interface 'Priced'. Property 'priceFor' is missing in type 'Wick' "
    "but required in type 'Priced'."
)


def test_a_class_member_named_unlike_its_interfaces_is_renamed_with_its_uses():
    failure = Failure(BugType.TYPE_ERROR, "src/wicks.ts", 5, TS2420, "tsc")
    found = _dispatch({"src/wicks.ts": WICKS}, failure)
    assert found[0].text == WICKS.replace("priceOf", "priceFor")
    assert found[0].line == 7


def test_no_rename_when_no_member_is_close_to_the_missing_one():
    source = WICKS.replace("priceOf", "weigh")
    failure = Failure(BugType.TYPE_ERROR, "src/wicks.ts", 5, TS2420, "tsc")
    assert not any(
        "priceFor(m: number): number {" in c.text for c in _dispatch({"src/wicks.ts": source}, failure)
    )


# -- TS2339 on a union (tsc_unions) -----------------------------------------------------------------
SKY = (
    "export interface Meteor {\n  kind: 'meteor';\n  magnitude: number;\n}\n"
    "export interface Satellite {\n  kind: 'satellite';\n  name: string;\n}\n"
    "export type Sighting = Meteor | Satellite;\n"
)
LOG = (
    "import type { Sighting } from './sky.js';\n"
    "export function brightest(all: Sighting[]): number | null {\n"
    "  let best: number | null = null;\n"
    "  for (const s of all) {\n"
    "    if (best === null || s.magnitude < best) best = s.magnitude;\n"
    "  }\n  return best;\n}\n"
)


def test_a_property_only_one_member_of_a_union_has_is_read_after_the_discriminant_test():
    message = "Property 'magnitude' does not exist on type 'Sighting'."
    failure = Failure(BugType.TYPE_ERROR, "src/log.ts", 5, message, "tsc")
    found = [c.text for c in _dispatch({"src/sky.ts": SKY, "src/log.ts": LOG}, failure)]
    wanted = "    if (s.kind === 'meteor' && (best === null || s.magnitude < best)) best = s.magnitude;"
    assert found and wanted in found[0].split("\n")
    assert any("'magnitude' in s && (" in text for text in found)


# -- Python's f-string and lambda (syntax_foreign) --------------------------------------------------
def test_a_python_f_string_becomes_a_template_literal():
    line = "  return f'{c.name} ({c.count:.1f}) {{x}} `q`';"
    texts = [c.text for c in python_candidates(line, "src/a.js", 1)]
    assert texts[0] == "  return `${c.name} (${c.count.toFixed(1)}) {x} \\`q\\``;"


def test_an_f_string_with_a_repr_conversion_gets_no_template():
    assert python_candidates("x = f'{a!r}';", "src/a.js", 1) == []


def test_a_python_lambda_becomes_an_arrow_function():
    line = "  return Math.max(0, ...flights.map(lambda f: f.km));"
    texts = [c.text for c in python_candidates(line, "src/a.ts", 1)]
    assert texts[0] == "  return Math.max(0, ...flights.map((f) => f.km));"


def test_an_f_string_in_a_block_comment_is_left_alone():
    assert python_candidates("/* f'{x}' */ g();", "src/a.js", 1) == []


def test_python_forms_on_a_16_kb_line_stay_fast():
    # linear told by a ratio of CPU times at n and 4n, not a wall clock (review 48)
    def run(n: int) -> None:
        python_candidates("a" * (16 * n // 3) + " f'{x}' " + "lambda " * n, "src/a.js", 1)
        python_candidates("(lambda x: " * n, "src/a.js", 1)

    run(3000)  # a 16 KB line
    ratio = cpu_ratio(run, 750)
    assert ratio < 10, ratio


def test_an_arrow_put_between_a_name_and_its_string_is_refused():
    old = "export function label(c) {\n  return f'{c.name}';\n}\n"
    assert refused(old, old.replace("f'", "f => '"), "src/a.js")
    assert not refused(old, old.replace("f'{c.name}'", "`${c.name}`"), "src/a.js")


# -- arrays joined with `+` (logic_arrays, weaker_programs) -------------------------------------------
LOADS = (
    "function loadsNeeded(low, high, per) {\n"
    "  const bales = low + high;\n"
    "  return Math.ceil(bales.length / per);\n"
    "}\n"
)


def test_two_values_summed_and_counted_are_joined_as_arrays_first():
    texts = [c.text for c in logic_candidates(LOADS, "src/a.js", line=2)]
    assert texts[0] == LOADS.replace("low + high", "[...low, ...high]")
    assert LOADS.replace("low + high", "low.concat(high)") in texts


def test_a_sum_of_numbers_is_not_made_an_array():
    source = "function f(a, b) {\n  const n = a + b;\n  return n * 2;\n}\n"
    assert not any("..." in c.text for c in logic_candidates(source, "src/a.js", line=2))


def test_plus_between_two_arrays_is_refused():
    old = "const a = [1];\nconst b = [2];\nconst c = [...a, ...b];\n"
    assert refused(old, old.replace("[...a, ...b]", "a + b"), "src/a.js")
    assert not refused(old, old.replace("[...a, ...b]", "a.length + b.length"), "src/a.js")


# -- no-nested-ternary, prefer-rest-params (lint_meanings) -----------------------------------------
def test_a_returned_nested_conditional_becomes_if_returns():
    source = "function grade(m) {\n  return m > 20 ? 'damp' : m > 15 ? 'fair' : 'dry';\n}\n"
    wanted = "function grade(m) {\n  if (m > 20) return 'damp';\n  return m > 15 ? 'fair' : 'dry';\n}\n"
    assert _lint(source, rule="no-nested-ternary", line=2, column=10) == [wanted]


def test_an_assigned_nested_conditional_becomes_an_if_else_chain():
    source = "function h(c) {\n  x = c > 1 ? 'a' : c > 0 ? 'b' : 'c';\n}\n"
    # The last conditional stays (it nests nothing): one if per test before it.
    wanted = "function h(c) {\n  if (c > 1) x = 'a'; else x = c > 0 ? 'b' : 'c';\n}\n"
    assert _lint(source, rule="no-nested-ternary", line=2, column=7) == [wanted]


def test_arguments_become_a_rest_parameter_and_its_copy_is_dropped():
    source = "export function combined() {\n  return Array.from(arguments).flatMap((p) => p.c);\n}\n"
    wanted = "export function combined(...args) {\n  return args.flatMap((p) => p.c);\n}\n"
    assert _lint(source, rule="prefer-rest-params", line=2, column=21) == [wanted]


def test_arguments_beside_plain_parameters_are_the_parameters_then_the_rest():
    source = "function f(a) {\n  return arguments[0] + arguments[2];\n}\n"
    wanted = "function f(a, ...args) {\n  return a + args[1];\n}\n"
    assert _lint(source, rule="prefer-rest-params", line=2, column=10) == [wanted]
    # Round 46's review: `[a, ...args].length` is 1 for `f()`, whose arguments.length is 0.
    counted = "function f(a) {\n  return arguments.length;\n}\n"
    assert _lint(counted, rule="prefer-rest-params", line=2, column=10) == []


def test_arguments_of_a_function_that_assigns_its_parameters_are_left_alone():
    source = "function f(a) {\n  a = 1;\n  return arguments[0];\n}\n"
    assert _lint(source, rule="prefer-rest-params", line=3, column=10) == []


def test_nested_conditionals_deep_and_long_stay_fast():
    def run(n: int) -> None:
        chain = " : ".join(f"x > {i} ? {i}" for i in range(n)) + " : -1"
        _lint(f"function g(x) {{\n  return {chain};\n}}\n", rule="no-nested-ternary", line=2, column=10)

    run(3000)
    # linear told by a ratio of CPU times at n and 4n, not a wall clock (review 48)
    ratio = cpu_ratio(run, 750, repeats=1)
    assert ratio < 10, ratio


def test_a_string_method_called_on_splits_array_is_called_on_each_element():
    source = "export function parse(line) {\n  return { facing: line.split(',').trim() };\n}\n"
    message = "TypeError: line.split(...).trim is not a function"
    failure = Failure(BugType.TYPE_ERROR, "src/a.js", 2, message, "mocha")
    found = _dispatch({"src/a.js": source}, failure)
    assert found[0].text == source.replace(".trim()", ".map((part) => part.trim())")
