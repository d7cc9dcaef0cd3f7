"""A candidate's targeted runs may be served by the sandbox's pre-imported pytest; the whole suite,
which accepts a fix and measures coverage, never is (pyspeed17)."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from healer.engine.repair import Engine, EngineConfig
from healer.engine.types import BugType, FixStatus
from sandbox.docker_backend import DockerSandbox

from .conftest import PYPROJECT_SRC
from .test_engine_validation import Offers
from .test_trial_probe import SOURCE, TESTS, Recording


class RecordingWarm(Recording):
    """The local sandbox, remembering each command's argv and whether it allowed a warm run."""

    def __init__(self, inner) -> None:
        super().__init__(inner)
        self.warm: list[tuple[bool, list[str]]] = []

    def exec(self, argv, **kwargs):
        self.warm.append((bool(kwargs.get("warm", False)), [str(a) for a in argv]))
        return super().exec(argv, **kwargs)


def _names_tests(argv: list[str]) -> bool:
    return any("::" in arg for arg in argv)


def test_it_allows_warm_runs_for_named_tests_only_and_keeps_the_accepting_suite_fresh(project, local_sandbox):
    ws = project({"pyproject.toml": PYPROJECT_SRC, "src/calc.py": SOURCE, "tests/test_calc.py": TESTS})
    sandbox = RecordingWarm(local_sandbox)
    lines: list[str] = []
    engine = Engine(
        workspace=ws,
        sandbox=sandbox,
        config=EngineConfig(test_timeout=20),
        log=lines.append,
        fixers=[
            Offers(BugType.LOGIC, "src/calc.py", [("n + 2", "n + 3", "three"), ("n + 2", "n * 2", "times")])
        ],
    )
    report = engine.check()
    outcomes = list(engine.repair(report))
    assert [(o.description, o.status) for o in outcomes] == [("times", FixStatus.FIXED)], lines
    pytest_runs = [(warm, argv) for warm, argv in sandbox.warm if "pytest" in argv]
    targeted = [warm for warm, argv in pytest_runs if _names_tests(argv)]
    suites = [warm for warm, argv in pytest_runs if not _names_tests(argv)]
    assert targeted and all(targeted), pytest_runs
    # The baseline and the run that accepted "times": fresh, whatever the targeted runs were.
    assert len(suites) >= 2 and not any(suites), pytest_runs
    # Ruff is never a pytest run: never warm.
    assert not any(warm for warm, argv in sandbox.warm if "pytest" not in argv)


@pytest.mark.parametrize(
    ("warm_pytest", "warm_targeted", "warm", "served"),
    [
        (False, False, True, False),  # both off: every run fresh
        (False, True, True, True),  # a targeted run, allowed
        (False, True, False, False),  # the whole suite stays fresh
        (True, False, False, True),  # HEALER_SANDBOX_WARM_PYTEST: every pytest run warm, as before
    ],
)
def test_it_serves_warm_only_what_the_options_and_the_caller_allow(warm_pytest, warm_targeted, warm, served):
    options = SimpleNamespace(warm_pytest=warm_pytest, warm_targeted=warm_targeted)
    assert DockerSandbox._serve_warm(SimpleNamespace(options=options), warm=warm) is served


def test_it_turns_both_warm_switches_for_the_candidate_bench_fresh_and_warm_samples():
    from healer.engine.benchmarks.candidate_time import _warm_switches

    both = SimpleNamespace(warm_pytest=True, warm_targeted=True)
    # A "fresh" sample must not be served warm through the targeted runs' own switch.
    assert _warm_switches(both, warm=False) == {"warm_pytest": False, "warm_targeted": False}
    assert _warm_switches(both, warm=True) == {"warm_pytest": True, "warm_targeted": True}
    assert _warm_switches(SimpleNamespace(warm_pytest=True), warm=False) == {"warm_pytest": False}
