"""A candidate first meets one fast targeted test: a wrong one is rejected before the others run."""

from __future__ import annotations

from healer.engine.repair import Engine, EngineConfig
from healer.engine.types import BugType, FixStatus

from .conftest import PYPROJECT_SRC
from .test_engine_validation import Offers

SOURCE = "def double(n):\n    return n + 2\n"
# k = 3 left out: the wrong candidate (n + 3) passes double(3) == 6, and the probe, now the suite's
# first among equally fast tests (trial.probe_target), would run that one; before, timing noise
# picked it one time in five.
TESTS = "from calc import double\n\n" + "".join(
    f"\ndef test_double_{k}():\n    assert double({k}) == {2 * k}\n\n" for k in (4, 5, 6, 7, 8)
)


class Recording:
    """The local sandbox, remembering the argv of every command."""

    def __init__(self, inner) -> None:
        self.inner, self.commands = inner, []
        self.repo_dir, self.support_dir = inner.repo_dir, inner.support_dir

    def upload(self, workspace):
        self.inner.upload(workspace)

    def put_files(self, files):
        self.inner.put_files(files)

    def exec(self, argv, **kwargs):
        self.commands.append([str(a) for a in argv])
        return self.inner.exec(argv, **kwargs)

    def read_file(self, path, *, limit):
        return self.inner.read_file(path, limit=limit)


def _targets(argv: list[str]) -> list[str]:
    return [a for a in argv if a.startswith("tests/test_calc.py::")]


def test_it_rejects_a_wrong_candidate_on_one_targeted_test_and_judges_a_right_one_on_all(
    project, local_sandbox
):
    ws = project({"pyproject.toml": PYPROJECT_SRC, "src/calc.py": SOURCE, "tests/test_calc.py": TESTS})
    sandbox = Recording(local_sandbox)
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
    assert report.failed == 5
    sandbox.commands.clear()
    outcomes = list(engine.repair(report))
    assert [(o.description, o.status) for o in outcomes] == [("times", FixStatus.FIXED)], lines
    targeted = [len(_targets(argv)) for argv in sandbox.commands if _targets(argv)]
    # "three": one probe, rejected; "times": a probe that passes, then all five targeted tests.
    assert targeted == [1, 1, 5], sandbox.commands
    rejection = next(line for line in lines if "rejected 'three'" in line)
    assert "still fails where it did" in rejection
    assert engine.check().ok


COVERED_SOURCE = (
    "def double(n):\n    width = 0\n    return n + 2 + width\n\n\ndef half(n):\n    return n // 2\n"
)
# One passing test covers the edited lines, three others do not (a selection is run only when it
# is at most half of the passing tests: trial.SELECTED_SHARE).
COVERED_TESTS = (
    TESTS.replace("import double", "import double, half")
    + "\ndef test_double_is_positive():\n    assert double(1) > 0\n"
    + "".join(f"\n\ndef test_half_{k}():\n    assert half({2 * k}) == {k}\n" for k in (1, 2, 3))
)


def test_it_runs_the_covering_tests_only_after_the_targeted_ones_when_the_probe_fails_exactly_as_before(
    project, local_sandbox
):
    ws = project(
        {"pyproject.toml": PYPROJECT_SRC, "src/calc.py": COVERED_SOURCE, "tests/test_calc.py": COVERED_TESTS}
    )
    sandbox = Recording(local_sandbox)
    lines: list[str] = []
    engine = Engine(
        workspace=ws,
        sandbox=sandbox,
        config=EngineConfig(test_timeout=20),
        log=lines.append,
        fixers=[
            Offers(
                BugType.LOGIC,
                "src/calc.py",
                [("width = 0", "width = -0", "untouched"), ("n + 2", "n * 2", "times")],
            )
        ],
    )
    report = engine.check()
    assert report.failed == 5
    sandbox.commands.clear()
    outcomes = list(engine.repair(report))
    assert [(o.description, o.status) for o in outcomes] == [("times", FixStatus.FIXED)], lines
    covering = "tests/test_calc.py::test_double_is_positive"
    runs = [argv for argv in sandbox.commands if _targets(argv)]
    # "untouched": its probe fails exactly as before, then the five targeted tests alone (the
    # covering test would only be paid by a candidate that is rejected anyway).
    assert [len(_targets(argv)) for argv in runs[:2]] == [1, 5], sandbox.commands
    assert covering not in runs[1]
    assert "the targeted tests fail exactly as before" in next(
        line for line in lines if "'untouched'" in line
    )
    # "times": its probe passes; the covering test runs along with the five targeted ones.
    assert len(_targets(runs[2])) == 1 and covering in runs[3], sandbox.commands
    assert engine.check().ok
