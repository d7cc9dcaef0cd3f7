"""Round 52 (npm26): an imported binding its module does not export, renamed to the name the code reads
(fixers/import_misnames), through the dispatch. The sources are synthetic."""

from __future__ import annotations

from healer.engine.javascript.classify import Repository
from healer.engine.javascript.fixers.dispatch import candidates_for
from healer.engine.javascript.fixers.import_misnames import misnamed_binding_candidates
from healer.engine.types import BugType, Failure

KEGS = "function kegOf(litres) {\n  return { litres };\n}\nmodule.exports = { kegOf };\n"
CELLAR = "'use strict';\n\nconst { makeKeg } = require('./kegs');\n\nconst SPARE = kegOf(50);\nmodule.exports = { SPARE };\n"


def _files(cellar: str = CELLAR, kegs: str = KEGS) -> dict[str, str]:
    return {"src/kegs.js": kegs, "src/cellar.js": cellar}


def test_it_renames_the_unread_binding_its_module_lacks_first():
    files = _files()
    failure = Failure(BugType.IMPORT, "src/cellar.js", 5, "ReferenceError: kegOf is not defined", "mocha",
                      "ReferenceError", extra={"name": "kegOf"})  # fmt: skip
    found = candidates_for(failure, repo=Repository(files=set(files), read=files.get))
    assert found[0].text == CELLAR.replace("{ makeKeg }", "{ kegOf }")
    assert found[0].line == 3


def test_it_renames_an_esm_binding_too():
    cellar = "import { makeKeg } from './kegs.js';\nexport const SPARE = kegOf(50);\n"
    kegs = "export function kegOf(litres) {\n  return { litres };\n}\n"
    files = {"src/kegs.js": kegs, "src/cellar.js": cellar}
    found = misnamed_binding_candidates(
        cellar, "src/cellar.js", name="kegOf", files=set(files), read=files.get
    )
    assert [c.text for c in found] == [cellar.replace("{ makeKeg }", "{ kegOf }")]


def test_it_leaves_a_binding_the_file_reads_or_the_module_exports():
    read = CELLAR.replace("const SPARE = kegOf(50);", "const SPARE = kegOf(makeKeg);")
    files = _files(cellar=read)
    assert (
        misnamed_binding_candidates(read, "src/cellar.js", name="kegOf", files=set(files), read=files.get)
        == []
    )
    kegs = KEGS.replace("{ kegOf }", "{ kegOf, makeKeg }")
    files = _files(kegs=kegs)
    assert (
        misnamed_binding_candidates(CELLAR, "src/cellar.js", name="kegOf", files=set(files), read=files.get)
        == []
    )


def test_it_leaves_a_module_that_does_not_export_the_name():
    files = _files()
    assert (
        misnamed_binding_candidates(
            CELLAR, "src/cellar.js", name="barrelOf", files=set(files), read=files.get
        )
        == []
    )
