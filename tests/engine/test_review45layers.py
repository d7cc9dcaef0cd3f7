"""Round 45's review of pylayers19: line_unbound, left_unbound, foreign_arrow."""

from __future__ import annotations

from healer.engine.fixers.syntax_tokens import line_unbound


def test_line_unbound_counts_a_global_a_function_assigns_as_bound():
    # `global cache` in one function binds the module's `cache`: another function reading it
    # reads a bound name (a NameError only when nothing ran the first, as for any global).
    source = (
        "def setup():\n    global cache\n    cache = {}\n\n\n"
        "def get(key):\n    return cache.get(key)\n"
    )
    assert line_unbound(source, 7) == 0
    # A name nothing binds still counts.
    assert line_unbound(source.replace("cache.get", "store.get"), 7) == 1


def test_line_unbound_counts_a_method_reading_a_class_attribute_bare_as_unbound():
    source = "class A:\n    limit = 3\n\n    def m(self):\n        return limit\n"
    assert line_unbound(source, 5) == 1

