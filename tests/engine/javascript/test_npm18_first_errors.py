"""Round 44 (npm18): first errors that had no candidate, and weaker programs refused.

syntax_sloppy (octal escapes, `delete` of a bare name, `with`), the brace a property key lost
(syntax.brace_mismatch), foreign_names (another language's name), weaker_programs (a stub that only
throws, a type test taken out; `x instanceof this`)."""

from __future__ import annotations

from healer.engine.javascript.classify import Repository
from healer.engine.javascript.fixers import weaker_programs
from healer.engine.javascript.fixers.dispatch import candidates_for
from healer.engine.javascript.fixers.syntax import indentation_candidates, syntax_candidates
from healer.engine.javascript.syntax import brace_mismatch, parses
from healer.engine.types import BugType, Failure
from tests.engine.javascript.test_ts_codefixes import failure_for, fix, report


def _texts(source: str, line: int, path: str = "src/gates.js") -> list[str]:
    return [c.text for c in syntax_candidates(source, path, line=line)]


# -- octal escapes ----------------------------------------------------------------------------------
def test_it_writes_every_octal_escape_of_the_file_as_a_hexadecimal_then_a_unicode_escape():
    source = "const BOLD = '\\033[1m';\nconst PLAIN = '\\033[0m';\nexport const bell = `\\07!`;\n"
    found = _texts(source, 1)
    assert found[0] == "const BOLD = '\\x1b[1m';\nconst PLAIN = '\\x1b[0m';\nexport const bell = `\\x07!`;\n"
    assert (
        found[1]
        == "const BOLD = '\\u001b[1m';\nconst PLAIN = '\\u001b[0m';\nexport const bell = `\\u0007!`;\n"
    )


def test_it_reads_an_octal_escape_as_the_language_does_and_leaves_the_null_escape_alone():
    # `\477` is `\47` and a '7' (a three-digit escape starts 0-3); `\0` before a non-digit is allowed;
    # `\8` is the digit 8 itself.
    source = "export const s = '\\477 \\0 \\8 \\101';\n"
    assert _texts(source, 1)[0] == "export const s = '\\x277 \\0 8 \\x41';\n"


def test_a_string_without_octal_escapes_gets_no_escape_rewrite():
    assert not [t for t in _texts("export const s = '\\x1b\\n\\0';\n", 1) if "\\u00" in t]


# -- delete of a bare name --------------------------------------------------------------------------
def test_delete_of_a_variable_gives_it_back_the_literal_it_was_declared_with_first():
    source = "let last = null;\nexport function forget() {\n  delete last;\n}\n"
    found = _texts(source, 3)
    assert found[0] == "let last = null;\nexport function forget() {\n  last = null;\n}\n"
    assert found[1] == "let last = null;\nexport function forget() {\n  last = undefined;\n}\n"


def test_delete_of_an_undeclared_name_deletes_the_global_property_and_a_const_gets_nothing():
    assert _texts("delete counter;\n", 1)[0] == "delete globalThis.counter;\n"
    assert not [t for t in _texts("const k = 1;\ndelete k;\n", 2) if "k = " in t.split("\n")[1]]


# -- with -------------------------------------------------------------------------------------------
WITH = (
    "export function area(widthM, roundEnds) {\n"
    "  const rect = widthM * 2;\n"
    "  with (Math) {\n"
    "    return roundEnds ? rect + PI * pow(widthM / 2, 2) : rect;\n"
    "  }\n"
    "}\n"
)


def test_with_becomes_the_body_with_the_objects_members_qualified_then_destructured():
    found = _texts(WITH, 3, "src/evaporator.ts")
    assert found[0] == (
        "export function area(widthM, roundEnds) {\n"
        "  const rect = widthM * 2;\n"
        "  return roundEnds ? rect + Math.PI * Math.pow(widthM / 2, 2) : rect;\n"
        "}\n"
    )
    assert found[1] == (
        "export function area(widthM, roundEnds) {\n"
        "  const rect = widthM * 2;\n"
        "  {\n"
        "    const { PI, pow } = Math;\n"
        "    return roundEnds ? rect + PI * pow(widthM / 2, 2) : rect;\n"
        "  }\n"
        "}\n"
    )


def test_with_over_an_object_qualifies_only_the_names_no_scope_binds():
    source = "export function f(o, k) {\n  with (o) {\n    return k + size + Math.max(1, width);\n  }\n}\n"
    assert (
        _texts(source, 2)[0] == "export function f(o, k) {\n  return k + o.size + Math.max(1, o.width);\n}\n"
    )


# -- a property key that lost its '{' --------------------------------------------------------------
def test_a_property_key_alone_above_deeper_lines_gets_the_brace_back():
    source = (
        "const STYLES = {\n  midland: {\n    stakes: 44,\n    binders:\n      metres: 6,\n      pence: 350,\n"
        "    },\n  },\n};\nmodule.exports = { STYLES };\n"
    )
    mismatch = brace_mismatch(source, "src/styles.js")
    assert mismatch is not None and mismatch.kind == "unopened" and mismatch.line == 4
    fixed = indentation_candidates(source, "src/styles.js")[0].text
    assert fixed.split("\n")[3] == "    binders: {" and parses(fixed, "src/styles.js")


# -- another language's names -----------------------------------------------------------------------
def _import_candidates(text: str, name: str, line: int, path: str = "src/stand.js") -> list[str]:
    repo = Repository(files=[path], read={path: text}.get)
    message = f"ReferenceError: {name} is not defined"
    failure = Failure(BugType.IMPORT, path, line, message, "test", extra={"name": name})
    return [c.text for c in candidates_for(failure, repo=repo, module_type="module")]


def test_an_unbound_template_tag_is_dropped_before_any_respelling():
    source = "const PARK = 'Elm';\nexport const HEADER = f`${PARK} bandstand`;\n"
    assert (
        _import_candidates(source, "f", 2)[0]
        == "const PARK = 'Elm';\nexport const HEADER = `${PARK} bandstand`;\n"
    )


def test_javas_boxed_number_class_becomes_number_with_a_decimal_radix_first():
    source = "export const nights = (s) => Integer.parseInt(s);\nexport const top = Integer.MAX_VALUE;\n"
    found = _import_candidates(source, "Integer", 1)
    assert found[0].split("\n")[0] == "export const nights = (s) => Number.parseInt(s, 10);"
    assert found[1].split("\n")[0] == "export const nights = (s) => Number.parseInt(s);"
    top = _import_candidates(source, "Integer", 2)[0]
    assert top.split("\n")[1] == "export const top = Number.MAX_SAFE_INTEGER;"


def test_pythons_len_and_str_become_javascripts():
    assert _import_candidates("export const n = (xs) => len(xs) + 1;\n", "len", 1)[0] == (
        "export const n = (xs) => xs.length + 1;\n"
    )
    assert _import_candidates("export const s = (n) => str(n);\n", "str", 1)[0] == (
        "export const s = (n) => String(n);\n"
    )


def test_a_proposal_global_gets_no_counterpart():
    found = _import_candidates("export const today = Temporal.Now.plainDateISO();\n", "Temporal", 1)
    assert not [t for t in found if "Date" in t]


# -- weaker programs --------------------------------------------------------------------------------
def test_a_quick_fix_stub_that_only_throws_is_never_a_candidate():
    stub = fix(
        "fixMissingFunctionDeclaration",
        "Add missing function declaration 'items'",
        "}\n}\n",
        '}\n}\n\nfunction items(): number[] {\n  throw new Error("Function not implemented.");\n}\n',
    )
    useful = fix("forgottenThisPropertyAccess", "Add 'this.' to unresolved variable", "items)", "this.items)")
    failure, repo = failure_for(report(stub, useful))
    found = candidates_for(failure, repo=repo, module_type="module")
    assert found and not [c for c in found if "not implemented" in c.text]
    assert [c for c in found if "this.items)" in c.text]


def test_refused_tells_a_stub_and_a_dropped_type_test_from_a_test_replaced():
    old = "export function same(a, b) {\n  return a instanceof Roof && a.name === b.name;\n}\n"
    assert weaker_programs.refused(old, old.replace("a instanceof Roof && ", ""), "src/roof.js")
    replaced = old.replace("a instanceof Roof", "'name' in a")
    assert weaker_programs.refused(old, replaced, "src/roof.js") == ""
    stubbed = old + "export function other() {\n  throw new Error('Method not implemented.');\n}\n"
    assert weaker_programs.refused(old, stubbed, "src/roof.js") == "adds a function whose body only throws"
    assert weaker_programs.refused(stubbed, old, "src/roof.js") == ""


def test_instanceof_this_is_answered_by_the_class_and_the_dropped_test_is_refused():
    text = (
        "class Roof {\n  sameAs(other) {\n    return other instanceof this && other.name === this.name;\n  }\n}\n"
        "module.exports = { Roof };\n"
    )
    repo = Repository(files=["src/roof.js"], read={"src/roof.js": text}.get)
    message = "TypeError: Right-hand side of 'instanceof' is not callable"
    failure = Failure(BugType.TYPE_ERROR, "src/roof.js", 3, message, "test")
    found = candidates_for(failure, repo=repo, module_type="commonjs")
    assert found[0].text.split("\n")[2] == "    return other instanceof Roof && other.name === this.name;"
    assert not [c for c in found if "instanceof" not in c.text.split("\n")[2]]


def test_pythons_math_module_imported_as_a_package_is_read_from_the_global():
    text = "import { min, max as most } from 'math';\nexport const lo = (xs: number[]) => min(...xs) + most(1, 2);\n"
    path = "src/visits.ts"
    repo = Repository(files=[path], read={path: text}.get)
    message = "Cannot find module 'math' or its corresponding type declarations."
    failure = Failure(BugType.IMPORT, path, 1, message, "tsc", extra={"module": "math"})
    found = candidates_for(failure, repo=repo, module_type="module")
    assert found[0].text.split("\n")[0] == "const { min, max: most } = Math;"


def test_an_unused_ts_expect_error_directive_is_removed_not_kept():
    from healer.engine.javascript.fixers.tsc_meanings import tsc_meaning_candidates

    text = "export function depth(b: { cm: number }): number {\n  // @ts-expect-error old survey\n  return b.cm;\n}\n"
    found = tsc_meaning_candidates(
        text, "src/banks.ts", line=2, message="Unused '@ts-expect-error' directive.", sources={}
    )
    assert found[0].text == "export function depth(b: { cm: number }): number {\n  return b.cm;\n}\n"
    assert (
        tsc_meaning_candidates(
            text, "src/banks.ts", line=3, message="Unused '@ts-expect-error' directive.", sources={}
        )
        == []
    )


def test_a_static_private_field_read_through_this_is_read_through_the_class():
    text = (
        "export class Tap {\n  static #issued = 0;\n  #own = 1;\n\n  static next(): string {\n"
        "    this.#issued += 1;\n    return `T${this.#issued}`;\n  }\n}\nexport class SpoutTap extends Tap {}\n"
    )
    path = "src/taps.ts"
    repo = Repository(files=[path], read={path: text}.get)
    message = "TypeError: Cannot read private member #issued from an object whose class did not declare it"
    found = candidates_for(
        Failure(BugType.TYPE_ERROR, path, 6, message, "test"), repo=repo, module_type="module"
    )
    assert found[0].text.split("\n")[5:7] == ["    Tap.#issued += 1;", "    return `T${Tap.#issued}`;"]


def test_a_literal_passed_where_a_function_is_called_becomes_a_function_returning_it():
    text = "export function plan(days) {\n  const perDay = Array.from({ length: days }, 0);\n  return perDay;\n}\n"
    path = "src/plan.js"
    repo = Repository(files=[path], read={path: text}.get)
    failure = Failure(BugType.TYPE_ERROR, path, 2, "TypeError: 0 is not a function", "test")
    found = candidates_for(failure, repo=repo, module_type="module")
    assert found[0].text.split("\n")[1] == "  const perDay = Array.from({ length: days }, () => 0);"
