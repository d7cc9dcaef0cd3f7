"""The name search over scopes (fixers/name_search.py): a name that does not resolve mended on either
side of its binding, alone and through the IMPORT dispatch, where it follows the resolver."""

from __future__ import annotations

from healer.engine.javascript.classify import Repository
from healer.engine.javascript.fixers.dispatch import generic_import_candidates
from healer.engine.javascript.fixers.name_search import name_search_candidates, unresolved
from healer.engine.types import BugType, Failure

PARAMETER = """export function parseLap(entry: string): number {
  const [minutes, seconds] = row.split(':').map(Number);
  return minutes * 60 + seconds + row.length * 0;
}
"""
SHORTHAND = """function pourCount(kg) {
  return Math.ceil(kg / 4);
}
module.exports = { pourTotal };
"""
DESTRUCTURED = """export function plan(garden: { beds: string[]; seeds: string[] }) {
  const { beds } = garden;
  return beds.map((bed, i) => `${bed}: ${seeds[i]}`);
}
"""
TYPE_PARAMETER = """export function firstOf(items: T[]): T | undefined {
  return items[0];
}
"""
LOOP = """function fastest(boats) {
  let best = boats[0];
  for (const boat of boats) {
    if (boat.time < best.time) best = boat;
  }
  return boat.name;
}
"""
NONE = """function fee(order) {
  const extra = order.extra ?? None;
  return extra;
}
"""
COUNTER = """function vowels(word) {
  let count = 0;
  for (k = 0; k < word.length; k += 1) {
    if ('aeiou'.includes(word[k])) count += 1;
  }
  return count;
}
"""
ENUM = """export enum Mood {
  Calm = 'calm',
  Cross = 'cross',
}
export function moodOf(word: string): Mood {
  return word === 'ok' ? Mood.Calm : Cross;
}
"""
WHOLE = """const dye = require('./dye');

const RED = tint('red');
module.exports = { RED };
"""
IMPORTED = """import { RingBuffer } from './ring';

export function make(size: number): RingBuffr<number> {
  return new RingBuffr<number>(size);
}
"""


def texts(text: str, path: str, name: str, **kwargs) -> list[str]:
    line = next(line for found, line in unresolved(text, path) if found == name)
    return [c.text for c in name_search_candidates(text, path, name=name, line=line, **kwargs)]


def test_it_finds_the_names_no_scope_binds():
    assert unresolved(PARAMETER, "src/laps.ts") == [("row", 2), ("row", 3)]
    assert unresolved(LOOP, "src/boats.js") == [("boat", 6)]
    assert unresolved("const a = 1;\nexport { a };\nexport { b } from './b';\n", "src/x.js") == []
    assert unresolved(TYPE_PARAMETER, "src/first.ts") == [("T", 1), ("T", 1)]


def test_it_renames_an_unread_parameter_to_the_name_its_body_reads():
    found = texts(PARAMETER, "src/laps.ts", "row")
    # Two reads against one parameter: renaming the parameter is the one edit, so it goes first.
    assert found[0] == PARAMETER.replace("(entry: string)", "(row: string)")
    assert PARAMETER.replace("row.", "entry.") in found


def test_it_reads_an_unread_function_where_a_shorthand_property_names_a_lookalike():
    assert texts(SHORTHAND, "src/wax.js", "pourTotal")[0] == SHORTHAND.replace(
        "{ pourTotal }", "{ pourCount }"
    )


def test_it_destructures_the_missing_name_where_its_neighbours_are():
    assert DESTRUCTURED.replace("{ beds }", "{ beds, seeds }") in texts(DESTRUCTURED, "src/plan.ts", "seeds")


def test_it_declares_a_type_parameter_the_signature_uses():
    assert texts(TYPE_PARAMETER, "src/first.ts", "T") == [TYPE_PARAMETER.replace("firstOf(", "firstOf<T>(")]


def test_it_reads_the_variable_that_keeps_a_loop_variable_after_the_loop():
    assert texts(LOOP, "src/boats.js", "boat")[0] == LOOP.replace("return boat.name", "return best.name")


def test_it_writes_javascripts_null_for_pythons_none():
    assert texts(NONE, "src/fee.js", "None")[0] == NONE.replace("?? None", "?? null")


def test_it_declares_an_undeclared_loop_counter():
    assert texts(COUNTER, "src/vowels.js", "k") == [COUNTER.replace("for (k = 0", "for (let k = 0")]


def test_it_qualifies_a_bare_enum_member_by_its_enum():
    assert texts(ENUM, "src/mood.ts", "Cross")[0] == ENUM.replace(": Cross;", ": Mood.Cross;")


def test_it_qualifies_a_member_of_an_enum_imported_from_another_module():
    user = "import { Mood } from './mood';\nexport const worst = (): Mood => Cross;\n"
    found = texts(user, "src/worst.ts", "Cross", sources={"src/mood.ts": ENUM})
    assert found == [user.replace("=> Cross", "=> Mood.Cross")]


def test_it_takes_bare_names_out_of_a_module_bound_whole_and_never_read():
    found = texts(WHOLE, "src/paint.js", "tint")
    assert WHOLE.replace("const dye =", "const { tint } =") in found


def test_it_renames_an_unread_import_read_as_a_type_by_a_lookalike():
    found = texts(IMPORTED, "src/make.ts", "RingBuffr")
    # Two reads against one import: the import renamed first, then the reads renamed to it.
    assert found[:2] == [
        IMPORTED.replace("{ RingBuffer }", "{ RingBuffr }"),
        IMPORTED.replace("RingBuffr<", "RingBuffer<"),
    ]


def test_it_keeps_only_edits_that_resolve_the_name_and_break_no_other():
    # No candidate may leave `row` unresolved or unbind the `entry` another line reads.
    code = "export function f(entry: string) {\n  return row + entry;\n}\n"
    for text in texts(code, "src/f.ts", "row"):
        assert not unresolved(text, "src/f.ts")


def test_it_offers_nothing_for_a_name_that_resolves_or_an_unknown_use():
    assert name_search_candidates(NONE, "src/fee.js", name="order", line=2) == []
    assert name_search_candidates("const a = ;", "src/a.js", name="a", line=1) == []


def test_it_comes_after_the_resolvers_respellings_in_the_dispatch():
    failure = Failure(BugType.IMPORT, "src/boats.js", 6, "ReferenceError: boat is not defined", "jest")
    repo = Repository(files=["src/boats.js"], read={"src/boats.js": LOOP}.get)
    found = generic_import_candidates(failure, LOOP, repo=repo)
    assert LOOP.replace("return boat.name", "return best.name") in [c.text for c in found]
    assert all(c.lookalike for c in found if "best.name" in c.text)


def test_it_leaves_a_name_the_host_provides_to_the_families():
    code = "const { a } = require('./m');\nexport const x = a;\n"
    assert name_search_candidates(code, "src/use.js", name="require", line=1) == []


# --- round 39: names a nested pattern, a constructor or an arrow function does not bind

NESTED_PARAMETER = """export function cost({ trip: { km, stops }, rate }) {
  return trip.km * rate + stops;
}
"""
NESTED_DECLARATION = """const TABLE = { label: 'x', sizes: { small: 1, large: 3 } };
const { sizes: { small, large } } = TABLE;
const SIZES = { ...sizes };
module.exports = { SIZES, small, large };
"""
CONSTRUCTOR = """export class Route {
  private readonly stops: string[];

  constructor(names: string[]) {
    this.stops = [...names].sort();
  }

  first(): string {
    return names[0];
  }
}
"""


def at_line(text: str, path: str, name: str, *, line: int) -> list[str]:
    return [c.text for c in name_search_candidates(text, path, name=name, line=line)]


ARROW = "export const total = () => [...arguments].reduce((sum, x) => sum + x, 0);\n"


def test_it_reads_the_leaf_a_nested_parameter_pattern_binds():
    assert NESTED_PARAMETER.replace("trip.km", "km") in at_line(
        NESTED_PARAMETER, "src/cost.js", "trip", line=2
    )


def test_it_reads_the_key_of_a_nested_pattern_from_the_destructured_value():
    expected = NESTED_DECLARATION.replace("{ ...sizes }", "{ ...TABLE.sizes }")
    assert expected in at_line(NESTED_DECLARATION, "src/sizes.js", "sizes", line=3)


def test_it_reads_the_field_a_constructor_keeps_its_parameter_in():
    expected = CONSTRUCTOR.replace("return names[0]", "return this.stops[0]")
    assert expected in at_line(CONSTRUCTOR, "src/route.ts", "names", line=9)


def test_it_takes_an_arrows_arguments_as_a_rest_parameter():
    expected = "export const total = (...args) => args.reduce((sum, x) => sum + x, 0);\n"
    assert expected in at_line(ARROW, "src/total.js", "arguments", line=1)


def test_it_leaves_the_arguments_of_an_ordinary_function_alone():
    text = "export function total() {\n  return [...arguments].length;\n}\n"
    assert at_line(text, "src/total.js", "arguments", line=2) == []


MODULE_PATTERN = """'use strict';
const yard = (function () {
  const STAVE_CM = 9;
  function sizeFor(litres) {
    return litres * 2;
  }
  return { STAVE_CM, sizeFor };
})();
const plain = { WIDTH: 3 };
function staves(size) {
  return Math.ceil(yard.sizeFor(size) / STAVE_CM);
}
module.exports = { staves, plain };
"""


def test_it_reads_a_name_private_to_a_module_pattern_through_the_object_that_exposes_it():
    found = name_search_candidates(MODULE_PATTERN, "src/casks.js", name="STAVE_CM", line=11)
    assert [c.text.split("\n")[10].strip() for c in found] == [
        "return Math.ceil(yard.sizeFor(size) / yard.STAVE_CM);"
    ]
    # A plain object literal that names the key exposes it too; one that does not, nothing.
    text = MODULE_PATTERN.replace("/ STAVE_CM", "/ WIDTH")
    assert [c.description for c in name_search_candidates(text, "src/casks.js", name="WIDTH", line=11)] == [
        "read WIDTH through 'plain', the object that exposes it"
    ]
    text = MODULE_PATTERN.replace("/ STAVE_CM", "/ DEPTH")
    assert name_search_candidates(text, "src/casks.js", name="DEPTH", line=11) == []


NETWORK = """export { Line } from './cabins.js';

export function standardLine(name: string): Line {
  return new Line(name, 36);
}
"""


def test_it_turns_a_re_export_into_the_import_the_module_reads_unless_another_module_imports_it_here():
    sources = {"src/network.ts": NETWORK, "src/cabins.ts": "export class Line {}\n"}
    found = name_search_candidates(NETWORK, "src/network.ts", name="Line", line=3, sources=sources)
    assert found[0].text.startswith("import { Line } from './cabins.js';\n\nexport function")
    # Another module imports Line from this one: the re-export stays and the import goes beside it.
    sources["src/index.ts"] = "import { Line } from './network.js';\n"
    found = name_search_candidates(NETWORK, "src/network.ts", name="Line", line=3, sources=sources)
    assert found[0].text.startswith(
        "import { Line } from './cabins.js';\nexport { Line } from './cabins.js';"
    )


SITE = """const KNOT = 1.852;

export function flyable(kmh: number, max: number): boolean {
  const toKnots = (speed: number) => speed / KNOT;
  return toKnots(kmh) <= max;
}

export function briefing(kmh: number): number {
  return Math.round(toKnots(kmh + 1));
}
"""


def test_it_inlines_then_hoists_a_function_local_to_a_sibling_function():
    found = name_search_candidates(SITE, "src/site.ts", name="toKnots", line=9)
    assert [c.text.split("\n")[8].strip() for c in found[:1]] == ["return Math.round((kmh + 1) / KNOT);"]
    hoisted = found[1].text
    assert "const toKnots = (speed: number) => speed / KNOT;\n\nexport function flyable" in hoisted
    assert "  const toKnots" not in hoisted


def test_it_moves_no_helper_that_reads_its_host_functions_locals():
    closing = SITE.replace("speed / KNOT", "speed / KNOT / max")
    found = name_search_candidates(closing, "src/site.ts", name="toKnots", line=9)
    assert not any("toKnots" in c.description for c in found)


def test_it_reports_the_re_exports_line_as_the_fixs_line():
    sources = {"src/network.ts": NETWORK, "src/cabins.ts": "export class Line {}\n"}
    found = name_search_candidates(NETWORK, "src/network.ts", name="Line", line=3, sources=sources)
    assert found[0].line == 1
