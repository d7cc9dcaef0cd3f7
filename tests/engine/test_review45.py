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
    assert new == [("import os\n\x0c\ndef f(url):\n    return 'x %(url)s' % dict(url=url)\n", new[0][1])]


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


def test_a_nested_functions_locals_is_not_the_outer_functions():
    # inner's locals() holds inner's own x: outer's x is unused indeed, and ruff's removal stays.
    from healer.engine.fixers.linting_locals import read_through_locals

    source = (
        "def outer():\n"
        "    x = 1\n"
        "    def inner(x=None):\n"
        "        return '%(x)s' % locals()\n"
        "    return inner\n"
    )
    assert not read_through_locals(source, 2, "x")
    assert explicit_locals_repairs(source, 2, "x") == []


def test_a_nested_functions_own_locals_format_is_still_seen():
    from healer.engine.fixers.linting_locals import read_through_locals

    source = (
        "def outer():\n"
        "    def inner(url):\n"
        "        try:\n"
        "            pass\n"
        "        except OSError as e:\n"
        "            return '%(url)s: %(e)s' % locals()\n"
        "    return inner\n"
    )
    assert read_through_locals(source, 5, "e")


def test_a_field_nested_in_a_spec_is_a_name_the_format_reads():
    # `{x:{width}}` reads width too: `.format(e=e, x=x)` would raise KeyError on it.
    source = (
        "def f(x, width):\n"
        "    try:\n"
        "        pass\n"
        "    except OSError as e:\n"
        "        return '{e}{x:{width}}'.format(**locals())\n"
    )
    [(new, _)] = explicit_locals_repairs(source, 4, "e")
    assert "'{e}{x:{width}}'.format(e=e, x=x, width=width)" in new


def test_a_huge_spec_width_is_refused_without_formatting_it():
    # Checking `%999999999X` with a stand-in value took 10 s and a gigabyte per candidate. Told by the
    # memory it takes (a gigabyte when formatted), not a wall clock (review 48).
    import tracemalloc

    from healer.engine.fixers.linting_agreement import spec_field_repairs

    tracemalloc.start()
    try:
        assert spec_field_repairs("x = '{:>999999999X}' % 5\n", 1, 1) == []
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 50_000_000, peak
    assert spec_field_repairs("x = '{:>8X}' % 5\n", 1, 1) == [
        ("x = '%8X' % 5\n", "write the format fields as the %-placeholders they mean")
    ]


def test_a_deep_lambda_body_is_renamed_not_a_crash():
    # ast.unparse recurses in Python: a lambda summing 400 terms raised RecursionError.
    from healer.engine.fixers.ambiguous_names import ambiguous_name_repairs

    source = "rows.sort(key=lambda l: " + " + ".join(["l"] * 400) + ")\nrows.sort(key=lambda x: x)\n"
    found = ambiguous_name_repairs(source, 1, "l")
    assert found and all(" l " not in new and "lambda l:" not in new for new, _ in found)


def test_a_file_too_deep_for_the_parser_gives_no_repair_not_a_crash():
    from healer.engine.fixers.ambiguous_names import ambiguous_name_repairs

    deep = " + ".join(["l"] * 5000)
    assert ambiguous_name_repairs(f"f = lambda l: {deep}\n", 1, "l") == []
    assert missing_field_repairs(f"x = {deep}\ny = '{{}} {{}}'.format(x)\n", 2, ["1"]) == []
    assert (
        explicit_locals_repairs(f"def f(l):\n    x = {deep}\n    return '%(l)s' % locals()\n", 1, "l") == []
    )


def test_a_lambda_bound_to_a_name_keeps_its_parameter():
    # `f = lambda l: ...` can be called `f(l=3)`, here or from another module: renaming breaks it.
    from healer.engine.fixers.ambiguous_names import ambiguous_name_repairs

    assert ambiguous_name_repairs("f = lambda l: l * 2\n", 1, "l") == []
    assert ambiguous_name_repairs("table = {'a': lambda l: l}\nprint(table['a'](l=1))\n", 1, "l") == []
    assert ambiguous_name_repairs("rows.sort(key=lambda l: l[0])\n", 1, "l")


def test_an_ambiguous_name_is_renamed_across_a_form_feed():
    # The renames counted lines with str.splitlines(): after a form feed no spot matched, no repair.
    from healer.engine.fixers.ambiguous_names import ambiguous_name_repairs

    source = "\x0c\ndef f(lines):\n    for l in lines:\n        print(l)\n"
    assert ambiguous_name_repairs(source, 3, "l")[0][0] == (
        "\x0c\ndef f(lines):\n    for line in lines:\n        print(line)\n"
    )
    lambdas = "\x0c\nrows.sort(key=lambda l: l[0])\n"
    assert ambiguous_name_repairs(lambdas, 2, "l")


def test_a_zero_beside_an_alignment_or_on_text_has_no_printf_form():
    # '{:<08d}' pads 5 as '50000000' and '{:08s}' pads 'ab' with zeros; '%-08d' and '%08s' pad blanks.
    from healer.engine.fixers.linting_agreement import percent_spec

    for spec in ["<08d", ">08d", "<05.1f", "<+08d", ">08s", "08s", "<8s", "08d", "+08d", "<8d"]:
        placeholder = percent_spec(spec, None)
        for value in ["ab", 5, -5, 2.5]:
            try:
                expected = format(value, spec)
            except ValueError:
                continue
            assert placeholder is None or placeholder % (value,) == expected, (spec, value)
    assert percent_spec("08d", None) == "%08d"


def test_a_lambdas_keyword_only_parameter_keeps_its_name():
    # Whoever calls `lambda *, l: ...` passes l=...: the name is the parameter's interface.
    from healer.engine.fixers.ambiguous_names import ambiguous_name_repairs

    assert ambiguous_name_repairs("register(lambda *, l: l + 1)\n", 1, "l") == []
    assert ambiguous_name_repairs("register(lambda *l: l)\n", 1, "l")
