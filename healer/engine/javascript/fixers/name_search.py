r"""A name that does not resolve, mended on either side of the binding: one search over scopes.

The generic resolver (resolver.py) rewrites the USE of a missing name into the nearest name that is
bound there. Many slips are on the other side, or are no respelling at all, and a search over what the
module's scopes bind reaches them with the same few operators (the "variable replacement" and
"declaration" operators of program-repair mutation spaces):

- a binding nothing reads, in a scope that holds the use (`function parseRun(text)` whose body reads
  `line`, `module.exports = { burnHours }` beside an unread `function burnTime`): the use renamed to the
  binding, or the binding renamed to the use (a parameter or local, never an import or export);
- an object pattern in a scope that holds the use (`const { rooms } = farm;` before a read of
  `strains`): the name destructured there too;
- a TypeScript type name used in a signature that declares no type parameter (`T`): declared as the
  innermost generic declaration's type parameter;
- an assignment to a name nothing declares (`for (i = 0; ...)`, ESLint no-undef): declared with `let`;
- another language's literal (Python's `None`, `True`, `self`...): JavaScript's equivalent; another
  language's class, built-in or string prefix (`Integer.parseInt`, `len(x)`, `f\`...\``): its counterpart
  (foreign_names.py).

Scopes are tree-sitter's: every binding (declarations, parameters, patterns, imports, catch and loop
variables, type declarations and type parameters) with the node whose span it is visible in; a name is
resolved where some binding of it encloses the use. Every candidate parses, and the search re-resolves
the edited file: the name must resolve at its uses and no name that resolved before may stop doing so.
No code runs; a test must still confirm the candidate, as for every respelling (`lookalike`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass

from healer.engine.javascript.ecmascript import GLOBALS
from healer.engine.javascript.fixers.base import Candidate, parsing, replace_nodes, replace_span
from healer.engine.javascript.fixers.foreign_names import foreign_candidates
from healer.engine.javascript.fixers.resolver import MAX_DISTANCE, distance
from healer.engine.javascript.modules import resolve
from healer.engine.javascript.syntax import SOURCE_EXTENSIONS, encode, node_text, parse, walk

FUNCTIONS = frozenset(
    {"function_declaration", "function_expression", "function", "generator_function_declaration",
     "generator_function", "method_definition", "arrow_function", "function_signature"}
)  # fmt: skip
BLOCKS = FUNCTIONS | {
    "statement_block", "program", "class_body", "for_statement", "for_in_statement", "switch_body",
    "catch_clause",
}  # fmt: skip
# Declarations that may take type parameters, innermost first when a type name is missing.
GENERIC = FUNCTIONS | {
    "class_declaration", "abstract_class_declaration", "class", "interface_declaration",
    "type_alias_declaration",
}  # fmt: skip
TYPE_DECLARATIONS = (
    "interface_declaration", "type_alias_declaration", "enum_declaration", "class_declaration",
    "abstract_class_declaration",
)  # fmt: skip
# Names every module can read without declaring them: the language's globals, Node's and the test
# runners' (a use of `describe` in a spec is no slip).
_HOST_GLOBALS = (
    "console process Buffer require module exports __dirname __filename globalThis setTimeout "
    "clearTimeout setInterval clearInterval setImmediate clearImmediate queueMicrotask structuredClone "
    "URL URLSearchParams TextEncoder TextDecoder AbortController AbortSignal fetch Response Request "
    "Headers performance arguments undefined describe it test expect beforeEach afterEach beforeAll "
    "afterAll jest vi"
)
HOST_GLOBALS = frozenset(_HOST_GLOBALS.split())
# What another language writes for a JavaScript literal or keyword (Python's and Ruby's empty values,
# Python's booleans, `self` for `this`).
EQUIVALENTS = {
    "None": ("null", "undefined"),
    "nil": ("null", "undefined"),
    "NULL": ("null",),
    "Null": ("null",),
    "True": ("true",),
    "False": ("false",),
    "TRUE": ("true",),
    "FALSE": ("false",),
    "self": ("this",),
}
MAX_BINDINGS = 4
# A name written as constants are (`FAIR_SEASON`): what a module reads from its environment.
ENVIRONMENT_NAME = re.compile(r"[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+")
NAMED_GROUP = re.compile(r"\(\?<([A-Za-z_$][\w$]*)>")
# `burnTime` and `burnHours` are 0.53 apart, `text` and `line` 0.75.
MAX_DECLARATION_DISTANCE = 0.6


@dataclass(frozen=True)
class Binding:
    name: str
    node: object  # the identifier that binds it
    scope: object  # the node whose span it is visible in
    kind: str  # "parameter", "local", "import", "declaration", "type"


def bindings(root) -> list[Binding]:
    """Every binding of the module, with its scope."""
    found: list[Binding] = []
    for node in walk(root):
        kind = node.type
        if kind in ("function_declaration", "generator_function_declaration", "class_declaration",
                    "abstract_class_declaration"):  # fmt: skip
            name = node.child_by_field_name("name")
            if name is not None:
                found.append(Binding(node_text(name), name, _block(node.parent), "declaration"))
        elif kind in ("function_expression", "function", "generator_function", "class"):
            name = node.child_by_field_name("name")
            if name is not None:
                found.append(Binding(node_text(name), name, node, "declaration"))
        elif kind in ("interface_declaration", "type_alias_declaration", "enum_declaration"):
            name = node.child_by_field_name("name")
            if name is not None:
                found.append(Binding(node_text(name), name, _block(node.parent), "type"))
        elif kind == "type_parameter":
            name = node.child_by_field_name("name")
            owner = node.parent.parent if node.parent is not None else None
            if name is not None and owner is not None:
                found.append(Binding(node_text(name), name, owner, "type"))
        elif kind == "variable_declarator":
            declaration = node.parent
            var = declaration is not None and declaration.type == "variable_declaration"
            scope = _function(node) if var else _block(declaration)
            for ident in _pattern_names(node.child_by_field_name("name")):
                found.append(Binding(node_text(ident), ident, scope, "local"))
        elif kind == "formal_parameters":
            for parameter in node.named_children:
                for ident in _pattern_names(parameter):
                    found.append(Binding(node_text(ident), ident, node.parent, "parameter"))
        elif kind == "arrow_function":
            parameter = node.child_by_field_name("parameter")
            if parameter is not None:
                found.append(Binding(node_text(parameter), parameter, node, "parameter"))
        elif kind == "catch_clause":
            for ident in _pattern_names(node.child_by_field_name("parameter")):
                found.append(Binding(node_text(ident), ident, node, "local"))
        elif kind == "for_in_statement":
            left = node.child_by_field_name("left")
            if left is not None and left.type != "member_expression":
                for ident in _pattern_names(left):
                    found.append(Binding(node_text(ident), ident, node, "local"))
        elif kind in ("import_specifier", "namespace_import", "import_clause"):
            alias = node.child_by_field_name("alias") if kind == "import_specifier" else None
            names = [alias] if alias is not None else [c for c in node.children if c.type == "identifier"]
            if kind == "import_specifier" and alias is None:
                names = [node.child_by_field_name("name")]
            for ident in names:
                if ident is not None:
                    found.append(Binding(node_text(ident), ident, root, "import"))
    return found


def _pattern_names(pattern) -> Iterator:
    """The identifiers a parameter or declaration pattern binds (not its keys nor its defaults)."""
    if pattern is None:
        return
    if pattern.type in ("identifier", "shorthand_property_identifier_pattern"):
        yield pattern
    elif pattern.type in ("required_parameter", "optional_parameter"):
        yield from _pattern_names(pattern.child_by_field_name("pattern"))
    elif pattern.type in ("assignment_pattern", "object_assignment_pattern"):
        yield from _pattern_names(pattern.child_by_field_name("left"))
    elif pattern.type == "pair_pattern":
        yield from _pattern_names(pattern.child_by_field_name("value"))
    elif pattern.type in ("object_pattern", "array_pattern", "rest_pattern"):
        for child in pattern.named_children:
            yield from _pattern_names(child)


def _block(node):
    while node is not None and node.type not in BLOCKS:
        node = node.parent
    return node


def _function(node):
    while node is not None and node.type not in FUNCTIONS | {"program"}:
        node = node.parent
    return node


def _encloses(scope, node) -> bool:
    return scope is not None and scope.start_byte <= node.start_byte and node.end_byte <= scope.end_byte


def uses(root, bound: list[Binding]) -> list:
    """Every node that reads a name: identifiers in expressions, shorthand properties of object
    literals, TypeScript type names (not members, keys, labels, nor the bindings themselves)."""
    binding_nodes = {(b.node.start_byte, b.node.end_byte) for b in bound}
    found = []
    for node in walk(root):
        if node.type not in ("identifier", "shorthand_property_identifier", "type_identifier"):
            continue
        if (node.start_byte, node.end_byte) in binding_nodes:
            continue
        parent = node.parent
        if parent is None or parent.type == "nested_type_identifier":
            continue
        if node.type == "type_identifier" and parent.type in (*TYPE_DECLARATIONS, "type_parameter"):
            continue  # a declaration's own name
        if parent.type in ("export_specifier", "import_specifier") and node.type != "identifier":
            continue
        if parent.type == "export_specifier" and parent.child_by_field_name("alias") == node:
            continue
        if parent.type in ("import_specifier", "import_clause", "namespace_import"):
            continue
        if parent.type == "export_specifier" and _reexported(parent):
            continue  # `export { a } from './m'` names m's export, no binding of this module
        found.append(node)
    return found


def _reexported(specifier) -> bool:
    node = specifier.parent
    while node is not None and node.type != "export_statement":
        node = node.parent
    return node is not None and node.child_by_field_name("source") is not None


def resolves(use, name: str, bound: list[Binding]) -> bool:
    return any(b.name == name and _encloses(b.scope, use) for b in bound)


def unresolved(text: str, path: str) -> list[tuple[str, int]]:
    """(name, 1-based line) of every use of a name no scope binds and no host provides, in order."""
    tree = parse(text, path)
    if tree is None:
        return []
    bound = bindings(tree.root_node)
    found = []
    for use in uses(tree.root_node, bound):
        name = node_text(use)
        if name in GLOBALS or name in HOST_GLOBALS or resolves(use, name, bound):
            continue
        if use.type == "type_identifier" and name in _LIB_TYPES:
            continue
        found.append((name, use.start_point[0] + 1))
    return found


# TypeScript's lib types a module reads without declaring them (only those a type name may collide
# with; the rest are told apart from a missing name by tsc, whose diagnostic names the one missing).
_LIB_TYPE_NAMES = (
    "Array ReadonlyArray Record Partial Required Readonly Pick Omit Exclude Extract NonNullable "
    "ReturnType Parameters InstanceType Awaited Promise PromiseLike Map Set WeakMap WeakSet ReadonlyMap "
    "ReadonlySet Date RegExp Error Iterable Iterator IterableIterator Generator AsyncIterable "
    "ArrayLike PropertyKey Uppercase Lowercase Capitalize Uncapitalize ThisType"
)
_LIB_TYPES = frozenset(_LIB_TYPE_NAMES.split())


def name_search_candidates(
    text: str, path: str, *, name: str, line: int, sources: Mapping[str, str] | None = None
) -> list[Candidate]:
    """Edits that make `name`, read at `line` and bound nowhere, resolve: the operators of the module
    docstring, nearest scope first; each parses and leaves no name unresolved that resolved before.
    `sources` (the repository's modules by path) lets an enum another module declares qualify a bare
    member name."""
    tree = parse(text, path)
    if tree is not None and name == "arguments":
        # `arguments` is no host global inside an arrow function: it has none of its own, and an ES
        # module's top level has none either.
        return parsing(
            _arrow_arguments(tree.root_node, path, encode(text), line=line), original=text, path=path
        )
    if tree is None or name in GLOBALS or name in HOST_GLOBALS:
        # A name the host provides (`require` in an ES module) is missing from the environment, not
        # from the module's scopes: the families that know the host mend it.
        return []
    root = tree.root_node
    bound = bindings(root)
    every = [u for u in uses(root, bound) if node_text(u) == name and not resolves(u, name, bound)]
    here = [u for u in every if u.start_point[0] == line - 1] or every
    if not here:
        return []
    use = here[0]
    data = encode(text)
    generated: list[Candidate] = []
    if use.type != "type_identifier":
        generated += _equivalents(path, data, here, name=name, line=line)
        # Another language's class, function or string prefix (`Integer.parseInt`, `len(x)`, `f`…`): the
        # counterpart JavaScript spells (foreign_names).
        generated += foreign_candidates(path, data, every, name=name, line=line)
        generated += _kept_from_closed_scope(root, path, data, bound, here, name=name, line=line)
        generated += _undeclared_assignment(path, data, use, name=name, line=line)
        generated += _qualified_members(root, path, data, here, name=name, line=line, sources=sources or {})
        owners = _exposed_members(root, path, data, bound, here, name=name, line=line)
        owners += _member_owners(root, path, data, bound, here, name=name, line=line, sources=sources or {})
        generated += owners
        generated += _sibling_functions(root, path, data, bound, here, name=name, line=line)
        generated += _unread_bindings(root, path, data, bound, every, use, name=name, line=line)
        generated += _whole_module_destructured(root, path, data, bound, text=text, name=name, line=line)
        generated += _nested_keys(root, path, data, here, name=name, line=line)
        generated += _constructor_fields(root, path, data, here, name=name, line=line)
        generated += _destructured(root, path, data, bound, use, name=name, line=line)
        if not owners:
            generated += _environment(path, data, bound, here, name=name, line=line)
    else:
        # A type parameter binds no value: only for a name read as a type alone.
        declared = (
            _type_parameters(path, data, use, name=name, line=line)
            if all(u.type == "type_identifier" for u in every)
            else []
        )
        # An imported class read as a type (`LruCache<K, V>` under `import { LRUCache }`): before a new
        # type parameter when that binding is spelt alike.
        unread = _unread_bindings(root, path, data, bound, every, use, name=name, line=line)
        alike = any(distance(b.name, name) <= MAX_DISTANCE for b in bound if b.kind == "import")
        generated += unread + declared if alike else declared + unread
    # A value or a type alike: the module names it only in a re-export, which binds nothing here.
    generated += _reexport_imported(root, data, path=path, name=name, sources=sources or {})
    before = {n for n, _ in unresolved(text, path)} - {name}
    checked = [c for c in generated if _resolved_after(c.text, path, name=name, before=before)]
    return parsing(checked, original=text, path=path)


def foreign_name_candidates(text: str, path: str, *, name: str, line: int) -> list[Candidate]:
    """Only the counterparts of another language's name (foreign_names) at its unresolved uses on the
    line: the dispatch tries them before the respellings, which read `Integer` as `Number.isInteger`."""
    tree = parse(text, path)
    if tree is None or name in GLOBALS or name in HOST_GLOBALS:
        return []
    bound = bindings(tree.root_node)
    every = [u for u in uses(tree.root_node, bound) if node_text(u) == name and not resolves(u, name, bound)]
    # Every use: the counterpart is the same wherever the other language's name is read.
    if not any(u.start_point[0] == line - 1 for u in every) or any(
        u.type == "type_identifier" for u in every
    ):
        return []
    before = {n for n, _ in unresolved(text, path)} - {name}
    found = foreign_candidates(path, encode(text), every, name=name, line=line)
    return parsing(
        [c for c in found if _resolved_after(c.text, path, name=name, before=before)],
        original=text,
        path=path,
    )


def _resolved_after(text: str, path: str, *, name: str, before: set[str]) -> bool:
    after = {n for n, _ in unresolved(text, path)}
    return name not in after and after <= before


def _equivalents(path, data, here, *, name, line) -> list[Candidate]:
    return [
        Candidate(path, replace_nodes(data, dict.fromkeys(here, value)), line,
                  f"write JavaScript's {value} for {name}", lookalike=True)
        for value in EQUIVALENTS.get(name, ())
    ]  # fmt: skip


def _undeclared_assignment(path, data, use, *, name, line) -> list[Candidate]:
    """`i = 0` where nothing declares i (a loop counter, ESLint no-undef): `let i = 0`."""
    parent = use.parent
    if parent is None or parent.type != "assignment_expression" or parent.child_by_field_name("left") != use:
        return []
    holder = parent.parent
    # The statement `i = 0;` in a block, or a for loop's initialiser (`for (i = 0; ...)`).
    in_loop = (
        holder is not None
        and holder.type == "for_statement"
        and holder.child_by_field_name("initializer") == parent
    )
    if holder is not None and holder.type == "expression_statement":
        loop = holder.parent
        in_loop = (
            loop is not None
            and loop.type == "for_statement"
            and loop.child_by_field_name("initializer") == holder
        )
        if not in_loop and (loop is None or loop.type not in ("statement_block", "program")):
            return []
    elif not in_loop:
        return []
    new = replace_span(data, parent.start_byte, parent.start_byte, "let ")
    return [Candidate(path, new, line, f"declare {name} with let where it is first assigned")]


def _unread_bindings(root, path, data, bound, every, use, *, name, line) -> list[Candidate]:
    """A binding nothing reads, visible at the use: the uses renamed to it, or it renamed to the use.
    Nearest scope first (a parameter of the use's own function before a module's function), then the
    nearest spelling; renaming the binding first where that is one edit against several."""
    read = {
        (b.node.start_byte, b.node.end_byte)
        for u in uses(root, bound)
        for b in [_resolution(u, bound)]
        if b is not None
    }
    unread = [
        b for b in bound
        if b.kind != "type" and _encloses(b.scope, use) and b.name != name
        and (b.node.start_byte, b.node.end_byte) not in read and not _exported(b)
    ]  # fmt: skip
    # A module's function or class read for a missing value only when it is spelt alike (`burnTime` for
    # `burnHours`); a parameter or local of the scopes around the use at any spelling.
    unread = [
        b for b in unread if b.kind != "declaration" or distance(b.name, name) <= MAX_DECLARATION_DISTANCE
    ]
    unread.sort(key=lambda b: (-(b.scope.start_byte), distance(b.name, name)))
    found = []
    for binding in unread[:MAX_BINDINGS]:
        targets = [u for u in every if _encloses(binding.scope, u)]
        rename_uses = Candidate(
            path,
            _rename_uses(data, targets, binding.name),
            line,
            f"read the unread {binding.kind} '{binding.name}' where the undefined '{name}' is read",
            lookalike=True,
        )
        pair = [rename_uses]
        if binding.kind in ("parameter", "local") or _plain_import(binding):
            rename_binding = Candidate(
                path,
                _rename_uses(data, [binding.node], name),
                line,
                f"name the unread {binding.kind} '{binding.name}' '{name}', as it is read",
                lookalike=True,
            )
            pair = [rename_binding, rename_uses] if len(targets) > 1 else [rename_uses, rename_binding]
        found += pair
    return found


def _plain_import(binding: Binding) -> bool:
    """`import { LRUCache } from './lru'`: renaming the binding renames what is imported."""
    parent = binding.node.parent
    return (
        binding.kind == "import"
        and parent is not None
        and parent.type == "import_specifier"
        and parent.child_by_field_name("alias") is None
    )


def _kept_from_closed_scope(root, path, data, bound, here, *, name, line) -> list[Candidate]:
    """A name bound only in a scope that has closed before the use (a loop's `for (const bird of
    ...)`, read after the loop): the variable visible at the use that the closed scope assigned it to
    (`best = bird` in the loop), which is what outlives the scope."""
    use = here[0]
    found = []
    for binding in bound:
        if binding.name != name or binding.scope is None or _encloses(binding.scope, use):
            continue
        for node in walk(binding.scope):
            if node.type != "assignment_expression":
                continue
            left, right = node.child_by_field_name("left"), node.child_by_field_name("right")
            if left is None or right is None or left.type != "identifier" or node_text(right) != name:
                continue
            keeper = node_text(left)
            if resolves(use, keeper, bound) and keeper not in {c.description for c in found}:
                found.append(
                    Candidate(path, replace_nodes(data, dict.fromkeys(here, keeper)), line,
                              f"read '{keeper}', which keeps the '{name}' of the closed scope", lookalike=True)
                )  # fmt: skip
    return found


def _qualified_members(root, path, data, here, *, name, line, sources) -> list[Candidate]:
    """A bare enum member (`Nervous`): qualified by the enum that declares it (`Temper.Nervous`), an enum
    of the module or one it imports by name from another module of the repository."""
    owners = [(node, text) for node, text in _enums(root)]
    imported = {node_text(b.node) for b in bindings(root) if b.kind == "import"}
    for other, source in sources.items():
        if other == path or not other.endswith(SOURCE_EXTENSIONS):
            continue
        tree = parse(source, other)
        if tree is not None:
            owners += [(n, t) for n, t in _enums(tree.root_node) if t in imported]
    found = []
    for enum, owner in owners:
        body = enum.child_by_field_name("body")
        members = {
            node_text(m.child_by_field_name("name") or m)
            for m in (body.named_children if body is not None else [])
            if m.type in ("enum_assignment", "property_identifier")
        }
        if name in members:
            found.append(
                Candidate(path, replace_nodes(data, dict.fromkeys(here, f"{owner}.{name}")), line,
                          f"name the member {name} through its enum {owner}")
            )  # fmt: skip
    return found


def _exposed_members(root, path, data, bound, here, *, name, line) -> list[Candidate]:
    """A name private to another scope that a binding visible at the use exposes as a property: the
    module pattern's `const yard = (function () { const STAVE_CM = 9; ...; return { STAVE_CM }; })()`, an
    object literal or a factory whose returned object names it: the use read through that binding
    (`yard.STAVE_CM`), the one way the closed scope's value is reachable from outside it. An object that
    happens to have a key of that name may mean something else: a targeted test must pass (`lookalike`)."""
    use = here[0]
    found = []
    for binding in bound:
        if binding.kind != "local" or not resolves(use, binding.name, bound) or binding.name == name:
            continue
        declarator = binding.node.parent
        if declarator is None or declarator.type != "variable_declarator":
            continue
        if name in _object_keys(declarator.child_by_field_name("value")):
            found.append(
                Candidate(path, replace_nodes(data, dict.fromkeys(here, f"{binding.name}.{name}")), line,
                          f"read {name} through '{binding.name}', the object that exposes it", lookalike=True)
            )  # fmt: skip
    return found


def _member_owners(root, path, data, bound, here, *, name, line, sources) -> list[Candidate]:
    """The name read as a member of a value in scope that visibly carries it, the one way it is bound
    there: an import whose declaration in its module has the member (`Tide.waterAt` under `import { Tide }`
    of `export namespace Tide { export function waterAt }`, an exported object literal, a class's static
    member, or an `import * as ns` of a module exporting the name); a RegExp match whose pattern names
    the group (`match.groups.cone` under `const match = CONE.exec(text)` and `CONE = /(?<cone>...)/`).
    Each is a respelling (`lookalike`): a targeted test must pass under it."""
    use = here[0]
    found = []
    for binding in bound:
        if binding.name == name or not resolves(use, binding.name, bound):
            continue
        if binding.kind == "import" and name in _imported_members(binding, path=path, sources=sources):
            found.append(
                Candidate(path, replace_nodes(data, dict.fromkeys(here, f"{binding.name}.{name}")), line,
                          f"read {name} through the import '{binding.name}' whose module declares it", lookalike=True)
            )  # fmt: skip
        elif binding.kind == "local" and name in _named_groups(root, binding):
            found.append(
                Candidate(path, replace_nodes(data, dict.fromkeys(here, f"{binding.name}.groups.{name}")), line,
                          f"read {name} as the named group of the match '{binding.name}'", lookalike=True)
            )  # fmt: skip
    return found


def _environment(path, data, bound, here, *, name, line) -> list[Candidate]:
    """An environment variable read as a global (`FAIR_SEASON` for `process.env.FAIR_SEASON`): a name
    written as constants are, in a module that reads no `process` of its own. The last resort, offered
    only when no value in scope carries the name as a member (`_exposed_members`, `_member_owners`)."""
    if not ENVIRONMENT_NAME.fullmatch(name) or any(b.name == "process" for b in bound):
        return []
    return [
        Candidate(path, replace_nodes(data, dict.fromkeys(here, f"process.env.{name}")), line,
                  f"read {name} from the environment", lookalike=True)
    ]  # fmt: skip


def _imported_members(binding: Binding, *, path: str, sources) -> set[str]:
    """The members the imported binding's declaration gives it in its own module of the repository."""
    statement = binding.node
    while statement is not None and statement.type != "import_statement":
        statement = statement.parent
    source = statement.child_by_field_name("source") if statement is not None else None
    target = resolve(path, node_text(source).strip("'\"`"), sources) if source is not None else None
    text = sources.get(target) if target else None
    tree = parse(text, target) if text is not None else None
    if tree is None:
        return set()
    imported = binding.node.parent
    namespace = imported is not None and imported.type == "namespace_import"
    specifier = imported if imported is not None and imported.type == "import_specifier" else None
    declared = node_text(specifier.child_by_field_name("name")) if specifier is not None else ""
    members: set[str] = set()
    for node in walk(tree.root_node):
        if node.type != "export_statement":
            continue
        declaration = node.child_by_field_name("declaration")
        if namespace:
            members |= _declared_names(declaration) if declaration is not None else set()
            for exported in (n for n in walk(node) if n.type == "export_specifier"):
                spelt = exported.child_by_field_name("alias") or exported.child_by_field_name("name")
                members |= {node_text(spelt)} if spelt is not None else set()
            continue
        if declaration is None or not declared:
            continue
        if declaration.type in ("internal_module", "module") and _name_of(declaration) == declared:
            body = declaration.child_by_field_name("body")
            for child in body.named_children if body is not None else []:
                if child.type == "export_statement" and (inner := child.child_by_field_name("declaration")):
                    members |= _declared_names(inner)
        elif (
            declaration.type in ("class_declaration", "abstract_class_declaration")
            and _name_of(declaration) == declared
        ):
            body = declaration.child_by_field_name("body")
            for member in body.named_children if body is not None else []:
                if any(c.type == "static" for c in member.children):
                    key = member.child_by_field_name("name") or member.child_by_field_name("property")
                    members |= {node_text(key)} if key is not None else set()
        elif declaration.type in ("lexical_declaration", "variable_declaration"):
            for declarator in declaration.named_children:
                if declarator.type == "variable_declarator" and _name_of(declarator) == declared:
                    members |= _object_keys(declarator.child_by_field_name("value"))
    return members


def _name_of(node) -> str:
    name = node.child_by_field_name("name")
    return node_text(name) if name is not None else ""


def _declared_names(declaration) -> set[str]:
    """The names an exported declaration binds (a function, class, enum or namespace, each declarator)."""
    if declaration.type in ("lexical_declaration", "variable_declaration"):
        return {_name_of(d) for d in declaration.named_children if d.type == "variable_declarator"} - {""}
    return {_name_of(declaration)} - {""}


def _named_groups(root, binding: Binding) -> set[str]:
    """The named groups of the regular expression a local is the match of: `R.exec(x)`, `x.match(R)`,
    the pattern written in the call or declared in the module by name."""
    declarator = binding.node.parent
    value = (
        declarator.child_by_field_name("value")
        if declarator is not None and declarator.type == "variable_declarator"
        else None
    )
    while value is not None and value.type in (
        "await_expression",
        "parenthesized_expression",
        "non_null_expression",
    ):
        value = value.named_children[0] if value.named_children else None
    if value is None or value.type != "call_expression":
        return set()
    callee = value.child_by_field_name("function")
    if callee is None or callee.type != "member_expression":
        return set()
    method = node_text(callee.child_by_field_name("property") or callee)
    args = value.child_by_field_name("arguments")
    given = [a for a in args.named_children if a.type != "comment"] if args is not None else []
    if method == "exec":
        pattern = callee.child_by_field_name("object")
    elif method == "match" and given:
        pattern = given[0]
    else:
        return set()
    if pattern is not None and pattern.type == "identifier":
        wanted = node_text(pattern)
        pattern = next(
            (
                d.child_by_field_name("value")
                for d in walk(root)
                if d.type == "variable_declarator" and _name_of(d) == wanted
            ),
            None,
        )
    if pattern is None or pattern.type != "regex":
        return set()
    return set(NAMED_GROUP.findall(node_text(pattern)))


def _sibling_functions(root, path, data, bound, here, *, name, line) -> list[Candidate]:
    """A function declared inside another function (`const toKnots = (kmh) => kmh / KNOT` in `flyable`)
    and called from outside it: the call inlined (the function's one returned expression, its
    parameters replaced by the call's arguments), then the declaration hoisted to the module's top level
    before the function that held it. Either is kept only when every name it reads still resolves
    (`name_search_candidates` re-resolves the edited file), so a helper closing over its host's locals
    is never moved."""
    found = []
    for binding in bound:
        if binding.name != name or binding.scope is None or _encloses(binding.scope, here[0]):
            continue
        declaration, function = _function_declaration(binding.node)
        if (
            declaration is None
            or _function(declaration.parent) is None
            or _function(declaration.parent) == root
        ):
            continue
        for use in here:
            call = use.parent
            if (
                call is not None
                and call.type == "call_expression"
                and call.child_by_field_name("function") == use
            ):
                inlined = _inlined(function, call)
                if inlined is not None:
                    found.append(
                        Candidate(path, replace_span(data, call.start_byte, call.end_byte, inlined), line,
                                  f"inline {name}, which is local to another function, at this call")
                    )  # fmt: skip
                break
        top = declaration
        while top.parent is not None and top.parent != root:
            top = top.parent
        if top.parent != root:
            continue
        body = node_text(declaration)
        indent = declaration.start_point.column
        moved = "\n".join(row[indent:] if row[:indent].strip() == "" else row for row in body.split("\n"))
        start = declaration.start_byte - indent
        end = declaration.end_byte + (
            1 if data[declaration.end_byte : declaration.end_byte + 1] == b"\n" else 0
        )
        removed = data[:start] + data[end:]
        at = top.start_byte
        new = removed[:at] + (moved + "\n\n").encode("utf-8", errors="surrogateescape") + removed[at:]
        found.append(
            Candidate(path, new.decode("utf-8", errors="surrogateescape"), line,
                      f"move {name} out of the function that hides it, to the module's top level")
        )  # fmt: skip
    return found


def _function_declaration(identifier):
    """(the statement declaring a function, the function node) for the identifier that binds it."""
    parent = identifier.parent
    if parent is not None and parent.type in ("function_declaration", "generator_function_declaration"):
        return parent, parent
    if parent is not None and parent.type == "variable_declarator":
        value = parent.child_by_field_name("value")
        statement = parent.parent
        if (
            value is not None
            and value.type in ("arrow_function", "function_expression", "function")
            and statement is not None
            and len([c for c in statement.named_children if c.type == "variable_declarator"]) == 1
        ):
            return statement, value
    return None, None


PRIMARY = ("identifier", "member_expression", "subscript_expression", "call_expression", "number", "string",
           "this", "parenthesized_expression", "true", "false", "null", "template_string")  # fmt: skip


def _inlined(function, call) -> str | None:
    """The call's value written out: the function's returned expression with its simple parameters
    replaced by the arguments; None for a body of more than one return, or parameters not plain names."""
    body = function.child_by_field_name("body")
    if body is None:
        return None
    if body.type == "statement_block":
        statements = body.named_children
        if (
            len(statements) != 1
            or statements[0].type != "return_statement"
            or not statements[0].named_children
        ):
            return None
        body = statements[0].named_children[0]
    parameters = function.child_by_field_name("parameters")
    single = function.child_by_field_name("parameter")
    names = []
    for parameter in [single] if single is not None else (parameters.named_children if parameters else []):
        pattern = (
            parameter.child_by_field_name("pattern") if parameter.type == "required_parameter" else parameter
        )
        if pattern is None or pattern.type != "identifier":
            return None
        names.append(node_text(pattern))
    arguments = call.child_by_field_name("arguments")
    values = [a for a in (arguments.named_children if arguments is not None else []) if a.type != "comment"]
    if len(values) != len(names) or any(v.type == "spread_element" for v in values):
        return None
    replacement = {
        n: node_text(v) if v.type in PRIMARY else f"({node_text(v)})"
        for n, v in zip(names, values, strict=True)
    }
    uses = [n for n in walk(body) if n.type == "identifier" and node_text(n) in replacement]
    offset = body.start_byte
    text = node_text(body).encode("utf-8", errors="surrogateescape")
    for node in sorted(uses, key=lambda n: n.start_byte, reverse=True):
        new = replacement[node_text(node)].encode("utf-8", errors="surrogateescape")
        text = text[: node.start_byte - offset] + new + text[node.end_byte - offset :]
    inlined = text.decode("utf-8", errors="surrogateescape")
    context = call.parent.type if call.parent is not None else ""
    if body.type not in PRIMARY and context not in ("arguments", "variable_declarator", "return_statement"):
        inlined = f"({inlined})"
    return inlined


def _object_keys(value) -> set[str]:
    """The keys of the object a declaration's value is: an object literal, or what a function called
    on the spot (an IIFE, `(() => ({ ... }))()`) returns from its own body."""
    while value is not None and value.type in (
        "parenthesized_expression",
        "as_expression",
        "satisfies_expression",
    ):
        value = value.named_children[0] if value.named_children else None
    if value is None:
        return set()
    if value.type == "object":
        keys = set()
        for member in value.named_children:
            key = member.child_by_field_name("key") or member.child_by_field_name("name")
            if member.type == "shorthand_property_identifier":
                keys.add(node_text(member))
            elif key is not None:
                keys.add(node_text(key).strip("'\""))
        return keys
    if value.type != "call_expression":
        return set()
    function = value.child_by_field_name("function")
    while function is not None and function.type == "parenthesized_expression":
        function = function.named_children[0] if function.named_children else None
    if function is None or function.type not in ("function_expression", "function", "arrow_function"):
        return set()
    body = function.child_by_field_name("body")
    if body is None:
        return set()
    if body.type != "statement_block":
        return _object_keys(body)
    keys = set()
    for node in walk(body):
        if node.type == "return_statement" and _function(node) == function and node.named_children:
            keys |= _object_keys(node.named_children[0])
    return keys


def _reexport_imported(root, data, *, path, name, sources) -> list[Candidate]:
    """`export { Line } from './cabins.js'` binds no `Line` in the module that writes it: a module that
    reads the name wanted it imported. The re-export becomes an import when no other module of the
    repository imports the name from this one (the export was the slip); otherwise an import is added
    beside it."""
    found = []
    for statement in root.named_children:
        source = statement.child_by_field_name("source") if statement.type == "export_statement" else None
        clause = next((c for c in statement.named_children if c.type == "export_clause"), None)
        if source is None or clause is None:
            continue
        specifiers = [c for c in clause.named_children if c.type == "export_specifier"]
        wanted = [
            s for s in specifiers
            if node_text(s.child_by_field_name("alias") or s.child_by_field_name("name")) == name
        ]  # fmt: skip
        if not wanted:
            continue
        specifier = node_text(wanted[0])
        module = node_text(source)
        statement_text = node_text(statement)
        importer = f"import {{ {specifier} }} from {module};"
        at = statement.start_point.row + 1  # the edit is the re-export's line, not the use's
        if len(specifiers) == 1 and not _imported_elsewhere(sources, path, name):
            new = replace_span(data, statement.start_byte, statement.end_byte, importer)
            found.append(Candidate(path, new, at, f"import {name}, which this module only re-exported"))
        elif statement_text:
            new = replace_span(data, statement.start_byte, statement.start_byte, importer + "\n")
            found.append(Candidate(path, new, at, f"import {name} beside its re-export"))
    return found


def _imported_elsewhere(sources, path, name) -> bool:
    """Whether another module of the repository imports `name` from the module at `path` (by the
    specifier's last segment, extension aside: no resolution is needed to be conservative)."""
    stem = re.escape(path.rsplit("/", 1)[-1].rsplit(".", 1)[0])
    pattern = re.compile(rf"\b{re.escape(name)}\b.*(?:from|require).*/{stem}(?:\.\w+)?['\"]")
    return any(
        pattern.search(row) for other, text in sources.items() if other != path for row in text.split("\n")
    )


def _enums(root) -> Iterator[tuple[object, str]]:
    for node in walk(root):
        if node.type == "enum_declaration" and (name := node.child_by_field_name("name")) is not None:
            yield node, node_text(name)


def _whole_module_destructured(root, path, data, bound, *, text, name, line) -> list[Candidate]:
    """A module bound whole and never read (`const mortar = require('./mortar')`, `import mortar from
    './mortar'`) while bare names are read: the names taken out of it (`const { mortarMix, batch }`),
    every unresolved name of the module first, then the one the failure names."""
    read = {(b.node.start_byte, b.node.end_byte) for u in uses(root, bound) if (b := _resolution(u, bound))}
    missing = list(dict.fromkeys(n for n, _ in unresolved(text, path) if n[:1].islower()))
    found = []
    for binding in bound:
        if (binding.node.start_byte, binding.node.end_byte) in read or binding.scope != root:
            continue
        parent = binding.node.parent
        if binding.kind == "local" and parent is not None and parent.type == "variable_declarator":
            value = parent.child_by_field_name("value")
            is_require = (
                value is not None and value.type == "call_expression"
                and node_text(value.child_by_field_name("function")) == "require"
            )  # fmt: skip
            if not is_require or parent.child_by_field_name("name") != binding.node:
                continue
        elif not (binding.kind == "import" and parent is not None and parent.type == "import_clause"):
            continue
        for names in dict.fromkeys((tuple(missing), (name,))):
            if names:
                new = replace_nodes(data, {binding.node: "{ " + ", ".join(names) + " }"})
                found.append(
                    Candidate(path, new, line, f"take {', '.join(names)} out of '{binding.name}' by name")
                )
    return found


def _rename_uses(data: bytes, nodes: list, new: str) -> str:
    return replace_nodes(data, dict.fromkeys(nodes, new))


def _exported(binding: Binding) -> bool:
    """The binding is declared by an `export` statement: other modules read it (a parameter of an
    exported function is not)."""
    if binding.kind not in ("declaration", "local"):
        return False
    node = binding.node.parent
    while node is not None and node.type not in ("statement_block", "program", "class_body"):
        if node.type == "export_statement":
            return True
        node = node.parent
    return False


def _resolution(use, bound: list[Binding]) -> Binding | None:
    """The innermost binding of the use's name whose scope holds it."""
    name = node_text(use)
    best = None
    for binding in bound:
        inner = best is None or binding.scope.start_byte >= best.scope.start_byte
        if binding.name == name and _encloses(binding.scope, use) and inner:
            best = binding
    return best


def _destructured(root, path, data, bound, use, *, name, line) -> list[Candidate]:
    """`const { rooms } = farm;` before a read of the undefined `strains`: `{ rooms, strains }`."""
    found = []
    for node in walk(root):
        if node.type != "object_pattern" or node.parent is None or node.parent.type != "variable_declarator":
            continue
        declaration = node.parent.parent
        if declaration is None or node.end_byte > use.start_byte or not _encloses(_block(declaration), use):
            continue
        last = node.named_children[-1] if node.named_child_count else None
        if last is None:
            continue
        new = replace_span(data, last.end_byte, last.end_byte, f", {name}")
        found.append((node.start_byte, Candidate(path, new, line, f"destructure {name} there as well")))
    # The nearest pattern before the use first.
    return [c for _, c in sorted(found, key=lambda row: -row[0])]


def _type_parameters(path, data, use, *, name, line) -> list[Candidate]:
    """A type name no declaration binds (`T`): the innermost generic declaration around it takes it as
    a type parameter (`function largest<T>(...)`, or `<U, T>` beside the ones it has)."""
    found = []
    node = use.parent
    while node is not None:
        if node.type in GENERIC:
            params = node.child_by_field_name("type_parameters")
            if params is not None:
                closing = params.children[-1]
                new = replace_span(data, closing.start_byte, closing.start_byte, f", {name}")
            else:
                anchor = node.child_by_field_name("name")
                at = anchor.end_byte if anchor is not None else None
                if at is None:
                    parameters = node.child_by_field_name("parameters") or node.child_by_field_name(
                        "parameter"
                    )
                    at = parameters.start_byte if parameters is not None else None
                if at is None:
                    node = node.parent
                    continue
                new = replace_span(data, at, at, f"<{name}>")
                if node.type == "arrow_function" and node.child_by_field_name("parameter") is not None:
                    node = node.parent
                    continue
            found.append(
                Candidate(path, new, line, f"declare the type parameter {name} of the {_what(node)}")
            )
        node = node.parent
    return found


def _what(node) -> str:
    name = node.child_by_field_name("name")
    return f"'{node_text(name)}'" if name is not None else node.type.replace("_", " ")


def _nested_keys(root, path, data, here, *, name, line) -> list[Candidate]:
    """A name a nested destructuring pattern names only as a key (`{ route: { km, climbM } }` binds
    `km` and `climbM`, not `route`): `route.km` read as the leaf `km` the pattern already took out,
    or the name read from the destructured value (`{ ...ratios }` → `{ ...SIMPSON.ratios }`)."""
    found = []
    for node in walk(root):
        if node.type != "pair_pattern":
            continue
        key, value = node.child_by_field_name("key"), node.child_by_field_name("value")
        if (
            key is None
            or value is None
            or node_text(key) != name
            or value.type not in ("object_pattern", "array_pattern")
        ):
            continue
        owner = node.parent
        while owner is not None and owner.type in ("object_pattern", "pair_pattern", "array_pattern"):
            pattern, owner = owner, owner.parent
        if owner is None:
            continue
        scope = _block(owner.parent) if owner.type == "variable_declarator" else _function(owner)
        uses_in = [u for u in here if scope is not None and _encloses(scope, u)]
        if not uses_in:
            continue
        leaves = {node_text(n) for n in _pattern_names(value)}
        members = {}
        for use in uses_in:
            parent = use.parent
            prop = (
                parent.child_by_field_name("property")
                if parent is not None and parent.type == "member_expression"
                else None
            )
            if prop is not None and parent.child_by_field_name("object") == use and node_text(prop) in leaves:
                members[parent] = node_text(prop)
        if members:
            found.append(
                Candidate(path, replace_nodes(data, members), line, f"read the leaves {name}'s pattern binds")
            )
        source = owner.child_by_field_name("value") if owner.type == "variable_declarator" else None
        # The path from the destructured value to this key: only through plain keys.
        route, current = [name], node.parent
        while current is not None and current is not pattern and current.type != "variable_declarator":
            if current.type == "pair_pattern":
                route.insert(0, node_text(current.child_by_field_name("key")))
            current = current.parent
        if source is not None and source.type in ("identifier", "member_expression", "this"):
            qualified = ".".join([node_text(source), *route])
            found.append(
                Candidate(
                    path,
                    replace_nodes(data, dict.fromkeys(uses_in, qualified)),
                    line,
                    f"read {qualified}: the pattern binds {name}'s leaves, not {name}",
                )
            )
    return found


def _constructor_fields(root, path, data, here, *, name, line) -> list[Candidate]:
    """A constructor's parameter read in another method of the class, where it is out of scope: the
    field the constructor keeps it in (`this.layers = [...forecast].sort(...)`), or `this.<name>`."""
    found: list[Candidate] = []
    for use in here:
        # The innermost method around the use (an arrow inside it reads the method's scope).
        method = _function(use)
        while method is not None and method.type not in ("method_definition", "program"):
            method = _function(method.parent)
        body = method.parent if method is not None else None
        if body is None or body.type != "class_body":
            continue
        constructor = next(
            (
                m
                for m in body.named_children
                if m.type == "method_definition" and node_text(m.child_by_field_name("name")) == "constructor"
            ),
            None,
        )
        if constructor is None or constructor == method:
            continue
        parameters = constructor.child_by_field_name("parameters")
        if parameters is None or not any(
            node_text(n) == name for p in parameters.named_children for n in _pattern_names(p)
        ):
            continue
        fields = []
        for node in walk(constructor):
            if node.type != "assignment_expression":
                continue
            left, right = node.child_by_field_name("left"), node.child_by_field_name("right")
            if left is None or right is None or left.type != "member_expression":
                continue
            if node_text(left.child_by_field_name("object")) != "this":
                continue
            if any(n.type == "identifier" and node_text(n) == name for n in walk(right)):
                fields.append(node_text(left))
        # A plain copy first (`this.forecast = forecast`), then one derived from it.
        fields.sort(key=lambda field: field != f"this.{name}")
        for field in [*fields, *([f"this.{name}"] if f"this.{name}" not in fields else [])][:MAX_BINDINGS]:
            found.append(
                Candidate(
                    path,
                    replace_nodes(data, dict.fromkeys([u for u in here if _encloses(method, u)], field)),
                    line,
                    f"read {field}, where the constructor keeps its {name}",
                )
            )
        break
    return found


def _arrow_arguments(root, path, data, *, line) -> list[Candidate]:
    """`arguments` inside an arrow function (which has no arguments object): the arrow takes a rest
    parameter instead, and a copy of `arguments` (`[...arguments]`, `Array.from(arguments)`) becomes it."""
    found = []
    for node in walk(root):
        if node.type != "arrow_function" or node.start_point[0] > line - 1 or node.end_point[0] < line - 1:
            continue
        reads = [
            n
            for n in walk(node)
            if n.type == "identifier" and node_text(n) == "arguments" and _own_arrow(n) == node
        ]
        if not reads:
            continue
        parameters = node.child_by_field_name("parameters") or node.child_by_field_name("parameter")
        if parameters is None or (parameters.type == "formal_parameters" and parameters.named_child_count):
            continue
        edits = {parameters: "(...args)"}
        for read in reads:
            copy = read.parent
            if (
                copy is not None
                and copy.type == "spread_element"
                and copy.parent.type == "array"
                and copy.parent.named_child_count == 1
            ) or (
                copy is not None
                and copy.type == "arguments"
                and node_text(copy.parent.child_by_field_name("function")) == "Array.from"
            ):
                edits[copy.parent] = "args"
            else:
                edits[read] = "args"
        found.append(
            Candidate(
                path, replace_nodes(data, edits), line, "take the arrow's arguments as a rest parameter"
            )
        )
    return found


def _own_arrow(node):
    """The innermost function around `node` if it is an arrow function (an ordinary function has its own
    `arguments`)."""
    current = node.parent
    while current is not None and current.type not in FUNCTIONS:
        current = current.parent
    return current if current is not None and current.type == "arrow_function" else None
