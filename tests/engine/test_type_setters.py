"""TYPE_ERROR at an attribute assignment whose setter checks the type (fixers/type_setters.py).

Every example is synthetic (none is a dev case): the family must fire on any project that stores a
value of the wrong kind through a typed setter."""

from __future__ import annotations

from .fixer_helpers import type_error_candidates as _candidates


def test_it_converts_a_number_stored_as_an_elements_text_to_str(project):
    candidates = _candidates(
        project,
        {
            "src/sitemap/write.py": """
                def priority_node(parent, make, entry):
                    node = make(parent, 'priority')
                    node.text = entry.weight * 2
                    return node
                """
        },
        "Argument must be bytes or unicode, got 'float'",
        ("src/sitemap/write.py", "node.text ="),
    )
    assert "node.text = str(entry.weight * 2)" in candidates[0].new_source


def test_it_converts_the_value_given_to_a_builtin_name_setter(project):
    candidates = _candidates(
        project,
        {
            "src/numbered/wrap.py": """
                def numbered(func, number):
                    def wrapper(*args):
                        return func(*args)
                    wrapper.__name__ = number
                    return wrapper
                """
        },
        "__name__ must be set to a string object",
        ("src/numbered/wrap.py", "wrapper.__name__ = number"),
    )
    assert "wrapper.__name__ = str(number)" in candidates[0].new_source


def test_it_converts_text_stored_through_a_number_setter(project):
    candidates = _candidates(
        project,
        {
            "src/gauge/panel.py": """
                def resize(panel, options):
                    panel.width = options.get('width')
                """
        },
        "width must be an integer, not 'str'",
        ("src/gauge/panel.py", "panel.width ="),
    )
    assert "panel.width = int(options.get('width'))" in candidates[0].new_source


def test_it_proposes_no_conversion_of_a_missing_value(project):
    candidates = _candidates(
        project,
        {
            "src/sitemap/none.py": """
                def label(node, entry):
                    node.text = entry.title
                """
        },
        "Argument must be bytes or unicode, got 'NoneType'",
        ("src/sitemap/none.py", "node.text ="),
    )
    assert not any("str(entry.title)" in c.new_source for c in candidates)


def test_it_ranks_the_conversion_inside_a_call_above_converting_the_stored_result(project):
    candidates = _candidates(
        project,
        {
            "src/gauge/level.py": """
                import math


                def settle(panel, raw):
                    panel.level = math.floor(raw)
                """
        },
        "must be real number, not str",
        ("src/gauge/level.py", "panel.level ="),
    )
    ranks = [c.description for c in candidates]
    stored = next(i for i, c in enumerate(candidates) if "float(math.floor(raw))" in c.new_source)
    inner = next(i for i, c in enumerate(candidates) if "math.floor(float(raw))" in c.new_source)
    assert inner < stored, ranks
