"""A wrong value made at the call a frame above the function that refuses it (fixers/type_call_arguments.py).

Every example is synthetic (none is a dev case): the TypeError is raised inside a repository function
from one of its parameters, and the traceback's caller frame holds the call that bound it."""

from __future__ import annotations

import textwrap

from healer.engine.fixers.base import Candidate, RepairContext
from healer.engine.fixers.lineedit import split_lines
from healer.engine.fixers.type_call_arguments import message_kinds
from healer.engine.fixers.type_errors import TypeErrorFixer
from healer.engine.types import BugType, CheckReport, Failure

from .fixer_helpers import TYPE_TEST

TEXT = """
    import re


    def strip(text):
        return re.sub(r"\\x1b\\[[0-9;]*m", "", text)


    def pad(text: str, width: int, fill=" "):
        shown = len(strip(text))
        return text + fill * (width - shown)
    """


def _line(source: str, needle: str) -> int:
    return next(n for n, text in enumerate(split_lines(source), 1) if needle in text)


def _candidates(
    project, files: dict[str, str], message: str, frames: list[tuple[str, str, str]]
) -> list[Candidate]:
    """The TypeErrorFixer's candidates for `TypeError: message` with the traceback `frames`, outermost
    first, each (file, a text on its line, its function); the last frame is where it was raised."""
    files = {k: textwrap.dedent(v).lstrip("\n") for k, v in files.items()}
    files.setdefault(TYPE_TEST, "def test_it():\n    pass\n")
    ws = project(files)
    stack = [{"file": f, "line": _line(files[f], needle), "function": func} for f, needle, func in frames]
    failure = Failure(
        bug_type=BugType.TYPE_ERROR,
        file=stack[-1]["file"],
        line=stack[-1]["line"],
        message=f"TypeError: {message}",
        source="pytest",
        code="TypeError",
        extra={"exception": {"type": "TypeError", "message": message}, "frames": stack},
    )
    ctx = RepairContext(workspace=ws, report=CheckReport(), test_files=frozenset({TYPE_TEST}))
    return TypeErrorFixer().candidates(failure, ctx)


def test_it_reads_the_demanded_and_the_given_kinds_from_the_message() -> None:
    # The demanded kind picks the slot that reaches the crash; the given kinds pick its partner.
    assert message_kinds("expected string or bytes-like object, got 'int'") == ("str", {"int"})
    assert message_kinds("'<' not supported between instances of 'list' and 'int'") == (None, {"list", "int"})


def test_it_swaps_arguments_back_into_the_slots_their_kinds_are_declared_for(project) -> None:
    # `pad(w, cell)` for `pad(text: str, width: int)`: the int reaches re.sub three frames down,
    # and the slot annotated int holds the text; the swap is at the call, not a str() at the crash.
    table = """
        from app.text import pad


        def row(cells, widths):
            out = []
            for i, cell in enumerate(cells):
                w = widths[i]
                out.append(pad(w, cell))
            return "|".join(out)
        """
    candidates = _candidates(
        project,
        {"app/text.py": TEXT, "app/table.py": table},
        "expected string or bytes-like object, got 'int'",
        [
            ("app/table.py", "out.append(pad(", "row"),
            ("app/text.py", "shown = len(strip(text))", "pad"),
            ("app/text.py", "return re.sub(", "strip"),
        ],
    )
    assert candidates[0].file == "app/table.py"
    assert "out.append(pad(cell, w))" in candidates[0].new_source
    assert candidates[0].making_site


def test_it_leaves_a_call_whose_arguments_sit_in_their_declared_slots(project) -> None:
    # The call binds each value to its declared slot, and the crash's line reads two parameters:
    # nothing says which value was refused, so nothing at the call is swapped.
    table = """
        from app.text import pad


        def row(cells, widths):
            return "|".join(pad(cell, w) for cell, w in zip(cells, widths))
        """
    candidates = _candidates(
        project,
        {"app/text.py": TEXT, "app/table.py": table},
        'can only concatenate str (not "int") to str',
        [
            ("app/table.py", "pad(cell, w)", "row"),
            ("app/text.py", "return text + fill", "pad"),
        ],
    )
    assert not any("pad(w, cell)" in c.new_source for c in candidates)


def test_it_swaps_a_text_literal_out_of_the_slot_used_in_arithmetic(project) -> None:
    # The one text literal among numbers sits in the slot subtracted at the crash: its neighbour's
    # slot is where it belongs; converting the literal at the use (`int("")`) could never pass.
    clock = """
        def to_seconds(h, m, s, label, offset):
            return h * 3600 + m * 60 + s - offset


        def parse(h, m, s, offset):
            return to_seconds(int(h), int(m), int(s), offset, "")
        """
    candidates = _candidates(
        project,
        {"app/clock.py": clock},
        "unsupported operand type(s) for -: 'int' and 'str'",
        [("app/clock.py", "return to_seconds(", "parse"), ("app/clock.py", "return h * 3600", "to_seconds")],
    )
    assert 'return to_seconds(int(h), int(m), int(s), "", offset)' in candidates[0].new_source


def test_it_passes_the_length_of_a_sequence_given_as_its_length(project) -> None:
    # `total=rows` for a parameter named for a count: the list is measured where it is passed.
    pages = """
        def window(rows, *, start, total):
            if total < start + len(rows):
                raise ValueError("short")
            return rows[start:]


        def page(rows, start=0):
            return window(rows[start:], start=start, total=rows)
        """
    candidates = _candidates(
        project,
        {"app/pages.py": pages},
        "'<' not supported between instances of 'list' and 'int'",
        [("app/pages.py", "return window(", "page"), ("app/pages.py", "if total < start", "window")],
    )
    assert candidates[0].file == "app/pages.py"
    assert "total=len(rows))" in candidates[0].new_source
    assert candidates[0].making_site


def test_it_measures_no_argument_whose_parameter_is_no_length(project) -> None:
    # `limit` says no count of the sequence, and `total` is given a number: neither is measured.
    pages = """
        def window(rows, *, limit, total):
            if limit < total:
                raise ValueError("short")
            return rows[:limit]


        def page(rows, bound):
            return window(rows, limit=bound, total=3)
        """
    candidates = _candidates(
        project,
        {"app/pages.py": pages},
        "'<' not supported between instances of 'list' and 'int'",
        [("app/pages.py", "return window(", "page"), ("app/pages.py", "if limit < total", "window")],
    )
    assert not any("len(" in c.new_source.split("def page", 1)[1] for c in candidates)


DATES = """
    from dataclasses import dataclass


    def check(day, year):
        if year < 1:
            raise ValueError("year")


    @dataclass
    class Date:
        day: int
        year: int

        def __post_init__(self):
            check(self.day, self.year)
    """


def _cli(year_declaration: str) -> str:
    return f"""
        import argparse

        from app.dates import Date


        def main(argv):
            parser = argparse.ArgumentParser()
            parser.add_argument("day", type=int)
            {year_declaration}
            args = parser.parse_args(argv)
            return Date(args.day, args.year)
        """


def test_it_puts_back_the_parsers_conversion_of_an_option_a_record_field_holds(project) -> None:
    # The text reaches `year < 1` through the record's field, bound where the record is constructed
    # from `args.year`: the option's declaration lost its `type=int`, so it is restored there, above
    # an int() where the option is read.
    candidates = _candidates(
        project,
        {"app/dates.py": DATES, "app/cli.py": _cli('parser.add_argument("year")')},
        "'<' not supported between instances of 'str' and 'int'",
        [
            ("app/cli.py", "return Date(", "main"),
            ("app/dates.py", "check(self.day, self.year)", "__post_init__"),
            ("app/dates.py", "if year < 1", "check"),
        ],
    )
    assert candidates[0].file == "app/cli.py"
    assert 'parser.add_argument("year", type=int)' in candidates[0].new_source
    assert candidates[0].making_site


def test_it_leaves_an_option_the_parser_already_converts(project) -> None:
    # `type=float` is declared: the parser is not where the text was made; nothing is added to it.
    candidates = _candidates(
        project,
        {"app/dates.py": DATES, "app/cli.py": _cli('parser.add_argument("year", type=float)')},
        "'<' not supported between instances of 'str' and 'int'",
        [
            ("app/cli.py", "return Date(", "main"),
            ("app/dates.py", "check(self.day, self.year)", "__post_init__"),
            ("app/dates.py", "if year < 1", "check"),
        ],
    )
    assert not any(
        "type=int" in c.new_source.split('"year"', 1)[1][:20] for c in candidates if c.file == "app/cli.py"
    )


OWN_INIT_DATES = """
    def check(day, year):
        if year < 1:
            raise ValueError("year")


    class Date:
        year: int
        day: int

        def __init__(self, day, year):
            self.day = day
            self.year = year
            check(self.day, self.year)
    """


def test_it_binds_no_field_by_the_annotation_order_of_a_class_with_its_own_init(project) -> None:
    # `Date` writes its own `__init__(self, day, year)`, so its annotations (year, day) say nothing
    # of the order its arguments take: reading them as a dataclass's would bind `self.year` to
    # `args.day` and give `type=int` to the wrong option (round 56's review).
    cli = _cli('parser.add_argument("year")').replace('"day", type=int', '"day"')
    candidates = _candidates(
        project,
        {"app/dates.py": OWN_INIT_DATES, "app/cli.py": cli},
        "'<' not supported between instances of 'str' and 'int'",
        [
            ("app/cli.py", "return Date(", "main"),
            ("app/dates.py", "check(self.day, self.year)", "__init__"),
            ("app/dates.py", "if year < 1", "check"),
        ],
    )
    assert not any('add_argument("day", type=' in c.new_source for c in candidates)


def test_it_measures_no_text_given_where_a_count_is_wanted(project) -> None:
    # Text where a count is wanted is a number's spelling (an option, a field read from a file) far
    # more often than a sequence to measure: `len("3")` is 1, and a test that repeats once cannot
    # tell it from the count (round 56's review); the conversion is the repair, not the length.
    repeat = """
        import argparse


        def repeat(text, count):
            if count < 1:
                raise ValueError("count")
            return text * count


        def main(argv):
            parser = argparse.ArgumentParser()
            parser.add_argument("count")
            args = parser.parse_args(argv)
            return repeat("ab", count=args.count)
        """
    candidates = _candidates(
        project,
        {"app/cli.py": repeat},
        "'<' not supported between instances of 'str' and 'int'",
        [("app/cli.py", 'return repeat("ab"', "main"), ("app/cli.py", "if count < 1", "repeat")],
    )
    assert not any("count=len(args.count)" in c.new_source for c in candidates)
