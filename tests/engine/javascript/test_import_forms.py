"""Round 50, npm24: an import written in the wrong form for its module (imports.py through the IMPORT
dispatch). A JSON module imported by name, a default import of a module with only named exports whose
binding is never read while its names are, a `require` in an ES-module TypeScript file. Synthetic
sources; each answer test fails on the engine before round 50."""

from __future__ import annotations

from healer.engine.javascript.classify import Repository, classify_error
from healer.engine.javascript.errors import parse_error
from healer.engine.javascript.fixers.dispatch import candidates_for
from healer.engine.types import BugType, Failure


def _first_lines(files: dict[str, str], *, file: str, line: int, message: str, source: str, module_type: str):
    failure = Failure(bug_type=BugType.IMPORT, file=file, line=line, message=message, source=source)
    repo = Repository(files=set(files), read=files.get)
    return [c.text.split("\n")[line - 1] for c in candidates_for(failure, repo=repo, module_type=module_type)]


def test_it_imports_a_json_module_by_its_default_export():
    files = {
        "src/data.json": '{ "oak": 3, "ash": 4 }\n',
        "src/use.js": "import { TREES } from './data.json' with { type: 'json' };\nexport const n = TREES.oak;\n",
    }
    # Node's error for it, read and classified as the engine does.
    error = parse_error(
        "file:///work/src/use.js:1\nimport { TREES } from './data.json' with { type: 'json' };\n         ^^^^^\n"
        "SyntaxError: The requested module './data.json' does not provide an export named 'TREES'",
        "/work",
    )
    repo = Repository(files=set(files), read=files.get)
    failure = classify_error(error, repo=repo, source="mocha")
    assert (failure.bug_type, failure.file, failure.line) == (BugType.IMPORT, "src/use.js", 1)
    found = [c.text.split("\n")[0] for c in candidates_for(failure, repo=repo, module_type="module")]
    assert found[0] == "import TREES from './data.json' with { type: 'json' };"


def test_it_imports_by_name_what_an_unread_default_binding_stood_for():
    files = {
        "src/calc.ts": "export function area(w: number) {\n  return w * w;\n}\nexport const unit = 'm';\n",
        "src/use.ts": "import calc from './calc';\n\nexport const say = (w: number) => `${area(w)} ${unit}`;\n",
    }
    message = "Module '\"./calc\"' has no default export."
    found = _first_lines(
        files, file="src/use.ts", line=1, message=message, source="tsc", module_type="module"
    )
    assert found[0] == "import { area, unit } from './calc';"


def test_it_keeps_the_namespace_first_when_the_default_binding_is_read():
    files = {
        "src/calc.ts": "export function area(w: number) {\n  return w * w;\n}\n",
        "src/use.ts": "import calc from './calc';\n\nexport const say = (w: number) => calc.area(w);\n",
    }
    message = "Module '\"./calc\"' has no default export."
    found = _first_lines(
        files, file="src/use.ts", line=1, message=message, source="tsc", module_type="module"
    )
    assert found[0] == "import * as calc from './calc';"
    assert "import { area } from './calc';" not in found


def test_it_writes_a_require_as_an_import_spelt_like_the_files_other_imports():
    files = {
        "src/a.ts": "export const one = 1;\n",
        "src/b.ts": "export const two = 2;\n",
        "src/use.ts": "import { one } from './a';\nconst { two } = require('./b');\nexport const n = one + two;\n",
    }
    found = _first_lines(
        files,
        file="src/use.ts",
        line=2,
        message="Cannot find name 'require'.",
        source="tsc",
        module_type="module",
    )
    assert found[0] == "import { two } from './b';"
    # A file whose imports carry the extension keeps getting it.
    files["src/use.ts"] = files["src/use.ts"].replace("'./a'", "'./a.js'")
    found = _first_lines(
        files,
        file="src/use.ts",
        line=2,
        message="Cannot find name 'require'.",
        source="tsc",
        module_type="module",
    )
    assert found[0] == "import { two } from './b.js';"


# -- round 50's review -------------------------------------------------------------------------------
def test_it_counts_a_shorthand_property_as_a_read_of_the_default_binding():
    # `{ calc }` reads calc: importing only `area` would leave it unbound.
    files = {
        "src/calc.ts": "export function area(w: number) {\n  return w * w;\n}\n",
        "src/use.ts": "import calc from './calc';\n\nexport const api = { calc, say: (w: number) => area(w) };\n",
    }
    message = "Module '\"./calc\"' has no default export."
    found = _first_lines(
        files, file="src/use.ts", line=1, message=message, source="tsc", module_type="module"
    )
    assert found[0] == "import * as calc from './calc';"
