"""TYPE_ERROR candidates: type-directed templates for the common JavaScript TypeErrors.

The runtime message names what went wrong; the templates (in the spirit of PAR's
fix patterns and PyTER's type-directed repair) edit the expression it names:

- `x.p is not a function`: the closest method name that exists (built-in
  prototypes and the repository's own), or the property without the call;
- `Cannot read properties of undefined (reading 'p')`: the closest property name
  one step earlier in the chain, an index one off, optional chaining as a guard;
- `x is not iterable` / `x.map is not a function` on objects: iterate
  `Object.values(x)`;
- `Assignment to constant variable.`: declare it with `let`;
- `X is not a constructor` / `Class constructor X cannot be invoked without 'new'`;
- wrong argument count (tsc TS2554, or a callee that received undefined): the
  missing argument from a same-named binding in scope, or the extra one dropped;
- tsc's assignability diagnostics: convert with String()/Number(), or take the
  name tsc suggests ("Did you mean 'x'?").
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterator, Mapping
from functools import partial

from healer.engine.javascript.fixers.base import Candidate, parsing, replace_nodes, replace_span
from healer.engine.javascript.fixers.class_members import class_member_candidates
from healer.engine.javascript.fixers.imports import declared_names
from healer.engine.javascript.fixers.logic import REDUCERS
from healer.engine.javascript.fixers.v8_types import (
    binds_name,
    bound_names,
    missing_iterable_candidates,
    v8_type_candidates,
)
from healer.engine.javascript.syntax import encode, method_call, node_text, nodes_on_line, parse, walk

# Methods of String, Array, Object, Map, Set, Promise, Number and Date prototypes.
BUILTIN_METHODS = frozenset(
    [
        "charAt",
        "charCodeAt",
        "codePointAt",
        "concat",
        "endsWith",
        "includes",
        "indexOf",
        "lastIndexOf",
        "localeCompare",
        "match",
        "matchAll",
        "normalize",
        "padEnd",
        "padStart",
        "repeat",
        "replace",
        "replaceAll",
        "search",
        "slice",
        "split",
        "startsWith",
        "substring",
        "toLowerCase",
        "toUpperCase",
        "toLocaleLowerCase",
        "toLocaleUpperCase",
        "trim",
        "trimEnd",
        "trimStart",
        "at",
        "every",
        "fill",
        "filter",
        "find",
        "findIndex",
        "findLast",
        "findLastIndex",
        "flat",
        "flatMap",
        "forEach",
        "join",
        "keys",
        "map",
        "pop",
        "push",
        "reduce",
        "reduceRight",
        "reverse",
        "shift",
        "some",
        "sort",
        "splice",
        "unshift",
        "values",
        "entries",
        "toSorted",
        "toReversed",
        "hasOwnProperty",
        "toString",
        "valueOf",
        "get",
        "set",
        "has",
        "delete",
        "clear",
        "add",
        "then",
        "catch",
        "finally",
        "toFixed",
        "toPrecision",
        "getTime",
        "getFullYear",
        "getMonth",
        "getDate",
        "getDay",
        "getHours",
        "toISOString",
    ]
)
PROPERTIES = ("length", "size", "name", "message", "byteLength")
# Methods only strings have, and only numbers have: `value.padStart` on a number is the right
# method on the wrong type, so the receiver is converted (PAR's "expression adder" around the
# receiver; PyTER's type-directed casts).
STRING_ONLY = frozenset({"padStart", "padEnd", "toUpperCase", "toLowerCase", "toLocaleUpperCase",
                         "toLocaleLowerCase", "trim", "trimStart", "trimEnd", "split", "charAt",
                         "charCodeAt", "codePointAt", "startsWith", "endsWith", "repeat", "replace",
                         "replaceAll", "match", "matchAll", "normalize", "localeCompare", "substring",
                         "search"})  # fmt: skip
NUMBER_ONLY = frozenset({"toFixed", "toPrecision", "toExponential"})
# Methods of Array that no other iterable built-in (Set, Map, String) has.
ARRAY_ONLY = frozenset({"map", "filter", "reduce", "reduceRight", "find", "findIndex", "findLast",
                        "findLastIndex", "some", "every", "flatMap", "flat", "join", "sort", "reverse",
                        "toSorted", "toReversed"})  # fmt: skip


# Methods only Dates have: an ISO string or a timestamp where a Date was meant is made one.
DATE_ONLY = frozenset({"getTime", "getFullYear", "getMonth", "getDate", "getDay", "getHours", "getMinutes",
                       "getSeconds", "getMilliseconds", "getUTCFullYear", "getUTCMonth", "getUTCDate",
                       "getUTCDay", "getUTCHours", "getUTCMinutes", "getUTCSeconds", "getTimezoneOffset",
                       "toISOString", "toDateString", "toTimeString", "toUTCString"})  # fmt: skip


def receiver_conversion(method: str) -> str:
    """The conversion that gives a receiver the method: "String", "Number", "new Date" or ""."""
    if method in DATE_ONLY:
        return "new Date"
    return "String" if method in STRING_ONLY else "Number" if method in NUMBER_ONLY else ""


# V8 shows a call's result in the chain as "(...)": `Object.keys(...).include is not a function`, and
# a value it cannot name (`new Set(words)`) as "(intermediate value)".
NOT_FUNCTION = re.compile(
    r"^(?:\(0\s*,\s*)?(?P<chain>(?:\(intermediate value\)\.)?(?:[\w$]+(?:\(\.\.\.\))?(?:\[[^\]]*\])?\.)*)"
    r"(?P<name>[\w$]+)\)? is not a function"
)
UNDEFINED_READ = re.compile(
    r"Cannot read propert(?:y|ies) of (?:undefined|null)(?: \(reading '(?P<name>[^']*)'\))?"
)
NOT_ITERABLE = re.compile(r"^(?P<name>[\w$.]+) is not iterable")
NOT_CONSTRUCTOR = re.compile(r"^(?P<name>[\w$.]+) is not a constructor")
NEEDS_NEW = re.compile(r"^Class constructor (?P<name>[\w$]+) cannot be invoked without 'new'")
# TS2551/TS2552/TS2724 "Did you mean 'x'?"; TS2561 (an object literal's excess key) "Did you mean to
# write 'x'?", whose tsc code fix (fixSpelling) respells the key as the declared property.
DID_YOU_MEAN = re.compile(r"Did you mean (?:to write )?'(?P<name>[\w$]+)'")
ARG_COUNT = re.compile(r"Expected (?P<want>\d+)(?:-(?P<most>\d+))? arguments?, but got (?P<got>\d+)")


def type_error_candidates(
    text: str,
    path: str,
    *,
    line: int,
    message: str,
    methods: tuple[str, ...] = (),
    properties: tuple[str, ...] = (),
    arities: Mapping[str, frozenset[int]] | None = None,
    shapes: tuple[frozenset[str], ...] = (),
    texts: frozenset[str] = frozenset(),
) -> list[Candidate]:
    """Candidates for a runtime TypeError (or a tsc type diagnostic) at `line`.

    `methods`/`properties`: names the repository defines (class methods, object
    keys), searched besides the built-in ones. `arities`: how many parameters each of
    the repository's methods declares (method_arities). `shapes`: the key sets of the
    repository's object literals (object_shapes). `texts`: receivers the project shows are text
    (made_lists.text_receivers), never spread into characters.
    """
    tree = parse(text, path)
    if tree is None:
        return []
    data = encode(text)
    on_line = nodes_on_line(tree.root_node, line)
    generated: list[Candidate] = []
    for template in (
        # A Date getter indexing a table of another length: the strongest evidence on the line.
        _date_getter_index,
        # A static member read through `this`, a write to a getter-only accessor (class_members).
        class_member_candidates,
        # V8's message names the value's kind (an uncalled iterator method, a missing iterable, a Map
        # read as an object): the use its type supports, before the templates that respell names.
        v8_type_candidates,
        partial(_not_function, arities=arities or {}, texts=texts),
        partial(_through_field, shapes=shapes),
        _undefined_read,
        _empty_reduce,
        _not_iterable,
        missing_iterable_candidates,
        _constant,
        _non_global,
        _constructor,
        _did_you_mean,
        _convert,
    ):
        generated += list(template(text, data, path, line, message, on_line, methods, properties))
    return parsing(generated, original=text, path=path)


def _member_calls(nodes, name: str):
    for node in nodes:
        if node.type == "call_expression":
            function = node.child_by_field_name("function")
            if function is not None and function.type == "member_expression":
                prop = function.child_by_field_name("property")
                if prop is not None and node_text(prop) == name:
                    yield node, function, prop


# One question, asked in each built-in collection's words: an Array's `includes` is a Set's or a Map's
# `has`, an Array's `push` a Set's `add` (a receiver whose type the code does not show, so the
# table of the sandbox's Node, fixers/builtins.py, cannot tell it).
COLLECTION_SIBLINGS = {"includes": ("has",), "has": ("includes",), "push": ("add",), "add": ("push",)}


def _not_function(
    text, data, path, line, message, nodes, methods, properties, *, arities, texts=frozenset()
) -> Iterator[Candidate]:
    match = NOT_FUNCTION.match(message)
    if not match:
        return
    name = match["name"]
    pool = sorted(set(BUILTIN_METHODS) | set(methods))
    conversion = receiver_conversion(name) if name not in methods else ""
    # Converting whatever arrives also silences a wrong value made elsewhere (a Promise turned into
    # "[object Promise]"): a guard, a fix only when its targeted tests pass. A Date made of a wrong
    # value is an Invalid Date whose every reading is NaN, which no test takes for a right value.
    guard = conversion != "new Date"
    calls = list(_member_calls(nodes, name))
    receivers = [f.child_by_field_name("object") for _, f, _ in calls]
    if conversion and len(receivers) > 1 and all(r is not None for r in receivers):
        # `(finished.at.getTime() - started.at.getTime())`: the values of one kind on the line are all
        # of the other type, and a fix of the first only moves the crash to the second.
        edited = replace_nodes(data, {obj: f"{conversion}({node_text(obj)})" for obj in receivers})
        yield Candidate(path, edited, line,
                        f"convert every receiver of '{name}' on the line with {conversion}()", guard=guard)  # fmt: skip
    for call, function, prop in calls:
        close = difflib.get_close_matches(name, [m for m in pool if m != name], n=3, cutoff=0.6)
        obj = function.child_by_field_name("object")
        if obj is not None and conversion:
            converted = f"{conversion}({node_text(obj)})"
            # `String(h.left).padStart(3)` beside `h.scored.padStart(3)`: the code converts a sibling
            # field of the same object so, the evidence that the value is of the type that needs it
            # (a conversion the code already makes, not one that hides a wrong value): a fix on its own.
            sibling = _sibling_converted(obj, conversion) or _converted_for_method(
                call, obj, conversion, name
            )
            yield Candidate(path, replace_span(data, obj.start_byte, obj.end_byte, converted), line,
                            f"convert {node_text(obj)[:40]} with {conversion}() before calling '{name}'"
                            + (f", as {sibling} is" if sibling else ""),
                            guard=guard and not sibling)  # fmt: skip
        plain = obj is not None and _declared_object(obj)
        iterating = obj is not None and name in (
            "map",
            "filter",
            "forEach",
            "reduce",
            "find",
            "some",
            "every",
        )
        if iterating and plain:
            # Declared as an object literal: it has no Array method at all, so another Array method
            # name cannot help; iterating its entries/values/keys comes first.
            yield from _object_iterations(data, path, line, call, obj, name)
        # Not text the project writes as a separated field: its characters are no list (round 56).
        if obj is not None and name in ARRAY_ONLY and not plain and node_text(obj) not in texts:
            # A Set, a Map's entries or a string's characters, iterable but not an Array (PyTER's
            # type-directed conversion of the receiver): spread into one.
            spread = f"[...{node_text(obj)}]"
            yield Candidate(path, replace_span(data, obj.start_byte, obj.end_byte, spread), line,
                            f"spread {node_text(obj)[:40]} into an array before calling '{name}'")  # fmt: skip
        for other in COLLECTION_SIBLINGS.get(name, ()):
            yield Candidate(path, replace_span(data, prop.start_byte, prop.end_byte, other), line,
                            f"call '{other}' instead of '{name}': the same question of another kind of collection")  # fmt: skip
        for better in close:
            yield Candidate(path, replace_span(data, prop.start_byte, prop.end_byte, better), line,
                            f"call '{better}' instead of '{name}', which is not a function")  # fmt: skip
        yield from _same_arity_methods(data, path, line, call, prop, name, arities, skip=close)
        arguments = call.child_by_field_name("arguments")
        if arguments is not None and node_text(arguments).replace(" ", "") == "()":
            yield Candidate(path, replace_span(data, function.end_byte, call.end_byte, ""), line,
                            f"read the property '{name}' instead of calling it")  # fmt: skip
        if iterating and not plain:
            yield from _object_iterations(data, path, line, call, obj, name)


def _object_iterations(data, path, line, call, obj, name: str) -> Iterator[Candidate]:
    """An Array method called on a plain object: iterate its entries, values or keys (JavaScript's
    Object.entries/values/keys; PyTER's type-directed receiver conversion). The callback's first
    parameter says which: a `[key, value]` pattern destructures entries, so Object.entries goes
    first; otherwise the values, then the keys."""
    kinds = ["values", "entries", "keys"]
    if _callback_takes_pairs(call, reducer=name == "reduce"):
        kinds = ["entries", "values", "keys"]
    for kind in kinds:
        wrapped = f"Object.{kind}({node_text(obj)})"
        yield Candidate(path, replace_span(data, obj.start_byte, obj.end_byte, wrapped), line,
                        f"iterate the object's {kind} with Object.{kind} before '{name}'")  # fmt: skip


def _declared_object(obj) -> bool:
    """Whether `obj` is a name the file declares as an object literal (`const T = { ... }`): a plain
    object is not iterable, so spreading it cannot be the fix (JavaScript's iteration protocol)."""
    if obj.type != "identifier":
        return False
    root = obj
    while root.parent is not None:
        root = root.parent
    wanted = node_text(obj)
    for node in walk(root):
        if node.type == "variable_declarator":
            name, value = node.child_by_field_name("name"), node.child_by_field_name("value")
            if name is not None and value is not None and node_text(name) == wanted:
                return value.type == "object"
    return False


def _callback_takes_pairs(call, *, reducer: bool) -> bool:
    """Whether the call's callback destructures its element as a two-or-more-item array pattern."""
    arguments = call.child_by_field_name("arguments")
    given = arguments.named_children if arguments is not None else []
    callback = given[0] if given else None
    if callback is None or callback.type not in ("arrow_function", "function_expression", "function"):
        return False
    parameters = callback.child_by_field_name("parameters") or callback.child_by_field_name("parameter")
    if parameters is None:
        return False
    named = [parameters] if parameters.type != "formal_parameters" else parameters.named_children
    element = named[1] if reducer and len(named) > 1 else named[0] if named else None
    while element is not None and element.type in (
        "required_parameter",
        "optional_parameter",
        "assignment_pattern",
    ):
        element = element.child_by_field_name("pattern") or element.child_by_field_name("left")
    return element is not None and element.type == "array_pattern" and len(element.named_children) >= 2


def _converted_for_method(call, obj, conversion: str, name: str) -> str:
    """`String(running).padStart(5)` beside `endTotal(end).padStart(3)`: the function around the call
    already converts another receiver of the same method with the same conversion, the code's own
    evidence that values reaching that method are of the other type (as _sibling_converted, by method
    rather than by object); "" when it does not."""
    if conversion.startswith("new "):
        return ""
    scope = call.parent
    while scope is not None and scope.type not in FUNCTION_NODES:
        scope = scope.parent
    for node in walk(scope) if scope is not None else ():
        if node.type != "member_expression" or node.start_byte == obj.start_byte:
            continue
        prop, receiver = node.child_by_field_name("property"), node.child_by_field_name("object")
        if prop is None or receiver is None or node_text(prop) != name or receiver.type != "call_expression":
            continue
        function = receiver.child_by_field_name("function")
        if function is not None and node_text(function) == conversion:
            return node_text(receiver)
    return ""


def _sibling_converted(obj, conversion: str) -> str:
    """`String(h.left)` when `obj` is `h.scored` and the function around it converts another field of `h`
    with `conversion`; "" when it converts none."""
    if obj.type != "member_expression" or conversion.startswith("new "):
        return ""
    owner, field = (
        node_text(obj.child_by_field_name("object")),
        node_text(obj.child_by_field_name("property")),
    )
    scope = obj.parent
    while scope is not None and scope.type not in FUNCTION_NODES:
        scope = scope.parent
    for node in walk(scope) if scope is not None else ():
        function, arguments = node.child_by_field_name("function"), node.child_by_field_name("arguments")
        if (
            node.type != "call_expression"
            or function is None
            or arguments is None
            or node_text(function) != conversion
        ):
            continue
        given = arguments.named_children
        if (
            len(given) == 1
            and given[0].type == "member_expression"
            and node_text(given[0].child_by_field_name("object")) == owner
            and node_text(given[0].child_by_field_name("property")) != field
        ):
            return node_text(node)
    return ""


def _through_field(
    text, data, path, line, message, nodes, methods, properties, *, shapes
) -> Iterator[Candidate]:
    """`matcher.test(s)` where matcher is `{ pattern, negated, regex }`: the method belongs to one of the
    object's fields (`matcher.regex.test(s)`). The object is recognised by the other fields the code
    reads from the same receiver (`matcher.negated`) among the repository's object literals; a
    missing step in a member chain, the "insert a field access" edit of PAR's expression templates."""
    match = NOT_FUNCTION.match(message)
    if not match or not shapes:
        return
    name = match["name"]
    for _, function, _prop in _member_calls(nodes, name):
        obj = function.child_by_field_name("object")
        if obj is None:
            continue
        receiver = node_text(obj)
        scope = obj
        while scope.parent is not None and scope.type not in ("statement_block", "program"):
            scope = scope.parent
        read = {
            node_text(p)
            for n in walk(scope)
            if n.type == "member_expression"
            and (o := n.child_by_field_name("object")) is not None and node_text(o) == receiver
            and (p := n.child_by_field_name("property")) is not None
        } - {name}  # fmt: skip
        if not read:
            continue
        fields = sorted(
            {key for shape in shapes if read <= shape and name not in shape for key in shape} - read
        )
        for field in fields:
            yield Candidate(path, replace_span(data, obj.end_byte, obj.end_byte, f".{field}"), line,
                            f"call '{name}' on {receiver[:40]}.{field}: {receiver[:40]} has no method '{name}'")  # fmt: skip


def object_shapes(texts: Mapping[str, str]) -> tuple[frozenset[str], ...]:
    """The key sets of the object literals in the repository's files (`{ pattern, negated, regex }`)."""
    shapes = set()
    for path, text in texts.items():
        tree = parse(text, path)
        for node in walk(tree.root_node) if tree is not None else ():
            if node.type != "object":
                continue
            keys = literal_keys(node, methods=True)
            if len(keys) > 1:
                shapes.add(frozenset(keys))
    return tuple(sorted(shapes, key=sorted))


def literal_keys(node, *, methods: bool = False) -> dict:
    """key -> its node, for the plain keys of an object literal (`{ a, b: 1 }`; `{ m() {} }` too with
    `methods`)."""
    keys = {}
    for child in node.named_children:
        if child.type == "shorthand_property_identifier":
            keys[node_text(child)] = child
        elif child.type == "pair" or (methods and child.type == "method_definition"):
            key = child.child_by_field_name("key") or child.child_by_field_name("name")
            if key is not None and key.type == "property_identifier":
                keys[node_text(key)] = key
    return keys


# The class members that hold a value (JavaScript's and TypeScript's grammars).
FIELDS = ("field_definition", "public_field_definition")
# Other methods of the repository tried for one that does not exist, at most.
MAX_SAME_ARITY = 4


def _same_arity_methods(data, path, line, call, prop, name, arities, *, skip) -> Iterator[Candidate]:
    """`graph.neighbours(node)` where no code defines `neighbours`: the repository's methods
    that take as many arguments as the call passes, closest names first — the method meant under
    another name (PAR's "method replacer", Kim et al., ICSE 2013, restricted by arity as its
    templates restrict replacements to compatible signatures). The closest names by spelling go
    first (`skip`: the caller tries them); these come after."""
    if name in arities or name in BUILTIN_METHODS:
        return
    arguments = call.child_by_field_name("arguments")
    count = len(arguments.named_children) if arguments is not None else 0
    fitting = [m for m, counts in arities.items() if count in counts and m != name and m not in skip]
    ranked = sorted(fitting, key=lambda m: (-difflib.SequenceMatcher(None, name, m).ratio(), m))
    for other in ranked[:MAX_SAME_ARITY]:
        yield Candidate(path, replace_span(data, prop.start_byte, prop.end_byte, other), line,
                        f"call '{other}' (it takes {count} argument(s)) instead of '{name}', which no code defines")  # fmt: skip


def method_arities(texts: Mapping[str, str]) -> dict[str, frozenset[int]]:
    """Method name -> the numbers of parameters its definitions in the repository declare (a
    default or rest parameter makes fewer or more arguments fit)."""
    found: dict[str, set[int]] = {}
    for path, text in texts.items():
        tree = parse(text, path)
        if tree is None:
            continue
        for node in walk(tree.root_node):
            # A class field holding a function (`describe = () => …`) is a method its instances have too:
            # left out, "no code defines" it would be false and its calls would be "repaired".
            value = node.child_by_field_name("value") if node.type in FIELDS else None
            if value is not None and value.type in ("arrow_function", "function_expression", "function"):
                name, parameters = (
                    node.child_by_field_name("name") or node.child_by_field_name("property"),
                    (value.child_by_field_name("parameters") or value.child_by_field_name("parameter")),
                )
                if name is not None and parameters is not None and parameters.type == "identifier":
                    found.setdefault(node_text(name), set()).add(1)
                    continue
            elif node.type != "method_definition":
                continue
            else:
                name, parameters = node.child_by_field_name("name"), node.child_by_field_name("parameters")
            if name is None or parameters is None or node_text(name) == "constructor":
                continue
            params = [p for p in parameters.named_children if p.type != "comment"]
            required = [p for p in params if p.type not in ("assignment_pattern", "rest_pattern", "optional_parameter")
                        and "=" not in node_text(p)]  # fmt: skip
            most = (
                64 if any(p.type == "rest_pattern" or "..." in node_text(p) for p in params) else len(params)
            )
            found.setdefault(node_text(name), set()).update(range(len(required), min(most, 64) + 1))
    return {name: frozenset(counts) for name, counts in found.items()}


def _undefined_read(text, data, path, line, message, nodes, methods, properties) -> Iterator[Candidate]:
    match = UNDEFINED_READ.search(message)
    if not match:
        return
    wanted = match["name"] or ""
    members = [n for n in nodes if n.type in ("member_expression", "subscript_expression")]
    pool = sorted(set(properties))
    widened: set[int] = set()
    bounded: set[int] = set()
    for member in members:
        prop = member.child_by_field_name("property")
        obj = member.child_by_field_name("object")
        if obj is None or (wanted and prop is not None and node_text(prop) != wanted):
            continue
        yield from _widened_check(data, path, line, member, obj, message, widened)
        yield from _table_key(data, path, line, obj)
        yield from _bounds_check(data, path, line, obj, bounded)
        yield from _earlier_property(data, path, line, obj, pool)
        yield from _index_shift(data, path, line, obj)
        if member.type == "member_expression" and prop is not None:
            dot = obj.end_byte
            if _returned_as_null(member):
                # The function's declared result says a missing value is `null`, not `undefined`:
                # the guard's undefined converted to it (type-directed, round 53, npm27).
                guarded = f"{node_text(obj)}?.{node_text(prop)} ?? null"
                yield Candidate(path, replace_nodes(data, {member: guarded}), line,
                                f"guard the read of '{node_text(prop)}' with optional chaining, null when missing as the signature says", guard=True)  # fmt: skip
            yield Candidate(path, replace_span(data, dot, prop.start_byte, "?."), line,
                            f"guard the read of '{node_text(prop)}' with optional chaining", guard=True)  # fmt: skip
        index = member.child_by_field_name("index")
        if (
            member.type == "subscript_expression"
            and index is not None
            and (index.type not in ("number", "string") or node_text(index).strip("'\"") in (wanted, ""))
        ):
            # `entry[1]` of what find() did not find: `entry?.[1]`, the same guard for an index (a
            # literal index only when it is the one the message names).
            yield Candidate(path, replace_span(data, obj.end_byte, obj.end_byte, "?."), line,
                            f"guard the read of [{node_text(index)}] with optional chaining", guard=True)  # fmt: skip


def _returned_as_null(member) -> bool:
    """Whether `member` is what a function returns whose declared result type admits `null` and not
    `undefined` (`(): string | null`)."""
    parent = member.parent
    if parent is None or parent.type not in ("return_statement", "arrow_function"):
        return False
    function = parent
    while function is not None and function.type not in FUNCTIONS:
        function = function.parent
    if function is None or (
        parent.type == "arrow_function"
        and getattr(function.child_by_field_name("body"), "id", None) != member.id
    ):
        return False
    annotation = function.child_by_field_name("return_type")
    kinds = (
        {part.strip() for part in node_text(annotation).lstrip(":").split("|")}
        if annotation is not None
        else set()
    )
    return "null" in kinds and "undefined" not in kinds


NULLISH_READ = re.compile(r"Cannot read propert(?:y|ies) of (?P<value>undefined|null)")
STRICT = {"===": "==", "!==": "!="}


def _widened_check(data, path, line, member, obj, message, done: set[int]) -> Iterator[Candidate]:
    """`current === undefined ? undefined : current[key]` crashing on null: the code already checks
    the value before the read, for the other nullish value only. Widen the check to both
    (`current == null`): the missing case of an existing condition, as PAR's "null pointer
    checker" adds one, but on the code's own check instead of a new guard around the read."""
    kind = NULLISH_READ.search(message)
    if kind is None:
        return
    other = "undefined" if kind["value"] == "null" else "null"
    name = node_text(obj)
    scope = member.parent
    while scope is not None and scope.type not in FUNCTION_NODES:
        scope = scope.parent
    for node in walk(scope) if scope is not None else []:
        if node.type != "binary_expression" or node.start_byte > member.start_byte or node.start_byte in done:
            continue
        operator = node.child_by_field_name("operator")
        left, right = node.child_by_field_name("left"), node.child_by_field_name("right")
        if operator is None or left is None or right is None or node_text(operator) not in STRICT:
            continue
        sides = {node_text(left), node_text(right)}
        if sides != {name, other}:
            continue
        done.add(node.start_byte)
        loose = STRICT[node_text(operator)]
        row = node.start_point[0] + 1
        yield Candidate(path, replace_span(data, node.start_byte, node.end_byte, f"{name} {loose} null"), row,
                        f"check {name} {loose} null: it is {kind['value']} here, not only {other}")  # fmt: skip


BOUND = re.compile(r"^(?P<index>[\w$.]+) (?:<|<=|>=|>) (?:0|(?P<array>[\w$.\[\]]+)\.length)$")


def _bounds_check(data, path, line, obj, done: set[int]) -> Iterator[Candidate]:
    """`col >= 0 && col < grid[row].length && grid[row][col]` reading a row past the grid: the
    condition checks one index's bounds and not the other's. The missing check is added to the whole
    condition, before its first clause (`row >= 0 && row < grid.length && …`): the existing clauses are
    the evidence that an index out of range is an expected input (a fix, as PAR's "range checker"
    adds one), so the edit is more than a guard only there; elsewhere it must pass its tests."""
    if obj.type != "subscript_expression":
        return
    array, index = obj.child_by_field_name("object"), obj.child_by_field_name("index")
    chain = obj.parent
    while chain is not None and not (chain.type == "binary_expression" and operator_text(chain) == "&&"):
        if chain.type.endswith(("statement", "declaration", "declarator")) or chain.type in FUNCTION_NODES:
            return  # the read is in no condition
        chain = chain.parent
    while (
        chain is not None
        and chain.parent is not None
        and (
            chain.parent.type == "parenthesized_expression"
            or (chain.parent.type == "binary_expression" and operator_text(chain.parent) == "&&")
        )
    ):
        chain = chain.parent
    if array is None or index is None or chain is None or chain.start_byte in done:
        return
    done.add(chain.start_byte)
    name, items = node_text(index), node_text(array)
    clauses = [n for n in walk(chain) if n.type == "binary_expression" and operator_text(n) != "&&"]
    bounds = [m for n in clauses if (m := BOUND.match(node_text(n)))]
    if any(m["index"] == name for m in bounds):
        return  # the index is checked already: the crash is not its range
    check = f"{name} >= 0 && {name} < {items}.length && "
    yield Candidate(path, replace_span(data, chain.start_byte, chain.start_byte, check), chain.start_point.row + 1,
                    f"check {name} is inside {items[:40]} before reading {node_text(obj)[:40]}"
                    + (f", as {bounds[0]['index']} is" if bounds else ""), guard=not bounds)  # fmt: skip


def unstarted_reduce(call):
    """The `reduce` call without its start (one argument), or None."""
    function = call.child_by_field_name("function") if call.type == "call_expression" else None
    arguments = call.child_by_field_name("arguments")
    if function is None or arguments is None or function.type != "member_expression":
        return None
    if (
        node_text(function.child_by_field_name("property")) not in REDUCERS
        or arguments.named_child_count != 1
    ):
        return None
    return call


def started_reduce(data: bytes, call, start: str) -> tuple[int, str, str]:
    arguments = call.child_by_field_name("arguments")
    callback = arguments.named_children[0]
    method = node_text(call.child_by_field_name("function").child_by_field_name("property"))
    return (call.start_point[0] + 1, replace_span(data, callback.end_byte, callback.end_byte, f", {start}"),
            f"start the {method} from {start}: without it the first element is the accumulator")  # fmt: skip


EMPTY_REDUCE = re.compile(r"^Reduce of empty array with no initial value")
# The start a reduce's accumulator needs, by the operator it meets in the callback's body.
REDUCE_STARTS = {"+": ("0", "''"), "-": ("0",), "*": ("1",), "/": ("1",)}


def _empty_reduce(text, data, path, line, message, nodes, methods, properties) -> Iterator[Candidate]:
    """`readings.reduce((sum, r) => sum + watts(r))` on an empty array: the start it lacks, of the type
    the callback's arithmetic gives its accumulator (`0` for a sum, `1` for a product)."""
    if not EMPTY_REDUCE.match(message):
        return
    for node in nodes:
        call = unstarted_reduce(node) if node.type == "call_expression" else None
        callback = call.child_by_field_name("arguments").named_children[0] if call is not None else None
        body = callback.child_by_field_name("body") if callback is not None else None
        if body is None or body.type != "binary_expression":
            continue
        for start in REDUCE_STARTS.get(operator_text(body), ()):
            row, new, what = started_reduce(data, call, start)
            yield Candidate(path, new, row, what)


def _table_key(data, path, line, obj) -> Iterator[Candidate]:
    """`SPECIES[f.name].adultCm` where the lookup missed and another read of the same table is keyed by
    `SPECIES[f.species]`: index it by that field of the same object (`f.species`; a whole object used as
    the key, `SPECIES[f]`, likewise). The table's other lookups are the evidence of which field holds its
    keys (the code's own usage as the fix ingredient, as ssFix and CapGen take theirs from the program),
    so this is more than a guard, and it goes before the index shifts."""
    if obj.type != "subscript_expression":
        return
    table, index = obj.child_by_field_name("object"), obj.child_by_field_name("index")
    if table is None or index is None:
        return
    if index.type == "member_expression":
        owner, field = index.child_by_field_name("object"), node_text(index.child_by_field_name("property"))
    elif index.type == "identifier":
        owner, field = index, ""
    else:
        return
    if owner is None:
        return
    root = obj
    while root.parent is not None:
        root = root.parent
    keys: list[str] = []
    for node in walk(root):
        if node.type != "subscript_expression" or node.start_byte == obj.start_byte:
            continue
        other, key = node.child_by_field_name("object"), node.child_by_field_name("index")
        if (
            other is None
            or key is None
            or node_text(other) != node_text(table)
            or key.type != "member_expression"
        ):
            continue
        name = node_text(key.child_by_field_name("property"))
        if name and name != field and name not in keys:
            keys.append(name)
    for name in keys:
        new = f"{node_text(owner)}.{name}"
        yield Candidate(path, replace_span(data, index.start_byte, index.end_byte, new), line,
                        f"look {node_text(table)[:30]} up by {new}, the field its other lookups use")  # fmt: skip


def operator_text(node) -> str:
    operator = node.child_by_field_name("operator")
    return node_text(operator) if operator is not None else ""


FUNCTION_NODES = frozenset({"function_declaration", "function_expression", "arrow_function", "method_definition",
                            "generator_function_declaration", "function", "program"})  # fmt: skip


def _earlier_property(data, path, line, obj, pool) -> Iterator[Candidate]:
    """`order.itmes.length`: the property before the failing read is misspelt."""
    if obj.type != "member_expression":
        return
    prop = obj.child_by_field_name("property")
    if prop is None:
        return
    name = node_text(prop)
    root = obj
    while root.parent is not None:
        root = root.parent
    # Other lines read the same name too (`match.sets` in three functions): the one read is no slip, so
    # renaming it only steers around the missing value (d89's `match.set.push`), a guard.
    elsewhere = any(
        n.type == "member_expression" and n.start_point.row != obj.start_point.row
        and node_text(n.child_by_field_name("property")) == name
        for n in walk(root)
    )  # fmt: skip
    for better in difflib.get_close_matches(name, [p for p in pool if p != name], n=3, cutoff=0.6):
        yield Candidate(path, replace_span(data, prop.start_byte, prop.end_byte, better), line,
                        f"read '{better}' instead of the missing '{name}'", guard=elsewhere)  # fmt: skip


def _index_shift(data, path, line, obj) -> Iterator[Candidate]:
    """`items[i].price` past the end: the index is one off."""
    if obj.type != "subscript_expression":
        return
    index = obj.child_by_field_name("index")
    if index is None:
        return
    value = node_text(index)
    for shifted in (f"{value} - 1", f"{value} + 1"):
        yield Candidate(path, replace_span(data, index.start_byte, index.end_byte, shifted), line,
                        f"index with {shifted} instead of {value}")  # fmt: skip


# How many values each Date getter returns (ECMAScript's Date.prototype getters): a table indexed by
# one of them has that many rows, so a table of another length was meant for a sibling getter.
DATE_GETTER_SIZES = {"Day": 7, "Month": 12, "Hours": 24, "Date": 31, "Minutes": 60, "Seconds": 60}
DATE_GETTER = re.compile(r"^get(?P<utc>UTC)?(?P<unit>Day|Month|Hours|Date|Minutes|Seconds)$")


def _date_getter_index(text, data, path, line, message, nodes, methods, properties) -> Iterator[Candidate]:
    """`HOURS[d.getUTCDate()]` where HOURS has seven rows: an element read past the table's end
    (`undefined is not iterable`, `Cannot read properties of undefined`) because a sibling getter was
    meant (getDate, the day of the month, for getDay, the weekday: a classic JavaScript slip). The
    getter whose range is the length of the array literal the file declares replaces it."""
    if not (NOT_ITERABLE.match(message) or UNDEFINED_READ.search(message)):
        return
    tables = _array_literal_lengths(nodes)
    done: set[int] = set()
    for node in nodes:
        for sub in walk(node):
            if sub.type != "subscript_expression" or sub.start_byte in done:
                continue
            obj, index = sub.child_by_field_name("object"), sub.child_by_field_name("index")
            size = tables.get(node_text(obj)) if obj is not None else None
            pair = method_call(index) if index is not None and size else None
            getter = DATE_GETTER.match(node_text(pair[1])) if pair else None
            if getter is None or DATE_GETTER_SIZES[getter["unit"]] == size:
                continue
            done.add(sub.start_byte)
            for unit, rows in DATE_GETTER_SIZES.items():
                if rows == size:
                    better = f"get{getter['utc'] or ''}{unit}"
                    yield Candidate(path, replace_span(data, pair[1].start_byte, pair[1].end_byte, better), line,
                                    f"index {node_text(obj)[:30]} ({size} rows) by {better}(), not {node_text(pair[1])}()")  # fmt: skip


def _array_literal_lengths(nodes) -> dict[str, int]:
    """Name -> element count of the array literals the file declares (`const T = [a, b, c]`)."""
    root = nodes[0] if nodes else None
    while root is not None and root.parent is not None:
        root = root.parent
    found = {}
    for node in walk(root) if root is not None else ():
        if node.type == "variable_declarator":
            name, value = node.child_by_field_name("name"), node.child_by_field_name("value")
            if name is not None and value is not None and value.type == "array":
                found[node_text(name)] = len(value.named_children)
    return found


def _not_iterable(text, data, path, line, message, nodes, methods, properties) -> Iterator[Candidate]:
    yield from _pairs_iterated(data, path, line, message, nodes)
    match = NOT_ITERABLE.match(message)
    if not match:
        return
    counted = list(_counted_loop(data, path, line, match["name"], nodes))
    # The loop's values take part in arithmetic: a count, not a collection, so the index loop first.
    yield from (candidate for candidate, numeric in counted if numeric)
    for node in nodes:
        if node.type in ("identifier", "member_expression") and node_text(node) == match["name"]:
            for wrapped, what in (
                (f"Object.values({match['name']})", "its values"),
                (f"Object.entries({match['name']})", "its entries"),
            ):
                yield Candidate(path, replace_span(data, node.start_byte, node.end_byte, wrapped), line,
                                f"iterate {what}: {wrapped}")  # fmt: skip
            break
    yield from (candidate for candidate, numeric in counted if not numeric)


ARITHMETIC = frozenset({"-", "+", "*", "/", "%", "<", ">", "<=", ">="})


def _counted_loop(data, path, line, name, nodes) -> Iterator[tuple[Candidate, bool]]:
    """`for (const i of count)` over a number (`count is not iterable`): Python's `for i in
    range(count)` written in JavaScript, where a number is not iterable; the loop counts,
    `for (let i = 0; i < count; i++)`. PyTER's type-directed repair: the value's type (a count) is
    kept and the use changed to one that type supports. Paired with whether the loop's variable or
    the count take part in arithmetic or comparisons in the loop (`i === count - 1`): the evidence
    that they are numbers."""
    for node in nodes:
        left, right = node.child_by_field_name("left"), node.child_by_field_name("right")
        body = node.child_by_field_name("body")
        if (
            node.type != "for_in_statement"
            or left is None or right is None or body is None
            or left.type != "identifier" or node_text(right) != name
            or not any(c.type == "of" for c in node.children)
        ):  # fmt: skip
            continue
        index = node_text(left)
        closing = body.prev_sibling
        if closing is None or closing.type != ")":
            continue
        numeric = any(
            n.type == "binary_expression"
            and node_text(n.child_by_field_name("operator")) in ARITHMETIC
            and {node_text(n.child_by_field_name("left")), node_text(n.child_by_field_name("right"))}
            & {index, name}
            for n in walk(body)
        )
        header = f"for (let {index} = 0; {index} < {name}; {index}++)"
        new = replace_span(data, node.start_byte, closing.end_byte, header)
        # Without that evidence the value may be missing (`match.sets` undefined): the counted loop
        # then runs no time and only hides the crash, so it must make its tests pass, like a guard.
        yield Candidate(path, new, line, f"count with an index: {header}", guard=not numeric), numeric


def _pairs_iterated(data, path, line, message, nodes) -> Iterator[Candidate]:
    """`for (const [i, x] of xs)` over elements that are not pairs (V8 says only ".for is not
    iterable"): the loop means the index and element pairs, `xs.entries()`, or an object's
    `Object.entries(xs)`."""
    if "is not iterable" not in message:
        return
    for node in nodes:
        left, right = node.child_by_field_name("left"), node.child_by_field_name("right")
        if node.type != "for_in_statement" or left is None or right is None or left.type != "array_pattern":
            continue
        value = node_text(right)
        wrapped = (
            value if right.type in ("identifier", "member_expression", "call_expression") else f"({value})"
        )
        for new, what in (
            (f"{wrapped}.entries()", f"iterate over the index and element pairs: {wrapped}.entries()"),
            (f"Object.entries({value})", f"iterate over the key and value pairs: Object.entries({value})"),
        ):
            yield Candidate(path, replace_span(data, right.start_byte, right.end_byte, new), line, what)


# The Map methods and what they are on a plain object (a record indexed by key).
MAP_ON_OBJECT = {"get": "{obj}[{key}]", "has": "{key} in {obj}"}


def map_call_candidates(text: str, path: str, *, line: int, message: str) -> list[Candidate]:
    """`LETTERS.get(piece)` on a plain object (`LETTERS.get is not a function`, or tsc's "Property
    'get' does not exist on type 'Record<Piece, string>'"): a Map's lookup written for a record;
    index it (`LETTERS[piece]`), or ask `piece in LETTERS` for `has`. Asked before the built-in
    members (fixers/builtins.py), whose nearest names of Object.prototype only look alike."""
    tree = parse(text, path)
    if tree is None:
        return []
    nodes = nodes_on_line(tree.root_node, line)
    found = _map_call_on_object(encode(text), path, line, message, nodes)
    return parsing(list(found), original=text, path=path)


def _map_call_on_object(data, path, line, message, nodes) -> Iterator[Candidate]:
    called = NOT_FUNCTION.match(message)
    missing = re.search(r"Property '(?P<name>[\w$]+)' does not exist on type '(?P<type>[^']+)'", message)
    name = called["name"] if called else missing["name"] if missing else ""
    if name not in MAP_ON_OBJECT or (missing and re.match(r"(?:Readonly|Weak)?Map\b", missing["type"])):
        return
    for call, function, _ in _member_calls(nodes, name):
        obj, arguments = function.child_by_field_name("object"), call.child_by_field_name("arguments")
        given = [a for a in arguments.named_children if a.type != "comment"] if arguments is not None else []
        if obj is None or len(given) != 1:
            continue
        new = MAP_ON_OBJECT[name].format(obj=node_text(obj), key=node_text(given[0]))
        yield Candidate(path, replace_span(data, call.start_byte, call.end_byte, new), line,
                        f"index the object: {new} ('{name}' is a Map method, {node_text(obj)[:40]} a plain object)")  # fmt: skip


NON_GLOBAL = re.compile(r"String\.prototype\.(?P<name>replaceAll|matchAll) called with a non-global RegExp")
# A regular expression that only spells its text: `/\n/` is the string '\n'.
PLAIN_PATTERN = re.compile(r"(?:[^\\.^$|?*+()\[\]{}]|\\[nrt\\/.()\[\]{}*+?|^$])+")


def _non_global(text, data, path, line, message, nodes, methods, properties) -> Iterator[Candidate]:
    """`s.replaceAll(/\n/, '')`: replaceAll and matchAll refuse a regular expression without the g
    flag. Add the flag, or pass the pattern's text as a string when it spells nothing more."""
    match = NON_GLOBAL.search(message)
    if not match:
        return
    for call, _, _ in _member_calls(nodes, match["name"]):
        arguments = call.child_by_field_name("arguments")
        pattern = arguments.named_children[0] if arguments is not None and arguments.named_children else None
        if pattern is None or pattern.type != "regex":
            continue
        body = pattern.child_by_field_name("pattern")
        flags = pattern.child_by_field_name("flags")
        source = node_text(body) if body is not None else ""
        yield Candidate(path, replace_span(data, pattern.end_byte, pattern.end_byte, "g"), line,
                        f"add the g flag to {node_text(pattern)[:40]}: {match['name']} needs a global pattern")  # fmt: skip
        if flags is None and PLAIN_PATTERN.fullmatch(source):
            literal = re.sub(r"\\([/.()\[\]{}*+?|^$])", r"\1", source).replace("'", "\\'")
            yield Candidate(path, replace_span(data, pattern.start_byte, pattern.end_byte, f"'{literal}'"), line,
                            f"pass the string '{literal}' to {match['name']} instead of a non-global pattern")  # fmt: skip


def _constant(text, data, path, line, message, nodes, methods, properties) -> Iterator[Candidate]:
    if not message.startswith("Assignment to constant variable"):
        return
    assigned = set()
    for node in nodes:
        if node.type in ("assignment_expression", "augmented_assignment_expression", "update_expression"):
            target = node.child_by_field_name("left") or node.child_by_field_name("argument")
            if target is not None and target.type == "identifier":
                assigned.add(node_text(target))
    tree_root = nodes[0].parent if nodes else None
    while tree_root is not None and tree_root.parent is not None:
        tree_root = tree_root.parent
    for node in walk(tree_root) if tree_root is not None else []:
        if node.type == "lexical_declaration" and node_text(node).startswith("const"):
            names = {
                node_text(d.child_by_field_name("name"))
                for d in node.children
                if d.type == "variable_declarator"
            }
            if names & assigned:
                keyword = node.children[0]
                declared_line = node.start_point.row + 1
                yield Candidate(path, replace_span(data, keyword.start_byte, keyword.end_byte, "let"), declared_line,
                                f"declare '{sorted(names & assigned)[0]}' with let: it is reassigned")  # fmt: skip


def _constructor(text, data, path, line, message, nodes, methods, properties) -> Iterator[Candidate]:
    needs_new, not_constructor = NEEDS_NEW.match(message), NOT_CONSTRUCTOR.match(message)
    for node in nodes:
        if (
            needs_new
            and node.type == "call_expression"
            and node_text(node.child_by_field_name("function")) == needs_new["name"]
        ):
            yield Candidate(path, replace_span(data, node.start_byte, node.start_byte, "new "), line,
                            f"create the {needs_new['name']} with new")  # fmt: skip
        if not_constructor and node.type == "new_expression":
            yield Candidate(path, replace_span(data, node.start_byte, node.start_byte + 4, ""), line,
                            f"call {not_constructor['name']} without new")  # fmt: skip


def _did_you_mean(text, data, path, line, message, nodes, methods, properties) -> Iterator[Candidate]:
    """tsc TS2551/TS2552/TS2724/TS2561: "... Did you mean ('x'|to write 'x')?" names the fix itself."""
    match = DID_YOU_MEAN.search(message)
    quoted = re.findall(r"'([\w$]+)'", message)
    if not match or not quoted:
        return
    wrong = quoted[0]
    for node in nodes:
        if (
            node.type in ("identifier", "property_identifier", "shorthand_property_identifier")
            and node_text(node) == wrong
        ):
            yield Candidate(path, replace_span(data, node.start_byte, node.end_byte, match["name"]), line,
                            f"use '{match['name']}' instead of '{wrong}'")  # fmt: skip


ASSIGNABLE = re.compile(
    r"(?:Argument of type|Type) '(?P<have>[^']+)' is not assignable to (?:parameter of )?type '(?P<want>[^']+)'"
)


def _convert(text, data, path, line, message, nodes, methods, properties) -> Iterator[Candidate]:
    """tsc: a number where a string is wanted (or the reverse): convert the expression tsc points at."""
    match = ASSIGNABLE.search(message)
    if not match:
        return
    want = match["want"]
    if want == "number" and "[]" in match["have"]:
        yield from _lengths(data, path, line, nodes)
    convert = "String" if want == "string" else "Number" if want == "number" else ""
    if not convert:
        return
    for node in nodes:
        value = None
        if node.type in ("return_statement",):
            value = node.named_children[0] if node.named_children else None
        if node.type in ("variable_declarator",):
            value = node.child_by_field_name("value")
        if value is None:
            continue
        yield Candidate(path, replace_span(data, value.start_byte, value.end_byte, f"{convert}({node_text(value)})"), line,
                        f"convert the value with {convert}()")  # fmt: skip
        if convert == "Number" and (arithmetic := rounded(node_text(value))):
            yield Candidate(path, replace_span(data, value.start_byte, value.end_byte, arithmetic), line,
                            "round as a number instead of as text")  # fmt: skip


FIXED_TEXT = re.compile(r"^(?P<value>.+)\.toFixed\((?P<digits>\d{1,2})\)$", re.S)


def rounded(e: str) -> str:
    """`x.toFixed(n)` (text) where a number is wanted, rounded as a number: `Math.round(x * 10^n) / 10^n`
    (round 56, npm30: the idiom the projects use for money and lengths; "" for anything else). `x` is a
    member, call or parenthesised operand of `.toFixed`, so it binds tighter than `*`."""
    said = FIXED_TEXT.match(e)
    if said is None or not _tight_operand(said["value"]):
        return ""
    digits = int(said["digits"])
    if digits == 0:
        return f"Math.round({said['value']})"
    scale = 10**digits
    return f"Math.round({said['value']} * {scale}) / {scale}"


# Expressions that bind tighter than `*` (round 56's review: the regex's `.+` also took `a + b` of
# `a + b.toFixed(1)`, whose `.toFixed` rounds only b).
TIGHT = ("identifier", "member_expression", "subscript_expression", "call_expression", "parenthesized_expression",
         "this", "number")  # fmt: skip


def _tight_operand(value: str) -> bool:
    """`value` is one expression of a kind that binds tighter than `*` (parsed, not guessed)."""
    tree = parse(f"({value});", "operand.ts")
    if tree is None or tree.root_node.has_error or len(tree.root_node.named_children) != 1:
        return False
    statement = tree.root_node.named_children[0]
    wrapped = statement.named_children[0] if statement.named_children else None
    if wrapped is None or wrapped.type != "parenthesized_expression" or len(wrapped.named_children) != 1:
        return False
    return wrapped.named_children[0].type in TIGHT


def _lengths(data, path, line, nodes) -> Iterator[Candidate]:
    """An array where a number is wanted: its length (each array-like expression on the line)."""
    for node in nodes:
        parent = node.parent
        if node.type not in ("subscript_expression", "identifier", "member_expression") or parent is None:
            continue
        if parent.type in ("member_expression", "subscript_expression", "call_expression"):
            continue
        yield Candidate(path, replace_span(data, node.end_byte, node.end_byte, ".length"), line,
                        f"use the length of {node_text(node)}")  # fmt: skip


# -- wrong argument count -----------------------------------------------------------------
CALLS = ("call_expression", "new_expression")  # `new Date(...)` takes arguments too


def argument_candidates(
    text: str, path: str, *, line: int, callee: str, parameters: tuple[str, ...], types: tuple[str, ...] = ()
) -> list[Candidate]:
    """Calls of `callee` on `line` with fewer or more arguments than its parameters.

    A missing argument is taken from a value in scope whose name matches the
    parameter's (exactly first, then the closest): a binding, or a member of an
    in-scope object (`tow.speedKn` of a parameter typed by an interface that declares
    it, a member the enclosing function reads, a `this.` field of the enclosing class),
    of the parameter's declared type where both are known; only when no value in scope
    matches does a parameter whose declared type is a primitive get that type's plain
    values (PAR's "parameter adder" template with default values); an extra one is
    dropped.
    """
    tree = parse(text, path)
    if tree is None:
        return []
    data = encode(text)
    in_scope = sorted(declared_names(text, path))
    generated = []
    for node in walk(tree.root_node):
        if node.type not in CALLS or node.start_point.row != line - 1:
            continue
        function = node.child_by_field_name("function") or node.child_by_field_name("constructor")
        arguments = node.child_by_field_name("arguments")
        name = node_text(function).split(".")[-1] if function is not None else ""
        if name != callee or arguments is None:
            continue
        given = [a for a in arguments.named_children if a.type != "comment"]
        if len(given) < len(parameters):
            hidden = _bound_elsewhere(tree.root_node, node)
            pool = [(n, n, "") for n in in_scope if n not in hidden] + _members_in_scope(tree.root_node, node)
            pool = [entry for entry in pool if entry[0] not in {node_text(a) for a in given}]
            named = list(_add_arguments(data, path, line, arguments, given, parameters, pool, types))
            generated += named
            # A plain value stands in only when nothing in scope is named like the parameter: with a
            # named value at hand, a constant that happens to pass the tests is a different program.
            if not named:
                generated += list(_add_literal(data, path, line, arguments, given, parameters, types))
        elif len(given) > len(parameters) and given:
            generated += list(_merged_arguments(data, path, line, callee, given, len(parameters)))
            cut_from = given[len(parameters) - 1].end_byte if parameters else arguments.start_byte + 1
            generated.append(Candidate(path, replace_span(data, cut_from, given[-1].end_byte, ""), line,
                                       f"pass {callee} only the {len(parameters)} argument(s) it takes"))  # fmt: skip
    return parsing(generated, original=text, path=path)


def _merged_arguments(data, path, line, callee, given, wanted: int) -> Iterator[Candidate]:
    """`distance(a.x, a.y, b.x, b.y)` where distance takes two points: each run of arguments that read
    members of one object passed as that object, when that leaves as many arguments as the callee
    takes (the "merge" arity repair: the call spells out the fields of what the callee wants whole)."""
    runs: list[tuple[str | None, list]] = []  # (object whose members the arguments read, the arguments)
    for argument in given:
        obj = argument.child_by_field_name("object") if argument.type == "member_expression" else None
        owner = node_text(obj) if obj is not None else None
        if owner is not None and runs and runs[-1][0] == owner:
            runs[-1][1].append(argument)
        else:
            runs.append((owner, [argument]))
    merged = [
        (
            owner if owner is not None and len(run) > 1 else node_text(run[0]),
            run[0].start_byte,
            run[-1].end_byte,
        )
        for owner, run in runs
    ]
    if len(merged) != wanted:
        return
    new = data
    for text, start, end in reversed(merged):
        new = new[:start] + encode(text) + new[end:]
    together = ", ".join(text for text, _, _ in merged)
    yield Candidate(path, new.decode("utf-8", errors="surrogateescape"), line,
                    f"pass {callee} the {wanted} value(s) it takes whole: {callee}({together})")  # fmt: skip


def _add_arguments(data, path, line, arguments, given, parameters, pool, types) -> Iterator[Candidate]:
    """Each missing parameter from the pool's (expression, name, type): the same name first (a plain
    binding before a member, a member of an object the call passes before another's, the shorter
    expression first), then the closest name; a value whose declared type differs from the
    parameter's is never taken."""
    missing = parameters[len(given) :]
    wanted = list(types[len(given) :]) if len(types) == len(parameters) else [""] * len(missing)
    # A member of an object the call already passes members of comes before another object's member
    # of the same name (`timeFor(leg.distance)` wants `leg.pace`, not `p.pace` for being shorter).
    passed = {node_text(a).rsplit(".", 1)[0] for a in given if a.type == "member_expression"}

    def rank(expression: str) -> tuple[int, bool, int]:
        return expression.count("."), expression.rsplit(".", 1)[0] not in passed, len(expression)

    names = []
    for parameter, kind in zip(missing, wanted, strict=True):
        fitting = [(e, n) for e, n, t in pool if not (kind and t and _type_text(t) != _type_text(kind))]
        exact = sorted((e for e, n in fitting if n == parameter), key=rank)
        if exact:
            names.append(exact[0])
            continue
        close = difflib.get_close_matches(parameter, sorted({n for _, n in fitting}), n=1, cutoff=0.6)
        if not close:
            # Names spelt in another case or with a qualifier (`limit` for `CITY_LIMIT`): every word of
            # the parameter's name in the value's, the fewest other words first (the lexical argument
            # matching of Rice et al., "Detecting argument selection defects", OOPSLA 2017).
            own = name_words(parameter)
            close = sorted(
                (len(name_words(n) - own), n) for n in {n for _, n in fitting} if own and own <= name_words(n)
            )[:1]
            close = [n for _, n in close]
        if not close:
            return
        names.append(min((e for e, n in fitting if n == close[0]), key=rank))
    at = arguments.end_byte - 1  # before ")"
    glue = ", " if given else ""
    yield Candidate(path, replace_span(data, at, at, glue + ", ".join(names)), line,
                    f"pass the missing argument {', '.join(names)}")  # fmt: skip


def _bound_elsewhere(root, call) -> set[str]:
    """Names the file binds only in scopes that do not enclose `call` (another function's local, a
    callback's parameter): not in scope there. Passing one is a ReferenceError, and as a named match
    it would also hide the parameter type's plain values."""
    inside, outside = set(), set()
    for scope in walk(root):
        if scope.type in TYPE_SIGNATURES:
            continue  # `(pace: number) => void` as a type binds nothing at run time
        names = bound_names(scope)
        if names:
            # `export const` and `declare const` bind in the module, around every call of it.
            encloses = scope.type in MODULE_WRAPPERS or (
                scope.start_byte <= call.start_byte and call.end_byte <= scope.end_byte
            )
            (inside if encloses else outside).update(names)
    return outside - inside


TYPE_SIGNATURES = frozenset({"function_type", "constructor_type", "call_signature", "construct_signature",
                             "method_signature", "index_signature", "abstract_method_signature"})  # fmt: skip
MODULE_WRAPPERS = frozenset({"export_statement", "ambient_declaration"})


def name_words(name: str) -> frozenset[str]:
    """The lower-cased words of a camelCase or snake_case name (type_shapes ranks fields by them too: one
    splitting of names, so two TYPE_ERROR templates never disagree on what a word is)."""
    return frozenset(w.lower() for w in re.findall(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+|\d+", name))


def _type_text(text: str) -> str:
    return re.sub(r"\s+", "", text)


FUNCTIONS = ("function_declaration", "function_expression", "function", "arrow_function", "method_definition",
             "generator_function_declaration")  # fmt: skip


def _members_in_scope(root, call) -> list[tuple[str, str, str]]:
    """(expression, member name, declared type or "") of the members of objects in scope at `call`:
    the properties of an enclosing function's parameter typed by an interface or object type alias
    of the file, the `x.p` reads of the outermost enclosing function, the fields of the enclosing
    class as `this.p`."""
    found: list[tuple[str, str, str]] = []
    shapes = _object_types(root)
    outermost = None
    # `this` at the call is the nearest class's instance only through arrows and instance methods: a
    # `function` has its own, a static member's is the class, an outer class's is another object.
    own_this = True
    node = call.parent
    while node is not None:
        if node.type in FUNCTIONS:
            outermost = node
            parameters = node.child_by_field_name("parameters")
            for parameter in parameters.named_children if parameters is not None else ():
                pattern = parameter.child_by_field_name("pattern")
                annotation = parameter.child_by_field_name("type")
                if pattern is None or pattern.type != "identifier" or annotation is None:
                    continue
                shape = node_text(annotation).lstrip(":").strip()
                for member, kind in shapes.get(shape, ()):
                    found.append((f"{node_text(pattern)}.{member}", member, kind))
        if _other_this(node):
            own_this = False
        elif node.type == "class_body":
            if own_this:
                found += _instance_members(node)
            own_this = False
        node = node.parent
    if outermost is not None:
        bound: dict[int, frozenset[str]] = {}
        for child in walk(outermost):
            if (
                child.type == "member_expression"
                and _plain_member(child)
                and not _bound_apart(child, call, bound)
            ):
                found.append((node_text(child), node_text(child.child_by_field_name("property")), ""))
    return found


OWN_THIS = ("arrow_function", "method_definition", "public_field_definition", "field_definition")
CLASS_NODES = ("class", "class_declaration", "abstract_class_declaration")


def _static(node) -> bool:
    return any(c.type == "static" for c in node.children)


def _other_this(node) -> bool:
    """Whether `this` inside `node` is not the instance of the class around it."""
    if node.type in OWN_THIS:
        return _static(node)
    return node.type in FUNCTIONS or node.type in CLASS_NODES or node.type == "class_static_block"


def _instance_members(body) -> list[tuple[str, str, str]]:
    """The instance fields and `this.p` reads of a class body, as `this.p` (not its static members,
    nor the members of a class or a `function` nested in it, whose `this` is another object)."""
    found = []
    stack = list(reversed(body.named_children))
    while stack:
        child = stack.pop()
        if _other_this(child):
            continue
        if child.type in ("public_field_definition", "field_definition"):
            name = child.child_by_field_name("property") or child.child_by_field_name("name")
            annotation = child.child_by_field_name("type")
            kind = node_text(annotation).lstrip(":").strip() if annotation is not None else ""
            if name is not None and name.type == "property_identifier":
                found.append((f"this.{node_text(name)}", node_text(name), kind))
        elif child.type == "member_expression" and _plain_member(child, this=True):
            name = node_text(child.child_by_field_name("property"))
            found.append((f"this.{name}", name, ""))
        stack.extend(reversed(child.named_children))
    return found


def _bound_apart(member, call, bound: dict[int, frozenset[str]]) -> bool:
    """Whether the object `x` of the read `x.p` is bound by a scope that does not enclose `call` (a
    callback's parameter, a loop's variable, a block's const): that `x` is out of scope at the call."""
    name = node_text(member.child_by_field_name("object"))
    scope = member.parent
    while scope is not None and not (scope.start_byte <= call.start_byte and call.end_byte <= scope.end_byte):
        if binds_name(scope, name, cache=bound):
            return True
        scope = scope.parent
    return False


def _plain_member(node, *, this: bool = False) -> bool:
    """`x.p` (or `this.p`) read as a value, not called."""
    obj, prop = node.child_by_field_name("object"), node.child_by_field_name("property")
    if obj is None or prop is None or prop.type != "property_identifier":
        return False
    called = node.parent.child_by_field_name("function") if node.parent is not None else None
    if called is not None and called.id == node.id:
        return False
    return obj.type == "this" if this else obj.type == "identifier"


def _object_types(root) -> dict[str, list[tuple[str, str]]]:
    """Interface and object type alias name -> its (property, declared type) of a file."""
    shapes: dict[str, list[tuple[str, str]]] = {}
    for node in walk(root):
        if node.type == "interface_declaration":
            body = node.child_by_field_name("body")
        elif node.type == "type_alias_declaration":
            body = node.child_by_field_name("value")
            body = body if body is not None and body.type == "object_type" else None
        else:
            continue
        name = node.child_by_field_name("name")
        if name is None or body is None:
            continue
        members = []
        for member in body.named_children:
            prop = member.child_by_field_name("name")
            if member.type != "property_signature" or prop is None:
                continue
            annotation = member.child_by_field_name("type")
            members.append(
                (node_text(prop), node_text(annotation).lstrip(":").strip() if annotation is not None else "")
            )
        shapes[node_text(name)] = members
    return shapes


# Plain values of a primitive parameter type, most common first.
TYPE_VALUES = {
    "number": ("1", "2", "0"),
    "boolean": ("true", "false"),
    "string": ("''",),
}


def _add_literal(data, path, line, arguments, given, parameters, types) -> Iterator[Candidate]:
    """One missing argument (the last parameter) with no binding in scope: its type's plain values."""
    if len(parameters) != len(given) + 1 or len(types) != len(parameters):
        return
    at = arguments.end_byte - 1  # before ")"
    glue = ", " if given else ""
    for value in TYPE_VALUES.get(types[-1], ()):
        yield Candidate(path, replace_span(data, at, at, glue + value), line,
                        f"pass {value} as the missing argument {parameters[-1]}")  # fmt: skip


def function_parameter_types(text: str, path: str, name: str) -> tuple[str, ...] | None:
    """The declared types of the parameters of `name` ("" where none is written), as `function_parameters`."""
    found = _parameters_node(text, path, name)
    if found is None or found.type != "formal_parameters":
        return None
    types = []
    for parameter in (p for p in found.named_children if p.type != "comment"):
        annotation = parameter.child_by_field_name("type")
        types.append(node_text(annotation).lstrip(":").strip() if annotation is not None else "")
    return tuple(types)


def _parameters_node(text: str, path: str, name: str):
    tree = parse(text, path)
    if tree is None:
        return None
    for node in walk(tree.root_node):
        if node.type in ("function_declaration", "method_definition", "generator_function_declaration"):
            own = node.child_by_field_name("name")
            if own is not None and node_text(own) == name:
                return node.child_by_field_name("parameters")
    return None


def function_parameters(text: str, path: str, name: str) -> tuple[str, ...] | None:
    """Parameter names of the function, method or arrow function called `name` in a file."""
    tree = parse(text, path)
    if tree is None:
        return None
    for node in walk(tree.root_node):
        target = None
        if node.type in ("function_declaration", "method_definition", "generator_function_declaration"):
            target = node
        elif node.type == "variable_declarator":
            value = node.child_by_field_name("value")
            target = (
                value
                if value is not None and value.type in ("arrow_function", "function_expression", "function")
                else None
            )
            if target is not None and node_text(node.child_by_field_name("name")) != name:
                continue
        if target is None:
            continue
        own = target.child_by_field_name("name")
        if target is node and (own is None or node_text(own) != name):
            continue
        params = target.child_by_field_name("parameters")
        if params is None:
            single = target.child_by_field_name("parameter")
            return (node_text(single),) if single is not None else ()
        return tuple(_parameter_name(p) for p in params.named_children if p.type != "comment")
    return None


def _parameter_name(node) -> str:
    if node.type == "identifier":
        return node_text(node)
    pattern = node.child_by_field_name("pattern") or node.child_by_field_name("left")
    return node_text(pattern) if pattern is not None else node_text(node)


def repository_names(texts: dict[str, str]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(method names, property names) defined in the repository's files: the templates' search space."""
    methods, properties = set(), set()
    for path, text in texts.items():
        tree = parse(text, path)
        if tree is None:
            continue
        for node in walk(tree.root_node):
            if node.type == "method_definition":
                name = node.child_by_field_name("name")
                if name is not None:
                    methods.add(node_text(name))
            elif node.type in ("property_identifier", "shorthand_property_identifier"):
                properties.add(node_text(node))
    return tuple(sorted(methods)), tuple(sorted(properties))
