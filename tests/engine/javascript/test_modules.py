"""Imports, exports and module resolution, read statically."""

from __future__ import annotations

from healer.engine.javascript.modules import exports, imports, package_name, resolve, resolves, specifier_for

ESM = """import fs from 'node:fs';
import { a, b as c } from './x.js';
import * as ns from '../y';
export function f() {}
export const g = 1, h = 2;
export { a as aa, c };
export default f;
export * from './z.js';
const lazy = await import('./lazy.js');
"""
CJS = """const { add, sub: minus } = require('./math');
const path = require('path');
module.exports = { f, g: 1, h() {}, 'quoted': 2 };
exports.k = 2;
module.exports.m = 3;
"""


def test_esm_imports_with_their_names():
    found = imports(ESM, "src/m.mjs")
    assert [(r.specifier, r.line, r.kind) for r in found] == [
        ("node:fs", 1, "esm"), ("./x.js", 2, "esm"), ("../y", 3, "esm"), ("./z.js", 8, "esm"), ("./lazy.js", 9, "dynamic"),
    ]  # fmt: skip
    assert [(n.imported, n.local) for n in found[1].names] == [("a", "a"), ("b", "c")]
    assert [(n.imported, n.local) for n in found[2].names] == [("*", "ns")]


def test_commonjs_requires_with_destructured_names():
    found = imports(CJS, "src/m.js")
    assert [(r.specifier, r.kind) for r in found] == [("./math", "cjs"), ("path", "cjs")]
    assert [(n.imported, n.local, n.line) for n in found[0].names] == [("add", "add", 1), ("sub", "minus", 1)]


def test_exports_of_both_module_systems():
    esm = exports(ESM, "src/m.mjs")
    assert esm.names == {"f", "g", "h", "aa", "c", "default"} and esm.star_from == ("./z.js",)
    assert exports(CJS, "src/m.js").names == {"f", "g", "h", "quoted", "k", "m"}
    assert exports("module.exports = function () {};\n", "a.js").whole


def test_resolution_follows_node_and_typescript():
    files = {"src/x.ts", "src/math.js", "src/lib/index.js", "src/data.json"}
    assert resolve("src/m.ts", "./x.js", files) == "src/x.ts"
    assert resolve("src/a/b.js", "../math", files) == "src/math.js"
    assert resolve("src/m.js", "./lib", files) == "src/lib/index.js"
    assert resolve("src/m.js", "./data.json", files) == "src/data.json"
    assert resolve("src/m.js", "../../outside", files) is None
    assert resolves("src/m.js", "node:fs", files=files, packages=()) and resolves(
        "a.js", "fs/promises", files=files, packages=()
    )
    assert resolves("a.js", "@scope/pkg/sub", files=files, packages=("@scope/pkg",))
    assert not resolves("a.js", "lodash", files=files, packages=("lodahs",))
    assert package_name("@a/b/c") == "@a/b" and package_name("x/y") == "x"


def test_a_specifier_is_written_in_the_importers_style():
    assert specifier_for("src/m.js", "src/util/strings.js", like="./utils") == "./util/strings"
    assert specifier_for("src/m.ts", "src/format.ts", like="./fmt.js") == "./format.js"
    assert specifier_for("src/a/m.mjs", "src/b.mjs", like="./c.mjs") == "../b.mjs"


def test_files_that_are_not_javascript_have_no_imports():
    assert imports("import x from 'y'", "README.md") == [] and exports("x", "a.py").names == frozenset()
