from __future__ import annotations

from healer.engine.checks import LintFinding
from healer.engine.fixers.linting import RuffFixer
from healer.engine.fixers.linting_styles import checked, format_style_repairs
from healer.engine.types import BugType, Failure

from .fixer_helpers import context


def _failure(line: int, code: str, message: str) -> Failure:
    finding = LintFinding(
        code=code, message=message, file="m.py", line=line, column=1, end_line=line, end_column=2
    )
    return Failure(
        bug_type=BugType.LINTING,
        file="m.py",
        line=line,
        message=f"{code} {message}",
        source="lint",
        code=code,
        extra={"finding": finding},
    )


def test_it_pairs_named_fields_with_positional_values_as_an_f_string_then_by_keyword():
    source = 'def f(name, value):\n    return "{name} is {value!r}".format(name, value)\n'
    repairs = [new.splitlines()[1] for new, _ in format_style_repairs(source, 2)]
    assert repairs == [
        '    return f"{name} is {value!r}"',
        '    return "{name} is {value!r}".format(name=name, value=value)',
    ]


def test_it_keeps_a_self_documenting_field_only_for_the_same_name():
    same = 'def f(flag):\n    return "{flag=} is off".format(flag=flag)\n'
    other = 'def f(flag):\n    return "{flag=} is off".format(flag=not flag)\n'
    assert [new.splitlines()[1] for new, _ in format_style_repairs(same, 2)] == [
        '    return f"{flag=} is off"'
    ]
    assert format_style_repairs(other, 2) == []


def test_it_writes_format_fields_given_to_the_percent_operator_as_an_f_string():
    source = 'def f(items):\n    return "not {} items" % len(items)\n'
    assert [new.splitlines()[1] for new, _ in format_style_repairs(source, 2)] == [
        '    return f"not {len(items)} items"'
    ]


def test_it_leaves_values_no_field_reads_and_escaped_literals_alone():
    unread = 'def f(a, b, c):\n    return "{x} {y}".format(a, b, c)\n'
    escaped = 'def f(a):\n    return "{x}\\n".format(a)\n'
    assert format_style_repairs(unread, 2) == []
    # An escape: no f-string (its text is not its value), the literal kept and its field passed by keyword.
    assert [d for _, d in format_style_repairs(escaped, 2)] == ["pass the named fields by keyword: x=a"]


def test_it_keeps_only_rewrites_the_linter_passes_with_nothing_new():
    source = "x = 1\n"
    finding = LintFinding(code="F524", message="m", file="m.py", line=1, column=1, end_line=1, end_column=2)
    reports = {
        source: [finding],
        "gone\n": [],
        "still\n": [finding],
        "new\n": [
            LintFinding(code="E711", message="n", file="m.py", line=1, column=1, end_line=1, end_column=2)
        ],
    }
    kept = checked(
        [("still\n", "a"), ("new\n", "b"), ("gone\n", "c")], source=source, finding=finding, lint=reports.get
    )
    assert kept == [("gone\n", "c")]
    # No linter on the host: nothing is judged here, the sandbox validates every candidate.
    assert checked([("x\n", "d")], source=source, finding=finding, lint=lambda text: None) == [("x\n", "d")]


def test_it_ranks_the_style_rewrite_before_keywords_added_beside_the_positional_values(project):
    text = 'def f(field_name, value):\n    return "{field_name} {value}".format(field_name, value)\n'
    ws = project({"m.py": text})
    message = "`.format` call is missing argument(s) for placeholder(s): field_name, value"
    candidates = RuffFixer().candidates(_failure(2, "F524", message), context(ws))
    lines = [c.new_source.splitlines()[1] for c in sorted(candidates, key=lambda c: c.priority)]
    # `.format(field_name, value, field_name=field_name, value=value)` would leave F523 behind.
    assert lines[0] == '    return f"{field_name} {value}"'


def test_it_offers_the_f_string_a_format_call_was_written_as_checked_by_ruff(project):
    text = (
        "def check(field_name, value):\n"
        '    message = \'field "{field_name}" has value "{value}"\'.format(field_name, value)\n'
        "    return message\n"
    )
    ws = project({"m.py": text})
    message = "`.format` call is missing argument(s) for placeholder(s): field_name, value"
    candidates = RuffFixer().candidates(_failure(2, "F524", message), context(ws))
    lines = [c.new_source.splitlines()[1] for c in sorted(candidates, key=lambda c: c.priority)]
    assert '    message = f\'field "{field_name}" has value "{value}"\'' in lines
