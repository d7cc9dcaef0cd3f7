"""Round 48 (pytypes22): LOGIC families read from the code beside the line (fixers/logic_pairs.py).

Round 47's held-out half (now dev r270-r278) missed LOGIC keys whose edit was not in the space: a call
leaving out the keyword its sibling calls pass, a value taken by position beside a min() of the same
collection, and two keywords given each other's variables. Each shape is written afresh; each test
fails before logic_pairs (no such candidate in `_scored_sources`).
"""

from __future__ import annotations

from healer.engine.fixers.lineedit import SourceFile
from healer.engine.fixers.logic import _scored_sources


def _news(source: str, line: int) -> list[str]:
    sf = SourceFile.parse("m.py", source)
    ranked = sorted(_scored_sources(sf, line, "AssertionError"), key=lambda item: -item[0])
    return [new for _prior, new, _description, _kind in ranked]


def _rank(source: str, line: int, fixed: str) -> int | None:
    return next((n for n, new in enumerate(_news(source, line), 1) if new == fixed), None)


WRITER = (
    "class Writer:\n"
    "    def _drain(self, force=False):\n"
    "        return force\n"
    "\n"
    "    def write(self, data):\n"
    "        self._drain()\n"
    "\n"
    "    def close(self):\n"
    "        self._drain()\n"
    "\n"
    "    def flush(self):\n"
    "        self._drain(force=True)\n"
)


def test_a_keyword_the_other_calls_pass_is_added_to_a_call_that_leaves_it_out():
    fixed = WRITER.replace(
        "    def close(self):\n        self._drain()", "    def close(self):\n        self._drain(force=True)"
    )
    rank = _rank(WRITER, 9, fixed)
    assert rank is not None and rank <= 3, _news(WRITER, 9)[:5]


def test_a_bool_default_no_call_passes_is_flipped_lower_and_agreeing_values_are_left_alone():
    source = "def run(quick=False):\n    return quick\n\n\ndef main():\n    return run()\n"
    assert any(new.endswith("def main():\n    return run(quick=True)\n") for new in _news(source, 6))
    # the other calls pass the default itself: nothing to add
    same = "def run(n=1):\n    return n\n\n\ndef a():\n    return run(n=1)\n\n\ndef b():\n    return run()\n"
    assert not any("run(n=" in new.split("def b():")[1] for new in _news(same, 10))


def test_the_value_beside_a_min_taken_by_position_is_the_max():
    source = "def common(words):\n    first = min(words)\n    last = words[-1]\n    return first, last\n"
    fixed = source.replace("last = words[-1]", "last = max(words)")
    rank = _rank(source, 3, fixed)
    assert rank is not None and rank <= 3, _news(source, 3)[:5]


def test_two_keywords_given_each_others_variables_are_swapped_back():
    source = "def call(f, name, size):\n    return f(name=size, size=name)\n"
    fixed = "def call(f, name, size):\n    return f(name=name, size=size)\n"
    rank = _rank(source, 2, fixed)
    assert rank is not None and rank <= 2, _news(source, 2)[:5]


def test_the_pair_families_stay_linear_on_a_large_module(monkeypatch):
    # 30,000 lines of calls of one function, a 16 KB line and deep nesting: the file's calls are
    # indexed once, not walked again for every line.
    lines = ["def step(force=False):", "    return force", "exec('q = 1')", "globals()['w'] = 2"]
    lines += [f"v{i} = step()" if i % 2 else f"v{i} = step(force=True)" for i in range(30_000)]
    lines.append("big = [" + ", ".join(["1"] * 5_500) + "]")
    lines.append("deep = " + "(" * 90 + "0" + ")" * 90)
    source = "\n".join(lines) + "\n"
    sf = SourceFile.parse("m.py", source)
    import healer.engine.fixers.logic_pairs as logic_pairs
    from healer.engine.fixers.logic_pairs import pair_rewrites

    # counted, not timed (review 48): one index (one walk) for the file's 2,000 lines read
    built = []

    class Counting(logic_pairs._FileIndex):
        def __init__(self, sf):
            built.append(sf)
            super().__init__(sf)

    monkeypatch.setattr(logic_pairs, "_FileIndex", Counting)
    count = sum(len(pair_rewrites(sf, line)) for line in range(5, 2_005))
    assert count >= 900
    assert built == [sf]


def test_a_positional_only_parameter_is_never_added_as_a_keyword():
    # review 48: `def step(x, force=False, /)` had `step(1)` rewritten to `step(1, force=True)`, a TypeError
    # on every run (a positional-only parameter cannot be passed by keyword); a keyword-only one still is
    from healer.engine.fixers.logic_pairs import keyword_added

    only = SourceFile.parse("m.py", "def step(x, force=False, /):\n    return force\n\nv = step(1)\n")
    assert only is not None and keyword_added(only, 4) == []
    named = SourceFile.parse("m.py", "def step(x, /, *, force=False):\n    return force\n\nv = step(1)\n")
    assert named is not None
    assert [r.description for r in keyword_added(named, 4)] == ["pass force=True to step(), not its default"]


def test_an_expression_nested_too_deep_to_dump_yields_no_pair_and_no_crash():
    # review 48: `hi = a + a + ... + a` (1,500 terms) beside `lo = min(...)` of the same sum, and a default of
    # that depth, raised RecursionError from ast.dump out of pair_rewrites: the LOGIC fixer, whose exception
    # the repair loop catches per fixer, lost every other candidate of the failure
    from healer.engine.fixers.logic_pairs import pair_rewrites

    chain = "+".join(["a"] * 1_500)
    source = f"def f(xs, a):\n    lo = min({chain})\n    hi = {chain}\n    return lo, hi\n"
    source += f"\n\ndef step(force={chain}):\n    return force\n\n\nv = step()\nw = step(force=1)\n"
    sf = SourceFile.parse("m.py", source)
    assert sf is not None
    assert pair_rewrites(sf, 3) == []
    assert [r.description for r in pair_rewrites(sf, 11)] == ["pass force=1 to step() as its other calls do"]
