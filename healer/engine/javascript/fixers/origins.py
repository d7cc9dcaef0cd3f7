"""Where the value that crashed came from: the lines that define it, for a runtime TypeError.

A TypeError is raised where a wrong value is used (`entry.key` on an undefined `entry`, `.test`
on a string), but the bug is often where that value was made: a field set from the wrong
neighbour (`this.oldest = entry.older`), the wrong variable stored in a cache. The crash line's
templates (type_errors.py) cannot reach it. This follows the used value backwards through its
definitions in the same file — a static, one-file backward slice over def-use chains (Weiser,
"Program Slicing", TSE 1984), the dependence-guided fault localisation that crash-repair
tools use to find the origin of a null value (e.g. NPEfix / Durieux et al., SANER 2017, and
the data-flow step of VFix, Xu et al., ICSE 2019):

  a variable        → its declaration and the assignments to it in the enclosing function;
  `o.p`             → every assignment to a `.p` field in the file;
  `f(...)`          → the `return` statements of the function or method `f` defined in the file;
  `c.get(k)`/`c[k]` → the lines that store into `c` (`c.set(...)`, `c[k] = ...`, `c.push(...)`).

The lines come nearest definition first (breadth first); the generate-and-validate LOGIC
mutations (logic.py) are then tried on them (dispatch.py).
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Mapping, Sequence

from healer.engine.javascript.fixers.base import replace_span
from healer.engine.javascript.fixers.type_errors import literal_keys, object_shapes
from healer.engine.javascript.syntax import (
    encode,
    is_callee,
    method_call,
    node_text,
    nodes_on_line,
    parse,
    walk,
)

READING = re.compile(
    r"Cannot read properties of (?:undefined|null) \(reading '(?P<name>[^']+)'\)"
    r"|Cannot destructure property '(?P<destructured>[^']+)' of .+ as it is (?:undefined|null)"
)
CALLING = re.compile(r"(?P<name>[\w$]+) is not a function")
ITERATING = re.compile(r"is not iterable")
FUNCTIONS = ("function_declaration", "function_expression", "arrow_function", "method_definition",
             "generator_function_declaration", "function")  # fmt: skip
WRAPPERS = ("non_null_expression", "parenthesized_expression", "await_expression", "as_expression",
            "satisfies_expression", "type_assertion")  # fmt: skip
STORES = frozenset({"set", "push", "unshift", "add", "splice"})
READS = frozenset({"get", "at", "find", "shift", "pop"})
MAX_LINES = 8
CODE = (".js", ".mjs", ".cjs", ".jsx", ".ts", ".mts", ".cts", ".tsx")
MAX_DEPTH = 4


def origin_lines(text: str, path: str, *, line: int, message: str, callers: Sequence[int] = ()) -> list[int]:
    """Lines (1-based, nearest first, never `line` itself) that define the value the TypeError
    at `line` used; [] when the message or the line does not name it. `callers`: the lines of the
    outer stack frames in the same file, innermost first: a parameter's value is the argument
    its caller passed there."""
    places = origin_places(
        {path: text}, file=path, line=line, message=message, frames=[(path, c) for c in callers]
    )
    return [row for _, row in places]


def origin_places(
    sources: Mapping[str, str], *, file: str, line: int, message: str, frames: Sequence[tuple[str, int]] = ()
) -> list[tuple[str, int]]:
    """(file, line) places, nearest first, that define the value the TypeError at (file, line) used.

    `sources`: the repository's code under repair (file → text). `frames`: the outer stack frames,
    innermost first: a parameter's value is the argument its caller passed there, in whatever
    file the caller is. A field is set wherever the code sets it, in any file; a function's
    `return`s are looked up in the crash's file first.
    """
    roots: dict[str, object] = {}

    def root_of(path: str):
        if path not in roots:
            text = sources.get(path)
            tree = parse(text, path) if text is not None else None
            roots[path] = tree.root_node if tree is not None else None
        return roots[path]

    root = root_of(file)
    if root is None:
        return []
    on_line = nodes_on_line(root, line)
    used = _used_value(on_line, message)
    if used is None:
        return []
    order = [file, *sorted(f for f in sources if f != file and f.endswith(CODE))]
    found: list[tuple[str, int]] = []
    outer = list(frames)
    queue = [(file, used, 0)]
    seen: set[tuple[str, int, int]] = set()

    def add(path: str, node) -> None:
        place = (path, node.start_point.row + 1)
        if place != (file, line) and place not in found:
            found.append(place)

    while queue and len(found) < MAX_LINES:
        path, node, depth = queue.pop(0)
        node = _unwrapped(node)
        if (path, node.start_byte, node.end_byte) in seen or depth > MAX_DEPTH:
            continue
        seen.add((path, node.start_byte, node.end_byte))
        if node.type == "identifier" and outer:
            caller_file, caller_line = outer[0]
            caller_root = root_of(caller_file)
            argument = _argument(node, caller_root, caller_line) if caller_root is not None else None
            if argument is not None:
                outer.pop(0)
                queue.append((caller_file, argument, depth + 1))
                add(caller_file, argument)
                continue
        for where, definition, value in _definitions(node, path, [(f, root_of(f)) for f in order]):
            add(where, definition)
            if value is not None:
                queue.append((where, value, depth + 1))
    return found[:MAX_LINES]


def _used_value(nodes, message: str):
    """The expression whose value the error is about: the object read from, called through or iterated."""
    calling = CALLING.search(message)
    read = _read_name(message)
    for node in nodes:
        if (
            node.type == "variable_declarator"
            and read
            and read in _pattern_keys(node.child_by_field_name("name"))
        ):
            return node.child_by_field_name("value")  # `const { p } = value`: reads value.p
        if node.type not in ("member_expression", "subscript_expression"):
            continue
        prop = node.child_by_field_name("property") or node.child_by_field_name("index")
        name = node_text(prop) if prop is not None else ""
        if read and name == read:
            return node.child_by_field_name("object")
        if calling and name == calling["name"] and is_callee(node):
            return node.child_by_field_name("object")
    if calling:
        for node in nodes:
            if node.type == "call_expression":
                function = node.child_by_field_name("function")
                if (
                    function is not None
                    and function.type == "identifier"
                    and node_text(function) == calling["name"]
                ):
                    return function
    if ITERATING.search(message):
        for node in nodes:
            if node.type == "for_in_statement":
                return node.child_by_field_name("right")
    return None


def _read_name(message: str) -> str:
    """The property a TypeError read from a missing value ("reading 'x'", "destructure property 'x'")."""
    reading = READING.search(message)
    return (reading["name"] or reading["destructured"]) if reading else ""


def _called_name(message: str) -> str:
    calling = CALLING.search(message)
    return calling["name"] if calling else ""


def _pattern_keys(pattern) -> set[str]:
    """The properties an object pattern reads (`{ a = 1, b, c: d }` reads a, b and c)."""
    if pattern is None or pattern.type != "object_pattern":
        return set()
    keys = set()
    for child in pattern.named_children:
        if child.type == "object_assignment_pattern":
            child = child.child_by_field_name("left") or child
        if child.type == "shorthand_property_identifier_pattern":
            keys.add(node_text(child))
        elif child.type == "pair_pattern" and (key := child.child_by_field_name("key")) is not None:
            keys.add(node_text(key))
    return keys


def parameter_defaults(text: str, path: str, *, line: int, message: str) -> list[tuple[int, str, str]]:
    """(line, new text, description): a parameter the crash read through, given a default where it is
    declared (`options` → `options = {}`, `[]` for a value used as an array): the value is missing
    because a caller left the argument out, and the definition site of a parameter is its default
    (NPEfix's "replace by a new object", at the parameter rather than at the use)."""
    tree = parse(text, path)
    if tree is None:
        return []
    used = _used_value(nodes_on_line(tree.root_node, line), message)
    used = _unwrapped(used) if used is not None else None
    if used is None or used.type != "identifier":
        return []
    function = _enclosing_function(used)
    parameters = function.child_by_field_name("parameters") if function is not None else None
    if parameters is None or _element_callback(function, node_text(used)):
        return []
    wanted = _read_name(message) or _called_name(message)
    empty = "[]" if wanted in ARRAY_USES or ITERATING.search(message) else "{}"
    name = node_text(used)
    for parameter in parameters.named_children:
        # `x` (JavaScript) or `x: T` (TypeScript); `x = v`, `x?: T` and patterns already say what is missing.
        bare = parameter.type == "identifier" or (
            parameter.type == "required_parameter"
            and parameter.child_by_field_name("value") is None
            and (parameter.child_by_field_name("pattern") or parameter).type == "identifier"
        )
        if bare and _parameter_name(parameter) == name:
            data = encode(text)
            at = parameter.end_byte
            edited = replace_span(data, at, at, f" = {empty}")
            return [(parameter.start_point.row + 1, edited, f"default the parameter '{name}' to {empty}")]
    return []


# Array methods that call their callback with each element as its first argument (`reduce`: second),
# ECMAScript 23.1.3: they never leave that argument out, so a default for it only masks an element that
# is itself undefined (a hole `delete xs[i]` left, a sparse array): where it got in is the origin.
ELEMENT_CALLBACKS = {"map": 0, "filter": 0, "find": 0, "findIndex": 0, "findLast": 0, "findLastIndex": 0,
                     "some": 0, "every": 0, "forEach": 0, "flatMap": 0, "reduce": 1, "reduceRight": 1}  # fmt: skip


def _element_callback(function, name: str) -> bool:
    """Whether `name` is the element parameter of a callback passed to an Array iteration method."""
    arguments = function.parent
    call = arguments.parent if arguments is not None and arguments.type == "arguments" else None
    callee = call.child_by_field_name("function") if call is not None else None
    if callee is None or callee.type != "member_expression" or arguments.named_children[:1] != [function]:
        return False
    index = ELEMENT_CALLBACKS.get(node_text(callee.child_by_field_name("property")))
    parameters = function.child_by_field_name("parameters") or function.child_by_field_name("parameter")
    if index is None or parameters is None:
        return False
    listed = [parameters] if parameters.type == "identifier" else parameters.named_children
    return len(listed) > index and _parameter_name(listed[index]) == name


def detached_methods(
    sources: Mapping[str, str], *, file: str, line: int, message: str, frames: Sequence[tuple[str, int]]
) -> list[tuple[str, int, str, str]]:
    """(file, line, new text, description): `this` was undefined where a method read `this.x`, because
    the method was passed on as a bare value (`levels.filter(this.hasRoom)`) and called without its
    object. At the outer frame that passed it, the method is bound again: an arrow that calls it on
    its object, or `.bind`. The origin of the missing `this` is the place the method was detached."""
    text = sources.get(file)
    tree = parse(text, file) if text is not None else None
    read = _read_name(message)
    if tree is None or not read:
        return []
    method = None
    for node in walk(tree.root_node):
        if node.start_point.row != line - 1 or node.type != "member_expression":
            continue
        obj, prop = node.child_by_field_name("object"), node.child_by_field_name("property")
        if obj is not None and obj.type == "this" and prop is not None and node_text(prop) == read:
            method = _enclosing_function(node)
            break
    name = (
        method.child_by_field_name("name")
        if method is not None and method.type == "method_definition"
        else None
    )
    if name is None:
        return []
    wanted = node_text(name)
    parameters = method.child_by_field_name("parameters")
    names = [_parameter_name(p) for p in parameters.named_children] if parameters is not None else []
    arguments = ", ".join(names) if names and all(names) else "...args"
    found = []
    for caller_file, caller_line in frames:
        caller = sources.get(caller_file)
        caller_tree = parse(caller, caller_file) if caller is not None else None
        for node in walk(caller_tree.root_node) if caller_tree is not None else ():
            if node.start_point.row != caller_line - 1 or node.type != "member_expression" or is_callee(node):
                continue
            prop, obj = node.child_by_field_name("property"), node.child_by_field_name("object")
            if prop is None or obj is None or node_text(prop) != wanted or node.parent is None:
                continue
            if node.parent.type != "arguments":
                continue
            data = encode(caller)
            receiver = node_text(obj)
            for replacement, what in (
                (
                    f"({arguments}) => {receiver}.{wanted}({arguments})",
                    "call it on its object in an arrow function",
                ),
                (f"{receiver}.{wanted}.bind({receiver})", f"bind it to {receiver}"),
            ):
                edited = replace_span(data, node.start_byte, node.end_byte, replacement)
                found.append(
                    (caller_file, caller_line, edited, f"pass the method '{wanted}' with its object: {what}")
                )
        if found:
            break
    return found


# Fields of the passed object tried for the parameter, at most.
MAX_FIELDS = 3


def field_arguments(
    sources: Mapping[str, str], *, file: str, line: int, message: str, frames: Sequence[tuple[str, int]]
) -> list[tuple[str, int, str, str, bool]]:
    """(file, line, new text, description, guard): the caller passed a whole object where the parameter
    the crash used wants one of its fields (`initials(name)` for `initials(name.given)`: "given.split
    is not a function"). The fields are those of the repository's object literals that have the fields
    the caller reads from the same value (`name.family`), or the parameter's name; the field named
    like the parameter first (names as the evidence of what an argument means: DeepBugs, Pradel and
    Sen, OOPSLA 2018; an argument wrapped in a field access is one of PyTER's and ITER's templates).
    Only that field is more than a guard: its name is the evidence that a test getting further is
    progress (a masked bug behind the crash may still fail it), any other field must pass the tests."""
    text = sources.get(file)
    tree = parse(text, file) if text is not None else None
    used = _used_value(nodes_on_line(tree.root_node, line), message) if tree is not None else None
    used = _unwrapped(used) if used is not None else None
    if used is None or used.type != "identifier" or not frames:
        return []
    caller_file, caller_line = frames[0]
    caller = sources.get(caller_file)
    caller_tree = parse(caller, caller_file) if caller is not None else None
    argument = _argument(used, caller_tree.root_node, caller_line) if caller_tree is not None else None
    if argument is None or argument.type not in ("identifier", "member_expression"):
        return []
    parameter = node_text(used)
    passed = node_text(argument)
    scope = _enclosing_function(argument) or caller_tree.root_node
    read = {
        node_text(n.child_by_field_name("property"))
        for n in walk(scope)
        if n.type == "member_expression"
        and node_text(n.child_by_field_name("object")) == passed
        and n.child_by_field_name("property") is not None
    }
    fields = {
        key
        for shape in object_shapes(sources)
        if parameter in shape or (read and read <= shape)
        for key in shape
    }
    ranked = sorted(fields, key=lambda key: (key != parameter, -_alike(key, parameter), key))[:MAX_FIELDS]
    data = encode(caller)
    return [
        (
            caller_file,
            caller_line,
            replace_span(data, argument.start_byte, argument.end_byte, f"{passed}.{key}"),
            f"pass {passed}.{key}, the field '{parameter}' wants, not the whole {passed}",
            key != parameter,
        )
        for key in ranked
    ]


def fallback_keys(
    sources: Mapping[str, str], *, file: str, line: int, message: str, frames: Sequence[tuple[str, int]] = ()
) -> list[tuple[str, int, str, str]]:
    """(file, line, new text, description): the missing value was looked up by a computed key
    (`const points = week[day]`) in an object that the code builds, somewhere, with a key no lookup names
    (`compile({ default: [...] })`): the lookup falls back on that key (`week[day] ?? week.default`). The
    object literal is the evidence of what a missing key should give (the fallback its author wrote
    down), where a plain `?? []` only avoids the crash."""
    found = []
    # The crash line too: the second `list = list.push(x)` crashes on the number the first stored.
    places = [(file, line), *origin_places(sources, file=file, line=line, message=message, frames=frames)]
    for path, row in places:
        text = sources.get(path)
        tree = parse(text, path) if text is not None else None
        for node in nodes_on_line(tree.root_node, row) if tree is not None else ():
            value = node.child_by_field_name("value") if node.type == "variable_declarator" else None
            if value is None and node.type == "assignment_expression":
                value = node.child_by_field_name("right")
            value = _unwrapped(value) if value is not None else None
            if value is None or value.type != "subscript_expression":
                continue
            obj, index = value.child_by_field_name("object"), value.child_by_field_name("index")
            if obj is None or index is None or index.type in ("string", "number") or obj.type != "identifier":
                continue
            data = encode(text)
            for key in _literal_arguments(obj, sources):
                new = f"{node_text(value)} ?? {node_text(obj)}.{key}"
                edited = replace_span(data, value.start_byte, value.end_byte, new)
                found.append(
                    (path, row, edited, f"fall back on the '{key}' entry {node_text(obj)} is given: {new}")
                )
    return found


def _literal_arguments(parameter, sources: Mapping[str, str]) -> list[str]:
    """The keys of the object literals the repository's code passes for `parameter` (a parameter of the
    function around it) at the function's calls, in order."""
    function, names = _enclosing_function(parameter), []
    while function is not None:  # the function that declares it, maybe around a callback's
        parameters = function.child_by_field_name("parameters")
        names = [_parameter_name(p) for p in parameters.named_children] if parameters is not None else []
        if node_text(parameter) in names:
            break
        function = _enclosing_function(function.parent)
    if function is None:
        return []
    index = names.index(node_text(parameter))
    callee = function.child_by_field_name("name")
    if callee is None and function.parent is not None and function.parent.type == "variable_declarator":
        callee = function.parent.child_by_field_name("name")
    keys: dict[str, None] = {}
    for path, source in sources.items():
        tree = parse(source, path) if callee is not None else None
        for node in walk(tree.root_node) if tree is not None else ():
            called, arguments = node.child_by_field_name("function"), node.child_by_field_name("arguments")
            if node.type != "call_expression" or called is None or arguments is None:
                continue
            given = arguments.named_children
            if (
                node_text(called).split(".")[-1] == node_text(callee)
                and index < len(given)
                and given[index].type == "object"
            ):
                keys.update(dict.fromkeys(k for k in literal_keys(given[index]) if WORD.fullmatch(k)))
    return list(keys)


WORD = re.compile(r"[A-Za-z_$][\w$]*")


# How alike a literal's key and the field read must be spelt (difflib's ratio, get_close_matches' cutoff).
ALIKE = 0.6


def misnamed_keys(
    sources: Mapping[str, str], *, file: str, line: int, message: str
) -> list[tuple[str, int, str, str]]:
    """(file, line, new text, description): the crash read a field (`match.sets`) that no code of the
    repository sets, while an object literal that holds the other fields the code reads from the same
    value (`{ players, bestOf, set: [] }`) has a key spelt alike: that key is renamed where the object is
    made. The reads agree with each other and the literal is the odd one out, so the definition is
    edited, not each read (the origin of a missing value, as NPEfix and VFix look for it, with the
    misspelt-name edit of PAR's templates)."""
    text = sources.get(file)
    tree = parse(text, file) if text is not None else None
    used = _used_value(nodes_on_line(tree.root_node, line), message) if tree is not None else None
    used = _unwrapped(used) if used is not None else None
    prop = (
        used.child_by_field_name("property")
        if used is not None and used.type == "member_expression"
        else None
    )
    if prop is None or is_callee(used):
        return []
    wanted, receiver = node_text(prop), node_text(used.child_by_field_name("object"))
    roots = {
        path: parsed.root_node
        for path, source in sources.items()
        if (parsed := parse(source, path)) is not None
    }
    if any(_sets_field(wanted, root) for root in roots.values()):
        return []
    read = {
        node_text(n.child_by_field_name("property"))
        for n in walk(tree.root_node)
        if n.type == "member_expression" and node_text(n.child_by_field_name("object")) == receiver
    }
    found = []
    for path, root in roots.items():
        for node in walk(root):
            if node.type != "object":
                continue
            keys = literal_keys(node)
            if not (set(keys) - {wanted}) & read:
                continue
            for key, key_node in keys.items():
                if (
                    key in read
                    or _alike(key, wanted) < ALIKE
                    or any(_reads_field(key, r) for r in roots.values())
                ):
                    continue
                renamed = f"{wanted}: {key}" if key_node.type == "shorthand_property_identifier" else wanted
                data = encode(sources[path])
                new = replace_span(data, key_node.start_byte, key_node.end_byte, renamed)
                found.append((path, key_node.start_point.row + 1, new,
                              f"name the field '{wanted}' as the code reads it ({receiver[:40]}.{wanted}), not '{key}'"))  # fmt: skip
    return found


def _sets_field(name: str, root) -> bool:
    """Some code gives objects the field `name`: a literal's key (`{ name }`) or an assignment to `.name`."""
    if any(True for _ in _field(name, root)):
        return True
    return any(n.type == "shorthand_property_identifier" and node_text(n) == name for n in walk(root))


def _reads_field(name: str, root) -> bool:
    """Some code reads the field `name` of an object as a value (`o.name`, not the method call `o.name()`)."""
    return any(
        n.type == "member_expression"
        and node_text(n.child_by_field_name("property")) == name
        and not is_callee(n)
        for n in walk(root)
    )


def _alike(a: str, b: str) -> float:
    return difflib.SequenceMatcher(a=a.lower(), b=b.lower()).ratio()


def _argument(identifier, root, caller: int):
    """The argument passed for parameter `identifier` at the call on line `caller`, if it is one."""
    function = _enclosing_function(identifier)
    parameters = function.child_by_field_name("parameters") if function is not None else None
    if parameters is None:
        return None
    names = [_parameter_name(p) for p in parameters.named_children]
    name = node_text(identifier)
    if name not in names:
        return None
    index = names.index(name)
    callee = function.child_by_field_name("name")
    if callee is None and function.parent is not None and function.parent.type == "variable_declarator":
        callee = function.parent.child_by_field_name("name")
    wanted = node_text(callee) if callee is not None else ""
    for node in walk(root):
        if node.type != "call_expression" or node.start_point.row != caller - 1:
            continue
        called = node.child_by_field_name("function")
        arguments = node.child_by_field_name("arguments")
        if called is None or arguments is None or node_text(called).split(".")[-1] != wanted:
            continue
        given = arguments.named_children
        return given[index] if index < len(given) else None
    return None


def _parameter_name(node) -> str:
    """The bound name of one formal parameter (`x`, `x = 1`, `x: T`, `x?: T`)."""
    if node.type == "identifier":
        return node_text(node)
    for field in ("pattern", "left", "name"):
        inner = node.child_by_field_name(field)
        if inner is not None and inner.type == "identifier":
            return node_text(inner)
    return ""


def _unwrapped(node):
    while node.type in WRAPPERS and node.named_child_count:
        node = node.named_children[0]
    return node


def _definitions(node, path: str, roots):
    """(file, node whose line defines it, the value it gets or None) for one used expression.
    `roots`: every file's tree, the used expression's file first."""
    root = next(r for f, r in roots if f == path)
    here = [(path, root)]
    everywhere = [(f, r) for f, r in roots if r is not None]
    if node.type == "identifier":
        yield from ((path, d, v) for d, v in _variable(node, root))
    elif node.type == "member_expression" and not is_callee(node):
        prop = node.child_by_field_name("property")
        if prop is not None:
            yield from ((f, d, v) for f, r in everywhere for d, v in _field(node_text(prop), r))
    elif node.type == "call_expression":
        function = node.child_by_field_name("function")
        if function is None:
            return
        if function.type == "member_expression":
            prop = function.child_by_field_name("property")
            obj = function.child_by_field_name("object")
            if prop is not None and obj is not None and node_text(prop) in READS:
                yield from ((path, d, v) for d, v in _stores(node_text(obj), root))
                return
        name = node_text(function).split(".")[-1]
        for f, r in here + [(f, r) for f, r in everywhere if f != path]:
            found = [(f, d, v) for d, v in _returns(name, r)]
            if found:
                yield from found
                return
    elif node.type == "subscript_expression":
        obj = node.child_by_field_name("object")
        if obj is not None:
            yield from ((path, d, v) for d, v in _stores(node_text(obj), root))


def _enclosing_function(node):
    while node is not None and node.type not in FUNCTIONS:
        node = node.parent
    return node


def _variable(identifier, root):
    name = node_text(identifier)
    scope = _enclosing_function(identifier) or root
    for node in walk(scope):
        if node.start_byte >= identifier.start_byte and node.type != "variable_declarator":
            # a later assignment cannot have made the value used here (loops aside)
            continue
        if node.type == "variable_declarator":
            target = node.child_by_field_name("name")
            if target is not None and target.type == "identifier" and node_text(target) == name:
                yield node, node.child_by_field_name("value")
        elif node.type in ("assignment_expression", "augmented_assignment_expression"):
            left = node.child_by_field_name("left")
            if left is not None and left.type == "identifier" and node_text(left) == name:
                yield node, node.child_by_field_name("right")


def _field(name: str, root):
    for node in walk(root):
        if node.type == "pair":  # `{ name: value }`: an object built with the field
            key = node.child_by_field_name("key")
            if key is not None and node_text(key) == name:
                yield node, node.child_by_field_name("value")
            continue
        if node.type != "assignment_expression":
            continue
        left = node.child_by_field_name("left")
        if left is None or left.type != "member_expression":
            continue
        prop = left.child_by_field_name("property")
        if prop is not None and node_text(prop) == name:
            yield node, node.child_by_field_name("right")


def _returns(name: str, root):
    for node in walk(root):
        if node.type not in FUNCTIONS and node.type != "variable_declarator":
            continue
        named = node.child_by_field_name("name")
        if named is None or node_text(named) != name:
            continue
        body = (
            node.child_by_field_name("body")
            if node.type != "variable_declarator"
            else node.child_by_field_name("value")
        )
        if body is None:
            continue
        if node.type == "variable_declarator":  # const f = (...) => ...; any other value is no function
            if body.type not in FUNCTIONS:
                continue
            body = body.child_by_field_name("body")
            if body is None:
                continue
        if body.type != "statement_block":
            yield body, body  # an arrow function's expression body
            continue
        for inner in walk(body):
            if inner.type == "return_statement" and _enclosing_function(inner) in (
                node,
                node.child_by_field_name("value"),
            ):
                value = inner.named_children[0] if inner.named_child_count else None
                yield inner, value


def _stores(container: str, root):
    for node in walk(root):
        if node.type == "call_expression":
            parts = method_call(node)
            if parts is not None and node_text(parts[0]) == container and node_text(parts[1]) in STORES:
                yield node, None
        elif node.type == "assignment_expression":
            left = node.child_by_field_name("left")
            obj = (
                left.child_by_field_name("object")
                if left is not None and left.type == "subscript_expression"
                else None
            )
            if obj is not None and node_text(obj) == container:
                yield node, node.child_by_field_name("right")


# The methods that say which collection an empty literal was meant to be (`{}` has no get/set/has,
# `[]` no add/has), and the ones a Map and a Set share besides, which the code may call on it too.
COLLECTION_SIGNS = {"Map": frozenset({"get", "set", "has"}), "Set": frozenset({"add", "has"})}
COLLECTION_SHARED = frozenset({"delete", "clear", "forEach", "keys", "values", "entries"})
COLLECTION_LITERALS = {"object": "Map", "array": "Set"}


def collection_origins(text: str, path: str, *, line: int, message: str) -> list[tuple[int, str, str]]:
    """(line, new text, description): `counts.get is not a function` where `counts` is made as `{}` in
    the same function and called only with a Map's methods (get/set/has): made a `new Map()` where it
    is made, the one edit that serves every one of those calls, where the crash line's swaps serve one
    (a type-directed repair at the value's origin, as NPEfix's "replace by a new object"); likewise
    `[]` called with a Set's add/has made a `new Set()`."""
    name = _called_name(message)
    if not any(name in signs for signs in COLLECTION_SIGNS.values()):
        return []
    tree = parse(text, path)
    if tree is None:
        return []
    used = _used_value(nodes_on_line(tree.root_node, line), message)
    if used is None or used.type != "identifier":
        return []
    variable = node_text(used)
    scope = _enclosing_function(used) or tree.root_node
    called = {
        node_text(prop)
        for node in walk(scope)
        if node.type == "member_expression"
        and is_callee(node)
        and (obj := node.child_by_field_name("object")) is not None
        and node_text(obj) == variable
        and (prop := node.child_by_field_name("property")) is not None
    }
    data = encode(text)
    found = []
    for definition, value in _variable(used, tree.root_node):
        if (
            value is None
            or value.named_child_count
            or _enclosing_function(definition) != _enclosing_function(used)
        ):
            continue
        kind = COLLECTION_LITERALS.get(value.type, "")
        if kind and name in COLLECTION_SIGNS[kind] and called <= COLLECTION_SIGNS[kind] | COLLECTION_SHARED:
            edited = replace_span(data, value.start_byte, value.end_byte, f"new {kind}()")
            shown = "/".join(sorted(called))
            found.append((definition.start_point.row + 1, edited,
                          f"make {variable} a new {kind}(): it is called with {shown}, {kind} methods"))  # fmt: skip
    if name in COLLECTION_SIGNS["Map"]:
        found += _filled_map(tree.root_node, data, variable)
    return found


SHORTHANDS = ("shorthand_property_identifier", "shorthand_property_identifier_pattern")


def _filled_map(root, data: bytes, variable: str) -> list[tuple[int, str, str]]:
    """Round 56 (npm30; d401 hatter's `const FELT_PRICES = { beaver: 90, ... }` asked with `.get`): a
    module-level `const` object literal of plain `key: value` pairs whose every use in the file is a
    Map method call is the table the code means as a Map: made `new Map([['beaver', 90], ...])` where
    it is declared, the one edit that serves every call (indexing at the crash serves one). Not when
    the name is exported, shadowed, or used any other way (indexed, spread, passed, keyed by
    `Object.keys`), nor for a computed, numeric, method or spread member."""
    declarators = []
    for node in walk(root):
        if node.type == "identifier" and node_text(node) == variable:
            parent = node.parent
            if (
                parent is not None
                and parent.type == "variable_declarator"
                and parent.child_by_field_name("name") == node
            ):
                declarators.append(parent)
                continue
            if (
                parent is None
                or parent.type != "member_expression"
                or parent.child_by_field_name("object") != node
            ):
                return []
            prop = parent.child_by_field_name("property")
            maps = COLLECTION_SIGNS["Map"] | COLLECTION_SHARED
            if prop is None or node_text(prop) not in maps or not is_callee(parent):
                return []
        elif node.type in SHORTHANDS and node_text(node) == variable:
            return []  # `{ FELT_PRICES }`: handed on as it is
    if len(declarators) != 1:
        return []
    declarator = declarators[0]
    declaration, value = declarator.parent, declarator.child_by_field_name("value")
    if (
        value is None
        or value.type != "object"
        or declaration is None
        or declaration.type != "lexical_declaration"
        or not node_text(declaration).startswith("const")
        or declaration.parent is None
        or declaration.parent.type != "program"
    ):
        return []
    entries = []
    for member in value.named_children:
        if member.type == "comment":
            continue
        key = member.child_by_field_name("key") if member.type == "pair" else None
        if key is None or key.type not in ("property_identifier", "string"):
            return []
        quote = "'" if node_text(root).count("'") >= node_text(root).count('"') else '"'
        written = node_text(key) if key.type == "string" else f"{quote}{node_text(key)}{quote}"
        entries.append(f"[{written}, {node_text(member.child_by_field_name('value'))}]")
    if not entries:
        return []
    row = declaration.start_point.row
    indent = data.split(b"\n")[row][: declaration.start_point.column].decode(
        "utf-8", errors="surrogateescape"
    )
    if len(entries) > 1:
        # One entry a line, as Prettier prints an array of arrays.
        inner = "".join(f"\n{indent}  {entry}," for entry in entries)
        made = f"new Map([{inner}\n{indent}])"
    else:
        made = f"new Map([{entries[0]}])"
    edited = replace_span(data, value.start_byte, value.end_byte, made)
    return [(declarator.start_point.row + 1, edited,
             f"make {variable} a Map where it is declared: every use calls a Map method")]  # fmt: skip


ARRAY_USES = frozenset({"length", "map", "filter", "forEach", "join", "some", "every", "find", "reduce", "includes",
                        "indexOf", "slice", "concat", "push", "flatMap", "sort", "at", "entries", "keys", "values"})  # fmt: skip


def default_edits(text: str, path: str, *, lines: Sequence[int], message: str) -> list[tuple[int, str, str]]:
    """(line, new text, description): the value a definition line gives (or a function returns),
    defaulted to an empty array when the crash used it as one and it can be missing (`a && a.split('.')`
    is `undefined` when `a` is, `s.match(re)` is null when nothing matches) — the definition-site fix of a missing-value crash (NPEfix's "replace by a new object",
    applied where the value is made rather than where it is used)."""
    wanted = _read_name(message) or _called_name(message)
    if wanted not in ARRAY_USES and not ITERATING.search(message):
        return []
    tree = parse(text, path)
    if tree is None:
        return []
    data = encode(text)
    found = []
    for line in lines:
        for node in walk(tree.root_node):
            if node.start_point.row != line - 1 or node.type not in (
                "pair",
                "assignment_expression",
                "variable_declarator",
                "return_statement",
            ):
                continue
            value = node.child_by_field_name("value") or node.child_by_field_name("right")
            if node.type == "return_statement":
                # `return s.match(WORD);`: the function's result, where `f(...)` led (origin_places).
                value = next((c for c in node.named_children if c.type != "comment"), None)
            if value is None or value.type in ("array", "object", "number", "string", "template_string"):
                continue
            shown = node_text(value)
            if value.type == "binary_expression" and _operator_text(value) == "&&":
                left, right = value.child_by_field_name("left"), value.child_by_field_name("right")
                new = f"{node_text(left)} ? {node_text(right)} : []"
            else:
                new = (
                    f"({shown}) ?? []"
                    if value.type
                    not in ("identifier", "member_expression", "call_expression", "subscript_expression")
                    else f"{shown} ?? []"
                )
            edited = replace_span(data, value.start_byte, value.end_byte, new)
            found.append((line, edited, f"default {shown[:40]} to [] when it is missing"))
    return found


def _operator_text(node) -> str:
    return next((node_text(c) for c in node.children if not c.is_named), "")


# Methods that change their receiver in place and return something else (ECMAScript 23.1.3, 24.1.3,
# 24.2.3): push/unshift the new length, splice the removed elements, forEach/clear undefined, delete a
# boolean. Stored back over the receiver (`list = list.push(x)`), the next use finds a number.
MUTATOR_RESULTS = frozenset({"push", "unshift", "splice", "forEach", "clear", "delete"})


def mutator_results(
    sources: Mapping[str, str], *, file: str, line: int, message: str, frames: Sequence[tuple[str, int]] = ()
) -> list[tuple[str, int, str, str]]:
    """(file, line, new text, description): where the value that crashed was defined (origin_places),
    an in-place method's result assigned over its own receiver (`this.lines = this.lines.push(row)`)
    becomes the call alone: the receiver is the value the code goes on using."""
    found = []
    # The crash line too: the second `list = list.push(x)` crashes on the number the first stored.
    places = [(file, line), *origin_places(sources, file=file, line=line, message=message, frames=frames)]
    for path, row in places:
        text = sources.get(path)
        tree = parse(text, path) if text is not None else None
        if tree is None:
            continue
        for node in walk(tree.root_node):
            if node.type != "assignment_expression" or node.start_point.row != row - 1:
                continue
            left, right = node.child_by_field_name("left"), node.child_by_field_name("right")
            call = _unwrapped(right) if right is not None else None
            function = (
                call.child_by_field_name("function")
                if call is not None and call.type == "call_expression"
                else None
            )
            if left is None or function is None or function.type != "member_expression":
                continue
            method = function.child_by_field_name("property")
            receiver = function.child_by_field_name("object")
            if method is None or receiver is None or node_text(method) not in MUTATOR_RESULTS:
                continue
            if node_text(receiver) != node_text(left):
                continue
            edited = replace_span(encode(text), node.start_byte, node.end_byte, node_text(call))
            found.append((path, row, edited, f"call {node_text(left)}.{node_text(method)}(...) without storing its "
                                             f"result, which is not {node_text(left)}"))  # fmt: skip
    return found
