"""LOGIC families for built-ins misused across languages and specifications (round 32), apart from `logic.py`.

A built-in used as another language's (or an older mental model's) namesake reads as right and is wrong
by ECMA-262 wherever it appears. Each family encodes one rule of the specification (or MDN's statement
of it) and the edit that restores the meaning the code reads as; none names a project's identifiers:

- `date_ranges`: `getDay()`/`getUTCDay()` return 0-6 from Sunday, `getMonth()` 0-11, `getHours()` 0-23,
  `getMinutes()` and `getSeconds()` 0-59 (ECMA-262 WeekDay, MonthFromTime, HourFromTime, MinFromTime,
  SecFromTime): a comparison with a value outside the range never holds; the value taken modulo the
  range (ISO's Sunday 7 is 0, hour 24 is 0), then the range's last value; a month's written 12 minus one.
- `xor_powers`: `^` is bitwise XOR in JavaScript and a power in spreadsheets, MATLAB, LaTeX and BASIC;
  in a file with no other bitwise operator, `a ^ b` becomes `a ** b` (as written, and with the left
  operand kept grouped) (TBar's "mutate operators"; the operators-confused-across-languages class).
- `array_deletes`: `delete xs[i]` leaves a hole and keeps the length (ECMA-262 [[Delete]] on an Array
  exotic object does not shift): `xs.splice(i, 1)` where `xs` is an array or `i` an index one of the
  index-finding methods returned.
- `appended_concats`: `xs.concat(v);` as a statement changes nothing (concat copies): `xs.push(v)`,
  `xs.push(...v)` for an array, on arrays `logic_semantics._is_array` does not see (a class field)
  (ErrorProne's ReturnValueIgnored).
- `decimal_parses`: `parseInt` stops at the first non-digit, so `'2.5'` reads 2 (ECMA-262 parseInt):
  `parseFloat`, then `Number`, where a decimal was meant (PraPR's method-replacement mutator with the
  built-in's sibling of the other number grammar).
- `code_point_splits`: `s.split('')` splits UTF-16 code units and breaks astral characters apart;
  the string iterator yields code points (ECMA-262 %StringIteratorPrototype%): `[...s]`, `Array.from(s)`.
- `map_objects`: `Object.entries/keys/values(m)` of a Map list its own enumerable string properties,
  none (a Map keeps its entries in [[MapData]]): `m.entries()`/`m.keys()`/`m.values()`, and `m` itself
  where a `for...of` walks it. The other way round, a Map built from `Object.entries(o)` has string
  keys (ToPropertyKey) that `get(n)` with a number never finds (SameValueZero): keys made numbers.
- `clamped_substrings`: `substring` clamps a negative argument to 0 (ECMA-262 String.prototype.
  substring), so `s.substring(-2)` is all of `s`: `slice`, which counts a negative from the end.
- `shared_loop_vars`: a `var` declared in a loop header is one binding for every iteration, so closures
  made in the body all see its last value; `let` gets a binding per iteration (ECMA-262
  CreatePerIterationEnvironment; the classic closure-in-a-loop bug).

The edits wrong by the specification wherever they match end with `BY_SPEC`, read by `is_contract_fix`:
tried before a line's plain mutations (`logic.goes_first`) and file-wide (`logic.contract_candidates`).
`decimal_parses`, `code_point_splits` and the numeric Map keys are plain alternatives, tried on a
suspicious line only: `parseInt` of an integer, `split('')` of digits and a string-keyed Map are right as
often as not (`split('')` is in 5 of the 646 correct dev source files).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from healer.engine.javascript.fixers.base import replace_span
from healer.engine.javascript.fixers.logic_semantics import _is_array, _root, _scope
from healer.engine.javascript.syntax import method_call, node_text, walk

BY_SPEC = " (by the built-in's specification, across languages)"
CONTRACT_SUFFIXES = (BY_SPEC,)
# Date getters and the number of values each returns, counted from 0.
DATE_RANGES = {
    "getDay": 7,
    "getUTCDay": 7,
    "getHours": 24,
    "getUTCHours": 24,
    "getMinutes": 60,
    "getUTCMinutes": 60,
    "getSeconds": 60,
    "getUTCSeconds": 60,
    "getMonth": 12,
    "getUTCMonth": 12,
}
# Months are written 1-12 (December 12 is 11), weekdays ISO's 1-7 (Sunday 7 is 0): the month's value
# minus one first, the others' modulo first.
ONE_BASED = frozenset({"getMonth", "getUTCMonth"})
COMPARISONS = frozenset({"===", "!==", "==", "!="})
BIT_NODES = frozenset({"binary_expression", "unary_expression", "augmented_assignment_expression"})
INDEX_FINDERS = frozenset({"findIndex", "findLastIndex", "indexOf", "lastIndexOf"})
PARSE_INTS = {"parseInt": ("parseFloat", "Number"), "Number.parseInt": ("Number.parseFloat", "Number")}
OBJECT_LISTS = {"entries": "entries", "keys": "keys", "values": "values"}
LOOP_TYPES = frozenset({"for_statement", "for_in_statement"})
CLOSURES = frozenset({"arrow_function", "function_expression", "function", "function_declaration"})


def is_contract_fix(description: str) -> bool:
    """Edits wrong by a built-in's specification wherever they match: tried first (logic.goes_first)."""
    return description.endswith(CONTRACT_SUFFIXES)


def _operator(node) -> str:
    op = node.child_by_field_name("operator")
    return node_text(op) if op is not None else ""


def _number(node) -> int | None:
    """The integer a literal (or a negated literal) writes, else None."""
    text = node_text(node).replace(" ", "")
    return int(text) if re.fullmatch(r"-?\d+", text) else None


# --- Date getters' value ranges ---------------------------------------------------------------------------


def date_ranges(data: bytes, nodes, text, path) -> Iterator[tuple[str, str]]:
    """`d.getUTCDay() === 7` -> `=== 0` (then `=== 6`): a value the getter never returns."""
    for node in nodes:
        if node.type != "binary_expression" or _operator(node) not in COMPARISONS:
            continue
        left, right = node.child_by_field_name("left"), node.child_by_field_name("right")
        for getter, literal in ((left, right), (right, left)):
            parts = method_call(getter) if getter is not None else None
            if parts is None or literal is None or node_text(parts[1]) not in DATE_RANGES:
                continue
            size, value = DATE_RANGES[node_text(parts[1])], _number(literal)
            if value is None or 0 <= value < size:
                continue
            order = (
                (value - 1, value % size) if node_text(parts[1]) in ONE_BASED else (value % size, size - 1)
            )
            for new in dict.fromkeys(n for n in order if 0 <= n < size):
                yield (
                    replace_span(data, literal.start_byte, literal.end_byte, str(new)),
                    f"compare {node_text(parts[1])}() with {new}, inside its 0-{size - 1}{BY_SPEC}",
                )


# --- ^ as a power -----------------------------------------------------------------------------------------


def _has_other_bitwise(root, node) -> bool:
    for other in walk(root):
        if other.type not in BIT_NODES or (other.start_byte, other.end_byte) == (
            node.start_byte,
            node.end_byte,
        ):
            continue
        op = _operator(other)
        if op in ("&", "|", "^", "<<", ">>", ">>>", "~", "&=", "|=", "^=", "<<=", ">>="):
            return True
    return False


def xor_powers(data: bytes, nodes, text, path) -> Iterator[tuple[str, str]]:
    """`base * k ^ n` -> `base * k ** n`, then `(base * k) ** n`, where the file does no other bit work."""
    for node in nodes:
        if node.type != "binary_expression" or _operator(node) != "^":
            continue
        left, right, op = (
            node.child_by_field_name("left"),
            node.child_by_field_name("right"),
            node.child_by_field_name("operator"),
        )
        if left is None or right is None or _has_other_bitwise(_root(node), node):
            continue
        if re.match(r"0[xXbB]", node_text(right)) or re.match(r"0[xXbB]", node_text(left)):
            continue  # a hexadecimal or binary mask is bit work
        # As written: the writer's `^` binds like a power, tighter than the `*` before it.
        yield (
            replace_span(data, op.start_byte, op.end_byte, "**"),
            f"raise to a power with ** where ^ (XOR) is written{BY_SPEC}",
        )
        base = node_text(left)
        if left.type in ("binary_expression", "unary_expression"):
            yield (
                replace_span(data, node.start_byte, node.end_byte, f"({base}) ** {node_text(right)}"),
                f"raise ({base[:30]}) to a power with ** where ^ (XOR) is written",
            )


# --- delete on an array element ---------------------------------------------------------------------------


def _class_array_field(node, name: str) -> bool:
    """`this.name` is an array: the class declares the field with an array type or value, or assigns
    `this.name = [...]` somewhere."""
    cls = node.parent
    while cls is not None and cls.type not in ("class_body", "class_declaration", "class"):
        cls = cls.parent
    scope = cls if cls is not None else _root(node)
    for other in walk(scope):
        if other.type in ("public_field_definition", "field_definition"):
            named = other.child_by_field_name("name") or other.child_by_field_name("property")
            if named is None or node_text(named) != name:
                continue
            written, value = other.child_by_field_name("type"), other.child_by_field_name("value")
            if written is not None and re.search(r"\[\]\s*$|^:\s*(Readonly)?Array<", node_text(written)):
                return True
            if value is not None and value.type == "array":
                return True
        if other.type == "assignment_expression":
            target, value = other.child_by_field_name("left"), other.child_by_field_name("right")
            if (
                target is not None
                and value is not None
                and node_text(target) == f"this.{name}"
                and value.type == "array"
            ):
                return True
    return False


def array_like(node) -> bool:
    """An array literal, a name bound to an array (`logic_semantics._is_array`) or `this.field` of one."""
    if node.type == "member_expression":
        obj, prop = node.child_by_field_name("object"), node.child_by_field_name("property")
        return (
            obj is not None
            and prop is not None
            and obj.type == "this"
            and _class_array_field(node, node_text(prop))
        )
    return _is_array(node)


def _found_index(index, receiver_text: str) -> bool:
    """`index` is a name bound to `receiver.findIndex(...)` (or indexOf...) in its function."""
    if index.type != "identifier":
        return False
    for other in walk(_root(index)):
        if other.type != "variable_declarator":
            continue
        name, value = other.child_by_field_name("name"), other.child_by_field_name("value")
        if name is None or value is None or node_text(name) != node_text(index):
            continue
        parts = method_call(value)
        if (
            parts is not None
            and node_text(parts[1]) in INDEX_FINDERS
            and node_text(parts[0]) == receiver_text
        ):
            return True
    return False


def array_deletes(data: bytes, nodes, text, path) -> Iterator[tuple[str, str]]:
    """`delete xs[i];` -> `xs.splice(i, 1);` where `xs` is an array or `i` came from `xs.findIndex`."""
    for node in nodes:
        if node.type != "unary_expression" or _operator(node) != "delete":
            continue
        target = node.child_by_field_name("argument")
        if target is None or target.type != "subscript_expression":
            continue
        receiver, index = target.child_by_field_name("object"), target.child_by_field_name("index")
        if receiver is None or index is None or index.type == "string":
            continue
        if not (array_like(receiver) or _found_index(index, node_text(receiver))):
            continue
        new = f"{node_text(receiver)}.splice({node_text(index)}, 1)"
        yield (
            replace_span(data, node.start_byte, node.end_byte, new),
            f"take the element out with splice, which delete leaves as a hole{BY_SPEC}",
        )


# --- concat's result thrown away --------------------------------------------------------------------------


def appended_concats(data: bytes, nodes, text, path) -> Iterator[tuple[str, str]]:
    """`this.xs.concat(v);` -> `this.xs.push(v);` (or `push(...v)` for an array `v`)."""
    for node in nodes:
        if node.type != "expression_statement" or not node.named_children:
            continue
        call = node.named_children[0]
        parts = method_call(call)
        if parts is None or node_text(parts[1]) != "concat" or not array_like(parts[0]):
            continue
        arguments = call.child_by_field_name("arguments")
        if arguments is None or arguments.named_child_count == 0:
            continue
        # concat spreads an array argument and appends any other value whole (IsConcatSpreadable).
        added = ", ".join(
            (f"...{node_text(a)}" if array_like(a) else node_text(a)) for a in arguments.named_children
        )
        receiver = node_text(parts[0])
        yield (
            replace_span(data, call.start_byte, call.end_byte, f"{receiver}.push({added})"),
            f"append to {receiver[:30]} in place, concat's copy being thrown away{BY_SPEC}",
        )
        yield (
            replace_span(data, call.start_byte, call.start_byte, f"{receiver} = "),
            f"keep concat's copy in {receiver[:30]}{BY_SPEC}",
        )


# --- parseInt of a decimal --------------------------------------------------------------------------------


def decimal_parses(data: bytes, nodes, text, path) -> Iterator[tuple[str, str]]:
    """`parseInt(w)` / `parseInt(w, 10)` -> `parseFloat(w)`, then `Number(w)`."""
    for node in nodes:
        if node.type != "call_expression":
            continue
        callee, arguments = node.child_by_field_name("function"), node.child_by_field_name("arguments")
        if callee is None or arguments is None or node_text(callee) not in PARSE_INTS:
            continue
        given = arguments.named_children
        if not given or len(given) > 2 or (len(given) == 2 and node_text(given[1]) != "10"):
            continue
        for other in PARSE_INTS[node_text(callee)]:
            yield (
                replace_span(data, node.start_byte, node.end_byte, f"{other}({node_text(given[0])})"),
                f"read {node_text(given[0])[:30]} with {other}, which keeps its decimals",
            )


# --- split('') on code units ------------------------------------------------------------------------------


def code_point_splits(data: bytes, nodes, text, path) -> Iterator[tuple[str, str]]:
    """`s.split('')` -> `[...s]`, then `Array.from(s)`: characters, not UTF-16 code units."""
    for node in nodes:
        parts = method_call(node)
        if parts is None or node_text(parts[1]) != "split":
            continue
        arguments = node.child_by_field_name("arguments")
        if arguments is None or arguments.named_child_count != 1:
            continue
        if node_text(arguments.named_children[0]) not in ("''", '""', "``"):
            continue
        subject = node_text(parts[0])
        for new in (f"[...{subject}]", f"Array.from({subject})"):
            yield (
                replace_span(data, node.start_byte, node.end_byte, new),
                f"split {subject[:30]} into characters with {new[:12]}, not into code units",
            )


# --- Map / Object confusion -------------------------------------------------------------------------------


def _map_binding(node) -> bool:
    """`node` names a Map: `this.field` that the class assigns or declares a `new Map`, or a local whose
    declaration in the nearest scope declaring it is one (a name of another function is another binding)."""
    wanted = node_text(node)
    if node.type == "member_expression" and wanted.startswith("this."):
        field = wanted.removeprefix("this.")
        for other in walk(_root(node)):
            if other.type in ("public_field_definition", "field_definition"):
                target = other.child_by_field_name("name") or other.child_by_field_name("property")
                value, expected = other.child_by_field_name("value"), field
            elif other.type == "assignment_expression":
                target, value = other.child_by_field_name("left"), other.child_by_field_name("right")
                expected = wanted
            else:
                continue
            if target is not None and value is not None and node_text(target) == expected and _new_map(value):
                return True
        return False
    if node.type != "identifier":
        return False
    scope = _scope(node)
    while scope is not None:
        declared = [
            d for d in walk(scope)
            if d.type == "variable_declarator" and (n := d.child_by_field_name("name")) is not None and node_text(n) == wanted
        ]  # fmt: skip
        if declared:
            value = declared[-1].child_by_field_name("value")
            return value is not None and _new_map(value)
        parameters = scope.child_by_field_name("parameters")
        if parameters is not None and any(
            n.type == "identifier" and node_text(n) == wanted for n in walk(parameters)
        ):
            return False  # a parameter: its value is the caller's, of no type the file shows
        scope = _scope(scope) if scope.parent is not None else None
    return False


def _new_map(value) -> bool:
    if value.type != "new_expression":
        return False
    constructor = value.child_by_field_name("constructor")
    return constructor is not None and node_text(constructor) in ("Map", "WeakMap")


def map_objects(data: bytes, nodes, text, path) -> Iterator[tuple[str, str]]:
    """`Object.entries(m)` of a Map `m` -> `m` in a `for...of`, `m.entries()`; keys/values alike."""
    for node in nodes:
        parts = method_call(node)
        if parts is None or node_text(parts[0]) != "Object" or node_text(parts[1]) not in OBJECT_LISTS:
            continue
        arguments = node.child_by_field_name("arguments")
        if arguments is None or arguments.named_child_count != 1:
            continue
        subject = arguments.named_children[0]
        if not _map_binding(subject):
            continue
        method = OBJECT_LISTS[node_text(parts[1])]
        news = [f"{node_text(subject)}.{method}()"]
        parent = node.parent
        if method == "entries" and parent is not None and parent.type == "for_in_statement":
            news.insert(0, node_text(subject))
        span = node
        if (
            parent is not None
            and parent.type == "member_expression"
            and node_text(parent).endswith(".length")
        ):
            news, span = [f"{node_text(subject)}.size"], parent  # a Map counts its entries in `size`
        for new in news:
            yield (
                replace_span(data, span.start_byte, span.end_byte, new),
                f"list the Map's own entries with {new[:30]}, Object.{method} of a Map being empty{BY_SPEC}",
            )


def numeric_map_keys(data: bytes, nodes, text, path) -> Iterator[tuple[str, str]]:
    """`new Map(Object.entries(o))` -> its keys made numbers: an object's keys are strings."""
    for node in nodes:
        if not _new_map(node):
            continue
        arguments = node.child_by_field_name("arguments")
        if arguments is None or arguments.named_child_count != 1:
            continue
        source = arguments.named_children[0]
        parts = method_call(source)
        if parts is None or node_text(parts[0]) != "Object" or node_text(parts[1]) != "entries":
            continue
        new = f"{node_text(source)}.map(([key, value]) => [Number(key), value])"
        yield (
            replace_span(data, source.start_byte, source.end_byte, new),
            "key the Map by numbers, an object's keys being strings",
        )


# --- substring with a negative start ----------------------------------------------------------------------


def clamped_substrings(data: bytes, nodes, text, path) -> Iterator[tuple[str, str]]:
    """`s.substring(-2)` -> `s.slice(-2)`: substring reads a negative argument as 0."""
    for node in nodes:
        parts = method_call(node)
        if parts is None or node_text(parts[1]) != "substring":
            continue
        arguments = node.child_by_field_name("arguments")
        if arguments is None or not arguments.named_children:
            continue
        if not any(a.type == "unary_expression" and _operator(a) == "-" for a in arguments.named_children):
            continue
        yield (
            replace_span(data, parts[1].start_byte, parts[1].end_byte, "slice"),
            f"count the negative position from the end with slice, substring clamping it to 0{BY_SPEC}",
        )


# --- var shared by a loop's closures ----------------------------------------------------------------------


def _captured(body, name: str) -> bool:
    """A closure inside `body` reads `name`."""
    for inner in walk(body):
        if inner.type in CLOSURES and any(
            n.type == "identifier" and node_text(n) == name for n in walk(inner)
        ):
            return True
    return False


def shared_loop_vars(data: bytes, nodes, text, path) -> Iterator[tuple[str, str]]:
    """`for (var i = 0; ...) { fs.push(() => i) }` -> `for (let i = 0; ...)`."""
    for node in nodes:
        if node.type not in LOOP_TYPES:
            continue
        body = node.child_by_field_name("body")
        if body is None:
            continue
        if node.type == "for_statement":
            declaration = node.child_by_field_name("initializer")
            if declaration is None or declaration.type != "variable_declaration":
                continue
            keyword = declaration.children[0]
            names = [
                node_text(d.child_by_field_name("name"))
                for d in declaration.named_children
                if d.type == "variable_declarator" and d.child_by_field_name("name") is not None
            ]
        else:
            keyword = next((c for c in node.children if c.type == "var"), None)
            left = node.child_by_field_name("left")
            names = [node_text(left)] if left is not None and left.type == "identifier" else []
        if keyword is None or node_text(keyword) != "var":
            continue
        if not any(_captured(body, name) for name in names):
            continue
        yield (
            replace_span(data, keyword.start_byte, keyword.end_byte, "let"),
            f"declare {', '.join(names)[:30]} with let, one binding per iteration for its closures{BY_SPEC}",
        )


CONTRACT_FAMILIES = (
    date_ranges,
    xor_powers,
    array_deletes,
    appended_concats,
    map_objects,
    clamped_substrings,
    shared_loop_vars,
)
FAMILIES = (*CONTRACT_FAMILIES, code_point_splits, decimal_parses, numeric_map_keys)
