"""Round 55 (npm29): a default import beside named ones from a module with only named exports
(fixers/default_imports.py), and its place among export_candidates."""

from healer.engine.javascript.fixers.default_imports import default_beside_named_candidates
from healer.engine.javascript.fixers.imports import export_candidates

TABLES = (
    "export const RATES = { a: 1 };\nexport function cost(n) {\n  return n;\n}\nexport const LIMIT = 3;\n"
)
AVAILABLE = ["LIMIT", "RATES", "cost"]


def _texts(text: str) -> list[str]:
    found = default_beside_named_candidates(
        text, "src/index.js", local="tables", specifier="./tables.js", line=1, available=AVAILABLE
    )
    return [c.text for c in found]


def test_it_folds_the_destructured_names_into_the_named_list():
    text = "import tables, { cost } from './tables.js';\nconst { RATES, LIMIT: max } = tables;\nexport { cost, RATES, max };\n"
    assert (
        _texts(text)[0]
        == "import { LIMIT as max, RATES, cost } from './tables.js';\nexport { cost, RATES, max };\n"
    )


def test_it_splits_off_the_namespace_when_the_binding_is_read_otherwise():
    text = "import tables, { cost } from './tables.js';\nexport const rate = tables.RATES.a + cost(1);\n"
    assert _texts(text) == [
        "import * as tables from './tables.js';\nimport { cost } from './tables.js';\n"
        "export const rate = tables.RATES.a + cost(1);\n"
    ]


def test_it_does_not_fold_a_name_the_module_does_not_export():
    text = "import tables, { cost } from './tables.js';\nconst { RATE } = tables;\nexport { cost, RATE };\n"
    assert len(_texts(text)) == 1 and _texts(text)[0].startswith("import * as tables")


def test_it_leaves_a_lone_default_import_to_the_older_repair():
    assert _texts("import tables from './tables.js';\nexport const r = tables.RATES;\n") == []


def test_export_candidates_offer_the_fold_first():
    text = "import tables, { cost } from './tables.js';\nconst { RATES } = tables;\nexport { cost, RATES };\n"
    files = {"src/index.js", "src/tables.js"}
    found = export_candidates(
        text, "src/index.js", specifier="./tables.js", name="default", files=files,
        read=lambda file: TABLES if file == "src/tables.js" else None,
    )  # fmt: skip
    assert found[0].text == "import { RATES, cost } from './tables.js';\nexport { cost, RATES };\n"
