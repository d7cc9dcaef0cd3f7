"""TYPE_ERROR candidates from tsc's type diagnostics: the expression tsc points at, edited by the two types."""

from __future__ import annotations

from healer.engine.javascript.classify import Repository, classify
from healer.engine.javascript.errors import parse_error
from healer.engine.javascript.fixers.dispatch import candidates_for
from healer.engine.javascript.fixers.tsc_types import declared_members, tsc_type_candidates
from healer.engine.javascript.lint import TscDiagnostic, parse_tsc_output
from healer.engine.javascript.reports import TestCase, TestRun
from healer.engine.javascript.syntax import parses
from healer.engine.types import BugType, Failure
from tests.engine.javascript.conftest import REPO

ITEM = (
    "export interface Item {\n  name: string;\n  price: number;\n  total(): number;\n  tags: string[];\n}\n"
)


def lines(found, line: int) -> list[str]:
    assert all(parses(c.text, c.file) for c in found)
    return [c.text.split("\n")[line - 1].strip() for c in found]


def test_a_string_argument_where_a_number_is_declared_is_converted_or_parsed():
    text = (
        "function twice(n: number): number {\n  return n * 2;\n}\nexport const f = (s: string) => twice(s);\n"
    )
    found = tsc_type_candidates(text, "a.ts", line=4, column=39,
                                message="Argument of type 'string' is not assignable to parameter of type 'number'.")  # fmt: skip
    assert lines(found, 4)[:3] == [
        "export const f = (s: string) => twice(Number(s));",
        "export const f = (s: string) => twice(parseInt(s, 10));",
        "export const f = (s: string) => twice(parseFloat(s));",
    ]
    assert found[0].description == "convert s to a number with Number()" and found[0].line == 4


def test_an_otherwise_unused_binding_of_the_wanted_type_replaces_the_argument_first():
    pointer = (
        "export function arrayIndex(token: string, length: number): number {\n  return Number(token);\n}\n"
    )
    text = (
        "import { arrayIndex } from './pointer';\n"
        "export function remove(parent: number[], token: string, size: number): void {\n"
        "  const index = arrayIndex(token, parent.length);\n"
        "  parent.splice(token, 1);\n"
        "}\n"
    )
    sources = {"src/pointer.ts": pointer, "src/mutate.ts": text}
    found = tsc_type_candidates(text, "src/mutate.ts", line=4, column=17, sources=sources,
                                message="Argument of type 'string' is not assignable to parameter of type 'number'.")  # fmt: skip
    assert lines(found, 4)[0] == "parent.splice(index, 1);"
    # `size` is a number in scope too, but a parameter nothing reads is no sign: after the conversions.
    assert lines(found, 4).index("parent.splice(size, 1);") > lines(found, 4).index(
        "parent.splice(Number(token), 1);"
    )


def test_a_string_literal_holding_a_number_becomes_the_number():
    text = "const o: { a: number } = { a: '12' };\n"
    found = tsc_type_candidates(
        text, "a.ts", line=1, column=28, message="Type 'string' is not assignable to type 'number'."
    )
    assert lines(found, 1)[0] == "const o: { a: number } = { a: 12 };"


def test_an_object_where_a_number_is_wanted_reads_the_member_that_is_one():
    text = ITEM + "export function cost(it: Item): number {\n  return it;\n}\n"
    found = tsc_type_candidates(text, "a.ts", line=8, column=3, message="Type 'Item' is not assignable to type 'number'.",
                                sources={"a.ts": text})  # fmt: skip
    assert lines(found, 8) == ["return it.price;", "return it.total();"]


def test_the_wrong_member_is_swapped_for_a_sibling_of_the_wanted_type():
    text = ITEM + "export function cost(it: Item): number {\n  return it.name;\n}\n"
    found = tsc_type_candidates(text, "a.ts", line=8, column=3, message="Type 'string' is not assignable to type 'number'.",
                                sources={"a.ts": text})  # fmt: skip
    assert lines(found, 8)[:2] == ["return it.price;", "return it.total();"]
    assert "return Number(it.name);" in lines(found, 8)


def test_a_promise_where_its_value_is_wanted_is_awaited():
    text = "declare function load(): Promise<number>;\nexport async function f(): Promise<number> {\n  const n: number = load();\n  return n;\n}\n"
    found = tsc_type_candidates(text, "a.ts", line=3, column=9,
                                message="Type 'Promise<number>' is not assignable to type 'number'.")  # fmt: skip
    assert lines(found, 3)[0] == "const n: number = await load();"


def test_possibly_undefined_values_fall_back_or_are_guarded_with_optional_chaining():
    text = "export function f(m: Map<string, number>): number {\n  const v: number = m.get('a');\n  return v;\n}\n"
    found = tsc_type_candidates(text, "a.ts", line=2, column=9,
                                message="Type 'number | undefined' is not assignable to type 'number'.")  # fmt: skip
    assert lines(found, 2) == ["const v: number = m.get('a') ?? 0;", "const v: number = m.get('a')!;"]
    find = "export function g(xs: { p: number }[]): number {\n  return xs.find((x) => x.p > 1).p;\n}\n"
    guarded = tsc_type_candidates(find, "a.ts", line=2, column=10, message="Object is possibly 'undefined'.")
    assert lines(guarded, 2)[0] == "return xs.find((x) => x.p > 1)?.p;"


def test_arrays_give_their_length_or_first_element_and_mismatched_arguments_are_swapped():
    text = "declare function at(n: number, s: string): string;\nexport const f = (xs: string[], k: number) => at(xs, k);\n"
    found = tsc_type_candidates(text, "a.ts", line=2, column=50,
                                message="Argument of type 'string[]' is not assignable to parameter of type 'number'.")  # fmt: skip
    assert "export const f = (xs: string[], k: number) => at(xs.length, k);" in lines(found, 2)
    assert "export const f = (xs: string[], k: number) => at(k, xs);" in lines(found, 2)


def test_an_array_passed_where_its_elements_are_wanted_one_by_one_is_spread_first():
    text = "export const top = (counts: number[]) => Math.max(counts);\n"
    found = tsc_type_candidates(text, "a.ts", line=1, column=51,
                                message="Argument of type 'number[]' is not assignable to parameter of type 'number'.")  # fmt: skip
    assert lines(found, 1)[:2] == [
        "export const top = (counts: number[]) => Math.max(...counts);",
        "export const top = (counts: number[]) => Math.max(counts.length);",
    ]


def test_the_repositorys_interfaces_and_classes_declare_members_with_types():
    members = declared_members({"a.ts": ITEM + "class Box {\n  width: number = 1;\n  area(): number { return 1; }\n}\n",
                                "b.js": "class Ignored {}\n"})  # fmt: skip
    assert ("price", "property", "number") in members["Item"] and ("total", "method", "number") in members[
        "Item"
    ]
    assert members["Box"] == [("width", "property", "number"), ("area", "method", "number")]


def test_a_tsc_failure_gets_the_type_directed_candidates_first():
    text = (
        "function twice(n: number): number {\n  return n * 2;\n}\nexport const f = (s: string) => twice(s);\n"
    )
    failure = Failure(bug_type=BugType.TYPE_ERROR, file="src/a.ts", line=4, source="tsc", code="TS2345",
                      message="Argument of type 'string' is not assignable to parameter of type 'number'.",
                      extra={"column": 39})  # fmt: skip
    repo = Repository(files=["src/a.ts"], read={"src/a.ts": text}.get)
    found = candidates_for(failure, repo=repo)
    assert found[0].description == "convert s to a number with Number()"
    assert len({c.text for c in found}) == len(found)


def test_a_conversion_to_the_wrong_type_is_dropped_first():
    text = "declare function money(n: number): string;\nexport const f = (tax: number) => money(tax.toFixed(0));\n"
    found = tsc_type_candidates(text, "a.ts", line=2, column=41,
                                message="Argument of type 'string' is not assignable to parameter of type 'number'.")  # fmt: skip
    assert found[0].description == "pass tax itself, not its toFixed()"
    assert lines(found, 2)[0] == "export const f = (tax: number) => money(tax);"


def test_a_property_the_type_lacks_becomes_one_it_declares_the_closest_first():
    text = ITEM + "export function cost(it: Item): number {\n  return it.prise;\n}\n"
    found = tsc_type_candidates(text, "a.ts", line=8, column=13, message="Property 'prise' does not exist on type 'Item'.",
                                sources={"a.ts": text})  # fmt: skip
    assert lines(found, 8)[0] == "return it.price;" and "return it.total;" in lines(found, 8)


def test_it_awaits_a_promise_where_it_is_made_before_where_it_is_used():
    text = (
        "declare function read(name: string): Promise<string>;\n"
        "declare function parse(text: string): string[];\n"
        "export async function load(names: string[]): Promise<string[]> {\n"
        "  const out = [];\n"
        "  for (const name of names) {\n"
        "    const text = read(name);\n"
        "    out.push(...parse(text));\n"
        "  }\n"
        "  return out;\n"
        "}\n"
    )
    found = tsc_type_candidates(text, "a.ts", line=7, column=23,
                                message="Argument of type 'Promise<string>' is not assignable to parameter of type 'string'.")  # fmt: skip
    assert lines(found, 6)[0] == "const text = await read(name);"
    assert found[0].line == 6  # reported where the value is made
    assert lines(found, 7)[1] == "out.push(...parse(await text));" and found[1].line == 7


def test_it_does_not_await_at_a_declaration_the_variable_outlives():
    text = (
        "declare function read(): Promise<string>;\n"
        "declare function parse(text: string): string[];\n"
        "export async function load(other: Promise<string>): Promise<string[]> {\n"
        "  let text = read();\n"
        "  text = other;\n"
        "  return parse(text);\n"
        "}\n"
    )
    found = tsc_type_candidates(text, "a.ts", line=6, column=16,
                                message="Argument of type 'Promise<string>' is not assignable to parameter of type 'string'.")  # fmt: skip
    assert all(c.line == 6 for c in found) and lines(found, 6)[0] == "return parse(await text);"


def test_it_converts_a_receiver_whose_primitive_type_lacks_the_method():
    text = "export function two(value: number): string {\n  return value.padStart(2, '0');\n}\n"
    found = tsc_type_candidates(text, "a.ts", line=2, column=16,
                                message="Property 'padStart' does not exist on type 'number'.")  # fmt: skip
    assert lines(found, 2)[0] == "return String(value).padStart(2, '0');" and found[0].line == 2
    fixed = tsc_type_candidates(text.replace("padStart(2, '0')", "toFixed(2)").replace("number", "string", 1),
                                "a.ts", line=2, column=16, message="Property 'toFixed' does not exist on type 'string'.")  # fmt: skip
    assert lines(fixed, 2)[0] == "return Number(value).toFixed(2);"
    # A method no primitive conversion gives (an object's own member) is not converted.
    other = tsc_type_candidates(text.replace("padStart", "total"), "a.ts", line=2, column=16,
                                message="Property 'total' does not exist on type 'number'.")  # fmt: skip
    assert not any("String(" in c.text for c in other)


def test_it_tries_tscs_typed_candidates_first_for_a_runtime_type_error_at_the_same_line():
    text = "export function two(value: number): string {\n  return value.padStart(2, '0');\n}\n"
    stack = "TypeError: value.padStart is not a function\n    at two (/work/src/a.ts:2:16)"
    run = TestRun(runner="vitest")
    run.add(TestCase(id="test/a.test.ts::two", file="test/a.test.ts", name="two", outcome="failed",
                     error=parse_error(stack, REPO)))  # fmt: skip
    tsc = [TscDiagnostic("src/a.ts", 2, 16, 2339, "Property 'padStart' does not exist on type 'number'.")]
    repo = Repository(files=["src/a.ts", "test/a.test.ts"], read={"src/a.ts": text}.get)
    (failure,) = classify(repo=repo, tests=run, tsc=tsc).failures
    assert (failure.source, failure.test_ids) == ("vitest", ("test/a.test.ts::two",))  # judged by its tests
    found = candidates_for(failure, repo=repo)
    # tsc's unguarded conversion, not the runtime template's guard at the end of the list.
    assert found[0].text.split("\n")[1] == "  return String(value).padStart(2, '0');" and not found[0].guard


# What TypeScript 5.9's tsc --pretty false printed for these lines.
OVERLOADS = (
    "src/a.ts(2,17): error TS2769: No overload matches this call.\n"
    "  Overload 1 of 2, '(start: number, deleteCount?: number | undefined): number[]', gave the following error.\n"
    "    Argument of type 'string' is not assignable to parameter of type 'number'.\n"
    "  Overload 2 of 2, '(start: number, deleteCount: number, ...items: number[]): number[]', gave the following error.\n"
    "    Argument of type 'string' is not assignable to parameter of type 'number'.\n"
    "src/a.ts(5,40): error TS2554: Expected 0-7 arguments, but got 8.\n"
)
OVERLOADED = (
    "export function remove(parent: number[], token: string): void {\n  parent.splice(token, 1);\n}\n"
    "export function when(y: string, m: number): Date {\n  return new Date(y, m, 1, 2, 3, 4, 5, 6);\n}\n"
)


def test_no_overload_matches_reads_the_argument_from_the_lines_below_and_a_constructor_gets_tscs_count():
    repo = Repository(files=["src/a.ts"], read={"src/a.ts": OVERLOADED}.get)
    overloads, count = classify(repo=repo, tsc=parse_tsc_output(OVERLOADS, repo_dir=REPO)).failures
    assert overloads.message == "No overload matches this call."
    assert lines(candidates_for(overloads, repo=repo), 2)[0] == "parent.splice(Number(token), 1);"
    assert lines(candidates_for(count, repo=repo), 5) == ["return new Date(y, m, 1, 2, 3, 4, 5);"]


LENGTH = "export function parseLength(text: string): number {\n  return Number(text);\n}\n"
SIDES = (
    "import { parseLength } from './length';\n"
    "function fit(seconds: number): number {\n  return seconds;\n}\n"
    "function shout(text: string): string {\n  return text;\n}\n"
    "export const layout = (side: string) => fit(side);\n"
)


def test_a_repository_function_that_turns_the_given_type_into_the_wanted_one_wraps_the_argument():
    sources = {"src/length.ts": LENGTH, "src/sides.ts": SIDES}
    message = "Argument of type 'string' is not assignable to parameter of type 'number'."
    found = tsc_type_candidates(SIDES, "src/sides.ts", line=8, column=45, message=message, sources=sources)
    # Imported and never called: the conversion the code was meant to make, before the built-in ones.
    assert lines(found, 8)[:2] == [
        "export const layout = (side: string) => fit(parseLength(side));",
        "export const layout = (side: string) => fit(Number(side));",
    ]
    assert "through parseLength()" in found[0].description
    # A function of other types (shout: string -> string) is never offered.
    assert not any("shout(" in line for line in lines(found, 8))
    # Once the file calls it elsewhere it is still offered, after the built-in conversions.
    used = SIDES + "export const total = (t: string) => parseLength(t);\n"
    found = tsc_type_candidates(used, "src/sides.ts", line=8, column=45, message=message,
                                sources={**sources, "src/sides.ts": used})  # fmt: skip
    assert "export const layout = (side: string) => fit(parseLength(side));" in lines(found, 8)[1:]


def test_a_comparison_of_types_with_no_overlap_converts_one_side_to_the_others_type():
    text = "export function ok(label: string) {\n  const m = /^(\\d+)$/.exec(label);\n  return !m || m[1] === 0;\n}\n"
    found = tsc_type_candidates(text, "a.ts", line=3, column=16, message=(
        "This comparison appears to be unintentional because the types 'string' and 'number' have no overlap."
    ))  # fmt: skip
    assert lines(found, 3)[0] == "return !m || Number(m[1]) === 0;"
    assert "return !m || m[1] === String(0);" in lines(found, 3)


def test_arithmetic_on_a_string_field_makes_both_operands_numbers_by_the_fields_declared_type():
    fill = "export interface Fill {\n  date: string;\n  litres: number;\n}\n"
    text = "import { Fill } from './fill';\nexport const days = (a: Fill, b: Fill) => (b.date - a.date) / 864e5;\n"
    found = tsc_type_candidates(text, "src/r.ts", line=2, column=45, sources={"src/fill.ts": fill}, message=(
        "The left-hand side of an arithmetic operation must be of type 'any', 'number', 'bigint' or an enum type."
    ))  # fmt: skip
    assert (
        lines(found, 2)[0]
        == "export const days = (a: Fill, b: Fill) => (Date.parse(b.date) - Date.parse(a.date)) / 864e5;"
    )
    assert "export const days = (a: Fill, b: Fill) => (Date.parse(b.date) - a.date) / 864e5;" in lines(
        found, 2
    )


COMPARATOR = (
    "src/a.ts(2,21): error TS2345: Argument of type '(a: number[], b: number[]) => boolean' is not assignable "
    "to parameter of type '(a: number[], b: number[]) => number'.\n"
    "  Type 'boolean' is not assignable to type 'number'.\n"
)


def test_a_sort_comparator_returning_a_boolean_returns_differences_both_orders_offered():
    text = "export function order(pairs: number[][]): number[][] {\n  return pairs.sort((a, b) => a[0] < b[0]);\n}\n"
    repo = Repository(files=["src/a.ts"], read={"src/a.ts": text}.get)
    (failure,) = classify(repo=repo, tsc=parse_tsc_output(COMPARATOR, repo_dir=REPO)).failures
    found = candidates_for(failure, repo=repo)
    assert lines(found, 2)[:2] == [
        "return pairs.sort((a, b) => a[0] - b[0]);",
        "return pairs.sort((a, b) => b[0] - a[0]);",
    ]
    assert found[0].description == "make the comparator return a number (a[0] - b[0]), not a boolean"


def test_a_comparator_chained_with_or_keeps_its_or_so_a_tie_falls_through():
    text = (
        "export function order(pairs: number[][]): number[][] {\n"
        "  return pairs.sort(function (a, b) {\n    return a[0] > b[0] || (a[1] <= b[1] + 1);\n  });\n}\n"
    )
    found = tsc_type_candidates(text, "a.ts", line=2, column=21,
                                message=COMPARATOR.split(": error TS2345: ")[1].split("\n")[0])  # fmt: skip
    assert lines(found, 3)[:4] == [
        "return a[0] - b[0] || (a[1] - (b[1] + 1));",
        "return a[0] - b[0] || ((b[1] + 1) - a[1]);",
        "return b[0] - a[0] || (a[1] - (b[1] + 1));",
        "return b[0] - a[0] || ((b[1] + 1) - a[1]);",
    ]


def test_a_shorthand_property_of_the_wrong_type_is_written_out_with_its_conversion():
    # tsc points at `pence` in `{ name, pence }`: `Number(pence)` alone in its place would not parse.
    text = (
        "interface Band {\n  name: string;\n  pence: number;\n}\n"
        "export function band(line: string): Band {\n  const [name, pence] = line.split(' ');\n"
        "  return { name, pence };\n}\n"
    )
    found = tsc_type_candidates(text, "a.ts", line=7, column=18,
                                message="Type 'string' is not assignable to type 'number'.")  # fmt: skip
    assert lines(found, 7)[:2] == [
        "return { name, pence: Number(pence) };",
        "return { name, pence: parseInt(pence, 10) };",
    ]


def test_a_boolean_comparator_of_one_tuple_element_also_gets_the_next_element_as_its_tie_break():
    text = "export function worst(scores: number[]): number[][] {\n  return scores.map((s, i) => [s, i]).sort((a, b) => b[0] > a[0]);\n}\n"
    message = (
        "Argument of type '(a: number[], b: number[]) => boolean' is not assignable to parameter of type "
        "'(a: number[], b: number[]) => number'."
    )
    found = tsc_type_candidates(text, "a.ts", line=2, column=44, message=message)
    sorts = [line.split(".sort(")[1] for line in lines(found, 2)]
    assert sorts[:4] == [
        "(a, b) => b[0] - a[0]);",
        "(a, b) => a[0] - b[0]);",
        "(a, b) => b[0] - a[0] || b[1] - a[1]);",
        "(a, b) => b[0] - a[0] || a[1] - b[1]);",
    ]


def test_a_reduce_without_its_start_gets_the_start_of_the_type_its_accumulator_meets():
    # Invented code (not a corpus case): tsc reports the operator inside the callback and the use below.
    text = (
        "export function total(items: Item[]): number {\n"
        "  const cents = items.reduce((acc, it) => acc + price(it));\n"
        "  return Math.round(cents) / 100;\n}\n"
    )
    operator = tsc_type_candidates(text, "a.ts", line=2, column=44,
                                   message="Operator '+' cannot be applied to types 'Item' and 'number'.")  # fmt: skip
    assert lines(operator, 2)[0] == "const cents = items.reduce((acc, it) => acc + price(it), 0);"
    assert (operator[0].line, operator[0].guard) == (2, False)
    use = tsc_type_candidates(text, "a.ts", line=3, column=21, sources={"a.ts": text, "i.ts": ITEM},
                              message="Argument of type 'Item' is not assignable to parameter of type 'number'.")  # fmt: skip
    assert lines(use, 2)[0] == "const cents = items.reduce((acc, it) => acc + price(it), 0);"
    assert use[0].line == 2 and not use[0].guard
    # The edits at the use (`cents.price`) remain, as guards: only a pass of their tests makes them a fix.
    at_use = [c for c in use if c.line == 3]
    assert at_use and all(c.guard for c in at_use)
    # A reduce that has its start is not the origin: the use's own candidates are plain.
    started = text.replace("price(it))", "price(it), 0)")
    use = tsc_type_candidates(started, "a.ts", line=3, column=21, sources={"a.ts": started, "i.ts": ITEM},
                              message="Argument of type 'Item' is not assignable to parameter of type 'number'.")  # fmt: skip
    assert use and all(c.line == 3 and not c.guard for c in use)


def test_split_parts_used_in_arithmetic_are_converted_where_they_are_made():
    text = (
        "export function seconds(stamp: string): number {\n"
        "  const [m, s] = stamp.split('.');\n"
        "  return m * 60 + s;\n}\n"
    )
    for column, message in (
        (10, "The left-hand side of an arithmetic operation must be of type 'any', 'number', 'bigint' or an enum type."),
        (3, "Type 'string' is not assignable to type 'number'."),
    ):  # fmt: skip
        found = tsc_type_candidates(text, "a.ts", line=3, column=column, message=message)
        assert lines(found, 2)[0] == "const [m, s] = stamp.split('.').map(Number);"
        assert (found[0].line, found[0].guard) == (2, False)
        assert all(c.guard for c in found[1:])
    # Parts not made by split: no origin edit, the use's conversion stays first and plain.
    made = text.replace("stamp.split('.')", "pair(stamp)")
    found = tsc_type_candidates(made, "a.ts", line=3, column=10,
                                message="The left-hand side of an arithmetic operation must be of type 'any', 'number', 'bigint' or an enum type.")  # fmt: skip
    assert lines(found, 3)[0] == "return Number(m) * 60 + s;" and not found[0].guard


def test_every_edit_at_the_use_is_a_guard_once_tsc_points_to_where_the_value_is_made():
    text = (
        "export function seconds(stamp: string): number {\n"
        "  const [m, s] = stamp.split('.');\n"
        "  return m * 60 + s;\n}\n"
    )
    failure = Failure(bug_type=BugType.TYPE_ERROR, file="src/a.ts", line=3, source="tsc", code="TS2322",
                      message="Type 'string' is not assignable to type 'number'.", extra={"column": 3})  # fmt: skip
    repo = Repository(files=["src/a.ts"], read={"src/a.ts": text}.get)
    found = candidates_for(failure, repo=repo)
    assert (found[0].line, found[0].guard) == (2, False)
    assert len(found) > 1 and all(c.guard for c in found if c.line == 3)


def test_it_sorts_a_copy_of_a_readonly_array():
    text = "export function loudest(songs: readonly number[]): number[] {\n  return songs.reverse();\n}\n"
    found = tsc_type_candidates(
        text, "songs.ts", line=2, column=16,
        message="Property 'reverse' does not exist on type 'readonly number[]'.",
    )  # fmt: skip
    assert found[0].text.split("\n")[1] == "  return [...songs].reverse();"


def test_it_makes_both_string_operands_numbers_with_the_repositorys_converter():
    sources = {
        "src/units.ts": "export function grams(label: string): number {\n  return parseFloat(label);\n}\n"
    }
    text = (
        "import { grams } from './units';\n"
        "export function gain(before: string, after: string): number {\n"
        "  return after - before;\n"
        "}\n"
    )
    found = tsc_type_candidates(
        text, "src/gain.ts", line=3, column=10, sources=sources,
        message="The left-hand side of an arithmetic operation must be of type 'any', 'number', 'bigint' or an enum type.",
    )  # fmt: skip
    assert found[0].text.split("\n")[2] == "  return grams(after) - grams(before);"


def test_it_formats_a_number_scaled_by_a_power_of_ten_with_its_decimals():
    text = "export function litres(ml: number): string {\n  return Math.round(ml / 10) / 100;\n}\n"
    found = tsc_type_candidates(
        text, "volume.ts", line=2, column=3, message="Type 'number' is not assignable to type 'string'."
    )
    texts = [c.text.split("\n")[1] for c in found]
    assert "  return (Math.round(ml / 10) / 100).toFixed(2);" in texts
