"""TS2339 on a property the type does not store but the code can compute: `f(o.m)` for `o.p`.

`Property 'size' does not exist on type 'Dog'` where the code declares `sizeOf(weightKg: number):
Size` and `Dog` has `weightKg: number`: the value is a derived attribute, computed by a function
from a stored one, not read. The candidates are calls of a function visible in the file (declared
there or imported by name) whose declared signature fits (type-directed synthesis in the spirit of
PyTER, Oh et al., FSE 2022, and of PAR's "method replacer", Kim et al., ICSE 2013):

- one parameter of the owner type itself: `f(o)`;
- one parameter of the type of one of the owner's declared members: `f(o.m)`.

Only functions that name the missing property are taken — by their own name (`sizeOf`, `getSize`,
`toSize`) or by their declared return type (`Size`) — since a signature alone fits too many calls.
The sandbox decides: tsc's finding gone and no test newly failing.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterator, Mapping

from healer.engine.javascript.fixers.base import replace_span
from healer.engine.javascript.modules import imports
from healer.engine.javascript.syntax import node_text

MAX_DERIVED = 4
Signatures = Mapping[str, tuple[tuple[str, ...], str]]  # function -> (required parameter types, return type)
MemberList = Mapping[str, list[tuple[str, str, str]]]  # type -> (member, kind, declared type)


def derived_property(
    data: bytes,
    root,
    at: int,
    *,
    name: str,
    owner: str,
    text: str,
    path: str,
    functions: Signatures,
    members: MemberList,
) -> Iterator[tuple[str, str]]:
    """(new text, description) for `o.name` at byte `at`, where `owner` lacks `name`."""
    node = root.descendant_for_byte_range(at, at)
    access = node.parent if node is not None else None
    if access is None or access.type != "member_expression" or access.child_by_field_name("property") != node:
        return
    receiver = access.child_by_field_name("object")
    if receiver is None:
        return
    stored = [(member, declared) for member, kind, declared in members.get(owner, ()) if kind == "property"]
    found = 0
    for function in _naming(name, _visible(text, path, functions, around=access), functions):
        (parameter,), _ = functions[function]
        arguments = [node_text(receiver)] if parameter == owner else []
        fitting = [member for member, declared in stored if declared == parameter]
        # The member spelt most like the function's own parameter first (`ageOf(placedAt: string)`
        # takes `o.placedAt` before another string `o.id`), when the file declares the function.
        said = re.search(rf"\bfunction\s+{re.escape(function)}\s*\(\s*([\w$]+)", text)
        if said:
            fitting.sort(key=lambda member: -difflib.SequenceMatcher(None, member, said[1]).ratio())
        arguments += [f"{node_text(receiver)}.{member}" for member in fitting]
        for argument in arguments:
            if found >= MAX_DERIVED:
                return
            found += 1
            yield (
                replace_span(data, access.start_byte, access.end_byte, f"{function}({argument})"),
                f"compute '{name}' with {function}({argument}): {owner} does not store it",
            )


def derived_types(name: str, *, text: str, path: str, functions: Signatures) -> set[str]:
    """The declared return types of the visible functions that compute `name`: the type the missing
    property's value has, so a stored member of another type cannot stand for it."""
    visible = _visible(text, path, functions, around=None)
    return {functions[function][1] for function in _naming(name, visible, functions)}


def _naming(name: str, visible: list[str], functions: Signatures) -> list[str]:
    """The visible one-parameter functions that name `name`, by their name or their return type."""
    wanted = name.lower()
    found = []
    for function in visible:
        parameters, returns = functions[function]
        if len(parameters) != 1 or not parameters[0]:
            continue
        words = {w.lower() for w in re.findall(r"[A-Z]?[a-z0-9]+|[A-Z]+(?![a-z])", function)}
        if wanted in words or returns.lower() == wanted:
            found.append(function)
    return found


def _visible(text: str, path: str, functions: Signatures, *, around) -> list[str]:
    """Functions the file declares or imports under their own name, less the one `around` is in."""
    imported = {n.local for ref in imports(text, path) for n in ref.names if n.local == n.imported}
    declared = {n for n in functions if re.search(rf"\bfunction\s+{re.escape(n)}\b", text)}
    scope = around.parent if around is not None else None
    while scope is not None:
        named = scope.child_by_field_name("name") if scope.type == "function_declaration" else None
        if named is not None:
            declared.discard(node_text(named))
            imported.discard(node_text(named))
        scope = scope.parent
    return sorted((imported | declared) & set(functions))
