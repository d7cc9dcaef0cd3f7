"""Strict-mode early errors (fixers/syntax_strict.py), reached through syntax_candidates."""

from __future__ import annotations

from healer.engine.javascript.fixers.syntax import syntax_candidates
from healer.engine.javascript.syntax import first_problem


def _texts(source: str, line: int) -> list[str]:
    return [c.text for c in syntax_candidates(source, "src/shop.js", line=line)]


def test_it_renames_a_reserved_parameter_and_its_uses_in_the_function_only():
    source = (
        "const interfaceCount = 1;\n"
        "export const labels = (rows) => rows.filter((interface) => interface.up).map((r) => r.name);\n"
        "export const wired = (nets) => nets.length + interfaceCount;\n"
    )
    found = _texts(source, 2)
    assert found[0].split("\n")[1] == (
        "export const labels = (rows) => rows.filter((iface) => iface.up).map((r) => r.name);"
    )
    assert found[0].split("\n")[0] == "const interfaceCount = 1;"


def test_it_keeps_the_key_of_a_shorthand_property_when_it_renames_the_binding():
    source = "export function box(private, size) {\n  return { private, size, flag: private };\n}\n"
    fixed = _texts(source, 1)[0]
    assert fixed == "export function box(priv, size) {\n  return { private: priv, size, flag: priv };\n}\n"
    assert first_problem(fixed, "src/shop.js") is None


def test_it_picks_a_name_no_identifier_of_the_file_uses():
    source = "const pkg = 2;\nexport function f(package) {\n  return package * pkg;\n}\n"
    fixed = _texts(source, 2)[0]
    assert "function f(pkg2) {\n  return pkg2 * pkg;" in fixed


def test_it_renames_a_let_bound_reserved_word_within_its_block():
    source = "export function g(xs) {\n  {\n    const static = xs[0];\n    return static + 1;\n  }\n}\n"
    fixed = _texts(source, 3)[0]
    assert "const fixed = xs[0];\n    return fixed + 1;" in fixed


def test_it_leaves_a_read_of_arguments_alone():
    source = "export function h() {\n  return arguments.length;\n}\n"
    assert _texts(source, 2) == []


def test_it_renames_a_parameter_named_eval():
    source = "export function run(eval) {\n  return eval();\n}\n"
    assert _texts(source, 1)[0] == "export function run(evaluate) {\n  return evaluate();\n}\n"


def test_it_declares_a_const_without_its_value_with_let():
    source = "export function last(xs) {\n  const seen;\n  for (const x of xs) seen = x;\n  return seen;\n}\n"
    assert _texts(source, 2)[0].split("\n")[1] == "  let seen;"


def test_it_leaves_a_const_in_a_for_of_head_alone():
    source = "export function each(xs) {\n  for (const x of xs) {\n    console.log(x);\n  }\n}\n"
    assert _texts(source, 2) == []


# Round 52 (npm26): 'use strict' in a function whose parameter list is not simple.
KILN = "function firing(pots, hours = 8) {\n  'use strict';\n  return pots * hours;\n}\nmodule.exports = { firing };\n"


def test_it_drops_a_functions_directive_when_the_file_is_strict_already():
    source = "'use strict';\n\n" + KILN
    assert _texts(source, 4) == [source.replace("  'use strict';\n", "")]


def test_it_drops_the_directive_in_a_module_or_a_class():
    module = "export function firing(pots, { hours } = {}) {\n  'use strict';\n  return pots * hours;\n}\n"
    assert _texts(module, 2) == [module.replace("  'use strict';\n", "")]
    method = "class Kiln {\n  fire(...pots) {\n    'use strict';\n    return pots;\n  }\n}\n"
    assert _texts(method, 3)[0] == method.replace("    'use strict';\n", "")


def test_it_moves_the_directive_to_the_top_of_a_sloppy_script_first():
    found = _texts(KILN, 2)
    assert found[0] == "'use strict';\n" + KILN.replace("  'use strict';\n", "")
    assert found[1] == KILN.replace("  'use strict';\n", "")


def test_it_does_not_make_the_other_functions_of_a_script_strict():
    # `global()` answers the global object in a sloppy script and undefined once the file is strict.
    source = "function global() {\n  return this;\n}\n" + KILN
    assert _texts(source, 5) == [source.replace("  'use strict';\n", "")]
    # The enclosing function would become strict too.
    nested = (
        "function outer(a) {\n  arguments[0] = 2;\n  "
        + KILN.replace("\n", "\n  ").rstrip()
        + "\n  return a;\n}\n"
    )
    assert _texts(nested, 3) == [nested.replace("    'use strict';\n", "")]


def test_it_leaves_a_directive_beside_simple_parameters():
    simple = "function firing(pots, hours) {\n  'use strict';\n  return pots * hours;\n}\n"
    assert simple not in _texts(simple, 2)
    assert all("use strict" in t.split("\n")[1] for t in _texts(simple, 2))


def test_it_answers_the_directive_reported_at_the_functions_line():
    # V8 names the function's line (its parameter list), the directive is the line below.
    source = "'use strict';\n\n" + KILN
    found = syntax_candidates(source, "src/shop.js", line=3)
    assert [c.text for c in found] == [source.replace("  'use strict';\n", "")]
    assert found[0].line == 4
