"""LOGIC families for the wrong aggregate of a collection, a rotation the wrong way and a position not
taken from its start (round 54, npmlogic29).

Each is an expression-level template of the repair literature's "replace the method/expression"
kind (PAR's "method replacer" and "expression replacer", Kim et al., ICSE 2013; TBar's "mutate
method invocation" and "mutate data type", Liu et al., ISSTA 2019), drawn from one family of
equivalent shapes rather than from scope at random:

- `averaged_extremes`: an average, `xs.reduce((s, x) => s + f(x), 0) / xs.length`, where the least
  or the greatest was meant (`Math.min(...xs.map((x) => f(x)))`, `Math.max(...)`). The aggregate
  the words of the function's comment and name call for (slowest, least, fewest... or fastest,
  most, highest...) comes first; with no such word both are offered, the least first.
- `summed_counts`: a collection's `length` where the sum of a numeric field of its elements was
  meant (a booking's `people`, not one per booking): `xs.reduce((sum, x) => sum + x.field, 0)`,
  the shape of the module's own sums. The field is one the repository reads from an element of
  that name (`x.field`), or a name the module uses as a number elsewhere (a parameter compared or
  subtracted): a count of elements stands for a quantity the module names. Only where such a name
  exists, on a plural name (never a string's `length`), and only on a count that is a value of its
  own (a declaration's initializer or a returned value), not one inside a condition or an index.
- `rotation_directions`: `s.slice(n) + s.slice(0, n)` rotates left by n; the rotation right is
  `s.slice(s.length - n) + s.slice(0, s.length - n)` (and back). Also for array spreads and
  `concat`. The direction of a rotation is the classic sign slip of modular index code.
- `loop_offsets`: in `for (let i = start; ...)` with `start` a name, `i * k` (or `i / k`) measures
  from 0 where the loop runs from `start`: `(i - start) * k`, the position relative to the first
  step (the "missing offset" of an index, Defects4J's "missing arithmetic operand" repairs).
- `floored_differences`: `Math.abs(a - b)` where a shortfall floored at zero was meant,
  `Math.max(0, a - b)`: the magnitude counts a surplus as a shortfall (PAR's "method replacer"
  between the two `Math` functions a difference is usually passed to).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence

from healer.engine.javascript.fixers.base import replace_nodes, replace_span
from healer.engine.javascript.syntax import node_text, walk

LEAST = re.compile(
    r"\b(slowest|least|lowest|smallest|fewest|shortest|earliest|cheapest|minimum|min|weakest|"
    r"narrowest|nearest|worst|lightest|coldest|thinnest)\b",
    re.I,
)
GREATEST = re.compile(
    r"\b(fastest|most|highest|largest|biggest|longest|latest|dearest|maximum|max|strongest|widest|"
    r"farthest|furthest|best|heaviest|hottest|thickest|peak)\b",
    re.I,
)
FUNCTIONS = ("function_declaration", "function_expression", "arrow_function", "method_definition")
NUMERIC_OPERATORS = frozenset({"<", "<=", ">", ">=", "-", "*", "/", "-=", "+="})
MAX_FIELDS = 3


def _operator(node) -> str:
    op = node.child_by_field_name("operator")
    return node_text(op) if op is not None else ""


def _root(node):
    while node.parent is not None:
        node = node.parent
    return node


def _enclosing(node, types=FUNCTIONS):
    current = node.parent
    while current is not None and current.type not in types:
        current = current.parent
    return current


def _described(node, text: str) -> str:
    """The words that describe the function holding `node`: its name and the comment lines above it."""
    function = _enclosing(node)
    if function is None:
        return ""
    # The name is on the function itself (`function slowest()`, a method) or on what binds it
    # (`const slowest = () => ...`, a pair's key): each is read on the way up to the statement,
    # whose comment lines are above it (an export or a declaration has no name of its own).
    words = []
    while True:
        name = function.child_by_field_name("name") or function.child_by_field_name("key")
        if name is not None:
            words.append(node_text(name))
        if function.parent is None or function.parent.type not in (
            "export_statement", "variable_declarator", "lexical_declaration", "variable_declaration", "pair",
        ):  # fmt: skip
            break
        function = function.parent
    lines = text.split("\n")
    row = function.start_point.row - 1
    while row >= 0 and lines[row].strip().startswith(("//", "*", "/*")):
        words.append(lines[row])
        row -= 1
    # camelCase names split into words (`slowestShip` -> `slowest Ship`).
    return re.sub(r"(?<=[a-z])(?=[A-Z])", " ", " ".join(words))


def _sum_of(node) -> tuple[str, str, str] | None:
    """(collection, element, term) of `xs.reduce((s, x) => s + term, 0)`, else None."""
    if node.type != "call_expression":
        return None
    callee, arguments = node.child_by_field_name("function"), node.child_by_field_name("arguments")
    if callee is None or arguments is None or callee.type != "member_expression":
        return None
    if node_text(callee.child_by_field_name("property")) != "reduce":
        return None
    args = [a for a in arguments.named_children if a.type != "comment"]
    if len(args) != 2 or node_text(args[1]) != "0" or args[0].type != "arrow_function":
        return None
    arrow = args[0]
    parameters = arrow.child_by_field_name("parameters")
    body = arrow.child_by_field_name("body")
    names = [p for p in parameters.named_children] if parameters is not None else []
    # TypeScript wraps each parameter in a `required_parameter`: a plain name either way.
    if len(names) != 2 or any(not node_text(p).isidentifier() for p in names) or body is None:
        return None
    if body.type != "binary_expression" or _operator(body) != "+":
        return None
    if node_text(body.child_by_field_name("left")) != node_text(names[0]):
        return None
    term = body.child_by_field_name("right")
    if node_text(names[0]) in re.findall(r"[\w$]+", node_text(term)):
        return None
    return node_text(callee.child_by_field_name("object")), node_text(names[1]), node_text(term)


def averaged_extremes(data: bytes, nodes, text, path) -> Iterator[tuple[str, str]]:
    """`xs.reduce((s, x) => s + f(x), 0) / xs.length` -> `Math.min(...xs.map((x) => f(x)))` / `Math.max`."""
    for node in nodes:
        if node.type != "binary_expression" or _operator(node) != "/":
            continue
        left, right = node.child_by_field_name("left"), node.child_by_field_name("right")
        summed = _sum_of(left) if left is not None else None
        if summed is None or right is None:
            continue
        collection, element, term = summed
        if node_text(right) != f"{collection}.length":
            continue
        words = _described(node, text)
        least, greatest = LEAST.search(words), GREATEST.search(words)
        order = ("max", "min") if greatest and not least else ("min", "max")
        for which in order:
            new = f"Math.{which}(...{collection}.map(({element}) => {term}))"
            yield (
                replace_span(data, node.start_byte, node.end_byte, new),
                f"take the {'least' if which == 'min' else 'greatest'} of {collection}, not their average",
            )


def _singular(name: str) -> str | None:
    if name.endswith("ies") and len(name) > 4:
        return name[:-3] + "y"
    if name.endswith("s") and not name.endswith("ss") and len(name) > 2:
        return name[:-1]
    return None


def _numeric_names(root) -> list[str]:
    """The plain names the module uses as numbers: an operand of a comparison or of arithmetic."""
    found = []
    for node in walk(root):
        if node.type not in ("binary_expression", "augmented_assignment_expression"):
            continue
        if _operator(node) not in NUMERIC_OPERATORS:
            continue
        for side in ("left", "right"):
            operand = node.child_by_field_name(side)
            if operand is not None and operand.type == "identifier":
                found.append(node_text(operand))
    return list(dict.fromkeys(found))


def _element_reads(root, element: str) -> list[str]:
    found = []
    for node in walk(root):
        if node.type == "member_expression" and node_text(node.child_by_field_name("object")) == element:
            prop = node.child_by_field_name("property")
            if prop is not None and prop.type == "property_identifier" and not _is_called(node):
                found.append(node_text(prop))
    return found


def _is_called(node) -> bool:
    return (
        node.parent is not None
        and node.parent.type == "call_expression"
        and (node.parent.child_by_field_name("function") == node)
    )


def summed_counts(
    data: bytes, nodes, text, path, *, fields: Mapping[str, Sequence[Sequence[str]]] | None = None
) -> Iterator[tuple[str, str]]:
    """`xs.length` -> `xs.reduce((sum, x) => sum + x.field, 0)` for a numeric quantity the code names."""
    if not nodes:
        return
    root = _root(nodes[0])
    numeric = None
    # Each walk of the module or of a function is made once per element or function: a minified
    # line of many counts would otherwise walk the whole module for each (quadratic).
    reads: dict[str, list[str]] = {}
    declared: dict[tuple[int, int], set[str]] = {}
    for node in nodes:
        if node.type != "member_expression" or node_text(node.child_by_field_name("property")) != "length":
            continue
        collection = node.child_by_field_name("object")
        if collection is None or collection.type != "identifier" or _is_called(node):
            continue
        # Only a count that is a quantity of its own (`const taken = xs.length`, `return xs.length`):
        # a count inside a condition, an index, a modulo or a mean is a count of elements by design
        # (7 older dev keys moved down one to three places when every `length` was offered).
        if node.parent is None or node.parent.type not in ("variable_declarator", "return_statement"):
            continue
        name = node_text(collection)
        element = _singular(name)
        if element is None:
            continue  # not a plural name: a string or a count kept under another name
        if numeric is None:
            numeric = _numeric_names(root)
        function = _enclosing(node)
        key = (function.start_byte, function.end_byte) if function is not None else (-1, -1)
        if key not in declared:
            declared[key] = _locals(node)
        local = declared[key]
        if element not in reads:
            reads[element] = _element_reads(root, element)
        donors = [
            *(k for group in (fields or {}).get(element, ()) for k in group),
            *reads[element],
            # A name the module uses as a number outside this function (another function's
            # parameter `people` compared with the seats left): the quantity a count stands for.
            *(n for n in numeric if n not in (name, element) and n not in local and len(n) > 1),
        ]
        # A module constant (`ROTATE_MINUTES`) is no field of an element.
        donors = [d for d in dict.fromkeys(donors) if d.isidentifier() and not d.isupper()]
        for field in donors[:MAX_FIELDS]:
            new = f"{name}.reduce((sum, {element}) => sum + {element}.{field}, 0)"
            yield (
                replace_span(data, node.start_byte, node.end_byte, new),
                f"add up each {element}'s {field}, not one per {element}",
            )


def _locals(node) -> set[str]:
    """The names the function holding `node` declares (its parameters and its own declarations)."""
    function = _enclosing(node)
    if function is None:
        return set()
    names = set()
    for inner in walk(function):
        if inner.type in ("variable_declarator",) and inner.child_by_field_name("name") is not None:
            names.add(node_text(inner.child_by_field_name("name")))
    parameters = function.child_by_field_name("parameters")
    if parameters is not None:
        names.update(node_text(p) for p in walk(parameters) if p.type == "identifier")
    return names


def _slice_of(node) -> tuple[str, list[str]] | None:
    """(object, argument texts) of `s.slice(...)`, else None."""
    if node is None or node.type != "call_expression":
        return None
    callee, arguments = node.child_by_field_name("function"), node.child_by_field_name("arguments")
    if callee is None or arguments is None or callee.type != "member_expression":
        return None
    if node_text(callee.child_by_field_name("property")) != "slice":
        return None
    args = [node_text(a) for a in arguments.named_children if a.type != "comment"]
    return node_text(callee.child_by_field_name("object")), args


def _rotation_pairs(node) -> tuple[object, object] | None:
    """The two slices of `a.slice(x) + a.slice(0, x)`, `[...a.slice(x), ...a.slice(0, x)]` or
    `a.slice(x).concat(a.slice(0, x))`."""
    if node.type == "binary_expression" and _operator(node) == "+":
        return node.child_by_field_name("left"), node.child_by_field_name("right")
    if node.type == "array":
        items = [c for c in node.named_children if c.type != "comment"]
        if len(items) == 2 and all(i.type == "spread_element" for i in items):
            return items[0].named_children[0], items[1].named_children[0]
    if node.type == "call_expression":
        callee, arguments = node.child_by_field_name("function"), node.child_by_field_name("arguments")
        if (
            callee is not None
            and arguments is not None
            and callee.type == "member_expression"
            and node_text(callee.child_by_field_name("property")) == "concat"
            and len(arguments.named_children) == 1
        ):
            return callee.child_by_field_name("object"), arguments.named_children[0]
    return None


def rotation_directions(data: bytes, nodes, text, path) -> Iterator[tuple[str, str]]:
    """`s.slice(n) + s.slice(0, n)` (left by n) <-> `s.slice(s.length - n) + s.slice(0, s.length - n)`."""
    for node in nodes:
        pair = _rotation_pairs(node)
        if pair is None:
            continue
        first, second = _slice_of(pair[0]), _slice_of(pair[1])
        if first is None or second is None or first[0] != second[0]:
            continue
        subject, (head, tail) = first[0], (first[1], second[1])
        if len(head) != 1 or len(tail) != 2 or tail[0] != "0" or tail[1] != head[0]:
            continue
        cut = head[0]
        prefix = f"{subject}.length - "
        if cut.startswith(prefix) and re.fullmatch(r"[\w$.]+", cut[len(prefix) :]):
            # Only a single amount: `s.length - n + 1` is `(s.length - n) + 1`, a cut of `n - 1`
            # the other way, which the text after the prefix (`n + 1`) is not; it takes the
            # general `s.length - (...)` below.
            other, way = cut[len(prefix) :], "left"
        elif re.fullmatch(r"-[\w$.]+", cut):
            # `s.slice(-n) + s.slice(0, -n)` is the rotation right already written with a negative cut.
            other, way = cut[1:], "left"
        else:
            other, way = f"{prefix}{cut}" if re.fullmatch(r"[\w$.]+", cut) else f"{prefix}({cut})", "right"
        edits = {pair[0]: f"{subject}.slice({other})", pair[1]: f"{subject}.slice(0, {other})"}
        yield replace_nodes(data, edits), f"rotate {subject} to the {way}, not the other way"


def loop_offsets(data: bytes, nodes, text, path) -> Iterator[tuple[str, str]]:
    """In `for (let i = start; ...)`, `i * k` -> `(i - start) * k`: a position taken from the loop's start."""
    for node in nodes:
        if node.type != "binary_expression" or _operator(node) not in ("*", "/"):
            continue
        for side in ("left", "right"):
            operand = node.child_by_field_name(side)
            if operand is None or operand.type != "identifier":
                continue
            start = _loop_start(operand)
            if start is None:
                continue
            yield (
                replace_span(data, operand.start_byte, operand.end_byte, f"({node_text(operand)} - {start})"),
                f"measure {node_text(operand)} from the loop's start {start}",
            )


def _loop_start(identifier) -> str | None:
    """`start` when `identifier` is the variable of an enclosing `for (let i = start; ...)` whose start
    is a plain name (a literal start, 0 or 1, is already the origin the code measures from)."""
    name = node_text(identifier)
    current = identifier.parent
    while current is not None and current.type not in FUNCTIONS:
        if current.type == "for_statement":
            initializer = current.child_by_field_name("initializer")
            for declarator in walk(initializer) if initializer is not None else ():
                if declarator.type != "variable_declarator":
                    continue
                value = declarator.child_by_field_name("value")
                if node_text(declarator.child_by_field_name("name")) == name and value is not None:
                    return node_text(value) if value.type == "identifier" else None
        current = current.parent
    return None


def floored_differences(data: bytes, nodes, text, path) -> Iterator[tuple[str, str]]:
    """`Math.abs(a - b)` -> `Math.max(0, a - b)`: a shortfall floored at zero, not a distance either way."""
    for node in nodes:
        if node.type != "call_expression" or node_text(node.child_by_field_name("function")) != "Math.abs":
            continue
        arguments = node.child_by_field_name("arguments")
        args = [a for a in arguments.named_children if a.type != "comment"] if arguments is not None else []
        if len(args) != 1 or args[0].type != "binary_expression" or _operator(args[0]) != "-":
            continue
        yield (
            replace_span(data, node.start_byte, node.end_byte, f"Math.max(0, {node_text(args[0])})"),
            "floor the difference at zero: a shortfall is never negative, and never the other way round",
        )
