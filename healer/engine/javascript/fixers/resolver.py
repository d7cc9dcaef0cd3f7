"""Generic resolution of what is "not found": one search over a universe of what exists.

The IMPORT families each know one slip (a misspelt import, a missing extension, a CommonJS export read
by an ES module...). This module knows none: for a name or a module specifier that does not resolve, it
enumerates everything the code could have meant and ranks it by a normalised distance to what was
written. dispatch asks it after every family, so its candidates are tried only when no family's was
validated.

- a bare name that is not defined (ReferenceError, TS2304/TS2552/TS2663, ESLint no-undef): the
  bindings visible at the use (declarations whose scope holds the line), the members of the class
  whose method uses it (through `this.`, or the class for a static method), the properties assigned as
  `exports.X` / `module.exports.X`, the inner name of a named function expression (bound only in its
  own body: the variable that holds it outside), the static members of the ECMAScript built-in objects
  (`floor` → `Math.floor`, enumerated from V8 in `ecmascript.py`) and the global names;
- a module that cannot be found: the repository's files and the installed packages, compared with the
  specifier after normalising separators (a Windows `\\`), case, extension and a trailing `index`.

Every entry resolves statically by construction (it names a binding, member, file or package that
exists); a candidate is kept only if the edited file still parses.
"""

from __future__ import annotations

import difflib
import posixpath
import re
from collections.abc import Collection
from dataclasses import dataclass

from healer.engine.javascript.ecmascript import GLOBALS, STATICS
from healer.engine.javascript.fixers.base import Candidate, parsing, replace_nodes
from healer.engine.javascript.modules import NODE_BUILTINS, is_relative, resolve, string_value
from healer.engine.javascript.syntax import SOURCE_EXTENSIONS, encode, node_text, parse, walk

# Beyond this normalised distance a name or a path is not a slip of the one written (`band` and `bend`
# are 0.25 apart; `floor` and `flour` 0.2).
MAX_DISTANCE = 0.34
MAX_ENTRIES = 6
FUNCTIONS = frozenset(
    {"function_declaration", "function_expression", "function", "generator_function_declaration",
     "generator_function", "method_definition", "arrow_function"}
)  # fmt: skip
SCOPES = FUNCTIONS | {"statement_block", "program", "class_body", "for_statement", "for_in_statement"}
FIELDS = ("field_definition", "public_field_definition")
# The origin of an entry, most specific first: at equal distance a member of the class using the name
# is likelier than a built-in's static of the same name.
ORIGINS = ("member", "inner-name", "exports", "scope", "builtin", "global")


@dataclass(frozen=True)
class Entry:
    replacement: str  # what is written in place of the missing name: `this.points`, `Math.floor`
    key: str  # the name it is known by, compared with the missing one
    origin: str


def normalised(name: str) -> str:
    """A name or path compared without case, `_`/`$`/`-` and separators' spelling."""
    return re.sub(r"[_$\-]", "", name.replace("\\", "/")).lower()


def distance(a: str, b: str) -> float:
    a, b = normalised(a), normalised(b)
    if a == b:
        return 0.0
    return 1.0 - difflib.SequenceMatcher(None, a, b, autojunk=False).ratio()


def ranked(entries: list[Entry], *, name: str) -> list[Entry]:
    """Entries within MAX_DISTANCE of the name, nearest first, then by origin; one per replacement."""
    scored = sorted(
        ((distance(e.key, name), ORIGINS.index(e.origin), e.replacement, e) for e in entries),
        key=lambda row: row[:3],
    )
    seen, kept = set(), []
    for score, _, replacement, entry in scored:
        if score > MAX_DISTANCE or replacement in seen or replacement == name:
            continue
        seen.add(replacement)
        kept.append(entry)
    return kept[:MAX_ENTRIES]


# -- a name that is not defined ------------------------------------------------------------------
def name_candidates(text: str, path: str, *, name: str, line: int) -> list[Candidate]:
    """The missing name replaced by the nearest things that exist where it is used."""
    tree = parse(text, path)
    if tree is None:
        return []
    uses = [n for n in _free_uses(tree.root_node, name) if n.start_point[0] == line - 1]
    if not uses:
        return []
    data = encode(text)
    found = []
    for entry in ranked(name_universe(tree.root_node, use=uses[0]), name=name):
        where = f"{entry.origin} '{entry.replacement}'"
        found.append(
            Candidate(
                path,
                replace_nodes(data, dict.fromkeys(uses, entry.replacement)),
                line,
                f"resolve the undefined '{name}' to the {where}",
                # Known by another name than the one written: a respelling, which a test must confirm.
                lookalike=entry.key != name,
            )
        )
    return parsing(found, original=text, path=path)


def name_universe(root, *, use) -> list[Entry]:
    """What a bare name at `use` could have meant, each entry valid at that place."""
    entries = [Entry(b, b, "scope") for b in _visible_bindings(root, use)]
    entries += _members(use)
    for node in walk(root):
        if node.type == "assignment_expression":
            left = node.child_by_field_name("left")
            target = _exported(left)
            if target:
                entries.append(Entry(node_text(left), target, "exports"))
        elif node.type in ("function_expression", "function") and _outside(use, node):
            inner, holder = node.child_by_field_name("name"), _holder(node)
            if inner is not None and holder:
                entries.append(Entry(holder, node_text(inner), "inner-name"))
    entries += [Entry(f"{owner}.{m}", m, "builtin") for owner, members in STATICS.items() for m in members]
    entries += [Entry(g, g, "global") for g in GLOBALS]
    return entries


def _free_uses(root, name: str) -> list:
    """Identifier nodes reading `name` (not properties, not declarations)."""
    found = []
    for node in walk(root):
        if node.type != "identifier" or node_text(node) != name:
            continue
        parent = node.parent
        if parent is not None and parent.child_by_field_name("name") == node:
            continue  # a declaration's own name
        found.append(node)
    return found


def _visible_bindings(root, use) -> set[str]:
    names = set()
    for node in walk(root):
        bound = _bound_name(node)
        if bound and _encloses(_scope_of(node), use):
            names.add(bound)
    return names


def _bound_name(node) -> str:
    if node.type in ("function_declaration", "class_declaration", "generator_function_declaration"):
        name = node.child_by_field_name("name")
        return node_text(name) if name is not None else ""
    if node.type == "variable_declarator":
        name = node.child_by_field_name("name")
        return node_text(name) if name is not None and name.type == "identifier" else ""
    parent = node.parent
    if node.type == "identifier" and parent is not None:
        if parent.type in ("formal_parameters", "import_specifier", "import_clause", "namespace_import"):
            return node_text(node)
        if (
            parent.type in ("required_parameter", "optional_parameter")
            and parent.child_by_field_name("pattern") == node
        ):
            return node_text(node)
    return ""


def _scope_of(node):
    """The node whose span a binding is visible in: a declaration's enclosing block or function."""
    scope = node.parent
    if node.type in ("function_declaration", "class_declaration", "generator_function_declaration"):
        pass
    elif node.type == "identifier":
        # A parameter is visible in its function; an import in the module.
        while scope is not None and scope.type not in FUNCTIONS | {"program"}:
            scope = scope.parent
        return scope
    while scope is not None and scope.type not in SCOPES:
        scope = scope.parent
    return scope


def _encloses(scope, use) -> bool:
    return scope is not None and scope.start_byte <= use.start_byte and use.end_byte <= scope.end_byte


def _outside(use, node) -> bool:
    return not _encloses(node, use)


def _members(use) -> list[Entry]:
    """The class members the use's method reaches: `this.m` from an instance method (through arrow
    functions, which keep `this`), `Class.m` from a static one."""
    node = use.parent
    while node is not None and node.type not in FUNCTIONS - {"arrow_function"}:
        node = node.parent
    if node is None or node.type != "method_definition":
        return []
    body = node.parent
    if body is None or body.type != "class_body":
        return []
    static = _is_static(node)
    owner = "this"
    if static:
        name = body.parent.child_by_field_name("name") if body.parent is not None else None
        if name is None:
            return []
        owner = node_text(name)
    entries = []
    for member in body.named_children:
        if member.type not in ("method_definition", *FIELDS) or _is_static(member) != static:
            continue
        name = member.child_by_field_name("name") or member.child_by_field_name("property")
        if name is not None and name.type in ("property_identifier", "private_property_identifier"):
            entries.append(Entry(f"{owner}.{node_text(name)}", node_text(name).lstrip("#"), "member"))
    if not static:
        for inner in walk(body):
            # `this.total = 0` in the constructor or any method: an instance property.
            if inner.type == "assignment_expression":
                left = inner.child_by_field_name("left")
                if left is not None and left.type == "member_expression" and _object_is(left, "this"):
                    prop = left.child_by_field_name("property")
                    if prop is not None:
                        entries.append(Entry(node_text(left), node_text(prop).lstrip("#"), "member"))
    return entries


def _is_static(member) -> bool:
    return any(c.type == "static" for c in member.children)


def _object_is(member, text: str) -> bool:
    obj = member.child_by_field_name("object")
    return obj is not None and node_text(obj) == text


def _exported(left) -> str:
    """X for a left side `exports.X` or `module.exports.X`."""
    if left is None or left.type != "member_expression":
        return ""
    obj, prop = left.child_by_field_name("object"), left.child_by_field_name("property")
    if prop is None or obj is None or node_text(obj) not in ("exports", "module.exports"):
        return ""
    return node_text(prop)


def _holder(function) -> str:
    """What holds a function expression outside its body: `const f = function g() {}` → `f`."""
    parent = function.parent
    if parent is None:
        return ""
    if parent.type == "variable_declarator":
        name = parent.child_by_field_name("name")
        return node_text(name) if name is not None and name.type == "identifier" else ""
    if parent.type == "assignment_expression" and parent.child_by_field_name("right") == function:
        left = parent.child_by_field_name("left")
        return (
            node_text(left) if left is not None and left.type in ("identifier", "member_expression") else ""
        )
    return ""


# -- a module that cannot be found ---------------------------------------------------------------
def module_key(specifier: str) -> str:
    """A specifier as compared: `/` separators, no extension, no trailing `/index`, no case."""
    key = posixpath.normpath(specifier.replace("\\", "/")).lower()
    stem, extension = posixpath.splitext(key)
    if extension in SOURCE_EXTENSIONS or extension in (".json", ".mjs", ".cjs"):
        key = stem
    return key.removesuffix("/index")


def module_universe(importer: str, *, files: Collection[str], packages: Collection[str]) -> list[Entry]:
    """Every specifier that resolves from the importer: a relative path per source file, each package."""
    entries = []
    here = posixpath.dirname(importer) or "."
    for file in files:
        stem, extension = posixpath.splitext(file)
        if file == importer or extension not in (*SOURCE_EXTENSIONS, ".json") or "node_modules/" in file:
            continue
        relative = posixpath.relpath(stem if extension != ".json" else file, here)
        relative = relative if relative.startswith(".") else "./" + relative
        if relative.endswith("/index"):
            relative = relative.removesuffix("/index")
        entries.append(Entry(relative, relative, "scope"))
    entries += [Entry(p, p, "global") for p in sorted(packages)]
    entries += [Entry(f"node:{m}", m, "builtin") for m in sorted(NODE_BUILTINS)]
    return entries


def module_candidates(
    text: str, path: str, *, specifier: str, line: int, files: Collection[str], packages: Collection[str] = ()
) -> list[Candidate]:
    """The unresolved specifier replaced by the nearest one that resolves."""
    tree = parse(text, path)
    if tree is None:
        return []
    strings = [
        n for n in walk(tree.root_node)
        if n.type == "string" and n.start_point[0] == line - 1 and string_value(n) == specifier
    ]  # fmt: skip
    if not strings:
        # A specifier built at run time (`__dirname + 'data.json'`): no literal holds it whole.
        return separator_candidates(text, path, specifier=specifier, line=line, files=files)
    wanted = module_key(specifier)
    # A path (`.\\prices` once its separator is read) is compared with paths, a package with packages.
    relative = is_relative(specifier.replace("\\", "/"))
    # A `node:` specifier names a built-in only: no package or file stands for it (round 55).
    builtin_only = specifier.startswith("node:")
    scored = sorted(
        (_module_distance(module_key(e.key), wanted), ORIGINS.index(e.origin), e.replacement)
        for e in module_universe(path, files=files, packages=packages)
        if is_relative(e.replacement) == relative and (e.origin == "builtin" or not builtin_only)
    )
    data, found = encode(text), []
    for score, _, replacement in scored[:MAX_ENTRIES]:
        if score > MAX_DISTANCE or replacement == specifier:
            continue
        if is_relative(replacement) and resolve(path, replacement, files) is None:
            continue
        quote = node_text(strings[0])[0]
        new = replace_nodes(data, dict.fromkeys(strings, f"{quote}{replacement}{quote}"))
        found.append(Candidate(path, new, line, f"resolve the module '{specifier}' to '{replacement}'"))
    return parsing(found, original=text, path=path)


def _module_distance(key: str, wanted: str) -> float:
    if key == wanted:
        return 0.0
    return 1.0 - difflib.SequenceMatcher(None, key, wanted, autojunk=False).ratio()


def separator_candidates(
    text: str, path: str, *, specifier: str, line: int, files: Collection[str]
) -> list[Candidate]:
    """A path separator lost where a specifier is joined from parts (`__dirname + 'data.json'` names
    `srcdata.json` beside `src/`): a repository file one of whose `/` removed gives the specifier's
    tail, and a literal part on the line that starts at that `/`'s place gets it back. Every entry
    is a file that exists; a candidate is kept only if the edited file still parses."""
    tree = parse(text, path)
    if tree is None:
        return []
    missing = specifier.replace("\\", "/")
    joints = []  # (the text that should follow the lost '/', the file it names)
    for file in sorted(files):
        if "node_modules/" in file:
            continue
        for k, char in enumerate(file):
            joined = file[:k] + file[k + 1 :]
            if char == "/" and (missing == joined or missing.endswith("/" + joined)):
                joints.append((file[k + 1 :], file))
    parts = [
        n for n in walk(tree.root_node)
        if n.type in ("string_fragment", "template_string") and n.start_point[0] == line - 1
    ]  # fmt: skip
    data, found = encode(text), []
    for tail, file in joints:
        for node in parts:
            value = node_text(node)
            offset = node.start_byte
            if node.type == "template_string":  # the text after a substitution: `${dir}data.json`
                closing = value.rfind("}")
                if closing < 0:
                    continue
                value, offset = value[closing + 1 : -1], node.start_byte + len(encode(value[: closing + 1]))
            new = (data[:offset] + b"/" + data[offset:]).decode("utf-8")
            if value and tail.startswith(value) and all(c.text != new for c in found):
                found.append(Candidate(path, new, line, f"put back the '/' lost before '{value}' ({file})"))
    return parsing(found, original=text, path=path)
