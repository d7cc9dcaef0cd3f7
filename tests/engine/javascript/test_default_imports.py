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


def test_it_does_not_fold_a_binding_also_read_as_a_shorthand_property():
    # `{ tables }` reads the binding too: dropping it would leave a ReferenceError (round 55's review).
    text = (
        "import tables, { cost } from './tables.js';\nconst { RATES } = tables;\n"
        "export const all = () => ({ tables, cost, RATES });\n"
    )
    assert [t for t in _texts(text) if "import * as tables" not in t] == []


def test_it_offers_no_namespace_for_a_binding_called_or_constructed():
    # A module namespace object is neither callable nor a constructor: `tables(…)` / `new tables(…)`
    # would throw a TypeError where they run (round 55's review).
    for use in ("tables(1)", "new tables(1)", "tables`1`"):
        text = f"import tables, {{ cost }} from './tables.js';\nexport const t = () => {use} + cost(2);\n"
        assert _texts(text) == [], use


def test_it_does_not_fold_a_let_destructuring():
    # An import binding is read-only: `let { RATES } = tables; RATES = …` folded into the import would
    # throw "Assignment to constant variable" where the assignment runs (round 55's review).
    text = (
        "import tables, { cost } from './tables.js';\nlet { RATES } = tables;\n"
        "export const reset = () => {\n  RATES = {};\n};\nexport { cost };\n"
    )
    assert [t for t in _texts(text) if "import * as tables" not in t] == []


def test_it_splits_a_crlf_file_with_crlf():
    # The namespace's own statement ends as the file's lines do, not with a lone `\n` a linebreak-style
    # rule would reject (round 55's review).
    text = "import tables, { cost } from './tables.js';\r\nexport const rate = tables.RATES.a + cost(1);\r\n"
    assert _texts(text)[-1].splitlines(keepends=True)[:2] == [
        "import * as tables from './tables.js';\r\n",
        "import { cost } from './tables.js';\r\n",
    ]


def test_it_does_not_fold_an_exported_destructuring():
    # Dropping `const { RATES } = tables` out of `export const …` left `export ` to export the next
    # declaration (`helper`) in RATES's place (round 55's review).
    text = (
        "import tables, { cost } from './tables.js';\nexport const { RATES } = tables;\n"
        "function helper() {}\nexport { cost };\n"
    )
    assert [t for t in _texts(text) if "import * as tables" not in t] == []
