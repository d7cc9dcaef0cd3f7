"""CommonJS exports written in an ES module (fixers/commonjs_exports.py), and the linker error they
cause located at the index that re-exports the name (classify._lacking_importer)."""

from __future__ import annotations

from healer.engine.javascript.classify import Repository, classify_error
from healer.engine.javascript.errors import parse_error
from healer.engine.javascript.fixers.dispatch import candidates_for
from healer.engine.types import BugType, Failure

KNOTS = "function reef(a) {\n  return a;\n}\nfunction hitch(b) {\n  return b;\n}\n\nmodule.exports = { reef, clove: hitch };\n"
INDEX = "export { reef, clove } from './knots.js';\n"
FILES = {"src/knots.js": KNOTS, "src/index.js": INDEX,
         "test/knots.test.js": "import { reef } from '../src/index.js';\n"}  # fmt: skip


def _repo() -> Repository:
    return Repository(files=list(FILES), read=FILES.get, test_files=("test/knots.test.js",))


def test_it_exports_a_module_exports_object_as_an_es_export_list_in_an_es_module():
    failure = Failure(bug_type=BugType.IMPORT, file="src/knots.js", line=8, source="eslint",
                      message="'module' is not defined.")  # fmt: skip
    found = candidates_for(failure, repo=_repo(), module_type="module")
    assert found[0].text.split("\n")[7] == "export { reef, hitch as clove };"
    commonjs = candidates_for(failure, repo=_repo(), module_type="commonjs")
    assert not any("export {" in c.text for c in commonjs)


def test_it_locates_the_linker_error_at_the_re_exporting_index_and_converts_the_module():
    error = parse_error(
        "SyntaxError: The requested module './knots.js' does not provide an export named 'reef'", "/repo"
    )
    failure = classify_error(error, repo=_repo(), source="mocha")
    assert (failure.bug_type, failure.file, failure.line) == (BugType.IMPORT, "src/index.js", 1)
    found = candidates_for(failure, repo=_repo(), module_type="module")
    assert found[0].file == "src/knots.js"
    assert found[0].text.split("\n")[7] == "export { reef, hitch as clove };"
