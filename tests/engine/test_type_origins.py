"""TYPE_ERROR conversions typed by the message, at the value's origin (fixers/type_origins.py).

Every example is synthetic (none is a dev case): the families must fire on any project with the
same kind of bug."""

from __future__ import annotations

import textwrap

from healer.engine.fixers.base import RepairContext
from healer.engine.fixers.lineedit import split_lines
from healer.engine.fixers.type_errors import TypeErrorFixer
from healer.engine.types import BugType, CheckReport, Failure

TEST = "tests/test_app.py"


def _line(text: str, needle: str) -> int:
    return next(n for n, line in enumerate(split_lines(text), 1) if needle in line)


def _candidates(project, files, message, crash, *, frames=()):
    files = {k: textwrap.dedent(v).lstrip("\n") for k, v in files.items()}
    files.setdefault(TEST, "def test_it():\n    pass\n")
    ws = project(files)
    file, needle = crash
    frame_dicts = [{"file": f, "line": _line(files[f], n), "function": fn} for f, n, fn in frames]
    failure = Failure(
        bug_type=BugType.TYPE_ERROR,
        file=file,
        line=_line(files[file], needle),
        message=f"TypeError: {message}",
        source="pytest",
        code="TypeError",
        extra={"exception": {"type": "TypeError", "message": message}, "frames": frame_dicts},
    )
    ctx = RepairContext(workspace=ws, report=CheckReport(), test_files=frozenset({TEST}))
    return TypeErrorFixer().candidates(failure, ctx)


def _first(candidates, needle):
    """1-based rank of the first candidate whose source holds `needle` (None when none does)."""
    return next((rank for rank, c in enumerate(candidates, 1) if needle in c.new_source), None)


def test_it_unpacks_the_varargs_tuple_where_it_is_passed_not_where_it_crashes(project):
    candidates = _candidates(
        project,
        {
            "src/pager/window.py": """
                def window(rows, *bounds):
                    r = range(bounds)
                    first, last = r.start, r.stop
                    if last < first:
                        return []
                    return rows[first:last]
                """
        },
        "'<' not supported between instances of 'tuple' and 'int'",
        ("src/pager/window.py", "if last < first"),
    )
    assert _first(candidates, "r = range(*bounds)") == 1


def test_it_passes_compile_the_mode_its_scope_already_parses_with(project):
    candidates = _candidates(
        project,
        {
            "src/calc/formula.py": """
                import ast


                class Formula:
                    def __init__(self, text):
                        self.tree = ast.parse(text, "<formula>", mode="eval")
                        self.code = compile(self.tree, "<formula>")
                """
        },
        "compile() missing required argument 'mode' (pos 3)",
        ("src/calc/formula.py", "self.code = compile("),
    )
    assert _first(candidates, "compile(self.tree, \"<formula>\", 'eval')") == 1
    assert _first(candidates, "'exec')") is not None  # the other documented modes stay, ranked after


def test_it_writes_a_repeated_text_literal_as_a_list_when_it_is_concatenated_to_a_list(project):
    candidates = _candidates(
        project,
        {
            "src/grid/pad.py": """
                def padded(cells, width):
                    missing = width - len(cells)
                    return cells + " " * missing
                """
        },
        'can only concatenate list (not "str") to list',
        ("src/grid/pad.py", "return cells +"),
    )
    assert _first(candidates, 'return cells + [" "] * missing') == 1


def test_it_slices_by_the_length_of_a_prefix_matched_from_the_same_text(project):
    candidates = _candidates(
        project,
        {
            "src/units/split.py": """
                import re

                WORD = re.compile(r"[a-z]+")


                def split_unit(text):
                    found = WORD.match(text)
                    head = found.group()
                    return head, text[head:]
                """
        },
        "slice indices must be integers or None or have an __index__ method",
        ("src/units/split.py", "return head, text[head:]"),
    )
    assert _first(candidates, "text[len(head):]") == 1


def test_it_does_not_unpack_a_tuple_that_is_no_varargs_parameter(project):
    candidates = _candidates(
        project,
        {
            "src/pager/window.py": """
                def window(rows, bounds):
                    r = range(bounds)
                    return rows[r.start : r.stop]
                """
        },
        "'<' not supported between instances of 'tuple' and 'int'",
        ("src/pager/window.py", "return rows["),
    )
    assert _first(candidates, "range(*bounds)") is None


def test_it_ranks_first_the_origin_conversion_a_sibling_branch_already_writes(project):
    candidates = _candidates(
        project,
        {
            "src/net/names.py": """
                from fractions import Fraction


                def ratio_of(pair, exact):
                    if exact:
                        value = Fraction(pair[0], pair[1])
                        return value
                    else:
                        value = str(Fraction(pair[0], pair[1]))
                        return value
                """,
            "src/net/report.py": """
                from net.names import ratio_of


                def label(pair, exact):
                    ratio = ratio_of(pair, exact)
                    if isinstance(ratio, tuple):
                        return "pair"
                    return "ratio " + ratio
                """,
        },
        'can only concatenate str (not "Fraction") to str',
        ("src/net/report.py", 'return "ratio " + ratio'),
        frames=[("src/net/report.py", 'return "ratio " + ratio', "label")],
    )
    first = candidates[0]
    assert first.file == "src/net/names.py"
    assert "value = str(Fraction(pair[0], pair[1]))\n        return value\n    else" in first.new_source


def test_it_converts_the_text_field_of_an_xml_element_not_the_element(project):
    candidates = _candidates(
        project,
        {
            "src/feed/prices.py": """
                import xml.etree.ElementTree as ET


                def price_of(xml):
                    node = ET.fromstring(xml).find("price")
                    return float(node)
                """
        },
        # CPython names the class with its module path when it is not a builtin.
        "float() argument must be a string or a real number, not 'xml.etree.ElementTree.Element'",
        ("src/feed/prices.py", "return float(node)"),
    )
    assert _first(candidates, "return float(node.text)") == 1


def test_it_converts_the_only_number_field_of_a_repository_class(project):
    candidates = _candidates(
        project,
        {
            "src/shop/money.py": """
                class Amount:
                    def __init__(self, cents: int, label):
                        self.cents = cents
                        self.label = label
                """,
            "src/shop/total.py": """
                def total(amounts):
                    return sum(int(a) for a in amounts)
                """,
        },
        "int() argument must be a string, a bytes-like object or a real number, not 'Amount'",
        ("src/shop/total.py", "return sum(int(a)"),
    )
    assert _first(candidates, "sum(int(a.cents) for a in amounts)") == 1
