"""Round 55 (npm29): `elseif`/`elsif`/`elif` after an if's block and `||`/`&&` between a type's members
(fixers/syntax_spellings.py), and their place in syntax_candidates."""

from healer.engine.javascript.fixers.syntax import syntax_candidates
from healer.engine.javascript.fixers.syntax_spellings import else_if_candidates, type_operator_candidates

CHAIN = "function size(n) {\n  if (n > 9) {\n    return 'big';\n  } {word} (n < 2) {\n    return 'small';\n  }\n  return 'mid';\n}\n"


def test_it_writes_each_foreign_chained_test_as_else_if():
    for word in ("elseif", "elsif", "elif"):
        text = CHAIN.replace("{word}", word)
        found = else_if_candidates(text, "a.js", 4)
        assert [c.text for c in found] == [CHAIN.replace("{word}", "else if")]


def test_it_goes_before_the_missing_semicolon():
    text = CHAIN.replace("{word}", "elseif")
    found = syntax_candidates(text, "a.js", line=4)
    assert found[0].text == CHAIN.replace("{word}", "else if")


def test_it_leaves_a_function_called_elseif_alone():
    # The `}` closes a function's body, not an if's block: `elseif` is the program's own name here.
    text = "function elseif(x) {\n  return x;\n}\nfunction f() {\n  return 1;\n} elseif (2)\n"
    assert else_if_candidates(text, "a.js", 6) == []


def test_it_writes_a_doubled_union_or_intersection_with_one_operator():
    text = "interface Roof {\n  kind: 'flat' || 'pitched' || 'dome';\n  both: A && B;\n}\n"
    found = type_operator_candidates(text, "roof.ts")
    assert [c.text for c in found] == [
        "interface Roof {\n  kind: 'flat' | 'pitched' | 'dome';\n  both: A & B;\n}\n"
    ]
    assert found[0].line == 2


def test_it_leaves_value_operators_and_javascript_alone():
    text = "type Kind = 'a' | 'b';\nconst pick = (k: Kind | null) => k || 'a';\nconst both = x && y;\n"
    assert type_operator_candidates(text, "a.ts") == []
    assert type_operator_candidates("const a = b || c;\n", "a.js") == []


def test_the_early_errors_reach_the_type_operator():
    text = "type Kind = 'a' || 'b';\nexport const k: Kind = 'a';\n"
    found = syntax_candidates(text, "a.ts", line=1)
    assert found and found[0].text == text.replace("||", "|")
