"""Round 54 (npm28): a Node built-in spelt like a missing module is offered only when it exports a
name the requiring file takes from it (fixers/imports.py, _closest_packages)."""

from healer.engine.javascript.fixers.imports import module_candidates

FILES = {"src/index.js", "src/carts.js", "test/carts.test.js"}


def _specifiers(text: str, specifier: str) -> list[str]:
    found = module_candidates(text, "src/index.js", specifier=specifier, line=1, files=FILES)
    return [c.text.split("'")[1] for c in found]


def test_it_drops_a_builtin_that_exports_none_of_the_destructured_names():
    # `wasi` is one edit from `was1` and exports only WASI.
    text = "const { seatsLeft, capacity } = require('was1');\nmodule.exports = { seatsLeft, capacity };\n"
    assert "wasi" not in _specifiers(text, "was1")


def test_it_keeps_a_builtin_that_exports_a_destructured_name():
    text = "const { WASI } = require('was1');\nmodule.exports = { WASI };\n"
    assert "wasi" in _specifiers(text, "was1")


def test_it_keeps_a_builtin_when_no_names_are_taken():
    text = "const wasi = require('was1');\nmodule.exports = wasi;\n"
    assert "wasi" in _specifiers(text, "was1")


def test_it_reads_the_members_taken_from_a_whole_module_binding():
    text = "const rides = require('was1');\nmodule.exports = () => rides.seatsLeft(rides.WAGONS);\n"
    assert "wasi" not in _specifiers(text, "was1")
    text = "import * as rides from 'was1';\nexport const go = () => rides.seatsLeft();\n"
    assert "wasi" not in _specifiers(text, "was1")
    assert "wasi" in _specifiers(text.replace("seatsLeft()", "WASI"), "was1")


def test_it_keeps_a_builtin_imported_by_default():
    # Every built-in has a default export in an ES module (`import EventEmitter from 'events'`):
    # a default import is no evidence against it.
    text = "import EventEmitter from 'event';\nexport class Bus extends EventEmitter {}\n"
    assert "events" in _specifiers(text, "event")
    text = "import fs, { readFileSync } from 'fss';\nexport const read = () => readFileSync('a');\n"
    assert "fs" in _specifiers(text, "fss")
