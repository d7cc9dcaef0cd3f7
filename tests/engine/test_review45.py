"""Round 45's review: the bugs found in the new LINTING families (linting_agreement, linting_locals,
percent_format's F501/F505 additions, ambiguous_names' lambdas), each pinned by a test that failed
before its fix."""

from __future__ import annotations

from healer.engine.fixers.linting_agreement import missing_field_repairs
from healer.engine.fixers.linting_locals import explicit_locals_repairs
from healer.engine.fixers.percent_format import replace_node


def test_replace_node_counts_lines_as_ast_does_across_a_form_feed():
    # str.splitlines() also breaks at a form feed; ast does not: the edit landed lines too early.
    source = "import os\n\x0c\ndef f(url):\n    return 'x %(url)s' % locals()\n"
    new = explicit_locals_repairs(source, 4, "url")
    assert new == [
        ("import os\n\x0c\ndef f(url):\n    return 'x %(url)s' % dict(url=url)\n", new[0][1])
    ]


def test_a_surplus_field_is_dropped_in_place_after_a_form_feed():
    source = "\x0c\ndef f(self):\n    return '{} must'.format()\n"
    for new, _ in missing_field_repairs(source, 3, ["0"]):
        assert new.startswith("\x0c\ndef f(self):\n    return ")
        assert new.endswith("\n") and new.count("\n") == 3


def test_replace_node_with_a_line_separator_in_a_string():
    import ast

    source = "a = 'x\u2028y'\nb = locals()\n"
    node = ast.parse(source).body[1].value
    assert replace_node(source, node, "dict()") == "a = 'x\u2028y'\nb = dict()\n"
