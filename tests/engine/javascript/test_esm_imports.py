"""CommonJS names in an ES module (fixers/esm_globals.py), a root alias nothing maps and the names Node's built-ins
export (fixers/imports.py)."""

from __future__ import annotations

from healer.engine.javascript.fixers.imports import (
    export_candidates,
    module_candidates,
    undefined_name_candidates,
)

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


def test_it_requires_a_base_class_a_node_builtin_exports():
    # The name is not a global, node:events exports it (Node's table): required after the directive.
    text = "'use strict';\n\nclass Bell extends EventEmitter {\n  ring() { this.emit('ring'); }\n}\nmodule.exports = Bell;\n"
    found = [c.text for c in undefined_name_candidates(text, "lib/bell.js", name="EventEmitter", line=3,
                                                       files={"lib/bell.js"}, read=lambda f: None)]  # fmt: skip
    required = "const { EventEmitter } = require('node:events');\n"
    assert found[0] == "'use strict';\n" + required + text[len("'use strict';\n") :]
    # With requires already there, the new one goes first among them.
    text = "'use strict';\n\nconst clock = require('./clock');\n\nclass Bell extends EventEmitter {}\n"
    found = [c.text for c in undefined_name_candidates(text, "lib/bell.js", name="EventEmitter", line=5,
                                                       files={"lib/bell.js"}, read=lambda f: None)]  # fmt: skip
    assert found[0] == text.replace("const clock", required + "const clock")


def test_it_imports_a_builtin_export_in_an_es_module_and_not_a_name_many_builtins_export():
    text = "import { join } from 'node:path';\nexport const id = () => randomUUID();\n"
    found = [c.text for c in undefined_name_candidates(text, "src/id.js", name="randomUUID", line=2,
                                                       files={"src/id.js"}, read=lambda f: None)]  # fmt: skip
    assert "import { randomUUID } from 'node:crypto';\n" + text in found
    # `promises` is exported by fs, dns, stream, readline...: no built-in is its evident home.
    many = undefined_name_candidates("promises.x;\n", "src/p.js", name="promises", line=1, files={"src/p.js"},
                                     read=lambda f: None)  # fmt: skip
    assert not any("require('node:" in c.text for c in many)


def test_it_moves_a_name_to_the_builtin_of_another_family_that_exports_it():
    # node:path has no fileURLToPath; node:url has (Node's export table), a family of its own.
    text = "import { fileURLToPath } from 'node:path';\nconst here = fileURLToPath(import.meta.url);\n"
    found = [c.text for c in export_candidates(text, "lib/here.js", specifier="node:path", name="fileURLToPath",
                                               files={"lib/here.js"}, read=lambda f: None)]  # fmt: skip
    assert found[0] == text.replace("'node:path'", "'node:url'")
    both = "import { join, fileURLToPath } from 'path';\nconst here = join(fileURLToPath(import.meta.url));\n"
    found = [c.text for c in export_candidates(both, "lib/here.js", specifier="path", name="fileURLToPath",
                                               files={"lib/here.js"}, read=lambda f: None)]  # fmt: skip
    assert "import { join } from 'path';\nimport { fileURLToPath } from 'url';\n" in found[0]
