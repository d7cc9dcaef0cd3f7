"""Format fields and arguments made to agree where ruff reports without a fix (round 45, pylint19):
F524 surplus positional fields, F507 `.format` specs under `%`, F501 an unclosed mapping key, E741
a lambda's ambiguous parameter."""

from __future__ import annotations

from healer.engine.checks import LintFinding
from healer.engine.fixers.linting import RuffFixer
from healer.engine.fixers.linting_agreement import fields_as_percent, percent_spec
from healer.engine.types import BugType, Failure

from .fixer_helpers import context

F524 = "`.format` call is missing argument(s) for placeholder(s): "
F501 = "`%`-format string has invalid format string: incomplete format"


def _finding(line: int, code: str, message: str, **extra) -> Failure:
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
        extra={"finding": finding, **extra},
    )


def _lines(project, text: str, failure: Failure, line: int) -> list[str]:
    ws = project({"m.py": text})
    ranked = sorted(RuffFixer().candidates(failure, context(ws)), key=lambda c: c.priority)
    return [c.new_source.splitlines()[line - 1] for c in ranked]


def test_a_surplus_field_goes_first_when_nothing_in_scope_points_at_a_value(project):
    text = (
        "class Sector:\n"
        "    def __sub__(self, other):\n"
        "        result = self.size - 1\n"
        "        if not isinstance(other, int):\n"
        "            raise TypeError('Cannot subtract {} from Sector {}'.format(type(other)))\n"
        "        return result + other\n"
    )
    lines = _lines(project, text, _finding(5, "F524", F524 + "1"), 5)
    assert lines[0] == "            raise TypeError('Cannot subtract {} from Sector'.format(type(other)))"
    assert any(".format(type(other), result)" in line for line in lines[1:])


def test_a_forgotten_parameter_still_ranks_before_dropping_the_field(project):
    text = 'def pair(a, b):\n    return "{} and {}".format(a)\n'
    lines = _lines(project, text, _finding(2, "F524", F524 + "1"), 2)
    assert lines[0] == '    return "{} and {}".format(a, b)'
    assert '    return "{} and".format(a)' in lines


def test_a_method_formatting_nothing_passes_its_class_name(project):
    text = (
        "class Serializer:\n"
        "    def serialize(self):\n"
        '        raise NotImplementedError("{} must implement serialize()".format())\n'
    )
    lines = _lines(project, text, _finding(3, "F524", F524 + "0"), 3)
    assert (
        lines[0]
        == '        raise NotImplementedError("{} must implement serialize()".format(type(self).__name__))'
    )
    assert lines[1] == '        raise NotImplementedError("must implement serialize()")'


def test_format_specs_under_percent_become_the_printf_placeholders_they_mean(project):
    text = 'def escape(c):\n    return "\\\\u{:04X}" % ord(c)\n'
    ws = project({"m.py": text})
    message = "`%`-format string has 0 placeholder(s) but 1 substitution(s)"
    candidates = RuffFixer().candidates(_finding(2, "F507", message), context(ws))
    assert [c.new_source.splitlines()[1] for c in candidates] == ['    return "\\\\u%04X" % ord(c)']


def test_percent_spec_follows_both_mini_languages():
    assert percent_spec("04X", None) == "%04X"
    assert percent_spec("<8", None) == "%-8s"
    assert percent_spec(">+.2f", None) == "%+.2f"
    assert percent_spec("", "r") == "%r"
    assert percent_spec("^8", None) is None  # centring has no printf form
    assert percent_spec("*>8", None) is None  # nor a fill character
    assert percent_spec(",d", None) is None  # nor a thousands separator
    assert percent_spec("8s", None) == "%-8s"  # format() pads text on the right, printf needs `-`
    assert percent_spec("8", "r") == "%-8r"
    assert percent_spec("8", None) is None  # a number or a str: no one printf form
    assert percent_spec("08.2f", None) == "%08.2f"
    assert fields_as_percent('"{0:x}-{1} {{ 5%"', "{0:x}-{1} {{ 5%", 2) == '"%x-%s { 5%%"'
    assert fields_as_percent('"{1}-{0}"', "{1}-{0}", 2) is None  # reordered: no printf form


def test_an_unclosed_mapping_key_is_closed_where_its_name_ends(project):
    text = (
        "def check(srid, other):\n"
        '    raise ValueError("mismatch: %(srid)s %(other s" % {"srid": srid, "other": other})\n'
    )
    lines = _lines(project, text, _finding(2, "F501", F501), 2)
    assert lines[0] == '    raise ValueError("mismatch: %(srid)s %(other)s" % {"srid": srid, "other": other})'


def test_a_lambdas_ambiguous_parameter_takes_the_name_of_its_alpha_equivalent_sibling(project):
    text = (
        "def newest(body, rows):\n"
        "    first = sorted(rows, key=lambda obj: obj['modified'])\n"
        "    return first, sorted(body, key=lambda l: l['modified'])\n"
    )
    failure = _finding(3, "E741", "Ambiguous variable name: `l`", name="l")
    lines = _lines(project, text, failure, 3)
    assert lines[0] == "    return first, sorted(body, key=lambda obj: obj['modified'])"


def test_a_lone_lambdas_ambiguous_parameter_takes_a_neutral_name_it_does_not_read(project):
    text = "def pick(rows, value):\n    return max(rows, key=lambda l: l[value])\n"
    failure = _finding(2, "E741", "Ambiguous variable name: `l`", name="l")
    lines = _lines(project, text, failure, 2)
    assert lines[0] == "    return max(rows, key=lambda item: item[value])"


def test_a_placeholder_misspelling_the_key_its_value_is_named_after_is_renamed_first(project):
    text = (
        "class Tile:\n"
        "    def __str__(self):\n"
        '        return "len=%(length)d run=%(runlength)d" % {"length": self.length, "run_length": self.run_length}\n'
    )
    message = "`%`-format string is missing argument(s) for placeholder(s): runlength"
    lines = _lines(project, text, _finding(3, "F505", message), 3)
    assert "%(run_length)d" in lines[0] and '"run_length": self.run_length' in lines[0]
    assert any('"runlength": self.run_length' in line for line in lines[1:])


LOCALS_TEXT = (
    "def request(url):\n"
    "    try:\n"
    "        return open(url)\n"
    "    except OSError as e:\n"
    '        message = ("Error finding %(url)s: %(e)s"\n'
    "                   % locals())\n"
    "        raise ValueError(message)\n"
)


def test_a_name_read_through_locals_is_written_out_not_removed(project):
    failure = _finding(4, "F841", "Local variable `e` is assigned to but never used", name="e")
    ws = project({"m.py": LOCALS_TEXT})
    candidates = RuffFixer().candidates(failure, context(ws))
    assert [c.new_source.splitlines()[5] for c in candidates] == ["                   % dict(url=url, e=e))"]
    assert candidates[0].line == 6


def test_format_star_star_locals_gets_its_keywords(project):
    text = 'def greet(name):\n    word = "hi"\n    return "{word}, {name.title}".format(**locals())\n'
    failure = _finding(2, "F841", "Local variable `word` is assigned to but never used", name="word")
    lines = _lines(project, text, failure, 3)
    assert lines == ['    return "{word}, {name.title}".format(word=word, name=name)']


def test_every_translated_spec_formats_as_str_format_does():
    values = ["ab", 3.14159, 42, -7]
    specs = ["", "s", "8s", "<8", ">8", "d", "5d", "+d", "04X", "#x", "o", ".2f", "08.2f", "+.1e", "<6d", "g"]
    for spec in specs:
        placeholder = percent_spec(spec, None)
        assert placeholder is not None, spec
        for value in values:
            try:
                expected = format(value, spec)
            except ValueError:
                continue
            assert placeholder % (value,) == expected, (spec, value)
