"""The module's other messages as evidence of the value a short `.format` call lacks (F524)."""

from __future__ import annotations

import ast

from healer.engine.fixers.linting_messages import field_words, message_evidence


def _call(tree: ast.Module, line: int) -> ast.Call:
    return next(
        n
        for n in ast.walk(tree)
        if isinstance(n, ast.Call) and getattr(n.func, "attr", "") == "format" and n.lineno == line
    )


def test_it_reads_the_words_either_side_of_a_missing_field():
    assert field_words("{} is too small for {} bins", {1}) == [("for", "bins")]
    assert field_words("gone: {0} and {2}!", {2}) == [("and", None)]
    assert field_words("{name} {}", {0}) == [(None, None)]  # a named field is not counted
    assert field_words("bad {", {0}) == []


def test_it_ranks_the_name_written_beside_the_same_words_first():
    source = (
        "def pack(kind, items, size):\n"
        "    for item in items:\n"
        "        if item < 0:\n"
        '            raise ValueError(f"bad {kind} crate entry: {item}")\n'
        '    raise ValueError("size {} too big for {} crate".format(size))\n'
    )
    tree = ast.parse(source)
    scores = message_evidence(tree, _call(tree, 5), ["kind", "items", "item"], {1})
    assert max(scores, key=scores.get) == "kind"
    assert scores["kind"] > scores["item"]


def test_it_takes_a_name_the_function_s_other_messages_show():
    source = (
        "def apply(how, a, b):\n"
        "    if how not in ('+', '-'):\n"
        '        raise ValueError(f"unknown way: {how}")\n'
        '    raise TypeError("cannot join {!r} and {!r} by {}".format(a, b))\n'
    )
    tree = ast.parse(source)
    assert message_evidence(tree, _call(tree, 4), ["how"], {2}) == {"how": 1}


def test_it_gives_no_evidence_where_no_message_shows_a_name():
    source = (
        "def size(blob, limit):\n"
        "    n = len(blob)\n"
        '    raise ValueError("chunk {} over the {} limit".format(n))\n'
        "\n\n"
        "def other(x):\n"
        '    return f"value {x}"\n'
    )
    tree = ast.parse(source)
    assert message_evidence(tree, _call(tree, 3), ["blob", "limit"], {1}) == {}
