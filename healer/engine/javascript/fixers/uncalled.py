"""TYPE_ERROR candidates for a method read but not called: `name.trim.toLowerCase()` throws
"name.trim.toLowerCase is not a function", because `name.trim` is the function itself.

The uncalled-method family (PyTER's origin repair, Oh et al., FSE 2022: the wrong value is the
receiver, made one step earlier in the chain; ssFix/TBar's "method invocation adder"): when the
member read just before the missing method is a FUNCTION, calling it (`name.trim().toLowerCase()`)
gives the value the chain goes on with. Which members are functions is decided from the sandbox's
own Node (the table of fixers/builtins.py: every built-in prototype's own methods, from
`Object.getOwnPropertyNames(<Global>.prototype)`) and from the methods the repository declares,
not from names spelt here; when the table is not at hand, type_errors' per-type lists stand in.
A built-in method counts only when one built-in prototype has both it and the missing method
(`trim` and `toLowerCase` are both String's: the chain stays on one type), so a record's field
that shares a method's name (`b.at.getTime()` with `at` a Date, not Array's `at`) is not called.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping

from healer.engine.javascript.fixers.base import Candidate, parsing, replace_span
from healer.engine.javascript.fixers.type_errors import (
    ARRAY_ONLY,
    DATE_ONLY,
    NOT_FUNCTION,
    NUMBER_ONLY,
    STRING_ONLY,
)
from healer.engine.javascript.syntax import encode, method_call, node_text, parse, walk

Table = Mapping[str, Mapping[str, Mapping[str, int | None]]]


def prototype_methods(table: Table | None) -> tuple[frozenset[str], ...]:
    """Each built-in's instance methods (arity known: a function, not a data property)."""
    if not table:
        # type_errors' per-type lists: the methods only one built-in's instances have.
        return (STRING_ONLY, NUMBER_ONLY, ARRAY_ONLY, DATE_ONLY)
    return tuple(
        frozenset(
            member
            for member, arity in (sides.get("prototype") or {}).items()
            if arity is not None and member != "constructor" and not member.startswith("__")
        )
        for sides in table.values()
    )


def _chained_functions(table: Table | None, name: str, methods: Iterable[str]) -> frozenset[str]:
    """Members whose result may have `name`: a built-in's method beside `name` on one prototype, or
    a method the repository declares."""
    together = [group for group in prototype_methods(table) if name in group]
    return frozenset().union(*together, methods)


def uncalled_method_candidates(
    text: str, path: str, *, line: int, message: str, table: Table | None, methods: Iterable[str] = ()
) -> list[Candidate]:
    """`a.f.g()` failing with "a.f.g is not a function" where `f` is a method: `a.f().g()`."""
    match = NOT_FUNCTION.match(message)
    tree = parse(text, path)
    if match is None or tree is None:
        return []
    # The member V8 names just before the missing one ("name.trim." -> "trim"), when it names one.
    chain = [part for part in match["chain"].split(".") if part]
    named = chain[-1].split("(")[0].split("[")[0] if chain else ""
    if named and "(" in chain[-1]:
        return []  # V8 shows "f(...)": the member was called already
    functions = _chained_functions(table, match["name"], methods)
    data = encode(text)
    generated = list(_calls_added(data, path, tree.root_node, line, match["name"], named, functions))
    return parsing(generated, original=text, path=path)


def _calls_added(data: bytes, path: str, root, line: int, name: str, named: str, functions: frozenset[str]
                 ) -> Iterator[Candidate]:  # fmt: skip
    for node in walk(root):
        parts = method_call(node)
        if parts is None or node.start_point.row > line - 1 or node.end_point.row < line - 1:
            continue
        obj, prop = parts
        if node_text(prop) != name or obj.type != "member_expression":
            continue
        inner = obj.child_by_field_name("property")
        member = node_text(inner) if inner is not None else ""
        if not member or member not in functions or (named and member != named):
            continue
        called = replace_span(data, obj.end_byte, obj.end_byte, "()")
        yield Candidate(path, called, line,
                        f"call '{member}' before reading '{name}' from its result: "
                        f"{node_text(obj)[:40]} is the method itself, not its value")  # fmt: skip
