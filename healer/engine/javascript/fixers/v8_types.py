r"""TYPE_ERROR candidates read off V8's runtime TypeError messages, for values whose kind the
message names without saying where they went wrong (PyTER's type-directed repair, Oh and Oh,
FSE 2022: keep the value, change the use to one its type supports; PAR's "method call adder"
and "null checker" templates, Kim et al., ICSE 2013):

- `a.entries is not iterable`: the member is one of the iteration methods every built-in
  collection has (ECMAScript's Map/Set/Array `entries`/`keys`/`values`, which return the
  iterator): a method read but not called is a function, not an iterable, so it is called;
- `x is not iterable` for a plain name that is spread or looped over: the value is missing (an
  optional parameter left out): iterated as empty, `(x ?? [])` — a guard, a fix only when the
  tests it targets pass;
- `Cannot read properties of undefined (reading 'p')` at `m[k].p` where `m` is a Map in the same
  file (made with `new Map` or used with `get`/`set`/`has`): a Map keeps its entries apart from
  the object's own properties, so bracket access reads a property nobody set; `m.get(k)`;
- the same message at a value `m.get(k)` gave (on the line, or a name the line reads declared as
  `m.get(k)`), where the file writes that Map with brackets (`m[k] = v`): the write put a property on
  the Map object that `get` never sees, so every bracket write of it becomes `m.set(k, v)` (round 53,
  npm27; reported at the first write, the line it edits);
- `Cannot convert undefined or null to object` at `Object.values(x)` (`keys`, `entries`): these
  call ToObject on their argument (ECMAScript 20.1.2), which throws on a missing value; an optional
  part of the data left out reads as empty, `Object.values(x ?? {})` — PAR's null checker as a
  fallback, a guard: a fix only when the tests it targets pass (round 53, npm27);
- `Cannot destructure property 'size' of '....groups'` (or a read of `.groups.size`): a match has a
  `groups` object only when its pattern names its groups (ECMAScript 2018 named capture groups), so
  when the regex literal's unnamed capturing groups are as many as the names read from `groups`, they
  are named in that order (`(\d+)` -> `(?<size>\d+)`), in the literal on the line or the one the
  matched name is declared with in the file.
- `Cannot read properties of null (reading 'map')` at `s.match(/[0-9a-f]{2}/g).map(...)` (or at a name
  assigned such a match): `match`/`exec` give null when nothing matches, and a pattern whose letters
  are all of one case, without the `i` flag, matches nothing in text of the other case (hex digits,
  codes, units written in capitals); the flag is added (ECMAScript's IgnoreCase), the literal's
  letters otherwise kept (round 51, npm25). Escapes (`\d`, `\u00e9`, `\p{Lu}`) are not letters.
- `Cannot create property 'p' on string '0'` at `x.p = ...` where `x` is the variable of an enclosing
  `for (const x in xs)`: for...in walks an object's keys (ECMAScript 14.7.5.6: strings, an array's
  indices `'0'`, `'1'`, ...), and strict code may not give a string a property; the index-shaped key
  says the loop was meant over the elements, so `in` becomes `of` (round 52, npm26; reported at the
  loop's header, the line it edits).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from healer.engine.javascript.fixers.base import Candidate, replace_nodes, replace_span
from healer.engine.javascript.fixers.logic_regex import outside_classes
from healer.engine.javascript.syntax import node_text, walk

NOT_ITERABLE = re.compile(r"^(?P<name>[\w$.]+) is not iterable")
UNDEFINED_READ = re.compile(
    r"Cannot read propert(?:y|ies) of (?:undefined|null)(?: \(reading '(?P<name>[^']*)'\))?"
)
# A property given to an array index key (strict code, V8): the `'0'` says for...in walked an array's indices.
KEY_PROPERTY = re.compile(r"Cannot create property '[^']*' on string '\d+'")
# The methods that give an iterator on every built-in collection (ECMAScript 2015 §23.1-23.2, §22.1).
ITERATOR_METHODS = frozenset({"entries", "keys", "values"})


def v8_type_candidates(text, data, path, line, message, nodes, methods, properties) -> Iterator[Candidate]:
    """type_errors' template signature: the candidates of the uncalled iterator and the Map read by
    subscript, whose message and code name the one use the value's type supports."""
    yield from _uncalled_iterator(data, path, line, message, nodes)
    yield from _map_subscript(data, path, line, message, nodes)
    yield from _map_subscript_writes(data, path, message, nodes)
    yield from _absent_object(data, path, line, message, nodes)
    yield from _unnamed_groups(data, path, line, message, nodes)
    yield from _case_blind_match(data, path, message, nodes)
    yield from _for_in_keys(data, path, message, nodes)
    # A parameter declared optional (`extra?: T[]`) says itself that it may be missing: iterated as
    # empty first, not as a guard, before the templates that assume an object arrived (Object.values
    # throws on undefined).
    yield from _missing_iterable(data, path, line, message, nodes, optional_only=True)


def missing_iterable_candidates(
    text, data, path, line, message, nodes, methods, properties
) -> Iterator[Candidate]:
    """type_errors' template signature: `(x ?? [])`, after the templates that keep a value present."""
    yield from _missing_iterable(data, path, line, message, nodes)


def _uncalled_iterator(data: bytes, path: str, line: int, message: str, nodes) -> Iterator[Candidate]:
    match = NOT_ITERABLE.match(message)
    if match is None or match["name"].rsplit(".", 1)[-1] not in ITERATOR_METHODS or "." not in match["name"]:
        return
    for node in nodes:
        parent = node.parent
        if (
            node.type == "member_expression"
            and node_text(node) == match["name"]
            and (
                parent is None
                or parent.type != "call_expression"
                or parent.child_by_field_name("function") != node
            )
        ):
            yield Candidate(path, replace_span(data, node.end_byte, node.end_byte, "()"), line,
                            f"call {match['name']}(), whose iterator is what is iterated")  # fmt: skip
            return


def _missing_iterable(
    data: bytes, path: str, line: int, message: str, nodes, *, optional_only: bool = False
) -> Iterator[Candidate]:
    match = NOT_ITERABLE.match(message)
    if match is None or "." in match["name"]:
        return
    name = match["name"]
    if optional_only and not _optional_parameter(nodes, name):
        return
    uses = [n for n in nodes if n.type == "identifier" and node_text(n) == name and _iterated(n)]
    if uses:
        new = replace_nodes(data, {use: f"({name} ?? [])" for use in uses})
        # A guard, unless the parameter is declared optional: then its type says it may be missing and
        # `?? []` is what that declaration asks of every use (as tsc's possibly-undefined templates).
        yield Candidate(
            path, new, line, f"iterate a missing {name} as empty: ({name} ?? [])", guard=not optional_only
        )


def _optional_parameter(nodes, name: str) -> bool:
    """`name` is a TypeScript optional parameter (`name?: T`) of the function around the line."""
    function = nodes[0] if nodes else None
    while function is not None and function.type not in (
        "function_declaration", "function_expression", "arrow_function", "method_definition"
    ):  # fmt: skip
        function = function.parent
    parameters = function.child_by_field_name("parameters") if function is not None else None
    return parameters is not None and any(
        p.type == "optional_parameter" and node_text(p.child_by_field_name("pattern")) == name
        for p in parameters.named_children
    )


def _iterated(node) -> bool:
    parent = node.parent
    if parent is None:
        return False
    if parent.type == "spread_element":
        return True
    # `for (const x of name)`: the iterated expression is the statement's `right` field.
    return parent.type == "for_in_statement" and parent.child_by_field_name("right") == node


def _map_subscript(data: bytes, path: str, line: int, message: str, nodes) -> Iterator[Candidate]:
    match = UNDEFINED_READ.search(message)
    if match is None:
        return
    root = nodes[0] if nodes else None
    while root is not None and root.parent is not None:
        root = root.parent
    maps = _map_receivers(root) if root is not None else set()
    edits = {}
    for node in nodes:
        if node.type != "subscript_expression":
            continue
        receiver, index = node.child_by_field_name("object"), node.child_by_field_name("index")
        parent = node.parent
        if receiver is None or index is None or node_text(receiver) not in maps:
            continue
        if (
            parent is not None
            and parent.type == "assignment_expression"
            and parent.child_by_field_name("left") == node
        ):
            continue  # a write: `m[k] = v` is m.set(k, v), another shape
        edits[node] = f"{node_text(receiver)}.get({node_text(index)})"
    if edits:
        yield Candidate(path, replace_nodes(data, edits), line,
                        "read the Map's entry with get(), not as a property")  # fmt: skip


TO_OBJECT = re.compile(r"Cannot convert undefined or null to object")
OBJECT_READERS = frozenset({"keys", "values", "entries"})
OPERANDS = frozenset({"identifier", "member_expression", "subscript_expression", "call_expression", "this",
                      "await_expression", "non_null_expression"})  # fmt: skip


def _absent_object(data: bytes, path: str, line: int, message: str, nodes) -> Iterator[Candidate]:
    """`Object.values(x)` of a missing `x` on the crash line: `x ?? {}` (see the module's note)."""
    if TO_OBJECT.search(message) is None:
        return
    for node in nodes:
        if node.type != "call_expression":
            continue
        function, arguments = node.child_by_field_name("function"), node.child_by_field_name("arguments")
        if function is None or arguments is None or function.type != "member_expression":
            continue
        obj, prop = function.child_by_field_name("object"), function.child_by_field_name("property")
        if obj is None or prop is None or node_text(obj) != "Object" or node_text(prop) not in OBJECT_READERS:
            continue
        given = [a for a in arguments.named_children if a.type != "comment"]
        if len(given) != 1 or given[0].type in (
            "object",
            "array",
            "binary_expression",
            "parenthesized_expression",
            "spread_element",
            "arrow_function",
        ):
            continue
        # `??` binds tighter than `=`, `?:` and `yield`: bare, `o = load() ?? {}` would store the `{}`
        # and `c ? a : b ?? {}` guard one branch only, so anything but a plain operand is parenthesized.
        value = node_text(given[0]) if given[0].type in OPERANDS else f"({node_text(given[0])})"
        yield Candidate(path, replace_nodes(data, {given[0]: f"{value} ?? {{}}"}), line,
                        f"read a missing {node_text(given[0])} as empty", guard=True)  # fmt: skip


def _map_subscript_writes(data: bytes, path: str, message: str, nodes) -> Iterator[Candidate]:
    """`m[k] = v` for a Map `m` whose `get` gave the undefined value read at the crash line."""
    if UNDEFINED_READ.search(message) is None or not nodes:
        return
    root = nodes[0]
    while root.parent is not None:
        root = root.parent
    maps = _map_receivers(root)
    read = {node_text(n) for n in nodes if n.type == "identifier"}
    sources = list(nodes)
    # A name the crash line reads, declared from a call in the same file (`const stay = m.get(k)`).
    for node in walk(root):
        if node.type == "variable_declarator" and node_text(node.child_by_field_name("name")) in read:
            value = node.child_by_field_name("value")
            if value is not None and node.start_point.row <= nodes[0].start_point.row:
                sources.append(value)
    gotten = set()
    bound: dict[int, frozenset[str]] = {}
    for node in sources:
        if node.type != "call_expression":
            continue
        function = node.child_by_field_name("function")
        if function is None or function.type != "member_expression":
            continue
        prop, receiver = function.child_by_field_name("property"), function.child_by_field_name("object")
        if (
            prop is not None
            and receiver is not None
            and node_text(prop) == "get"
            and node_text(receiver) in maps
        ):
            gotten.add((node_text(receiver), _home(node, node_text(receiver), bound)))
    texts = {text for text, _ in gotten}
    edits = {}
    for node in walk(root):
        if node.type != "subscript_expression":
            continue
        receiver, index = node.child_by_field_name("object"), node.child_by_field_name("index")
        if receiver is None or index is None or node_text(receiver) not in texts:
            continue
        # The same text names another object in another class or a scope with its own binding of
        # the name (a plain `{}` of another function): only brackets reaching the Map read are its.
        if (node_text(receiver), _home(node, node_text(receiver), bound)) not in gotten:
            continue
        write = node.parent
        if (
            write is None
            or write.type != "assignment_expression"
            or getattr(write.child_by_field_name("left"), "id", None) != node.id
            or write.parent is None
            or write.parent.type != "expression_statement"
        ):
            # The file also uses the property elsewhere (`m[k] !== undefined`, `delete m[k]`, `m[k] += 1`,
            # a write read as a value, whose set() would give the Map): moving the writes to set()
            # would break that use, and which side is the bug is not known.
            return
        edits[write] = (
            f"{node_text(receiver)}.set({node_text(index)}, {node_text(write.child_by_field_name('right'))})"
        )
    if edits:
        first = min(edits, key=lambda n: n.start_byte)
        yield Candidate(path, replace_nodes(data, edits), first.start_point.row + 1,
                        "write the Map's entry with set(), not as a property: get() never sees a property")  # fmt: skip


CLASSES = frozenset({"class_declaration", "class", "abstract_class_declaration"})
DECLARATIONS = frozenset({"lexical_declaration", "variable_declaration"})


def _home(node, receiver: str, cache: dict[int, frozenset[str]]) -> int | None:
    """The node a use of `receiver` at `node` refers through: the enclosing class for `this.m`, else
    the nearest scope declaring `m` (a `const`/`let`/`var` among its statements or a parameter); None
    when nothing in the file declares it."""
    base = re.split(r"[.\[?]", receiver, maxsplit=1)[0]
    scope = node.parent
    while scope is not None:
        if base == "this":
            if scope.type in CLASSES:
                return scope.id
        elif binds_name(scope, base, cache=cache):
            return scope.id
        scope = scope.parent
    return None


def binds_name(scope, name: str, *, cache: dict[int, frozenset[str]] | None = None) -> bool:
    """Whether `scope` binds `name` itself: a declaration among its statements or one of its parameters.
    With `cache`, each scope's names are collected once: a walk up from every use of a file would
    otherwise rescan a long scope's statements per use (quadratic in the file's length)."""
    if cache is None:
        return name in bound_names(scope)
    if scope.id not in cache:
        cache[scope.id] = bound_names(scope)
    return name in cache[scope.id]


def bound_names(scope) -> frozenset[str]:
    """The names `scope` itself binds: its statements' `const`/`let`/`var`, a for-of's, its parameters."""
    names = set()
    for child in scope.named_children:
        if child.type in DECLARATIONS:
            for declarator in child.named_children:
                target = declarator.child_by_field_name("name")
                if target is not None:
                    names.add(node_text(target))
    if scope.type == "for_in_statement":  # `for (const leg of legs)`
        target = scope.child_by_field_name("left")
        if target is not None and target.type == "identifier":
            names.add(node_text(target))
    parameters = scope.child_by_field_name("parameters") or scope.child_by_field_name("parameter")
    if parameters is not None and parameters.type == "identifier":
        names.add(node_text(parameters))
    elif parameters is not None:
        for parameter in parameters.named_children:
            pattern = parameter.child_by_field_name("pattern") or parameter
            if pattern.type == "identifier":
                names.add(node_text(pattern))
    return frozenset(names)


def _map_receivers(root) -> set[str]:
    """Expressions (`this.byName`, `index`) the file makes with `new Map` or calls a Map method on."""
    found: set[str] = set()
    for node in walk(root):
        if node.type in ("variable_declarator", "assignment_expression"):
            target = node.child_by_field_name("name") or node.child_by_field_name("left")
            value = node.child_by_field_name("value") or node.child_by_field_name("right")
            if target is not None and value is not None and value.type == "new_expression":
                constructor = value.child_by_field_name("constructor")
                if constructor is not None and node_text(constructor) in ("Map", "WeakMap"):
                    found.add(node_text(target))
    # A receiver also called with `get`/`set` is a Map only when something else says so: `has` and
    # `delete` are a Set's too, and `get`/`set` many classes' own, so `new Map` is required above and
    # the method calls below only add receivers made elsewhere and passed in (`set` with two arguments).
    for node in walk(root):
        if node.type != "call_expression":
            continue
        function, arguments = node.child_by_field_name("function"), node.child_by_field_name("arguments")
        if function is None or function.type != "member_expression" or arguments is None:
            continue
        prop, receiver = function.child_by_field_name("property"), function.child_by_field_name("object")
        if (
            prop is not None
            and receiver is not None
            and node_text(prop) == "set"
            and len(arguments.named_children) == 2
        ):
            found.add(node_text(receiver))
    return found


DESTRUCTURE = re.compile(
    r"Cannot destructure property '(?P<name>[\w$]+)' of '(?P<of>.+?)' as it is (?:undefined|null)"
)
MATCHERS = frozenset({"exec", "match", "matchAll"})


def _unnamed_groups(data: bytes, path: str, line: int, message: str, nodes) -> Iterator[Candidate]:
    if DESTRUCTURE.search(message) is None and UNDEFINED_READ.search(message) is None:
        return
    for node in nodes:
        if node.type != "member_expression" or node_text(node.child_by_field_name("property")) != "groups":
            continue
        names = _names_read(node)
        regex = _matched_regex(node.child_by_field_name("object"))
        pattern = regex.child_by_field_name("pattern") if regex is not None else None
        if not names or pattern is None:
            continue
        written = node_text(pattern)
        starts = _capturing_groups(written)
        if len(starts) != len(names):
            continue
        named = written
        for at, name in sorted(zip(starts, names, strict=True), reverse=True):
            named = named[: at + 1] + f"?<{name}>" + named[at + 1 :]
        yield Candidate(path, replace_span(data, pattern.start_byte, pattern.end_byte, named),
                        pattern.start_point.row + 1,
                        f"name the pattern's groups {', '.join(names)}, which the code reads from groups")  # fmt: skip
        return


NULL_READ = re.compile(r"Cannot read propert(?:y|ies) of null")
# Escapes whose letters are not letters matched: \d, \u00e9, \u{1F600}, \x41, \p{Lu}, \cJ, and group names.
ESCAPES = re.compile(
    r"\\(?:u\{[0-9a-fA-F]+\}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|[pP]\{[^}]*\}|c[A-Za-z]|k<[^>]*>|.)|\(\?<[^>=!]*>"
)


def _case_blind_match(data: bytes, path: str, message: str, nodes) -> Iterator[Candidate]:
    if NULL_READ.search(message) is None:
        return
    for node in nodes:
        if node.type not in ("member_expression", "subscript_expression"):
            continue
        matched = node.child_by_field_name("object")
        if matched is not None and matched.type == "identifier":
            matched = _declared_value(matched)
        regex = _matched_regex(matched)
        pattern = regex.child_by_field_name("pattern") if regex is not None else None
        if pattern is None:
            continue
        flags = regex.child_by_field_name("flags")
        written = node_text(flags) if flags is not None else ""
        letters = [c for c in ESCAPES.sub("", node_text(pattern)) if c.isascii() and c.isalpha()]
        if (
            "i" in written
            or not letters
            or not (all(c.islower() for c in letters) or all(c.isupper() for c in letters))
        ):
            continue
        yield Candidate(path, replace_span(data, regex.end_byte, regex.end_byte, "i"), regex.start_point.row + 1,
                        "match the pattern's letters in either case (the i flag): the match found none")  # fmt: skip
        return


def _declared_value(name):
    """The initialiser of the `const/let/var name = value` in scope where `name` is read: the nearest
    enclosing block's declaration before the read. Not the file's first declarator of that name
    (round 51's review): another function's `m` would take the flag while the failing one kept none."""
    wanted, scope = node_text(name), name.parent
    while scope is not None:
        found = None
        for child in scope.named_children:
            if child.start_byte >= name.start_byte:
                break
            if child.type in ("lexical_declaration", "variable_declaration"):
                for declarator in child.named_children:
                    target = declarator.child_by_field_name("name")
                    if target is not None and target.type == "identifier" and node_text(target) == wanted:
                        found = declarator.child_by_field_name("value")
        if found is not None:
            return found
        scope = scope.parent
    return None


def _names_read(groups) -> list[str]:
    """The names read from `x.groups`: destructured (`const { a, b } = x.groups`) or `x.groups.a`."""
    parent = groups.parent
    if (
        parent is not None
        and parent.type == "variable_declarator"
        and parent.child_by_field_name("value") == groups
    ):
        pattern = parent.child_by_field_name("name")
        if pattern is not None and pattern.type == "object_pattern":
            names = []
            for part in pattern.named_children:
                key = (
                    part
                    if part.type == "shorthand_property_identifier_pattern"
                    else part.child_by_field_name("key")
                )
                if key is None:
                    return []
                names.append(node_text(key))
            return names
    if (
        parent is not None
        and parent.type == "member_expression"
        and parent.child_by_field_name("object") == groups
    ):
        return [node_text(parent.child_by_field_name("property"))]
    return []


def _matched_regex(matched):
    """The regex literal of `/re/.exec(s)`, `s.match(/re/)`, or of the name they use, declared in the file."""
    if matched is None or matched.type != "call_expression":
        return None
    function, arguments = matched.child_by_field_name("function"), matched.child_by_field_name("arguments")
    if function is None or function.type != "member_expression" or arguments is None:
        return None
    method = node_text(function.child_by_field_name("property"))
    if method not in MATCHERS:
        return None
    held = (
        function.child_by_field_name("object")
        if method == "exec"
        else (arguments.named_children or [None])[0]
    )
    if held is not None and held.type == "regex":
        return held
    if held is None or held.type != "identifier":
        return None
    root = held
    while root.parent is not None:
        root = root.parent
    for node in walk(root):
        if node.type == "variable_declarator" and node_text(node.child_by_field_name("name")) == node_text(
            held
        ):
            value = node.child_by_field_name("value")
            return value if value is not None and value.type == "regex" else None
    return None


def _capturing_groups(pattern: str) -> list[int]:
    """Offsets of the `(` of each unnamed capturing group: not escaped, not in a class, not `(?`."""
    return [at for at, char in outside_classes(pattern) if char == "(" and not pattern.startswith("(?", at)]


def _for_in_keys(data: bytes, path: str, message: str, nodes) -> Iterator[Candidate]:
    if not KEY_PROPERTY.search(message):
        return
    seen = set()
    for node in nodes:
        if (
            node.type != "member_expression"
            or node.parent is None
            or node.parent.type != "assignment_expression"
        ):
            continue
        receiver = node.child_by_field_name("object")
        if (
            receiver is None
            or receiver.type != "identifier"
            or node.parent.child_by_field_name("left") != node
        ):
            continue
        loop = node.parent
        while loop is not None and loop.type != "for_in_statement":
            loop = loop.parent
        if loop is None or loop.start_byte in seen:
            continue
        left, operator = loop.child_by_field_name("left"), loop.child_by_field_name("operator")
        if (
            left is None
            or operator is None
            or node_text(operator) != "in"
            or node_text(left) != node_text(receiver)
        ):
            continue
        seen.add(loop.start_byte)
        new = replace_span(data, operator.start_byte, operator.end_byte, "of")
        yield Candidate(
            path,
            new,
            loop.start_point.row + 1,
            f"walk {node_text(loop.child_by_field_name('right'))}'s elements with for...of, not its keys",
        )
