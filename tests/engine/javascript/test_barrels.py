"""A barrel missing a sibling's re-export (fixers/barrels.py), reached through export_candidates."""

from __future__ import annotations

from healer.engine.javascript.fixers.imports import export_candidates

FILES = {
    "lib/index.js": "export * from './parse.js';\nexport { render } from './render.js';\n",
    "lib/parse.js": "export const parse = (s) => s.split(',');\n",
    "lib/render.js": "export const render = (xs) => xs.join(',');\n",
    "lib/escape.js": "export function escape(s) {\n  return s.replaceAll(',', '\\\\,');\n}\n",
    "spec/escape.spec.js": "import { escape } from '../lib/index.js';\n\nescape('a,b');\n",
}


def _found(files: dict[str, str]) -> list:
    return export_candidates(
        files["spec/escape.spec.js"], "spec/escape.spec.js", specifier="../lib/index.js", name="escape",
        files=list(files), read=files.get, is_test=lambda f: f.startswith("spec/"),
    )  # fmt: skip


def test_it_re_exports_the_sibling_that_defines_the_name_from_the_barrel():
    barrel = [c for c in _found(FILES) if c.file == "lib/index.js"]
    assert barrel[0].text == FILES["lib/index.js"] + "export * from './escape.js';\n"
    assert barrel[0].line == 3
    assert barrel[1].text.endswith("export { escape } from './escape.js';\n")


def test_it_leaves_a_module_that_is_no_barrel_alone():
    files = {**FILES, "lib/index.js": "export const parse = (s) => s.split(',');\n"}
    assert not any(c.file == "lib/index.js" for c in _found(files))


def test_it_repairs_the_barrel_for_an_import_failure_located_in_a_test_file():
    from healer.engine.javascript.classify import Repository
    from healer.engine.javascript.fixers.dispatch import candidates_for
    from healer.engine.types import BugType, Failure

    repo = Repository(files=list(FILES), read=FILES.get, test_files=("spec/escape.spec.js",))
    failure = Failure(
        bug_type=BugType.IMPORT, file="spec/escape.spec.js", line=1, source="tsc",
        message="Module '\"../lib/index.js\"' has no exported member 'escape'.",
    )  # fmt: skip
    found = candidates_for(failure, repo=repo, module_type="module")
    assert found and {c.file for c in found} == {"lib/index.js"}
    assert found[0].text.endswith("export * from './escape.js';\n")
