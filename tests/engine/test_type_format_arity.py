"""A value dropped from the arguments a `%` template is filled with, a call away (fixers/type_format_arity.py).

Every example is synthetic (none is a dev case): a helper fills a module-level template with `*args`,
and its caller passes one value fewer than the template's placeholders."""

from __future__ import annotations

import textwrap

from healer.engine.fixers.base import RepairContext
from healer.engine.fixers.lineedit import split_lines
from healer.engine.fixers.type_errors import TypeErrorFixer
from healer.engine.types import BugType, CheckReport, Failure

APP = "gauge/limits.py"
TEST = "tests/test_limits.py"
SOURCE = """
    _OUTSIDE = 'reading %s is not within %s..%s'
    _NEGATIVE = 'reading %s is below zero'


    class Limit:
        def __init__(self, low, high):
            self.low = low
            self.high = high

        def _fail(self, message, *args):
            message %= args
            raise ValueError(message)

        def check(self, reading, unit='V'):
            if reading < 0:
                self._fail(_NEGATIVE, reading)
            if not self.low <= reading <= self.high:
                self._fail(_OUTSIDE, self.low, self.high)
    """


def _candidates(project, source: str, caller: str):
    source = textwrap.dedent(source).lstrip("\n")
    ws = project({APP: source, TEST: "def test_it():\n    pass\n"})
    lines = split_lines(source)

    def at(text: str) -> int:
        return next(n for n, line in enumerate(lines, 1) if text in line)

    message = "not enough arguments for format string"
    failure = Failure(
        bug_type=BugType.TYPE_ERROR,
        file=APP,
        line=at("message %= args"),
        message=f"TypeError: {message}",
        source="pytest",
        code="TypeError",
        extra={
            "exception": {"type": "TypeError", "message": message},
            "frames": [
                {"file": TEST, "line": 2, "function": "test_it"},
                {"file": APP, "line": at(caller), "function": "check"},
                {"file": APP, "line": at("message %= args"), "function": "_fail"},
            ],
        },
    )
    ctx = RepairContext(workspace=ws, report=CheckReport(), test_files=frozenset({TEST}))
    return TypeErrorFixer().candidates(failure, ctx)


def test_it_inserts_the_callers_unused_parameter_into_a_call_one_value_short(project):
    candidates = _candidates(project, SOURCE, "self._fail(_OUTSIDE")
    inserted = [c for c in candidates if c.description.startswith("pass reading as the template's value")]
    assert [c.description.split("value ")[1][0] for c in inserted] == ["1", "2", "3"]
    assert "self._fail(_OUTSIDE, reading, self.low, self.high)" in inserted[0].new_source
    assert all(c.making_site for c in inserted)
    assert "self._fail(_OUTSIDE, self.low, reading, self.high)" in inserted[1].new_source
    # the call whose template is filled (one placeholder, one value) is left as it is
    assert all("self._fail(_NEGATIVE, reading)\n" in c.new_source for c in inserted)


def test_it_inserts_nothing_where_the_call_passes_every_placeholder(project):
    source = SOURCE.replace(
        "self._fail(_OUTSIDE, self.low, self.high)", "self._fail(_OUTSIDE, reading, self.low)"
    )
    source = source.replace("'reading %s is not within %s..%s'", "'reading %s is not within %s..%s%s'")
    # two values for four placeholders: not one value short, so no single insertion is offered
    candidates = _candidates(project, source, "self._fail(_OUTSIDE")
    assert not any("as the template's value" in c.description for c in candidates)


def test_it_counts_a_literal_percent_as_no_placeholder(project):
    # `%% s` is a percent sign and the letter s, not a conversion: the template still has three
    # placeholders, and the call passes two values for them
    source = SOURCE.replace(
        "'reading %s is not within %s..%s'", "'reading %s is not within %s..%s (100%% scale)'"
    )
    candidates = _candidates(project, source, "self._fail(_OUTSIDE")
    inserted = [c for c in candidates if c.description.startswith("pass reading as the template's value")]
    assert "self._fail(_OUTSIDE, self.low, reading, self.high)" in inserted[1].new_source


def test_it_counts_a_star_width_as_a_value_of_its_own(project):
    # `%*s` takes the width and the value: '%s at %*s' needs three values, and the call passes two
    source = SOURCE.replace("'reading %s is not within %s..%s'", "'reading %s is not within %*s'")
    candidates = _candidates(project, source, "self._fail(_OUTSIDE")
    inserted = [c for c in candidates if c.description.startswith("pass reading as the template's value")]
    assert "self._fail(_OUTSIDE, reading, self.low, self.high)" in inserted[0].new_source
