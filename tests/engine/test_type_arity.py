"""A sequence passed as one argument where its items are the call's arguments (fixers/type_arity.py)."""

from __future__ import annotations

from tests.engine.test_dataflow import _candidates

DURATION = """
    import re

    _clock = re.compile(r"(\\d+):(\\d+)")


    def seconds(minutes, secs):
        return int(minutes) * 60 + int(secs)


    def parse(text):
        found = _clock.match(text)
        return seconds(found.groups())
    """

SPLIT_NAME = """
    def full_name(first, last):
        return f"{last.upper()}, {first}"


    def label(record):
        parts = record.split(" ")
        return full_name(parts)
    """


def test_it_unpacks_a_tuple_returned_by_a_method_into_the_arguments_the_call_lacks(project):
    candidates = _candidates(
        project,
        {"src/lib/duration.py": DURATION},
        "seconds() missing 1 required positional argument: 'secs'",
        ("src/lib/duration.py", "return seconds("),
    )
    unpacked = [c for c in candidates if "seconds(*found.groups())" in c.new_source]
    assert unpacked, [c.description for c in candidates]
    # Ranked before any value supplied from scope for the missing parameter.
    supplied = [i for i, c in enumerate(candidates) if c.description.startswith("pass ")]
    assert not supplied or candidates.index(unpacked[0]) < supplied[0]


def test_it_unpacks_a_local_bound_to_a_split(project):
    candidates = _candidates(
        project,
        {"src/lib/names.py": SPLIT_NAME},
        "full_name() missing 1 required positional argument: 'last'",
        ("src/lib/names.py", "return full_name("),
    )
    assert any("return full_name(*parts)" in c.new_source for c in candidates)
    best = next(c for c in candidates if "full_name(*parts)" in c.new_source)
    assert best.description == "unpack parts into the arguments of full_name"


def test_it_offers_no_star_for_a_literal_argument(project):
    source = SPLIT_NAME.replace("return full_name(parts)", 'return full_name("x")')
    candidates = _candidates(
        project,
        {"src/lib/names.py": source},
        "full_name() missing 1 required positional argument: 'last'",
        ("src/lib/names.py", "return full_name("),
    )
    assert not [c for c in candidates if c.description.startswith("unpack")]


LAYOUT = """
    def _render(text, width, indent):
        pad = " " * indent
        return "\\n".join(pad + text[i : i + width] for i in range(0, len(text), width))


    def wrap(text, *, width, indent):
        return _render(text, indent)
    """


def test_it_passes_the_parameter_skipped_before_a_later_parameters_namesake(project):
    candidates = _candidates(
        project,
        {"src/lib/layout.py": LAYOUT},
        "_render() missing 1 required positional argument: 'indent'",
        ("src/lib/layout.py", "return _render("),
    )
    shifted = [c for c in candidates if "return _render(text, width, indent)" in c.new_source]
    assert shifted, [c.description for c in candidates]
    assert shifted[0].description == "pass width before indent, in _render's parameter order"
    # Before appending a value for the parameter the message names (which binds indent to width).
    appended = [i for i, c in enumerate(candidates) if "_render(text, indent, " in c.new_source]
    assert not appended or candidates.index(shifted[0]) < appended[0]


def test_it_shifts_nothing_when_the_caller_has_no_namesake_of_the_skipped_parameter(project):
    source = LAYOUT.replace("def wrap(text, *, width, indent):", "def wrap(text, *, size, indent):")
    candidates = _candidates(
        project,
        {"src/lib/layout.py": source},
        "_render() missing 1 required positional argument: 'indent'",
        ("src/lib/layout.py", "return _render("),
    )
    assert not [c for c in candidates if "in _render's parameter order" in c.description]
