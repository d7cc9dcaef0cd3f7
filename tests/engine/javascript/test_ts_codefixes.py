"""The TypeScript language service's code fixes as candidates (fixers/ts_codefixes.py): the report of
its script, what is never a candidate, the ranking with the families, one sandbox exec per round."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import tempfile

import pytest

from healer.engine.javascript.classify import Classified, Repository, _tsc
from healer.engine.javascript.fixers import ts_codefixes
from healer.engine.javascript.fixers.dispatch import candidates_for
from healer.engine.javascript.lint import TscDiagnostic
from healer.engine.languages.base import RunSettings
from healer.engine.languages.javascript import JavaScriptLanguage
from healer.engine.types import BugType, ExecResult, Failure
from tests.engine.javascript.conftest import package

CART = """\
export class Cart {
  private items: number[] = [];

  add(price: number): void {
    this.items.push(price);
  }

  total(): number {
    let subtotal = 0;
    for (const price of items) subtotal += price;
    return subtotal;
  }
}
"""
FILE = "src/cart.ts"


def sha1(text: str) -> str:
    return hashlib.sha1(text.encode()).hexdigest()


def fix(name: str, description: str, old: str, new: str, *, text: str = CART, file: str = FILE, digest=True):
    start = text.index(old)
    change = {"file": file, "isNewFile": False, "edits": [[start, start + len(old), new]]}
    if digest:
        change["sha1"] = sha1(text)
    return {"name": name, "description": description, "command": False, "changes": [change]}


def report(*fixes, line=10, code=2663, message="Cannot find name 'items'.") -> str:
    item = {"file": FILE, "line": line, "column": 25, "code": code, "message": message, "fixes": list(fixes)}
    return "tsc noise\n" + ts_codefixes.MARKER + json.dumps({"fixes": [item]}) + "\n"


THIS = fix("forgottenThisPropertyAccess", "Add 'this.' to unresolved variable", "items)", "this.items)")
SPELLING = fix("spelling", "Change spelling to 'item'", "items)", "item)")
IGNORE = fix("disableJsDiagnostics", "Ignore this error message", "    for", "    // @ts-ignore\n    for")
CAST = fix("fixSomething", "Cast to any", "items)", "(items as any))")
DECLARE = fix("fixMissingFunctionDeclaration", "Declare 'items'", "}\n}\n", "}\n}\n\nconst items = [];\n")
MEMBER = "Cannot find name 'items'. Did you mean the instance member 'this.items'?"


def candidates(output: str, *, message: str = "") -> list:
    found = ts_codefixes.parse_codefixes(output)
    assert found is not None
    return ts_codefixes.codefix_candidates(
        found[0].fixes,
        message=message,
        failure_file=FILE,
        failure_line=10,
        read={FILE: CART}.get,
        editable=lambda f: f == FILE,
    )


def test_it_turns_the_services_fixes_into_candidates_and_never_a_silencing_one():
    found = candidates(report(IGNORE, CAST, THIS))
    assert [c.text.split("\n")[9] for c in found] == [
        "    for (const price of this.items) subtotal += price;"
    ]
    assert found[0].description == "TypeScript's quick fix: add 'this.' to unresolved variable"
    assert found[0].line == 10


def test_it_reads_no_report_from_a_script_that_wrote_none():
    assert ts_codefixes.parse_codefixes("Error: Cannot find module 'typescript'\n") is None


def test_it_puts_first_the_fix_that_writes_what_the_diagnostic_suggests():
    assert "item)" in candidates(report(SPELLING, THIS))[0].text
    assert "this.items)" in candidates(report(SPELLING, THIS), message=MEMBER)[0].text


def test_it_refuses_a_fix_the_service_computed_on_another_text():
    stale = fix("spelling", "Change spelling to 'item'", "items)", "item)")
    stale["changes"][0]["sha1"] = sha1(CART + "\n// edited since\n")
    assert candidates(report(stale)) == []


def test_it_refuses_a_fix_that_edits_a_file_it_may_not_edit():
    spec = fix("spelling", "Change spelling", "items)", "item)", file="test/cart.test.ts", digest=False)
    assert candidates(report(spec)) == []


def failure_for(output: str, *, code: int = 2663, message: str = MEMBER) -> tuple[Failure, Repository]:
    repo = Repository(files=[FILE, "package.json"], read={FILE: CART}.get, packages=["typescript"])
    result = Classified()
    _tsc(result, TscDiagnostic(file=FILE, line=10, column=25, code=code, message=message), repo=repo)
    failure = result.failures[0]
    found = ts_codefixes.parse_codefixes(output) or []
    failure.extra["ts_codefixes"] = ts_codefixes.fixes_at(found, file=FILE, line=10, code=failure.code)
    return failure, repo


def test_it_classifies_a_name_tsc_finds_only_as_a_member_as_an_import():
    failure, _ = failure_for(report())
    assert failure.bug_type is BugType.IMPORT


def test_it_ranks_a_repairing_fix_before_the_families_and_a_declaring_one_after_them():
    failure, repo = failure_for(report(DECLARE, THIS))
    found = candidates_for(failure, repo=repo, module_type="module")
    assert found[0].description == "TypeScript's quick fix: add 'this.' to unresolved variable"
    assert found[-1].description == "TypeScript's quick fix: declare 'items'"
    without = dict(failure.extra)
    del without["ts_codefixes"]
    plain = candidates_for(Failure(**{**vars(failure), "extra": without}), repo=repo, module_type="module")
    assert len(found) == len({c.text for c in [*plain, *found]})


def test_it_ranks_a_per_use_fix_after_the_families_when_the_name_is_missing_at_other_uses_too():
    failure, repo = failure_for(report(THIS))
    assert candidates_for(failure, repo=repo, module_type="module")[0].description.startswith("TypeScript's")
    failure.extra["ts_codefixes_repeated"] = True
    found = candidates_for(failure, repo=repo, module_type="module")
    assert found[0].description == "resolve the undefined 'items' to the member 'this.items'"


def test_it_tells_a_finding_repeated_at_other_uses_of_the_file():
    twice = json.loads(report(THIS).split(ts_codefixes.MARKER)[1])
    twice["fixes"].append({**twice["fixes"][0], "line": 11})
    found = ts_codefixes.parse_codefixes(ts_codefixes.MARKER + json.dumps(twice)) or []
    assert ts_codefixes.repeated_elsewhere(found, file=FILE, line=10, code="TS2663")
    once = ts_codefixes.parse_codefixes(report(THIS)) or []
    assert not ts_codefixes.repeated_elsewhere(once, file=FILE, line=10, code="TS2663")


def test_it_gives_a_fix_only_to_the_diagnostic_it_was_asked_for():
    found = ts_codefixes.parse_codefixes(report(THIS)) or []
    assert ts_codefixes.fixes_at(found, file=FILE, line=10, code="TS2663")
    assert not ts_codefixes.fixes_at(found, file=FILE, line=10, code="TS2304")
    assert not ts_codefixes.fixes_at(found, file=FILE, line=11, code="TS2663")


class CountingSandbox:
    repo_dir = "/work"
    support_dir = "/stage/support"

    def __init__(self, output: str) -> None:
        self.output = output
        self.calls: list[list[str]] = []

    def upload(self, workspace) -> None:  # pragma: no cover - not used here
        pass

    def put_files(self, files) -> None:  # pragma: no cover - not used here
        pass

    def exec(self, argv, *, timeout=None, env=None, reset=True) -> ExecResult:
        self.calls.append(list(argv))
        return ExecResult(0, self.output, 0.1)

    def read_file(self, path, *, limit):  # pragma: no cover - not used here
        return None


def test_it_asks_the_sandbox_once_per_round_of_diagnostics(workspace):
    scripts = {"test": "tsc -p tsconfig.json && node --test"}
    ws = workspace(
        {
            "package.json": package(scripts=scripts, devDependencies={"typescript": "^5.9.3"}),
            "tsconfig.json": '{"compilerOptions": {"strict": true}, "include": ["src"]}\n',
            FILE: CART,
        }
    )
    sandbox = CountingSandbox(report(THIS))
    language = JavaScriptLanguage(workspace=ws, sandbox=sandbox, settings=RunSettings())

    def tsc_failure(line: int) -> Failure:
        return Failure(BugType.IMPORT, FILE, line, MEMBER, source="tsc", code="TS2663")

    first, second = tsc_failure(10), tsc_failure(11)
    language.prepare(first, read_source=ws.read_text)
    language.prepare(second, read_source=ws.read_text)
    assert len(sandbox.calls) == 1
    assert sandbox.calls[0][:2] == ["node", "-e"]
    assert [f.name for f in first.extra["ts_codefixes"]] == ["forgottenThisPropertyAccess"]
    assert second.extra["ts_codefixes"] == []
    ws.write_text(FILE, CART.replace("subtotal", "sum"))
    language.prepare(tsc_failure(10), read_source=ws.read_text)
    assert len(sandbox.calls) == 2


def test_it_asks_for_the_fixes_of_tsc_s_finding_merged_into_the_runtime_error(workspace):
    scripts = {"test": "vitest run", "typecheck": "tsc --noEmit"}
    ws = workspace(
        {
            "package.json": package(scripts=scripts, devDependencies={"typescript": "^5.9.3"}),
            "tsconfig.json": '{"compilerOptions": {"strict": true}, "include": ["src"]}\n',
            FILE: CART,
        }
    )
    sandbox = CountingSandbox(report(THIS))
    language = JavaScriptLanguage(workspace=ws, sandbox=sandbox, settings=RunSettings())
    result = Classified()
    result.add(Failure(BugType.IMPORT, FILE, 10, "ReferenceError: items is not defined", source="vitest"))
    repo = Repository(files=[FILE], read=ws.read_text, packages=["typescript"])
    _tsc(result, TscDiagnostic(file=FILE, line=10, column=25, code=2663, message=MEMBER), repo=repo)
    (merged,) = result.failures
    language.prepare(merged, read_source=ws.read_text)
    assert [f.name for f in merged.extra["ts_codefixes"]] == ["forgottenThisPropertyAccess"]


TYPESCRIPT_VERSION = "5.9.3"  # the npm corpus's locks pin this one


@pytest.fixture(scope="session")
def typescript_dir() -> str:
    """A directory whose node_modules holds typescript, for the script's own run on the host.

    HEALER_TEST_TYPESCRIPT may name one; otherwise typescript is installed once from the npm registry
    (the one network this machine has besides PyPI and Debian) into a cache beside other runs' temp files.
    CI installs node and npm (`.ci/run`), so there the test fails rather than skips when that breaks.
    """
    given = os.environ.get("HEALER_TEST_TYPESCRIPT", "")
    if given and os.path.isdir(os.path.join(given, "node_modules", "typescript")):
        return given
    cache = os.path.join(tempfile.gettempdir(), f"healer-test-typescript-{TYPESCRIPT_VERSION}")
    problem = ""
    if shutil.which("node") is None or shutil.which("npm") is None:
        problem = "needs node and npm on the PATH"
    elif not os.path.isdir(os.path.join(cache, "node_modules", "typescript")):
        ran = subprocess.run(
            ["npm", "install", "--prefix", cache, "--no-save", "--no-audit", "--no-fund", "--ignore-scripts",
             f"typescript@{TYPESCRIPT_VERSION}"],
            capture_output=True, text=True, timeout=600, check=False,
        )  # fmt: skip
        if not os.path.isdir(os.path.join(cache, "node_modules", "typescript")):
            problem = f"npm could not install typescript: {ran.stderr[-500:]}"
    if problem:
        if os.environ.get("CI"):
            pytest.fail(problem)
        pytest.skip(problem)
    return cache


def test_it_gets_typescripts_own_fixes_for_a_tiny_project(tmp_path, typescript_dir):
    (tmp_path / "src").mkdir()
    (tmp_path / FILE).write_text(CART)
    (tmp_path / "tsconfig.json").write_text(
        '{"compilerOptions": {"strict": true, "noEmit": true}, "include": ["src"]}'
    )
    os.symlink(os.path.join(typescript_dir, "node_modules"), tmp_path / "node_modules")
    ran = subprocess.run(
        ["node", "-e", ts_codefixes.SCRIPT, str(tmp_path)], capture_output=True, text=True, timeout=120
    )
    found = ts_codefixes.parse_codefixes(ran.stdout)
    assert found is not None
    (diagnostic,) = [d for d in found if d.file == FILE]
    assert (diagnostic.line, diagnostic.code) == (10, 2663)
    made = ts_codefixes.codefix_candidates(
        diagnostic.fixes,
        message=diagnostic.message,
        failure_file=FILE,
        failure_line=10,
        read=lambda f: (tmp_path / f).read_text(),
        editable=lambda f: f == FILE,
    )
    assert made[0].text == CART.replace("of items)", "of this.items)")


def test_it_reports_a_rewriting_fix_at_the_line_it_edits_and_an_inserting_one_at_the_failure():
    # TS2588 at the assignment (line 10); the quick fix rewrites the declaration (line 9).
    to_let = fix("fixConvertConstToLet", "Convert 'const' to 'let'", "let subtotal", "var subtotal")
    (rewritten,) = candidates(report(to_let, code=2588, message="Cannot assign to 'subtotal'."))
    assert rewritten.line == 9
    (inserted,) = candidates(report(fix("import", "Add import", "", "import { x } from './x';\n")))
    assert inserted.line == 10
