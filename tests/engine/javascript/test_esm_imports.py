"""CommonJS names in an ES module (fixers/esm_globals.py) and a root alias nothing maps (fixers/imports.py)."""

from __future__ import annotations

from healer.engine.javascript.fixers.imports import module_candidates, undefined_name_candidates

ESM = (
    "import { readFileSync } from 'node:fs';\nimport { resolve } from 'node:path';\n\n"
    "export const read = (name) => readFileSync(resolve(__dirname, 'data', name), 'utf8');\n"
    "export const here = () => __dirname;\n"
)


def test_it_writes_dirname_in_an_es_module_with_import_meta():
    found = undefined_name_candidates(ESM, "lib/store.js", name="__dirname", line=4, files={"lib/store.js"},
                                      read=lambda f: None, module_type="module")  # fmt: skip
    assert found[0].text == ESM.replace("__dirname", "import.meta.dirname")
    url = "import { fileURLToPath } from 'node:url';"
    assert found[1].text.split("\n")[2] == url
    assert found[1].text.count("fileURLToPath(new URL('.', import.meta.url))") == 2
    assert found[1].line == 5


def test_it_writes_filename_and_require_in_an_es_module():
    text = "export const me = () => __filename;\n"
    found = undefined_name_candidates(text, "a.mjs", name="__filename", line=1, files={"a.mjs"},
                                      read=lambda f: None, module_type="module")  # fmt: skip
    assert [c.text for c in found][:2] == [
        "export const me = () => import.meta.filename;\n",
        "import { fileURLToPath } from 'node:url';\nexport const me = () => fileURLToPath(import.meta.url);\n",
    ]
    loads = "import { join } from 'node:path';\nconst data = require('./data.json');\nexport default data;\n"
    found = undefined_name_candidates(loads, "src/x.js", name="require", line=2, files={"src/x.js", "src/data.json"},
                                      read=lambda f: None, module_type="module")  # fmt: skip
    assert any("const require = createRequire(import.meta.url);\nconst data" in c.text for c in found)


def test_it_resolves_an_unmapped_root_alias_as_a_relative_path():
    text = "import { total } from '@/billing/sum';\nexport const t = total;\n"
    files = {"app/lib/orders.ts", "app/lib/billing/sum.ts"}
    found = module_candidates(text, "app/lib/orders.ts", specifier="@/billing/sum", line=1, files=files,
                              read=lambda f: None)  # fmt: skip
    assert found[0].text.startswith("import { total } from './billing/sum';")
    scoped = module_candidates("import x from '@scope/sum';\n", "app/a.ts", specifier="@scope/sum", line=1,
                               files={"app/a.ts", "scope/sum.ts"}, read=lambda f: None)  # fmt: skip
    assert scoped == []
