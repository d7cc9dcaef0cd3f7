"""LOGIC families read from how builtins behave at their edges (round 49, fixers/logic_builtins.py):
a slice start below zero clamped, a hex conversion's zero padding, capitalize() narrowed to the first letter.
"""

from __future__ import annotations

import ast

from healer.engine.fixers.lineedit import SourceFile
from healer.engine.fixers.logic import _scored_sources
from healer.engine.fixers.logic_builtins import builtin_rewrites
from healer.engine.fixers.logic_templates import Splicer

from .conftest import cpu_ratio


def _texts(source: str, line: int) -> list[str]:
    sf = SourceFile.parse("m.py", source)
    assert sf is not None
    sp = Splicer(sf)
    return [sp.apply(r) for r in builtin_rewrites(sf, line)]


def _in_space(source: str, line: int, fixed: str) -> bool:
    sf = SourceFile.parse("m.py", source)
    want = ast.dump(ast.parse(fixed))
    return any(
        ast.dump(ast.parse(new)) == want for _, new, _, _ in _scored_sources(sf, line, "AssertionError")
    )


def test_a_window_start_computed_by_subtraction_is_clamped_at_zero():
    source = 'def f(s):\n    return "".join([s[i - 8:i] for i in range(len(s), 0, -8)])\n'
    fixed = source.replace("s[i - 8:i]", "s[max(0, i - 8):i]")
    assert fixed in _texts(source, 2)
    assert _in_space(source, 2, fixed)
    # A start that is a name or a constant is meant as written.
    assert _texts("def f(s, i):\n    return s[i:i + 2]\n", 2) == []


def test_a_bare_hex_conversion_gets_its_zero_padding():
    source = 'def f(chars):\n    return "-".join([f"{ord(c):x}".upper() for c in chars])\n'
    fixed = source.replace(":x}", ":04x}")
    texts = _texts(source, 2)
    assert fixed in texts and source.replace(":x}", ":02x}") in texts
    assert _in_space(source, 2, fixed)
    # A spec with a width already, or a decimal, is left alone.
    assert _texts('def f(n):\n    return f"{n:04x}{n}"\n', 2) == []


def test_capitalize_is_narrowed_to_the_first_letter():
    source = "def f(s):\n    return s.capitalize()\n"
    fixed = "def f(s):\n    return s[:1].capitalize() + s[1:]\n"
    assert fixed in _texts(source, 2)
    assert _in_space(source, 2, fixed)
    # A receiver that is a call is evaluated once as written: not duplicated.
    assert _texts("def f(s):\n    return g(s).capitalize()\n", 2) == []
    # Inside a larger expression the narrowed form keeps its grouping.
    grouped = _texts("def f(s):\n    return s.lower().strip()\n", 2)
    assert "def f(s):\n    return (s[:1].lower() + s[1:]).strip()\n" in grouped


def test_the_families_are_linear_on_a_long_line():
    def run(n: int) -> None:
        items = ", ".join(f'f"{{v{i}:x}}"' for i in range(n))
        source = f"def f():\n    return [{items}]\n"
        sf = SourceFile.parse("m.py", source)
        builtin_rewrites(sf, 2)

    run(1_500)  # a line of about 16 KB
    assert cpu_ratio(run, 250) < 8


def test_an_f_string_is_read_once_however_many_specs_it_has():
    # Review 49: Python 3.11 gives each format spec's own JoinedStr the outer f-string's place, so the
    # whole f-string was searched once more per spec: 300 `{n:x}` made 270,900 rewrites (900 distinct),
    # each a copy of the file to parse. Three widths per bare spec, each once.
    for count in (1, 2, 100):
        sf = SourceFile.parse("m.py", "x = f'" + "{n:x}" * count + "'\n")
        assert sf is not None
        rewrites = builtin_rewrites(sf, 1)
        assert len(rewrites) == 3 * count
        assert len({r.spans for r in rewrites}) == len(rewrites)
