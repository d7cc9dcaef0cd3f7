"""The repository's methods by arity (fixers/type_errors.method_arities): class fields holding a function count."""

from __future__ import annotations

from healer.engine.javascript.fixers.type_errors import method_arities


def test_it_counts_a_class_field_holding_an_arrow_as_a_method():
    source = "class Passage {\n  describe = (): string => `x`;\n  one = x => x;\n  static k = function (a, b) { return a; };\n}\n"
    found = method_arities({"src/p.ts": source})
    assert found["describe"] == frozenset({0})
    assert found["one"] == frozenset({1})
    assert found["k"] == frozenset({2})


def test_it_leaves_a_field_holding_a_value_out():
    assert "size" not in method_arities({"src/p.js": "class P {\n  size = 3;\n  grow(n) {}\n}\n"})
