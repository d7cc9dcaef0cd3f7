"""A barrel missing a sibling's re-export (fixers/barrels.py), reached through export_candidates."""

from __future__ import annotations

from healer.engine.javascript.fixers.imports import export_candidates

FILES = {
    "lib/index.js": "export * from './parse.js';\nexport { render } from './render.js';\n",
    "lib/parse.js": "export const parse = (s) => s.split(',');\n",
    "lib/render.js": "export const render = (xs) => xs.join(',');\n",
    "lib/escape.js": "export function escape(s) {\n  return s.replaceAll(',', '\\\\,');\n}\n",
    "spec/escape.spec.js": "import { escape } from '../lib/index.js';\n\nescape('a,b');\n",
}


def _found(files: dict[str, str]) -> list:
    return export_candidates(
        files["spec/escape.spec.js"], "spec/escape.spec.js", specifier="../lib/index.js", name="escape",
        files=list(files), read=files.get, is_test=lambda f: f.startswith("spec/"),
    )  # fmt: skip


def test_it_re_exports_the_sibling_that_defines_the_name_from_the_barrel():
    barrel = [c for c in _found(FILES) if c.file == "lib/index.js"]
    assert barrel[0].text == FILES["lib/index.js"] + "export * from './escape.js';\n"
    assert barrel[0].line == 3
    assert barrel[1].text.endswith("export { escape } from './escape.js';\n")


def test_it_leaves_a_module_that_is_no_barrel_alone():
    files = {**FILES, "lib/index.js": "export const parse = (s) => s.split(',');\n"}
    assert not any(c.file == "lib/index.js" for c in _found(files))
