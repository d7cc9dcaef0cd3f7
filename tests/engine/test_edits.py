from __future__ import annotations

import pytest

from healer.engine.checks import LintEdit
from healer.engine.edits import apply_edits, describe_change, map_line_back, unified_diff


def test_apply_edits_uses_one_based_rows_and_columns():
    text = "import os\nx = f'a'\n"
    edits = [LintEdit("", (1, 1), (2, 1)), LintEdit("'a'", (2, 5), (2, 9))]
    assert apply_edits(text, edits) == "x = 'a'\n"


@pytest.mark.parametrize(
    "edits",
    [
        [LintEdit("", (9, 1), (9, 2))],  # beyond the file
        [LintEdit("", (1, 5), (1, 2))],  # end before start
        [LintEdit("a", (1, 1), (1, 5)), LintEdit("b", (1, 3), (1, 6))],  # overlapping
    ],
)
def test_apply_edits_refuses_edits_that_do_not_fit(edits):
    assert apply_edits("abcdef\n", edits) is None


def test_map_line_back_follows_inserted_and_removed_lines():
    original = "a\nb\nc\nd\n"
    current = "a\nc\nNEW\nd\n"  # b removed, NEW inserted
    assert map_line_back(original, current, 1) == 1
    assert map_line_back(original, current, 2) == 3
    assert map_line_back(original, current, 4) == 4
    assert map_line_back(original, original, 3) == 3


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        ("import os\nx = 1\n", "x = 1\n", "remove the import statement"),
        (
            "def f():\n    n = len(a)\n    return 1\n",
            "def f():\n    return 1\n",
            "remove the unused variable n",
        ),
        ("x = 1\n", "import math\nx = 1\n", "add the missing import math"),
        ("    if x\n", "    if x:\n", "add the colon at the correct position"),
        ("f(a(b)\n", "f(a(b))\n", "close the parenthesis"),
        ("x = [1, 2\n", "x = [1, 2]\n", "close the bracket"),
        ("if a = b:\n", "if a == b:\n", "use == for the comparison instead of ="),
        ("s = f'abc'\n", "s = 'abc'\n", "remove the f prefix from the string without placeholders"),
        ("\t    x = 1\n", "            x = 1\n", "indent the line with spaces only"),
        ("        x = 1\n", "    x = 1\n", "dedent the line to match the rest of the block"),
        (
            "from functool import lru_cache\n",
            "from functools import lru_cache\n",
            "import lru_cache from functools instead of functool",
        ),
        ("from m import a, b\n", "from m import a\n", "remove the unused name b from the import"),
        ("    n = len(a)\n", "    len(a)\n", "remove the assignment to the unused variable n"),
        ("return a + b\n", "return a - b\n", "replace `+` with `-`"),
    ],
)
def test_describe_change_derives_the_text_from_the_edit(old, new, expected):
    assert describe_change(old, new) == expected


def test_unified_diff_names_the_file():
    diff = unified_diff("src/a.py", "x = 1\n", "x = 2\n")
    assert diff.startswith("--- a/src/a.py\n+++ b/src/a.py\n")
    assert "-x = 1\n+x = 2\n" in diff
