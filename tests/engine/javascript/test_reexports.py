"""Imports whose target is wrong for the project: a re-export of a name its module does not export
(fixers/reexports.py) and a package the project does not install whose names a module of its own
exports (imports.module_candidates), reached through candidates_for as a run reaches them."""

from __future__ import annotations

from healer.engine.javascript.classify import Repository
from healer.engine.javascript.fixers.dispatch import candidates_for
from healer.engine.types import BugType, Failure

INDEX = "export { Pump } from './pump.js';\nexport { Sluice, flowRate } from './sluice.js';\n"
SLUICE = "export class Sluice {}\nexport function flowLitres(m) {\n  return m * 1000;\n}\n"


def _candidates(files: dict[str, str], failure: Failure, *, packages=()) -> list:
    tests = tuple(f for f in files if f.startswith("test/"))
    repo = Repository(files=list(files), read=files.get, test_files=tests, packages=packages)
    return candidates_for(failure, repo=repo, module_type="module")


def _reexport(files: dict[str, str], message: str) -> list[str]:
    failure = Failure(file="src/index.ts", line=2, bug_type=BugType.IMPORT, message=message, source="tsc")
    return [c.text.split("\n")[1] for c in _candidates(files, failure) if c.file == "src/index.ts"]


def test_it_re_exports_the_name_the_module_exports_that_the_compiler_suggests():
    files = {"src/index.ts": INDEX, "src/sluice.ts": SLUICE, "src/pump.ts": "export class Pump {}\n",
             "test/flow.test.ts": "import { flowLitres } from '../src/index.js';\n"}  # fmt: skip
    found = _reexport(
        files,
        "src/index.ts(2,19): error TS2724: '\"./sluice.js\"' has no exported member named 'flowRate'. "
        "Did you mean 'flowLitres'?",
    )
    assert found[:2] == [
        "export { Sluice, flowLitres } from './sluice.js';",
        "export { Sluice, flowLitres as flowRate } from './sluice.js';",
    ]


def test_it_keeps_the_written_name_as_an_alias_when_the_project_imports_it():
    files = {"src/index.ts": INDEX, "src/sluice.ts": SLUICE, "src/pump.ts": "export class Pump {}\n",
             "test/flow.test.ts": "import { flowRate } from '../src/index.js';\n"}  # fmt: skip
    found = _reexport(
        files, "src/index.ts(2,19): error TS2305: Module './sluice.js' has no exported member 'flowRate'."
    )
    assert found[0] == "export { Sluice, flowLitres as flowRate } from './sluice.js';"


def test_it_offers_no_rename_when_no_exported_name_is_close():
    files = {"src/index.ts": INDEX, "src/sluice.ts": "export class Sluice {}\nexport const depth = 3;\n",
             "src/pump.ts": "export class Pump {}\n"}  # fmt: skip
    found = _reexport(
        files, "src/index.ts(2,19): error TS2305: Module './sluice.js' has no exported member 'flowRate'."
    )
    assert not any("depth" in line for line in found)


PROOF = "import { clamp } from 'lodash';\n\nexport const safe = (v: number) => clamp(v, 0, 1);\n"


def test_it_imports_a_name_from_the_projects_own_module_when_the_package_is_not_installed():
    files = {"src/proof.ts": PROOF, "src/maths.ts": "export function clamp(v: number, lo: number, hi: number) {\n"
             "  return Math.min(hi, Math.max(lo, v));\n}\n", "src/index.ts": "export * from './proof';\n"}  # fmt: skip
    failure = Failure(
        file="src/proof.ts", line=1, bug_type=BugType.IMPORT, source="tsc",
        message="src/proof.ts(1,23): error TS2307: Cannot find module 'lodash' or its corresponding type declarations.",
    )  # fmt: skip
    found = [c.text.split("\n")[0] for c in _candidates(files, failure, packages=("typescript",))]
    assert found[0] == "import { clamp } from './maths';"


def test_it_writes_the_extension_a_javascript_module_needs_and_leaves_installed_packages_alone():
    text = "import { clamp } from 'lodash';\nexport const safe = (v) => clamp(v, 0, 1);\n"
    files = {"lib/safe.js": text, "lib/util/clamp.js": "export const clamp = (v, lo, hi) => v;\n"}
    failure = Failure(file="lib/safe.js", line=1, bug_type=BugType.IMPORT, source="mocha",
                      message="Cannot find package 'lodash' imported from /repo/lib/safe.js",
                      extra={"module": "lodash"})  # fmt: skip
    found = [c.text.split("\n")[0] for c in _candidates(files, failure)]
    assert "import { clamp } from './util/clamp.js';" in found
    installed = [c.text.split("\n")[0] for c in _candidates(files, failure, packages=("lodash",))]
    assert "import { clamp } from './util/clamp.js';" not in installed
