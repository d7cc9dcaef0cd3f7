"""Imports, exports and module resolution, read statically with tree-sitter.

ES modules (`import { a as b } from './x.js'`, `export function f`, `export { a }`,
`export default`) and CommonJS (`const { a } = require('./x')`, `module.exports =
{ a, b }`, `exports.a = ...`) are both understood. Resolution follows Node's
rules for relative specifiers (exact file, added extension, directory index) and
TypeScript's (`./x.js` names `./x.ts`); bare specifiers are packages from
node_modules or Node's built-in modules.
"""

from __future__ import annotations

import posixpath
import re
from collections.abc import Collection, Mapping
from dataclasses import dataclass

from healer.engine.javascript.syntax import node_text, parse, walk

ESCAPE = re.compile(r"\\(.)")
ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "0": "\0"}

RESOLVE_EXTENSIONS = (".js", ".mjs", ".cjs", ".ts", ".tsx", ".mts", ".cts", ".jsx", ".json")
TS_FOR_JS = {".js": (".ts", ".tsx"), ".mjs": (".mts",), ".cjs": (".cts",), ".jsx": (".tsx",)}
# Node 20's require('module').builtinModules (the public ones); "node:" prefixes resolve too.
NODE_BUILTINS = frozenset(
    [
        "assert",
        "assert/strict",
        "async_hooks",
        "buffer",
        "child_process",
        "cluster",
        "console",
        "constants",
        "crypto",
        "dgram",
        "diagnostics_channel",
        "dns",
        "dns/promises",
        "domain",
        "events",
        "fs",
        "fs/promises",
        "http",
        "http2",
        "https",
        "inspector",
        "inspector/promises",
        "module",
        "net",
        "os",
        "path",
        "path/posix",
        "path/win32",
        "perf_hooks",
        "process",
        "punycode",
        "querystring",
        "readline",
        "readline/promises",
        "repl",
        "stream",
        "stream/consumers",
        "stream/promises",
        "stream/web",
        "string_decoder",
        "sys",
        "timers",
        "timers/promises",
        "tls",
        "trace_events",
        "tty",
        "url",
        "util",
        "util/types",
        "v8",
        "vm",
        "wasi",
        "worker_threads",
        "zlib",
        "test",
    ]
)


@dataclass(frozen=True)
class ImportedName:
    imported: str  # the name in the exporting module ("default" for a default import, "*" for a namespace)
    local: str  # the binding in the importing module
    line: int
    column: int  # 1-based, of the imported name in the source


@dataclass(frozen=True)
class ImportRef:
    specifier: str
    line: int  # of the specifier string
    column: int  # 1-based, of the specifier's first character inside the quotes
    kind: str  # "esm", "cjs" or "dynamic"
    names: tuple[ImportedName, ...] = ()


@dataclass(frozen=True)
class Exports:
    names: frozenset[str]
    star_from: tuple[str, ...] = ()  # specifiers re-exported wholesale (export * from)
    whole: bool = False  # module.exports = <something that is not an object literal>


def _position(node) -> tuple[int, int]:
    return node.start_point.row + 1, node.start_point.column + 1


def string_value(node) -> str:
    """A string literal's value as the runtime reads it: `'.\\\\prices'` is `.\\prices`, which Node looks
    up as one file name (a specifier compared with an error's message must be the value, not the source)."""
    text = node_text(node)
    if len(text) < 2 or text[0] not in "'\"`":
        return ""
    return ESCAPE.sub(lambda m: ESCAPES.get(m[1], m[1]), text[1:-1])


def imports(text: str, path: str) -> list[ImportRef]:
    """Every import of a file, in source order."""
    tree = parse(text, path)
    if tree is None:
        return []
    found: list[ImportRef] = []
    for node in walk(tree.root_node):
        if node.type in ("import_statement", "export_statement"):
            ref = _esm_import(node)
        elif node.type == "call_expression":
            ref = _call_import(node)
        else:
            continue
        if ref is not None:
            found.append(ref)
    return found


def _esm_import(node) -> ImportRef | None:
    source = node.child_by_field_name("source")
    if source is None:
        return None
    line, column = _position(source)
    names: list[ImportedName] = []
    for child in walk(node):
        if child.type == "import_specifier":
            name, alias = child.child_by_field_name("name"), child.child_by_field_name("alias")
            names.append(_named(name, alias or name))
        elif child.type == "import_clause":
            for part in child.children:
                if part.type == "identifier":
                    names.append(_named(part, part, imported="default"))
        elif child.type == "namespace_import":
            ident = next((c for c in child.children if c.type == "identifier"), None)
            if ident is not None:
                names.append(_named(ident, ident, imported="*"))
    return ImportRef(
        specifier=string_value(source), line=line, column=column + 1, kind="esm", names=tuple(names)
    )


def _named(name, local, *, imported: str = "") -> ImportedName:
    line, column = _position(name)
    return ImportedName(
        imported=imported or node_text(name), local=node_text(local), line=line, column=column
    )


def _call_import(node) -> ImportRef | None:
    function = node.child_by_field_name("function")
    arguments = node.child_by_field_name("arguments")
    if function is None or arguments is None:
        return None
    kind = "cjs" if node_text(function) == "require" else "dynamic" if function.type == "import" else ""
    strings = [c for c in arguments.children if c.type in ("string", "template_string")]
    if not kind or not strings:
        return None
    line, column = _position(strings[0])
    return ImportRef(
        specifier=string_value(strings[0]),
        line=line,
        column=column + 1,
        kind=kind,
        names=_required_names(node),
    )


def _required_names(call) -> tuple[ImportedName, ...]:
    """`const { a, b: c } = require(...)` binds a and c; `const x = require(...)` binds the whole module."""
    parent = call.parent
    if parent is None or parent.type != "variable_declarator":
        return ()
    target = parent.child_by_field_name("name")
    if target is None:
        return ()
    if target.type == "identifier":
        return (_named(target, target, imported="*"),)
    names = []
    for child in target.children if target.type == "object_pattern" else ():
        if child.type == "shorthand_property_identifier_pattern":
            names.append(_named(child, child))
        elif child.type == "pair_pattern":
            key, value = child.child_by_field_name("key"), child.child_by_field_name("value")
            if key is not None and value is not None and value.type == "identifier":
                names.append(_named(key, value))
    return tuple(names)


def exports(text: str, path: str) -> Exports:
    """The names a module exports (ESM and CommonJS)."""
    tree = parse(text, path)
    if tree is None:
        return Exports(names=frozenset())
    names: set[str] = set()
    stars: list[str] = []
    whole = False
    for node in walk(tree.root_node):
        if node.type == "export_statement":
            star = _esm_exports(node, names)
            if star:
                stars.append(star)
        elif node.type == "assignment_expression":
            whole = _cjs_exports(node, names) or whole
    return Exports(names=frozenset(names), star_from=tuple(stars), whole=whole)


def _esm_exports(node, names: set[str]) -> str:
    text = node_text(node)
    if text.startswith("export default"):
        names.add("default")
        return ""
    declaration = node.child_by_field_name("declaration")
    if declaration is not None:
        names.update(_declared(declaration))
    for child in node.children:
        if child.type == "export_clause":
            for spec in child.children:
                if spec.type == "export_specifier":
                    alias = spec.child_by_field_name("alias") or spec.child_by_field_name("name")
                    names.add(node_text(alias))
    source = node.child_by_field_name("source")
    if (
        source is not None
        and any(c.type == "*" for c in node.children)
        and "export_clause" not in {c.type for c in node.children}
    ):
        return string_value(source)
    return ""


def _declared(declaration) -> set[str]:
    name = declaration.child_by_field_name("name")
    if name is not None:
        return {node_text(name)}
    found = set()
    for child in declaration.children:
        if child.type == "variable_declarator":
            target = child.child_by_field_name("name")
            if target is not None and target.type == "identifier":
                found.add(node_text(target))
    return found


def _cjs_exports(node, names: set[str]) -> bool:
    left, right = node.child_by_field_name("left"), node.child_by_field_name("right")
    target = node_text(left) if left is not None else ""
    if target == "module.exports" and right is not None:
        if right.type != "object":
            return True
        for child in right.children:
            if child.type == "shorthand_property_identifier":
                names.add(node_text(child))
            elif child.type in ("pair", "method_definition"):
                key = child.child_by_field_name("key") or child.child_by_field_name("name")
                if key is not None:
                    names.add(string_value(key) or node_text(key))
        return False
    for prefix in ("module.exports.", "exports."):
        if target.startswith(prefix) and target[len(prefix) :].isidentifier():
            names.add(target[len(prefix) :])
    return False


# -- resolution ------------------------------------------------------------------
def package_name(specifier: str) -> str:
    parts = specifier.split("/")
    return "/".join(parts[:2]) if specifier.startswith("@") else parts[0]


def is_builtin(specifier: str) -> bool:
    return specifier.startswith("node:") or specifier in NODE_BUILTINS


def is_relative(specifier: str) -> bool:
    return specifier.startswith(("./", "../")) or specifier in (".", "..")


def resolve(importer: str, specifier: str, files: Collection[str]) -> str | None:
    """The repository file a relative specifier names, as Node (or TypeScript) would find it."""
    if not is_relative(specifier):
        return None
    base = posixpath.normpath(posixpath.join(posixpath.dirname(importer), specifier))
    if base.startswith(".."):
        return None
    stem, extension = posixpath.splitext(base)
    candidates = [base]
    candidates += [base + ext for ext in RESOLVE_EXTENSIONS]
    candidates += [stem + ext for ext in TS_FOR_JS.get(extension, ())]
    candidates += [posixpath.join(base, "index" + ext) for ext in RESOLVE_EXTENSIONS]
    return next((c for c in candidates if c in files), None)


def resolves(importer: str, specifier: str, *, files: Collection[str], packages: Collection[str]) -> bool:
    if is_relative(specifier):
        return resolve(importer, specifier, files) is not None
    if is_builtin(specifier):
        return specifier.removeprefix("node:") in NODE_BUILTINS
    return package_name(specifier) in packages


def specifier_for(importer: str, target: str, *, like: str) -> str:
    """A relative specifier from importer to target, written in the style of `like` (extension or not)."""
    relative = posixpath.relpath(target, posixpath.dirname(importer) or ".")
    if not relative.startswith("."):
        relative = "./" + relative
    stem, extension = posixpath.splitext(relative)
    wanted = posixpath.splitext(like)[1]
    if not wanted:
        return stem if stem.endswith("/index") is False else posixpath.dirname(stem) or "."
    if extension in (".ts", ".tsx") and wanted == ".js":
        return stem + ".js"  # TypeScript's ESM convention: import the emitted name
    if extension in EMITTED and wanted in (".js", ".mjs", ".cjs"):
        # Written with a JavaScript extension, a TypeScript file is named by the file tsc emits for it
        # (`.ts`→`.js`, `.mts`→`.mjs`, `.cts`→`.cjs`; Node16/NodeNext resolution): './dusk.mjs' for
        # dusk.ts is './dusk.js', never './dusk.ts' (round 47, npm21).
        return stem + EMITTED[extension]
    return stem + extension


# What Node16/NodeNext ESM imports name for a TypeScript source file: the emitted JavaScript file.
EMITTED = {".ts": ".js", ".tsx": ".js", ".mts": ".mjs", ".cts": ".cjs"}


def importers_of(path: str, *, name: str, sources: Mapping[str, str], files: Collection[str]) -> list[str]:
    """The project's other modules that import `name` from `path` by an ES named import."""
    found = []
    for other, text in sources.items():
        if other == path or name not in text:
            continue
        if any(
            ref.kind == "esm"
            and resolve(other, ref.specifier, files) == path
            and any(imported.imported == name for imported in ref.names)
            for ref in imports(text, other)
        ):
            found.append(other)
    return found
