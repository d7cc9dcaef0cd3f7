"""healbench --mutate: cosmic-ray mutants, killed-only selection, figures, and the command end to end."""

from __future__ import annotations

import json
import subprocess
from dataclasses import asdict

import pytest
from django.core.management import call_command

from healer.engine.checks import CollectError, PytestRun, TestResult
from healer.engine.discovery import discover
from healer.engine.workspace import Workspace
from runs.benchmarks.corpus import BenchError, VerifyResult
from runs.benchmarks.mutants import (
    Edit,
    KillVerdict,
    covering_tests,
    edits_apply,
    failure_classify,
    groups_form,
    killed_select,
    line_after,
    mutant_make,
    pytest_verdict,
    specs_enumerate,
    specs_imported,
    specs_order,
)
from runs.benchmarks.mutate import (
    ATTEMPT_LOG_LINES,
    Attempt,
    HealRun,
    attempt_run,
    attempts_summary,
    candidates_validated,
    mutants_select,
    options_check,
    project_clone,
    source_modules,
)
from tests.conftest import make_git_repo

CALC = (
    "def add(a, b):\n"
    "    return a + b\n"
    "\n"
    "\n"
    "def clamp(x, low, high):\n"
    "    if x < low:\n"
    "        return low\n"
    "    if x > high:\n"
    "        return high\n"
    "    return x\n"
)
# test_clamp never reaches the `x > high` branch with x == high: some mutants survive it.
PROJECT = {
    "pyproject.toml": '[tool.ruff.lint]\nselect = ["F"]\n',
    "calc.py": CALC,
    "tests/test_calc.py": (
        "from calc import add, clamp\n\n\n"
        "def test_add():\n    assert add(2, 3) == 5\n\n\n"
        "def test_clamp():\n    assert clamp(5, 0, 10) == 5\n    assert clamp(-1, 0, 10) == 0\n"
    ),
}


# -- mutants (no sandbox) -------------------------------------------------------------------------
def test_it_orders_cosmic_ray_mutants_the_same_way_for_the_same_seed():
    specs = specs_enumerate(sources={"calc.py": CALC})
    assert {s.family for s in specs} >= {"ReplaceBinaryOperator", "ReplaceComparisonOperator", "AddNot"}
    first, again = specs_order(specs, seed=7), specs_order(specs, seed=7)
    assert [s.id for s in first] == [s.id for s in again]
    assert [s.id for s in specs_order(specs, seed=8)] != [s.id for s in first]
    # Operator-based selection: the first mutants come from different families and different lines.
    families = {s.family for s in specs}
    head = first[: len(families)]
    assert {s.family for s in head} == families and len({s.line for s in head}) == len(families)


def test_it_turns_a_mutant_into_a_one_line_edit():
    specs = specs_enumerate(sources={"calc.py": CALC})
    spec = next(s for s in specs if s.operator == "core/ReplaceBinaryOperator_Add_Sub")
    mutant = mutant_make(spec, CALC)
    assert mutant is not None and mutant.spec.line == 2
    assert mutant.edit == Edit(file="calc.py", start=1, end=2, new_lines=("    return a - b\n",))
    assert edits_apply({"calc.py": CALC}, [mutant.edit])["calc.py"] == CALC.replace("a + b", "a - b")


def test_it_enumerates_only_lines_the_tests_execute():
    covered = specs_enumerate(sources={"calc.py": CALC}, covered={"calc.py": {2}})
    assert covered and {s.line for s in covered} == {2}
    assert specs_enumerate(sources={"calc.py": CALC}, covered={}) == []


def test_it_keeps_only_the_mutants_the_tests_kill():
    specs = specs_order(specs_enumerate(sources={"calc.py": CALC}), seed=1)
    judged = []

    def judge(mutant):
        judged.append(mutant.id)
        if mutant.spec.family == "ReplaceBinaryOperator":
            return KillVerdict(killed=True, bug_type="LOGIC", exception="AssertionError", failed_tests=1)
        if mutant.spec.family == "AddNot":
            return KillVerdict(killed=False, timed_out=True)
        return KillVerdict(killed=False)

    killed, counts = killed_select(order=specs, sources={"calc.py": CALC}, judge=judge, wanted=2, budget=100)
    assert [m.spec.family for m in killed] == ["ReplaceBinaryOperator", "ReplaceBinaryOperator"]
    assert all(m.bug_type == "LOGIC" and m.failed_tests == 1 for m in killed)
    assert counts["killed"] == 2 and counts["tried"] == len(judged)
    assert counts["survived"] + counts["timeout"] == len(judged) - 2
    _, few_counts = killed_select(order=specs, sources={"calc.py": CALC}, judge=judge, wanted=5, budget=1)
    assert few_counts["tried"] == 1


def test_it_goes_on_selecting_until_a_group_of_mutants_apart_can_be_formed():
    # Every killed mutant of the first lines sits on or next to the others: `wanted` of them form no group.
    specs = specs_order(specs_enumerate(sources={"calc.py": CALC}), seed=1)

    def judge(mutant):
        return KillVerdict(killed=True, bug_type="LOGIC", exception="AssertionError", failed_tests=1)

    def enough(killed):
        return len(groups_form(killed, size=2, count=1)) >= 1

    near = [s for s in specs if s.line in {6, 7}]
    far = [s for s in specs if s.line == 2]
    order = near + far
    plain, _ = killed_select(order=order, sources={"calc.py": CALC}, judge=judge, wanted=2, budget=100)
    assert groups_form(plain, size=2, count=1) == []
    grouped, counts = killed_select(
        order=order, sources={"calc.py": CALC}, judge=judge, wanted=2, budget=100, enough=enough
    )
    assert len(groups_form(grouped, size=2, count=1)) == 1
    assert [m.id for m in grouped[:2]] == [m.id for m in plain]  # the same first mutants, then more
    assert counts["killed"] == len(grouped) > 2
    _, capped = killed_select(
        order=order, sources={"calc.py": CALC}, judge=judge, wanted=2, budget=3, enough=enough
    )
    assert capped["tried"] == 3


SCHEMA = (
    "class Field:\n"
    "    def __init__(self, name, size):\n"
    "        self.name, self.size = name, size\n"
    "\n"
    "\n"
    "class Header:\n"
    "    fields = (Field('version', 1), Field('length', 4))\n"
    "\n"
    "\n"
    "LIMIT = 2 + 3\n"
    "\n"
    "\n"
    "def unused(x):\n"
    "    return x * 2\n"
)


def test_it_adds_the_import_time_positions_of_a_module_no_test_runs_a_line_of():
    sources = {"calc.py": CALC, "schema.py": SCHEMA}
    covered = {"calc.py": {2}}
    first = specs_enumerate(sources=sources, covered=covered)
    assert {s.file for s in first} == {"calc.py"}  # a declarations-only module has no test line
    extra = specs_imported(sources=sources, covered=covered, imported={"schema.py": {1, 6, 7, 10}})
    assert extra and {s.file for s in extra} == {"schema.py"}
    assert all(s.module_level for s in extra)
    assert {s.line for s in extra} >= {7, 10} and not {s.line for s in extra} & {3, 14}  # not function bodies
    # A module some test runs a line of is specs_enumerate's already, and nothing imported adds nothing.
    assert specs_imported(sources=sources, covered=covered, imported={"calc.py": {1, 5}}) == []
    assert specs_imported(sources=sources, covered=covered, imported={}) == []
    # The first tier's order does not change: the extra positions come after it.
    order = specs_order(first, seed=4) + specs_order(extra, seed=4)
    assert [s.id for s in order[: len(first)]] == [s.id for s in specs_order(first, seed=4)]


def test_it_runs_only_the_tests_that_cover_a_mutated_line():
    specs = specs_enumerate(sources={"calc.py": CALC, "schema.py": SCHEMA})
    in_add = next(s for s in specs if s.file == "calc.py" and s.line == 2)
    in_table = next(s for s in specs if s.file == "schema.py" and s.line == 10)
    assert in_table.module_level and not in_add.module_level
    by_test = {
        "tests/test_calc.py::test_add": {"calc.py": [2]},
        "tests/test_calc.py::test_clamp": {"calc.py": [6, 7, 8, 10]},
    }
    by_import = {
        "tests/test_schema.py": {"schema.py": [1, 6, 7, 10]},
        "tests/test_calc.py": {"calc.py": [1, 5]},
    }
    assert covering_tests(in_add, by_test=by_test, by_import=by_import) == ("tests/test_calc.py::test_add",)
    assert covering_tests(in_table, by_test=by_test, by_import=by_import) == ("tests/test_schema.py",)
    # Nothing recorded, or too many covering tests: the whole suite.
    assert covering_tests(in_add, by_test={}, by_import=by_import) == ()
    assert covering_tests(in_add, by_test=by_test, by_import=by_import, limit=0) == ()


def _run(tests=(), collect=(), timed_out=False):
    run = PytestRun(timed_out=timed_out)
    for index, (outcome, exception) in enumerate(tests):
        run.tests[f"t.py::t{index}"] = TestResult(
            nodeid=f"t.py::t{index}", outcome=outcome, exception={"type": exception} if exception else None
        )
    run.collect_errors = [CollectError(nodeid="t.py", exception=exc) for exc in collect]
    return run


def test_it_names_a_mutants_bug_type_from_the_failure_the_tests_show():
    assert failure_classify(["AssertionError", "AssertionError"]) == ("LOGIC", "AssertionError")
    assert failure_classify(["AssertionError", "TypeError"]) == ("TYPE_ERROR", "TypeError")
    assert failure_classify(["IndexError"]) == ("LOGIC", "IndexError")
    assert failure_classify(["NameError"]) == ("IMPORT", "NameError")
    assert pytest_verdict(_run([("passed", None), ("failed", "AssertionError")])).bug_type == "LOGIC"
    wrapped = {"type": "ConftestImportFailure", "cause": {"type": "IndentationError"}}
    verdict = pytest_verdict(_run(collect=[wrapped]))
    assert (verdict.killed, verdict.bug_type, verdict.exception) == (True, "INDENTATION", "IndentationError")
    assert not pytest_verdict(_run([("passed", None)])).killed
    assert pytest_verdict(_run([("failed", "AssertionError")], timed_out=True)).timed_out


def test_it_moves_the_lines_of_a_group_and_keeps_its_bugs_apart():
    inserted = Edit(file="m.py", start=0, end=1, new_lines=("a\n", "b\n"))
    assert line_after(5, "m.py", [inserted]) == 6
    assert line_after(5, "other.py", [inserted]) == 5
    specs = specs_enumerate(sources={"calc.py": CALC})
    mutants = [m for m in (mutant_make(s, CALC) for s in specs) if m is not None]
    groups = groups_form(mutants, size=2, count=2)
    assert len(groups) == 2
    for a, b in groups:
        assert abs(a.edit.start - b.edit.start) > 1  # never the same or adjacent lines
        text = edits_apply({"calc.py": CALC}, [a.edit, b.edit])["calc.py"]
        compile(text, "calc.py", "exec")


def test_it_counts_candidates_from_the_engines_log_lines():
    log = [
        "Trying 3 candidate(s) for LOGIC calc.py:2 (assert 1 == 5)",
        "  rejected 'swap + for -' (line 2): 1 test(s) still fail",
        "  rejected 'swap + for *' (line 2): 1 test(s) still fail",
        "Fixed: LOGIC error in calc.py line 2 → Fix: replace - with + (now 2 passed, 0 failed, 0 lint finding(s))",
        "Trying 2 candidate(s) for TYPE_ERROR calc.py:9 (x)",
    ]
    assert candidates_validated(log) == (3, 5)


def _attempt(kind, healed, bug_type, family, seconds, candidates, located=True, size=1):
    mutant = {"bug_type": bug_type, "family": family, "located": located}
    return Attempt(
        kind=kind,
        mutants=[dict(mutant) for _ in range(size)],
        healed=healed,
        seconds=seconds,
        candidates=candidates,
    )


def test_it_reports_repair_rates_by_type_and_operator_with_time_and_candidates():
    singles = [
        _attempt("single", True, "LOGIC", "NumberReplacer", 10.0, 4),
        _attempt("single", False, "LOGIC", "AddNot", 30.0, 12, located=False),
        _attempt("single", True, "TYPE_ERROR", "NumberReplacer", 20.0, 2),
    ]
    groups = [_attempt("group", True, "LOGIC", "AddNot", 60.0, 9, size=3)]
    s = attempts_summary(singles=singles, groups=groups)
    assert (s["singles_healed"], s["singles"], s["singles_located"]) == (2, 3, 2)
    assert s["by_type"]["LOGIC"] == {"bugs": 2, "healed": 1, "located": 1, "rate": 0.5}
    assert s["by_operator"]["NumberReplacer"]["rate"] == 1.0
    assert (s["seconds_per_bug_median"], s["seconds_per_bug_p90"]) == (20.0, 30.0)
    assert s["seconds_per_healed_bug_median"] == 15.0
    assert (s["candidates_per_bug_median"], s["candidates_per_bug_mean"]) == (4, 6.0)
    assert (s["groups_healed"], s["group_bugs"], s["group_seconds_per_bug_median"]) == (1, 3, 20.0)


# -- input -------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("mutants", "group", "groups", "message"),
    [(0, 3, None, "--mutants"), (2, 1, None, "--group"), (2, 3, -1, "--groups")],
)
def test_it_refuses_bad_counts(mutants, group, groups, message):
    with pytest.raises(BenchError, match=message):
        options_check(mutants=mutants, group=group, groups=groups)
    assert options_check(mutants=4, group=3, groups=None) == 2


@pytest.mark.django_db  # the command first checks the database is migrated
def test_it_exits_2_when_the_path_is_not_a_git_repository(tmp_path, capsys):
    (tmp_path / "calc.py").write_text(CALC)
    with pytest.raises(SystemExit) as exit_info:
        call_command("healbench", "--mutate", str(tmp_path))
    assert exit_info.value.code == 2
    assert "is not a Git repository" in capsys.readouterr().err


@pytest.mark.django_db  # the command first checks the database is migrated
def test_it_exits_2_on_two_modes_at_once(tmp_path, capsys):
    with pytest.raises(SystemExit) as exit_info:
        call_command("healbench", str(tmp_path), "--mutate", str(tmp_path))
    assert exit_info.value.code == 2
    assert "give one of" in capsys.readouterr().err


def test_it_measures_the_committed_head_and_never_tests_as_sources(tmp_path):
    repo = make_git_repo(tmp_path / "p", {**PROJECT, "conftest.py": "", "pkg/tests/helpers.py": "X = 1\n"})
    (repo / "calc.py").write_text("uncommitted edit\n")
    base = project_clone(repo, tmp_path / "base")
    assert (base / "calc.py").read_text() == CALC and not (base / ".git").exists()
    assert list(source_modules(base, plan=discover(Workspace(base)))) == ["calc.py"]


def test_it_never_mutates_a_module_the_engine_runs_as_tests(tmp_path):
    # dotmap's and jsmin's layout: the package's `test.py` matches none of pytest's default
    # python_files, so only the engine's unittest rule (test*.py, named on pytest's command
    # line) makes it test code; a mutant there would be one Healer must refuse to fix.
    files = {
        "setup.py": "from setuptools import setup\nsetup(name='box')\n",
        "box/__init__.py": "def double(x):\n    return 2 * x\n",
        "box/test.py": (
            "import unittest\nfrom box import double\n\n\n"
            "class T(unittest.TestCase):\n    def test_double(self):\n        self.assertEqual(double(2), 4)\n"
        ),
        "box/tests.py": "import unittest\n\n\ndef test_nothing():\n    assert True\n",
    }
    base = project_clone(make_git_repo(tmp_path / "p", files), tmp_path / "base")
    plan = discover(Workspace(base))
    assert "box/test.py" in plan.pytest_args
    assert list(source_modules(base, plan=plan)) == ["box/__init__.py", "setup.py"]


# -- with the real sandbox -----------------------------------------------------------------------------
@pytest.mark.docker
def test_it_selects_the_same_killed_mutants_for_the_same_seed(tmp_path):
    base = project_clone(make_git_repo(tmp_path / "p", PROJECT), tmp_path / "base")
    first = mutants_select(base=base, wanted=2, seed=3, echo=lambda line: None)
    again = mutants_select(base=base, wanted=2, seed=3, echo=lambda line: None)
    assert [m.id for m in first.killed] == [m.id for m in again.killed]
    assert len(first.killed) == 2 and first.counts["killed"] == 2
    assert all(m.failed_tests >= 1 and m.bug_type in {"LOGIC", "TYPE_ERROR"} for m in first.killed)
    assert first.tests_passed == 2


@pytest.mark.docker
@pytest.mark.django_db(transaction=True)
def test_the_command_heals_killed_mutants_and_judges_with_the_original_tests(tmp_path, capsys):
    repo = make_git_repo(tmp_path / "p", PROJECT)
    out = tmp_path / "mutate.json"
    call_command(
        "healbench",
        "--mutate",
        str(repo),
        "--mutants",
        "1",
        "--group",
        "2",
        "--groups",
        "1",
        "--seed",
        "3",
        "--json",
        str(out),
    )
    printed = capsys.readouterr().out
    data = json.loads(out.read_text())
    assert len(data["singles"]) == 1 and len(data["groups"]) == 1
    assert len(data["groups"][0]["mutants"]) == 2
    for attempt in data["singles"] + data["groups"]:
        assert attempt["run_status"] in {"PASSED", "FAILED"}
        assert attempt["passed"] + attempt["failed"] >= 1  # the verification run happened
        assert attempt["healed"] == (attempt["failed"] == 0 and not attempt["error"])
        for mutant in attempt["mutants"]:
            assert mutant["failed_tests"] >= 1 and mutant["diff"].startswith("--- a/calc.py")
    assert data["selection"]["killed"] >= 2
    total = data["summary"]
    assert total["singles"] == 1 and total["groups"] == 1
    assert "TOTAL: single mutants healed" in printed and "by operator:" in printed
    # The measured repository itself is never touched.
    assert (repo / "calc.py").read_text() == CALC
    assert (
        subprocess.run(["git", "status", "--porcelain"], cwd=repo, capture_output=True, text=True).stdout
        == ""
    )


@pytest.mark.django_db  # the command first checks the database is migrated
@pytest.mark.docker
@pytest.mark.parametrize(
    ("files", "message"),
    [
        (
            {
                **PROJECT,
                "tests/test_calc.py": "from calc import add\n\n\ndef test_add():\n    assert add(2, 3) == 6\n",
            },
            "already fail",
        ),
        ({"calc.py": CALC, "README": "no tests\n"}, "has no tests"),
        ({**PROJECT, "tests/test_calc.py": "def test_nothing():\n    assert True\n"}, "no mutant is killed"),
    ],
)
def test_it_exits_2_when_the_project_cannot_be_measured(tmp_path, capsys, files, message):
    repo = make_git_repo(tmp_path / "p", files)
    with pytest.raises(SystemExit) as exit_info:
        call_command("healbench", "--mutate", str(repo), "--mutants", "1")
    assert exit_info.value.code == 2
    assert message in capsys.readouterr().err


def test_verification_restores_every_file_but_the_source_modules(tmp_path):
    from runs.benchmarks.mutate import originals_restore

    original = make_git_repo(tmp_path / "o", PROJECT)
    healed = make_git_repo(
        tmp_path / "h", {**PROJECT, "calc.py": "# healed\n", "tests/test_calc.py": "# gutted\n"}
    )
    (healed / "pyproject.toml").unlink()
    originals_restore(original=original, healed=healed, sources=["calc.py"])
    assert (healed / "calc.py").read_text() == "# healed\n"
    assert (healed / "tests/test_calc.py").read_text() == PROJECT["tests/test_calc.py"]
    assert (healed / "pyproject.toml").read_text() == PROJECT["pyproject.toml"]
    assert VerifyResult(ok=True, passed=1, failed=0, lint_findings=0).ok


def test_it_keeps_the_engines_log_of_each_attempt(tmp_path):
    base = tmp_path / "base"
    base.mkdir()
    (base / "calc.py").write_text(CALC)
    spec = next(s for s in specs_enumerate(sources={"calc.py": CALC}) if s.line == 2)
    mutant = mutant_make(spec, CALC)
    lines = [f"line {n}" for n in range(ATTEMPT_LOG_LINES + 5)]

    def heal(repo):
        return HealRun(status="FAILED", fixes=[], log=lines)

    def verify(**kwargs):
        return VerifyResult(ok=False, passed=1, failed=1, lint_findings=0)

    workdir = tmp_path / "attempt"
    workdir.mkdir()
    attempt = attempt_run(
        kind="single",
        members=[mutant],
        base=base,
        sources={"calc.py": CALC},
        workdir=workdir,
        heal=heal,
        verify=verify,
    )
    assert attempt.log == lines[-ATTEMPT_LOG_LINES:] and attempt.log[-1] == lines[-1]
    assert json.loads(json.dumps(asdict(attempt)))["log"][0] == lines[5]
