"""The repair loop on npm projects of our own in the real sandbox (Node.js from the image, node --test).

node --test needs no package from the registry, so these run without a dependency phase.
"""

from __future__ import annotations

import pytest

from healer.engine.languages.combined import CombinedLanguage
from healer.engine.languages.javascript import JavaScriptLanguage
from healer.engine.repair import Engine, EngineConfig
from healer.engine.types import BugType, FixStatus
from tests.engine.conftest import SUPPORT

pytestmark = pytest.mark.docker

PACKAGE = '{"name": "shop", "version": "1.0.0", "type": "module", "scripts": {"test": "node --test"}}\n'
PRICE = """\
export function total(items {
  let sum = 0;
  for (const item of items) {
    sum += item.price * item.qty;
  }
  return sum;
}

export function discount(amount, percent) {
  return amount + (amount * percent) / 100;
}
"""
PRICE_TESTS = """\
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { discount, total } from '../src/price.js';

test('total adds price times quantity', () => {
  assert.equal(total([{ price: 2, qty: 3 }, { price: 1, qty: 1 }]), 7);
});

test('discount takes the percentage off', () => {
  assert.equal(discount(200, 10), 180);
});

test('no discount keeps the amount', () => {
  assert.equal(discount(50, 0), 50);
});
"""
SHOP = {"package.json": PACKAGE, "src/price.js": PRICE, "test/price.test.js": PRICE_TESTS}
TAX = {
    "pyproject.toml": '[tool.pytest.ini_options]\npythonpath = ["py"]\ntestpaths = ["tests"]\n',
    "py/tax.py": "def with_tax(amount):\n    return math.ceil(amount * 1.2)\n",
    "tests/test_tax.py": "from tax import with_tax\n\n\ndef test_with_tax():\n    assert with_tax(10) == 12\n",
}


@pytest.fixture
def docker_sandbox(docker_engine):
    from sandbox.docker_backend import DockerSandbox
    from tests.fixtures_docker import small_options

    client, image = docker_engine
    opened = []

    def open_(workspace, **overrides):
        sandbox = DockerSandbox.start(
            client=client,
            options=small_options(image, default_timeout=120.0, memory=512 * 1024**2, pids=128, **overrides),
            run_id="npm-engine-test",
            workspace=workspace,
            support_root=SUPPORT,
        )
        opened.append(sandbox)
        return sandbox

    yield open_
    for sandbox in opened:
        sandbox.close()


def _engine(ws, sandbox, **config):
    lines: list[str] = []
    engine = Engine(workspace=ws, sandbox=sandbox, config=EngineConfig(**config), log=lines.append)
    return engine, lines


def test_it_heals_an_npm_project_a_syntax_error_first_then_the_bug_it_hid(project, docker_sandbox):
    ws = project(SHOP)
    engine, _ = _engine(ws, docker_sandbox(ws))
    engine.discover()
    assert isinstance(engine.language, JavaScriptLanguage)
    report = engine.check()
    assert [(f.bug_type, f.file, f.line) for f in report.failures] == [(BugType.SYNTAX, "src/price.js", 1)]
    outcomes = list(engine.repair(report))
    assert [(o.bug_type, o.file, o.line, o.status) for o in outcomes] == [
        (BugType.SYNTAX, "src/price.js", 1, FixStatus.FIXED),
        (BugType.LOGIC, "src/price.js", 10, FixStatus.FIXED),
    ]
    assert outcomes[0].fix_line == "SYNTAX error in src/price.js line 1 → Fix: add the missing ')'"
    assert "export function total(items) {" in ws.read_text("src/price.js")
    assert "return amount - (amount * percent) / 100;" in ws.read_text("src/price.js")
    assert ws.read_text("test/price.test.js") == PRICE_TESTS  # tests are never edited
    final = engine.check()
    assert final.ok and final.passed == 3
    # One whole-suite run per accepted fix.
    assert engine.stats.suite_runs_for_fixes == engine.stats.fixes_accepted == 2


def test_a_repository_with_python_and_npm_gets_both_in_one_report_and_one_precedence(project, docker_sandbox):
    ws = project({**SHOP, **TAX})
    engine, _ = _engine(ws, docker_sandbox(ws))
    engine.discover()
    assert isinstance(engine.language, CombinedLanguage)
    report = engine.check()
    # The JavaScript syntax error comes before the Python import error: one precedence for both.
    assert [(f.bug_type, f.file) for f in report.failures] == [
        (BugType.SYNTAX, "src/price.js"),
        (BugType.IMPORT, "py/tax.py"),
    ]
    assert report.passed == 0 and report.failed == 2
    outcomes = list(engine.repair(report))
    assert [(o.bug_type, o.file, o.line) for o in outcomes] == [
        (BugType.SYNTAX, "src/price.js", 1),
        (BugType.IMPORT, "py/tax.py", 2),
        (BugType.LOGIC, "src/price.js", 10),
    ]
    assert ws.read_text("py/tax.py").startswith("import math\n")
    final = engine.check()
    assert final.ok and final.passed == 4


def test_a_bug_only_a_test_file_holds_is_reported_never_edited(project, docker_sandbox):
    broken = PRICE_TESTS.replace("assert.equal(discount(50, 0), 50);", "assert.equal(discount(50, 0), 50;")
    fixed_price = PRICE.replace("(items {", "(items) {").replace("amount + (", "amount - (")
    ws = project({**SHOP, "src/price.js": fixed_price, "test/price.test.js": broken})
    engine, _ = _engine(ws, docker_sandbox(ws))
    report = engine.check()
    assert [(f.bug_type, f.file) for f in report.failures] == [(BugType.SYNTAX, "test/price.test.js")]
    assert list(engine.repair(report)) == []
    assert ws.read_text("test/price.test.js") == broken
    (left,) = engine.unresolved(report)
    assert left.status is FixStatus.FAILED and left.file == "test/price.test.js"


INDEX = """\
export function indexBy(items, key) {
  const index = new Map();
  for (const item of items) {
    index.add(item[key], item);
  }
  return index;
}
"""
INDEX_TESTS = """\
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { indexBy } from '../src/index.js';

test('items are found by their key', () => {
  const index = indexBy([{ id: 'a', n: 1 }, { id: 'b', n: 2 }], 'id');
  assert.equal(index.get('b').n, 2);
});
"""


def test_a_method_a_map_lacks_becomes_the_one_the_sandboxs_node_lists(project, docker_sandbox):
    ws = project({"package.json": PACKAGE, "src/index.js": INDEX, "test/index.test.js": INDEX_TESTS})
    engine, _ = _engine(ws, docker_sandbox(ws))
    report = engine.check()
    assert [(f.bug_type, f.file, f.line) for f in report.failures] == [
        (BugType.TYPE_ERROR, "src/index.js", 4)
    ]
    (outcome,) = list(engine.repair(report))
    assert outcome.status is FixStatus.FIXED
    assert outcome.fix_line == (
        "TYPE_ERROR error in src/index.js line 4 → Fix: call 'set' instead of 'add', which Map.prototype does not have"
    )
    assert "index.set(item[key], item);" in ws.read_text("src/index.js")
    assert engine.check().ok


PAIRS = """\
export function pairUp(pars, indexes) {
  return pars.map((par, i) => { par, si: indexes[i] });
}
"""
PAIRS_TESTS = """\
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pairUp } from '../src/pairs.js';

test('each item is paired with its index', () => {
  assert.deepEqual(pairUp(['a', 'b'], [3, 1]), [{ par: 'a', si: 3 }, { par: 'b', si: 1 }]);
});
"""


def test_an_arrow_meant_to_return_an_object_gets_its_parentheses_not_an_arrow_for_its_colon(
    project, docker_sandbox
):
    ws = project({"package.json": PACKAGE, "src/pairs.js": PAIRS, "test/pairs.test.js": PAIRS_TESTS})
    engine, _ = _engine(ws, docker_sandbox(ws))
    report = engine.check()
    assert [(f.bug_type, f.file, f.line) for f in report.failures] == [(BugType.SYNTAX, "src/pairs.js", 2)]
    (outcome,) = list(engine.repair(report))
    assert outcome.status is FixStatus.FIXED
    assert outcome.fix_line == (
        "SYNTAX error in src/pairs.js line 2 → Fix: wrap the arrow's body in parentheses: it returns an object literal"
    )
    assert "pars.map((par, i) => ({ par, si: indexes[i] }));" in ws.read_text("src/pairs.js")
    assert engine.check().ok


RANKS = """\
export function ranked(scores) {
  const copy = [...scores];
  return copy.sort((a, b) => a > b);
}
"""
RANKS_TESTS = """\
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ranked } from '../src/ranks.js';

test('scores come lowest first', () => {
  assert.deepEqual(ranked([5, 3, 9, 1, 7, 2, 8]), [1, 2, 3, 5, 7, 8, 9]);
});
"""


def test_a_sort_comparator_returning_a_boolean_is_healed_as_logic_with_a_difference(project, docker_sandbox):
    ws = project({"package.json": PACKAGE, "src/ranks.js": RANKS, "test/ranks.test.js": RANKS_TESTS})
    engine, _ = _engine(ws, docker_sandbox(ws))
    report = engine.check()
    assert [f.bug_type for f in report.failures] == [BugType.LOGIC]
    (outcome,) = list(engine.repair(report))
    assert outcome.status is FixStatus.FIXED
    assert outcome.fix_line == (
        "LOGIC error in src/ranks.js line 3 → Fix: make the comparator return a number (a - b), not a boolean"
    )
    assert "return copy.sort((a, b) => a - b);" in ws.read_text("src/ranks.js")
    assert engine.check().ok


GLOB_PACKAGE = '{"name": "odds", "version": "1.0.0", "scripts": {"test": "node --test test/*.test.cjs"}}\n'
ODDS = "function discount(amount, percent) {\n  return amount + (amount * percent) / 100;\n}\n\nmodule.exports = { discount };\n"
ODDS_TESTS = """\
const test = require('node:test');
const assert = require('node:assert/strict');
const { discount } = require('../src/odds.cjs');

test('discount takes the percentage off', () => {
  assert.equal(discount(200, 10), 180);
});
"""


def test_a_test_script_with_an_unquoted_glob_finds_its_tests_as_npm_tests_sh_would(project, docker_sandbox):
    # `npm test` runs the script through sh, which expands test/*.test.cjs; node before 21 would
    # look for a file named so. The failing test is found, with its location, and healed.
    ws = project({"package.json": GLOB_PACKAGE, "src/odds.cjs": ODDS, "test/odds.test.cjs": ODDS_TESTS})
    engine, _ = _engine(ws, docker_sandbox(ws))
    report = engine.check()
    assert "Could not find" not in "".join(str(f) for f in report.failures)
    # Localised by the per-test coverage runs, which keep the glob too (as plain `node --test` does).
    assert [(f.bug_type, f.file) for f in report.failures] == [(BugType.LOGIC, "src/odds.cjs")]
    assert report.failed == 1 and report.passed == 0
    outcomes = list(engine.repair(report))
    (outcome,) = outcomes
    assert (outcome.status, outcome.file, outcome.line) == (FixStatus.FIXED, "src/odds.cjs", 2)
    assert engine.check().ok
