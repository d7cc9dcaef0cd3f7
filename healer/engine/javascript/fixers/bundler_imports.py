"""A bundler's import that tsc cannot resolve: `import text from './places.csv?raw'`, `./logo.svg`,
`./theme.css` (tsc: TS2307, "Cannot find module './places.csv?raw' or its corresponding type
declarations").

Vite loads these itself (its query suffixes `?raw`, `?url`, `?inline`, `?worker` and asset files), and
declares their types as ambient modules in `vite/client` (vite.dev/guide/features, "Client Types"):
tsc knows them only once the file references those declarations. When the project installs vite and
the file the specifier names (without its query) exists, the repair is vite's documented one: a
`/// <reference types="vite/client" />` directive at the top of the importing file.
"""

from __future__ import annotations

import posixpath
from collections.abc import Collection

from healer.engine.javascript.fixers.base import Candidate

QUERIES = ("raw", "url", "inline", "worker", "sharedworker", "no-inline")
ASSETS = (".css", ".scss", ".svg", ".png", ".jpg", ".jpeg", ".gif", ".webp", ".avif", ".ico", ".woff",
          ".woff2", ".wasm", ".txt", ".csv", ".json5")  # fmt: skip
DIRECTIVE = '/// <reference types="vite/client" />'


def vite_client_candidates(
    text: str, path: str, *, specifier: str, files: Collection[str], packages: Collection[str]
) -> list[Candidate]:
    if "vite" not in packages or DIRECTIVE in text or not path.endswith((".ts", ".tsx", ".mts", ".cts")):
        return []
    bare, _, query = specifier.partition("?")
    if not bare.startswith("."):
        return []
    target = posixpath.normpath(posixpath.join(posixpath.dirname(path), bare))
    asset = posixpath.splitext(bare)[1].lower() in ASSETS
    if target not in files or not (query.split("&")[0] in QUERIES or asset):
        return []
    return [Candidate(path, f"{DIRECTIVE}\n{text}", 1,
                      "reference vite/client, which declares the types of vite's query and asset imports")]  # fmt: skip
