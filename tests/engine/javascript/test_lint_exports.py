"""An unused declaration another module imports is a missing export (fixers/lint_exports.py, classify)."""

from __future__ import annotations

from healer.engine.javascript.classify import Repository, classify
from healer.engine.javascript.fixers.dispatch import candidates_for
from healer.engine.javascript.lint import EslintMessage
from healer.engine.types import BugType

FILES = {
    "lib/units.js": "export const KG = 1000;\n\nfunction toGrams(kg) {\n  return kg * KG;\n}\n",
    "lib/scale.js": "import { toGrams } from './units.js';\nexport const weigh = (kg) => toGrams(kg);\n",
    "lib/alone.js": "function spare() {\n  return 1;\n}\nexport const one = 1;\n",
}
UNUSED = EslintMessage("lib/units.js", "no-unused-vars", "'toGrams' is defined but never used.", 3, 10)
LONE = EslintMessage("lib/alone.js", "no-unused-vars", "'spare' is defined but never used.", 1, 10)


def _repo() -> Repository:
    return Repository(files=set(FILES), read=FILES.get)


def test_it_classifies_an_unused_declaration_a_sibling_imports_as_an_import_failure():
    failures = classify(repo=_repo(), eslint=[UNUSED, LONE]).failures
    kinds = {(f.file, f.bug_type) for f in failures}
    assert kinds == {("lib/units.js", BugType.IMPORT), ("lib/alone.js", BugType.LINTING)}


def test_it_exports_the_declaration_and_never_removes_it():
    failure = next(f for f in classify(repo=_repo(), eslint=[UNUSED]).failures)
    found = candidates_for(failure, repo=_repo(), module_type="module")
    assert [c.text for c in found] == [
        FILES["lib/units.js"].replace("function toGrams", "export function toGrams")
    ]


def test_it_exports_the_declaration_a_missing_named_export_names():
    from healer.engine.javascript.fixers.imports import export_candidates

    found = export_candidates(
        FILES["lib/scale.js"], "lib/scale.js", specifier="./units.js", name="toGrams", files=set(FILES),
        read=FILES.get,
    )  # fmt: skip
    assert [(c.file, c.line, c.text) for c in found][:1] == [
        ("lib/units.js", 3, FILES["lib/units.js"].replace("function toGrams", "export function toGrams"))
    ]
