"""TYPE_ERROR families of a call's or an operand's shape (fixers/type_families.py), on programs of their own."""

from __future__ import annotations

from tests.engine.test_dataflow import _candidates

APP = "src/shop/units.py"


def _rank(candidates, expected_line: str) -> int | None:
    for rank, candidate in enumerate(candidates, start=1):
        if expected_line in candidate.new_source:
            return rank
    return None


def test_it_puts_a_skipped_parameter_back_by_its_name(project):
    # `deep` landed in `factor`'s slot; `factor` is a parameter in scope with the very name.
    source = """
        def scale(value, factor, offset):
            return value * factor + offset


        def convert(value, factor, offset):
            return scale(value, offset)
        """
    candidates = _candidates(
        project,
        {APP: source},
        "scale() missing 1 required positional argument: 'offset'",
        (APP, "return scale("),
    )
    assert _rank(candidates, "return scale(value, factor, offset)") == 1, [c.description for c in candidates]


def test_it_aligns_no_argument_whose_skipped_parameter_is_not_in_scope(project):
    source = """
        def scale(value, factor, offset):
            return value * factor + offset


        def convert(value, offset):
            return scale(value, offset)
        """
    candidates = _candidates(
        project,
        {APP: source},
        "scale() missing 1 required positional argument: 'offset'",
        (APP, "return scale("),
    )
    assert not any("aligned by name" in c.description for c in candidates)


def test_it_calls_the_function_a_factory_returns_with_the_other_arguments(project):
    source = """
        def formatter(unit):
            def show(value, digits):
                return f"{value:.{digits}f} {unit}"

            return show


        def weight(value, digits):
            return formatter("kg", value, digits)
        """
    candidates = _candidates(
        project,
        {APP: source},
        "formatter() takes 1 positional argument but 3 were given",
        (APP, 'return formatter("kg"'),
    )
    rank = _rank(candidates, 'return formatter("kg")(value, digits)')
    assert rank is not None and rank <= 2, [c.description for c in candidates]


def test_it_leaves_a_function_that_returns_a_value_to_the_other_repairs(project):
    source = """
        def label(unit):
            return unit.upper()


        def weight(value, digits):
            return label("kg", value, digits)
        """
    candidates = _candidates(
        project,
        {APP: source},
        "label() takes 1 positional argument but 3 were given",
        (APP, 'return label("kg"'),
    )
    assert _rank(candidates, 'label("kg")(value, digits)') is None


def test_it_spells_a_str_literal_joined_to_bytes_as_bytes(project):
    source = """
        import hashlib


        def tagged(data):
            return "sha1:" + hashlib.sha1(data).digest()
        """
    candidates = _candidates(
        project,
        {APP: source},
        'can only concatenate str (not "bytes") to str',
        (APP, "return "),
    )
    assert _rank(candidates, 'return b"sha1:" + hashlib.sha1(data).digest()') == 1, [
        c.description for c in candidates
    ]


def test_it_spells_a_bytes_literal_joined_to_str_as_str(project):
    source = """
        def line(name):
            return b"name=" + name.strip()
        """
    candidates = _candidates(project, {APP: source}, "can't concat str to bytes", (APP, "return "))
    assert _rank(candidates, 'return "name=" + name.strip()') is not None, [c.description for c in candidates]


def test_it_extends_a_list_by_the_items_given_to_append(project):
    source = """
        def flatten(groups):
            out = []
            for group in groups:
                out.append(*group)
            return out
        """
    message = "list.append() takes exactly one argument (2 given)"
    candidates = _candidates(project, {APP: source}, message, (APP, "out.append(*group)"))
    assert _rank(candidates, "out.extend(group)") == 1, [c.description for c in candidates]


def test_it_unpacks_a_sequence_passed_where_its_items_were_meant(project):
    source = """
        import re

        PAIR = re.compile(r"(\\w+)=(\\w+)")


        class Settings:
            def __init__(self):
                self.values = {}

            def put(self, key, value):
                self.values[key] = value

            def load(self, text):
                for match in PAIR.finditer(text):
                    self.put(match.groups())
        """
    candidates = _candidates(
        project,
        {APP: source},
        "Settings.put() missing 1 required positional argument: 'value'",
        (APP, "self.put(match.groups())"),
    )
    assert _rank(candidates, "self.put(*match.groups())") == 1, [c.description for c in candidates]
