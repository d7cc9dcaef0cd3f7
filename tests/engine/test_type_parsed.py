"""type_parsed: an option argparse leaves as text gets its `type=` back where it is declared."""

from __future__ import annotations

import textwrap

from healer.engine.fixers.base import RepairContext
from healer.engine.fixers.lineedit import split_lines
from healer.engine.fixers.type_demand import Demand, demands
from healer.engine.fixers.type_fallback import TypeDemandFixer
from healer.engine.types import BugType, CheckReport, Failure

APP = "src/cues/cli.py"
TEST = "tests/test_cli.py"


def _candidates(project, source: str, message: str, needle: str, *, caller: str | None = None):
    source = textwrap.dedent(source).lstrip("\n")
    ws = project({APP: source, TEST: "def test_it():\n    pass\n"})
    lines = split_lines(source)

    def at(text: str) -> int:
        return next(n for n, line in enumerate(lines, 1) if text in line)

    frames = [{"file": APP, "line": at(caller), "function": "run"}] if caller else []
    frames.append({"file": APP, "line": at(needle), "function": "f"})
    failure = Failure(
        bug_type=BugType.TYPE_ERROR,
        file=APP,
        line=at(needle),
        message=f"TypeError: {message}",
        source="pytest",
        code="TypeError",
        extra={"exception": {"type": "TypeError", "message": message}, "frames": frames},
    )
    ctx = RepairContext(workspace=ws, report=CheckReport(), test_files=frozenset({TEST}))
    return TypeDemandFixer().candidates(failure, ctx)


def _rank(candidates, expected: str) -> int | None:
    return next((n for n, c in enumerate(candidates, 1) if expected in c.new_source), None)


SOURCE = """
    import argparse

    def delay(cues, by):
        return [start + by for start in cues]

    def run(argv):
        p = argparse.ArgumentParser()
        p.add_argument("cues", nargs="*", type=int)
        p.add_argument("--scale", type=float, default=1.0)
        p.add_argument("by", help="seconds")
        p.add_argument("--name")
        a = p.parse_args(argv)
        return delay(a.cues, a.by * 1000)
    """


def test_it_reads_a_number_met_by_text_or_a_tuple():
    assert Demand("operand", "str", "int") in demands(["unsupported operand type(s) for +: 'int' and 'str'"])
    assert Demand("operand", "tuple", "int") in demands(
        ["'>' not supported between instances of 'tuple' and 'int'"]
    )
    assert not [
        d for d in demands(["unsupported operand type(s) for +: 'int' and 'list'"]) if d.have == "list"
    ]


def test_it_puts_the_conversion_its_siblings_use_back_in_the_options_declaration(project):
    # the text is repeated by `* 1000` (still text) and passed to delay(), where it meets a number
    candidates = _candidates(
        project,
        SOURCE,
        "unsupported operand type(s) for +: 'int' and 'str'",
        "start + by",
        caller="return delay(",
    )
    assert _rank(candidates, 'p.add_argument("by", type=float, help="seconds")') == 1, [
        c.description for c in candidates[:6]
    ]
    assert _rank(candidates, 'p.add_argument("by", type=int, help="seconds")') is not None
    # not the use: a conversion of the repeated text would read "111..." as a number
    assert _rank(candidates, "int(a.by * 1000)") is None
    # nor an option the value is not read from
    assert _rank(candidates, 'p.add_argument("--name", type=') is None


def test_it_leaves_a_declaration_that_already_converts_alone(project):
    source = SOURCE.replace('p.add_argument("by", help="seconds")', 'p.add_argument("by", type=str)')
    candidates = _candidates(
        project,
        source,
        "unsupported operand type(s) for +: 'int' and 'str'",
        "start + by",
        caller="return delay(",
    )
    assert not [c for c in candidates if "type=float" in c.description or "type=int" in c.description]
