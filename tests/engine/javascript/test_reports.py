"""Test reports of jest, vitest, mocha and node --test, read into plain dataclasses."""

from __future__ import annotations

import json

import pytest

from healer.engine.javascript.reports import (
    parse_jest_report,
    parse_mocha_report,
    parse_node_test_report,
    parse_tap_report,
    parse_vitest_report,
)
from healer.engine.types import ExecResult
from tests.engine.javascript.conftest import REPO, data

FAILED_RUN = ExecResult(exit_code=1, output="", duration=1.0)


def summary(run):
    return {t.id: (t.outcome, t.line, t.error.name if t.error else "", t.error.assertion if t.error else None)
            for t in run.tests.values()}  # fmt: skip


def test_jest_tests_with_locations_errors_and_assertions():
    run = parse_jest_report(data("jest-failures.json"), result=FAILED_RUN, repo_dir=REPO)
    assert summary(run) == {
        "test/math.test.js::math adds": ("failed", 3, "Error", True),
        "test/math.test.js::math boom": ("failed", 6, "TypeError", False),
        "test/math.test.js::math ok": ("passed", 9, "", None),
    }
    boom = run.tests["test/math.test.js::math boom"]
    assert (boom.title, boom.error.repo_frames[0].file, boom.error.repo_frames[0].line) == (
        "boom",
        "src/math.js",
        5,
    )
    assert run.failed_ids == {"test/math.test.js::math adds", "test/math.test.js::math boom"}


def test_jest_test_files_that_cannot_load_are_suite_errors():
    run = parse_jest_report(data("jest-suite-errors.json"), result=FAILED_RUN, repo_dir=REPO)
    errors = {e.file: e.error for e in run.suite_errors}
    assert run.tests == {} and set(errors) == {"test/bad.test.js", "test/gone.test.js"}
    assert errors["test/bad.test.js"].location == ("src/bad.js", 2, 13)
    assert (errors["test/gone.test.js"].module, errors["test/gone.test.js"].importer) == (
        "../src/nothere", "test/gone.test.js",
    )  # fmt: skip


def test_vitest_writes_jests_shape():
    run = parse_vitest_report(data("vitest-failures.json"), result=FAILED_RUN, repo_dir=REPO)
    assert run.runner == "vitest"
    assert summary(run)["test/calc.test.ts::calc adds"] == ("failed", 4, "AssertionError", True)
    assert run.tests["test/calc.test.ts::calc booms"].error.repo_frames[0].file == "src/calc.ts"
    suites = parse_vitest_report(
        data("vitest-suite-errors.json"), result=FAILED_RUN, repo_dir=REPO
    ).suite_errors
    assert [(s.file, s.error.location, s.error.module) for s in suites] == [
        ("test/bad.test.ts", ("src/bad.ts", 2, 13), ""), ("test/imp.test.ts", None, "./missing"),
    ]  # fmt: skip


def test_mocha_failures_and_a_crash_before_the_report():
    run = parse_mocha_report(data("mocha-failures.json"), result=FAILED_RUN, repo_dir=REPO)
    assert summary(run) == {
        "test/m.spec.js::m adds": ("failed", 0, "AssertionError", True),
        "test/m.spec.js::m booms": ("failed", 0, "TypeError", False),
        "test/m.spec.js::m fine": ("passed", 0, "", None),
    }
    crashed = parse_mocha_report(None, result=ExecResult(exit_code=1, output=data("mocha-crash.txt").decode(),
                                                         duration=1), repo_dir=REPO)  # fmt: skip
    assert crashed.error == "mocha: no report was written"
    assert [(s.file, s.error.location) for s in crashed.suite_errors] == [
        ("test/m2.spec.js", ("src/bad2.js", 2, 13))
    ]


def test_node_test_with_healers_reporter():
    run = parse_node_test_report(data("node-test.jsonl"), result=FAILED_RUN, repo_dir=REPO)
    assert summary(run) == {
        "test/n.test.js::n adds": ("failed", 5, "AssertionError", True),
        "test/n.test.js::n booms": ("failed", 6, "TypeError", False),
        "test/n.test.js::n fine": ("passed", 7, "", None),
        "test/n.test.js::top": ("failed", 9, "AssertionError", True),
    }
    assert [(s.file, s.error.location) for s in run.suite_errors] == [
        ("test/m2.spec.js", ("src/bad2.js", 2, 13))
    ]


def test_node_tests_tap_output():
    run = parse_tap_report(data("node-test.tap"), result=FAILED_RUN, repo_dir=REPO)
    failed = {t.id: t.error.name for t in run.tests.values() if t.failed}
    assert failed == {"test/n.test.js::n adds": "AssertionError", "test/n.test.js::n booms": "TypeError",
                      "test/n.test.js::top": "AssertionError"}  # fmt: skip
    assert [(s.file, s.error.location) for s in run.suite_errors] == [
        ("test/m2.spec.js", ("src/bad2.js", 2, 13))
    ]


@pytest.mark.parametrize(
    "parse", [parse_jest_report, parse_mocha_report, parse_node_test_report, parse_tap_report]
)
@pytest.mark.parametrize(
    "raw",
    [None, b"", b"not json", b"[1,2]", b'{"testResults": 5, "tests": "x"}', b"\xff\xfe\x00",
     b"[" * 100_000, json.dumps({"testResults": [{"name": 7, "assertionResults": [{"status": {}, "title": []}]}],
                                 "tests": [{"err": 5, "file": None}]}).encode()],
)  # fmt: skip
def test_broken_or_hostile_reports_never_raise(parse, raw):
    run = parse(raw, result=FAILED_RUN, repo_dir=REPO)
    assert isinstance(run.tests, dict)
    assert run.error or run.tests or raw.startswith(b"{") or raw.startswith(b"[1")


def test_a_runner_that_timed_out_says_so():
    hung = ExecResult(exit_code=None, output="", duration=300, timed_out=True, killed_reason="timeout")
    run = parse_jest_report(None, result=hung, repo_dir=REPO)
    assert run.timed_out and run.error == "jest did not finish in time (timeout)" and not run.ok


def test_duplicate_names_stay_distinct_and_the_number_of_tests_is_capped():
    cases = [{"title": "same", "fullName": "same", "status": "passed"}] * 3
    report = {"testResults": [{"name": "/work/t.test.js", "status": "passed", "assertionResults": cases}]}
    run = parse_jest_report(json.dumps(report).encode(), result=None, repo_dir=REPO)
    assert sorted(run.tests) == ["t.test.js::same", "t.test.js::same #2", "t.test.js::same #3"]
