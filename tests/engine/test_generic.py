"""The generic single-edit fixer: each operator family, exact splices, nothing offered that does not compile."""

from __future__ import annotations

import ast

from healer.engine.fixers.base import RepairContext
from healer.engine.fixers.generic import GenericEdits, GenericFixer, callee_returns, generic_edits
from healer.engine.fixers.lineedit import SourceFile
from healer.engine.fixers.logic import LogicFixer
from healer.engine.repair import Engine, EngineConfig
from healer.engine.types import BugType, CheckReport, Failure, FixStatus

from .conftest import PYPROJECT_SRC


def _new_texts(source: str, line: int) -> dict[str, str]:
    """description -> new source of every generic edit of `line` that applies."""
    sf = SourceFile.parse("m.py", source)
    assert sf is not None
    found = {}
    for edit in generic_edits(sf, line):
        new = sf.apply(edit)
        if new is not None:
            found[edit.description] = new
    return found


def _only_line_changed(old: str, new: str, line: int) -> None:
    old_lines, new_lines = old.splitlines(keepends=True), new.splitlines(keepends=True)
    assert len(old_lines) == len(new_lines)
    for number, (a, b) in enumerate(zip(old_lines, new_lines, strict=True), start=1):
        if number != line:
            assert a == b


def _line(text: str, line: int) -> str:
    return text.splitlines()[line - 1]


def test_it_replaces_string_concatenation_by_formatting_and_back():
    source = "def tag(text):\n    return '<b>%s' + text  # keep me\n"
    texts = _new_texts(source, 2)
    assert _line(texts["use % instead of +"], 2) == "    return '<b>%s' % text  # keep me"
    _only_line_changed(source, texts["use % instead of +"], 2)
    assert "use * instead of +" in texts  # the whole family, strings included
    sf = SourceFile.parse("m.py", "def tag(text):\n    return '<b>%s' ^ text\n")
    priors = {e.description: e.prior for e in generic_edits(sf, 2)}
    # `^` is not defined on str: concatenation and formatting come first.
    assert priors["use % instead of ^"] == priors["use + instead of ^"] > priors["use * instead of ^"]


def test_it_replaces_comparisons_across_identity_and_order():
    source = "def last(curr, root):\n    while curr <= root:\n        curr = curr.next\n"
    texts = _new_texts(source, 2)
    assert _line(texts["use is not instead of <="], 2) == "    while curr is not root:"
    assert "use in instead of <=" not in texts  # membership stays within its own family
    membership = _new_texts("def has(x, xs):\n    return x in xs\n", 2)
    assert set(membership) >= {"use not in instead of in"}
    assert not any("<" in d for d in membership)


def test_it_negates_one_operand_of_a_boolean_operator():
    source = "def keep(items, flag):\n    if items and flag:\n        return 1\n    return 0\n"
    texts = _new_texts(source, 2)
    assert _line(texts["negate flag in the and condition"], 2) == "    if items and not flag:"
    assert _line(texts["negate items in the and condition"], 2) == "    if not items and flag:"
    nested = _new_texts("def f(a, b, c):\n    return a or (b and c)\n", 2)
    assert _line(nested["negate b and c in the or condition"], 2) == "    return a or (not (b and c))"


def test_it_replaces_constants_floats_strings_and_none():
    texts = _new_texts("def jd(x):\n    return x / 3.0\n", 2)
    assert _line(texts["use 4.0 instead of 3.0"], 2) == "    return x / 4.0"
    assert _line(texts["use 0.0 instead of 3.0"], 2) == "    return x / 0.0"
    negative = _new_texts("def f(x):\n    return x[-2]\n", 2)
    assert _line(negative["use -1 instead of -2"], 2) == "    return x[-1]"
    strings = _new_texts("def sep():\n    return ', '\n", 2)
    assert _line(strings["use \"\" instead of ', '"], 2) == '    return ""'
    none = _new_texts("def f():\n    return None\n", 2)
    assert {"use True instead of None", "use False instead of None"} <= set(none)


def test_it_flips_the_sign_of_a_range_step_first():
    sf = SourceFile.parse("m.py", "def f(s):\n    for i in range(len(s) - 1, 0, 1):\n        pass\n")
    priors = {sf.apply(e).splitlines()[1].strip(): e.prior for e in generic_edits(sf, 2) if e.kind == "crp"}
    assert priors["for i in range(len(s) - 1, 0, -1):"] > priors["for i in range(len(s) - 1, 0, 2):"]
    assert priors["for i in range(len(s) - 1, 0, -1):"] > priors["for i in range(len(s) - -1, 0, 1):"]
    back = SourceFile.parse("m.py", "def f(s):\n    for i in range(0, len(s), -1):\n        pass\n")
    edits = {e.description: e for e in generic_edits(back, 2)}
    assert back.apply(edits["use 1 instead of -1"]).splitlines()[1] == "    for i in range(0, len(s), 1):"
    assert edits["use 1 instead of -1"].prior > edits["use 0 instead of -1"].prior


def test_it_leaves_docstrings_and_fstring_parts_alone():
    source = 'def f(x):\n    "doc"\n    return f"{x}!"\n'
    assert not [d for d in _new_texts(source, 2) if "doc" in d]
    assert not [d for d in _new_texts(source, 3) if "!" in d]


def test_it_inserts_a_unary_minus_and_drops_a_returned_value():
    texts = _new_texts("def f(a, b):\n    return a - b\n", 2)
    assert _line(texts["use -b"], 2) == "    return a - -b"
    assert _line(texts["return None"], 2) == "    return None"


def test_it_gives_an_empty_loop_back_an_iterable_in_scope():
    source = "def total(self, prices):\n    s = 0\n    for p in []:\n        s += p\n    return s\n"
    texts = _new_texts(source, 3)
    assert _line(texts["iterate over prices instead of an empty literal"], 3) == "    for p in prices:"
    assert not any("over p " in d for d in texts)  # never the loop's own target


def test_it_never_offers_a_candidate_that_does_not_compile(project, monkeypatch):
    from healer.engine.fixers import generic
    from healer.engine.fixers.lineedit import Edit

    source = "def f(a, b):\n    if a < b and a:\n        return a + 1\n    return -b\n"
    ws = project({"m.py": source})
    failure = Failure(bug_type=BugType.LOGIC, file="m.py", line=2, message="m", source="pytest")
    ctx = RepairContext(
        workspace=ws,
        report=CheckReport(),
        source_files=("m.py",),
        suspicious=[("m.py", 2, 1.0), ("m.py", 3, 0.9), ("m.py", 4, 0.8)],
    )
    real = generic.generic_edits
    # `break` outside a loop parses but does not compile: it must never be offered.
    broken = Edit(4, ((4, 13, "break"),), "break out", 0.99, "test")
    monkeypatch.setattr(generic, "generic_edits", lambda sf, line: [*real(sf, line), broken])
    candidates = GenericFixer().candidates(failure, ctx)
    assert len(candidates) > 10
    assert "break out" not in {c.description for c in candidates}
    assert len({c.new_source for c in candidates}) == len(candidates)  # deduplicated
    for candidate in candidates:
        compile(candidate.new_source, "m.py", "exec")
        _only_line_changed(source, candidate.new_source, candidate.line)
        assert 0 < candidate.priority < 1


def test_it_ranks_its_edits_below_the_logic_fixers_at_the_same_line(project):
    source = "def f(a, b):\n    return a - b\n"
    ws = project({"m.py": source})
    failure = Failure(bug_type=BugType.LOGIC, file="m.py", line=2, message="m", source="pytest")
    ctx = RepairContext(workspace=ws, report=CheckReport(), source_files=("m.py",))
    focused = {c.new_source: c.priority for c in LogicFixer().candidates(failure, ctx)}
    generic = GenericFixer().candidates(failure, ctx)
    plus = next(c for c in generic if "a + b" in c.new_source)
    assert plus.priority > focused[source.replace("a - b", "a + b")]


def test_it_follows_a_crashing_value_into_the_callee_that_returned_it():
    source = (
        "def to_int(s):\n"
        "    n = 1\n"
        "    for c in s:\n"
        "        n = n * 10 + int(c)\n"
        "    return n\n"
        "\n"
        "def check(s):\n"
        "    return range(to_int(s))[5]\n"
    )
    sf = SourceFile.parse("m.py", source)
    assert callee_returns(sf, 8) == [5, 2, 4, 3]  # the return, what n came from, and c


def test_it_covers_augmented_assignments():
    sf = SourceFile.parse("m.py", "def f(t, x):\n    t -= x\n    return t\n")
    edits = GenericEdits(sf, 2).all()
    new = {sf.apply(e) for e in edits}
    assert "def f(t, x):\n    t += x\n    return t\n" in new
    for text in new - {None}:
        ast.parse(text)


COUNTER = """\
def count_kept(items, skip):
    kept = 0
    for item in items:
        if item and item in skip:
            kept += 1
    return kept
"""
COUNTER_TESTS = """\
from counter import count_kept


def test_nothing_skipped():
    assert count_kept([1, 2, 3], set()) == 3


def test_some_skipped():
    assert count_kept([1, 2, 3, 4, 0], {2}) == 3
    assert count_kept([5, 6], {5}) == 1


def test_empty():
    assert count_kept([], {1}) == 0
"""


def test_it_heals_a_bug_only_the_generic_families_reach(project, local_sandbox):
    # A membership test written as a call inside an `and` lacks its `not`: only conditional
    # operator insertion on one operand (COI) gives the fix; the LOGIC fixer has no such edit.
    source = COUNTER.replace("item in skip", "skip.__contains__(item)")
    fixed = source.replace("item and skip", "item and not skip")
    ws = project(
        {"pyproject.toml": PYPROJECT_SRC, "src/counter.py": source, "tests/test_counter.py": COUNTER_TESTS}
    )
    failure = Failure(bug_type=BugType.LOGIC, file="src/counter.py", line=4, message="m", source="pytest")
    ctx = RepairContext(
        workspace=ws,
        report=CheckReport(),
        test_files=frozenset({"tests/test_counter.py"}),
        source_files=("src/counter.py",),
    )
    assert fixed not in {c.new_source for c in LogicFixer().candidates(failure, ctx)}
    lines: list[str] = []
    engine = Engine(
        workspace=ws,
        sandbox=local_sandbox,
        config=EngineConfig(test_timeout=20),
        log=lines.append,
        fixers=[LogicFixer(), GenericFixer()],
    )
    engine.discover()
    report = engine.check()
    assert report.failed == 2
    outcomes = list(engine.repair(report))
    assert [o.status for o in outcomes] == [FixStatus.FIXED], lines
    assert ws.read_text("src/counter.py") == fixed, outcomes[0].fix_line
    assert outcomes[0].fix_line == (
        "LOGIC error in src/counter.py line 4 → Fix: negate skip.__contains__(item) in the and condition"
    )
    assert ws.read_text("tests/test_counter.py") == COUNTER_TESTS
    assert engine.check().ok


def test_it_offers_the_connector_swap_and_the_dropped_not_that_a_type_error_needs():
    source = (
        "def pick(table, i, repl):\n"
        "    if table or len(table) > i:\n"
        "        return 1\n"
        "    if not repl is None:\n"
        "        return 2\n"
        "    return a or b\n"
    )
    guard = {e.description: e.prior for e in generic_edits(SourceFile.parse("m.py", source), 2)}
    assert _line(_new_texts(source, 2)["use and instead of or"], 2) == "    if table and len(table) > i:"
    assert _line(_new_texts(source, 4)["drop the not from not repl is None"], 4) == "    if repl is None:"
    plain = {e.description: e.prior for e in generic_edits(SourceFile.parse("m.py", source), 6)}
    # A connector between a test of a value and its use is a short-circuit guard: ranked high.
    assert guard["use and instead of or"] > plain["use and instead of or"]


def test_a_comparison_that_tests_what_a_later_operand_uses_is_a_guard_too():
    # multimethod's `... in params or (... not in args and sig(*params))` mutated to `and`: the
    # membership test short-circuits the call that then raised, and its swap came after every
    # `not` inserted in front of an operand (a wrong one of those was accepted first).
    source = (
        "def check(params, args, sig):\n"
        "    return ... in params and (... not in args and sig(*params))\n"
        "def other(x, y, z):\n"
        "    return x < 0 and y > z\n"
    )
    edits = generic_edits(SourceFile.parse("m.py", source), 2)
    guard = {e.description: e.prior for e in edits}
    swaps = [e.prior for e in edits if e.description == "use or instead of and"]  # outer and inner
    assert max(swaps) > guard["negate ... in params in the and condition"]
    plain = {e.description: e.prior for e in generic_edits(SourceFile.parse("m.py", source), 4)}
    assert plain["use or instead of and"] < plain["negate x < 0 in the and condition"]
    none = "def f(x):\n    return x is not None or len(x) > 2\n"
    guarded_none = {e.description: e.prior for e in generic_edits(SourceFile.parse("m.py", none), 2)}
    assert guarded_none["use and instead of or"] == max(swaps)


LOOKUP = """\
def lookup(table, i):
    if table or len(table) > i:
        return table[i]
    return None
"""
LOOKUP_TESTS = """\
from lookup import lookup


def test_missing_table():
    assert lookup(None, 0) is None


def test_found():
    assert lookup(["a", "b"], 1) == "b"
"""


def test_it_mends_a_short_circuit_guard_rather_than_guarding_the_crash_against_none(project, local_sandbox):
    # `table or len(table)` lets None reach len(): the connector is the bug. A None-guard at the
    # crash (`len(table or [])`) passes these tests too, but only hides the slip.
    from healer.engine.fixers.type_errors import TypeErrorFixer

    ws = project(
        {"pyproject.toml": PYPROJECT_SRC, "src/lookup.py": LOOKUP, "tests/test_lookup.py": LOOKUP_TESTS}
    )
    lines: list[str] = []
    engine = Engine(
        workspace=ws,
        sandbox=local_sandbox,
        config=EngineConfig(test_timeout=20),
        log=lines.append,
        fixers=[TypeErrorFixer(), GenericFixer()],
    )
    engine.discover()
    report = engine.check()
    assert [f.bug_type for f in report.failures] == [BugType.TYPE_ERROR]
    outcomes = list(engine.repair(report))
    assert [o.status for o in outcomes] == [FixStatus.FIXED], lines
    assert ws.read_text("src/lookup.py") == LOOKUP.replace("table or len", "table and len"), lines


def test_it_marks_an_arithmetic_swap_under_a_type_error_a_guard_and_not_under_a_logic_failure(project):
    # `sizes[key] += len(blob)` on a list entry: `*=` repeats the list and the TypeError goes, while
    # the entry made the wrong kind elsewhere stays. Only tests that then pass are evidence for it.
    source = "def add(sizes, key, blob):\n    sizes[key] += len(blob)\n    return sizes\n"
    ws = project({"m.py": source})
    ctx = RepairContext(workspace=ws, report=CheckReport(), source_files=("m.py",))
    swaps = {}
    for kind in (BugType.TYPE_ERROR, BugType.LOGIC):
        failure = Failure(bug_type=kind, file="m.py", line=2, message="m", source="pytest")
        swaps[kind] = next(
            c for c in GenericFixer().candidates(failure, ctx) if "sizes[key] *= " in c.new_source
        )
    assert swaps[BugType.TYPE_ERROR].guard
    assert not swaps[BugType.LOGIC].guard
