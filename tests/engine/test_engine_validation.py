"""The repair loop accepts only real fixes, and validates them cheaply (local sandbox stand-in)."""

from __future__ import annotations

import time
from dataclasses import replace

import pytest

from healer.engine.checks import LintFinding, LintRun
from healer.engine.fixers.base import Candidate
from healer.engine.repair import Engine, EngineConfig
from healer.engine.trial import STOPPED_ANALYSING, Trial, unmasked_findings
from healer.engine.types import BugType, Failure, FixStatus
from healer.engine.validation import Edit, Verdict

from .conftest import PYPROJECT_SRC


class Offers:
    """A fixer that offers fixed edits (old -> new text of one file), in order."""

    fallback = False

    def __init__(self, bug_type: BugType, file: str, edits: list[tuple[str, str, str]]) -> None:
        self.bug_types = frozenset({bug_type})
        self.file = file
        self.edits = edits

    def candidates(self, failure, ctx):
        text = ctx.source(self.file)
        for old, new, description in self.edits:
            if old in text:
                yield Candidate(self.file, text.replace(old, new, 1), description, failure.line)


def _engine(ws, sandbox, fixers):
    lines: list[str] = []
    engine = Engine(
        workspace=ws, sandbox=sandbox, config=EngineConfig(test_timeout=10), log=lines.append, fixers=fixers
    )
    engine.discover()
    return engine, lines


def test_a_type_error_turned_into_a_value_error_on_the_same_line_is_rejected(project, local_sandbox):
    source = 'def describe(count):\n    return count + " items"\n'
    tests = 'from items import describe\n\n\ndef test_describe():\n    assert describe(3) == "3 items"\n'
    ws = project({"pyproject.toml": PYPROJECT_SRC, "src/items.py": source, "tests/test_items.py": tests})
    fixer = Offers(
        BugType.TYPE_ERROR,
        "src/items.py",
        [
            ('count + " items"', 'count + float(" items")', "wrap the value in float()"),
            ('count + " items"', 'str(count) + " items"', "wrap the value in str()"),
        ],
    )
    engine, lines = _engine(ws, local_sandbox, [fixer])
    report = engine.check()
    (outcome,) = list(engine.repair(report))
    assert (outcome.status, outcome.description) == (FixStatus.FIXED, "wrap the value in str()")
    assert any(
        "rejected 'wrap the value in float()'" in line and "still fails where it did" in line
        for line in lines
    )
    assert engine.check().ok


def test_a_wrong_direction_off_by_one_that_fixes_one_test_of_the_set_is_rejected(project, local_sandbox):
    source = "def windows(values, size):\n    return [sum(values[i:i + size]) for i in range(len(values) - size)]\n"
    tests = (
        "from win import windows\n\n\n"
        "def test_windows():\n    assert windows([1, 2, 3, 4], 2) == [3, 5, 7]\n\n\n"
        "def test_single():\n    assert windows([5], 1) == [5]\n"
    )
    ws = project({"pyproject.toml": PYPROJECT_SRC, "src/win.py": source, "tests/test_win.py": tests})
    fixer = Offers(
        BugType.LOGIC,
        "src/win.py",
        [
            # Makes test_single pass, and changes what test_windows sees without fixing it.
            ("range(len(values) - size)", "range(len(values))", "drop - size"),
            ("range(len(values) - size)", "range(len(values) - size + 1)", "add + 1"),
        ],
    )
    engine, lines = _engine(ws, local_sandbox, [fixer])
    report = engine.check()
    (failure,) = report.failures
    assert len(failure.test_ids) == 2
    (outcome,) = list(engine.repair(report))
    assert outcome.description == "add + 1"
    assert any("rejected 'drop - size'" in line for line in lines)


def test_a_candidate_breaking_a_covering_test_is_rejected_before_the_whole_suite_runs(project, local_sandbox):
    source = (
        "def clamp(value, low, high):\n    return max(low, min(value, high - 1))\n\n\n"
        "def percent(value):\n    return clamp(value, 0, 100)\n"
    )
    tests = (
        "from limits import clamp, percent\n\n\n"
        "def test_percent_high():\n    assert percent(150) == 100\n\n\n"
        "def test_clamp_low():\n    assert clamp(-1, 0, 10) == 0\n\n\n"
        "def test_clamp_inside():\n    assert clamp(5, 0, 10) == 5\n"
    )
    other_tests = "".join(f"def test_other_{i}():\n    assert {i} == {i}\n\n\n" for i in range(6))
    ws = project(
        {
            "pyproject.toml": PYPROJECT_SRC,
            "src/limits.py": source,
            "tests/test_limits.py": tests,
            "tests/test_other.py": other_tests,
        }
    )
    fixer = Offers(
        BugType.LOGIC,
        "src/limits.py",
        [
            # Passes test_percent_high, breaks test_clamp_inside (which runs the edited line).
            ("max(low, min(value, high - 1))", "high", "return high"),
            ("min(value, high - 1)", "min(value, high)", "drop - 1"),
        ],
    )
    engine, lines = _engine(ws, local_sandbox, [fixer])
    report = engine.check()
    (outcome,) = list(engine.repair(report))
    assert outcome.description == "drop - 1"
    stats = engine.stats
    # The covering tests ran with the targeted one (a small selection shares its run).
    runs = [argv for argv in local_sandbox.commands if "tests/test_limits.py::test_percent_high" in argv]
    assert any("tests/test_limits.py::test_clamp_inside" in argv for argv in runs)
    assert not any("tests/test_other.py::test_other_0" in argv for argv in runs)
    assert stats.suite_rejections == 0
    assert (stats.fixes_accepted, stats.suite_runs_for_fixes) == (1, 1)
    assert any("rejected 'return high'" in line and "previously passing" in line for line in lines)
    # The run that validated the fix is the new state: checking again runs nothing.
    suite_runs = stats.suite_runs
    assert engine.check().ok
    assert engine.stats.suite_runs == suite_runs


def test_a_failure_its_tests_do_not_show_is_never_fixed(project, local_sandbox):
    from healer.engine.types import Failure

    ws = project(
        {
            "pyproject.toml": PYPROJECT_SRC,
            "src/calc.py": "def add(a, b):\n    return a + b\n",
            "tests/test_calc.py": "from calc import add\n\n\ndef test_add():\n    assert add(1, 2) == 3\n",
        }
    )
    fixer = Offers(BugType.TYPE_ERROR, "src/calc.py", [("a + b", "int(a) + int(b)", "convert")])
    engine, lines = _engine(ws, local_sandbox, [fixer])
    report = engine.check()
    assert report.ok
    # Reported by a remote CI, say: the sandbox runs the test and it passes.
    remote = Failure(
        BugType.TYPE_ERROR,
        "src/calc.py",
        2,
        "TypeError",
        "pytest",
        "TypeError",
        ("tests/test_calc.py::test_add",),
    )
    report = engine.add_failures([remote])
    assert list(engine.repair(report)) == []
    assert ws.read_text("src/calc.py") == "def add(a, b):\n    return a + b\n"
    assert any("could not be checked" in line for line in lines)
    assert engine.stats.candidates_tried == 0
    # Nor one without tests, found only in a remote log.
    lines.clear()
    remote_lint = Failure(BugType.LINTING, "src/calc.py", 1, "F841", "ruff", "F841")
    assert list(engine.repair(engine.add_failures([remote_lint]))) == []
    assert any("could not be checked" in line for line in lines)


@pytest.mark.parametrize("sandbox_newer", [True, False])
def test_the_host_compiler_vetoes_only_files_it_can_judge(project, local_sandbox, monkeypatch, sandbox_newer):
    import healer.engine.repair as repair
    import healer.engine.trial as trial
    from healer.engine.localise import CompileError

    real = trial.compile_error

    def host_compile(source, filename="<healer>"):
        # A host Python older than the sandbox's: it rejects syntax the sandbox runs.
        if "NEWER_SYNTAX" in source:
            return CompileError("SyntaxError", 1, None, "invalid syntax")
        return real(source, filename)

    monkeypatch.setattr(trial, "compile_error", host_compile)
    monkeypatch.setattr(repair, "compile_error", host_compile)
    monkeypatch.setattr(repair, "host_judges_syntax", lambda version: not sandbox_newer)
    source = 'NEWER_SYNTAX = True\n\n\ndef describe(count):\n    return count + " items"\n'
    tests = 'from items import describe\n\n\ndef test_describe():\n    assert describe(3) == "3 items"\n'
    ws = project({"pyproject.toml": PYPROJECT_SRC, "src/items.py": source, "tests/test_items.py": tests})
    fixer = Offers(
        BugType.TYPE_ERROR, "src/items.py", [('count + " items"', 'str(count) + " items"', "str()")]
    )
    engine, lines = _engine(ws, local_sandbox, [fixer])
    outcomes = list(engine.repair(engine.check()))
    if sandbox_newer:
        # The file never compiled on the host, yet the sandbox ran it: the sandbox judges.
        assert [o.description for o in outcomes] == ["str()"]
    else:
        assert outcomes == []
        assert any("does not compile" in line for line in lines)


def test_a_regression_only_the_whole_suite_sees_rejects_the_candidate_and_the_search_goes_on(
    project, local_sandbox
):
    source = "LIMIT = 10\n\n\ndef allowed(n):\n    return n < LIMIT - 1\n"
    tests = (
        "from conf import LIMIT, allowed\n\n\n"
        "def test_allowed():\n    assert allowed(9)\n\n\n"
        # Runs no line of conf.py while it runs: no coverage selects it for an edit there.
        "def test_limit_value():\n    assert LIMIT == 10\n"
    )
    ws = project({"pyproject.toml": PYPROJECT_SRC, "src/conf.py": source, "tests/test_conf.py": tests})
    fixer = Offers(
        BugType.LOGIC,
        "src/conf.py",
        [("LIMIT = 10", "LIMIT = 11", "raise the limit"), ("n < LIMIT - 1", "n < LIMIT", "drop - 1")],
    )
    engine, lines = _engine(ws, local_sandbox, [fixer])
    (outcome,) = list(engine.repair(engine.check()))
    assert outcome.description == "drop - 1"
    assert ws.read_text("src/conf.py") == source.replace("n < LIMIT - 1", "n < LIMIT")
    stats = engine.stats
    assert (stats.suite_rejections, stats.suite_runs_for_fixes, stats.fixes_accepted) == (1, 2, 1)
    assert any("rejected 'raise the limit'" in line and "test_limit_value" in line for line in lines)
    # The rejected candidate was taken back out of the sandbox: it holds the accepted fix.
    staged = engine.runner.run_tests()
    assert staged.passed_ids == {"tests/test_conf.py::test_allowed", "tests/test_conf.py::test_limit_value"}


def test_an_edit_that_undoes_an_accepted_fix_is_never_accepted(project, local_sandbox):
    # Each edit makes the test fail at another statement than the other: without a memory of the
    # texts replaced, edits that go back and forth could be accepted in turn.
    source = 'def first(d):\n    return d["a"]\n\n\ndef second(d):\n    return d["b"]\n'
    tests = (
        "from m import first, second\n\n\n"
        'def test_total():\n    d = {"x": 1, "y": 2}\n    assert first(d) == 1\n    assert second(d) == 2\n'
    )
    ws = project({"pyproject.toml": PYPROJECT_SRC, "src/m.py": source, "tests/test_m.py": tests})
    fixer = Offers(
        BugType.LOGIC,
        "src/m.py",
        [('d["a"]', 'd["x"]', "read x"), ('d["x"]', 'd["a"]', "read a")],
    )
    engine, lines = _engine(ws, local_sandbox, [fixer])
    outcomes = list(engine.repair(engine.check()))
    assert [o.description for o in outcomes] == ["read x"]
    assert any("rejected 'read a'" in line and "undoes a fix made earlier" in line for line in lines)


def test_a_candidate_that_loops_is_stopped_by_a_limit_from_the_tests_own_times(project, local_sandbox):
    source = "def count(n):\n    i = 0\n    while i < n:\n        i += 2\n    return i\n"
    tests = "from loop import count\n\n\ndef test_count():\n    assert count(3) == 3\n"
    ws = project({"pyproject.toml": PYPROJECT_SRC, "src/loop.py": source, "tests/test_loop.py": tests})
    fixer = Offers(
        BugType.LOGIC,
        "src/loop.py",
        [("i += 2", "i += 0", "add nothing"), ("i += 2", "i += 1", "add one")],
    )
    lines: list[str] = []
    engine = Engine(
        workspace=ws,
        sandbox=local_sandbox,
        config=EngineConfig(test_timeout=60),
        log=lines.append,
        fixers=[fixer],
    )
    engine.discover()
    (outcome,) = list(engine.repair(engine.check()))
    assert outcome.description == "add one"
    assert any("rejected 'add nothing'" in line for line in lines)
    timeouts = [arg for argv in local_sandbox.commands for arg in argv if arg.startswith("--timeout=")]
    # The checks and the whole-suite run keep the configured limit; candidates get the tight one.
    assert "--timeout=60" in timeouts
    assert "--timeout=5" in timeouts


def test_an_edit_that_brings_back_what_the_checks_showed_before_a_fix_is_never_accepted(
    project, local_sandbox
):
    # `!= 5` lets test_cycle get one statement further; `== (5)`, a new text, lets test_plain's
    # error move from line 3 to line 4. Each looks like progress from the other, so without a
    # memory of what every state showed they would be accepted in turn, each reported as a fix.
    # (test_cycle's next statement raises in the code, not an assertion of its own: since round 43 a
    # LOGIC edit after which a test fails a later assertion is no fix, analysis.checks_decide.)
    source = (
        'def visit(state):\n    if state == 5:\n        raise ValueError("cycle")\n    return state["k"]\n'
    )
    tests = (
        "from walk import visit\n\n\n"
        "def catch(value):\n    try:\n        visit(value)\n    except Exception as error:\n        return error\n\n\n"
        "def test_cycle():\n    error = catch(1)\n    assert isinstance(error, ValueError)\n"
        "    visit(str(error))\n\n\n"
        "def test_plain():\n    assert visit(2) == 2\n"
    )
    ws = project({"pyproject.toml": PYPROJECT_SRC, "src/walk.py": source, "tests/test_walk.py": tests})
    fixer = Offers(
        BugType.LOGIC,
        "src/walk.py",
        [
            ("state == 5", "state != 5", "negate the condition"),
            ("state != 5", "state == (5)", "negate it back"),
        ],
    )
    engine, lines = _engine(ws, local_sandbox, [fixer])
    outcomes = []
    for _ in range(3):
        outcomes += list(engine.repair(engine.check()))
    assert [o.description for o in outcomes] == ["negate the condition"]
    assert ws.read_text("src/walk.py") == source.replace("state == 5", "state != 5")
    # Since round 26 the acceptance rule refuses it first: test_plain is still at its statement, its
    # error only moved from line 3 to line 4 of the code (validation.moved_on). The behaviour memory
    # stays the guard for edits the rule would let through.
    assert any(
        "rejected 'negate it back'" in line
        and ("what they showed before an earlier fix" in line or "still fails where it did" in line)
        for line in lines
    )


def test_a_runner_that_measures_coverage_apart_measures_it_only_for_a_candidate_the_suite_kept(
    project, local_sandbox, monkeypatch
):
    # npm measures per-test coverage in runs of its own (one runner start per test): a candidate
    # that the whole suite rejects must not pay for it.
    source = "LIMIT = 10\n\n\ndef allowed(n):\n    return n < LIMIT - 1\n"
    tests = (
        "from conf import LIMIT, allowed\n\n\n"
        "def test_allowed():\n    assert allowed(9)\n\n\n"
        "def test_limit_value():\n    assert LIMIT == 10\n"
    )
    ws = project({"pyproject.toml": PYPROJECT_SRC, "src/conf.py": source, "tests/test_conf.py": tests})
    fixer = Offers(
        BugType.LOGIC,
        "src/conf.py",
        [("LIMIT = 10", "LIMIT = 11", "raise the limit"), ("n < LIMIT - 1", "n < LIMIT", "drop - 1")],
    )
    engine, _lines = _engine(ws, local_sandbox, [fixer])
    real = engine.runner
    calls: list[tuple[str, bool, bool]] = []  # (what, whole suite, with coverage)

    class Apart:
        def run_tests(self, *, node_ids=(), coverage=False, **limits):
            calls.append(("run", not node_ids, coverage))
            return real.run_tests(node_ids=node_ids, coverage=coverage, **limits)

        def add_coverage(self, run):
            calls.append(("add", True, True))

        def run_lint(self):
            return real.run_lint()

    apart = Apart()
    monkeypatch.setattr(Engine, "runner", property(lambda self: apart))
    report = engine.check()
    calls.clear()
    (outcome,) = list(engine.repair(report))
    assert outcome.description == "drop - 1"
    assert engine.stats.suite_rejections == 1
    suites = [call for call in calls if call[1]]
    # Two whole-suite runs, none with coverage; coverage added once, after the kept one's.
    assert suites == [("run", True, False), ("run", True, False), ("add", True, True)]


def test_a_fix_whose_coverage_was_measured_apart_is_analysed_to_the_end_past_the_deadline(
    project, local_sandbox, monkeypatch
):
    # npm's per-test coverage (one runner start per test) can take a round's last minutes: once it is
    # measured, the round's deadline passing must not throw the kept candidate away unanalysed.
    source = "LIMIT = 10\n\n\ndef allowed(n):\n    return n < LIMIT - 1\n"
    # A second failure that stays: the analysis after the fix has work to stop at.
    tests = (
        "from conf import LIMIT, allowed\n\n\ndef test_allowed():\n    assert allowed(9)\n\n\n"
        "def test_limit():\n    assert LIMIT == 11\n"
    )
    ws = project({"pyproject.toml": PYPROJECT_SRC, "src/conf.py": source, "tests/test_conf.py": tests})
    fixer = Offers(BugType.LOGIC, "src/conf.py", [("n < LIMIT - 1", "n < LIMIT", "drop - 1")])
    engine, lines = _engine(ws, local_sandbox, [fixer])
    real = engine.runner
    late = []

    class Apart:
        def run_tests(self, *, node_ids=(), coverage=False, **limits):
            return real.run_tests(node_ids=node_ids, coverage=coverage, **limits)

        def add_coverage(self, run):
            late.append(True)  # the round's time runs out while coverage is measured

        def run_lint(self):
            return real.run_lint()

    monkeypatch.setattr(Engine, "runner", property(lambda self: Apart()))
    report = engine.check()
    monkeypatch.setattr(Engine, "_stopped", lambda self, deadline: bool(late))
    outcomes = list(engine.repair(report))
    assert late and [o.description for o in outcomes] == ["drop - 1"]
    assert not any(STOPPED_ANALYSING in line for line in lines)


def _tsc(code: str, file: str, message: str) -> LintFinding:
    return LintFinding(code, message, file, 3, 1, 3, 2, source="tsc")


def test_it_does_not_hold_a_type_checkers_findings_elsewhere_against_a_syntax_fix():
    # tsc runs its semantic pass only on a program that parses: the TS2339 in format.ts was
    # there all along, hidden by the parse error in dates.ts, not made by the fix.
    after = LintRun(
        findings=[
            _tsc("TS2339", "src/format.ts", "Property 'padStart' does not exist on type 'number'."),
            LintFinding("no-unused-vars", "'x' is unused", "src/format.ts", 2, 1, 2, 2, source="eslint"),
        ]
    )
    syntax = Failure(BugType.INDENTATION, "src/dates.ts", 18, "'}' closes no block", "vitest")
    masked = unmasked_findings(syntax, after, file="src/dates.ts")
    assert ("TS2339", "src/format.ts", "Property 'padStart' does not exist on type 'number'.") in masked
    # Another linter's new finding in another file is still the fix's doing.
    assert not any(key[0] == "no-unused-vars" for key in masked)
    # A logic fix uncovers nothing for the type checker: a new tsc finding is its own.
    logic = Failure(BugType.LOGIC, "src/dates.ts", 39, "expected 3", "vitest")
    assert unmasked_findings(logic, after, file="src/dates.ts") == set()


def test_it_holds_a_type_checkers_finding_on_a_line_the_import_fix_wrote_against_it():
    # The import fix added `import { Widget } from './widget'` on line 3 beside an `import type` of
    # the same name on line 2: tsc now says "Duplicate identifier" on both lines. The one on the
    # line the fix wrote is its own doing, so that diagnostic is not forgiven as uncovered.
    old = "import { a } from './a';\nimport type { Widget } from './widget';\nconst w = new Widget();\n"
    new = (
        "import { a } from './a';\nimport type { Widget } from './widget';\n"
        "import { Widget } from './widget';\nconst w = new Widget();\n"
    )
    edit = Edit("src/app.ts", old, new)
    duplicate = "Duplicate identifier 'Widget'."
    after = LintRun(
        findings=[
            LintFinding("TS2300", duplicate, "src/app.ts", 2, 15, 2, 21, source="tsc"),
            LintFinding("TS2300", duplicate, "src/app.ts", 3, 10, 3, 16, source="tsc"),
            LintFinding(
                "TS2322",
                "Type 'string' is not assignable to type 'number'.",
                "src/app.ts",
                4,
                7,
                4,
                8,
                source="tsc",
            ),
        ]
    )
    failure = Failure(BugType.IMPORT, "src/app.ts", 3, "Widget is not defined", "vitest")
    masked = unmasked_findings(failure, after, file="src/app.ts", edit=edit)
    assert ("TS2300", "src/app.ts", duplicate) not in masked
    # A diagnostic elsewhere in the file is still what the now-resolved import lets tsc see.
    assert ("TS2322", "src/app.ts", "Type 'string' is not assignable to type 'number'.") in masked
    # Without the edit at hand, the old reading stands (every tsc finding in the file).
    assert ("TS2300", "src/app.ts", duplicate) in unmasked_findings(failure, after, file="src/app.ts")


class CutShort:
    """A trier whose first whole-suite run the round's time budget interrupts."""

    def __init__(self, engine) -> None:
        self.engine = engine

    def quick(self, candidate, old):
        return Trial(candidate, None, Verdict(True))

    def confirm(self, trial):
        self.engine._round_deadline = 0.0  # the round ends while this candidate is analysed
        return replace(trial, verdict=Verdict(False, STOPPED_ANALYSING))


def test_it_tries_again_next_round_a_candidate_the_time_budget_cut_short(project, local_sandbox):
    ws = project(
        {
            "pyproject.toml": PYPROJECT_SRC,
            "src/a.py": "x = 1\n",
            "tests/test_a.py": "def test_a():\n    pass\n",
        }
    )
    engine, lines = _engine(ws, local_sandbox, [])
    candidates = [Candidate("src/a.py", f"x = {n}\n", f"use {n}", 1) for n in (2, 3)]
    engine._round_deadline = time.monotonic() + 600
    trial, tried = engine._try_candidates(CutShort(engine), candidates, time.monotonic() + 600)
    assert trial is None and tried == 1
    # Not judged, so not among the candidates the next round skips.
    assert engine._settled == 0
    assert any(STOPPED_ANALYSING in line for line in lines)


def _loading_project(project, style: str):
    """A package its conftest imports (pytest writes no report while it fails to load), with a
    tab-indented line in style.py and, behind it, a misnamed sibling import in stack.py."""
    return project(
        {
            "pyproject.toml": PYPROJECT_SRC,
            "src/pkg/__init__.py": "from .style import Style\nfrom .stack import Stack\n\n__all__ = ['Stack', 'Style']\n",
            "src/pkg/style.py": style,
            "src/pkg/stack.py": "from .styles import Style\n\n\nclass Stack:\n    top = Style\n",
            "tests/conftest.py": "import pkg  # noqa: F401\n",
            "tests/test_stack.py": "from pkg import Stack\n\n\ndef test_top():\n    assert Stack.top\n",
        }
    )


STYLE_WITH_TAB = "class Style:\n    def __init__(self):\n        a = 1\n\t\tself.a = a\n        self.b = 2\n"
STYLE_WITH_TWO_TABS = "class Style:\n    def __init__(self):\n        a = 1\n\t\tself.a = a\n\t\tself.b = 2\n        self.c = 3\n"


def test_an_edit_that_lets_the_load_get_past_a_tab_error_is_progress_though_pytest_still_cannot_run(
    project, local_sandbox
):
    # The conftest import fails before and after: first on the TabError, then on the import the
    # TabError hid. The edit made style.py compile: a fix, even though no test can run yet.
    ws = _loading_project(project, STYLE_WITH_TAB)
    fixer = Offers(BugType.INDENTATION, "src/pkg/style.py", [("\t\tself.a", "        self.a", "spaces")])
    engine, lines = _engine(ws, local_sandbox, [fixer])
    report = engine.check()
    outcomes = list(engine.repair(report))
    assert [(o.description, o.status) for o in outcomes] == [("spaces", FixStatus.FIXED)], lines
    after = engine.check()
    assert any(f.bug_type is BugType.IMPORT and f.file == "src/pkg/stack.py" for f in after.failures)


def test_an_edit_after_which_the_same_load_error_is_raised_a_line_further_on_is_not_progress(
    project, local_sandbox
):
    ws = _loading_project(project, STYLE_WITH_TWO_TABS)
    fixer = Offers(BugType.INDENTATION, "src/pkg/style.py", [("\t\tself.a", "        self.a", "spaces")])
    engine, lines = _engine(ws, local_sandbox, [fixer])
    report = engine.check()
    outcomes = list(engine.repair(report))
    assert all(o.status is not FixStatus.FIXED for o in outcomes), lines


class ConfirmsAs:
    """A trier stand-in whose whole-suite confirmation sees a given state (restores are recorded)."""

    def __init__(self, state) -> None:
        self.state = state
        self.restored: list[Trial] = []

    def confirm(self, trial: Trial) -> Trial:
        return replace(trial, state=self.state)

    def restore(self, trial: Trial) -> None:
        self.restored.append(trial)


def test_the_behaviour_memory_refuses_a_confirmed_edit_whose_checks_look_as_before_a_fix(
    project, local_sandbox
):
    # The acceptance rule now refuses the engine-level scenario above before the memory is asked,
    # so the memory's own refusal is checked here: a candidate whose whole-suite run shows exactly
    # what an earlier state showed is undone and refused; any other state is confirmed.
    source = "def add(a, b):\n    return a - b\n"
    tests = "from m import add\n\n\ndef test_add():\n    assert add(2, 3) == 5\n"
    ws = project({"pyproject.toml": PYPROJECT_SRC, "src/m.py": source, "tests/test_m.py": tests})
    engine, _ = _engine(ws, local_sandbox, [])
    before = engine.check()
    assert before.failed == 1
    seen = engine._state
    trial = Trial(Candidate("src/m.py", source, "an edit", 2), None, Verdict(True))

    trier = ConfirmsAs(seen)
    refused = engine._confirm(trier, trial)
    assert refused.state is None and not refused.verdict.ok
    assert "what they showed before an earlier fix" in refused.verdict.reason
    assert trier.restored == [replace(trial, state=seen)]

    # The same run with its test passing: a state never seen, so the edit stands.
    passed = {nodeid: replace(test, outcome="passed") for nodeid, test in seen.tests.tests.items()}
    other = replace(seen, tests=replace(seen.tests, tests=passed))
    trier = ConfirmsAs(other)
    confirmed = engine._confirm(trier, trial)
    assert confirmed.state is other and trier.restored == []
