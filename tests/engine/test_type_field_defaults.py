"""A None forwarded over a field's empty default (fixers/type_field_defaults.py).

Every example is synthetic (none is a dev case): a builder passes its optional parameter into a record
whose field defaults to an empty container, and a method iterates the field."""

from __future__ import annotations

from .fixer_helpers import type_error_candidates as _candidates

MODELS = """
    from dataclasses import dataclass, field


    @dataclass
    class Recipe:
        title: str
        steps: list[str] = field(default_factory=list)
        notes: dict = field(default_factory=dict)
    """
BOOK = """
    from kitchen.models import Recipe


    class Book:
        def __init__(self):
            self.recipes = []

        def steps_with(self, word):
            return [r for r in self.recipes if any(word in s for s in r.steps)]
    """


def test_it_passes_the_fields_empty_default_where_the_none_is_forwarded(project):
    candidates = _candidates(
        project,
        {
            "kitchen/models.py": MODELS,
            "kitchen/book.py": BOOK,
            "kitchen/build.py": """
                from kitchen.models import Recipe


                def recipe_from(title, steps=None, notes=None):
                    return Recipe(title=title, steps=steps, notes=notes or {})
                """,
        },
        "'NoneType' object is not iterable",
        ("kitchen/book.py", "any(word in s"),
    )
    assert candidates[0].file == "kitchen/build.py"
    assert "return Recipe(title=title, steps=steps or [], notes=notes or {})" in candidates[0].new_source
    assert candidates[0].making_site  # preferred over a guard at the use when both pass


def test_it_leaves_a_forwarded_value_the_builder_already_defaults(project):
    candidates = _candidates(
        project,
        {
            "kitchen/models.py": MODELS,
            "kitchen/book.py": BOOK,
            "kitchen/build.py": """
                from kitchen.models import Recipe


                def recipe_from(title, steps=None, extra=()):
                    if steps is None:
                        steps = []
                    return Recipe(title=title, steps=steps, notes=dict(extra))


                def recipe_of(title, steps):
                    return Recipe(title=title, steps=steps)
                """,
        },
        "'NoneType' object is not iterable",
        ("kitchen/book.py", "any(word in s"),
    )
    assert not any(c.file == "kitchen/build.py" for c in candidates)


def test_it_leaves_a_field_whose_none_the_repository_tests_for(project):
    # `r.steps is None` tells a recipe whose steps were never given from one with none: there None
    # is a state the code means, so the guard belongs at the use that forgot it, not `steps or []`
    book = (
        BOOK
        + """
        def untested(self):
            return [r.title for r in self.recipes if r.steps is None]
    """
    )
    candidates = _candidates(
        project,
        {
            "kitchen/models.py": MODELS,
            "kitchen/book.py": book,
            "kitchen/build.py": """
                from kitchen.models import Recipe


                def recipe_from(title, steps=None):
                    return Recipe(title=title, steps=steps)
                """,
        },
        "'NoneType' object is not iterable",
        ("kitchen/book.py", "any(word in s"),
    )
    assert not any("steps=steps or []" in c.new_source for c in candidates)


def test_it_defaults_a_popped_option_to_the_mapping_its_items_are_written_into(project) -> None:
    # The None is made by the lookup's default two lines above the item assignment that refuses it:
    # the default is the repair (PyTER's None-default row), not a guard at the assignment.
    candidates = _candidates(
        project,
        {
            "kitchen/fields.py": """
                def tagged_field(label=None, **kwargs):
                    extra = kwargs.pop("extra", None)
                    if label is not None:
                        extra["label"] = label
                    return dict(extra=extra, **kwargs)
                """,
        },
        "'NoneType' object does not support item assignment",
        ("kitchen/fields.py", 'extra["label"] = label'),
    )
    assert candidates[0].file == "kitchen/fields.py"
    assert 'extra = kwargs.pop("extra", {})' in candidates[0].new_source
    assert candidates[0].making_site


def test_it_leaves_a_lookup_whose_none_the_function_tests(project) -> None:
    # `if extra is None` shows None is a state the code means: the default is not the fault there.
    candidates = _candidates(
        project,
        {
            "kitchen/fields.py": """
                def tagged_field(label=None, **kwargs):
                    extra = kwargs.pop("extra", None)
                    if extra is None:
                        return dict(**kwargs)
                    extra["label"] = label
                    return dict(extra=extra, **kwargs)
                """,
        },
        "'NoneType' object does not support item assignment",
        ("kitchen/fields.py", 'extra["label"] = label'),
    )
    assert not any('kwargs.pop("extra", {})' in c.new_source for c in candidates)


def test_it_leaves_a_lookup_whose_truth_the_function_tests(project) -> None:
    # `if extra:` tests the value's truth, so None is a state the code handles there, as with
    # `is None`: the fault is the guard (a lost `not`), and an empty default would only run the
    # branch meant for a given option with none (round 56's review).
    candidates = _candidates(
        project,
        {
            "kitchen/fields.py": """
                def tagged_field(label=None, **kwargs):
                    extra = kwargs.pop("extra", None)
                    if extra:
                        return dict(**kwargs)
                    extra["label"] = label
                    return dict(extra=extra, **kwargs)
                """,
        },
        "'NoneType' object does not support item assignment",
        ("kitchen/fields.py", 'extra["label"] = label'),
    )
    assert not any('kwargs.pop("extra", {})' in c.new_source for c in candidates)


def test_it_defaults_the_lookup_of_the_crashing_function_not_of_a_nested_one(project) -> None:
    # The nested `pick` binds its own `extra`, a local of another scope: the None refused in
    # `tagged_field` is made by its own `kwargs.pop`, however late the nested one is written
    # (round 56's review: the latest assignment was taken from every scope the function holds).
    candidates = _candidates(
        project,
        {
            "kitchen/fields.py": """
                def tagged_field(label=None, **kwargs):
                    extra = kwargs.pop("extra", None)

                    def pick(options):
                        extra = options.get("extra", None)
                        return extra

                    extra["label"] = pick(kwargs)
                    return dict(extra=extra, **kwargs)
                """,
        },
        "'NoneType' object does not support item assignment",
        ("kitchen/fields.py", 'extra["label"] = pick'),
    )
    assert 'extra = kwargs.pop("extra", {})' in candidates[0].new_source
    assert not any('options.get("extra", {})' in c.new_source for c in candidates)
