"""Where the LOGIC search spends a case's budget: candidates that cannot be the fix are not offered."""

from __future__ import annotations

from tests.engine.test_logic_templates import _candidates


def test_it_never_offers_a_star_parameter_for_a_named_value(project):
    # `*args` and `**kwargs` left unread accept and ignore extras; putting them in place of a flag is
    # never the fix, and at the "bound but never read" prior they were tried first.
    _source, candidates = _candidates(
        project,
        """
        def keep(value, *args, exclude_none=False, **kwargs):
            return value is not None if exclude_none else value
        """,
        "return value",
    )
    described = [c.description for c in candidates]
    assert described, "no candidate at all"
    assert not [d for d in described if "use args instead" in d or "use kwargs instead" in d], described


def test_it_still_swaps_one_star_parameter_for_the_other(project):
    _source, candidates = _candidates(
        project,
        """
        def count(*args, **kwargs):
            return len(args)
        """,
        "return len",
    )
    assert "use kwargs instead of args" in [c.description for c in candidates]
