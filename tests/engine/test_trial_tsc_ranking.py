"""Candidates that remove a type checker's finding are ranked by the failing tests they make pass."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from healer.engine.analysis import Analysis
from healer.engine.checks import LintFinding, LintRun, PytestRun, TestResult
from healer.engine.fixers.base import Candidate
from healer.engine.selection import failing_tests_of
from healer.engine.trial import Trier
from healer.engine.types import BugType, CheckReport, EngineStats, Failure

FILE = "src/machine.ts"
OLD = "export const due = (product: Product) => product.cost * 2;\n"
FINDING = LintFinding(
    "TS2339", "Property 'cost' does not exist on type 'Product'.", FILE, 1, 50, 1, 54, source="tsc"
)
TESTS = ("test/machine.test.ts::charges the price", "test/machine.test.ts::charges twice")


@dataclass(frozen=True)
class FakePlan:
    test_files: frozenset[str] = frozenset({"test/machine.test.ts"})
    source_files: tuple[str, ...] = (FILE,)
    notes: tuple[str, ...] = ()
    lint_default: bool = False

    def describe(self) -> str:
        return "fake"


@dataclass
class FakeSandbox:
    """Keeps the staged text of the file, which the fake runner reads."""

    staged: dict[str, str] = field(default_factory=lambda: {FILE: OLD})

    def put_files(self, files: dict[str, bytes]) -> None:
        self.staged.update({name: data.decode() for name, data in files.items()})


@dataclass
class FakeRunner:
    """tsc finds the missing property while `.cost` is read; the tests pass when `.price` is."""

    sandbox: FakeSandbox
    every: tuple[str, ...] = ()  # the tests a run of all of them reports
    test_runs: list[tuple[str, ...]] = field(default_factory=list)

    def run_lint(self) -> LintRun:
        return LintRun(findings=[FINDING] if ".cost" in self.sandbox.staged[FILE] else [])

    def run_tests(self, *, node_ids=(), coverage=False, test_timeout=None, command_timeout=None) -> PytestRun:
        self.test_runs.append(tuple(node_ids))
        outcome = "passed" if ".price" in self.sandbox.staged[FILE] else "failed"
        ran = node_ids or self.every
        return PytestRun(tests={t: TestResult(t, outcome, covered={FILE: [1]}) for t in ran}, coverage=True)


def _trier(runner: FakeRunner, sandbox: FakeSandbox, *, source: str = "tsc", ran: bool = True) -> Trier:
    failing = {t: TestResult(t, "failed", covered={FILE: [1], "src/other.ts": [3]}) for t in TESTS}
    unrelated = {
        "test/other.test.ts::x": TestResult("test/other.test.ts::x", "failed", covered={"src/other.ts": [3]})
    }
    tests = PytestRun(tests={**failing, **unrelated} if ran else {}, coverage=ran)
    lint = LintRun(findings=[FINDING])
    failure = Failure(
        BugType.TYPE_ERROR, FILE, 1, FINDING.message, source, code="TS2339",
        extra={"lint": [{"message": FINDING.message}]},
    )  # fmt: skip
    state = Analysis(
        tests=tests,
        lint=lint,
        failures=[failure],
        report=CheckReport(),
        lint_keys={(FINDING.code, FILE, FINDING.message)},
    )
    return Trier(
        failure=failure, state=state, plan=FakePlan(), runner=runner, sandbox=sandbox, stats=EngineStats(),
        read_source=lambda overrides: lambda file: None, host_judges=lambda file: False,
        should_stop=lambda: False, analyse=lambda **kwargs: None,
    )  # fmt: skip


def _candidate(member: str) -> Candidate:
    return Candidate(
        FILE, OLD.replace(".cost", f".{member}"), f"read {member}", 1, bug_type=BugType.TYPE_ERROR
    )


def test_a_candidate_that_only_satisfies_tsc_is_kept_aside_below_one_that_makes_the_failing_tests_pass():
    sandbox = FakeSandbox()
    runner = FakeRunner(sandbox)
    trier = _trier(runner, sandbox)
    # Both remove tsc's finding; only `price` makes the failing tests that run the file pass.
    stock = trier.quick(_candidate("stock"), OLD)
    price = trier.quick(_candidate("price"), OLD)
    assert stock.verdict.ok and (stock.verdict.tier, stock.verdict.score) == (3, 0)
    assert price.verdict.ok and (price.verdict.tier, price.verdict.score) == (1, 2)
    # Only the failing tests that ran the finding's file are asked, not the unrelated one.
    assert runner.test_runs == [tuple(sorted(TESTS))] * 2
    assert sandbox.staged[FILE] == OLD  # the candidate is unstaged after its quick trial


def test_a_linter_finding_is_judged_by_the_linter_alone():
    sandbox = FakeSandbox()
    runner = FakeRunner(sandbox)
    trier = _trier(runner, sandbox, source="eslint")
    stock = trier.quick(_candidate("stock"), OLD)
    assert stock.verdict.ok and stock.verdict.tier == 1
    assert runner.test_runs == []


def test_failing_tests_of_a_file_are_those_that_ran_it_or_all_without_coverage():
    ran = TestResult("t::a", "failed", covered={FILE: [1]})
    other = TestResult("t::b", "failed", covered={"src/x.ts": [1]})
    passed = TestResult("t::c", "passed", covered={FILE: [1]})
    tests = {t.nodeid: t for t in (ran, other, passed)}
    assert failing_tests_of(PytestRun(tests=tests, coverage=True), file=FILE) == {"t::a"}
    assert failing_tests_of(PytestRun(tests=tests), file=FILE) == {"t::a", "t::b"}


def test_with_a_build_that_ran_no_test_the_candidates_are_ranked_by_every_test_they_let_pass():
    # `tsc && mocha`: while tsc fails no test runs, so no failing test can be named; once a candidate
    # lets the build through, the whole run ranks it.
    sandbox = FakeSandbox()
    runner = FakeRunner(sandbox, every=TESTS)
    trier = _trier(runner, sandbox, ran=False)
    stock = trier.quick(_candidate("stock"), OLD)
    price = trier.quick(_candidate("price"), OLD)
    assert (stock.verdict.tier, stock.verdict.score) == (3, 0)
    assert (price.verdict.tier, price.verdict.score) == (1, 2)
    assert runner.test_runs == [(), ()]


def test_a_guard_that_only_satisfies_tsc_is_rejected_and_one_whose_tests_pass_is_a_fix():
    # The fixer marks an edit at a use of a value made wrong elsewhere as a guard (tsc_types'
    # origins): removing tsc's finding while the failing tests still fail is then no fix at all.
    sandbox = FakeSandbox()
    runner = FakeRunner(sandbox)
    trier = _trier(runner, sandbox)
    stock = trier.quick(replace(_candidate("stock"), guard=True), OLD)
    assert not stock.verdict.ok and "the checker is satisfied" in stock.verdict.reason
    price = trier.quick(replace(_candidate("price"), guard=True), OLD)
    assert price.verdict.ok and (price.verdict.tier, price.verdict.score) == (1, 2)
