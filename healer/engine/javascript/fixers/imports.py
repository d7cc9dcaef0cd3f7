"""IMPORT candidates: resolve specifiers and names against the repository and node_modules.

- a module that cannot be found: the repository file (or installed package, or
  Node built-in) whose name is closest, written in the importer's style;
- a named export the module lacks: the closest name it does export (renamed in
  the importing file, or imported under the wanted name with an alias);
- a name that is not defined: import it from the repository module that exports
  it, or correct it to the closest name declared in the file or a global.
"""

from __future__ import annotations

import difflib
import json
import posixpath
import re
from collections.abc import Callable, Collection, Iterator

from healer.engine.javascript.fixers.barrels import barrel_candidates
from healer.engine.javascript.fixers.base import Candidate, line_bounds, parsing
from healer.engine.javascript.fixers.browser_globals import browser_global_candidates
from healer.engine.javascript.fixers.commonjs_interop import commonjs_default_candidates
from healer.engine.javascript.fixers.default_imports import default_beside_named_candidates
from healer.engine.javascript.fixers.esm_globals import esm_global_candidates
from healer.engine.javascript.fixers.lint_exports import exported_candidates
from healer.engine.javascript.fixers.name_search import unresolved
from healer.engine.javascript.fixers.namespace_imports import namespace_member_candidates
from healer.engine.javascript.fixers.reexports import reexport_candidates
from healer.engine.javascript.fixers.type_imports import type_only_import_candidates
from healer.engine.javascript.modules import (
    NODE_BUILTINS,
    Exports,
    ImportRef,
    exports,
    imports,
    is_builtin,
    is_relative,
    package_name,
    resolve,
    specifier_for,
)
from healer.engine.javascript.node_exports import NODE_EXPORTS, builtin_exports
from healer.engine.javascript.project import tsconfig_options
from healer.engine.javascript.syntax import SOURCE_EXTENSIONS, node_text, parse, parses, walk

GLOBALS = (
    "Math", "JSON", "Object", "Array", "String", "Number", "Boolean", "Promise", "Date", "Map", "Set",
    "console", "Error", "TypeError", "RangeError", "Symbol", "BigInt", "parseInt", "parseFloat", "isNaN",
    "setTimeout", "clearTimeout", "structuredClone", "Intl", "RegExp", "WeakMap", "WeakSet", "process",
    "Buffer", "URL", "globalThis", "undefined", "Infinity", "NaN", "require", "module", "exports",
)  # fmt: skip
CUTOFF = 0.6
Reader = Callable[[str], "str | None"]


def _replace_on_line(text: str, line: int, old: str, new: str, *, quoted: bool = False) -> str | None:
    bounds = line_bounds(text, line)
    if bounds is None:
        return None
    start, end = bounds
    body = text[start:end]
    pattern = (
        re.compile(rf"(['\"`]){re.escape(old)}\1")
        if quoted
        else re.compile(rf"(?<![\w$.]){re.escape(old)}(?![\w$])")
    )
    match = pattern.search(body)
    if not match:
        return None
    replacement = f"{match.group(1)}{new}{match.group(1)}" if quoted else new
    return text[: start + match.start()] + replacement + text[start + match.end() :]


def suggested_specifier_candidates(text: str, path: str, *, line: int, message: str) -> list[Candidate]:
    """tsc names the specifier it wants ("Relative import paths need explicit file extensions ...
    Did you mean './tax.js'?", TS2835): the import on the line whose specifier it extends takes it."""
    match = SUGGESTED_SPECIFIER.search(message)
    if match is None:
        return []
    wanted = match["specifier"]
    return _respecified(
        text,
        path,
        line=line,
        replacements=[
            (ref.specifier, wanted)
            for ref in imports(text, path)
            if ref.line == line and ref.specifier != wanted and wanted.startswith(ref.specifier)
        ],
    )


def _respecified(text: str, path: str, *, line: int, replacements: list[tuple[str, str]]) -> list[Candidate]:
    """One candidate per (specifier, replacement): the quoted specifier on the line rewritten."""
    generated = []
    for specifier, replacement in dict.fromkeys(replacements):
        new = _replace_on_line(text, line, specifier, replacement, quoted=True)
        if new is not None and replacement != specifier:
            generated.append(Candidate(path, new, line, f"import '{replacement}' instead of '{specifier}'"))
    return parsing(generated, original=text, path=path)


SUGGESTED_SPECIFIER = re.compile(r"Did you mean '(?P<specifier>\.{1,2}/[^']+)'")
NEEDS_EXTENSION = re.compile(r"need explicit file extensions in ECMAScript imports")
# What Node16/NodeNext ESM imports name for a source file: the emitted JavaScript file.
EMITTED = {".ts": ".js", ".tsx": ".js", ".mts": ".mjs", ".cts": ".cjs"}


def extension_candidates(
    text: str, path: str, *, line: int, message: str, files: Collection[str]
) -> list[Candidate]:
    """TS2834 gives no specifier when the import names a folder or tsc cannot guess: each
    relative import on the line that resolves in the repository (`./fares` -> fares/index.ts)
    is written as the emitted file ESM resolution wants (`./fares/index.js`)."""
    if NEEDS_EXTENSION.search(message) is None:
        return []
    replacements = []
    for ref in imports(text, path):
        if ref.line != line or not is_relative(ref.specifier) or posixpath.splitext(ref.specifier)[1]:
            continue
        target = resolve(path, ref.specifier, files)
        if target is not None:
            stem, extension = posixpath.splitext(target)
            emitted = stem + EMITTED.get(extension, extension)
            replacements.append((ref.specifier, specifier_for(path, emitted, like="x.js")))
    return _respecified(text, path, line=line, replacements=replacements)


# -- a module that cannot be found -------------------------------------------------------
def module_candidates(
    text: str,
    path: str,
    *,
    specifier: str,
    line: int,
    files: Collection[str],
    packages: Collection[str] = (),
    read: Reader | None = None,
    is_test: Callable[[str], bool] = lambda file: False,
) -> list[Candidate]:
    if is_relative(specifier):
        targets = _closest_files(path, specifier, files)
        if read is not None:
            wanted = _imported_names(text, path, specifier=specifier, line=line)
            exporting = _exporting_files(path, wanted, files=files, read=read, is_test=is_test)
            # A file that exports every name asked for is stronger evidence than a look-alike path
            # that does not (`'./yield'` → './types' loaded under vitest, whose missing named exports
            # are undefined, and was accepted before './output', which exports them; round 25).
            targets = (
                [f for f in targets if f in exporting]
                + exporting
                + [f for f in targets if f not in exporting]
                if exporting
                else targets
            )
        replacements = list(dict.fromkeys(_specifier(path, target, specifier) for target in targets))
    else:
        # A `#name` specifier the package.json `imports` map covers, spelt so its target exists (the
        # map adds the extension itself: '#lib/mounts.js' → src/lib/mounts.js.js): the mapped spelling
        # first, the project's own alias kept.
        rooted = _imports_map_specifiers(specifier, files, read) if read is not None else []
        rooted += _rooted_files(path, specifier, files)
        rooted += _aliased_files(path, specifier, files, read) if read is not None else []
        rooted += _unmapped_alias_files(path, specifier, files)
        taken = _imported_names(text, path, specifier=specifier, line=line) | _member_reads(
            text, path, specifier=specifier, line=line
        )
        replacements = list(dict.fromkeys(rooted)) + _closest_packages(specifier, packages, taken=taken)
        if read is not None and not is_builtin(specifier) and package_name(specifier) not in packages:
            # A package the project does not install (`import { round } from 'lodash'`) whose names a
            # module of the project's own exports: import them from there (the names are the evidence,
            # as for a relative path above), after a look-alike installed package.
            wanted = _imported_names(text, path, specifier=specifier, line=line)
            own = _exporting_files(path, wanted, files=files, read=read, is_test=is_test)
            like = _relative_style(text, path, files=files, read=read)
            replacements += [specifier_for(path, target, like=like) for target in own]
    return _respecified(text, path, line=line, replacements=[(specifier, r) for r in replacements])


def _relative_style(text: str, path: str, *, files: Collection[str], read: Reader) -> str:
    """A relative specifier as this project writes them (with or without an extension): the
    importer's own first, then its neighbours'; a TypeScript file with none leaves the extension
    out, a JavaScript file writes it (an ES module needs it, CommonJS accepts it)."""
    for file in [path, *sorted(f for f in files if f != path and f.endswith(SOURCE_EXTENSIONS))]:
        source = text if file == path else read(file)
        for ref in imports(source, file) if source is not None else ():
            if is_relative(ref.specifier) and not ref.specifier.endswith(".json"):
                return ref.specifier
    return "./x" if path.endswith((".ts", ".tsx", ".mts", ".cts")) else "./x.js"


def _imported_names(text: str, path: str, *, specifier: str, line: int) -> set[str]:
    return {
        name.imported
        for ref in imports(text, path)
        if ref.specifier == specifier and ref.line == line
        for name in ref.names
        if name.imported not in ("", "*")
    }


def _member_reads(text: str, path: str, *, specifier: str, line: int) -> set[str]:
    """The members read of a binding that holds the whole module (`const w = require('x')`, `import *
    as w from 'x'`, `import w from 'x'`): `w.seatsLeft(...)` takes `seatsLeft` from it."""
    tree = parse(text, path)
    if tree is None:
        return set()
    bound = set()
    for node in walk(tree.root_node):
        if node.start_point.row != line - 1:
            continue
        if node.type == "variable_declarator":
            name, value = node.child_by_field_name("name"), node.child_by_field_name("value")
            if (
                name is not None
                and name.type == "identifier"
                and value is not None
                and value.type == "call_expression"
                and node_text(value.child_by_field_name("function") or value) == "require"
                and specifier in node_text(value)
            ):
                bound.add(node_text(name))
        elif node.type in ("namespace_import", "import_clause"):
            named = [c for c in node.named_children if c.type == "identifier"]
            bound.update(node_text(c) for c in named)
    return {
        node_text(n.child_by_field_name("property"))
        for n in walk(tree.root_node)
        if n.type == "member_expression"
        and n.child_by_field_name("property") is not None
        and node_text(n.child_by_field_name("object") or n) in bound
    } if bound else set()  # fmt: skip


def _exporting_files(
    importer: str, names: set[str], *, files: Collection[str], read: Reader, is_test: Callable[[str], bool]
) -> list[str]:
    """Repository modules that export every name the import asks for, whatever their file is called
    (`import { parse } from './parser'` when parse lives in './notation'): the names are the
    evidence the path lacks. Modules that define them before an index that only re-exports them."""
    if not names:
        return []
    found = []
    for file in sorted(files):
        if file == importer or is_test(file) or not file.endswith(SOURCE_EXTENSIONS):
            continue
        source = read(file)
        if source is not None and names <= exports(source, file).names:
            found.append(file)
    return sorted(found, key=lambda file: posixpath.splitext(posixpath.basename(file))[0] == "index")


def _specifier(importer: str, target: str, specifier: str) -> str:
    written = specifier_for(importer, target, like=specifier)
    return written if written != specifier else specifier_for(importer, target, like=specifier + ".js")


def _closest_files(importer: str, specifier: str, files: Collection[str]) -> list[str]:
    sources = [f for f in files if f.endswith((*SOURCE_EXTENSIONS, ".json")) and f != importer]
    found = resolve(importer, specifier, files)
    if found is not None:
        # It resolves the CommonJS way (an added extension, a directory index), but ES modules
        # in Node need the exact file: name it.
        return [found] if posixpath.splitext(specifier)[1] == "" else []
    wanted = posixpath.normpath(posixpath.join(posixpath.dirname(importer), specifier))
    wanted_stem = posixpath.splitext(wanted)[0]
    stems = {}
    for file in sources:
        stem = posixpath.splitext(file)[0]
        stems.setdefault(stem.removesuffix("/index"), file)
    ranked = difflib.get_close_matches(wanted_stem, list(stems), n=5, cutoff=CUTOFF)
    return [stems[stem] for stem in ranked]


def _rooted_files(importer: str, specifier: str, files: Collection[str]) -> list[str]:
    """`import { dueCards } from 'src/deck'` (an editor's auto-import, a bundler's root): a bare or
    absolute specifier that names a repository file from the repository's root or from a folder above
    the importer (where a `baseUrl` usually points) is written as the relative path Node and tsc resolve
    without that setting."""
    folders = [""]
    folder = posixpath.dirname(importer)
    while folder and folder not in folders:
        folders.append(folder)
        folder = posixpath.dirname(folder)
    found = []
    for base in folders:
        target = resolve(posixpath.join(base, "_"), "./" + specifier.lstrip("/"), files)
        if target is not None and target != importer and target not in found:
            found.append(target)
    return [_specifier(importer, target, specifier) for target in found]


def _aliased_files(importer: str, specifier: str, files: Collection[str], read: Reader) -> list[str]:
    """`import { x } from '@/deck'` under tsconfig's `paths` (`"@/*": ["src/*"]`, from `baseUrl`):
    tsc resolves the alias, Node and a test runner without the same alias do not; the file it maps
    to, written as the relative path every resolver agrees on."""
    options = tsconfig_options(read("tsconfig.json") or "")
    base = posixpath.normpath(str(options.get("baseUrl") or "."))
    paths = options.get("paths")
    found = []
    for pattern, targets in paths.items() if isinstance(paths, dict) else ():
        prefix, star, suffix = str(pattern).partition("*")
        matched = (
            specifier.startswith(prefix) and specifier.endswith(suffix) if star else specifier == pattern
        )
        if not matched or not isinstance(targets, list):
            continue
        rest = specifier[len(prefix) : len(specifier) - len(suffix)] if star else ""
        for target in targets:
            mapped = posixpath.normpath(posixpath.join(base, str(target).replace("*", rest)))
            resolved = resolve("_", "./" + mapped, files) if not mapped.startswith("..") else None
            if resolved is not None and resolved != importer:
                found.append(_specifier(importer, resolved, specifier))
    return found


def _imports_map_specifiers(specifier: str, files: Collection[str], read: Reader) -> list[str]:
    """`#lib/mounts.js` under package.json's `"imports": {"#lib/*": "./src/lib/*.js"}`: the specifiers of
    the same pattern whose target exists, the one whose `*` part is the asked one less its extension
    (the map adds it) or a look-alike of it first."""
    if not specifier.startswith("#"):
        return []
    try:
        mapping = json.loads(read("package.json") or "{}").get("imports")
    except (ValueError, AttributeError):
        return []
    found: list[tuple[float, str]] = []
    for pattern, target in mapping.items() if isinstance(mapping, dict) else ():
        if isinstance(target, dict):  # conditions: the first plain path among them
            target = next((t for t in target.values() if isinstance(t, str)), None)
        prefix, star, suffix = str(pattern).partition("*")
        if not isinstance(target, str) or not star or not specifier.startswith(prefix):
            continue
        asked = (
            specifier[len(prefix) :].removesuffix(suffix)
            if specifier.endswith(suffix)
            else specifier[len(prefix) :]
        )
        head, _, tail = posixpath.normpath(target).partition("*")
        for file in files:
            if not (file.startswith(head) and file.endswith(tail)) or len(file) < len(head) + len(tail) + 1:
                continue
            part = file[len(head) : len(file) - len(tail)]
            stem = posixpath.splitext(asked)[0]
            score = 1.0 if part == stem else difflib.SequenceMatcher(None, part, asked).ratio()
            if score >= 0.6:
                found.append((score, f"{prefix}{part}{suffix}"))
    return [spelt for _, spelt in sorted(found, key=lambda pair: -pair[0]) if spelt != specifier]


# A root alias of the bundler templates (Vite/Vue CLI `@/`, Nuxt `~/`, package.json `#/` imports):
# `@/` then a path, never a scoped package (`@scope/name`).
ROOT_ALIAS = re.compile(r"^(?:@@|~~|@|~|#)/(?P<rest>[^/].*)$")


def _unmapped_alias_files(importer: str, specifier: str, files: Collection[str]) -> list[str]:
    """`import { x } from '@/climate'` where no tsconfig `paths`, bundler or package `imports`
    map the alias for the runner (Node's resolver then looks for a package called '@/climate'):
    the path after the alias, resolved from the repository's root or a folder above the importer
    (`src/`, where those templates point it), written as the relative path every resolver agrees on."""
    match = ROOT_ALIAS.match(specifier)
    return _rooted_files(importer, match["rest"], files) if match else []


# Built-ins Node loads only under the `node:` prefix: its `builtinModules`, which NODE_EXPORTS is generated
# from, leaves them out, so a misspelt `node:tset` had no candidate (round 55's review of npm29).
PREFIX_ONLY = frozenset({"test"})


def _closest_packages(specifier: str, packages: Collection[str], *, taken: Collection[str] = ()) -> list[str]:
    """Installed packages and Node built-ins spelt like the specifier. A built-in that exports none
    of the names the importer takes from it (`const { seatsLeft } = require('wagons')` → `wasi`,
    which exports only WASI) is not the module meant: it would load, and every name would be
    undefined (round 54, d382's wrong fix).

    A `node:` specifier names only a built-in (Node's ESM and CommonJS resolvers never look it up in
    node_modules), so it is answered only with the built-ins Node reports (`NODE_EXPORTS`, generated
    from Node's own `builtinModules`, and the prefix-only `node:test`), each exporting every name the
    importer takes: `node:utils` with `format` → `node:util`, never the package `esutils` (round 54,
    d394's wrong fix)."""
    bare = specifier.removeprefix("node:")
    builtin_only = specifier.startswith("node:")
    name = package_name(bare)
    rest = bare[len(name) :]
    found = []
    if not builtin_only:
        for candidate in difflib.get_close_matches(name, list(packages), n=3, cutoff=CUTOFF):
            found.append(candidate + rest)
    builtins = [
        b
        for b in difflib.get_close_matches(
            bare,
            sorted(NODE_EXPORTS.keys() | PREFIX_ONLY) if builtin_only else sorted(NODE_BUILTINS),
            n=3,
            cutoff=CUTOFF,
        )
        # Every built-in has a default export in an ES module (`import EventEmitter from 'events'`).
        if _exports_taken(b, taken, every=builtin_only)
    ]
    prefix = "node:" if builtin_only else ""
    found += [prefix + b for b in builtins]
    return found


def _exports_taken(builtin: str, taken: Collection[str], *, every: bool) -> bool:
    """Whether the built-in exports the names taken from it: one of them, or `every` one."""
    exported = builtin_exports(builtin)
    if not taken or exported is None:
        return True
    exported = exported | {"default"}
    return set(taken) <= exported if every else bool(exported & set(taken))


# -- a named export the module lacks -------------------------------------------------------
def export_candidates(
    text: str,
    path: str,
    *,
    specifier: str,
    name: str,
    files: Collection[str],
    read: Reader,
    is_test: Callable[[str], bool] = lambda file: False,
    suggested: str = "",
) -> list[Candidate]:
    """`suggested`: the name the compiler's message proposes (tsc's TS2724 "Did you mean 'x'?")."""
    if (builtin := builtin_exports(specifier)) is not None:
        return builtin_export_candidates(text, path, specifier=specifier, name=name, available=builtin)
    target = resolve(path, specifier, files)
    target_text = read(target) if target else None
    if target is None or target_text is None:
        # A package Node could not link a named import from: CommonJS, whose module.exports is always
        # the default export (commonjs_interop; an ES package lacking the name fails the tests).
        if is_relative(specifier):
            return []
        found = commonjs_default_candidates(
            text, path, specifier=specifier, declared=declared_names(text, path)
        )
        return parsing(found, original=text, path=path)
    found = exports(target_text, target)
    if target.endswith(".json"):
        # A JSON module has one export, the default: the whole parsed value (ECMAScript's JSON
        # modules; Node's `with { type: 'json' }`), so a named import of it is the default import
        # under the same local name (round 50, npm24).
        found = Exports(names=frozenset({"default"}))
    available = sorted(found.names - {"default"})
    generated = []
    alias = exported_as(target_text, target).get(name) if name not in found.names else None
    if alias is not None and alias in found.names:
        # The module exports that very binding under another name (`export { daysBetween as nights }`:
        # ECMAScript's ExportSpecifier exports the alias only): import the alias, before the module is
        # given a second export of the same function (round 51, npm25).
        for ref in imports(text, path):
            for imported in ref.names if ref.specifier == specifier and ref.kind == "esm" else ():
                if imported.imported == name:
                    generated += list(_alias_imported(text, path, ref, imported, alias))
    if name not in found.names and not found.whole:
        # The module declares the name at its top level but never exports it: an ES named import binds
        # only to an export (ResolveExport), so the declaration takes `export` (fixers/lint_exports).
        generated += [
            c for c in exported_candidates(target_text, target, name=name) if parses(c.text, target)
        ]
    elsewhere = _exporting_files(path, {name}, files=files, read=read, is_test=is_test)
    closest = difflib.get_close_matches(name, available, n=3, cutoff=CUTOFF)
    if suggested in available:
        closest = [suggested, *(n for n in closest if n != suggested)]
    # `export { a, b } from './m'`, a package index re-exporting a name m does not export (the
    # ImportRef of a re-export lists no names): the name m exports that is closest (reexports).
    generated += reexport_candidates(
        text, path, specifier=specifier, name=name, closest=closest, files=files, read=read
    )
    for ref in imports(text, path):
        if ref.specifier != specifier:
            continue
        for imported in ref.names:
            if imported.imported != name:
                continue
            if "default" in found.names and ref.kind == "esm":
                generated += list(_as_default(text, path, ref, imported))
            if name == "default" and ref.kind == "esm":
                generated += list(_default_as_named(text, path, ref, imported, available))
                # `import x, { y } from`: no namespace beside named imports (default_imports, round 55).
                generated += default_beside_named_candidates(
                    text,
                    path,
                    local=imported.local,
                    specifier=specifier,
                    line=imported.line,
                    available=available,
                )
            for better in closest:
                generated += list(_renamed(text, path, ref, imported, better))
            # The name is right, the module is not: the repository module that exports it.
            for other in elsewhere:
                generated += list(_from_module(text, path, ref, imported, other, files=files, read=read))
    if not is_test(target):
        # An index that re-exports its siblings but not the one defining the name (fixers/barrels).
        generated += barrel_candidates(
            target=target, target_text=target_text, name=name, exporters=elsewhere, files=files
        )
    if name in found.names and COMMONJS.search(target_text) and not found.star_from:
        # The module exports the name, but by CommonJS assignments Node's lexer did not see: read from
        # its default export, as Node's message suggests (commonjs_interop).
        generated += commonjs_default_candidates(
            text, path, specifier=specifier, declared=declared_names(text, path)
        )
    return parsing(generated, original=text, path=path)


# A module with this many exports or fewer has each tried under the missing name (builtin_export_candidates).
SMALL_MODULE = 6
COMMONJS = re.compile(r"\bmodule\.exports\b|\bexports\.[\w$]+\s*=")


def builtin_export_candidates(
    text: str, path: str, *, specifier: str, name: str, available: frozenset[str]
) -> list[Candidate]:
    """A named import a Node built-in does not export, resolved against Node's own export tables.

    The usual slip is the sibling module of the same family (`readFileSync` from `node:fs/promises`,
    `setTimeout` awaited from `node:timers` rather than `node:timers/promises`, `posix` helpers from
    `path`): Node's built-ins split one API into a callback/sync module and a promise (or platform)
    sub-module under the same root, so the name is moved to the sibling that exports it first, written
    with the importer's `node:` style; then the closest name the module itself exports. This is the
    "import from the module that declares it" repair of tsc's code fixes (fixImportNonExportedMember),
    with Node's real export tables (`node_exports`) standing in for the declaration files.
    """
    bare = specifier.removeprefix("node:")
    prefix = "node:" if specifier.startswith("node:") else ""
    root = bare.split("/")[0]
    siblings = [
        other for other in sorted(NODE_EXPORTS, key=lambda other: (other.count("/"), other))
        if other != bare and other.split("/")[0] == root and name in NODE_EXPORTS[other]
    ]  # fmt: skip
    generated: list[Candidate] = []
    for ref in imports(text, path):
        if ref.specifier != specifier:
            continue
        for imported in ref.names:
            if imported.imported != name:
                continue
            # The name alone first: a sibling may export the statement's other names too, but as
            # other functions (timers' callback setImmediate vs timers/promises' promise one).
            for sibling in siblings:
                generated += list(_split_out(text, path, ref, imported, new_specifier=prefix + sibling))
            for sibling in siblings:
                if {n.imported for n in ref.names} <= NODE_EXPORTS[sibling] | {"default"}:
                    generated += list(
                        _respecified_whole(text, path, ref, imported, new_specifier=prefix + sibling)
                    )
            close = difflib.get_close_matches(name, sorted(available), n=3, cutoff=CUTOFF)
            for better in close:
                generated += list(_renamed(text, path, ref, imported, better))
            # The thing is right, its name is not the module's (`sleep` for timers/promises' promise
            # `setTimeout`): a small module's other exports imported under the name the code uses, last
            # (no spelling links them; the failing tests decide).
            if ref.kind == "esm" and imported.local == imported.imported and len(available) <= SMALL_MODULE:
                for other in sorted(available - {name, *close}):
                    aliased = _replace_on_line(text, imported.line, name, f"{other} as {name}")
                    if aliased is not None:
                        generated.append(Candidate(
                            path, aliased, imported.line,
                            f"import '{other}' under the name '{name}': '{ref.specifier}' exports no '{name}'",
                        ))  # fmt: skip
            # The name is right, the family is not (`fileURLToPath` from `node:path`, which only takes
            # paths, where `node:url` converts them): the other built-ins that export it.
            for other in builtins_exporting(name, besides=root):
                generated += list(
                    _moved(
                        text, path, ref, imported, new_specifier=prefix + other, exported=NODE_EXPORTS[other]
                    )
                )
    return parsing(generated, original=text, path=path)


MAX_BUILTINS = 2


def builtins_exporting(name: str, *, besides: str = "") -> list[str]:
    """The Node built-ins that export `name` (Node's own table, node_exports), a top-level module before
    its sub-modules, at most MAX_BUILTINS of them, and none when more than MAX_BUILTINS families export it: a
    name exported by many (`promises`, `constants`) says little."""
    found = [
        module for module in sorted(NODE_EXPORTS, key=lambda module: (module.count("/"), module))
        if module.split("/")[0] != besides and name in NODE_EXPORTS[module] and not name.startswith("_")
    ]  # fmt: skip
    roots = {module.split("/")[0] for module in found}
    return found[:MAX_BUILTINS] if len(roots) <= MAX_BUILTINS else []


def _from_module(
    text: str, path: str, ref: ImportRef, imported, target: str, *, files: Collection[str], read: Reader
) -> Iterator[Candidate]:
    """Import `imported` from `target` instead: the whole import when target exports all its names,
    else the name alone, in an import of its own below."""
    source = read(target)
    exported = exports(source, target).names if source is not None else frozenset()
    yield from _moved(
        text, path, ref, imported, new_specifier=_specifier(path, target, ref.specifier), exported=exported
    )


def _moved(
    text: str, path: str, ref: ImportRef, imported, *, new_specifier: str, exported: Collection[str]
) -> Iterator[Candidate]:
    """The statement respecified to `new_specifier` when that module exports all its names, else
    `imported` alone moved into an import of its own below."""
    names = {n.imported for n in ref.names}
    if names <= set(exported):
        yield from _respecified_whole(text, path, ref, imported, new_specifier=new_specifier)
        return
    yield from _split_out(text, path, ref, imported, new_specifier=new_specifier)


def _respecified_whole(
    text: str, path: str, ref: ImportRef, imported, *, new_specifier: str
) -> Iterator[Candidate]:
    new = _replace_on_line(text, ref.line, ref.specifier, new_specifier, quoted=True)
    if new is not None:
        yield Candidate(
            path, new, imported.line, f"import '{imported.imported}' from '{new_specifier}', which exports it"
        )


def _split_out(text: str, path: str, ref: ImportRef, imported, *, new_specifier: str) -> Iterator[Candidate]:
    """`imported` alone moved out of `ref` into an import of its own from `new_specifier`."""
    bounds = line_bounds(text, imported.line)
    if bounds is None or ref.kind not in ("esm", "cjs"):
        return
    start, end = bounds
    body = text[start:end]
    spec = re.escape(imported.imported) + (
        rf"\s*(?:as|:)\s*{re.escape(imported.local)}" if imported.local != imported.imported else ""
    )
    without = re.sub(rf"(?<=[{{,])\s*{spec}\s*,|,\s*{spec}(?=\s*\}})", "", body, count=1)
    if without == body:
        return
    binding = imported.imported if imported.local == imported.imported else None
    statement = (
        f"import {{ {binding or f'{imported.imported} as {imported.local}'} }} from '{new_specifier}';"
        if ref.kind == "esm"
        else f"const {{ {binding or f'{imported.imported}: {imported.local}'} }} = require('{new_specifier}');"
    )
    new = text[:start] + without + "\n" + statement + text[end:]
    yield Candidate(
        path, new, imported.line, f"import '{imported.imported}' from '{new_specifier}', which exports it"
    )


def exported_as(text: str, path: str) -> dict[str, str]:
    """Local name -> exported name of a module's own `export { local as alias }` clauses (not re-exports
    with `from`, not string aliases); the first alias of a local exported twice."""
    tree = parse(text, path)
    found: dict[str, str] = {}
    for statement in tree.root_node.named_children if tree is not None else ():
        if statement.type != "export_statement" or statement.child_by_field_name("source") is not None:
            continue
        for clause in (c for c in statement.named_children if c.type == "export_clause"):
            for specifier in clause.named_children:
                local, alias = specifier.child_by_field_name("name"), specifier.child_by_field_name("alias")
                if local is not None and alias is not None and alias.type == "identifier":
                    found.setdefault(node_text(local), node_text(alias))
    return found


def _alias_imported(text: str, path: str, ref: ImportRef, imported, alias: str) -> Iterator[Candidate]:
    """`import { daysBetween as nights }` of a module exporting daysBetween as nights: `{ nights }`;
    `import { daysBetween }`: `{ nights as daysBetween }`, every use keeping its name."""
    local = imported.local
    if local == imported.imported:
        new = _replace_on_line(text, imported.line, imported.imported, f"{alias} as {local}")
    else:
        bounds = line_bounds(text, imported.line)
        if bounds is None:
            return
        start, end = bounds
        spec = re.compile(rf"(?<![\w$]){re.escape(imported.imported)}\s+as\s+{re.escape(local)}(?![\w$])")
        body, count = spec.subn(alias if alias == local else f"{alias} as {local}", text[start:end], count=1)
        new = text[:start] + body + text[end:] if count else None
    if new is not None:
        yield Candidate(
            path,
            new,
            imported.line,
            f"import '{alias}', the name '{ref.specifier}' exports '{imported.imported}' under",
        )


def _renamed(text: str, path: str, ref: ImportRef, imported, better: str) -> Iterator[Candidate]:
    line = imported.line
    if imported.local == imported.imported:
        everywhere = _rename_identifier(text, path, imported.local, better)
        if everywhere is not None:
            yield Candidate(path, everywhere, line, f"import '{better}', the name '{ref.specifier}' exports")
    alias = f"{better} as {imported.local}" if ref.kind == "esm" else f"{better}: {imported.local}"
    aliased = (
        _replace_on_line(text, line, imported.imported, alias)
        if imported.local == imported.imported
        else None
    )
    if imported.local != imported.imported:
        aliased = _replace_on_line(text, line, imported.imported, better)
    if aliased is not None:
        yield Candidate(path, aliased, line, f"import '{better}', the name '{ref.specifier}' exports")


def _as_default(text: str, path: str, ref: ImportRef, imported) -> Iterator[Candidate]:
    """`import { X } from './m'` where m has only a default export: `import X from './m'`.

    The named-versus-default confusion is the commonest ESM import mistake (Node's "does not
    provide an export named"); the binding keeps its local name, so no use changes.
    """
    if any(n.imported == "default" for n in ref.names):
        return  # the statement already has a default import: the named one is another thing
    bounds = line_bounds(text, imported.line)
    if bounds is None:
        return
    start, end = bounds
    body = text[start:end]
    spec = rf"{re.escape(imported.imported)}(?:\s+as\s+{re.escape(imported.local)})?"
    alone = re.compile(rf"\{{\s*{spec}\s*,?\s*\}}")
    match = alone.search(body)
    if match:
        new_body = body[: match.start()] + imported.local + body[match.end() :]
    else:
        # `{ X, Y }`: X becomes the default binding in front of the braces.
        inner = re.compile(rf"(?<=[{{,])\s*{spec}\s*(?:,|(?=\}}))")
        brace = body.find("{")
        match = inner.search(body, brace) if brace >= 0 else None
        if match is None:
            return
        rest = body[: match.start()] + body[match.end() :]
        rest = re.sub(r",\s*}", " }", rest)
        new_body = rest[:brace] + f"{imported.local}, " + rest[brace:]
    yield Candidate(
        path,
        text[:start] + new_body + text[end:],
        imported.line,
        f"import the default export of '{ref.specifier}' as '{imported.local}'",
    )


def _default_as_named(
    text: str, path: str, ref: ImportRef, imported, available: list[str]
) -> Iterator[Candidate]:
    """`import board from './board.js'` where board.js has only named exports: the inverse of
    `_as_default`. The module's namespace under the same local name (`import * as board`), which
    keeps `board.cardsIn(...)` working, then a named export spelt like the binding (`{ board }`)."""
    bounds = line_bounds(text, imported.line)
    if bounds is None or not available:
        return
    start, end = bounds
    body = text[start:end]
    # Only a clause that is the default binding alone: `import * as x, { y }` is not JavaScript.
    match = re.compile(rf"\bimport\s+(?P<local>{re.escape(imported.local)})\s+from\b").search(body)
    if match is None:
        return
    replacements = [
        (f"* as {imported.local}", f"import the namespace of '{ref.specifier}' as '{imported.local}'")
    ]
    # The default binding is never read, while names the module exports are read unbound: the
    # import meant those names (round 50, npm24: `import gravity from './gravity'` over `abv(...)`,
    # `lowest(...)`), imported by name first.
    # Sorted, as sort-imports orders an import's members by default.
    wanted = sorted({name for name, _ in unresolved(text, path)} & set(available))
    if wanted and not _reads(text, path, imported.local):
        replacements.insert(
            0, (f"{{ {', '.join(wanted)} }}", f"import {', '.join(wanted)} by name from '{ref.specifier}'")
        )
    for better in difflib.get_close_matches(imported.local, available, n=2, cutoff=CUTOFF):
        named = better if better == imported.local else f"{better} as {imported.local}"
        replacements.append((f"{{ {named} }}", f"import '{better}', the name '{ref.specifier}' exports"))
    for replacement, description in replacements:
        new_body = body[: match.start("local")] + replacement + body[match.end("local") :]
        yield Candidate(path, text[:start] + new_body + text[end:], imported.line, description)


def _reads(text: str, path: str, name: str) -> bool:
    """The file reads `name` outside its import statements (`{ name }` is a read too)."""
    tree = parse(text, path)
    for node in walk(tree.root_node) if tree is not None else ():
        if node.type in ("identifier", "shorthand_property_identifier") and node_text(node) == name:
            parent = node.parent
            while parent is not None and parent.type != "import_statement":
                parent = parent.parent
            if parent is None:
                return True
    return False


def _rename_identifier(text: str, path: str, old: str, new: str) -> str | None:
    """Every identifier `old` (bindings and uses, not properties) renamed to `new`."""
    tree = parse(text, path)
    if tree is None:
        return None
    data = text.encode("utf-8", errors="surrogateescape")
    spans = [
        (n.start_byte, n.end_byte)
        for n in walk(tree.root_node)
        if n.type in ("identifier", "shorthand_property_identifier", "shorthand_property_identifier_pattern")
        and node_text(n) == old
    ]
    if not spans:
        return None
    for start, end in sorted(spans, reverse=True):
        data = data[:start] + new.encode() + data[end:]
    return data.decode("utf-8", errors="surrogateescape")


# -- a name that is not defined ------------------------------------------------------------
def undefined_name_candidates(
    text: str,
    path: str,
    *,
    name: str,
    line: int,
    files: Collection[str],
    read: Reader,
    module_type: str = "commonjs",
) -> list[Candidate]:
    if name == "require":
        found = list(_require_as_import(text, path, line=line, files=files, read=read))
        if _is_esm(text, path, module_type):
            # Whatever the require loads (JSON, a CommonJS package): Node's own ESM equivalent.
            found += esm_global_candidates(text, path, name=name, line=line)
        return parsing(found, original=text, path=path)
    # A name the file imports for its type only (`import type { Show }`), erased at compile time: the
    # import made a value import (type_imports.py), the one slip that binds the name and still leaves
    # it undefined.
    generated = type_only_import_candidates(text, path, name=name)
    # `__dirname`/`__filename` in an ES module: their import.meta equivalents (esm_globals.py).
    # A module imported whole (`import * as ns`) that exports the name: bound by name at that import.
    generated += namespace_member_candidates(
        text, path, name=name, files=files, read=read, declared=declared_names(text, path)
    )
    generated += esm_global_candidates(text, path, name=name, line=line)
    # A browser's global object read in Node (`window.navigator`): globalThis, or the value left out.
    generated += browser_global_candidates(text, path, name=name, line=line)
    generated += list(_import_builtin(text, path, name=name, module_type=module_type))
    generated += list(
        _import_from_repository(
            text, path, name=name, line=line, files=files, read=read, module_type=module_type
        )
    )
    if name not in GLOBALS:
        generated += list(_import_builtin_export(text, path, name=name, line=line, module_type=module_type))
    declared = declared_names(text, path) - {name}
    for better in difflib.get_close_matches(name, sorted(declared) + list(GLOBALS), n=3, cutoff=CUTOFF):
        new = _replace_on_line(text, line, name, better)
        if new is not None:
            generated.append(Candidate(path, new, line, f"use '{better}' instead of the undefined '{name}'"))
    return parsing(generated, original=text, path=path)


def _require_as_import(
    text: str, path: str, *, line: int, files: Collection[str], read: Reader
) -> Iterator[Candidate]:
    """`require is not defined in ES module scope`: the CommonJS `const x = require('m')` at the line
    written as the ES module import it means (`import { a, b: c }` for a destructured require, else the
    default import, then the namespace; only the namespace of a repository module without a default
    export), with the file extension Node's ES loader needs."""
    tree = parse(text, path)
    for node in walk(tree.root_node) if tree is not None else ():
        if node.type != "lexical_declaration" and node.type != "variable_declaration":
            continue
        declarators = [c for c in node.named_children if c.type == "variable_declarator"]
        if node.start_point.row > line - 1 or node.end_point.row < line - 1 or len(declarators) != 1:
            continue
        binding, value = (
            declarators[0].child_by_field_name("name"),
            declarators[0].child_by_field_name("value"),
        )
        arguments = (
            value.child_by_field_name("arguments")
            if value is not None and value.type == "call_expression"
            else None
        )
        if (
            binding is None
            or arguments is None
            or node_text(value.child_by_field_name("function")) != "require"
        ):
            continue
        given = arguments.named_children
        if len(given) != 1 or given[0].type != "string":
            continue
        specifier = node_text(given[0])[1:-1]
        target = resolve(path, specifier, files) if is_relative(specifier) else None
        written = _specifier(path, target, specifier) if target is not None else specifier
        # The file's own ES imports say how this project writes a relative specifier (a TypeScript
        # project under bundler resolution writes none with an extension): that spelling first, then
        # Node's ES loader's (round 50, npm24: d340's `require('./frames')` beside `from './varroa'`).
        spellings = [written]
        if target is not None and (style := _own_relative_style(text, path)):
            spellings.insert(0, specifier_for(path, target, like=style))
        clauses = []
        if binding.type == "object_pattern":
            names = []
            for part in binding.named_children:
                if part.type == "shorthand_property_identifier_pattern":
                    names.append(node_text(part))
                elif part.type == "pair_pattern" and part.child_by_field_name("value").type == "identifier":
                    names.append(
                        f"{node_text(part.child_by_field_name('key'))} as {node_text(part.child_by_field_name('value'))}"
                    )
                else:
                    names = []
                    break
            clauses = [f"{{ {', '.join(names)} }}"] if names else []
        elif binding.type == "identifier":
            source = read(target) if target is not None else None
            whole = source is None or "default" in exports(source, target).names
            clauses = [node_text(binding)] * whole + [f"* as {node_text(binding)}"]
        for clause in clauses:
            for spelling in dict.fromkeys(spellings):
                statement = f"import {clause} from '{spelling}';"
                new = (
                    text[: _offset(text, node.start_byte)] + statement + text[_offset(text, node.end_byte) :]
                )
                yield Candidate(
                    path, new, node.start_point.row + 1, f"import with an ES module import: {statement}"
                )
        return


def _own_relative_style(text: str, path: str) -> str:
    """The first relative ES import specifier of the file (not a JSON one), or ''."""
    for ref in imports(text, path):
        if ref.kind == "esm" and is_relative(ref.specifier) and not ref.specifier.endswith(".json"):
            return ref.specifier
    return ""


def _offset(text: str, byte: int) -> int:
    """The character offset of a tree-sitter byte offset."""
    return len(
        text.encode("utf-8", errors="surrogateescape")[:byte].decode("utf-8", errors="surrogateescape")
    )


def _import_builtin(text: str, path: str, *, name: str, module_type: str) -> Iterator[Candidate]:
    """`path`, `fs`, `os`... used without being imported: Node's module of that name, first among the imports."""
    if name not in NODE_BUILTINS or "/" in name:
        return
    esm = _is_esm(text, path, module_type)
    statement = f"import {name} from 'node:{name}';" if esm else f"const {name} = require('node:{name}');"
    at = _first_line_start(text)
    yield Candidate(path, text[:at] + statement + "\n" + text[at:], 1, f"import '{name}' from 'node:{name}'")


def _import_builtin_export(
    text: str, path: str, *, name: str, line: int, module_type: str
) -> Iterator[Candidate]:
    """`EventEmitter`, `readFileSync`, `fileURLToPath`... used without being imported: a named export of a
    Node built-in (not a global, ReferenceError), bound by a named import (ESM) or a destructured require
    from the built-in that exports it, per Node's own export table (node_exports)."""
    esm = _is_esm(text, path, module_type)
    at = _imports_start(text, path)
    for module in builtins_exporting(name):
        statement = (
            f"import {{ {name} }} from 'node:{module}';"
            if esm
            else f"const {{ {name} }} = require('node:{module}');"
        )
        yield Candidate(
            path, text[:at] + statement + "\n" + text[at:], line, f"import '{name}' from 'node:{module}'"
        )


def _imports_start(text: str, path: str) -> int:
    """Offset of the first top-level import or require line, where a new one joins them (the first
    line after a shebang, comments and directives when there is none)."""
    tree = parse(text, path)
    for node in tree.root_node.children if tree is not None else []:
        if node.type == "import_statement" or (
            node.type in ("lexical_declaration", "variable_declaration") and "require(" in node_text(node)
        ):
            bounds = line_bounds(text, node.start_point.row + 1)
            return bounds[0] if bounds else 0
    return _first_line_start(text)


def _first_line_start(text: str) -> int:
    """Offset where the first import goes: after a shebang and leading comments or directives."""
    offset = 0
    for row in text.split("\n"):
        if row.strip().startswith(("#!", "//", "'use strict'", '"use strict"')):
            offset += len(row) + 1
            continue
        break
    return min(offset, len(text))


def _import_from_repository(text, path, *, name, line, files, read, module_type) -> Iterator[Candidate]:
    """The name imported from the repository module that exports it. The fix is about the line that
    uses the name (`line`): joining an import list that happens to sit at line 1 rewrites no import
    that was wrong, so it must not read as one (languages/javascript._edits_import_at)."""
    esm = _is_esm(text, path, module_type)
    for file in sorted(files):
        if file == path or not file.endswith(SOURCE_EXTENSIONS):
            continue
        source = read(file)
        if source is None or name not in exports(source, file).names:
            continue
        # The file already takes names from that module (`const { formatTime } = require('./clock')`):
        # the name joins them there, the edit its author would make, before a second statement.
        for at, written in _name_lists(text, path, file=file, files=files, name=name):
            new = text[:at] + f", {name}" + text[at:] if at >= 0 else _sorted_in(text, -at - 1, name)
            yield Candidate(path, new, line, f"take '{name}' from '{written}' too")
        like = "./x.js" if esm and not path.endswith((".ts", ".tsx")) else "./x"
        specifier = specifier_for(path, file, like=like)
        statements = [
            f"import {{ {name} }} from '{specifier}';"
            if esm
            else f"const {{ {name} }} = require('{specifier}');"
        ]
        if path.endswith((".ts", ".tsx", ".mts", ".cts")) and _declares_type_only(source, name):
            # An interface or type alias has no value to import: `import type`, which every compiler
            # setting accepts (verbatimModuleSyntax refuses the plain import), goes first.
            statements.insert(0, f"import type {{ {name} }} from '{specifier}';")
        after = _after_imports(text, path)
        at, evidence = _sorted_import_at(text, path, specifier)
        # In the order of the specifiers where two imports or more show it, after the imports first
        # where one import cannot (and after them alone where they are not sorted).
        places = [p for p in ((at, after) if evidence > 1 else (after, at)) if p >= 0]
        for statement in statements:
            for place in dict.fromkeys(places):
                new = text[:place] + statement + "\n" + text[place:]
                yield Candidate(path, new, line, f"import '{name}' from '{specifier}'")


def _declares_type_only(source: str, name: str) -> bool:
    """The module exports `name` as an interface or a type alias, and no value of that name."""
    typed = re.search(rf"^export\s+(?:declare\s+)?(?:interface|type)\s+{re.escape(name)}\b", source, re.M)
    valued = re.search(
        rf"^export\s+(?:declare\s+)?(?:const|let|var|function|class|enum|abstract)\b[^\n]*\b{re.escape(name)}\b",
        source,
        re.M,
    )
    return typed is not None and valued is None


def _sorted_in(text: str, at: int, name: str) -> str:
    """`name, ` written before the name that starts at character `at`."""
    return text[:at] + f"{name}, " + text[at:]


def _sorted_import_at(text: str, path: str, specifier: str) -> tuple[int, int]:
    """Where a new top-level import of `specifier` goes when the module's relative imports are written
    in the order of their specifiers (as an author or a sorting linter keeps them): the start of the
    first one that sorts after it, -1 when they are not sorted or none does (then after the imports);
    and how many imports show that order."""
    tree = parse(text, path)
    rows = []
    for node in tree.root_node.children if tree is not None else []:
        found = [ref for ref in imports(node_text(node), path) if is_relative(ref.specifier)]
        if (
            node.type in ("import_statement", "lexical_declaration", "variable_declaration")
            and len(found) == 1
        ):
            rows.append((found[0].specifier, node.start_byte))
    keys = [spec.lower() for spec, _ in rows]
    if not rows or keys != sorted(keys):
        return -1, 0
    following = [start for spec, start in rows if spec.lower() > specifier.lower()]
    return (_offset(text, following[0]) if following else -1), len(rows)


def _name_lists(
    text: str, path: str, *, file: str, files: Collection[str], name: str = ""
) -> Iterator[tuple[int, str]]:
    """(character offset after the last name, specifier) of each top-level `import { a } from 'm'` and
    `const { a } = require('m')` whose module is `file`. When the list's names are in alphabetical
    order and `name` sorts before its last one, also -(start of the first name after it) - 1: the name
    goes there, as its author keeps the list (first, when the list has two names or more)."""
    tree = parse(text, path)
    for node in tree.root_node.children if tree is not None else ():
        names = source = None
        if node.type == "import_statement":
            source = node.child_by_field_name("source")
            names = next((n for n in walk(node) if n.type == "named_imports"), None)
        elif node.type in ("lexical_declaration", "variable_declaration") and node.named_child_count == 1:
            declarator = node.named_children[0]
            pattern, value = declarator.child_by_field_name("name"), declarator.child_by_field_name("value")
            arguments = (
                value.child_by_field_name("arguments")
                if value is not None and value.type == "call_expression"
                else None
            )
            if (
                pattern is not None
                and pattern.type == "object_pattern"
                and arguments is not None
                and node_text(value.child_by_field_name("function")) == "require"
                and arguments.named_child_count == 1
            ):
                names, source = pattern, arguments.named_children[0]
        if names is None or source is None or source.type != "string" or not names.named_child_count:
            continue
        specifier = node_text(source)[1:-1]
        if is_relative(specifier) and resolve(path, specifier, files) == file:
            written = [node_text(n).lower() for n in names.named_children]
            after = [n for n in names.named_children if name and node_text(n).lower() > name.lower()]
            end = _offset(text, names.named_children[-1].end_byte)
            if written != sorted(written) or not after:
                yield end, specifier
                continue
            inside = -_offset(text, after[0].start_byte) - 1
            # One name is no evidence of an order: at the end first then. Either way both, as a
            # sorted list may have been sorted by chance.
            yield from ((inside, specifier), (end, specifier))[:: 1 if len(written) > 1 else -1]


def _is_esm(text: str, path: str, module_type: str) -> bool:
    if path.endswith((".mjs", ".mts", ".ts", ".tsx")):
        return True
    if path.endswith((".cjs", ".cts")):
        return False
    kinds = {ref.kind for ref in imports(text, path)}
    return "esm" in kinds or ("cjs" not in kinds and module_type == "module")


def _after_imports(text: str, path: str) -> int:
    """Character offset just after the last top-level import/require line (0 when there is none)."""
    tree = parse(text, path)
    last_row = -1
    for node in tree.root_node.children if tree is not None else []:
        source = node_text(node)
        if node.type == "import_statement" or (
            node.type in ("lexical_declaration", "variable_declaration") and "require(" in source
        ):
            last_row = node.end_point.row
    if last_row < 0:
        return 0
    bounds = line_bounds(text, last_row + 1)
    return min(bounds[1] + 1, len(text)) if bounds else 0


def declared_names(text: str, path: str) -> set[str]:
    """Names bound anywhere in the file: functions, classes, variables, parameters, imports."""
    tree = parse(text, path)
    if tree is None:
        return set()
    names = set()
    for node in walk(tree.root_node):
        if node.type in (
            "function_declaration",
            "class_declaration",
            "generator_function_declaration",
            "method_definition",
        ):
            name = node.child_by_field_name("name")
            if name is not None:
                names.add(node_text(name))
        elif node.type == "variable_declarator":
            name = node.child_by_field_name("name")
            if name is not None and name.type == "identifier":
                names.add(node_text(name))
        elif node.type in (
            "formal_parameters",
            "object_pattern",
            "array_pattern",
            "import_specifier",
            "import_clause",
        ):
            names.update(
                node_text(c)
                for c in node.children
                if c.type in ("identifier", "shorthand_property_identifier_pattern")
            )
        elif node.type in ("required_parameter", "optional_parameter"):
            pattern = node.child_by_field_name("pattern")
            if pattern is not None and pattern.type == "identifier":
                names.add(node_text(pattern))
    return names
