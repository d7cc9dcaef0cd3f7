"""Round 42's npm edit drivers: a built-in's precondition met where the argument is made
(fixers/preconditions.py), an undefined name read through a value in scope that carries it
(name_search._member_owners), automatic semicolon insertion's hazards (fixers/asi_hazards.py), numeric
separators and async constructors (fixers/syntax.py, syntax_early.py), reached through candidates_for
as a run reaches them where the dispatch routes them."""

from __future__ import annotations

from healer.engine.javascript.classify import Repository
from healer.engine.javascript.fixers import logic
from healer.engine.javascript.fixers.asi_hazards import hazard_candidates
from healer.engine.javascript.fixers.computed_specifiers import computed_specifier_candidates
from healer.engine.javascript.fixers.dispatch import candidates_for
from healer.engine.javascript.fixers.lint import eslint_candidates
from healer.engine.javascript.fixers.missing_returns import missing_return_candidates
from healer.engine.javascript.fixers.name_search import name_search_candidates
from healer.engine.javascript.fixers.overwritten_properties import overwritten_property_candidates
from healer.engine.javascript.fixers.preconditions import precondition_candidates
from healer.engine.javascript.fixers.syntax import syntax_candidates
from healer.engine.javascript.lint import EslintMessage
from healer.engine.types import BugType, Failure


def _texts(
    files: dict[str, str], path: str, *, line: int, message: str, kind=BugType.TYPE_ERROR
) -> list[str]:
    repo = Repository(files=list(files), read=files.get, test_files=())
    failure = Failure(bug_type=kind, file=path, line=line, source="mocha", message=message)
    return [c.text for c in candidates_for(failure, repo=repo) if c.file == path]


# -- preconditions ---------------------------------------------------------------------------------------

SIZES = (
    "const SIZE = /(\\d+)x(\\d+)/;\n\nfunction sizes(text) {\n"
    "  return [...text.matchAll(SIZE)].map((m) => ({ w: Number(m[1]), l: Number(m[2]) }));\n}\n"
)
NON_GLOBAL = "TypeError: String.prototype.matchAll called with a non-global RegExp argument"


def test_it_gives_the_declared_regex_its_g_flag_where_it_is_made():
    found = _texts({"src/sizes.js": SIZES}, "src/sizes.js", line=4, message=NON_GLOBAL)
    assert found[0].startswith("const SIZE = /(\\d+)x(\\d+)/g;\n")


def test_it_adds_the_flag_to_a_literal_in_the_call_and_to_new_regexp():
    text = "const squash = (t) => t.replaceAll(/\\s+/i, ' ');\nconst R = new RegExp('a+');\nconst f = (t) => t.replaceAll(R, '');\n"
    message = "TypeError: replaceAll must be called with a global RegExp"
    found = [c.text for c in precondition_candidates(text, "src/t.js", line=1, message=message)]
    assert found[0].startswith("const squash = (t) => t.replaceAll(/\\s+/ig, ' ');")
    assert any("new RegExp('a+', 'g')" in t for t in found)


def test_it_leaves_a_global_regex_and_other_messages_alone():
    text = SIZES.replace("/;", "/g;")
    assert precondition_candidates(text, "src/sizes.js", line=4, message=NON_GLOBAL) == []
    assert (
        precondition_candidates(SIZES, "src/sizes.js", line=4, message="TypeError: x is not a function") == []
    )


def test_it_wraps_a_bare_value_as_a_data_descriptor_and_drops_an_accessors_value():
    text = "class T {\n  constructor(n) {\n    Object.defineProperty(this, 'id', slug(n));\n  }\n}\n"
    found = precondition_candidates(
        text, "src/t.js", line=3, message="TypeError: Property description must be an object: x"
    )
    assert found[0].text.split("\n")[2] == "    Object.defineProperty(this, 'id', { value: slug(n) });"
    mixed = "Object.defineProperty(this, 'p', { get: () => 1, enumerable: true, writable: false });\n"
    message = "TypeError: Invalid property descriptor. Cannot both specify accessors and a value or writable attribute"
    assert precondition_candidates(mixed, "src/t.js", line=1, message=message)[0].text == (
        "Object.defineProperty(this, 'p', { get: () => 1, enumerable: true });\n"
    )


def test_it_puts_applys_arguments_in_one_array_and_lists_strings():
    text = "const top = (a, b) => Math.max.apply(null, a, b);\n"
    found = precondition_candidates(
        text, "src/m.js", line=1, message="TypeError: CreateListFromArrayLike called on non-object"
    )
    assert found[0].text == "const top = (a, b) => Math.max.apply(null, [a, b]);\n"
    listed = "const s = LIST.format(stands);\n"
    found = precondition_candidates(
        listed, "src/m.js", line=1, message="TypeError: Iterable yielded 4 which is not a string"
    )
    assert found[0].text == "const s = LIST.format(stands.map(String));\n"


# -- names read through what carries them ---------------------------------------------------------------

TIDES = "export namespace Tide {\n  export function waterAt(d: number, t: number): number {\n    return d + t;\n  }\n}\n"
BERTHS = "import { Tide } from './tides';\n\nexport const water = (d: number, t: number) => waterAt(d, t);\n"


def test_it_reads_a_missing_name_through_the_import_whose_module_declares_it():
    sources = {"src/tides.ts": TIDES, "src/berths.ts": BERTHS}
    found = name_search_candidates(BERTHS, "src/berths.ts", name="waterAt", line=3, sources=sources)
    assert "=> Tide.waterAt(d, t);" in "".join(c.text for c in found)
    assert all(c.lookalike for c in found if "Tide.waterAt" in c.text)
    # A module that declares no such member gives no such candidate.
    other = {"src/tides.ts": TIDES.replace("waterAt", "depth"), "src/berths.ts": BERTHS}
    assert not any(
        "Tide.waterAt" in c.text
        for c in name_search_candidates(BERTHS, "src/berths.ts", name="waterAt", line=3, sources=other)
    )


def test_it_reads_a_named_group_through_the_match_and_a_constant_from_the_environment():
    cones = "const CONE = /^cone (?<cone>\\d+)$/;\nfunction peak(t) {\n  const match = CONE.exec(t);\n  return PEAK[cone];\n}\nconst PEAK = {};\n"
    found = [c.text for c in name_search_candidates(cones, "src/c.js", name="cone", line=4)]
    assert any("return PEAK[match.groups.cone];" in t for t in found)
    season = "const SEASON = FAIR_SEASON ?? 'summer';\n"
    found = [c.text for c in name_search_candidates(season, "src/r.js", name="FAIR_SEASON", line=1)]
    assert "const SEASON = process.env.FAIR_SEASON ?? 'summer';\n" in found
    # A name not written as a constant is no environment variable.
    assert not any(
        "process.env" in c.text
        for c in name_search_candidates("const s = season;\n", "src/r.js", name="season", line=1)
    )


# -- automatic semicolon insertion ----------------------------------------------------------------------

SAUNA = (
    "class S {\n  summary() {\n    const peak = Math.max(...this.readings)\n"
    "    [this.minutes, this.rounds] = this.timing();\n    return peak;\n  }\n}\n"
)


def test_it_ends_the_statement_a_bracketed_line_would_continue():
    found = _texts(
        {"src/s.js": SAUNA},
        "src/s.js",
        line=4,
        message="TypeError: Cannot create property 'undefined' on number '84'",
    )
    assert found[0].split("\n")[2] == "    const peak = Math.max(...this.readings);"


def test_it_joins_a_returns_value_and_offers_it_file_wide_as_a_contract():
    text = "function d(x) {\n  return\n    `${x} m`;\n}\n"
    found = hazard_candidates(text, "src/d.ts", lines=(2,))
    assert found[0].text == "function d(x) {\n  return `${x} m`;\n}\n"
    assert logic.contract_candidates(text, "src/d.ts")[0].text == found[0].text
    # A chain continued on the next line by `.` is no hazard.
    assert hazard_candidates("const x = a()\n  .b();\n", "src/d.js", lines=(1,)) == []


# -- numeric separators and constructors ----------------------------------------------------------------


def test_it_writes_a_numeric_separator_by_the_rule():
    found = syntax_candidates("export const LIMIT = 8__000;\n", "src/t.js", line=1)
    assert found[0].text == "export const LIMIT = 8_000;\n"
    assert syntax_candidates("const a = 1_000_;\n", "src/t.js", line=1)[0].text == "const a = 1_000;\n"


def test_it_drops_async_from_a_constructor_that_awaits_nothing_only():
    text = "class T {\n  async constructor(n) {\n    this.n = n;\n  }\n}\n"
    assert (
        syntax_candidates(text, "src/t.ts", line=2)[0].text
        == "class T {\n  constructor(n) {\n    this.n = n;\n  }\n}\n"
    )
    awaiting = "class T {\n  async constructor(n) {\n    this.n = await n;\n  }\n}\n"
    assert not any("  constructor(n)" in c.text for c in syntax_candidates(awaiting, "src/t.ts", line=2))


# -- missing returns -------------------------------------------------------------------------------------

LICENCE = (
    "export function licence(boat: Boat): number {\n  const base = band(boat);\n"
    "  boat.electric ? Math.round(base * 0.75) : base;\n}\n"
)
TS2355 = "A function whose declared type is neither 'undefined', 'void', nor 'any' must return a value."


def test_it_returns_the_value_a_functions_last_statement_drops():
    found = _texts({"src/licence.ts": LICENCE}, "src/licence.ts", line=1, message=TS2355)
    assert found[0].split("\n")[2] == "  return boat.electric ? Math.round(base * 0.75) : base;"
    # The same slip is a LOGIC contract wherever it lies.
    assert logic.contract_candidates(LICENCE, "src/licence.ts")[0].text == found[0]


def test_it_answers_eslints_getter_return_at_the_getter():
    text = "class S {\n  get isFull() {\n    this.spaces === 0;\n  }\n}\n"
    message = EslintMessage(
        file="src/s.js",
        rule="getter-return",
        message="Expected to return a value in getter 'isFull'.",
        line=2,
        column=3,
    )
    assert (
        eslint_candidates(text, "src/s.js", message=message)[0].text.split("\n")[2]
        == "    return this.spaces === 0;"
    )


def test_it_leaves_statements_for_effect_constructors_and_functions_that_return_alone():
    effects = "function log(ok) {\n  ok ? a() : b();\n}\n"
    assert missing_return_candidates(effects, "src/l.js", line=1, message=TS2355) == []
    setter = "class C {\n  constructor(x) {\n    this.x === x;\n  }\n}\n"
    assert missing_return_candidates(setter, "src/c.js", line=2, message=TS2355) == []
    returning = "function f(x) {\n  if (x) return 1;\n  x + 1;\n}\n"
    assert missing_return_candidates(returning, "src/f.js", line=1, message=TS2355) == []
    assert (
        missing_return_candidates(LICENCE, "src/licence.ts", line=1, message="Type 'x' is not assignable")
        == []
    )


# -- TS2783 ----------------------------------------------------------------------------------------------

TS2783 = "'status' is specified more than once, so this usage will be overwritten."


def test_it_moves_a_property_a_spread_overwrites_after_it_then_drops_it():
    text = "export function onLoom(d: Draft): Draft {\n  return { status: 'loom', ...d };\n}\n"
    found = overwritten_property_candidates(text, "src/l.ts", line=2, message=TS2783)
    assert [c.text.split("\n")[1] for c in found] == [
        "  return { ...d, status: 'loom' };",
        "  return { ...d };",
    ]
    multi = "const x = {\n  status: 'loom',\n  ...d,\n};\n"
    assert overwritten_property_candidates(multi, "src/l.ts", line=2, message=TS2783)[0].text == (
        "const x = {\n  ...d,\n  status: 'loom',\n};\n"
    )
    # A property after every spread is no finding's.
    assert (
        overwritten_property_candidates(
            "const x = { ...d, status: 1 };\n", "src/l.ts", line=1, message=TS2783
        )
        == []
    )


# -- computed module paths -------------------------------------------------------------------------------


def test_it_edits_a_computed_module_paths_written_parts_until_it_names_a_file():
    files = ["src/tunes.js", "src/tunes/brave.js", "src/strength.js", "src/fibres.json"]
    tunes = "export async function load(slug) {\n  return import(`./src/tunes/${slug}.js`);\n}\n"
    found = computed_specifier_candidates(tunes, "src/tunes.js", files=files)
    assert [c.text.split("\n")[1] for c in found] == ["  return import(`./tunes/${slug}.js`);"]
    strength = "const FIBRES = require(__dirname + 'fibres.json');\n"
    found = computed_specifier_candidates(strength, "src/strength.js", files=files)
    assert found[0].text == "const FIBRES = require(__dirname + '/fibres.json');\n"
    # A path that can already name a file is left alone, and no edit is made that names none.
    assert (
        computed_specifier_candidates(tunes.replace("./src/tunes/", "./tunes/"), "src/tunes.js", files=files)
        == []
    )
    assert computed_specifier_candidates(tunes, "src/tunes.js", files=["src/tunes.js"]) == []


def test_a_path_computed_from_dirname_in_a_module_at_the_repository_root_names_its_file():
    # posixpath.dirname("index.js") is "": `__dirname + '/data/fibres.json'` made the pattern
    # "/data/fibres.json", which no repository path matches, so a root module's broken path got no
    # edit and its good path counted as naming no file.
    files = ["index.js", "fibres.json"]
    broken = "const FIBRES = require(__dirname + '/data/fibres.json');\n"
    found = computed_specifier_candidates(broken, "index.js", files=files)
    assert [c.text for c in found] == ["const FIBRES = require(__dirname + '/fibres.json');\n"]
    assert computed_specifier_candidates(found[0].text, "index.js", files=files) == []
    # Without the `/`, __dirname runs into the name: at the root too, that names no file.
    joined = "const FIBRES = require(__dirname + 'fibres.json');\n"
    assert [c.text for c in computed_specifier_candidates(joined, "index.js", files=files)] == [found[0].text]


def test_a_literal_over_lines_whose_members_share_its_braces_lines_is_rewritten_whole():
    # `{ status: 'loom',` then `  ...d };`: the layout copied the text before the first member
    # (`const x = { `) as each member's indent and the text before `}` (`  ...d `) as the closing,
    # so the spread came out twice, and the candidate still parsed.
    text = "const x = { status: 'loom',\n  ...d };\n"
    found = overwritten_property_candidates(text, "src/l.ts", line=1, message=TS2783)
    assert [c.text for c in found] == [
        "const x = { ...d, status: 'loom' };\n",
        "const x = { ...d };\n",
    ]
