"""Templates for ESLint rules with neither fix nor suggestion (fixers/lint_unfixable.py)."""

from __future__ import annotations

from healer.engine.javascript.fixers.lint import eslint_candidates
from healer.engine.javascript.lint import EslintMessage


def _texts(source: str, *, rule: str, line: int, column: int, end_column: int = 0) -> list[str]:
    message = EslintMessage("src/a.js", rule, "", line, column, end_line=line if end_column else 0,
                            end_column=end_column)  # fmt: skip
    return [c.text for c in eslint_candidates(source, "src/a.js", message=message)]


def test_it_replaces_an_irregular_whitespace_by_a_space_then_removes_it():
    source = "export const area = (w, h) => w *\u3000h;\n"
    found = _texts(source, rule="no-irregular-whitespace", line=1, column=34, end_column=35)
    assert found == ["export const area = (w, h) => w * h;\n", "export const area = (w, h) => w *h;\n"]


def test_it_keeps_a_setter_assignment_and_drops_only_the_returned_value():
    source = "class Box {\n  set width(w) {\n    return (this.w = w);\n  }\n}\n"
    found = _texts(source, rule="no-setter-return", line=3, column=5)
    assert [t.split("\n")[2] for t in found] == ["    this.w = w;", "    return;"]


def test_it_returns_nothing_from_a_setter_that_returned_a_plain_value():
    source = "class Box {\n  set width(w) {\n    this.w = w;\n    return w;\n  }\n}\n"
    assert [t.split("\n")[3] for t in _texts(source, rule="no-setter-return", line=4, column=5)] == [
        "    return;"
    ]


SWITCH = """function size(code) {
  switch (code) {
    case 1:
      return 'small';
    case 3:
    case 1:
      return 'big';
    case 4:
      return 'huge';
    case 4:
      return 'vast';
  }
}
"""


def test_it_removes_only_the_label_of_a_repeated_case_the_clause_before_falls_into():
    found = _texts(SWITCH, rule="no-duplicate-case", line=6, column=5)
    assert found == [SWITCH.replace("    case 3:\n    case 1:\n", "    case 3:\n")]


def test_it_removes_a_repeated_case_nothing_can_reach_whole():
    found = _texts(SWITCH, rule="no-duplicate-case", line=10, column=5)
    assert found == [SWITCH.replace("    case 4:\n      return 'vast';\n", "")]


def test_it_leaves_a_case_whose_label_is_not_repeated():
    assert _texts(SWITCH, rule="no-duplicate-case", line=8, column=5) == []


def test_it_removes_an_empty_pattern_parameter_with_its_default():
    source = "export async function bake(tray, {} = {}) {\n  return tray.length;\n}\n"
    found = _texts(source, rule="no-empty-pattern", line=1, column=34)
    assert found[0] == "export async function bake(tray) {\n  return tray.length;\n}\n"


def test_it_removes_an_empty_nested_pattern_and_an_empty_declaration():
    nested = "const { size: {}, colour } = options;\n"
    assert _texts(nested, rule="no-empty-pattern", line=1, column=15)[0] == "const { colour } = options;\n"
    declared = "const [] = load();\nexport const n = 1;\n"
    assert _texts(declared, rule="no-empty-pattern", line=1, column=7)[0] == "load();\nexport const n = 1;\n"


def test_it_leaves_an_empty_pattern_before_other_parameters():
    source = "export const pick = ({}, name) => name;\n"
    assert _texts(source, rule="no-empty-pattern", line=1, column=22) == []


LOADER = "function load(rows, name) {\n  return rows.map((row) => {\n    row.name = row.name;\n    return row;\n  });\n}\n"


def test_it_assigns_a_self_assigned_field_from_the_local_of_its_name_then_removes_it():
    found = _texts(LOADER, rule="no-self-assign", line=3, column=16)
    assert found[0].split("\n")[2] == "    row.name = name;"
    assert found[1].split("\n")[2] == "    return row;"


def test_it_only_removes_a_self_assignment_with_no_local_of_its_name():
    source = LOADER.replace("(rows, name)", "(rows)")
    found = _texts(source, rule="no-self-assign", line=3, column=16)
    assert [f.split("\n")[2] for f in found] == ["    return row;"]


CHAIN = (
    "function size(h) {\n  if (h > 300) {\n    return 'folio';\n  } else if (h > 250) {\n    return 'quarto';\n"
    "  } else if (h > 250) {\n    return 'octavo';\n  }\n  return 'small';\n}\n"
)


def test_it_removes_the_else_if_branch_that_repeats_an_earlier_condition():
    (found,) = _texts(CHAIN, rule="no-dupe-else-if", line=6, column=17)
    assert found == CHAIN.replace(" else if (h > 250) {\n    return 'octavo';\n  }", "")


def test_it_keeps_the_else_after_a_removed_duplicate_branch():
    source = CHAIN.replace(
        "return 'octavo';\n  }\n  return 'small';", "return 'octavo';\n  } else {\n    return 'small';\n  }"
    )
    (found,) = _texts(source, rule="no-dupe-else-if", line=6, column=17)
    assert "  } else {\n    return 'small';\n  }" in found and "octavo" not in found
