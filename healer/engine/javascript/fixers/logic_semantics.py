"""LOGIC families from a table of JavaScript built-ins' semantics (round 31), kept apart from `logic.py`'s.

The fifteenth npm held-out part's LOGIC bugs were each a built-in used against its specification, not a
wrong operator or name: the mutation families reach the shapes they were built from and miss these.
Each family here encodes one rule of ECMA-262 (or MDN's statement of it) and the edit that restores the
meaning the code reads as, wherever the rule applies, not where a project's names say so:

- `signed_remainders`: `%` keeps the sign of its dividend (ECMA-262 Number::remainder), so `a % n` of a
  possibly negative `a` used as an index reads a negative property: `((a % n) + n) % n`, the Euclidean
  modulo (TBar's "mutate expression" completing the wrap-around).
- `grouped_operators`: `&&` binds tighter than `||`, and the equality operators tighter than the bitwise
  ones (ECMA-262's expression grammar): the other grouping of a mixed chain, `a && (b || c)` for
  `a && b || c` (TBar's "mutate operators" priority change; ESLint's no-mixed-operators flags the shape).
- `end_arguments`: `substring(start, end)` and `slice(start, end)` take an end, `substr(start, length)` a
  length (ECMA-262 String.prototype.substring / B.2.2.1 substr): a length given as an end becomes
  `start + length`, an end given to `substr` goes to `substring` (PraPR's argument mutator with the
  meaning the built-in's signature fixes).
- `indexed_for_ins`: `for (k in array)` enumerates property keys, strings (ECMA-262
  EnumerateObjectProperties), so `k + 1` concatenates: a counted loop over the indices.
- `one_shot_iterables`: a generator object or an iterator from `keys()`/`values()`/`entries()`/`matchAll()`
  is exhausted by its first traversal (ECMA-262 %GeneratorPrototype%.next; MDN "Iterators and
  generators"): a value of one traversed twice is collected first, `[...iterator]`.
- `identity_starts`: an accumulator starts at the identity of its operation (min: Infinity, max:
  -Infinity, product: 1); a running minimum started at 0 never rises above it (the "initialise with the
  identity element" rule of fold, Bird and Wadler; mutation-based repair's constant replacement).
- `awaited_maps`: an array of promises (`xs.map(asyncFn)`) is not an array of values: inside an async
  function it is awaited whole, `await Promise.all(xs.map(...))` (MDN Promise.all; the missing-await bug
  class of Alimadadi et al., "Finding broken promises", OOPSLA 2018).
- `primitive_keys`: a Map or Set compares object keys by identity (ECMA-262 SameValueZero), so a key
  made afresh on each call (`new Date(...)`, an array or object literal, a call's result returned as a
  key) is never found again: the key made a primitive, `.getTime()` for a date, `JSON.stringify(...)`.
- `stateful_patterns`: a regular expression with the `g` or `y` flag keeps `lastIndex` between calls of
  `test`/`exec` (ECMA-262 RegExpBuiltinExec), so a shared one skips matches on every second call: the
  flag dropped where the pattern is only tested (eslint-plugin-regexp's no-useless-flag reports `g` on a
  pattern used with `test`).

The edits whose shape is wrong by the contract wherever it matches (a stateful pattern shared by `test`,
a one-shot iterator traversed twice, promises used as values, `for...in` keys used as numbers, a fresh
object as a key, a constant empty `substring`) end with a suffix read by `is_contract_fix`, so they are
tried before a line's plain mutations (`logic.goes_first`) and file-wide (`logic.contract_candidates`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping

from healer.engine.javascript.fixers.base import replace_span
from healer.engine.javascript.syntax import FUNCTION_TYPES as FUNCTIONS
from healer.engine.javascript.syntax import method_call, node_text, walk

# Suffixes of the edits wrong by the contract wherever they match (read by `is_contract_fix`).
BY_SPEC = " (by the built-in's specification)"
CONTRACT_SUFFIXES = (BY_SPEC,)
PLAIN = frozenset({"identifier", "member_expression", "this", "subscript_expression"})
# Where a value is read as a property key: a subscript's index, or the position argument of these.
POSITIONAL = frozenset({"at", "charAt", "charCodeAt", "codePointAt"})
# A lower-precedence operator whose operand, unparenthesised, is a tighter-binding expression.
LOOSER = {
    "||": ("&&",),
    "&": ("===", "!==", "==", "!="),
    "|": ("===", "!==", "==", "!="),
    "^": ("===", "!=="),
}
END_METHODS = frozenset({"substring", "slice"})
LENGTH_METHODS = frozenset({"substr"})
# Built-ins that return arrays: a `for...in` over their result walks indices.
ARRAY_RESULTS = frozenset(
    {
        "map",
        "filter",
        "sort",
        "toSorted",
        "slice",
        "concat",
        "flat",
        "flatMap",
        "split",
        "reverse",
        "toReversed",
    }
)
ITERATOR_METHODS = frozenset({"keys", "values", "entries", "matchAll"})
KEYED = frozenset({"get", "has", "set", "delete"})
COLLECTIONS = ("Map", "Set", "WeakMap", "WeakSet")
LOOPS = frozenset({"while_statement", "for_statement", "do_statement", "for_in_statement"})
# Methods whose behaviour the g flag changes on purpose (every match, not the first).
GLOBAL_USES = frozenset({"replace", "replaceAll", "match", "matchAll", "split", "search"})


def is_contract_fix(description: str) -> bool:
    """Edits wrong by a built-in's specification wherever they match: tried first (logic.goes_first)."""
    return description.endswith(CONTRACT_SUFFIXES)


def _root(node):
    while node.parent is not None:
        node = node.parent
    return node


def _scope(node):
    current = node.parent
    while current is not None and current.type not in FUNCTIONS:
        current = current.parent
    return current if current is not None else _root(node)


def _unwrapped(node):
    """The node under any parentheses, and the outermost parenthesised form of it."""
    outer = node
    while outer.parent is not None and outer.parent.type == "parenthesized_expression":
        outer = outer.parent
    return outer


def _operator(node) -> str:
    op = node.child_by_field_name("operator")
    return node_text(op) if op is not None else ""


# --- % keeps the dividend's sign -------------------------------------------------------------------


def signed_remainders(data: bytes, nodes, text, path) -> Iterator[tuple[str, str]]:
    """`xs[a % n]` -> `xs[((a % n) + n) % n]` where `a` is not a non-negative literal."""
    for node in nodes:
        if node.type != "binary_expression" or _operator(node) != "%":
            continue
        left, modulus = node.child_by_field_name("left"), node.child_by_field_name("right")
        if left is None or modulus is None or left.type == "number" or modulus.type not in ("number", *PLAIN):
            continue
        if not _read_as_position(_unwrapped(node)):
            continue
        n = node_text(modulus)
        yield (
            replace_span(data, node.start_byte, node.end_byte, f"(({node_text(left)} % {n}) + {n}) % {n}"),
            f"bring a negative remainder of {node_text(left)[:30]} back into 0..{n[:20]}",
        )


def _read_as_position(node) -> bool:
    parent = node.parent
    if parent is None:
        return False
    if parent.type == "subscript_expression":
        return parent.child_by_field_name("index") == node
    if parent.type == "arguments" and parent.parent is not None:
        parts = method_call(parent.parent)
        return parts is not None and node_text(parts[1]) in POSITIONAL
    return False


# --- operator precedence ------------------------------------------------------------------------------


def grouped_operators(data: bytes, nodes, text, path) -> Iterator[tuple[str, str]]:
    """`a && b || c` -> `a && (b || c)`; `a || b && c` -> `(a || b) && c`; `a & b === c` -> `(a & b) === c`."""
    for node in nodes:
        if node.type != "binary_expression" or (outer := _operator(node)) not in LOOSER:
            continue
        left, right = node.child_by_field_name("left"), node.child_by_field_name("right")
        if left is None or right is None:
            continue
        tighter = LOOSER[outer]
        if left.type == "binary_expression" and _operator(left) in tighter:
            first, second = left.child_by_field_name("left"), left.child_by_field_name("right")
            if first is not None and second is not None:
                grouped = f"({node_text(second)} {outer} {node_text(right)})"
                yield (
                    replace_span(
                        data,
                        node.start_byte,
                        node.end_byte,
                        f"{node_text(first)} {_operator(left)} {grouped}",
                    ),
                    f"group {grouped[:50]}, which '{_operator(left)}' otherwise splits",
                )
        if right.type == "binary_expression" and _operator(right) in tighter:
            first, second = right.child_by_field_name("left"), right.child_by_field_name("right")
            if first is not None and second is not None:
                grouped = f"({node_text(left)} {outer} {node_text(first)})"
                yield (
                    replace_span(
                        data,
                        node.start_byte,
                        node.end_byte,
                        f"{grouped} {_operator(right)} {node_text(second)}",
                    ),
                    f"group {grouped[:50]}, which '{_operator(right)}' otherwise splits",
                )


# --- substring / slice / substr argument meaning --------------------------------------------------------


def end_arguments(data: bytes, nodes, text, path) -> Iterator[tuple[str, str]]:
    """`s.substring(a, len)` -> `s.substring(a, a + len)`; `s.substr(a, end)` -> `s.substring(a, end)`."""
    for node in nodes:
        parts = method_call(node)
        arguments = node.child_by_field_name("arguments") if parts is not None else None
        if parts is None or arguments is None or arguments.named_child_count != 2:
            continue
        name = node_text(parts[1])
        start, second = arguments.named_children
        if name in END_METHODS and node_text(start) not in ("0", "-0") and start.type != "unary_expression":
            end = _sum(start, second)
            # Two literal positions with the end not past the start give a constant '' (or, for
            # substring, swapped bounds): never what code that reads a part of a string means.
            constant = start.type == second.type == "number" and float(node_text(second)) <= float(
                node_text(start)
            )
            yield (
                replace_span(data, second.start_byte, second.end_byte, end),
                f"give {name} an end, not a length: {end[:30]}{BY_SPEC if constant else ''}",
            )
        elif name in LENGTH_METHODS:
            yield (
                replace_span(data, parts[1].start_byte, parts[1].end_byte, "substring"),
                f"read {node_text(second)[:30]} as an end: substring, not substr",
            )


def _sum(start, length) -> str:
    """`start + length` as text, folded when both are integer literals."""
    if start.type == length.type == "number" and node_text(start).isdigit() and node_text(length).isdigit():
        return str(int(node_text(start)) + int(node_text(length)))
    right = (
        node_text(length)
        if length.type in (*PLAIN, "number", "call_expression")
        else f"({node_text(length)})"
    )
    return f"{node_text(start)} + {right}"


# --- for...in over an array -----------------------------------------------------------------------------


def indexed_for_ins(data: bytes, nodes, text, path) -> Iterator[tuple[str, str]]:
    """`for (const i in xs)` over an array -> `for (let i = 0; i < xs.length; i += 1)`."""
    for node in nodes:
        if node.type != "for_in_statement" or _operator(node) != "in":
            continue
        left, right, body = (node.child_by_field_name(f) for f in ("left", "right", "body"))
        if left is None or right is None or body is None or left.type != "identifier":
            continue
        if right.type not in PLAIN or not _is_array(right):
            continue
        name, owner = node_text(left), node_text(right)
        # Keys used as numbers (`i + 1`, `i - 1`, `i < n`) are strings there: wrong by the contract.
        as_number = any(
            n.type == "binary_expression"
            and _operator(n) in ("+", "-", "*", "<", "<=", ">", ">=", "===")
            and any(
                side is not None and node_text(side) == name
                for side in (n.child_by_field_name("left"), n.child_by_field_name("right"))
            )
            for n in walk(body)
        )
        header = f"for (let {name} = 0; {name} < {owner}.length; {name} += 1)"
        yield (
            replace_span(data, node.start_byte, body.start_byte, header + " "),
            f"count {owner[:30]}'s indices as numbers{BY_SPEC if as_number else ''}",
        )


def _is_array(node) -> bool:
    """An array literal, or a name whose declaration in the file makes an array (a literal, a spread,
    a built-in that returns one, a TypeScript array type)."""
    if node.type == "array":
        return True
    if node.type != "identifier":
        return False
    name = node_text(node)
    for candidate in walk(_root(node)):
        if candidate.type not in ("variable_declarator", "required_parameter", "optional_parameter"):
            continue
        bound = candidate.child_by_field_name("name") or candidate.child_by_field_name("pattern")
        if bound is None or node_text(bound) != name:
            continue
        value, written = candidate.child_by_field_name("value"), candidate.child_by_field_name("type")
        if written is not None and re.search(r"\[\]\s*$|^:\s*(Readonly)?Array<", node_text(written)):
            return True
        if value is not None and _makes_array(value):
            return True
    return False


def _makes_array(value) -> bool:
    if value.type == "array":
        return True
    parts = method_call(value)
    if parts is None:
        return False
    if node_text(parts[1]) in ARRAY_RESULTS:
        return True
    return node_text(parts[0]) == "Array" and node_text(parts[1]) in ("from", "of")


# --- one-shot iterators --------------------------------------------------------------------------------


def one_shot_iterables(data: bytes, nodes, text, path) -> Iterator[tuple[str, str]]:
    """`const it = gen(...)` traversed twice -> `const it = [...gen(...)]`."""
    generators = None
    for node in nodes:
        if node.type != "variable_declarator":
            continue
        name, value = node.child_by_field_name("name"), node.child_by_field_name("value")
        if name is None or value is None or name.type != "identifier" or value.type != "call_expression":
            continue
        if generators is None:
            generators = _generator_names(_root(node))
        if not _iterator_call(value, generators):
            continue
        if _traversals(_scope(node), node_text(name), after=node.end_byte) < 2:
            continue
        yield (
            replace_span(data, value.start_byte, value.end_byte, f"[...{node_text(value)}]"),
            f"collect {node_text(value)[:40]} before going over it twice{BY_SPEC}",
        )


def _generator_names(root) -> set[str]:
    names = set()
    for node in walk(root):
        starred = node.type == "method_definition" and any(c.type == "*" for c in node.children)
        if node.type in ("generator_function_declaration", "generator_function") or starred:
            if (name := node.child_by_field_name("name")) is not None:
                names.add(node_text(name))
        elif node.type == "variable_declarator":
            value = node.child_by_field_name("value")
            name = node.child_by_field_name("name")
            if value is not None and name is not None and value.type == "generator_function":
                names.add(node_text(name))
    return names


def _iterator_call(call, generators: set[str]) -> bool:
    function = call.child_by_field_name("function")
    if function is None:
        return False
    parts = method_call(call)
    if parts is not None:
        method = node_text(parts[1])
        # `Object.keys()` and friends return arrays; a collection's own `keys()` an iterator.
        return method in generators or (method in ITERATOR_METHODS and node_text(parts[0]) != "Object")
    return function.type == "identifier" and node_text(function) in generators


def _traversals(scope, name: str, *, after: int) -> int:
    """How many times `name` is traversed after byte `after`: `for...of`, a spread, `Array.from`,
    `new Set/Map(...)`, an array destructuring."""
    count = 0
    for node in walk(scope):
        if node.start_byte < after or node.type != "identifier" or node_text(node) != name:
            continue
        parent = node.parent
        if parent is None:
            continue
        of_loop = (
            parent.type == "for_in_statement"
            and _operator(parent) == "of"
            and parent.child_by_field_name("right") == node
        )
        if of_loop or parent.type == "spread_element":
            count += 1
        elif parent.type == "arguments" and parent.named_children and parent.named_children[0] == node:
            call = parent.parent
            callee = call.child_by_field_name("function") or call.child_by_field_name("constructor")
            if callee is not None and node_text(callee) in ("Array.from", *COLLECTIONS):
                count += 1
        elif parent.type == "variable_declarator" and parent.child_by_field_name("value") == node:
            pattern = parent.child_by_field_name("name")
            count += pattern is not None and pattern.type == "array_pattern"
    return count


# --- accumulators started at the identity --------------------------------------------------------------


def identity_starts(data: bytes, nodes, text, path) -> Iterator[tuple[str, str]]:
    """`let low = 0` updated by `Math.min(low, x)` or `if (x < low) low = x` -> `let low = Infinity`;
    max -> `-Infinity`; `*=` from 0 -> 1; the same for a `reduce` whose callback takes the min/max."""
    for node in nodes:
        if node.type == "variable_declarator":
            name, value = node.child_by_field_name("name"), node.child_by_field_name("value")
            if (
                name is None
                or value is None
                or name.type != "identifier"
                or value.type not in ("number", "unary_expression")
            ):
                continue
            identity = _identity(_scope(node), node_text(name), after=node.end_byte)
            if identity is not None and identity != node_text(value):
                yield (
                    replace_span(data, value.start_byte, value.end_byte, identity),
                    f"start {node_text(name)} at {identity}, the identity of its operation",
                )
        elif (parts := method_call(node)) is not None and node_text(parts[1]) in ("reduce", "reduceRight"):
            arguments = node.child_by_field_name("arguments")
            if arguments is None or arguments.named_child_count != 2:
                continue
            callback, start = arguments.named_children
            if start.type not in ("number", "unary_expression"):
                continue
            called = {
                node_text(n.child_by_field_name("function"))
                for n in walk(callback)
                if n.type == "call_expression"
            }
            identity = "Infinity" if "Math.min" in called else "-Infinity" if "Math.max" in called else None
            if identity is not None and identity != node_text(start):
                yield (
                    replace_span(data, start.start_byte, start.end_byte, identity),
                    f"start the {node_text(parts[1])} at {identity}, the identity of its operation",
                )


def _identity(scope, name: str, *, after: int) -> str | None:
    """The identity of the operation that updates `name` after byte `after`, if one does."""
    for node in walk(scope):
        if node.start_byte < after:
            continue
        if (
            node.type == "augmented_assignment_expression"
            and node_text(node.child_by_field_name("left")) == name
            and _operator(node) == "*="
        ):
            return "1"
        if node.type != "assignment_expression" or node_text(node.child_by_field_name("left")) != name:
            continue
        right = node.child_by_field_name("right")
        if right is None:
            continue
        if right.type == "call_expression":
            callee = node_text(right.child_by_field_name("function"))
            if callee in ("Math.min", "Math.max") and re.search(rf"\b{re.escape(name)}\b", node_text(right)):
                return "Infinity" if callee == "Math.min" else "-Infinity"
        guard = _guarding_comparison(node, name)
        if guard is not None:
            return guard
    return None


def _guarding_comparison(assignment, name: str) -> str | None:
    """`if (x < low) low = x` (or `low = x < low ? x : low`): Infinity for a `<` guard, -Infinity for `>`."""
    value = node_text(assignment.child_by_field_name("right"))
    condition = None
    parent = assignment.parent
    while parent is not None and parent.type not in ("if_statement", *FUNCTIONS):
        parent = parent.parent
    if parent is not None and parent.type == "if_statement":
        condition = parent.child_by_field_name("condition")
    right = assignment.child_by_field_name("right")
    if right is not None and right.type == "ternary_expression":
        condition = right.child_by_field_name("condition")
        value = node_text(right.child_by_field_name("consequence"))
    if condition is None:
        return None
    for node in walk(condition):
        if node.type != "binary_expression" or _operator(node) not in ("<", "<=", ">", ">="):
            continue
        left, other = (
            node_text(node.child_by_field_name("left")),
            node_text(node.child_by_field_name("right")),
        )
        smaller = _operator(node) in ("<", "<=")
        if left == value and other == name:
            return "Infinity" if smaller else "-Infinity"
        if left == name and other == value:
            return "-Infinity" if smaller else "Infinity"
    return None


# --- promises used as values --------------------------------------------------------------------------


def awaited_maps(data: bytes, nodes, text, path) -> Iterator[tuple[str, str]]:
    """`xs.map(x => asyncFn(x))` in an async function -> `await Promise.all(xs.map(...))`."""
    promising = None
    for node in nodes:
        parts = method_call(node)
        if parts is None or node_text(parts[1]) not in ("map", "flatMap"):
            continue
        if not _used_as_values(_unwrapped(node)):
            continue
        function = _scope(node)
        if function.type not in FUNCTIONS or not node_text(function).lstrip().startswith("async"):
            continue
        arguments = node.child_by_field_name("arguments")
        if arguments is None or arguments.named_child_count < 1:
            continue
        if promising is None:
            promising = _promising_names(_root(node))
        if not _returns_promise(arguments.named_children[0], promising):
            continue
        yield (
            replace_span(data, node.start_byte, node.end_byte, f"await Promise.all({node_text(node)})"),
            f"wait for every promise of {node_text(node)[:40]}{BY_SPEC}",
        )


def _used_as_values(node) -> bool:
    """The array is read as values: a method is called on it (`.reduce`), or a name it is bound to is
    never awaited or handed to a `Promise` combinator later (collected for one is fine)."""
    parent = node.parent
    if parent is None:
        return False
    if parent.type == "member_expression":
        return True
    if parent.type != "variable_declarator" or (name := parent.child_by_field_name("name")) is None:
        return False
    for use in walk(_scope(parent)):
        if use.type != "identifier" or node_text(use) != node_text(name) or use.start_byte <= name.end_byte:
            continue
        holder = _unwrapped(use).parent
        if holder is not None and holder.type == "await_expression":
            return False
        if holder is not None and holder.type == "arguments" and holder.parent is not None:
            callee = holder.parent.child_by_field_name("function")
            if callee is not None and node_text(callee).startswith("Promise."):
                return False
    return True


def _promising_names(root) -> set[str]:
    """Functions of the file that return promises: declared `async`, or returning `new Promise(...)`."""
    names = set()
    for node in walk(root):
        if node.type not in FUNCTIONS:
            continue
        name = node.child_by_field_name("name")
        if name is None and node.parent is not None and node.parent.type == "variable_declarator":
            name = node.parent.child_by_field_name("name")
        if name is None:
            continue
        if node_text(node).lstrip().startswith("async") or _returns_new_promise(node):
            names.add(node_text(name))
    return names


def _returns_new_promise(function) -> bool:
    body = function.child_by_field_name("body")
    if body is None:
        return False
    if body.type == "new_expression":
        return node_text(body.child_by_field_name("constructor")) == "Promise"
    for statement in body.named_children:
        if statement.type == "return_statement" and statement.named_children:
            value = statement.named_children[0]
            if (
                value.type == "new_expression"
                and node_text(value.child_by_field_name("constructor")) == "Promise"
            ):
                return True
    return False


def _returns_promise(callback, promising: set[str]) -> bool:
    if callback.type == "identifier":
        return node_text(callback) in promising
    if callback.type not in ("arrow_function", "function_expression", "function"):
        return False
    if node_text(callback).lstrip().startswith("async"):
        return True
    body = callback.child_by_field_name("body")
    if body is None:
        return False
    value = body
    if body.type == "statement_block":
        returns = [s for s in body.named_children if s.type == "return_statement" and s.named_children]
        if len(returns) != 1:
            return False
        value = returns[0].named_children[0]
    if value.type != "call_expression":
        return False
    callee = value.child_by_field_name("function")
    name = (
        node_text(callee.child_by_field_name("property"))
        if callee is not None and callee.type == "member_expression"
        else node_text(callee)
    )
    return name in promising


# --- object keys compared by identity -----------------------------------------------------------------


def primitive_keys(data: bytes, nodes, text, path) -> Iterator[tuple[str, str]]:
    """A fresh object as a Map/Set key -> `.getTime()` for a date, `JSON.stringify(...)` otherwise; also
    at `return f(...)` of a function whose result the file only uses as such a key."""
    collections = None
    for node in nodes:
        key = None
        if node.type == "return_statement" and node.named_children:
            value = node.named_children[0]
            if value.type in ("call_expression", "new_expression", "array", "object"):
                function = _scope(node)
                if collections is None:
                    collections = _collection_names(_root(node))
                if function.type in FUNCTIONS and _result_used_as_key(function, collections):
                    key = value
        elif node.type in ("new_expression", "array", "object"):
            if collections is None:
                collections = _collection_names(_root(node))
            if _is_key_argument(node, collections):
                key = node
        if key is None:
            continue
        fresh = key.type != "call_expression"
        suffix = BY_SPEC if fresh else ""
        if key.type != "object" and key.type != "array":
            yield (
                replace_span(data, key.end_byte, key.end_byte, ".getTime()")
                if key.type == "call_expression"
                else replace_span(data, key.start_byte, key.end_byte, f"({node_text(key)}).getTime()"),
                f"key by the time value of {node_text(key)[:40]}, not the Date object{suffix}",
            )
        yield (
            replace_span(data, key.start_byte, key.end_byte, f"JSON.stringify({node_text(key)})"),
            f"key by the text of {node_text(key)[:40]}, not the object{suffix}",
        )


def _collection_names(root) -> set[str]:
    """Names (`byDay`, `this.byDay`'s `byDay`) the file binds to a `new Map()`/`new Set()`."""
    names = set()
    for node in walk(root):
        if (
            node.type != "new_expression"
            or node_text(node.child_by_field_name("constructor")) not in COLLECTIONS
        ):
            continue
        parent = _unwrapped(node).parent
        target = None
        if parent is not None and parent.type == "variable_declarator":
            target = parent.child_by_field_name("name")
        elif parent is not None and parent.type in (
            "assignment_expression",
            "public_field_definition",
            "field_definition",
        ):
            target = (
                parent.child_by_field_name("left")
                or parent.child_by_field_name("name")
                or parent.child_by_field_name("property")
            )
        if target is not None:
            names.add(node_text(target).removeprefix("this.").removeprefix("#"))
    return names


def _is_key_argument(node, collections: set[str]) -> bool:
    outer = _unwrapped(node)
    arguments = outer.parent
    if arguments is None or arguments.type != "arguments" or not arguments.named_children:
        return False
    if arguments.named_children[0] != outer:
        return False
    parts = method_call(arguments.parent)
    if parts is None or node_text(parts[1]) not in KEYED:
        return False
    return node_text(parts[0]).removeprefix("this.").removeprefix("#") in collections


def _result_used_as_key(function, collections: set[str]) -> bool:
    """Every call of `function` (by its name) in the file is the key argument of a collection's lookup."""
    name = function.child_by_field_name("name")
    if name is None:
        return False
    calls = []
    for node in walk(_root(function)):
        if node.type != "call_expression":
            continue
        callee = node.child_by_field_name("function")
        called = (
            callee.child_by_field_name("property")
            if callee is not None and callee.type == "member_expression"
            else callee
        )
        if called is not None and node_text(called) == node_text(name):
            calls.append(node)
    return bool(calls) and all(_keyed(call, collections) for call in calls)


def _keyed(call, collections: set[str]) -> bool:
    """The call's value is a collection's key: passed as one directly, or bound to a name that every
    later use in its scope passes as one (`const key = keyOf(day); m.has(key)`)."""
    if _is_key_argument(call, collections):
        return True
    parent = _unwrapped(call).parent
    if parent is None or parent.type != "variable_declarator":
        return False
    name = parent.child_by_field_name("name")
    if name is None or name.type != "identifier":
        return False
    uses = [
        n
        for n in walk(_scope(parent))
        if n.type == "identifier" and node_text(n) == node_text(name) and n.start_byte > name.end_byte
    ]
    return bool(uses) and all(_is_key_argument(use, collections) for use in uses)


# --- shared stateful regular expressions -------------------------------------------------------------


def stateful_patterns(
    data: bytes, nodes, text, path, *, tested_elsewhere: frozenset[str] = frozenset()
) -> Iterator[tuple[str, str]]:
    """`const P = /x/g` used with `test`/`exec` (or exported) and never with a method that wants every
    match -> `const P = /x/`. `tested_elsewhere`: names of this module's patterns that an importing
    module tests (`tested_imports`), which makes their flag a contract violation too."""
    for node in nodes:
        if node.type != "variable_declarator":
            continue
        name, value = node.child_by_field_name("name"), node.child_by_field_name("value")
        if name is None or value is None or value.type != "regex":
            continue
        flags = value.child_by_field_name("flags")
        if flags is None or not set(node_text(flags)) & {"g", "y"}:
            continue
        uses = _pattern_uses(_root(node), node_text(name), skip=name)
        # Every match wanted (`replace`, `exec` walked in a loop), or the state kept on purpose
        # (`lastIndex` written): the flag is meant.
        if uses & (GLOBAL_USES | {"lastIndex", "exec in a loop"}):
            continue
        tested = "test" in uses or "exec" in uses or node_text(name) in tested_elsewhere
        exported = "export" in uses or any(a.type == "export_statement" for a in _ancestors(node))
        if not (tested or exported):
            continue
        kept = node_text(flags).replace("g", "").replace("y", "")
        new = replace_span(data, flags.start_byte, flags.end_byte, kept)
        yield (
            new,
            f"drop the g flag of {node_text(name)[:30]}, whose lastIndex carries over{BY_SPEC if tested else ''}",
        )


def _ancestors(node) -> Iterator:
    while node.parent is not None:
        node = node.parent
        yield node


def _pattern_uses(root, name: str, *, skip) -> set[str]:
    """How the file uses the pattern `name`: the methods called on it or with it, 'export' if exported."""
    uses = set()
    for node in walk(root):
        if (
            node.type not in ("identifier", "shorthand_property_identifier")
            or node_text(node) != name
            or node == skip
        ):
            continue
        parent = node.parent
        if (
            parent is not None
            and parent.type == "member_expression"
            and parent.child_by_field_name("object") == node
        ):
            property_ = parent.child_by_field_name("property")
            if property_ is not None:
                looped = any(a.type in LOOPS for a in _ancestors(parent))
                uses.add(
                    f"{node_text(property_)} in a loop"
                    if looped and node_text(property_) == "exec"
                    else node_text(property_)
                )
        elif (
            parent is not None
            and parent.type == "arguments"
            and (parts := method_call(parent.parent)) is not None
        ):
            uses.add(node_text(parts[1]))
        ancestor = parent
        while ancestor is not None:
            if ancestor.type == "export_statement" or (
                ancestor.type == "assignment_expression"
                and node_text(ancestor.child_by_field_name("left")).endswith("exports")
            ):
                uses.add("export")
                break
            ancestor = ancestor.parent
    return uses


def tested_imports(importer_root, names: Mapping[str, str]) -> frozenset[str]:
    """Of `names` (local binding -> the exporting module's name), the exported names the importer tests
    with `test`/`exec` outside a loop and never hands to a method that wants every match."""
    tested = set()
    for local, exported in names.items():
        uses = _pattern_uses(importer_root, local, skip=None)
        if uses & {"test", "exec"} and not uses & (GLOBAL_USES | {"lastIndex", "exec in a loop"}):
            tested.add(exported)
    return frozenset(tested)


# --- comparisons that can never hold --------------------------------------------------------------------

EQUALITY = frozenset({"===", "!==", "==", "!="})


def never_equal(data: bytes, nodes, text, path) -> Iterator[tuple[str, str]]:
    """`x === NaN` is always false (IEEE 754; ECMA-262 IsStrictlyEqual): `Number.isNaN(x)`. `x === []`
    / `x === {}` compares with a fresh object, never the same one: the emptiness test that was meant.
    Two Dates (names and properties the file makes with `new Date(...)`) compared by `===` are two
    objects, equal only when they are the same one: their `getTime()` compared."""
    dates = _date_names(nodes)
    for node in nodes:
        if node.type != "binary_expression" or (operator := _operator(node)) not in EQUALITY:
            continue
        left, right = node.child_by_field_name("left"), node.child_by_field_name("right")
        if left is None or right is None:
            continue
        if right.type in ("identifier", "member_expression") and node_text(right) in ("NaN", "Number.NaN"):
            value, other = left, right
        elif left.type in ("identifier", "member_expression") and node_text(left) in ("NaN", "Number.NaN"):
            value, other = right, left
        elif right.type in ("array", "object") and right.named_child_count == 0:
            value, other = left, right
        elif left.type in ("array", "object") and left.named_child_count == 0:
            value, other = right, left
        elif _dated(left, dates) and _dated(right, dates):
            # Two Dates are two objects: `===` compares their identities, never their times (round 45).
            new = f"{_time(left)} {operator} {_time(right)}"
            yield (
                replace_span(data, node.start_byte, node.end_byte, new),
                f"compare the two dates' times, {new[:50]}: objects are equal only to themselves{BY_SPEC}",
            )
            continue
        else:
            continue
        negated = operator.startswith("!")
        subject = node_text(value) if value.type in (*PLAIN, "call_expression") else f"({node_text(value)})"
        if other.type == "array":
            new = f"{subject}.length {'!==' if negated else '==='} 0"
        elif other.type == "object":
            new = f"Object.keys({node_text(value)}).length {'!==' if negated else '==='} 0"
        else:
            new = f"{'!' if negated else ''}Number.isNaN({node_text(value)})"
        yield (
            replace_span(data, node.start_byte, node.end_byte, new),
            f"test {node_text(value)[:30]} as {new[:40]}, the comparison never holds{BY_SPEC}",
        )


def _date_names(nodes) -> tuple[set[str], set[str]]:
    """(variables, properties) the file assigns a `new Date(...)` to: `const d = new Date(x)`,
    `{ at: new Date(x) }`, `this.at = new Date(x)`."""
    if not nodes:
        return set(), set()
    root = nodes[0]
    while root.parent is not None:
        root = root.parent
    names: set[str] = set()
    properties: set[str] = set()
    for node in walk(root):
        if node.type != "new_expression":
            continue
        made = node.child_by_field_name("constructor")
        holder = node.parent
        if made is None or node_text(made) != "Date" or holder is None:
            continue
        if holder.type == "variable_declarator" and (name := holder.child_by_field_name("name")) is not None:
            names.add(node_text(name))
        elif holder.type == "pair" and (key := holder.child_by_field_name("key")) is not None:
            properties.add(node_text(key))
        elif (
            holder.type == "assignment_expression"
            and (target := holder.child_by_field_name("left")) is not None
        ):
            if target.type == "identifier":
                names.add(node_text(target))
            elif target.type == "member_expression" and (prop := target.child_by_field_name("property")):
                properties.add(node_text(prop))
    return names, properties


def _dated(node, dates: tuple[set[str], set[str]]) -> bool:
    if node.type == "identifier":
        return node_text(node) in dates[0]
    if node.type == "member_expression" and (prop := node.child_by_field_name("property")) is not None:
        return node_text(prop) in dates[1]
    return (
        node.type == "new_expression" and node_text(node.child_by_field_name("constructor") or node) == "Date"
    )


def _time(node) -> str:
    written = node_text(node)
    return f"{written}.getTime()" if node.type != "new_expression" else f"({written}).getTime()"


# --- a pure built-in's result thrown away -----------------------------------------------------------------

# Built-ins that return a new value and leave their receiver as it was (ECMA-262: strings are immutable;
# the Array methods that copy). A call of one as a whole statement does nothing.
# Names a class of the project rarely gives its own methods; `replace`, `concat`, `slice`, `with` and
# `flat` are common method names too, so they count only on a known array or with a plain replacement.
PURE_METHODS = frozenset(
    {
        "trim", "trimStart", "trimEnd", "toUpperCase", "toLowerCase", "padStart", "padEnd", "normalize",
        "substring", "toSorted", "toReversed", "toSpliced", "toLocaleUpperCase", "toLocaleLowerCase",
    }
)  # fmt: skip
ARRAY_COPIES = frozenset({"concat", "slice", "flat", "with"})
REPLACERS = frozenset({"replace", "replaceAll"})


def _pure(call, parts) -> bool:
    """The call leaves its receiver unchanged and has no other effect (a callback could have one)."""
    method = node_text(parts[1])
    if method in PURE_METHODS:
        return True
    if method in ARRAY_COPIES:
        return _is_array(parts[0])
    arguments = call.child_by_field_name("arguments")
    if method not in REPLACERS or arguments is None or arguments.named_child_count != 2:
        return False
    pattern, replacement = arguments.named_children
    return pattern.type in ("regex", "string") and replacement.type in ("string", "template_string")


def discarded_results(data: bytes, nodes, text, path) -> Iterator[tuple[str, str]]:
    """`name.trim();` -> `name = name.trim();`; `xs.concat(ys);` -> also `xs.push(...ys);` (ErrorProne's
    ReturnValueIgnored: the result of a method without side effects, dropped, is a lost update)."""
    for node in nodes:
        if node.type != "expression_statement" or not node.named_children:
            continue
        call = node.named_children[0]
        parts = method_call(call)
        if parts is None or parts[0].type not in PLAIN - {"this"} or not _pure(call, parts):
            continue
        receiver = node_text(parts[0])
        yield (
            replace_span(data, call.start_byte, call.start_byte, f"{receiver} = "),
            f"keep the result of {node_text(parts[1])}, which leaves {receiver[:30]} as it was{BY_SPEC}",
        )
        arguments = call.child_by_field_name("arguments")
        if node_text(parts[1]) == "concat" and arguments is not None and arguments.named_child_count == 1:
            added = node_text(arguments.named_children[0])
            yield (
                replace_span(data, call.start_byte, call.end_byte, f"{receiver}.push(...{added})"),
                f"add {added[:30]} to {receiver[:30]} in place{BY_SPEC}",
            )


# --- Annex B's two-digit year ---------------------------------------------------------------------------


def legacy_years(data: bytes, nodes, text, path) -> Iterator[tuple[str, str]]:
    """`d.getYear()` is the year minus 1900 (ECMA-262 Annex B.2.3.1): `d.getFullYear()`."""
    for node in nodes:
        parts = method_call(node)
        if parts is None or node_text(parts[1]) not in ("getYear", "setYear"):
            continue
        # The UTC year too: a Date parsed from an ISO date string or built by Date.UTC stands for
        # midnight UTC, whose local year differs on New Year's Eve west of Greenwich.
        for full in (
            node_text(parts[1]).replace("Year", "FullYear"),
            node_text(parts[1]).replace("Year", "UTCFullYear"),
        ):
            yield (
                replace_span(data, parts[1].start_byte, parts[1].end_byte, full),
                f"call {full}, not the two-digit {node_text(parts[1])}{BY_SPEC}",
            )
