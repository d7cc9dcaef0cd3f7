"""LOGIC fixer: one-line mutations at suspicious lines, ranked, specific, never in tests."""

from __future__ import annotations

import re
import textwrap

import pytest

from healer.engine.fixers.base import RepairContext
from healer.engine.fixers.lineedit import SourceFile, split_lines
from healer.engine.fixers.logic import DEAD_ADVANCE_PRIOR, FIXERS, LogicFixer, line_edits
from healer.engine.types import BugType, CheckReport, Failure

SRC = "src/calc.py"


def _ctx(ws, suspicious, tests=("tests/test_calc.py",)):
    return RepairContext(
        workspace=ws, report=CheckReport(), suspicious=list(suspicious), test_files=frozenset(tests)
    )


def _failure(file=SRC, line=1, **extra):
    return Failure(
        bug_type=BugType.LOGIC,
        file=file,
        line=line,
        message="AssertionError: assert 3 == 4",
        source="pytest",
        code="AssertionError",
        extra=dict(extra),
    )


def _line_of(source: str, needle: str) -> int:
    for number, line in enumerate(split_lines(source), start=1):
        if needle in line:
            return number
    raise AssertionError(f"{needle!r} not in source")


def _run(project, source, needle, *, others=(), fixer=None):
    """Candidates for a bug on the line holding `needle`; other (less suspicious) lines named by `others`."""
    source = textwrap.dedent(source)
    ws = project({SRC: source, "tests/test_calc.py": "def test_it():\n    assert True\n"})
    line = _line_of(source, needle)
    suspicious = [(SRC, line, 1.0)] + [(SRC, _line_of(source, o), 0.7) for o in others]
    return source, line, list((fixer or LogicFixer()).candidates(_failure(line=line), _ctx(ws, suspicious)))


FAMILIES = [
    # (id, buggy source, needle naming the faulty line, fixed line, description, max rank)
    (
        "add-sub",
        """
        def f_to_c(fahrenheit):
            return (fahrenheit + 32) * 5 / 9
        """,
        "fahrenheit + 32",
        "    return (fahrenheit - 32) * 5 / 9",
        "subtract 32 instead of adding it",
        1,
    ),
    (
        "mult-div",
        """
        def per_item(total, count):
            return total * count
        """,
        "total * count",
        "    return total / count",
        "divide by count instead of multiplying by it",
        2,
    ),
    (
        "div-floordiv",
        """
        def middle(lo, hi):
            return (lo + hi) / 2
        """,
        "(lo + hi) / 2",
        "    return (lo + hi) // 2",
        "use integer division // instead of /",
        3,
    ),
    (
        "floordiv-mod",
        """
        def is_even(n):
            return n // 2 == 0
        """,
        "n // 2",
        "    return n % 2 == 0",
        "use % instead of //",
        5,
    ),
    (
        "strict-comparison",
        """
        class Queue:
            def __init__(self, maxsize):
                self.maxsize = maxsize
                self.items = []

            def full(self):
                return len(self.items) > self.maxsize
        """,
        "len(self.items) > self.maxsize",
        "        return len(self.items) >= self.maxsize",
        "use >= instead of >",
        1,
    ),
    (
        "equality",
        """
        def differs(a, b):
            return a == b
        """,
        "a == b",
        "    return a != b",
        "use != instead of ==",
        1,
    ),
    (
        "membership",
        """
        def unknown(word, vocabulary):
            return word in vocabulary
        """,
        "word in vocabulary",
        "    return word not in vocabulary",
        "use not in instead of in",
        1,
    ),
    (
        "and-or",
        """
        def allowed(is_admin, is_owner):
            return is_admin and is_owner
        """,
        "is_admin and is_owner",
        "    return is_admin or is_owner",
        "use or instead of and",
        1,
    ),
    (
        "negate-filter",
        """
        def failing(students):
            return sorted(s.name for s in students if s.passed)
        """,
        "if s.passed",
        "    return sorted(s.name for s in students if not s.passed)",
        "negate the filter condition s.passed",
        1,
    ),
    (
        "negate-if",
        """
        def label(n, flag):
            if flag:
                return f"{n}: yes"
            return f"{n}: no"
        """,
        "if flag",
        "    if not flag:",
        "negate the condition flag",
        1,
    ),
    (
        "drop-not",
        """
        def cached(cache, key):
            if not key in cache:
                return cache[key]
            return None
        """,
        "if not key in cache",
        "    if key in cache:",
        "drop the not from the condition not key in cache",
        2,
    ),
    (
        "off-by-one-range",
        """
        def bigrams(tokens):
            pairs = []
            for i in range(len(tokens) - 2):
                pairs.append((tokens[i], tokens[i + 1]))
            return pairs
        """,
        "range(len(tokens) - 2)",
        "    for i in range(len(tokens) - 1):",
        "use len(tokens) - 1 instead of len(tokens) - 2",
        3,
    ),
    (
        "range-stop",
        """
        def squares(n):
            return [i * i for i in range(n)]
        """,
        "range(n)",
        "    return [i * i for i in range(n + 1)]",
        "use range(n + 1) instead of range(n)",
        3,
    ),
    (
        "slice-stop",
        """
        def head(items, n):
            return items[:n]
        """,
        "items[:n]",
        "    return items[:n + 1]",
        "use items[:n + 1] instead of items[:n]",
        2,
    ),
    (
        "constant-in-comparison",
        """
        def adult(age):
            return age >= 19
        """,
        "age >= 19",
        "    return age >= 18",
        "use age >= 18 instead of age >= 19",
        3,
    ),
    (
        "operand-swap-sub",
        """
        class Discrepancy:
            def __init__(self, expected, counted):
                self.expected = expected
                self.counted = counted

            def delta(self):
                return self.expected - self.counted
        """,
        "self.expected - self.counted",
        "        return self.counted - self.expected",
        "subtract self.expected from self.counted",
        2,
    ),
    (
        "operand-swap-div",
        """
        def share(part, total):
            return total / part
        """,
        "total / part",
        "    return part / total",
        "divide part by total",
        4,
    ),
    (
        "argument-swap",
        """
        def power(base, exp):
            return base ** exp

        def cube(x):
            return power(3, x)
        """,
        "power(3, x)",
        "    return power(x, 3)",
        "swap the arguments 3 and x of power",
        4,
    ),
    (
        "wrong-variable",
        """
        def area(width, height):
            return width * width
        """,
        "width * width",
        "    return width * height",
        "use width * height instead of width * width",
        4,
    ),
    (
        "unused-parameter",
        """
        def net_price(price, discount, tax):
            return (price - discount) * (1 + price)
        """,
        "(1 + price)",
        "    return (price - discount) * (1 + tax)",
        "use 1 + tax instead of 1 + price",
        3,
    ),
    (
        "wrong-attribute",
        """
        class Box:
            def __init__(self, width, height):
                self.width = width
                self.height = height

            def tall(self):
                return self.width > 10
        """,
        "self.width > 10",
        "        return self.height > 10",
        "use self.height instead of self.width",
        6,
    ),
    (
        "return-constant",
        """
        def is_empty(items):
            for _ in items:
                return True
            return True
        """,
        "return True\n",
        "        return False",
        "return False instead of True",
        1,
    ),
    (
        "min-max",
        """
        def highest(scores):
            return min(scores)
        """,
        "min(scores)",
        "    return max(scores)",
        "use max instead of min",
        1,
    ),
    (
        "augmented-assignment",
        """
        def balance(entries):
            total = 0
            for amount in entries:
                total -= amount
            return total
        """,
        "total -= amount",
        "        total += amount",
        "use += instead of -=",
        1,
    ),
    (
        "loop-control",
        """
        def first_negative(values):
            found = None
            for v in values:
                if v < 0:
                    found = v
                    continue
            return found
        """,
        "continue",
        "            break",
        "use break instead of continue",
        1,
    ),
    (
        "accumulate",
        """
        def total(prices):
            result = 0
            for price in prices:
                result = price
            return result
        """,
        "result = price",
        "        result += price",
        "accumulate into result with += instead of =",
        2,
    ),
    (
        "sort-order",
        """
        def leaders(scores):
            return sorted(scores)[:3]
        """,
        "sorted(scores)",
        "    return sorted(scores, reverse=True)[:3]",
        "sort in descending order",
        5,
    ),
    (
        "int-round",
        """
        def percent(part, whole):
            return int(100 * part / whole)
        """,
        "int(100",
        "    return round(100 * part / whole)",
        "use round instead of int",
        8,
    ),
    (
        "chained-comparison",
        """
        def valid(score):
            return 0 < score <= 100
        """,
        "0 < score <= 100",
        "    return 0 <= score <= 100",
        "use 0 <= score instead of 0 < score",
        2,
    ),
    (
        "forwarded-sign",
        """
        class Counter:
            def incr(self, name, count=1):
                self.send(name, count)

            def decr(self, name, count=1):
                self.incr(name, count)
        """,
        "self.incr(name, count)",
        "        self.incr(name, -count)",
        "pass -count instead of count",
        6,
    ),
    (
        "chain-order",
        """
        def escape(s):
            return s.replace("<", "&lt;").replace(">", "&gt;").replace("&", "&amp;")
        """,
        'replace("&", "&amp;")',
        '    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")',
        'apply replace("&", "&amp;") first',
        1,
    ),
    (
        "concat-order",
        """
        def pair_key(table, prev, curr):
            return table.get(curr + prev)
        """,
        "curr + prev",
        "    return table.get(prev + curr)",
        "swap the operands of +",
        6,
    ),
    (
        "blank-test",
        """
        def content_lines(lines):
            return [line for line in lines if line != ""]
        """,
        'line != ""',
        '    return [line for line in lines if line.strip() != ""]',
        "compare line.strip() with ''",
        6,
    ),
]


@pytest.mark.parametrize(
    ("source", "needle", "fixed_line", "description", "max_rank"),
    [pytest.param(*case[1:], id=case[0]) for case in FAMILIES],
)
def test_it_generates_and_ranks_the_fix_for_each_family(
    project, source, needle, fixed_line, description, max_rank
):
    source, line, candidates = _run(project, source, needle)
    lines = split_lines(source)
    fixed_source = "".join(lines[: line - 1]) + fixed_line + "\n" + "".join(lines[line:])
    matching = [i for i, c in enumerate(candidates) if c.new_source == fixed_source]
    assert matching, [c.description for c in candidates]
    best = candidates[matching[0]]
    assert matching[0] + 1 <= max_rank, [c.description for c in candidates[: matching[0] + 1]]
    assert best.description == description
    assert best.line == line
    assert best.file == SRC
    assert best.bug_type is BugType.LOGIC


def test_it_keeps_every_other_line_byte_identical(project):
    source = (
        "# -*- coding: utf-8 -*-\r\n"
        "PRICES = {'café': 3, 'thé': 2}\r\n"
        "\r\n"
        "def total(items, discount):\r\n"
        "    label = 'réduction'; return sum(PRICES[i] for i in items) - discount * 2 if items else 0\r\n"
        "\r\n"
        "def tail(items):\r\n"
        "    return items[1:]  # no newline at the end"
    )
    ws = project({SRC: "", "tests/test_calc.py": "def test_it():\n    pass\n"})
    (ws.root / SRC).write_bytes(source.encode("utf-8"))
    ctx = _ctx(ws, [(SRC, 5, 1.0), (SRC, 8, 0.9)])
    candidates = LogicFixer(max_candidates=200).candidates(_failure(line=5), ctx)
    assert len(candidates) > 10
    original = split_lines(source)
    for candidate in candidates:
        new = split_lines(candidate.new_source)
        assert len(new) == len(original)
        changed = [i + 1 for i, (a, b) in enumerate(zip(original, new, strict=True)) if a != b]
        assert changed == [candidate.line], candidate.description
        # The line ending of the edited line is kept too.
        assert new[candidate.line - 1].endswith("\r\n") == original[candidate.line - 1].endswith("\r\n")
    # Non-ASCII text before the operator on the line does not shift the edit (ast columns are bytes).
    assert any(
        c.new_source == source.replace("- discount * 2", "+ discount * 2")
        and c.description == "use + instead of -"
        for c in candidates
    )


def test_it_gives_specific_distinct_descriptions(project):
    source, line, candidates = _run(
        project,
        """
        def score(a, b, c):
            return a - b + c * 2 if a > b else c - a
        """,
        "return a - b",
    )
    old_line = split_lines(source)[line - 1]
    assert len(candidates) >= 10
    # Different edits never share one description: each says what changed.
    by_description = {}
    for c in candidates:
        by_description.setdefault(c.description, set()).add(c.new_source)
    assert all(len(v) == 1 for v in by_description.values()), by_description.keys()
    for c in candidates:
        new_line = split_lines(c.new_source)[line - 1]
        found = re.fullmatch(r"use (.+) instead of (.+?)(?: in (.+))?", c.description)
        if found:
            # "use NEW instead of OLD": OLD is on the line before, NEW after the edit.
            assert found.group(2) in old_line and found.group(1) in new_line, c.description
        else:
            verbs = (
                "subtract",
                "add",
                "swap",
                "negate",
                "drop",
                "divide",
                "reverse",
                "sort",
                "test",
                "delete",
            )
            assert c.description.startswith(verbs), c.description
    assert "use <= instead of >" in by_description
    assert "subtract b from a" not in by_description  # it would describe `b - a` backwards
    assert "subtract a from b" in by_description or "subtract a from c" in by_description


def test_it_never_targets_a_test_file(project):
    source = "def double(x):\n    return x + x\n"
    test_source = "from calc import double\n\ndef test_it():\n    assert double(2) == 5\n"
    ws = project({SRC: source, "tests/test_calc.py": test_source})
    ctx = _ctx(ws, [("tests/test_calc.py", 4, 1.0), (SRC, 2, 0.8)])
    failure = _failure(
        file="tests/test_calc.py",
        line=4,
        frames=[{"file": "tests/test_calc.py", "line": 4, "function": "test_it"}],
    )
    candidates = LogicFixer().candidates(failure, ctx)
    assert candidates
    assert {c.file for c in candidates} == {SRC}


def test_it_uses_repository_frames_when_there_is_no_spectrum(project):
    source = "def check(n):\n    if n > 10:\n        raise ValueError('too big')\n    return n\n"
    ws = project({SRC: source, "tests/test_calc.py": "def test_it():\n    pass\n"})
    frames = [
        {"file": "tests/test_calc.py", "line": 3, "function": "test_it"},
        {"file": SRC, "line": 2, "function": "check"},
    ]
    failure = _failure(file="tests/test_calc.py", line=3, frames=frames)
    candidates = LogicFixer().candidates(failure, _ctx(ws, []))
    assert candidates[0].line == 2
    assert candidates[0].description == "use >= instead of >"


def test_it_prefers_the_more_suspicious_line(project):
    source = "def a(x):\n    return x + 1\n\ndef b(x):\n    return x - 1\n"
    ws = project({SRC: source, "tests/test_calc.py": "def test_it():\n    pass\n"})
    candidates = LogicFixer().candidates(_failure(line=5), _ctx(ws, [(SRC, 5, 1.0), (SRC, 2, 0.3)]))
    assert candidates[0].line == 5
    assert [c.priority for c in candidates] == sorted(c.priority for c in candidates)


def test_it_caps_and_deduplicates(project):
    source = "def f(a, b, c, d):\n    return (a + b) * (c - d) / (a - c) + min(a, b, c) - max(b, d)\n"
    ws = project({SRC: source, "tests/test_calc.py": "def test_it():\n    pass\n"})
    ctx = _ctx(ws, [(SRC, 2, 1.0)])
    many = LogicFixer(max_candidates=500).candidates(_failure(line=2), ctx)
    few = LogicFixer(max_candidates=7).candidates(_failure(line=2), ctx)
    assert len(many) > 20
    assert len({c.new_source for c in many}) == len(many)
    assert [c.new_source for c in few] == [c.new_source for c in many[:7]]
    assert all(c.new_source != source for c in many)


@pytest.mark.parametrize(
    "source",
    ["def broken(:\n    return 1\n", "", "import os\n"],
    ids=["syntax-error", "empty", "nothing-to-mutate"],
)
def test_it_gives_nothing_for_files_it_cannot_mutate(project, source):
    ws = project({SRC: source, "tests/test_calc.py": "def test_it():\n    pass\n"})
    assert LogicFixer().candidates(_failure(line=1), _ctx(ws, [(SRC, 1, 1.0)])) == []


def test_it_ignores_missing_files_and_fields(project):
    ws = project({SRC: "def f(x):\n    return x + 1\n", "tests/test_calc.py": "def test_it():\n    pass\n"})
    failure = Failure(
        bug_type=BugType.LOGIC, file="", line=0, message="", source="pytest", extra={"frames": "junk"}
    )
    ctx = _ctx(ws, [("src/gone.py", 3, 1.0), (SRC, 99, 0.9), (SRC, 2, 0.5)])
    candidates = LogicFixer().candidates(failure, ctx)
    assert candidates and {c.line for c in candidates} == {2}


def test_it_is_registered_for_logic():
    assert [type(f) for f in FIXERS] == [LogicFixer]
    # IMPORT only for a module attribute missing on a guarded path (branch_chose_module), TYPE_ERROR only
    # for one the code raised on purpose (raised_by_own_check).
    assert FIXERS[0].bug_types == frozenset({BugType.LOGIC, BugType.IMPORT, BugType.TYPE_ERROR})


def test_a_constant_condition_that_never_runs_its_loop_is_tried_first(project):
    source = """
        def read_until(stream, marker):
            count = len(stream) - 1
            while False:
                if stream[count] == marker:
                    break
                count -= 1
            return count
        """
    source, line, candidates = _run(project, source, "while False", others=["if stream[count] == marker"])
    assert candidates[0].description == "use True instead of False"
    assert candidates[0].line == line


def test_a_flag_set_against_what_every_sibling_branch_sets_is_tried_first(project):
    source = """
        def parse(kind, items):
            found = len(items) > 1
            if kind == "a":
                found = True
            elif kind == "b":
                found = True
            elif kind == "c":
                found = False
            return found
        """
    source, line, candidates = _run(project, source, "found = False", others=["found = len(items) > 1"])
    assert candidates[0].description == "use True instead of False"
    assert candidates[0].line == line


def test_a_flag_set_to_a_literal_at_the_top_line_comes_before_complement_swaps_of_less_suspicious_lines(
    project,
):
    # jsmin's `do_newline = False` (was True): at the most suspicious line, its one alternative came
    # 36th, after every comparison swap of the lines the same tests ran.
    source = """
        def newline(previous, nxt, do_newline):
            if previous == "x":
                if nxt == "y":
                    do_newline = False
            return do_newline
        """
    source, line, candidates = _run(project, source, "do_newline = False", others=['if previous == "x"'])
    order = [(c.line, c.description) for c in candidates]
    flip = order.index((line, "use True instead of False"))
    swap = order.index((_line_of(textwrap.dedent(source), 'if previous == "x"'), "use != instead of =="))
    assert flip < swap


def test_the_condition_of_the_branch_only_failing_tests_enter_is_tried_close_behind_its_body(project):
    # jsmin's `elif sign in "-+" and nxt != sign:` (was ==): its body runs only in failing tests and
    # ranks first; the condition, which every test runs, ranked far below it (20th candidate).
    source = textwrap.dedent(
        """
        def space(sign, nxt, out):
            if sign == " ":
                out.append(nxt)
                out.append(sign)
                out.append(sign * 2 + nxt)
            elif sign in "-+" and nxt != sign:
                out.append(" ")
            out.append(sign + nxt)
            out.append(nxt + sign)
            return out
        """
    )
    ws = project({SRC: source, "tests/test_calc.py": "def test_it():\n    assert True\n"})
    body, condition = _line_of(source, 'out.append(" ")'), _line_of(source, "elif sign")
    others = [_line_of(source, text) for text in ("sign * 2", "sign + nxt", "nxt + sign", "return out")]
    suspicious = [(SRC, body, 1.0), *[(SRC, line, 0.5) for line in others], (SRC, condition, 0.25)]
    candidates = LogicFixer().candidates(_failure(line=body), _ctx(ws, suspicious))
    order = [(c.line, c.description) for c in candidates]
    assert order.index((condition, "use == instead of !=")) < 4


def test_a_lone_unary_plus_among_unary_minuses_gets_its_minus_back_early(project):
    # sgp4's `z11 = -6.0 * a1 * a5 + ...` mutated to `+6.0`: a unary plus the file writes nowhere else,
    # beside many unary minuses, is unnatural code (Ray et al., ICSE 2016), as a lone binary operator is.
    source = """
        def terms(a1, a3, a5, a6, emsq, x1, x7):
            z11 = +6.0 * a1 * a5 + emsq * (-24.0 * x1 * x7)
            z13 = -6.0 * a3 * a6 + emsq * (-24.0 * x1 * x7)
            return z11, z13
        """
    source, line, candidates = _run(project, source, "z11 = +6.0")
    order = [c.description for c in candidates if c.line == line]
    assert order.index("use - instead of + in +6.0") < 8


MODULE_SWITCH = """\
try:
    import numpy as mathlib
    use_numpy = True
except ImportError:
    import math as mathlib
    use_numpy = True


def in_bounds(x, lower, upper, strict=False):
    if strict and use_numpy:
        return lower <= mathlib.min(x) and mathlib.max(x) < upper
    elif strict and not use_numpy:
        return lower <= x < upper
    return lower <= x <= upper


def check(x):
    if not in_bounds(x, 0, 10, strict=True):
        raise ValueError(x)
    return x
"""
CRASH_LINE = 11


def _module_attribute_failure(*, test_ids=("tests/test_calc.py::test_it",)):
    message = "module 'math' has no attribute 'min'"
    return Failure(
        bug_type=BugType.IMPORT,
        file=SRC,
        line=CRASH_LINE,
        message=f"AttributeError: {message}",
        source="pytest",
        code="AttributeError",
        test_ids=test_ids,
        extra={
            "exception": {"type": "AttributeError", "message": message},
            "frames": [
                {"file": "tests/test_calc.py", "line": 4, "function": "test_it"},
                {"file": SRC, "line": 19, "function": "check"},
                {"file": SRC, "line": CRASH_LINE, "function": "in_bounds"},
            ],
        },
    )


def test_a_module_attribute_missing_on_a_guarded_path_is_searched_as_logic(project):
    # The flag that picks the module's path is set wrong where the fallback module is imported:
    # the import fixer can only rename `min`; the fix is the flag the condition reads.
    assert BugType.IMPORT in LogicFixer.bug_types  # the repair loop asks it for IMPORT failures
    ws = project({SRC: MODULE_SWITCH, "tests/test_calc.py": "def test_it():\n    assert True\n"})
    suspicious = [(SRC, line, 1.0) for line in (10, 11, 19)]
    candidates = LogicFixer().candidates(_module_attribute_failure(), _ctx(ws, suspicious))
    fixed = MODULE_SWITCH.replace(
        "    import math as mathlib\n    use_numpy = True",
        "    import math as mathlib\n    use_numpy = False",
    )
    ranks = [i for i, c in enumerate(candidates) if c.new_source == fixed]
    assert ranks and ranks[0] < 3, [c.description for c in candidates[:5]]
    assert candidates[ranks[0]].line == 6
    assert candidates[ranks[0]].bug_type is BugType.LOGIC


def test_an_import_failure_raised_at_collection_gets_no_logic_candidates(project):
    ws = project({SRC: MODULE_SWITCH, "tests/test_calc.py": "def test_it():\n    assert True\n"})
    # No test ran into it: an attribute missing at import time is the import fixer's alone.
    failure = _module_attribute_failure(test_ids=())
    assert LogicFixer().candidates(failure, _ctx(ws, [(SRC, CRASH_LINE, 1.0)])) == []


def test_an_identity_test_against_a_literal_gets_its_chain_operator_back_first(project):
    # lat-lon-parser's `0 <= s <= 60` mutated to `0 is not s <= 60` (cosmic-ray's
    # ReplaceComparisonOperator): `is` against a literal is what CPython warns about, so the value
    # comparison the chain reads with goes before `0 -> 1`, which passes some tests and hides the bug.
    source = """
        def check(m, s):
            if not (0 <= m <= 60 and 0 is not s <= 60):
                raise ValueError("out of range")
            return m, s
        """
    source, line, candidates = _run(project, source, "0 is not s")
    order = [c.description for c in candidates if c.line == line]
    fix = order.index("use 0 <= s instead of 0 is not s")
    assert fix < 3  # with the boundary flips of the line, before any other edit of the identity test
    assert (
        fix
        < order.index("use 0 != s instead of 0 is not s")
        < order.index("use 0 is s instead of 0 is not s")
    )
    assert order.index("use 0 != s instead of 0 is not s") < order.index(
        "use 1 is not s <= 60 instead of 0 is not s <= 60"
    )


def test_an_identity_test_against_none_keeps_its_usual_order(project):
    source = """
        def pick(value, default):
            if value is None:
                return default
            return value
        """
    source, line, candidates = _run(project, source, "value is None")
    assert next(c.description for c in candidates if c.line == line) == "use is not instead of is"


def test_a_returned_number_unlike_the_other_exits_gets_theirs_early(project):
    # podcastparser's `return -1` mutated to `return 1` (cosmic-ray's ReplaceUnaryOperator): the
    # function's other exits return -1 for "unknown", so the deviant exit gets their value.
    source = """
        def parse_length(text):
            if text is None:
                return 1
            try:
                return int(text.strip()) or -1
            except ValueError:
                return -1
        """
    source, line, candidates = _run(project, source, "return 1")
    order = [c.description for c in candidates if c.line == line]
    assert order.index("return -1 instead of 1") < 2


def test_a_returned_number_the_other_exits_do_not_agree_on_gets_no_sibling_edit(project):
    source = """
        def sign(x):
            if x > 0:
                return 1
            if x < 0:
                return -1
            return 0
        """
    source, line, candidates = _run(project, source, "return 1")
    assert not any(c.description.startswith("return -1 instead") for c in candidates if c.line == line)


OWN_CHECK = """\
def _issubtype(left, right):
    if right is None:
        return False
    return issubclass(left, right)


def check_override(sub, sup):
    if (
        sup is not None
        and not _issubtype(sub, sup)
    ):
        raise TypeError(f"{sub} must be a subtype of {sup}")
    return sub
"""


def _own_check_failure(line):
    frames = [
        {"file": "tests/test_calc.py", "line": 4, "function": "test_it"},
        {"file": SRC, "line": line, "function": "check_override"},
    ]
    return Failure(
        bug_type=BugType.TYPE_ERROR,
        file=SRC,
        line=line,
        message="TypeError: int must be a subtype of None",
        source="pytest",
        code="TypeError",
        test_ids=("tests/test_calc.py::test_it",),
        extra={
            "exception": {"type": "TypeError", "message": "int must be a subtype of None"},
            "frames": frames,
        },
    )


def test_a_type_error_the_code_raises_on_purpose_is_searched_as_logic(project):
    # overrides' `_issubtype` answering `return False` for `return True` (cosmic-ray's ReplaceTrueWithFalse):
    # the library's own check raised the TypeError, so the fault is in what the check asked.
    assert BugType.TYPE_ERROR in LogicFixer.bug_types  # the repair loop asks it for TYPE_ERROR failures
    ws = project({SRC: OWN_CHECK, "tests/test_calc.py": "def test_it():\n    assert True\n"})
    suspicious = [(SRC, line, 1.0) for line in (3, 12, 8, 2)]
    candidates = LogicFixer().candidates(_own_check_failure(12), _ctx(ws, suspicious))
    fixed = OWN_CHECK.replace("        return False", "        return True")
    assert fixed in [c.new_source for c in candidates[:5]], [c.description for c in candidates[:5]]


def test_a_type_error_of_an_operation_gets_no_logic_candidates(project):
    source = OWN_CHECK + "\n\ndef total(items):\n    return sum(items) + 'x'\n"
    ws = project({SRC: source, "tests/test_calc.py": "def test_it():\n    assert True\n"})
    line = _line_of(source, "sum(items)")
    assert LogicFixer().candidates(_own_check_failure(line), _ctx(ws, [(SRC, line, 1.0)])) == []


def test_a_helper_the_raise_condition_calls_has_its_exits_searched(project):
    # The TypeError is raised at line 12; the spectrum ranks the raise and its condition first, and the
    # helper's wrong `return False` (line 3) is reached through the call on the condition's second line.
    ws = project({SRC: OWN_CHECK, "tests/test_calc.py": "def test_it():\n    assert True\n"})
    suspicious = [(SRC, line, 1.0) for line in (12, 8, 13)] + [(SRC, line, 0.2) for line in (2, 3)]
    candidates = LogicFixer().candidates(_own_check_failure(12), _ctx(ws, suspicious))
    fixed = OWN_CHECK.replace("        return False", "        return True")
    assert fixed in [c.new_source for c in candidates[:2]], [c.description for c in candidates[:2]]


def test_a_keyword_flag_that_spells_the_callees_own_default_is_flipped_first(project):
    # pe's `pis.append(Instruction(NOOP, capturing=False))` (was True): spelling out the default of
    # the module's own `Instruction` is redundant; its flip came after every edit of the call's names.
    source = """
        def instruction(opcode, count=1, marking=False, capturing=False):
            return (opcode, count, marking, capturing)


        def cap(pis, first):
            if first[0] == "noop":
                pis.insert(0, instruction(first[0], count=2, marking=True))
            else:
                pis.append(instruction(first[-1] + "x", count=len(pis) - 1, capturing=False))
            return pis
        """
    source, line, candidates = _run(project, source, "capturing=False))", others=["marking=True"])
    assert candidates[0].description == "pass capturing=True instead of False"
    assert candidates[0].line == line


def test_a_not_in_front_of_a_comparison_is_dropped_first(project):
    # flatdict's `if not key not in self and default != NO_DEFAULT:` (an added `not`): the group's run
    # accepted `and` -> `or` at that line first, a wrong edit that happened to pass the tests then failing.
    source = """
        def pop(store, key, default=None):
            if not key not in store and default is not None:
                return default
            return store.pop(key)
        """
    source, line, candidates = _run(project, source, "if not key not in store")
    assert candidates[0].description.startswith("drop the not from the expression")
    assert candidates[0].line == line


OPTIONAL_IMPORT = """\
import sys

try:
    from astropy.time import Time
except ImportError:
    pass


def sidereal(t, force_plain=False):
    if "astropy" in sys.modules or not force_plain:
        return sidereal_astropy(t)
    return t * 2


def sidereal_astropy(t):
    return Time(t).value
"""


def test_a_name_only_an_optional_import_binds_is_searched_as_logic_in_the_callers_branch(project):
    # pymap3d's `if "astropy" in sys.modules and not force_non_astropy:` mutated to `or`: without
    # astropy the test reaches `Time(t)`, a NameError (IMPORT) whose fix is the caller's condition.
    ws = project({SRC: OPTIONAL_IMPORT, "tests/test_calc.py": "def test_it():\n    assert True\n"})
    message = "name 'Time' is not defined"
    failure = Failure(
        bug_type=BugType.IMPORT,
        file=SRC,
        line=16,
        message=f"NameError: {message}",
        source="pytest",
        code="NameError",
        test_ids=("tests/test_calc.py::test_it",),
        extra={
            "exception": {"type": "NameError", "message": message},
            "frames": [
                {"file": "tests/test_calc.py", "line": 4, "function": "test_it"},
                {"file": SRC, "line": 11, "function": "sidereal"},
                {"file": SRC, "line": 16, "function": "sidereal_astropy"},
            ],
        },
    )
    candidates = LogicFixer().candidates(failure, _ctx(ws, [(SRC, line, 1.0) for line in (10, 11, 16)]))
    fixed = OPTIONAL_IMPORT.replace("sys.modules or not", "sys.modules and not")
    assert fixed in [c.new_source for c in candidates[:10]]
    # A name the module imports unconditionally is the import fixer's alone.
    plain = OPTIONAL_IMPORT.replace(
        "try:\n    from astropy.time import Time\nexcept ImportError:\n    pass\n",
        "from astropy.time import Time\n",
    )
    ws2 = project({SRC: plain, "tests/test_calc.py": "def test_it():\n    assert True\n"})
    assert LogicFixer().candidates(failure, _ctx(ws2, [(SRC, 11, 1.0)])) == []


def test_an_order_comparison_against_a_string_literal_gets_the_equality_tests_early(project):
    # ajsonrpc's `if value.get("jsonrpc") != "2.0": raise ...` mutated to `>=`: `!=` was a rare
    # alternative of `>=` (0.06), behind every other edit of the lines the failing tests ran.
    source = """
        def parse(value, strict):
            if value.get("jsonrpc") >= "2.0":
                raise ValueError("jsonrpc has to be 2.0")
            if strict and len(value) > 3:
                raise ValueError("too many keys")
            return value
        """
    source, line, candidates = _run(project, source, 'if value.get("jsonrpc")', others=["len(value) > 3"])
    order = [(c.line, c.description) for c in candidates]
    assert order.index((line, "use != instead of >=")) < 6


def test_an_and_that_ends_in_an_empty_literal_is_the_default_idiom_swapped():
    # pe's `self.actions = actions or {}` mutated to `and`: `x and {}` is never a non-empty value.
    from healer.engine.fixers.logic import _scored_sources

    source = "def init(self, rules, actions):\n    self.strict = rules and actions\n    self.actions = actions and {}\n"
    sf = SourceFile.parse(SRC, source)

    def swap(line: int) -> float:
        return next(
            p
            for p, _, d, _ in _scored_sources(sf, line, "AttributeError", frozenset())
            if d == "use or instead of and"
        )

    assert swap(3) > 0.9 > swap(2)


def test_it_puts_break_for_a_continue_after_its_while_cursor_advance_low():
    # Round 55: `i += 1; continue` turned into `break` leaves the advance dead (r352's overfit); a `continue` in a
    # for loop, or one after a statement the loop's condition does not read, keeps its usual prior.
    source = (
        "def scan(text):\n"
        "    i = 0\n"
        "    out = []\n"
        "    while i < len(text):\n"
        "        if text[i] == '/':\n"
        "            out.append(i)\n"
        "            i += 1\n"
        "            continue\n"
        "        i += 2\n"
        "    return out\n"
    )

    def priors(text: str) -> list[float]:
        sf = SourceFile.parse("m.py", text)
        return [e.prior for e in line_edits(sf, 8) if e.kind == "loop"]

    assert priors(source) == [DEAD_ADVANCE_PRIOR]
    assert priors(source.replace("            i += 1\n", "            out.append(0)\n")) == [0.45]
