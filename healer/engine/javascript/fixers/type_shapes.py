"""TYPE_ERROR templates (round 55, npmtypes29): a value used with the shape of another kind of value,
read from the error's own semantics and the declarations the project writes (PyTER/TBar-style
type-directed templates). Four, each for one message:

- **An Array method on an iterator** (V8 "X.values(...).filter is not a function", an iterator helper
  before Node 22): the iterator spread into an array first, `[...X.values()].filter(f)`, and a later
  `.toArray()` of the chain dropped (the spread already made the array; `take(n)`/`drop(n)` become
  `slice(0, n)`/`slice(n)`). `[...S.values()]` of a name the file binds to `new Set(...)` is written
  `[...S]` (a Set iterates its values; the binding looked up scope by scope from the call). Not for a
  receiver that is no call (builtins.py spreads those by their type), a method no Array has, nor a
  generator the file writes with an always-true loop (the spread would never end).
- **An object destructured with an array pattern** (V8 "... is not iterable", "... is not a function or
  its return value is not iterable"; tsc TS2488 "must have a '[Symbol.iterator]()' method"):
  `const [a, b] = new C(...)` (or a name bound to one) becomes the object pattern `const { a, b } = ...`
  when the class C the project declares has an instance member (field, getter, method, parameter
  property; not a static one nor a lone setter, which read as undefined) of each name and no
  `[Symbol.iterator]` of its own. Not when a pattern element is a hole, a default or
  a rest, nor when a name is no member.
- **An object where one of its fields is wanted** (tsc TS2345 "Argument of type 'T' is not assignable to
  parameter of type 'W'"): an argument `t` becomes `t.f`, and `...ts` spread into the call becomes
  `...ts.map((t) => t.f)`, one candidate per field the project's `interface T`/`type T = {...}` declares
  with the type W (`Puller[]` = `Array<Puller>`), the fields that share a word with the callee's or the
  enclosing function's name first (`peakM` → `levelM`), then in declaration order. Not when T declares
  no field of type W.
- **An options object destructured from a missing argument** (V8 "Cannot destructure property 'p' of
  'undefined'"): the parameter's object pattern given `= {}`, unguarded when each of its properties has
  its own default (the writer meant the object optional), a guard otherwise; an optional parameter's
  `?` dropped (tsc's TS1015: a question mark and an initializer). Not for a pattern that
  has a default already or does not name p.
- **A value cast to a type it is not** (round 56, npm30; V8 "item.price.toFixed is not a function", a
  Number method on text): `price as unknown as number` only quiets the checker, the value stays the
  text it was. Where the project makes the field (`price: E as unknown as number`, `const price = ...`,
  `x.price = ...`) through a double assertion (`as unknown as T`, `as any as T`) to the primitive the
  method needs, the cast becomes the conversion `Number(E)`/`String(E)` (TypeScript handbook: an
  assertion is removed at compile time, no conversion). Not for a single assertion, nor a field the
  cast does not make.
"""

from __future__ import annotations

import re

import tree_sitter

from healer.engine.javascript.fixers.base import Candidate, parsing, replace_span
from healer.engine.javascript.fixers.type_errors import name_words, receiver_conversion
from healer.engine.javascript.syntax import encode, method_call, node_text, overlapping, parse, walk

ITERATOR_CALL = re.compile(
    r"(?P<receiver>[\w$.]+?)\.(?P<made>\w+)\(\.\.\.\)\.(?P<method>\w+) is not a function"
)
# Iterator.prototype's helpers (ES2025) and what each is as an Array method ("" = the array itself).
HELPERS = {"filter": None, "map": None, "flatMap": None, "reduce": None, "some": None, "every": None,
           "find": None, "forEach": None, "take": "slice(0, {0})", "drop": "slice({0})", "toArray": ""}  # fmt: skip
NOT_ITERABLE = re.compile(
    r"is not iterable|its return value is not iterable|must have a '\[Symbol\.iterator\]\(\)' method"
)
WANTED = re.compile(
    r"Argument of type '(?P<type>[A-Z][\w$]*)' is not assignable to parameter of type '(?P<wanted>[^']+)'"
)
# V8's own words, and what the same pattern reads as once a transform (babel-jest) lowers it to reads.
UNDEFINED_DESTRUCTURED = re.compile(
    r"Cannot destructure property '(?P<name>[^']+)' of '(?:undefined|null)'"
    r"|Cannot read properties of (?:undefined|null) \(reading '(?P<read>[^']+)'\)"
)
LOOPS = ("while_statement", "do_statement", "for_statement")
FUNCTIONS = ("function_declaration", "function_expression", "arrow_function", "method_definition",
             "generator_function_declaration", "function")  # fmt: skip


# -- an Array method on an iterator ------------------------------------------------------------------------
def _set_bound(at: tree_sitter.Node, name: str) -> bool:
    """The binding of `name` seen from `at` is `new Set(...)`, looked up scope by scope outwards
    (round 55's review: a Set of that name in another function said nothing of this one, and `[...m]`
    of a Map spreads its entries). Any binding not understood answers False: `[...s.values()]` is
    right for every receiver, `[...s]` only a shorter spelling of it for a Set."""
    node: tree_sitter.Node | None = at
    while node is not None:
        if node.type in FUNCTIONS or node.type in ("for_in_statement", "catch_clause"):
            heads = [node.child_by_field_name(f) for f in ("parameters", "parameter", "left")]
            if any(n.type == "identifier" and node_text(n) == name for h in heads if h for n in walk(h)):
                return False
        if node.type in ("program", "statement_block", "switch_case", "switch_default"):
            for statement in node.named_children:
                declared = statement.child_by_field_name("declaration") or statement
                named = declared.child_by_field_name("name")
                shadowing = declared.type in ("function_declaration", "class_declaration")
                if shadowing and named is not None and node_text(named) == name:
                    return False
                if declared.type not in ("lexical_declaration", "variable_declaration"):
                    continue
                for declarator in declared.named_children:
                    named = declarator.child_by_field_name("name")  # None for a comment
                    if named is None or node_text(named) != name:
                        continue
                    value = declarator.child_by_field_name("value")
                    made = value.child_by_field_name("constructor") if value is not None else None
                    return made is not None and value.type == "new_expression" and node_text(made) == "Set"
        node = node.parent
    return False


def _endless_generator(root: tree_sitter.Node, name: str) -> bool:
    """The file declares a generator `name` holding a loop whose condition is always true (round 55's
    review: `[...counter.ids()]` of `*ids() { while (true) yield i++; }` never ends)."""
    holders = ("generator_function_declaration", "method_definition", "pair", "variable_declarator")
    for node in walk(root):
        if node.type not in holders:
            continue
        named = node.child_by_field_name("name") or node.child_by_field_name("key")
        function = node.child_by_field_name("value") if node.type in holders[2:] else node
        if named is None or function is None or node_text(named) != name:
            continue
        if not any(c.type == "*" for c in function.children):
            continue  # no generator
        for loop in walk(function):
            condition = loop.child_by_field_name("condition") if loop.type in LOOPS else None
            test = node_text(condition).strip("(); \t\n") if condition is not None else None
            if test in ("", "true", "1", "!0"):
                return True
    return False


def iterator_helper_candidates(text: str, path: str, *, line: int, message: str) -> list[Candidate]:
    said = ITERATOR_CALL.search(message)
    if said is None or said["method"] not in HELPERS:
        return []
    tree = parse(text, path)
    if tree is None:
        return []
    data = encode(text)
    found: list[Candidate] = []
    for call in overlapping(tree.root_node, (line - 1, line - 1)):
        called = method_call(call)
        if called is None or node_text(called[1]) != said["method"]:
            continue
        receiver = called[0]
        made = method_call(receiver)
        if made is None or node_text(made[1]) != said["made"]:
            continue
        maker, method = made[0], node_text(made[1])
        if not node_text(maker).endswith(said["receiver"]):
            continue
        if _endless_generator(tree.root_node, method):
            continue  # spread, it never ends (a `take(n)` or `find` would have stopped it)
        spread = node_text(receiver)
        if method in ("values", "keys") and maker.type == "identifier" and _set_bound(call, node_text(maker)):
            spread = node_text(maker)
        array = f"[...{spread}]"
        # The chain from the spread outwards: each helper respelt as its Array method.
        start, end = receiver.start_byte, receiver.end_byte
        written = array
        node = receiver
        while node.parent is not None and node.parent.type == "member_expression":
            member = node.parent
            outer = member.parent
            if outer is None or outer.type != "call_expression":
                break
            method = node_text(member.child_by_field_name("property"))
            if method not in HELPERS:
                break
            arguments = outer.child_by_field_name("arguments")
            given = [node_text(a) for a in arguments.named_children] if arguments is not None else []
            as_array = HELPERS[method]
            if as_array == "":
                pass  # toArray: the array is already there
            elif as_array is not None:
                written += "." + as_array.format(*given) if given else ""
            else:
                # Bytes, as tree-sitter counts them: a str index is off past non-ASCII text.
                written += data[node.end_byte : outer.end_byte].decode("utf-8", errors="surrogateescape")
            end = outer.end_byte
            node = outer
        found.append(
            Candidate(
                path,
                replace_span(data, start, end, written),
                line,
                f"spread {node_text(receiver)[:40]} into an array before {said['method']} (an iterator has no Array methods)",
            )
        )
    return parsing(found, original=text, path=path)


# -- an object destructured with an array pattern -----------------------------------------------------
def _class_members(sources: dict[str, str], name: str) -> set[str] | None:
    """The member names of the class `name` some source declares (None: no such class, or iterable)."""
    for file, text in sources.items():
        if f"class {name}" not in text:
            continue
        tree = parse(text, file)
        if tree is None:
            continue
        for node in walk(tree.root_node):
            if (
                node.type not in ("class_declaration", "class")
                or node_text(node.child_by_field_name("name")) != name
            ):
                continue
            body = node.child_by_field_name("body")
            members: set[str] = set()
            for member in body.named_children if body is not None else []:
                named = member.child_by_field_name("name") or member.child_by_field_name("property")
                if named is None:
                    continue
                written = node_text(named)
                if "Symbol.iterator" in written:
                    return None
                if any(c.type == "static" for c in member.children):
                    continue  # the class's own, not an instance's (round 55's review)
                if any(c.type == "set" for c in member.children):
                    continue  # reads as undefined unless a getter or field of the name goes with it
                members.add(written)
                if written == "constructor":
                    parameters = member.child_by_field_name("parameters")
                    for parameter in parameters.named_children if parameters is not None else []:
                        # TypeScript's parameter properties (`constructor(readonly trails: T[])`).
                        if parameter.type in ("required_parameter", "optional_parameter") and any(
                            c.type in ("accessibility_modifier", "readonly") for c in parameter.children
                        ):
                            pattern = parameter.child_by_field_name("pattern")
                            if pattern is not None:
                                members.add(node_text(pattern))
            return members
    return None


def _constructed(value: tree_sitter.Node, root: tree_sitter.Node) -> str | None:
    """The class `value` is an instance of: `new C(...)`, or a name the file binds to one."""
    if value.type == "new_expression":
        made = value.child_by_field_name("constructor")
        return node_text(made) if made is not None and made.type == "identifier" else None
    if value.type == "identifier":
        for node in walk(root):
            if node.type == "variable_declarator" and node_text(
                node.child_by_field_name("name")
            ) == node_text(value):
                bound = node.child_by_field_name("value")
                return (
                    _constructed(bound, root)
                    if bound is not None and bound.type == "new_expression"
                    else None
                )
    return None


def object_pattern_candidates(
    text: str, path: str, *, line: int, message: str, sources: dict[str, str]
) -> list[Candidate]:
    if not NOT_ITERABLE.search(message):
        return []
    tree = parse(text, path)
    if tree is None:
        return []
    data = encode(text)
    found: list[Candidate] = []
    for node in overlapping(tree.root_node, (line - 1, line - 1)):
        if node.type not in ("variable_declarator", "assignment_expression"):
            continue
        pattern = node.child_by_field_name("name") or node.child_by_field_name("left")
        value = node.child_by_field_name("value") or node.child_by_field_name("right")
        if pattern is None or value is None or pattern.type != "array_pattern":
            continue
        names = [c for c in pattern.named_children if c.type != "comment"]
        if not names or any(c.type != "identifier" for c in names):
            continue
        # A hole (`[, b]`) leaves two commas side by side: positions the object pattern cannot keep.
        if re.search(r"\[\s*,|,\s*,|,\s*\]", node_text(pattern)):
            continue
        owner = _constructed(value, tree.root_node)
        members = _class_members({**sources, path: text}, owner) if owner else None
        if not members or any(node_text(n) not in members for n in names):
            continue
        written = "{ " + ", ".join(node_text(n) for n in names) + " }"
        if node.type == "assignment_expression":
            continue  # `[a, b] = x` as a statement would need parentheses around the object pattern
        found.append(
            Candidate(
                path,
                replace_span(data, pattern.start_byte, pattern.end_byte, written),
                line,
                f"destructure the {owner}'s members by name: an instance is not iterable",
            )
        )
    return parsing(found, original=text, path=path)


# -- objects where numbers are wanted ------------------------------------------------------------------
def _fields_typed(sources: dict[str, str], name: str, wanted: str) -> list[str]:
    """The fields the project's `interface name`/`type name = {...}` declares with the type `wanted`."""
    declared = re.compile(rf"\b(?:interface\s+{re.escape(name)}\b[^{{]*|type\s+{re.escape(name)}\s*=\s*)\{{")
    for text in sources.values():
        match = declared.search(text)
        if match is None:
            continue
        depth, at = 1, match.end()
        while at < len(text) and depth:
            depth += {"{": 1, "}": -1}.get(text[at], 0)
            at += 1
        body = text[match.end() : at - 1]
        # The type is the rest of the line less its `;`/`,`, trimmed in Python: `(.+?)\s*[;,]?\s*$` tried
        # every split of a run of spaces between its two \s* (cubic in the run, round 55's review).
        fields = re.findall(r"(?m)^[ \t]*(?:readonly\s+)?([A-Za-z_$][\w$]*)\??\s*:[ \t]*(.*)$", body)
        return [field for field, typed in fields if _same_type(_field_type(typed), wanted)]
    return []


def _field_type(rest: str) -> str:
    rest = rest.rstrip()
    return rest[:-1].rstrip() if rest.endswith((";", ",")) else rest


def _same_type(written: str, wanted: str) -> bool:
    """`Puller[]`, `Array<Puller>` and `readonly Puller[]` are one type as tsc prints it."""

    def plain(t: str) -> str:
        t = re.sub(r"\s+", "", t).removeprefix("readonly")
        found = re.fullmatch(r"(?:Readonly)?Array<(.+)>", t)
        return f"{found.group(1)}[]" if found else t

    return plain(written) == plain(wanted)


def field_argument_candidates(
    text: str, path: str, *, line: int, message: str, sources: dict[str, str]
) -> list[Candidate]:
    said = WANTED.search(message)
    if said is None:
        return []
    fields = _fields_typed({**sources, path: text}, said["type"], said["wanted"])
    if not fields:
        return []
    tree = parse(text, path)
    if tree is None:
        return []
    data = encode(text)
    found: list[Candidate] = []
    item = said["type"][:1].lower() + said["type"][1:]
    local = item if re.search(rf"(?<![\w$]){re.escape(item)}(?![\w$])", text) is None else "item"
    for node in overlapping(tree.root_node, (line - 1, line - 1)):
        if node.parent is None or node.parent.type != "arguments" or node.start_point.row != line - 1:
            continue
        if node.type == "spread_element":
            spread = node.named_children[0] if node.named_children else None
            if spread is None:
                continue

            def written(field: str, spread: tree_sitter.Node = spread) -> str:
                return f"...{_wrapped(spread)}.map(({local}) => {local}.{field})"

            what = f"spread each {said['type']}'s {{}}, the {said['wanted']} the call takes"
        elif node.type in ("identifier", "member_expression"):

            def written(field: str, node: tree_sitter.Node = node) -> str:
                return f"{node_text(node)}.{field}"

            what = f"pass the {said['type']}'s {{}}, the {said['wanted']} the call takes"
        else:
            continue
        for field in _ranked_fields(fields, node):
            new = replace_span(data, node.start_byte, node.end_byte, written(field))
            found.append(Candidate(path, new, line, what.format(field)))
    return parsing(found, original=text, path=path)


def _wrapped(node: tree_sitter.Node) -> str:
    simple = ("identifier", "member_expression", "call_expression", "subscript_expression", "this")
    return node_text(node) if node.type in simple else f"({node_text(node)})"


def _ranked_fields(fields: list[str], argument: tree_sitter.Node) -> list[str]:
    """The fields sharing a word with the enclosing function's or the callee's name first."""
    names: list[str] = []
    call = argument.parent.parent if argument.parent is not None else None
    callee = call.child_by_field_name("function") if call is not None else None
    if callee is not None:
        names.append(node_text(callee))
    enclosing = argument.parent
    while enclosing is not None and enclosing.type not in FUNCTIONS:
        enclosing = enclosing.parent
    named = enclosing.child_by_field_name("name") if enclosing is not None else None
    if named is None and enclosing is not None and enclosing.parent is not None:
        named = enclosing.parent.child_by_field_name("name")
    if named is not None:
        names.append(node_text(named))
    wanted = set().union(*(name_words(n) for n in names)) if names else set()
    return sorted(fields, key=lambda f: (not (name_words(f) & wanted), fields.index(f)))


# -- an options object destructured from a missing argument --------------------------------------------
def pattern_default_candidates(text: str, path: str, *, line: int, message: str) -> list[Candidate]:
    """V8's "Cannot destructure property 'p' of 'undefined'" (or, transformed, "Cannot read properties of
    undefined (reading 'p')") at a function whose parameter is an object
    pattern with no default: the pattern given `= {}` (the parameter is optional, as ES2015's default
    parameters write it). Unguarded when every property of the pattern has its own default (the
    writer meant the whole object to be optional); otherwise a guard (a fix only when the tests pass)."""
    said = UNDEFINED_DESTRUCTURED.search(message)
    if said is None:
        return []
    tree = parse(text, path)
    if tree is None:
        return []
    data = encode(text)
    found: list[Candidate] = []
    for node in overlapping(tree.root_node, (line - 1, line - 1)):
        if node.type != "object_pattern" or node.parent is None:
            continue
        holder = node.parent
        if holder.type in ("required_parameter", "optional_parameter"):
            if holder.child_by_field_name("value") is not None:
                continue
            holder = holder.parent
        if holder is None or holder.type != "formal_parameters":
            continue
        properties = [c for c in node.named_children if c.type != "comment"]
        names = {
            node_text(c.child_by_field_name("left") or c.child_by_field_name("key") or c) for c in properties
        }
        if (said["name"] or said["read"]) not in names:
            continue
        defaulted = all(c.type == "object_assignment_pattern" for c in properties)
        end, written = node.end_byte, " = {}"
        if node.parent.type in ("required_parameter", "optional_parameter"):
            end = node.parent.end_byte  # after a type annotation: `{ a = 1 }: Options = {}`
            # `{ a }?: O = {}` is TS1015 (a question mark and an initializer; round 55's review): the
            # default makes the parameter optional already.
            annotation = data[node.end_byte : end].decode("utf-8", errors="surrogateescape")
            written = annotation.lstrip().removeprefix("?") + written
        new = replace_span(data, node.end_byte, end, written)
        found.append(
            Candidate(
                path,
                new,
                line,
                f"default the destructured parameter to {{}}: callers may leave out its '{said['name'] or said['read']}'",
                guard=not defaulted,
            )
        )
    return parsing(found, original=text, path=path)


# -- a value cast to a type it is not ------------------------------------------------------------------
CALLED_ON = re.compile(r"(?P<receiver>[\w$.]+)\.(?P<method>\w+) is not a function")
# The conversion each primitive's methods need, and the primitive a double assertion names.
PRIMITIVE_OF = {"Number": "number", "String": "string"}
ERASED = ("unknown", "any")


def cast_conversion_candidates(
    text: str, path: str, *, line: int, message: str, sources: dict[str, str]
) -> list[Candidate]:
    said = CALLED_ON.search(message)
    conversion = receiver_conversion(said["method"]) if said is not None else ""
    if conversion not in PRIMITIVE_OF:
        return []
    field = said["receiver"].rsplit(".", 1)[-1]
    found: list[Candidate] = []
    for file, source in {path: text, **{f: t for f, t in sources.items() if f != path}}.items():
        if not file.endswith((".ts", ".tsx", ".mts", ".cts")) or " as " not in source:
            continue
        tree = parse(source, file)
        if tree is None:
            continue
        data, made = encode(source), []
        for node in walk(tree.root_node):
            inner = _double_assertion(node, PRIMITIVE_OF[conversion])
            if inner is None or _made_field(node) != field:
                continue
            new = f"{conversion}({node_text(inner)})"
            made.append(Candidate(file, replace_span(data, node.start_byte, node.end_byte, new),
                                   node.start_point.row + 1,
                                   f"convert {node_text(inner)[:40]} with {conversion}() where {field} is made: "
                                   f"the cast to {PRIMITIVE_OF[conversion]} converts nothing"))  # fmt: skip
        found += parsing(made, original=source, path=file)
    return found


def _double_assertion(node: tree_sitter.Node, primitive: str) -> tree_sitter.Node | None:
    """The expression `node` asserts to `primitive` through unknown/any (`E as unknown as number`)."""
    if node.type != "as_expression" or len(node.named_children) != 2:
        return None
    outer, wanted = node.named_children
    if node_text(wanted) != primitive or outer.type != "as_expression" or len(outer.named_children) != 2:
        return None
    inner, erased = outer.named_children
    return inner if node_text(erased) in ERASED else None


def _made_field(node: tree_sitter.Node) -> str:
    """The field or name the value `node` is stored in: a pair's key, a declarator's or an assigned
    member's name ("" for anything else, e.g. an argument)."""
    parent = node.parent
    while parent is not None and parent.type == "parenthesized_expression":
        node, parent = parent, parent.parent
    if parent is None:
        return ""
    if parent.type == "pair" and parent.child_by_field_name("value") == node:
        return node_text(parent.child_by_field_name("key")).strip("'\"")
    if parent.type == "variable_declarator" and parent.child_by_field_name("value") == node:
        return node_text(parent.child_by_field_name("name"))
    if parent.type == "assignment_expression" and parent.child_by_field_name("right") == node:
        return node_text(parent.child_by_field_name("left")).rsplit(".", 1)[-1]
    return ""
