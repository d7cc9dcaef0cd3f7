"""The LOGIC fixer's context-ingredient families (fixers/logic_natural.py) and the index default's -1."""

from __future__ import annotations

from healer.engine.fixers.lineedit import SourceFile
from healer.engine.fixers.logic import _scored_sources
from healer.engine.fixers.logic_natural import (
    DEFAULT_WEIGHT,
    SAME_FUNCTION_CALLEE_PRIOR,
    SAME_STATEMENT_CALLEE_PRIOR,
    default_targets,
    natural_rewrites,
)
from healer.engine.fixers.logic_templates import applied


def _new_sources(source: str, line: int) -> list[str]:
    sf = SourceFile.parse("m.py", source)
    return [new for _rewrite, new in applied(sf, natural_rewrites(sf, line))]


def _depth(source: str, line: int, expected: str) -> int | None:
    sf = SourceFile.parse("m.py", source)
    ranked = sorted(_scored_sources(sf, line, "AssertionError"), key=lambda item: -item[0])
    distinct = list(dict.fromkeys(new for _prior, new, _description, _kind in ranked))
    return distinct.index(expected) + 1 if expected in distinct else None


def test_it_calls_the_callee_the_same_statement_calls_on_the_same_receiver():
    source = (
        "import math\n"
        "\n"
        "def year(y):\n"
        "    c = math.floor(365.25 * y - 0.75) if y < 0 else math.trunc(365.25 * y)\n"
        "    return c\n"
    )
    expected = source.replace("math.floor(", "math.trunc(")
    assert expected in _new_sources(source, 4)
    sf = SourceFile.parse("m.py", source)
    priors = {r.description.split(",")[0]: r.prior for r in natural_rewrites(sf, 4)}
    assert priors["call math.trunc instead of math.floor"] == SAME_STATEMENT_CALLEE_PRIOR


def test_it_takes_a_callee_of_the_function_at_a_lower_prior_and_never_one_of_another_arity():
    source = "def f(self, a):\n    x = self.push(a)\n    self.pop(a)\n    self.clear()\n    return x\n"
    sf = SourceFile.parse("m.py", source)
    found = {r.description.split(",")[0]: r.prior for r in natural_rewrites(sf, 2)}
    assert found == {"call self.pop instead of self.push": SAME_FUNCTION_CALLEE_PRIOR}


def test_it_passes_the_callers_parameter_on_to_the_defaulted_parameter_of_its_name():
    source = (
        "def _cached(version=None):\n"
        "    return version\n"
        "\n"
        "def in_stdlib(name, version=None):\n"
        "    ref = _cached()\n"
        "    return name in ref\n"
    )
    assert source.replace("_cached()\n", "_cached(version=version)\n") in _new_sources(source, 5)
    assert _depth(source, 5, source.replace("_cached()\n", "_cached(version=version)\n")) == 1
    # Passed already (by position or keyword), or no caller parameter of that name: nothing.
    for passed in ("_cached(version)", "_cached(version=None)"):
        assert _new_sources(source.replace("_cached()", passed), 5) == []
    assert _new_sources(source.replace("name, version=None", "name, v=None"), 5) == []


def test_it_passes_a_method_parameter_skipping_self():
    source = (
        "class C:\n"
        "    def load(self, path, strict=False):\n"
        "        return path\n"
        "    def run(self, path, strict):\n"
        "        return self.load(path)\n"
    )
    assert source.replace("self.load(path)", "self.load(path, strict=strict)") in _new_sources(source, 5)


def test_it_binds_the_name_the_value_reads():
    source = (
        "def bounds(node, ev):\n"
        "    lower = upper = step = None\n"
        "    if node.upper is not None:\n"
        "        step = ev(node.upper)\n"
        "    if node.step is not None:\n"
        "        step = ev(node.step)\n"
        "    return lower, upper, step\n"
    )
    expected = source.replace("step = ev(node.upper)", "upper = ev(node.upper)")
    assert _new_sources(source, 4) == [expected]
    assert _depth(source, 4, expected) == 1
    # A target the value already spells is left alone.
    assert _new_sources(source, 6) == []


def test_it_offers_minus_one_for_a_default_the_function_only_uses_as_an_index():
    source = (
        "class Multi:\n"
        "    def get(self, key, default=None, index=0):\n"
        "        try:\n"
        "            return self.dict[key][index]\n"
        "        except KeyError:\n"
        "            return default\n"
    )
    sf = SourceFile.parse("m.py", source)
    news = {new for _prior, new, _d, _k in _scored_sources(sf, 2, "AssertionError")}
    assert source.replace("index=0", "index=-1") in news
    counted = source.replace("self.dict[key][index]", "self.dict[key] * index")
    sf = SourceFile.parse("m.py", counted)
    news = {new for _prior, new, _d, _k in _scored_sources(sf, 2, "AssertionError")}
    assert counted.replace("index=0", "index=-1") not in news


def test_it_targets_the_default_of_a_parameter_the_best_line_reads():
    source = (
        "class Multi:\n"
        "    def get(self, key, default=None,\n"
        "            index=0):\n"
        "        return self.dict[key][index]\n"
    )
    found = default_targets([("m.py", 4, 2.0), ("m.py", 9, 1.0)], lambda _file: source)
    assert found == [("m.py", 3, DEFAULT_WEIGHT)]
    # A line that reads no defaulted parameter, or a default on the line itself, adds nothing.
    assert default_targets([("m.py", 4, 2.0)], lambda _file: source.replace("[index]", "[0]")) == []
    one_line = "def f(x=0): return x\n"
    assert default_targets([("m.py", 1, 1.0)], lambda _file: one_line) == []


def test_it_ranks_the_other_end_before_the_step_inwards_for_a_default_index():
    source = (
        "class Multi:\n    def get(self, key, default=None, index=0):\n        return self.dict[key][index]\n"
    )
    last, inward = source.replace("index=0", "index=-1"), source.replace("index=0", "index=1")
    assert _depth(source, 2, last) < _depth(source, 2, inward)
