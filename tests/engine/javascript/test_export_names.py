"""Round 55 (npm29): an export list naming an undeclared binding, answered with the declared name the
importers take (fixers/export_names.py)."""

from healer.engine.javascript.fixers.export_names import demanded_export_candidates

CJS = "function pour(n) {\n  return n * 2;\n}\nconst CUPS = 3;\n\nmodule.exports = { CUPS, fill };\n"
ESM = "export const CUPS = 3;\nfunction pour(n) {\n  return n * 2;\n}\n\nexport { fill };\n"


def _texts(text: str, path: str, importer: str, *, line: int) -> list[str]:
    sources = {path: text, "src/index.js": importer}
    found = demanded_export_candidates(text, path, name="fill", line=line, sources=sources)
    return [c.text for c in found]


def test_it_exports_the_declared_name_the_importers_take():
    importer = "const { CUPS, pour } = require('./jugs');\nmodule.exports = { CUPS, pour };\n"
    assert _texts(CJS, "src/jugs.js", importer, line=6) == [CJS.replace("CUPS, fill", "CUPS, pour")]


def test_it_keeps_the_key_the_importers_take_too():
    importer = "const { fill, pour } = require('./jugs');\nmodule.exports = { fill, pour };\n"
    # `pour` stays exported by its own name too: the importers take it (round 55's review).
    assert _texts(CJS, "src/jugs.js", importer, line=6) == [
        CJS.replace("CUPS, fill", "CUPS, fill: pour, pour")
    ]


def test_it_writes_an_es_export_list_alike():
    importer = (
        "import { fill } from './jugs.js';\nimport { pour } from './jugs.js';\nexport { fill, pour };\n"
    )
    assert _texts(ESM, "src/jugs.js", importer, line=6) == [ESM.replace("{ fill }", "{ pour as fill, pour }")]


def test_it_offers_nothing_without_an_importer_asking_for_a_declared_name():
    importer = "const { CUPS } = require('./jugs');\nmodule.exports = { CUPS };\n"
    assert _texts(CJS, "src/jugs.js", importer, line=6) == []
    # Another module's import of the same name is no demand on this one.
    elsewhere = "const { pour } = require('./kettles');\nmodule.exports = { pour };\n"
    assert _texts(CJS, "src/jugs.js", elsewhere, line=6) == []


def test_it_leaves_a_listed_name_the_module_binds_another_way():
    # An import, a destructuring, an enum: the name is declared, so whatever the failure says of it,
    # it is no undeclared export to replace (round 55's review).
    importer = "import { pour } from './jugs';\nexport { pour };\n"
    for binding in (
        "import { fill } from './taps';\n",
        "import type { fill } from './taps';\n",
        "const { fill } = require('./taps');\n",
        "const [fill] = [1];\n",
        "enum fill { Up }\n",
        "abstract class fill {}\n",
        "namespace fill {}\n",
    ):
        text = f"{binding}function pour(n: number) {{\n  return n;\n}}\n\nexport {{ fill }};\n"
        sources = {"src/jugs.ts": text, "src/index.ts": importer}
        assert demanded_export_candidates(text, "src/jugs.ts", name="fill", line=6, sources=sources) == [], (
            binding
        )


def test_it_offers_no_name_the_module_already_exports_by_declaration():
    # `export function pour` is exported already: listing it again is a duplicate export (a SyntaxError)
    # that ranked before the name actually missing (round 55's review).
    text = "export function pour(n) {\n  return n;\n}\nfunction drip() {}\n\nexport { fill };\n"
    importer = "import { drip, pour } from './jugs.js';\nexport { drip, pour };\n"
    assert _texts(text, "src/jugs.js", importer, line=6) == [text.replace("{ fill }", "{ drip }")]
