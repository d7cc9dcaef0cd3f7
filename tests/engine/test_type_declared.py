"""A field's value made another kind than its class declares, found by the field's name (round 52, pytypes26).

Round 51's held-out half (now dev r312-r322) made a dataclass's set-typed field a tuple where a mapping
of fields was built, and the TypeError came at each use that added to it. The code below is written for
these tests, not taken from the cases.
"""

from __future__ import annotations

from .test_type_making_sites import APP, _candidates, _rank

LIB = "src/kiln/fields.py"

MODEL = """
    from dataclasses import dataclass, field, replace


    @dataclass(frozen=True)
    class Tag:
        name: str
        seen: frozenset[str] = field(default_factory=frozenset)

        def mark(self, what):
            return replace(self, seen=self.seen | {what})
    """
BUILDER = """
    from kiln.shelf import Tag


    def tag_of(raw):
        seen = tuple(str(k) for k in raw)
        fields = {"name": raw["name"], "seen": seen}
        return Tag(**fields)
    """


def test_it_makes_a_field_its_declared_set_kind_where_it_is_made_under_its_name(project):
    found = _candidates(
        project,
        {APP: MODEL, LIB: BUILDER},
        "unsupported operand type(s) for |: 'tuple' and 'set'",
        (APP, "return replace(self, seen=self.seen | {what})"),
    )
    rank = _rank(found, "seen = frozenset(str(k) for k in raw)")
    assert rank is not None and rank <= 2, [c.description for c in found]


def test_it_converts_no_field_that_its_class_does_not_declare_a_set(project):
    found = _candidates(
        project,
        {APP: MODEL.replace("frozenset[str] = field(default_factory=frozenset)", "tuple = ()"), LIB: BUILDER},
        "unsupported operand type(s) for |: 'tuple' and 'set'",
        (APP, "return replace(self, seen=self.seen | {what})"),
    )
    assert _rank(found, "frozenset(str(k) for k in raw)") is None, [c.description for c in found]


def test_it_converts_no_field_when_the_operator_is_no_set_algebra(project):
    found = _candidates(
        project,
        {APP: MODEL, LIB: BUILDER},
        "unsupported operand type(s) for +: 'tuple' and 'set'",
        (APP, "return replace(self, seen=self.seen | {what})"),
    )
    assert _rank(found, "frozenset(str(k) for k in raw)") is None, [c.description for c in found]


def test_it_converts_no_local_of_the_fields_name_that_is_never_passed_as_the_field(project):
    # a local `seen` in another function, a list it appends to and returns: the same name, another
    # meaning; only a local handed on under the field's name (`"seen": seen`, `seen=seen`) makes the field
    history = """
        def history(raw):
            seen = list(raw)
            seen.append("end")
            return seen
        """
    found = _candidates(
        project,
        {APP: MODEL, LIB: BUILDER, "src/kiln/history.py": history},
        "unsupported operand type(s) for |: 'tuple' and 'set'",
        (APP, "return replace(self, seen=self.seen | {what})"),
    )
    assert not any("seen = frozenset(raw)" in c.new_source for c in found), [c.description for c in found]
    rank = _rank(found, "seen = frozenset(str(k) for k in raw)")
    assert rank is not None and rank <= 2, [c.description for c in found]


CHECKED = """
    from collections.abc import Mapping


    class Link:
        def __init__(self, target, options):
            if not isinstance(options, Mapping):
                raise TypeError("options must be a mapping of names to values")
            self.target = target
            self.options = dict(options)
    """
MAKER = """
    from kiln.shelf import Link


    def link(target, options=None):
        return Link(target, options=options or [])
    """


def test_it_falls_back_to_the_empty_kind_a_raised_message_demands_of_the_value_it_names(project):
    found = _candidates(
        project,
        {APP: CHECKED, LIB: MAKER},
        "options must be a mapping of names to values",
        (APP, 'raise TypeError("options must be a mapping of names to values")'),
        callers=[(LIB, "return Link(target, options=options or [])")],
    )
    rank = _rank(found, "options=options or {}")
    assert rank is not None and rank <= 2, [c.description for c in found]


def test_it_changes_no_fallback_already_of_the_demanded_kind_or_under_another_name(project):
    found = _candidates(
        project,
        {APP: CHECKED, LIB: MAKER.replace("options or []", "options or {}")},
        "options must be a mapping of names to values",
        (APP, 'raise TypeError("options must be a mapping of names to values")'),
        callers=[(LIB, "return Link(target, options=options or {})")],
    )
    assert not any("options or []" in c.new_source or "options or set()" in c.new_source for c in found)
    found = _candidates(
        project,
        {APP: CHECKED, LIB: MAKER},
        "flags must be a mapping of names to values",
        (APP, 'raise TypeError("options must be a mapping of names to values")'),
        callers=[(LIB, "return Link(target, options=options or [])")],
    )
    assert _rank(found, "options=options or {}") is None, [c.description for c in found]
