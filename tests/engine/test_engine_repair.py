"""The repair loop end to end on small projects (local sandbox stand-in)."""

from __future__ import annotations

import pytest

from healer.engine.repair import Engine, EngineConfig
from healer.engine.types import BugType, EngineError, Failure, FixStatus, NoChecksFound

from .conftest import PYPROJECT_SRC

GEOMETRY = '''\
"""Geometry helpers."""


def circle_area(radius):
    return math.pi * radius**2


def label(radius):
    return f"circle" + " r=" + str(radius)


def is_big(radius)
    return circle_area(radius) > 100
'''

GEOMETRY_TESTS = """\
from geometry import circle_area, is_big, label


def test_area():
    assert round(circle_area(1), 2) == 3.14


def test_label():
    assert label(2) == "circle r=2"


def test_big():
    assert is_big(10)
    assert not is_big(1)
"""


def _engine(ws, sandbox, **config):
    lines: list[str] = []
    engine = Engine(
        workspace=ws, sandbox=sandbox, config=EngineConfig(test_timeout=10, **config), log=lines.append
    )
    return engine, lines


def test_it_fixes_a_syntax_error_first_then_what_it_hid_reporting_original_lines(project, local_sandbox):
    ws = project(
        {
            "pyproject.toml": PYPROJECT_SRC,
            "src/geometry.py": GEOMETRY,
            "tests/test_geometry.py": GEOMETRY_TESTS,
        }
    )
    engine, lines = _engine(ws, local_sandbox)
    engine.discover()
    report = engine.check()
    assert report.passed == 0
    # Only the syntax error is worked on first: it hides everything else.
    assert report.failures[0].bug_type is BugType.SYNTAX
    assert report.failures[0].line == 12

    outcomes = list(engine.repair(report))
    assert [o.status for o in outcomes] == [FixStatus.FIXED] * 3
    keys = [(o.bug_type, o.line, o.description) for o in outcomes]
    assert keys == [
        (BugType.SYNTAX, 12, "add the colon at the correct position"),
        (BugType.IMPORT, 5, "add the missing import math"),
        # The import added above shifted this line to 10; it is reported where it was (9).
        (BugType.LINTING, 9, "remove the f prefix from the string without placeholders"),
    ]
    assert all(o.diff.startswith("--- a/src/geometry.py") for o in outcomes)
    assert ws.read_text("tests/test_geometry.py") == GEOMETRY_TESTS
    assert engine.check().ok
    assert engine.unresolved(report) == []
    assert any(line.startswith("Fixed: SYNTAX error in src/geometry.py line 12") for line in lines)


def test_it_reports_what_it_could_not_fix(project, local_sandbox):
    ws = project(
        {
            "pyproject.toml": PYPROJECT_SRC,
            "src/calc.py": "def answer():\n    return 41\n",
            "tests/test_calc.py": "from calc import answer\n\n\ndef test_answer():\n    assert answer() == 42\n",
        }
    )
    # No LOGIC fixer registered: the failure stays open and is reported as FAILED.
    engine = Engine(workspace=ws, sandbox=local_sandbox, config=EngineConfig(test_timeout=10), fixers=[])
    engine.discover()
    report = engine.check()
    assert list(engine.repair(report)) == []
    (left,) = engine.unresolved(report)
    assert (left.bug_type, left.file, left.line, left.status) == (
        BugType.LOGIC,
        "src/calc.py",
        2,
        FixStatus.FAILED,
    )
    assert left.fix_line.startswith("LOGIC error in src/calc.py line 2 → Fix: no validated fix found")


def test_it_merges_failures_found_elsewhere_into_its_own_in_precedence_order(project, local_sandbox):
    ws = project(
        {
            "pyproject.toml": PYPROJECT_SRC,
            "src/calc.py": "def answer():\n    return 41\n\n\ndef half(x):\n    return x / 2\n",
            "tests/test_calc.py": "from calc import answer\n\n\ndef test_answer():\n    assert answer() == 42\n",
        }
    )
    engine = Engine(workspace=ws, sandbox=local_sandbox, config=EngineConfig(test_timeout=10), fixers=[])
    with pytest.raises(EngineError, match="check"):
        engine.add_failures([])
    engine.discover()
    report = engine.check()
    [own] = report.failures
    remote = [
        Failure(BugType.TYPE_ERROR, "src/calc.py", 6, "unsupported operand", "pytest", "TypeError"),
        Failure(BugType.LOGIC, own.file, own.line, "seen by the remote CI too", "pytest"),
    ]

    merged = engine.add_failures(remote)

    # The duplicate (same file, line and type) is dropped; TYPE_ERROR comes before LOGIC.
    assert [f.key for f in merged.failures] == [("src/calc.py", 6, "TYPE_ERROR"), own.key]
    assert [f.key for f in report.failures] == [own.key]  # the earlier report is left as it was
    assert {o.line for o in engine.unresolved(merged)} == {2, 6}


def test_it_stops_when_asked(project, local_sandbox):
    ws = project(
        {
            "pyproject.toml": PYPROJECT_SRC,
            "src/geometry.py": GEOMETRY,
            "tests/test_geometry.py": GEOMETRY_TESTS,
        }
    )
    engine, _ = _engine(ws, local_sandbox, should_stop=lambda: True)
    engine.discover()
    report = engine.check()
    assert list(engine.repair(report)) == []
    assert ws.read_text("src/geometry.py") == GEOMETRY


def test_it_discovers_before_checking_and_refuses_projects_without_tests(project, local_sandbox):
    ws = project({"app.py": "x = 1\n"})
    engine, _ = _engine(ws, local_sandbox)
    with pytest.raises(NoChecksFound):
        engine.check()


def test_a_fixer_that_crashes_does_not_stop_the_others(project, local_sandbox):
    class Broken:
        bug_types = frozenset(BugType)
        fallback = False

        def candidates(self, failure, ctx):
            raise RuntimeError("boom")

    from healer.engine.fixers import FIXERS

    ws = project(
        {
            "pyproject.toml": PYPROJECT_SRC,
            "src/geometry.py": GEOMETRY,
            "tests/test_geometry.py": GEOMETRY_TESTS,
        }
    )
    engine = Engine(
        workspace=ws,
        sandbox=local_sandbox,
        config=EngineConfig(test_timeout=10),
        fixers=[Broken(), *FIXERS],
    )
    engine.discover()
    assert len(list(engine.repair(engine.check()))) == 3


def test_it_rejects_a_candidate_that_breaks_a_passing_test(project, local_sandbox):
    from healer.engine.fixers.base import Candidate

    class Saboteur:
        """Proposes a 'fix' that makes the failing test pass but breaks another one."""

        bug_types = frozenset({BugType.LOGIC})
        fallback = False

        def candidates(self, failure, ctx):
            yield Candidate(
                file="src/calc.py",
                new_source="def answer():\n    return 42\n\n\ndef other():\n    return 0\n",
                description="bad",
                line=2,
                priority=0,
            )
            yield Candidate(
                file="src/calc.py",
                new_source="def answer():\n    return 42\n\n\ndef other():\n    return 1\n",
                description="return 42 instead of 41",
                line=2,
                priority=1,
            )
            yield Candidate(
                file="tests/test_calc.py", new_source="", description="delete the test", line=1, priority=-1
            )

    tests = "from calc import answer, other\n\n\ndef test_answer():\n    assert answer() == 42\n\n\ndef test_other():\n    assert other() == 1\n"
    ws = project(
        {
            "pyproject.toml": PYPROJECT_SRC,
            "src/calc.py": "def answer():\n    return 41\n\n\ndef other():\n    return 1\n",
            "tests/test_calc.py": tests,
        }
    )
    engine = Engine(
        workspace=ws, sandbox=local_sandbox, config=EngineConfig(test_timeout=10), fixers=[Saboteur()]
    )
    engine.discover()
    (outcome,) = list(engine.repair(engine.check()))
    assert outcome.description == "return 42 instead of 41"
    assert ws.read_text("tests/test_calc.py") == tests
    assert engine.check().ok


def test_it_picks_the_syntax_fix_that_unblocks_the_most_tests(project, local_sandbox):
    # `[None * size` compiles when closed at the end of the line too, but then the tests fail.
    ws = project(
        {
            "pyproject.toml": PYPROJECT_SRC,
            "src/slots.py": "def make(size):\n    data = [None * size\n    return data\n",
            "tests/test_slots.py": "from slots import make\n\n\ndef test_make():\n    assert make(3) == [None, None, None]\n",
        }
    )
    engine, _ = _engine(ws, local_sandbox)
    engine.discover()
    (outcome,) = list(engine.repair(engine.check()))
    assert (outcome.bug_type, outcome.line, outcome.description) == (BugType.SYNTAX, 2, "close the bracket")
    assert "    data = [None] * size\n" in ws.read_text("src/slots.py")
    assert engine.check().ok


def test_it_asks_the_sandbox_what_a_module_exports(project, local_sandbox):
    ws = project(
        {
            "pyproject.toml": PYPROJECT_SRC,
            "src/money.py": "from decimal import Decimel\n\n\ndef cents(x):\n    return Decimal(x) / 100\n",
            "tests/test_money.py": "from decimal import Decimal\n\nfrom money import cents\n\n\n"
            "def test_cents():\n    assert cents(250) == Decimal('2.5')\n",
        }
    )
    engine, _ = _engine(ws, local_sandbox)
    engine.discover()
    (outcome,) = list(engine.repair(engine.check()))
    assert (outcome.bug_type, outcome.line) == (BugType.IMPORT, 1)
    assert ws.read_text("src/money.py").startswith("from decimal import Decimal\n")
    assert engine.check().ok


def test_it_repairs_code_a_conftest_imports(project, local_sandbox):
    # pytest stops before writing any report: the error is read from its output.
    ws = project(
        {
            "pyproject.toml": PYPROJECT_SRC,
            "src/app.py": "import jsno\n\n\ndef dump(x):\n    return json.dumps(x)\n",
            "tests/conftest.py": "import app  # noqa: F401\n",
            "tests/test_app.py": "from app import dump\n\n\ndef test_dump():\n    assert dump(1) == '1'\n",
        }
    )
    engine, _ = _engine(ws, local_sandbox)
    engine.discover()
    report = engine.check()
    assert report.failures[0].bug_type is BugType.IMPORT
    outcomes = list(engine.repair(report))
    assert (outcomes[0].bug_type, outcomes[0].line) == (BugType.IMPORT, 1)
    assert ws.read_text("src/app.py").startswith("import json\n")
    assert engine.check().ok


def test_a_syntax_error_in_a_test_file_is_reported_not_fixed(project, local_sandbox):
    tests = "def test_a(:\n    pass\n"
    ws = project({"pyproject.toml": PYPROJECT_SRC, "src/app.py": "X = 1\n", "tests/test_app.py": tests})
    engine, _ = _engine(ws, local_sandbox)
    engine.discover()
    report = engine.check()
    assert [(f.bug_type, f.file) for f in report.failures] == [(BugType.SYNTAX, "tests/test_app.py")]
    assert list(engine.repair(report)) == []
    assert ws.read_text("tests/test_app.py") == tests
    (left,) = engine.unresolved(report)
    assert left.file == "tests/test_app.py"


def test_a_logic_fix_is_kept_when_another_bug_still_fails_a_test_of_the_same_group(project, local_sandbox):
    from healer.engine.fixers.base import Candidate

    source = "def stats(xs):\n    return min(xs) + 1, max(xs) - 1\n"

    class OneBugAtATime:
        bug_types = frozenset({BugType.LOGIC})
        fallback = False

        def candidates(self, failure, ctx):
            text = ctx.source("src/stats.py")
            if "min(xs) + 1" in text:
                yield Candidate("src/stats.py", text.replace("min(xs) + 1", "min(xs)"), "drop + 1", 2)
            elif "max(xs) - 1" in text:
                yield Candidate("src/stats.py", text.replace("max(xs) - 1", "max(xs)"), "drop - 1", 2)

    tests = (
        "from stats import stats\n\n\ndef test_low():\n    assert stats([1, 5])[0] == 1\n\n\n"
        "def test_high():\n    assert stats([1, 5])[1] == 5\n"
    )
    ws = project({"pyproject.toml": PYPROJECT_SRC, "src/stats.py": source, "tests/test_stats.py": tests})
    engine = Engine(
        workspace=ws, sandbox=local_sandbox, config=EngineConfig(test_timeout=10), fixers=[OneBugAtATime()]
    )
    engine.discover()
    report = engine.check()
    (failure,) = report.failures  # both tests point at the same line: one LOGIC failure
    assert set(failure.test_ids) == {"tests/test_stats.py::test_low", "tests/test_stats.py::test_high"}
    outcomes = list(engine.repair(report))
    assert [o.description for o in outcomes] == ["drop + 1", "drop - 1"]
    assert engine.check().ok


def test_the_registry_holds_every_bug_type_and_every_fixer_family():
    from healer.engine.fixers import FIXERS

    covered = set().union(*(fixer.bug_types for fixer in FIXERS))
    assert covered == set(BugType)
    modules = {type(fixer).__module__ for fixer in FIXERS}
    assert {
        "healer.engine.fixers.logic",
        "healer.engine.fixers.type_errors",
        "healer.engine.fixers.llm",
    } <= modules
    # Only the generic searches (IMPORT, TypeError, compile errors, lint findings: after their
    # families and templates) and the LLM wait until every regular candidate was rejected.
    assert [type(f).__module__ for f in FIXERS if f.fallback] == [
        "healer.engine.fixers.import_search",
        "healer.engine.fixers.import_structure",
        "healer.engine.fixers.type_fallback",
        "healer.engine.fixers.syntax_search",
        "healer.engine.fixers.lint_search",
        "healer.engine.fixers.llm",
    ]


def test_every_fixer_module_is_registered():
    """A fixer module that exports FIXERS but is missing from the registry would silently never run."""
    import importlib
    import pkgutil

    import healer.engine.fixers as package
    from healer.engine.fixers import FIXERS

    exporting = {
        f"{package.__name__}.{info.name}"
        for info in pkgutil.iter_modules(package.__path__)
        if hasattr(importlib.import_module(f"{package.__name__}.{info.name}"), "FIXERS")
    }
    assert exporting == {type(fixer).__module__ for fixer in FIXERS}


def test_the_registry_refuses_a_fixer_that_does_not_say_when_it_runs():
    from healer.engine.fixers import _checked

    class Undeclared:
        bug_types = frozenset({BugType.LOGIC})

        def candidates(self, failure, ctx):
            return []

    with pytest.raises(TypeError, match="fallback"):
        _checked((Undeclared(),))


def test_lint_waits_while_a_test_failure_in_its_file_may_need_the_unused_value(project, local_sandbox):
    # `tax` is unused only because the call that needs it lacks it: removing it first (LINTING
    # comes before TYPE_ERROR) would leave the missing argument nothing right to be.
    source = (
        "def total(prices, rate):\n"
        "    tax = rate / 100\n"
        "    return apply(prices)\n"
        "\n\n"
        "def apply(prices, tax):\n"
        "    return sum(prices) + sum(prices) * tax\n"
    )
    tests = "from shop import total\n\n\ndef test_total():\n    assert total([100], 10) == 110\n"
    ws = project({"pyproject.toml": PYPROJECT_SRC, "src/shop.py": source, "tests/test_shop.py": tests})
    engine, _lines = _engine(ws, local_sandbox)
    engine.discover()
    report = engine.check()
    assert {f.bug_type for f in report.failures} == {BugType.LINTING, BugType.TYPE_ERROR}
    outcomes = list(engine.repair(report))
    assert [(o.bug_type, o.status) for o in outcomes] == [(BugType.TYPE_ERROR, FixStatus.FIXED)]
    assert "return apply(prices, tax)" in ws.read_text("src/shop.py")
    assert engine.check().ok
