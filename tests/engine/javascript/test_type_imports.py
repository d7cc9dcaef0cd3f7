"""A name imported with `import type` but used as a value (fixers/type_imports.py), through the IMPORT
dispatch for tsc's TS1361 and the runner's ReferenceError."""

from __future__ import annotations

from healer.engine.javascript.classify import Repository, classify
from healer.engine.javascript.fixers.dispatch import candidates_for
from healer.engine.javascript.fixers.imports import undefined_name_candidates
from healer.engine.javascript.lint import TscDiagnostic
from healer.engine.types import BugType, Failure

SOURCE = (
    "import type { Kiln, Glaze } from './kiln';\n\n"
    "export function fire(glaze: Glaze): Kiln {\n  return new Kiln(glaze);\n}\n"
)


def _repo(files: dict[str, str]) -> Repository:
    return Repository(files=set(files), read=files.get)


def test_it_imports_a_constructed_class_as_a_value_keeping_the_other_names_type_only():
    found = undefined_name_candidates(SOURCE, "src/fire.ts", name="Kiln", line=4, files={"src/fire.ts"},
                                      read=lambda f: None)  # fmt: skip
    assert found[0].text == SOURCE.replace("import type { Kiln, Glaze }", "import { Kiln, type Glaze }")
    assert found[0].line == 1
    assert found[1].text == SOURCE.replace("import type {", "import {")


def test_it_drops_an_inline_type_modifier_and_a_default_type_import():
    inline = "import { type Press, squeeze } from './press';\nexport const p = new Press(squeeze);\n"
    found = undefined_name_candidates(inline, "src/p.ts", name="Press", line=2, files={"src/p.ts"},
                                      read=lambda f: None)  # fmt: skip
    assert found[0].text == inline.replace("type Press", "Press")
    default = "import type Press from './press';\nexport const p = new Press();\n"
    found = undefined_name_candidates(default, "src/p.ts", name="Press", line=2, files={"src/p.ts"},
                                      read=lambda f: None)  # fmt: skip
    assert found[0].text == "import Press from './press';\nexport const p = new Press();\n"


def test_it_answers_tsc_ts1361_at_the_import_line():
    failure = Failure(
        bug_type=BugType.IMPORT, file="src/fire.ts", line=4, source="tsc", code="TS1361",
        message="'Kiln' cannot be used as a value because it was imported using 'import type'.",
    )  # fmt: skip
    found = candidates_for(
        failure, repo=_repo({"src/fire.ts": SOURCE, "src/kiln.ts": "export class Kiln {}\n"})
    )
    assert found[0].text == SOURCE.replace("import type { Kiln, Glaze }", "import { Kiln, type Glaze }")
    assert found[0].line == 1


def test_it_classifies_a_type_only_name_used_as_a_value_as_an_import():
    message = "'Kiln' cannot be used as a value because it was imported using 'import type'."
    tsc = [TscDiagnostic(file="src/fire.ts", line=4, column=14, code=1361, message=message)]
    found = classify(repo=_repo({"src/fire.ts": SOURCE}), tsc=tsc).ordered()
    assert [(f.bug_type, f.line, f.code) for f in found] == [(BugType.IMPORT, 4, "TS1361")]
