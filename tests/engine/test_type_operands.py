"""TYPE_ERROR families read from the message's two types and a call's arity (fixers/type_operands.py)."""

from __future__ import annotations

from tests.engine.test_dataflow import _candidates

FILE = "src/lib/calendar_tools.py"


def _first(candidates):
    return candidates[0] if candidates else None


def test_it_makes_a_number_added_to_a_datetime_a_timedelta_named_by_the_operand(project):
    source = """
        import datetime as dt


        def shifted(moment, hours, sign):
            later = moment
            later -= hours * sign
            return later
        """
    candidates = _candidates(
        project,
        {FILE: source},
        "unsupported operand type(s) for -=: 'datetime.datetime' and 'int'",
        (FILE, "later -= "),
    )
    best = _first(candidates)
    assert best is not None and "later -= dt.timedelta(hours=hours * sign)" in best.new_source


def test_it_imports_timedelta_when_the_module_has_no_spelling_of_it(project):
    source = """
        def due(start, days):
            return start + days
        """
    candidates = _candidates(
        project,
        {FILE: source},
        "unsupported operand type(s) for +: 'datetime.date' and 'int'",
        (FILE, "return start"),
    )
    best = _first(candidates)
    assert best is not None and "return start + timedelta(days=days)" in best.new_source
    assert "from datetime import timedelta" in best.new_source


def test_it_offers_no_duration_between_two_numbers(project):
    source = """
        def total(a, minutes):
            return a + minutes
        """
    candidates = _candidates(
        project, {FILE: source}, "unsupported operand type(s) for +: 'int' and 'str'", (FILE, "return a")
    )
    assert not [c for c in candidates if "duration" in c.description]


def test_it_takes_the_length_of_a_text_whose_partner_operand_is_a_length(project):
    source = """
        def margin(text):
            gap = len(text) - text.strip()
            return gap
        """
    candidates = _candidates(
        project, {FILE: source}, "unsupported operand type(s) for -: 'int' and 'str'", (FILE, "gap = ")
    )
    best = _first(candidates)
    assert best is not None and "gap = len(text) - len(text.strip())" in best.new_source


def test_it_mirrors_the_length_of_a_text_read_from_the_measured_value(project):
    # no text word in the name: the partner measures `row` and the operand is read from `row`
    source = """
        def indent(row):
            return len(row) - row.lstrip()
        """
    candidates = _candidates(
        project,
        {FILE: source},
        "unsupported operand type(s) for -: 'int' and 'str'",
        (FILE, "return len(row)"),
    )
    best = _first(candidates)
    assert best is not None and "return len(row) - len(row.lstrip())" in best.new_source


def test_it_takes_no_length_of_a_text_bound_compared_with_another_values_length(project):
    # `len(value) < bound` with the bound kept as text: a conversion, not the bound's length
    source = """
        def long_enough(value, bound):
            return len(value) >= bound
        """
    candidates = _candidates(
        project,
        {FILE: source},
        "'>=' not supported between instances of 'int' and 'str'",
        (FILE, "return len(value)"),
    )
    assert not [c for c in candidates if "len(bound)" in c.new_source], [c.description for c in candidates]


def test_it_takes_no_length_of_a_parsed_option(project):
    source = """
        import argparse


        def main(argv):
            parser = argparse.ArgumentParser()
            parser.add_argument("--label-width")
            args = parser.parse_args(argv)
            return len(argv) > args.label_width
        """
    candidates = _candidates(
        project,
        {FILE: source},
        "'>' not supported between instances of 'int' and 'str'",
        (FILE, "return len(argv)"),
    )
    assert not [c for c in candidates if "len(args.label_width)" in c.new_source]


def test_it_still_takes_the_length_of_a_list_compared_with_a_number(project):
    # a collection meeting a number keeps the length first, evidence or not
    source = """
        def too_many(items, limit):
            return items > limit
        """
    candidates = _candidates(
        project,
        {FILE: source},
        "'>' not supported between instances of 'list' and 'int'",
        (FILE, "return items"),
    )
    assert [c for c in candidates if "return len(items) > limit" in c.new_source]


def test_it_closes_a_call_before_the_number_added_to_its_argument(project):
    source = """
        def after_tag(chunk, tag):
            return chunk[len(tag + 1) :]
        """
    candidates = _candidates(
        project, {FILE: source}, 'can only concatenate str (not "int") to str', (FILE, "return chunk")
    )
    best = _first(candidates)
    assert best is not None and "return chunk[len(tag) + 1 :]" in best.new_source


def test_it_parenthesises_the_moved_operator_inside_a_product(project):
    source = """
        def cells(word, width):
            return width * len(word + 1)
        """
    candidates = _candidates(
        project, {FILE: source}, 'can only concatenate str (not "int") to str', (FILE, "return width")
    )
    assert any("return width * (len(word) + 1)" in c.new_source for c in candidates)


def test_it_calls_the_sibling_method_that_takes_the_arguments_given(project):
    source = """
        class Ledger:
            def __init__(self):
                self.rows = {}

            def record(self, entry):
                self.rows[entry[0]] = entry[1]

            def record_value(self, key, value):
                self.rows[key] = value

            def total(self):
                return sum(self.rows.values())


        def book(ledger, amount):
            ledger.record("fee", amount)
            return ledger
        """
    candidates = _candidates(
        project,
        {FILE: source},
        "Ledger.record() takes 2 positional arguments but 3 were given",
        (FILE, 'ledger.record("fee"'),
    )
    best = _first(candidates)
    assert best is not None and 'ledger.record_value("fee", amount)' in best.new_source
    # `total` shares no stem with `record` and takes no arguments: never offered.
    assert not [c for c in candidates if "ledger.total(" in c.new_source]


def test_it_drops_the_surplus_argument_of_every_call_on_the_line(project):
    source = """
        import math


        def spread(a, b):
            return a * math.sqrt(a, 2) + b * math.sqrt(b, 2)
        """
    candidates = _candidates(
        project, {FILE: source}, "math.sqrt() takes exactly one argument (2 given)", (FILE, "return a")
    )
    best = _first(candidates)
    assert best is not None and "return a * math.sqrt(a) + b * math.sqrt(b)" in best.new_source


def test_it_spreads_a_mapping_passed_where_keyword_parameters_are_meant(project):
    source = """
        def wrapped(text, width=40, indent=2):
            def fill(words):
                if len(words) > width:
                    return words[:indent]
                return words
            return fill(text.split())


        def render(text, layout=True):
            if layout is True:
                layout = {}
            return wrapped(text, layout)
        """
    candidates = _candidates(
        project,
        {FILE: source},
        "'>' not supported between instances of 'int' and 'dict'",
        (FILE, "if len(words) > width"),
    )
    best = _first(candidates)
    assert best is not None and "return wrapped(text, **layout)" in best.new_source


def test_it_spreads_nothing_where_the_argument_is_not_the_last_positional(project):
    source = """
        def wrapped(text, width=40, indent=2):
            if len(text) > width:
                return text[:indent]
            return text


        def render(text, layout):
            return wrapped(text, layout, 4)
        """
    candidates = _candidates(
        project,
        {FILE: source},
        "'>' not supported between instances of 'int' and 'dict'",
        (FILE, "if len(text) > width"),
    )
    assert not [c for c in candidates if "**" in c.new_source]


def test_it_ranks_a_spread_lower_when_the_caller_never_treats_the_argument_as_a_mapping(project):
    source = """
        def wrapped(text, width=40):
            if len(text) > width:
                return text[:width]
            return text


        def render(text, layout):
            return wrapped(text, layout)


        def render_all(texts, layout):
            layout = dict(layout)
            return [wrapped(t, layout) for t in texts]
        """
    candidates = _candidates(
        project,
        {FILE: source},
        "'>' not supported between instances of 'int' and 'dict'",
        (FILE, "if len(text) > width"),
    )
    spreads = [c for c in candidates if "**layout" in c.new_source]
    built = next(c for c in spreads if "wrapped(t, **layout)" in c.new_source)
    unknown = next(c for c in spreads if "return wrapped(text, **layout)" in c.new_source)
    assert candidates.index(built) < candidates.index(unknown)


def test_it_calls_the_sibling_module_function_that_takes_the_arguments_given(project):
    source = """
        def scale_all(values):
            return [v * 2 for v in values]


        def scale_by(values, factor):
            return [v * factor for v in values]


        def report(values, factor):
            return sum(scale_all(values, factor))
        """
    candidates = _candidates(
        project,
        {FILE: source},
        "scale_all() takes 1 positional argument but 2 were given",
        (FILE, "return sum(scale_all"),
    )
    assert any("return sum(scale_by(values, factor))" in c.new_source for c in candidates)
    # `report` takes two arguments too but shares no stem with `scale_all`.
    assert not [c for c in candidates if "sum(report(" in c.new_source]


def test_it_keeps_the_output_of_a_codec_result_returned_inside_a_codec_pair(project):
    source = """
        import codecs


        def upper_encode(input, errors="strict"):
            return input.upper(), len(input)


        def chained(first, second):
            def encode(input, errors="strict"):
                text, length = first(input, errors)
                return second(text, errors), length
            return encode


        def search(name):
            if name == "upper-ascii":
                return codecs.CodecInfo(chained(upper_encode, codecs.lookup("ascii").encode), None)
            return None


        codecs.register(search)
        """
    candidates = _candidates(
        project,
        {"src/lib/shout.py": source},
        "encoder returned 'tuple' instead of 'bytes'; use codecs.encode() to encode to arbitrary types",
        ("src/lib/shout.py", "codecs.register(search)"),
    )
    best = _first(candidates)
    assert best is not None and "return second(text, errors)[0], length" in best.new_source
    # `upper_encode` returns text it made, not a call's pair: left alone.
    assert not [c for c in candidates if "input.upper()[0]" in c.new_source]


def test_it_offers_no_codec_edit_for_another_message(project):
    source = """
        def encode(input, errors="strict"):
            return helper(input), len(input)


        def helper(text):
            return text + 1
        """
    candidates = _candidates(
        project, {FILE: source}, 'can only concatenate str (not "int") to str', (FILE, "return text + 1")
    )
    assert not [c for c in candidates if "[0]" in c.new_source]


def test_it_compares_a_character_of_a_text_with_its_code_points_character_not_its_length(project):
    # `for char in value: ... char < 32`: one character's length is always 1, so `len(char) < 32`
    # escapes every character (round 56, a program the tests accepted); its code point is meant.
    source = """
        def emit(value: str) -> str:
            out = []
            for char in value:
                if char < 32 or char == "\\x7f":
                    out.append("\\\\u{:04x}".format(ord(char)))
                else:
                    out.append(char)
            return "".join(out)
        """
    candidates = _candidates(
        project,
        {FILE: source},
        "'<' not supported between instances of 'str' and 'int'",
        (FILE, "if char < 32"),
    )
    assert not [c for c in candidates if "len(char)" in c.new_source], [c.description for c in candidates]
    best = _first(candidates)
    assert best is not None and 'if char < " " or' in best.new_source, [c.description for c in candidates]
    assert any("if ord(char) < 32" in c.new_source for c in candidates[:2]), [
        c.description for c in candidates
    ]


def test_it_offers_the_code_point_of_a_position_indexed_out_of_a_line(project):
    # `c = line[i]` is one character even under a neutral name; `c > limit` wants `ord(c)`
    source = """
        def high(line: str, i: int, limit: int) -> bool:
            c = line[i]
            return c > limit
        """
    candidates = _candidates(
        project,
        {FILE: source},
        "'>' not supported between instances of 'str' and 'int'",
        (FILE, "return c > limit"),
    )
    best = _first(candidates)
    assert best is not None and "return ord(c) > limit" in best.new_source, [
        c.description for c in candidates
    ]


def test_it_still_measures_a_text_that_is_no_single_character(project):
    # a whole line iterated elsewhere is sized text: its length stays offered, no code point
    source = """
        def short(line, limit):
            for part in line:
                pass
            return line < limit
        """
    candidates = _candidates(
        project,
        {FILE: source},
        "'<' not supported between instances of 'str' and 'int'",
        (FILE, "return line < limit"),
    )
    assert any("return len(line) < limit" in c.new_source for c in candidates), [
        c.description for c in candidates
    ]
    assert not [c for c in candidates if "ord(line)" in c.new_source], [c.description for c in candidates]


def test_it_tells_a_single_character_from_a_text():
    import ast
    import textwrap

    from healer.engine.fixers.lineedit import SourceFile
    from healer.engine.fixers.type_elsewhere import single_character

    def one(source: str, name: str = "v") -> bool:
        sf = SourceFile.parse("m.py", textwrap.dedent(source).lstrip("\n"))
        uses = [n for n in ast.walk(sf.tree) if isinstance(n, ast.Name) and n.id == name]
        return single_character(sf, max(uses, key=lambda n: n.lineno))

    # named as one, iterated out of a text, one position of a text, passed to ord, compared with one
    assert one("def f(s):\n    next_ch = s\n    return next_ch\n", "next_ch")
    assert one("def f(text):\n    for v in text:\n        return v\n")
    assert one("def f(s: str):\n    for v in s:\n        return v\n")
    assert one("def f(line, i):\n    v = line[i]\n    return v\n")
    assert one("def f(v):\n    n = ord(v)\n    return v\n")
    assert one("def f(v):\n    if v == '-':\n        return v\n")
    # a line of a list, a slice, a plain name: not one character
    assert not one("def f(lines):\n    for v in lines:\n        return v\n")
    assert not one("def f(line):\n    v = line[1:]\n    return v\n")
    assert not one("def f(v):\n    return v\n")
    assert not one("def f(chars):\n    for v in chars:\n        return v\n")


def test_it_keeps_a_line_of_a_content_list_a_text_not_a_character(project) -> None:
    # `for line in content` (content: the file's list of lines) binds whole lines; `line` names a text,
    # so it is no single character: `line > "P"` would compare letters and could pass the tests where
    # the length was meant.
    source = """
        def long_lines(content, limit):
            out = []
            for line in content:
                if line > 80:
                    out.append(line)
            return out
        """
    candidates = _candidates(
        project,
        {FILE: source},
        "'>' not supported between instances of 'str' and 'int'",
        (FILE, "if line > 80"),
    )
    descriptions = [c.description for c in candidates]
    assert not [c for c in candidates if 'line > "P"' in c.new_source or "ord(line)" in c.new_source], (
        descriptions
    )
    assert any("if len(line) > 80" in c.new_source for c in candidates), descriptions
