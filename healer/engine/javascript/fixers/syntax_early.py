"""Class-body early errors (ECMAScript's static semantics) and accessor slips: the code tree-sitter
accepts (or reads as something else) that every engine refuses when the module is parsed.

- Private names (ECMAScript 15.7.1, "AllPrivateIdentifiersValid"): a `#name` used in a class must
  be declared in the body of that class or one enclosing it, so a misspelt `this.#wheel` is a
  SyntaxError ("Private field '#wheel' must be declared in an enclosing class"), not an undefined
  property. The repair is the identifier-typo template (the name-typo repair of Python's PyTER and
  of ssFix/TBar's "mutate variable" templates): the declared private names nearest by edit
  distance; a public member of the same name (`#` added by mistake) after them.
- Accessors (15.4.1, "Early Errors" of MethodDefinition): a getter's parameter list must be empty
  and a setter's must hold exactly one parameter ("Getter must not have any formal parameters",
  "Setter must have exactly one formal parameter"). A getter that reads its parameter was meant to
  be a method (`get onAir(hour)` → `onAir(hour)`); one that does not loses the parameter. A setter
  with no parameter gets one, a setter with more keeps its first.
- The parse errors of the same slip: `get total {` and `set total {` lack their parameter list;
  the one-token edits "repair" them as a method named `get` (`get (total) {`), so the accessor's own
  list goes first.
- Duplicate parameter names (15.2.1 Early Errors: forbidden in strict code, arrows, methods and
  non-simple lists; "Duplicate parameter name not allowed in this context"): the later one was
  meant to be a name the body reads but nothing binds (`(w, w) => w * h` → `(w, h)`), the
  free names of the body in the order it reads them.
- Round 47 (npm21): a `#name` read outside every class (`a.#massKg` in a module function) is the same
  early error, but the class that declares it is elsewhere in the file: a private name is reachable
  only inside its class body, so outside it the value is read through what the class makes public of
  it: a getter whose body returns `this.#name` (then a parameterless method that does, called), then a
  public member spelt without `#`. Every such use outside the declaring class is rewritten at once.
- Round 48 (npm22): TypeScript's grammar errors on one parameter, each with one repair the checker's
  own meaning names (diagnosticMessages.json): TS1015 "Parameter cannot have question mark and
  initializer" (a defaulted parameter is already optional to callers: the `?` dropped, the default
  kept); TS1047 "A rest parameter cannot be optional" (a rest is already possibly empty: `?` dropped);
  TS1048 "A rest parameter cannot have an initializer" (the initializer dropped: it never applied);
  TS2371 "A parameter initializer is only allowed in a function or constructor implementation" (an
  overload, a `declare`d or abstract signature: the initializer dropped, the implementation keeps its
  own); TS1051/TS1052, a setter's parameter optional or defaulted (a setter always receives the
  assigned value: the `?` or the initializer dropped). Round 53 (npm27): TS1016 "A required parameter
  cannot follow an optional parameter": the optional marker moved to where the grammar allows it.
  The earlier parameters' `?` dropped comes first (the later one is required, so callers pass every
  argument up to it anyway); the required parameter (and the required ones after it) made optional
  only when the body already tolerates its absence (it tests the name against undefined or null, by
  `??`, `?.`, `typeof`, `!x` or `x ||`), since otherwise the `?` only moves the error into the body.
  Round 54 (npm28): TS1095 "A 'set' accessor cannot have a return type annotation": the annotation
  dropped (an assignment evaluates to the assigned value, so a setter's return type never applies).
- Regular expression flags (22.2.3.1): a flag outside `dgimsuvy`, or one given twice, is a
  SyntaxError ("Invalid regular expression flags"): the flags without the bad or repeated one.
"""

from __future__ import annotations

import difflib
import functools
import re
from collections.abc import Iterator

import tree_sitter

from healer.engine.javascript.fixers.base import Candidate, line_bounds, replace_span
from healer.engine.javascript.fixers.imports import GLOBALS, declared_names
from healer.engine.javascript.syntax import node_text, parse, walk

CLASSES = ("class_body",)
MEMBERS = ("field_definition", "method_definition", "public_field_definition")
REGEX_FLAGS = "dgimsuvy"  # ECMAScript 2024's RegExp flags
# A setter with no parameter: the name the setter's assigned value conventionally goes by.
SETTER_PARAMETER = "value"


def class_early_error_candidates(
    data: bytes, path: str, node: tree_sitter.Node, *, line: int
) -> list[Candidate]:
    """The candidates for one node on the reported line (early_error_candidates walks the tree)."""
    if node.type == "private_property_identifier" and _is_use(node):
        return _private_names(data, path, node, line)
    if node.type == "method_definition":
        return _accessor_parameters(data, path, node, line) + _special_constructor(data, path, node, line)
    if node.type == "regex_flags":
        return _regex_flags(data, path, node, line)
    if node.type == "formal_parameters":
        return _duplicate_parameters(data, path, node, line)
    if node.type in ("optional_parameter", "required_parameter"):
        return _parameter_modifiers(data, path, node, line)
    return []


# -- private names ---------------------------------------------------------------------------------
def _is_use(node: tree_sitter.Node) -> bool:
    """A `#name` read or written through a member (`this.#x`, `other.#x`, `#x in obj`), not declared."""
    parent = node.parent
    return parent is not None and parent.type not in MEMBERS


def _declared_private(node: tree_sitter.Node) -> tuple[list[str], list[str]]:
    """The private names (with '#') and public member names the enclosing class bodies declare,
    innermost class first."""
    # Ordered dicts, not lists: a membership test on a list made nested classes quadratic in their
    # depth (review, round 47).
    private: dict[str, None] = {}
    public: dict[str, None] = {}
    current = node.parent
    while current is not None:
        if current.type in CLASSES:
            for member in current.named_children:
                name = member.child_by_field_name("name") or member.child_by_field_name("property")
                if name is None:
                    continue
                target = private if name.type == "private_property_identifier" else public
                target.setdefault(node_text(name), None)
        current = current.parent
    return list(private), list(public)


def _private_names(data: bytes, path: str, node: tree_sitter.Node, line: int) -> list[Candidate]:
    used = node_text(node)
    private, public = _declared_private(node)
    if used in private:
        return []
    if not private and not public:
        return _read_outside(data, path, node, line)
    nearest = difflib.get_close_matches(used, private, n=3, cutoff=0.6)
    found = [
        Candidate(path, replace_span(data, node.start_byte, node.end_byte, name), line,
                  f"use the declared private name '{name}' for '{used}'")
        for name in nearest
    ]  # fmt: skip
    if used[1:] in public:
        found.append(
            Candidate(path, replace_span(data, node.start_byte, node.end_byte, used[1:]), line,
                      f"read the public member '{used[1:]}' the class declares")
        )  # fmt: skip
    return found


def _read_outside(data: bytes, path: str, node: tree_sitter.Node, line: int) -> list[Candidate]:
    """`x.#name` outside every class: through the public accessor of the file's class declaring it.
    Every use of the name on the line asks the same question: answered once (a whole-file walk)."""
    return list(_reads_outside(data, path, node_text(node), line))


@functools.lru_cache(maxsize=4)
def _reads_outside(data: bytes, path: str, used: str, line: int) -> tuple[Candidate, ...]:
    tree = parse(data.decode("utf-8", errors="surrogateescape"), path)
    if tree is None:
        return ()
    root = tree.root_node
    owners = [
        body for body in walk(root)
        if body.type in CLASSES and any(
            (n := m.child_by_field_name("name") or m.child_by_field_name("property")) is not None
            and n.type == "private_property_identifier" and node_text(n) == used
            for m in body.named_children
        )
    ]  # fmt: skip
    if len(owners) != 1:
        return ()
    owner = owners[0]
    exposed = []
    for member in owner.named_children:
        name = member.child_by_field_name("name")
        if member.type != "method_definition" or name is None or name.type != "property_identifier":
            continue
        if any(c.type in ("static", "set") for c in member.children):
            continue
        parameters = member.child_by_field_name("parameters")
        body = member.child_by_field_name("body")
        statements = [c for c in body.named_children if c.type != "comment"] if body is not None else []
        returns = (
            len(statements) == 1 and statements[0].type == "return_statement"
            and node_text(statements[0]).replace(" ", "").rstrip(";") == f"returnthis.{used}"
        )  # fmt: skip
        if not returns or (parameters is not None and parameters.named_children):
            continue
        getter = any(c.type == "get" for c in member.children)
        exposed.append((0 if getter else 1, node_text(name), getter))
    public = {
        node_text(n) for m in owner.named_children
        if (n := m.child_by_field_name("name") or m.child_by_field_name("property")) is not None
        and n.type == "property_identifier"
    }  # fmt: skip
    reads = [(name, getter) for _, name, getter in sorted(exposed)]
    if used[1:] in public and (used[1:], True) not in reads and (used[1:], False) not in reads:
        reads.append((used[1:], True))
    uses = [
        n for n in walk(root)
        if n.type == "private_property_identifier" and node_text(n) == used and _is_use(n)
        and not _inside(n, owner)
    ]  # fmt: skip
    if any(u.parent is None or u.parent.type != "member_expression" for u in uses):
        return ()  # `#x in obj` (a brand check) has no public counterpart
    if any(_written(u.parent) for u in uses):
        return ()  # `o.#x = v` through a getter or a method (`o.x() = v`) writes nothing (review, round 47)
    found = []
    for name, getter in reads[:3]:
        new = data
        for use in sorted(uses, key=lambda n: n.start_byte, reverse=True):
            member = use.parent
            called = (
                member is not None and member.parent is not None and member.parent.type == "call_expression"
            )
            spelt = name if getter or called else f"{name}()"
            new = new[: use.start_byte] + spelt.encode() + new[use.end_byte :]
        how = "getter" if getter else "method"
        found.append(Candidate(path, new.decode("utf-8", errors="surrogateescape"), line,
                               f"read '{used}' outside its class through the class's public {how} '{name}'"))  # fmt: skip
    return tuple(found)


def _written(member: tree_sitter.Node) -> bool:
    """The member is a write's target: `m = v`, `m += v`, `m++`, `[m] = xs`, `delete m`."""
    parent = member.parent
    if parent is None:
        return False
    if parent.type in ("assignment_expression", "augmented_assignment_expression"):
        return parent.child_by_field_name("left") == member
    return parent.type in ("update_expression", "array_pattern", "object_pattern", "pair_pattern") or (
        parent.type == "unary_expression" and node_text(parent).startswith("delete")
    )


def _inside(node: tree_sitter.Node, body: tree_sitter.Node) -> bool:
    return body.start_byte <= node.start_byte and node.end_byte <= body.end_byte


# -- accessors -------------------------------------------------------------------------------------
def _accessor_parameters(data: bytes, path: str, node: tree_sitter.Node, line: int) -> list[Candidate]:
    keyword = next((c for c in node.children if c.type in ("get", "set")), None)
    parameters = node.child_by_field_name("parameters")
    if keyword is None or parameters is None:
        return []
    listed = [c for c in parameters.named_children if c.type != "comment"]
    body = node.child_by_field_name("body")
    name = node_text(node.child_by_field_name("name")) if node.child_by_field_name("name") else "the accessor"
    after_keyword = keyword.end_byte + (
        len(data[keyword.end_byte :]) - len(data[keyword.end_byte :].lstrip())
    )
    as_method = Candidate(path, replace_span(data, keyword.start_byte, after_keyword, ""), line,
                          f"declare {name} as a method: an accessor cannot take these parameters")  # fmt: skip
    if keyword.type == "get" and listed:
        emptied = Candidate(path, replace_span(data, parameters.start_byte, parameters.end_byte, "()"), line,
                            f"drop the getter {name}'s parameters")  # fmt: skip
        read = body is not None and any(_reads(body, p) for p in listed)
        return [as_method, emptied] if read else [emptied, as_method]
    if keyword.type == "set" and not listed:
        given = Candidate(path, replace_span(data, parameters.start_byte, parameters.end_byte,
                                             f"({SETTER_PARAMETER})"), line,
                          f"give the setter {name} its parameter")  # fmt: skip
        return [given, as_method]
    if keyword.type == "set" and len(listed) > 1:
        first = node_text(listed[0])
        kept = Candidate(path, replace_span(data, parameters.start_byte, parameters.end_byte, f"({first})"),
                         line, f"keep the setter {name}'s first parameter only")  # fmt: skip
        return [kept, as_method]
    returned = node.child_by_field_name("return_type")
    if keyword.type == "set" and returned is not None:
        # TS1095 "A 'set' accessor cannot have a return type annotation": an assignment's value is
        # the assigned one, never the setter's, so the annotation (`: void` included) only goes.
        return [
            Candidate(path, replace_span(data, parameters.end_byte, returned.end_byte, ""), line,
                      f"drop the setter {name}'s return type: a set accessor returns nothing")
        ]  # fmt: skip
    return []


def _reads(body: tree_sitter.Node, parameter: tree_sitter.Node) -> bool:
    names = {
        node_text(n)
        for n in walk(parameter)
        if n.type in ("identifier", "shorthand_property_identifier_pattern")
    }
    return any(n.type == "identifier" and node_text(n) in names for n in walk(body))


# Followed by the body, or by a TypeScript return type (`get total: number {`).
ACCESSOR_HEADER = re.compile(r"^(?P<lead>\s*(?:static\s+)?)(?P<kind>get|set)\s+(?P<name>#?[\w$]+)\s*(?=\{|:)")


def accessor_header_candidates(text: str, path: str, *, line: int) -> Iterator[Candidate]:
    """`get total {` / `set total {` / `get total: number {`: the accessor's parameter list, which the
    header lacks (a getter's empty, a setter's one parameter)."""
    bounds = line_bounds(text, line)
    if bounds is None:
        return
    start, end = bounds
    match = ACCESSOR_HEADER.match(text[start:end])
    if match is None:
        return
    listed = "()" if match["kind"] == "get" else f"({SETTER_PARAMETER})"
    at = start + match.end("name")
    kind = "getter" if match["kind"] == "get" else "setter"
    rest = text[at:].lstrip(" ")
    # The list goes against a return type's colon, and a blank before the body's brace.
    spliced = text[:at] + listed + ("" if rest.startswith(":") else " ") + rest
    yield Candidate(path, spliced, line, f"give the {kind} {match['name']} its parameter list {listed}")


# -- regular expression flags -----------------------------------------------------------------------
def _regex_flags(data: bytes, path: str, node: tree_sitter.Node, line: int) -> list[Candidate]:
    written = node_text(node)
    kept = "".join(dict.fromkeys(flag for flag in written if flag in REGEX_FLAGS))
    if kept == written:
        return []
    return [Candidate(path, replace_span(data, node.start_byte, node.end_byte, kept), line,
                      f"write the regular expression's flags as '{kept}'")]  # fmt: skip


# -- async or generator constructors ------------------------------------------------------------------
FUNCTION_SCOPES = frozenset(
    {"function_declaration", "function_expression", "function", "arrow_function", "method_definition",
     "generator_function_declaration", "generator_function"}
)  # fmt: skip


def _special_constructor(data: bytes, path: str, node: tree_sitter.Node, line: int) -> list[Candidate]:
    """`async constructor()` or `*constructor()` (15.7.1 Early Errors: a class's constructor is no
    async method and no generator; V8: "Class constructor may not be an async method", tsc TS1089):
    the modifier dropped when the body awaits or yields nothing of its own, which makes it an
    ordinary constructor doing what it did. A body that awaits needs its work moved into a static
    async factory, a change to every caller: left alone."""
    name = node.child_by_field_name("name")
    body = node.child_by_field_name("body")
    if name is None or node_text(name) != "constructor" or body is None:
        return []
    modifiers = [c for c in node.children if c.type in ("async", "*") and c.end_byte <= name.start_byte]
    if not modifiers or node.parent is None or node.parent.type != "class_body":
        return []
    for inner in walk(body):
        if inner.type in ("await_expression", "yield_expression") and _scope_of(inner) == node:
            return []
    edited = data
    for modifier in sorted(modifiers, key=lambda m: m.start_byte, reverse=True):
        cut = modifier.end_byte
        while cut < len(edited) and edited[cut : cut + 1] in (b" ", b"\t"):
            cut += 1
        edited = edited[: modifier.start_byte] + edited[cut:]
    dropped = " and ".join(f"'{node_text(m)}'" for m in modifiers)
    text = edited.decode("utf-8", errors="surrogateescape")
    return [Candidate(path, text, name.start_point.row + 1,
                      f"drop {dropped} from the constructor, which can be neither async nor a generator")]  # fmt: skip


def _scope_of(node: tree_sitter.Node) -> tree_sitter.Node | None:
    parent = node.parent
    while parent is not None and parent.type not in FUNCTION_SCOPES:
        parent = parent.parent
    return parent


# -- duplicate parameter names ------------------------------------------------------------------------
MAX_FREE = 3
PARAMETER_WRAPPERS = ("assignment_pattern", "required_parameter", "optional_parameter")


def _duplicate_parameters(data: bytes, path: str, node: tree_sitter.Node, line: int) -> list[Candidate]:
    names = [_parameter_name(p) for p in node.named_children]
    seen: set[str] = set()
    later = None
    for name in names:
        if name is not None and node_text(name) in seen:
            later = name
            break
        if name is not None:
            seen.add(node_text(name))
    function = node.parent
    body = function.child_by_field_name("body") if function is not None else None
    if later is None or body is None:
        return []
    text = data.decode("utf-8", errors="surrogateescape")
    bound = declared_names(text, path) | set(GLOBALS) | seen
    free = [node_text(n) for n in walk(body) if n.type == "identifier" and node_text(n) not in bound]
    renamed = [
        Candidate(path, replace_span(data, later.start_byte, later.end_byte, name), line,
                  f"name the repeated parameter '{node_text(later)}' '{name}', which the body reads")
        for name in list(dict.fromkeys(free))[:MAX_FREE]
    ]  # fmt: skip
    return renamed + _unread_parameters(data, path, node, body=body, later=later, line=line)


def _unread_parameters(
    data: bytes,
    path: str,
    node: tree_sitter.Node,
    *,
    body: tree_sitter.Node,
    later: tree_sitter.Node,
    line: int,
) -> list[Candidate]:
    """A repeated name the body never reads is a placeholder (`(_, _) => null`): the later one
    dropped, then every unread parameter that ends the list (a callback is called with more
    arguments than it names; the ones it leaves out change nothing)."""
    read = {node_text(n) for n in walk(body) if n.type == "identifier"}
    if node_text(later) in read:
        return []
    parameters = list(node.named_children)
    if any(p.type == "comment" for p in parameters):
        return []
    kept_tail = len(parameters)
    while (
        kept_tail
        and (name := _parameter_name(parameters[kept_tail - 1])) is not None
        and (node_text(name) not in read and parameters[kept_tail - 1].type == "identifier")
    ):
        kept_tail -= 1
    found = []
    # Dropping a parameter shifts the ones after it to other arguments: only the last may go alone.
    if _owner(later, node).id == parameters[-1].id:
        found.append(
            (parameters[:-1], f"drop the repeated parameter '{node_text(later)}', which the body never reads")
        )
    if kept_tail < len(parameters) - 1:
        found.append((parameters[:kept_tail], "drop the parameters the body never reads"))
    return [
        Candidate(
            path,
            replace_span(
                data, node.start_byte, node.end_byte, "(" + ", ".join(node_text(p) for p in kept) + ")"
            ),
            line,
            what,
        )
        for kept, what in found
    ]


def _owner(name: tree_sitter.Node, parameters: tree_sitter.Node) -> tree_sitter.Node:
    """The parameter of the list that binds `name` (the identifier itself, or a defaulted one)."""
    while name.parent is not None and name.parent.id != parameters.id:
        name = name.parent
    return name


def _parameter_name(parameter: tree_sitter.Node) -> tree_sitter.Node | None:
    """The identifier a simple or defaulted parameter binds (patterns are left alone)."""
    while parameter.type in PARAMETER_WRAPPERS:
        inner = parameter.child_by_field_name("left") or parameter.child_by_field_name("pattern")
        if inner is None:
            return None
        parameter = inner
    return parameter if parameter.type == "identifier" else None


# -- TypeScript parameter grammar (round 48, npm22) ---------------------------------------------------
BODYLESS = ("function_signature", "method_signature", "abstract_method_signature", "construct_signature",
            "call_signature", "function_type", "constructor_type")  # fmt: skip


def _parameter_modifiers(data: bytes, path: str, node: tree_sitter.Node, line: int) -> list[Candidate]:
    """TS1015/TS1047: the `?` of a defaulted or rest parameter dropped; TS1048/TS2371: the initializer
    of a rest parameter or of a parameter in a signature without a body dropped (see the module's note)."""
    mark = next((c for c in node.children if c.type == "?"), None)
    value = node.child_by_field_name("value")
    rest = any(c.type == "rest_pattern" for c in node.named_children)
    owner = node.parent.parent if node.parent is not None else None
    bodyless = owner is not None and (
        owner.type in BODYLESS
        or (owner.type == "method_definition" and owner.child_by_field_name("body") is None)
    )
    setter = (
        owner is not None
        and owner.type == "method_definition"
        and any(c.type == "set" for c in owner.children)
    )
    row = node.start_point.row + 1
    if node.type == "required_parameter" and value is None and not rest and node.parent is not None:
        found = _required_after_optional(data, path, node, row)
        if found:
            return found
    if mark is not None and setter and value is None:
        # TS1051: a setter always receives the assigned value, so its parameter is never optional.
        return [Candidate(path, replace_span(data, mark.start_byte, mark.end_byte, ""), row,
                          f"drop the '?' of {node_text(node)}: a setter always receives its value")]  # fmt: skip
    if mark is not None and (value is not None or rest):
        why = (
            "a defaulted parameter is already optional"
            if value is not None
            else "a rest parameter is never optional"
        )
        return [Candidate(path, replace_span(data, mark.start_byte, mark.end_byte, ""), row,
                          f"drop the '?' of {node_text(node)}: {why}")]  # fmt: skip
    if value is not None and (rest or bodyless or setter):
        equals = next((c for c in node.children if c.type == "="), None)
        start = equals.start_byte if equals is not None else value.start_byte
        while start > node.start_byte and data[start - 1 : start] in (b" ", b"\t"):
            start -= 1
        why = (
            "a rest parameter takes no default"
            if rest
            else "a setter always receives its value"
            if setter
            else "only an implementation takes a default"
        )
        return [Candidate(path, replace_span(data, start, value.end_byte, ""), row,
                          f"drop the initializer of {node_text(node)}: {why}")]  # fmt: skip
    return []


def _optional_marks(parameter: tree_sitter.Node) -> tree_sitter.Node | None:
    """The `?` of a parameter optional without a default (`x?: T`), or None."""
    if parameter.type != "optional_parameter" or parameter.child_by_field_name("value") is not None:
        return None
    return next((c for c in parameter.children if c.type == "?"), None)


def _tolerates_absence(name: str, body: tree_sitter.Node | None) -> bool:
    """Whether the function body tests `name` for a missing value before relying on it."""
    if body is None:
        return False
    text = node_text(body)
    word = re.escape(name)
    # The name itself, not a member of that name (`this.height ?? 0`, `box.height || 0`), and `!x`
    # only as a whole operand (`!height.valid` reads through a missing value).
    alone = rf"(?<![\w$.]){word}(?![\w$])"
    return (
        re.search(
            rf"{alone}\s*(?:\?\?|\?\.|[!=]==?\s*(?:undefined|null)\b|\|\|)|typeof\s+{alone}"
            rf"|!\s*{alone}(?!\s*[.\[(])|(?:undefined|null)\s*[!=]==?\s*{alone}",
            text,
        )
        is not None
    )


def _required_after_optional(data: bytes, path: str, node: tree_sitter.Node, row: int) -> list[Candidate]:
    """TS1016 at a required parameter that follows `x?: T` (see the module's note)."""
    siblings = [c for c in node.parent.named_children if c.type != "comment"]
    at = next(i for i, c in enumerate(siblings) if c.id == node.id)
    marks = [m for m in (_optional_marks(p) for p in siblings[:at]) if m is not None]
    plain = [
        p for p in siblings[:at] if p.type == "required_parameter" and p.child_by_field_name("value") is None
    ]
    if not marks or any(p.start_byte > marks[0].start_byte for p in plain):
        return []  # tsc's first TS1016 is at the first required parameter after an optional one
    found = []
    new = data
    for mark in sorted(marks, key=lambda m: m.start_byte, reverse=True):
        new = new[: mark.start_byte] + new[mark.end_byte :]
    found.append(Candidate(path, new.decode("utf-8", errors="surrogateescape"), row,
                           "a required parameter follows: the earlier parameters made required"))  # fmt: skip
    owner = node.parent.parent
    body = owner.child_by_field_name("body") if owner is not None else None
    later = [
        p for p in siblings[at:] if p.type == "required_parameter" and p.child_by_field_name("value") is None
    ]
    names = [p.child_by_field_name("pattern") for p in later]
    if all(
        n is not None and n.type == "identifier" and _tolerates_absence(node_text(n), body) for n in names
    ):
        new = data
        for name in sorted(names, key=lambda n: n.start_byte, reverse=True):
            new = new[: name.end_byte] + b"?" + new[name.end_byte :]
        found.append(Candidate(path, new.decode("utf-8", errors="surrogateescape"), row,
                               f"{node_text(names[0])} made optional as the parameter before it: the body allows it missing"))  # fmt: skip
    return found
