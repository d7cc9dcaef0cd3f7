"""npm repositories through everything a Python one goes through: heal, commits, results.json, healbench."""

import json
from pathlib import Path

import pytest
from django.core.management import call_command

from runs.models import Run, RunStatus
from tests.conftest import git

pytestmark = pytest.mark.django_db(transaction=True)

PACKAGE = '{"name": "shop", "version": "1.0.0", "type": "module", "scripts": {"test": "node --test"}}\n'
PRICE = """\
export function discount(amount, percent) {
  return amount + (amount * percent) / 100;
}
"""
PRICE_TESTS = """\
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { discount } from '../src/price.js';

test('discount takes the percentage off', () => {
  assert.equal(discount(200, 10), 180);
});

test('no discount keeps the amount', () => {
  assert.equal(discount(50, 0), 50);
});
"""
SHOP = {"package.json": PACKAGE, "src/price.js": PRICE, "test/price.test.js": PRICE_TESTS}


def heal(*args):
    with pytest.raises(SystemExit) as exit_info:
        call_command("heal", *args)
    return exit_info.value.code


@pytest.mark.docker
def test_it_heals_an_npm_repository_commits_pushes_and_writes_results(git_repo_factory, tmp_path, capsys):
    origin = git_repo_factory(SHOP)
    main_before = git(origin, "rev-parse", "main")
    results = tmp_path / "results.json"

    code = heal(
        str(origin), "--team", "RIFT ORGANISERS", "--leader", "Saiyam Kumar", "--results", str(results)
    )

    out = capsys.readouterr().out
    assert code == 0, out
    branch = "RIFT_ORGANISERS_SAIYAM_KUMAR_AI_Fix"
    fix_lines = [line for line in out.splitlines() if " error in " in line]
    assert fix_lines == ["LOGIC error in src/price.js line 2 → Fix: replace '+' with '-'"]
    assert git(origin, "rev-parse", "main") == main_before
    subjects = git(origin, "log", "--format=%s", f"main..{branch}").splitlines()
    assert len(subjects) == 1 and subjects[0].startswith("[AI-AGENT]")
    assert "amount - (amount" in git(origin, "show", f"{branch}:src/price.js")
    assert git(origin, "show", f"{branch}:test/price.test.js") == PRICE_TESTS.rstrip("\n")

    data = json.loads(results.read_text())
    assert data["final_status"] == "PASSED" and data["branch"] == branch
    assert data["total_failures"] == data["total_fixes"] == 1
    assert data["fixes"] == [
        {
            "file": "src/price.js",
            "bug_type": "LOGIC",
            "line_number": 2,
            "description": fix_lines[0],
            "commit_message": subjects[0],
            "status": "FIXED",
        }
    ]
    assert [entry["status"] for entry in data["timeline"]] == ["FAILED", "PASSED"]
    assert data["score"]["base"] == 100 and data["score"]["total"] >= 100
    assert Run.objects.get().status == RunStatus.PASSED


@pytest.mark.docker
def test_an_npm_repository_healer_cannot_run_gets_a_clear_error_and_no_branch(git_repo_factory, capsys):
    origin = git_repo_factory({**SHOP, "pnpm-lock.yaml": "lockfileVersion: '9.0'\n"})
    code = heal(str(origin), "--team", "Alpha", "--leader", "Ada")
    assert code == 1
    run = Run.objects.get()
    assert run.status == RunStatus.ERROR
    assert "pnpm-lock.yaml is a pnpm lock file" in run.error_message
    assert "commit a package-lock.json" in capsys.readouterr().err
    assert git(origin, "branch", "--list", "ALPHA_ADA_AI_Fix") == ""


@pytest.mark.docker
def test_healbench_heals_an_npm_corpus_and_scores_it_against_its_key(tmp_path, capsys):
    case = tmp_path / "corpus" / "n1-shop"
    for rel, text in SHOP.items():
        (case / "repo" / rel).parent.mkdir(parents=True, exist_ok=True)
        (case / "repo" / rel).write_text(text)
    key = {"name": "n1-shop", "bugs": [{"file": "src/price.js", "line": 2, "type": "LOGIC", "fix": "-"}]}
    (case / "case.json").write_text(json.dumps(key))
    out = tmp_path / "bench.json"
    call_command("healbench", str(tmp_path / "corpus"), "--json", str(out))
    assert "TOTAL: checks passing 1/1 cases, bugs matched 1/1 (100.0%)" in capsys.readouterr().out
    data = json.loads(out.read_text())
    assert data["cases"][0]["checks_pass"] and data["cases"][0]["passed"] == 2
    assert (case / "repo" / "src" / "price.js").read_text() == PRICE  # the corpus is never changed
    assert not list(Path(tmp_path / "corpus").glob("*/repo/.git"))
