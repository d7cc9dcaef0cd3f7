"""Static per-test coverage: what a test calls, when the runner measures no coverage."""

from __future__ import annotations

from types import SimpleNamespace

from healer.engine.javascript.classify import Repository, rank_suspicious
from healer.engine.javascript.reports import TestCase
from healer.engine.javascript.suspects import (
    asserted_functions,
    coverage_clusters,
    module_constants,
    static_coverage,
)
from healer.engine.localise import Spectrum

STOCK = """export class Stock {
  add(n) {
    this.n = (this.n || 0) + n;
  }

  remove(n) {
    if (this.n < n) {
      return false;
    }
    this.n = clamp(this.n - n);
    return true;
  }
}

function clamp(n) {
  return Math.max(n, 0);
}
"""
TESTS = """import { it, expect } from 'vitest';
import { Stock } from '../src/stock.js';

it('adds', () => {
  const s = new Stock();
  s.add(2);
  expect(s.n).toBe(2);
});

it('removes', () => {
  const s = new Stock();
  s.add(2);
  expect(s.remove(2)).toBe(true);
});
"""
FILES = {"src/stock.js": STOCK, "test/stock.test.js": TESTS}
REPO = Repository(files=set(FILES), read=FILES.get)


def case(title: str, line: int) -> TestCase:
    return TestCase(
        id=f"t::{title}", file="test/stock.test.js", name=title, title=title, outcome="failed", line=line
    )


def test_a_test_covers_the_bodies_of_what_it_calls_and_one_call_further():
    assert static_coverage(case("adds", 4), repo=REPO) == {"src/stock.js": {3}}
    assert static_coverage(case("removes", 10), repo=REPO) == {"src/stock.js": {3, 7, 8, 9, 10, 11, 16}}


def test_a_test_is_found_by_its_title_when_the_runner_gives_no_line():
    assert static_coverage(case("removes", 0), repo=REPO) == static_coverage(case("removes", 10), repo=REPO)
    assert static_coverage(case("nowhere", 0), repo=REPO) == {}


def test_ochiai_over_static_coverage_puts_what_only_the_failing_test_calls_first():
    ranked = rank_suspicious(
        failing=[static_coverage(case("removes", 10), repo=REPO)],
        passing=[static_coverage(case("adds", 4), repo=REPO)],
        repo=REPO,
    )
    assert {line for _, line, score in ranked if score == 1.0} == {7, 8, 9, 10, 11, 16}
    assert ranked[-1][1] == 3


WEEK = """function read(text) {
  return text.split(',').map(Number);
}

function week(days) {
  const totals = new Map();
  for (const d of days) {
    totals.set(d, 1);
  }
  return totals.size;
}

module.exports = { read, week };
"""
WEEK_TESTS = """const assert = require('node:assert');
const { read, week } = require('../src/week');

const SHEET = '1,2,2';

describe('week', () => {
  const parsed = read(SHEET);
  it('sums', () => {
    const summary = week(read(SHEET));
    expect(summary.total).toBe(3);
  });
  it('reads', () => {
    assert.deepStrictEqual(read(SHEET), [1, 2, 2]);
    expect(parsed[0]).toBe(1);
    expect(SHEET.length).toBe(5);
  });
});
"""
WEEK_FILES = {"src/week.js": WEEK, "test/week.test.js": WEEK_TESTS}
WEEK_REPO = Repository(files=set(WEEK_FILES), read=WEEK_FILES.get)


def test_the_asserted_value_leads_to_the_function_that_computed_it():
    def at(line: int) -> list[tuple[str, int, int]]:
        frames = [("test/week.test.js", line), ("src/week.js", 2)]  # innermost test frame: the check
        return asserted_functions(frames, repo=WEEK_REPO)

    # Through the variable the test declared: the outer call made the value, not its argument's `read`.
    assert at(10) == [("src/week.js", 5, 11)]
    assert at(13) == [("src/week.js", 1, 3)]  # node:assert, the actual value first
    assert at(14) == [("src/week.js", 1, 3)]  # a variable of the describe block
    assert at(15) == []  # no repository function made it
    assert asserted_functions([("src/week.js", 2)], repo=WEEK_REPO) == []  # no test frame


def test_the_module_constants_a_function_reads_are_places_to_look():
    text = (
        "const STEPS = [[1, 2], [2, 1]];\nconst OTHER = [1];\nconst helper = (x) => x;\n"
        "export function jumps(at) {\n  return helper(STEPS.map(([a, b]) => at + a + b));\n}\n"
    )
    repo = Repository(files={"src/m.js"}, read={"src/m.js": text}.get)
    assert module_constants("src/m.js", 4, 6, repo=repo) == [1]  # not OTHER (unread), not the helper


def _covered(**files: list[int]):
    return SimpleNamespace(covered={f"src/{name}.js": lines for name, lines in files.items()})


def test_it_clusters_the_failing_tests_of_two_faults_apart():
    # Every test loads both modules (lines 1-2 of each); prices' tests run lines 5-6, clocks' 8-9.
    passing = [{"src/prices.js": [1, 2], "src/clocks.js": [1, 2]}] * 2
    spectrum = Spectrum(passing)
    a1, a2 = _covered(prices=[1, 2, 5, 6], clocks=[1, 2]), _covered(prices=[1, 2, 5, 6, 7], clocks=[1, 2])
    b1, b2 = _covered(prices=[1, 2], clocks=[1, 2, 8, 9]), _covered(prices=[1, 2], clocks=[1, 2, 8, 9, 10])
    assert coverage_clusters([a1, b1, a2, b2], spectrum=spectrum) == [[a1, a2], [b1, b2]]


def test_it_keeps_one_cluster_where_one_line_explains_every_failure():
    passing = [{"src/prices.js": [1, 2]}]
    spectrum = Spectrum(passing)
    # Line 3 is run by every failing test and by no passing one: one fault, whatever else differs.
    a, b = _covered(prices=[1, 2, 3, 5]), _covered(prices=[1, 2, 3, 8])
    assert coverage_clusters([a, b], spectrum=spectrum) == [[a, b]]
    # A test whose lines all run in passing tests too gives no evidence to split on.
    c = _covered(prices=[1, 2])
    assert coverage_clusters([a, c], spectrum=spectrum) == [[a, c]]
    assert coverage_clusters([a], spectrum=spectrum) == [[a]]
