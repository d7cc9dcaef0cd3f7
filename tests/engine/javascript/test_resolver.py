"""The generic resolver of names and modules that are not found (fixers/resolver.py), alone and through
dispatch, where it comes after every IMPORT family."""

from __future__ import annotations

from types import SimpleNamespace

from healer.engine.javascript.classify import Repository
from healer.engine.javascript.ecmascript import GLOBALS, STATICS, owners_of
from healer.engine.javascript.fixers import resolver
from healer.engine.javascript.fixers.dispatch import (
    _family_imports,
    candidates_for,
    generic_import_candidates,
)
from healer.engine.javascript.modules import imports
from healer.engine.languages.javascript import NpmFixer
from healer.engine.types import BugType, Failure

KETTLE = """export class Kettle {
  private litres = 0;
  fill(litres: number) {
    this.litres = litres;
  }
  minutes(watts: number): number {
    return [1, 2].reduce((sum, n) => sum + heatTime(watts) * n, 0);
  }
  heatTime(watts: number): number {
    return (this.litres * 4200 * 80) / watts / 60;
  }
}
"""
STATIC = """class Units {
  static toGrams(kg) {
    return kg * 1000;
  }
  static describe(kg) {
    return `${toGrams(kg)} g`;
  }
}
module.exports = { Units };
"""
EXPORTS = """exports.tier = (points) => (points > 100 ? 'gold' : 'blue');
function label(points) {
  return 'tier ' + tier(points);
}
module.exports.label = label;
"""
INNER = """const stamp = function toStamp(when: Date): string {
  return when.toISOString().slice(0, 10);
};
export function entry(when: Date) {
  return { at: toStamp(when) };
}
"""
BUILTIN = """export function slices(cake: number, people: number): number {
  return trunc(cake / people);
}
"""
SCOPED = """function outer() {
  const weight = 3;
  return weight;
}
function other() {
  return wieght * 2;
}
const height = 4;
module.exports = { outer, other, height };
"""


def _replaced(candidates) -> list[str]:
    return [c.description.rsplit(" ", 1)[-1].strip("'") for c in candidates]


def test_it_reaches_a_sibling_method_through_this_from_an_arrow_function_in_a_method():
    found = resolver.name_candidates(KETTLE, "src/kettle.ts", name="heatTime", line=7)
    assert _replaced(found)[0] == "this.heatTime"
    assert "this.heatTime(watts) * n" in found[0].text


def test_it_reaches_a_static_method_through_its_class_from_a_static_method():
    found = resolver.name_candidates(STATIC, "lib/units.js", name="toGrams", line=6)
    assert _replaced(found)[0] == "Units.toGrams"


def test_it_reaches_a_function_assigned_only_as_a_property_of_exports():
    found = resolver.name_candidates(EXPORTS, "lib/tiers.js", name="tier", line=3)
    assert _replaced(found)[0] == "exports.tier"
    assert "'tier ' + exports.tier(points)" in found[0].text


def test_it_reaches_a_named_function_expression_by_the_variable_that_holds_it():
    found = resolver.name_candidates(INNER, "src/log.ts", name="toStamp", line=5)
    assert _replaced(found)[0] == "stamp"
    assert "at: stamp(when)" in found[0].text


def test_it_reaches_a_static_member_of_a_built_in_object_enumerated_from_v8():
    found = resolver.name_candidates(BUILTIN, "src/cake.ts", name="trunc", line=2)
    assert _replaced(found)[0] == "Math.trunc"


def test_it_offers_only_bindings_whose_scope_holds_the_use():
    found = _replaced(resolver.name_candidates(SCOPED, "lib/w.js", name="wieght", line=6))
    assert "weight" not in found  # declared in outer(), invisible in other()
    assert "height" in found


def test_it_marks_a_respelt_name_as_a_lookalike_and_an_exact_one_not():
    respelt = resolver.name_candidates(SCOPED, "lib/w.js", name="wieght", line=6)
    exact = resolver.name_candidates(EXPORTS, "lib/tiers.js", name="tier", line=3)
    assert respelt[0].lookalike and not exact[0].lookalike


def test_it_offers_nothing_for_a_name_that_is_not_used_on_the_line():
    assert resolver.name_candidates(BUILTIN, "src/cake.ts", name="trunc", line=1) == []


def test_it_reads_a_backslash_path_as_the_relative_file_it_names():
    text = "const { rate } = require('.\\\\rates\\\\daily');\nmodule.exports = { rate };\n"
    files = ["lib/tariff.js", "lib/rates/daily.js", "lib/rates/weekly.js"]
    found = resolver.module_candidates(
        text, "lib/tariff.js", specifier=".\\rates\\daily", line=1, files=files
    )
    assert "require('./rates/daily')" in found[0].text


def test_it_resolves_a_specifier_that_differs_in_case_extension_and_index():
    text = "import { pick } from './Picker.mjs';\nexport { pick };\n"
    files = ["src/main.js", "src/picker/index.js", "src/pocket.js"]
    found = resolver.module_candidates(text, "src/main.js", specifier="./Picker.mjs", line=1, files=files)
    assert "from './picker'" in found[0].text


def test_it_compares_a_bare_specifier_with_packages_not_files():
    text = "const chalk = require('chalkk');\nmodule.exports = chalk;\n"
    found = resolver.module_candidates(
        text, "lib/a.js", specifier="chalkk", line=1, files=["lib/chalk.js"], packages=["chalk"]
    )
    assert _replaced(found) == ["chalk"]


def test_it_leaves_a_module_with_nothing_near_it_alone():
    text = "const x = require('./zebra');\n"
    assert resolver.module_candidates(text, "a.js", specifier="./zebra", line=1, files=["a.js", "b.js"]) == []


def test_it_enumerates_the_built_in_statics_and_globals_generated_from_v8():
    assert owners_of("floor") == ["Math"]
    assert "isInteger" in STATICS["Number"] and "fromEntries" in STATICS["Object"]
    assert "structuredClone" not in GLOBALS  # Node's, not the language's


def test_it_reads_an_import_specifier_as_its_runtime_value():
    (ref,) = imports("const p = require('.\\\\prices');\n", "a.js")
    assert ref.specifier == ".\\prices"


def _repo(files: dict[str, str]) -> Repository:
    return Repository(files=list(files), read=files.get, test_files=())


def test_it_is_asked_after_the_families_through_dispatch():
    files = {"lib/tiers.js": EXPORTS}
    failure = Failure(
        bug_type=BugType.IMPORT,
        file="lib/tiers.js",
        line=3,
        message="ReferenceError: tier is not defined",
        source="mocha",
    )
    generic = generic_import_candidates(failure, EXPORTS, repo=_repo(files))
    families = _family_imports(failure, EXPORTS, repo=_repo(files), module_type="commonjs")
    every = [c.text for c in candidates_for(failure, repo=_repo(files))]
    assert generic[0].text not in [c.text for c in families]
    assert every.index(generic[0].text) >= len(families)


def test_it_answers_a_tsc_cannot_find_name_through_dispatch():
    files = {"src/cake.ts": BUILTIN}
    failure = Failure(
        bug_type=BugType.IMPORT,
        file="src/cake.ts",
        line=2,
        message="error TS2304: Cannot find name 'trunc'.",
        source="tsc",
    )
    found = candidates_for(failure, repo=_repo(files))
    assert any("Math.trunc(cake / people)" in c.text for c in found)


def test_it_hands_the_lookalike_mark_to_the_repair_loop():
    # A misspelt sibling method: only the resolver reaches `this.heatTime`, a respelling.
    text = KETTLE.replace("sum + heatTime(watts)", "sum + heatTme(watts)")
    files = {"src/kettle.ts": text}
    language = SimpleNamespace(
        repository=lambda read: _repo(files), project=SimpleNamespace(module_type="module"), out_dir=""
    )
    ctx = SimpleNamespace(workspace=SimpleNamespace(read_text=files.__getitem__), suspicious=())
    failure = Failure(
        bug_type=BugType.IMPORT, file="src/kettle.ts", line=7, message="ReferenceError: heatTme is not defined",
        source="vitest",
    )  # fmt: skip
    found = NpmFixer(language).candidates(failure, ctx)
    assert any(c.lookalike and "sum + this.heatTime(watts)" in c.new_source for c in found)


# Synthetic: a data file read through a path joined without its separator (`dir + 'name'`).
JOINED = "const RATES = require(__dirname + 'rates.json');\nmodule.exports = RATES;\n"


def test_it_puts_back_a_separator_lost_where_a_path_is_joined_from_parts():
    files = ["lib/loader.js", "lib/rates.json", "librates.txt"]
    found = resolver.module_candidates(
        JOINED, "lib/loader.js", specifier="/srv/app/librates.json", line=1, files=files
    )
    assert [c.text for c in found] == [JOINED.replace("'rates.json'", "'/rates.json'")]


def test_it_puts_back_a_separator_after_a_template_substitution():
    text = "const RATES = require(`${__dirname}rates.json`);\n"
    found = resolver.module_candidates(
        text, "lib/loader.js", specifier="/srv/app/librates.json", line=1, files=["lib/rates.json"]
    )
    assert "`${__dirname}/rates.json`" in found[0].text


def test_it_adds_no_separator_where_no_file_would_be_named():
    found = resolver.module_candidates(
        JOINED,
        "lib/loader.js",
        specifier="/srv/app/librates.json",
        line=1,
        files=["lib/loader.js", "lib/tariffs.json"],
    )
    assert found == []
