"""B904: a raise inside an except clause chained explicitly (fixers.linting_chaining)."""

from __future__ import annotations

from healer.engine.fixers.linting_chaining import raise_chaining_repairs

UNNAMED = (
    "def unit(table, key):\n"
    "    try:\n"
    "        return table[key]\n"
    "    except KeyError:\n"
    "        raise LookupError(\n"
    "            key\n"
    "        )\n"
)


def test_it_chains_from_none_first_when_the_handler_names_no_exception():
    repairs = raise_chaining_repairs(UNNAMED, 5)
    assert [d for _, d in repairs] == [
        "raise it from None",
        "raise it from the exception being handled (as err)",
    ]
    assert repairs[0][0].splitlines()[6] == "        ) from None"
    second = repairs[1][0].splitlines()
    assert second[3] == "    except KeyError as err:" and second[6] == "        ) from err"


def test_it_chains_from_the_named_exception_first_unless_the_module_chains_from_none():
    named = UNNAMED.replace("except KeyError:", "except KeyError as exc:")
    assert raise_chaining_repairs(named, 5)[0][0].splitlines()[6] == "        ) from exc"
    habit = named + (
        "\n\ndef scale(table, key):\n    try:\n        return table[key]\n"
        "    except KeyError:\n        raise ValueError(key) from None\n"
    )
    assert raise_chaining_repairs(habit, 5)[0][0].splitlines()[6] == "        ) from None"


def test_it_does_not_fire_outside_an_except_clause_or_on_a_chained_or_bare_raise():
    outside = "def f(x):\n    if x:\n        raise ValueError(x)\n"
    assert raise_chaining_repairs(outside, 3) == []
    chained = UNNAMED.replace("        )\n", "        ) from None\n")
    assert raise_chaining_repairs(chained, 5) == []
    bare = "def f(x):\n    try:\n        return x[0]\n    except IndexError:\n        raise\n"
    assert raise_chaining_repairs(bare, 5) == []


def test_it_counts_lines_as_python_does_past_form_feeds_and_unicode_line_separators():
    # str.splitlines also breaks at \x0c (a page break, ^L) and \u2028; Python's lines do not.
    for before in ("import os\n\x0c\n", 'SEP = "\u2028"\n'):
        source = before + UNNAMED.replace("key\n", '"é"\n')
        line = source.count("\n", 0, source.index("raise")) + 1
        repairs = raise_chaining_repairs(source, line)
        assert [new.count("\n") for new, _ in repairs] == [source.count("\n")] * 2
        assert repairs[0][0].endswith("        ) from None\n")
        assert repairs[1][0].endswith(
            '    except KeyError as err:\n        raise LookupError(\n            "é"\n        ) from err\n'
        )


def test_it_binds_a_name_the_code_does_not_use_already():
    # `except KeyError as err:` would make `err` the exception in the message, and Python unbinds
    # the name when the clause ends: the `err` read after the handler would raise NameError.
    source = (
        "def unit(table, key):\n"
        "    err = 'no ' + key\n"
        "    try:\n"
        "        return table[key]\n"
        "    except KeyError:\n"
        "        raise LookupError(err)\n"
        "    finally:\n"
        "        print(err)\n"
    )
    new, description = raise_chaining_repairs(source, 6)[1]
    lines = new.splitlines()
    assert lines[4] == "    except KeyError as exc:" and lines[5] == "        raise LookupError(err) from exc"
    assert description == "raise it from the exception being handled (as exc)"


def test_it_chains_after_the_parentheses_around_the_raised_exception():
    source = UNNAMED.replace(
        "raise LookupError(\n            key\n        )", "raise (LookupError(key))  # why"
    )
    assert [new.splitlines()[4] for new, _ in raise_chaining_repairs(source, 5)] == [
        "        raise (LookupError(key)) from None  # why",
        "        raise (LookupError(key)) from err  # why",
    ]
