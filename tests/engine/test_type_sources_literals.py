"""Literals and empty starts of the refused kind re-spelled where the value is made (fixers/type_sources.py).

The messages here were outside `expectations`' grammar before round 43: a number searched as a
container, text used as a repeat count or a number, a non-text value given to a text API.
"""

from __future__ import annotations

from healer.engine.fixers.type_provenance import literal_directions
from healer.engine.fixers.type_sources import Expect, expectations

from .test_type_provenance import _candidates, _rank


def test_it_reads_the_wanted_type_from_the_messages_that_name_the_operation():
    assert Expect("int", "iterable") in expectations(["argument of type 'int' is not iterable"])
    assert Expect("int", "iterable") in expectations(["'int' object is not iterable"])
    assert Expect("str", "int") in expectations(["can't multiply sequence by non-int of type 'str'"])
    assert Expect("str", "float") in expectations(["must be real number, not str"])
    assert Expect("str", "float") in expectations(["%d format: a real number is required, not str"])
    assert Expect("int", "str") in expectations(["ord() expected string of length 1, but int found"])
    assert Expect("int", "str") in expectations(["expected string or bytes-like object, got 'int'"])
    assert Expect("list", "str") in expectations(["string argument expected, got 'list'"])
    # a class or a function refused is a step left out where it was made (type_kinds), not a conversion
    assert expectations(["'type' object is not iterable"]) == []
    assert expectations(["expected string or bytes-like object, got 'builtin_function_or_method'"]) == []


def test_it_keeps_string_literals_spelled_as_they_are_when_a_number_or_a_non_text_value_is_refused():
    assert literal_directions(["must be real number, not str"]) == (False, False)
    assert literal_directions(["expected string or bytes-like object, got 'int'"]) == (False, False)
    assert literal_directions(["can't multiply sequence by non-int of type 'str'"]) == (False, False)
    # a message about text and bytes still says which spelling was wrong
    assert literal_directions(["can't concat str to bytes"]) == (True, False)
    assert literal_directions(["expected string or bytes-like object, got 'str'"]) == (True, True)


def test_it_starts_a_searched_value_from_the_empty_text_its_sibling_branch_makes(project):
    # `0` is bound in one branch, a split's text in the other; the value is searched two frames on
    source = """
        def parse(spec):
            if ':' in spec:
                start, end = spec.split(':')
            else:
                start, end = 0, spec
            return atom(start), atom(end)

        def atom(text):
            if '.' in text:
                return float(text)
            return int(text)
        """
    found = _candidates(
        project,
        source,
        "argument of type 'int' is not iterable",
        "if '.' in text",
        callers=("return atom(start), atom(end)",),
    )
    assert _rank(found, "start, end = '', spec") == 1
    assert _rank(found, "start, end = [], spec") is not None


def test_it_writes_a_padding_literal_as_the_width_it_spells_where_a_repeat_count_is_meant(project):
    source = """
        def block(key, lines, first):
            if not first:
                indent = "    "
            else:
                indent = len(key) + 3
            return "\\n".join(" " * indent + line for line in lines)
        """
    found = _candidates(project, source, "can't multiply sequence by non-int of type 'str'", 'return "\\n"')
    assert _rank(found, "indent = 4") == 1


def test_it_writes_a_digit_string_as_the_number_it_spells(project):
    # the module's constant, read by a function that never binds the name
    source = """
        import math

        LIMIT = "2.5"

        def over(value):
            return math.isnan(LIMIT) or value > 1
        """
    found = _candidates(project, source, "must be real number, not str", "isnan")
    assert _rank(found, "LIMIT = 2.5") == 1
    assert _rank(found, "b'2.5'") is None  # no bytes spelling of a literal when a number is refused


def test_it_converts_a_forwarded_value_to_the_number_the_builtin_demands(project):
    source = """
        import math

        def seconds(val):
            secs = val
            if math.isnan(secs):
                return None
            return secs
        """
    found = _candidates(project, source, "must be real number, not str", "if math.isnan(secs)")
    assert _rank(found, "secs = float(val)") == 1


def test_it_starts_an_accumulator_as_text_where_a_list_reached_a_text_stream(project):
    source = """
        import io

        def render(tokens):
            res = []
            for token in tokens:
                res += token
            out = io.StringIO()
            out.write(res)
            return out.getvalue()
        """
    found = _candidates(project, source, "string argument expected, got 'list'", "out.write(res)")
    assert _rank(found, 'res = ""') is not None or _rank(found, "res = ''") is not None


def test_it_leaves_a_literal_of_the_wanted_kind_alone(project):
    source = """
        def block(lines):
            indent = 4
            width = "    "
            return [" " * indent + line for line in lines]
        """
    found = _candidates(project, source, "can't multiply sequence by non-int of type 'str'", "return [")
    assert _rank(found, "width = 4") is None  # not a value the crash statement reads


def test_a_number_too_long_to_write_in_decimal_is_not_re_spelled_and_stops_no_search():
    # A 20,000-bit hex constant parses; str() of it exceeds the int-to-text digit limit (ValueError).
    from healer.engine.fixers.lineedit import SourceFile
    from healer.engine.fixers.type_provenance import Made
    from healer.engine.fixers.type_sources import source_edits

    sf = SourceFile.parse("m.py", "PRIME = 0x" + "f" * 5000 + "\n")
    assert sf is not None
    made = Made("m.py", sf.tree.body[0].value, 1)
    message = "expected string or bytes-like object, got 'int'"
    assert source_edits(sf, made, expectations([message]), [message]) == []


def test_it_writes_a_lookups_padding_default_as_the_width_it_spells(project):
    # the value is made by the lookup's default when the caller leaves the key out
    source = """
        def layout(words, **options):
            step = options.get("step", "   ")
            return [" " * (depth * step) + word for depth, word in enumerate(words)]
        """
    found = _candidates(project, source, "can't multiply sequence by non-int of type 'str'", "return [")
    rank = _rank(found, 'step = options.get("step", 3)')
    assert rank is not None and rank <= 3, [c.description for c in found[:8]]


def test_it_leaves_a_lookups_default_of_the_wanted_kind_alone(project):
    source = """
        def layout(words, **options):
            step = options.get("step", 3)
            return [" " * (depth * step) + word for depth, word in enumerate(words)]
        """
    found = _candidates(project, source, "can't multiply sequence by non-int of type 'str'", "return [")
    assert not any("lookup's default" in c.description for c in found)
