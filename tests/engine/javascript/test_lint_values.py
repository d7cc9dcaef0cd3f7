"""Round 56 (npm30): ESLint no-undefined, no-inline-comments and sort-keys (fixers/lint_values.py)."""

from __future__ import annotations

from healer.engine.javascript.fixers.lint_problems import TEMPLATES
from healer.engine.javascript.lint import EslintMessage


def _found(rule: str, message: str, text: str, line: int, at: str) -> list[str]:
    # ESLint's 1-based column of the finding, found from the text it points at.
    column = text.splitlines()[line - 1].index(at) + 1
    found = TEMPLATES[rule](text, "src/a.js", EslintMessage("src/a.js", rule, message, line, column))
    return [c.text for c in found]


UNDEFINED = "Unexpected use of undefined."


def test_it_compares_typeof_first_then_asks_the_table_for_its_key():
    text = "function price(t, k) {\n  if (t[k] === undefined) return 0;\n  return t[k];\n}\n"
    found = _found("no-undefined", UNDEFINED, text, 2, "undefined")
    assert [f.splitlines()[1] for f in found] == [
        "  if (typeof t[k] === 'undefined') return 0;",
        "  if (!Object.hasOwn(t, k)) return 0;",
    ]


def test_it_writes_other_uses_of_undefined_without_the_name():
    assert _found("no-undefined", UNDEFINED, "function f() {\n  return undefined;\n}\n", 2, "undefined") == [
        "function f() {\n  return;\n}\n"
    ]
    assert _found("no-undefined", UNDEFINED, "let x = undefined;\n", 1, "undefined") == ["let x;\n"]
    assert _found("no-undefined", UNDEFINED, "f(undefined, 1);\n", 1, "undefined") == ["f(void 0, 1);\n"]
    # Loose equality: null answers the same.
    assert _found("no-undefined", UNDEFINED, "if (a == undefined) b();\n", 1, "undefined") == [
        "if (a == null) b();\n"
    ]


def test_it_asks_no_table_for_a_plain_names_comparison_nor_touches_another_identifier():
    found = _found("no-undefined", UNDEFINED, "if (a !== undefined) b();\n", 1, "undefined")
    assert found == ["if (typeof a !== 'undefined') b();\n"]
    assert _found("no-undefined", UNDEFINED, "const undef = 1;\n", 1, "undef") == []


INLINE = "Unexpected comment inline with code."


def test_it_moves_a_trailing_comment_to_its_own_line_above():
    text = "function f() {\n  const BOW = 12; // a bow's worth\n  return BOW;\n}\n"
    assert _found("no-inline-comments", INLINE, text, 2, "//") == [
        "function f() {\n  // a bow's worth\n  const BOW = 12;\n  return BOW;\n}\n"
    ]


def test_it_leaves_a_comment_with_code_after_it():
    text = "const a = f(/* size */ 3);\n"
    assert _found("no-inline-comments", INLINE, text, 1, "/*") == []


SORT = "Expected object keys to be in ascending order. 'evening' should be before 'parade'."


def test_it_sorts_an_objects_keys_in_the_rules_order():
    text = "const RATES = { parade: 180, evening: 140, festival: 220 };\n"
    assert _found("sort-keys", SORT, text, 1, "evening") == [
        "const RATES = { evening: 140, festival: 220, parade: 180 };\n"
    ]
    lines = "const R = {\n  b: 2,\n  a: 1,\n};\n"
    message = "Expected object keys to be in descending order. 'a' should be before 'b'."
    assert _found("sort-keys", message, lines, 3, "a:") == []  # already descending: nothing to move
    assert _found(
        "sort-keys", SORT.replace("'evening'", "'a'").replace("'parade'", "'b'"), lines, 3, "a:"
    ) == ["const R = {\n  a: 1,\n  b: 2,\n};\n"]


def test_it_leaves_an_object_whose_values_run_code_or_that_spreads():
    for text in (
        "const R = { parade: next(), evening: next() };\n",
        "const R = { parade: 1, ...base, evening: 2 };\n",
        "const R = { parade: 1, [key]: 3, evening: 2 };\n",
    ):
        assert _found("sort-keys", SORT, text, 1, "evening") == []


SHORT = "Identifier name 'e' is too short (< 2)."


def test_it_expands_a_short_name_to_the_singular_of_a_word_the_file_uses():
    text = "export function list(entrants) {\n  return entrants.map((e) => e.name);\n}\n"
    found = _found("id-length", SHORT, text, 2, "e)")
    assert (
        found[0] == "export function list(entrants) {\n  return entrants.map((entrant) => entrant.name);\n}\n"
    )
    # Then the word a callback's parameter usually has.
    assert found[1] == "export function list(entrants) {\n  return entrants.map((item) => item.name);\n}\n"


def test_it_names_a_catch_parameter_error_and_renames_no_export_nor_property():
    text = "try {\n  run();\n} catch (e) {\n  log(e);\n}\n"
    assert _found("id-length", SHORT, text, 3, "e)") == [
        "try {\n  run();\n} catch (error) {\n  log(error);\n}\n"
    ]
    assert _found("id-length", SHORT, "export const e = 1;\n", 1, "e =") == []


# -- round 56's review -------------------------------------------------------------------------------
def test_it_parenthesises_an_operand_typeof_would_bind_tighter_than() -> None:
    # `typeof a + b` is `(typeof a) + b`: unparenthesised, the comparison asked another question.
    text = "if (base + offset === undefined) f();\n"
    assert _found("no-undefined", UNDEFINED, text, 1, "undefined")[0] == (
        "if (typeof (base + offset) === 'undefined') f();\n"
    )


def test_it_asks_no_hasown_of_a_private_field() -> None:
    # `#cache` is no own property key: `Object.hasOwn(this, '#cache')` is always false.
    text = "class C {\n  #cache;\n  get() {\n    return this.#cache === undefined;\n  }\n}\n"
    found = _found("no-undefined", UNDEFINED, text, 4, "undefined")
    assert [f.splitlines()[3] for f in found] == ["    return typeof this.#cache === 'undefined';"]


def test_it_keeps_a_var_given_undefined_since_var_alone_resets_nothing() -> None:
    # `var seen;` in a loop keeps the last iteration's value (and `var a;` a parameter's): only
    # `let x;` binds undefined each time it runs.
    text = "for (const x of xs) {\n  var seen = undefined;\n  if (x) seen = x;\n}\n"
    assert _found("no-undefined", UNDEFINED, text, 2, "undefined") == [
        "for (const x of xs) {\n  var seen = void 0;\n  if (x) seen = x;\n}\n"
    ]


def test_it_leaves_an_object_whose_value_deletes() -> None:
    # `delete o.x` changes o: reordering it before or after a read of o.x changes what is read.
    text = "const r = { parade: delete o.x, evening: o.x };\n"
    assert _found("sort-keys", SORT, text, 1, "evening") == []


def test_it_reads_the_options_in_the_order_eslint_writes_them() -> None:
    # ESLint's message is "in {{natural}}{{insensitive}}{{order}}ending order": the options come before
    # the direction, so a project with `natural`/`caseSensitive: false` got no candidate at all.
    message = (
        "Expected object keys to be in natural insensitive ascending order. 'a2' should be before 'B10'."
    )
    text = "const r = { B10: 1, a2: 2 };\n"
    assert _found("sort-keys", message, text, 1, "a2") == ["const r = { a2: 2, B10: 1 };\n"]


def test_it_expands_no_short_name_to_a_reserved_word() -> None:
    # `packages` → `package`: reserved in strict code (an ES module's, a class's), where it does not parse,
    # though tree-sitter reads it as a name. The docstring promised "unreserved".
    text = "export function list(packages) {\n  return packages.map((p) => p.name);\n}\n"
    found = _found("id-length", SHORT.replace("'e'", "'p'"), text, 2, "p)")
    assert not any("(package)" in f for f in found)
    assert found[0] == "export function list(packages) {\n  return packages.map((item) => item.name);\n}\n"
