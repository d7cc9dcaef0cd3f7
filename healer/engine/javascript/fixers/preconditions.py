"""A built-in's precondition on an argument, named by its TypeError, satisfied where the argument is made.

V8 words many TypeErrors as the precondition a built-in checks on an argument, and the specification
says what value satisfies it. The repair is then determined: the argument given that property at the
place the value is made (a literal in the call, or the declaration the call reads by name), not a
guard at the call. Each family below is one ECMAScript precondition:

- `String.prototype.matchAll` / `replaceAll` with a RegExp require its `g` flag (22.1.3.13, 22.1.3.20;
  V8: "called with a non-global RegExp argument", "replaceAll must be called with a global RegExp"):
  the flag added to the regular expression literal, or to the `new RegExp(source, flags)` call, that
  the call passes or that the name it passes is declared with. When the crash line holds no such
  call (the runner's line is the declaration's, or a caller's), every call of that built-in in the
  module whose argument lacks the flag is a candidate, the crash line's first.
- `Object.defineProperty`'s descriptor must be an object (20.1.2.4 ToPropertyDescriptor; V8: "Property
  description must be an object: x"): a bare value wrapped as the data descriptor `{ value: x }`.
- a descriptor may not have both accessors and `value`/`writable` (ToPropertyDescriptor step 15;
  V8: "Invalid property descriptor. Cannot both specify accessors and a value or writable
  attribute"): the data half left out, since a getter without a setter is read-only already.
- `Function.prototype.apply` takes its arguments as ONE array-like (20.2.3.1 CreateListFromArrayLike;
  V8: "CreateListFromArrayLike called on non-object"): the arguments after `thisArg` put in one array.
- `Intl.ListFormat.prototype.format` takes an iterable of strings (StringListFromIterable; V8:
  "Iterable yielded x which is not a string"): the list mapped through `String`.

No code runs here; every candidate parses and the sandbox's tests still decide.
"""

from __future__ import annotations

import re

import tree_sitter

from healer.engine.javascript.fixers.base import Candidate, parsing, replace_span
from healer.engine.javascript.syntax import encode, node_text, parse, walk

NON_GLOBAL = re.compile(
    r"(?P<method>matchAll|replaceAll) called with a non-global RegExp"
    r"|(?P<other>matchAll|replaceAll) must be called with a global RegExp"
)
NOT_DESCRIPTOR = re.compile(r"Property description must be an object")
MIXED_DESCRIPTOR = re.compile(
    r"Invalid property descriptor\. Cannot both specify accessors and a value or writable"
)
NOT_ARRAY_LIKE = re.compile(r"CreateListFromArrayLike called on non-object")
NOT_STRING_ITEM = re.compile(r"Iterable yielded .+ which is not a string")
DATA_KEYS = ("value", "writable")
DEFINERS = ("Object.defineProperty", "Reflect.defineProperty")


def precondition_candidates(text: str, path: str, *, line: int, message: str) -> list[Candidate]:
    """Edits that give the argument the crash's message names the property its built-in requires."""
    tree = parse(text, path)
    if tree is None:
        return []
    root, data = tree.root_node, encode(text)
    found: list[Candidate] = []
    if match := NON_GLOBAL.search(message):
        found += _global_flags(root, data, path, line=line, method=match["method"] or match["other"])
    if NOT_DESCRIPTOR.search(message):
        found += _wrapped_descriptors(root, data, path, line=line)
    if MIXED_DESCRIPTOR.search(message):
        found += _accessor_descriptors(root, data, path, line=line)
    if NOT_ARRAY_LIKE.search(message):
        found += _applied_lists(root, data, path, line=line)
    if NOT_STRING_ITEM.search(message):
        found += _string_lists(root, data, path, line=line)
    return parsing(found, original=text, path=path)


def _calls(root: tree_sitter.Node, method: str) -> list[tree_sitter.Node]:
    """Every `receiver.method(...)` call of the module, in document order."""
    found = []
    for node in walk(root):
        if node.type != "call_expression":
            continue
        callee = node.child_by_field_name("function")
        prop = callee.child_by_field_name("property") if callee is not None else None
        if (
            callee is not None
            and callee.type == "member_expression"
            and prop is not None
            and node_text(prop) == method
        ):
            found.append(node)
    return found


def _arguments(call: tree_sitter.Node) -> list[tree_sitter.Node]:
    args = call.child_by_field_name("arguments")
    return [a for a in args.named_children if a.type != "comment"] if args is not None else []


def _on_line(node: tree_sitter.Node, line: int) -> bool:
    return node.start_point.row <= line - 1 <= node.end_point.row


def _nearest_first(calls: list[tree_sitter.Node], line: int) -> list[tree_sitter.Node]:
    """The calls on the crash line first, then the module's others (a caller's line, a declaration's)."""
    return sorted(calls, key=lambda call: (not _on_line(call, line), abs(call.start_point.row - (line - 1))))


# -- matchAll / replaceAll: the g flag -------------------------------------------------------------------


def _global_flags(root, data: bytes, path: str, *, line: int, method: str) -> list[Candidate]:
    found: list[Candidate] = []
    for call in _nearest_first(_calls(root, method), line):
        arguments = _arguments(call)
        if not arguments:
            continue
        made = _making_site(root, arguments[0])
        if made is None:
            continue
        new = _with_flag(made, data, "g")
        if new is not None:
            at = made.start_point.row + 1
            found.append(
                Candidate(path, new, at,
                          f"give the regular expression {method} is called with its g flag, which {method} requires")
            )  # fmt: skip
    # A regular expression declared in the module whose name reaches the call through another binding
    # (a parameter): its declaration alone, when the crash line names it.
    for node in walk(root):
        if node.type == "variable_declarator" and _on_line(node, line):
            value = node.child_by_field_name("value")
            if value is not None and _is_regex(value):
                new = _with_flag(value, data, "g")
                if new is not None:
                    found.append(
                        Candidate(
                            path,
                            new,
                            line,
                            f"give the regular expression its g flag, which {method} requires",
                        )
                    )
    return found


def _is_regex(node: tree_sitter.Node) -> bool:
    if node.type == "regex":
        return True
    if node.type == "new_expression":
        constructor = node.child_by_field_name("constructor")
        return constructor is not None and node_text(constructor) == "RegExp"
    return False


def _making_site(root, argument: tree_sitter.Node) -> tree_sitter.Node | None:
    """The regular expression the argument is: itself, or the value its name is declared with in the
    module (the declaration nearest before the use)."""
    if _is_regex(argument):
        return argument
    if argument.type != "identifier":
        return None
    name = node_text(argument)
    best = None
    for node in walk(root):
        if node.type != "variable_declarator" or node.start_byte > argument.start_byte:
            continue
        declared = node.child_by_field_name("name")
        value = node.child_by_field_name("value")
        if declared is not None and node_text(declared) == name and value is not None and _is_regex(value):
            best = value
    return best


def _with_flag(regex: tree_sitter.Node, data: bytes, flag: str) -> str | None:
    """The text with `flag` added to the regex literal or `new RegExp(source[, flags])`; None when it has it."""
    if regex.type == "regex":
        flags = regex.child_by_field_name("flags")
        if flags is None:
            return replace_span(data, regex.end_byte, regex.end_byte, flag)
        if flag in node_text(flags):
            return None
        return replace_span(data, flags.end_byte, flags.end_byte, flag)
    args = regex.child_by_field_name("arguments")
    given = [a for a in args.named_children if a.type != "comment"] if args is not None else []
    if len(given) == 1:
        return replace_span(data, given[0].end_byte, given[0].end_byte, f", '{flag}'")
    if len(given) == 2 and given[1].type == "string":
        written = node_text(given[1])
        if flag in written[1:-1]:
            return None
        return replace_span(data, given[1].end_byte - 1, given[1].end_byte - 1, flag)
    return None


# -- Object.defineProperty's descriptor ------------------------------------------------------------------


def _define_calls(root, line: int) -> list[tuple[tree_sitter.Node, tree_sitter.Node]]:
    """(call, descriptor argument) of each `Object.defineProperty(o, key, descriptor)` on the line."""
    found = []
    for node in walk(root):
        if node.type != "call_expression" or not _on_line(node, line):
            continue
        callee = node.child_by_field_name("function")
        arguments = _arguments(node)
        if callee is not None and node_text(callee) in DEFINERS and len(arguments) == 3:
            found.append((node, arguments[2]))
    return found


def _wrapped_descriptors(root, data: bytes, path: str, *, line: int) -> list[Candidate]:
    found = []
    for _call, descriptor in _define_calls(root, line):
        if descriptor.type == "object":
            continue
        value = node_text(descriptor)
        new = replace_span(data, descriptor.start_byte, descriptor.end_byte, f"{{ value: {value} }}")
        found.append(
            Candidate(path, new, descriptor.start_point.row + 1,
                      f"define the property by the data descriptor {{ value: {value[:40]} }}")
        )  # fmt: skip
    return found


def _accessor_descriptors(root, data: bytes, path: str, *, line: int) -> list[Candidate]:
    found = []
    for _call, descriptor in _define_calls(root, line):
        if descriptor.type != "object":
            continue
        members = [m for m in descriptor.named_children if m.type != "comment"]
        dropped = [m for m in members if _key(m) in DATA_KEYS]
        if not dropped or not any(_key(m) in ("get", "set") for m in members):
            continue
        kept = [node_text(m) for m in members if m not in dropped]
        new = replace_span(data, descriptor.start_byte, descriptor.end_byte, "{ " + ", ".join(kept) + " }")
        names = " and ".join(_key(m) for m in dropped)
        found.append(
            Candidate(path, new, descriptor.start_point.row + 1,
                      f"leave {names} out of the accessor descriptor, which cannot have both")
        )  # fmt: skip
    return found


def _key(member: tree_sitter.Node) -> str:
    if member.type == "shorthand_property_identifier":
        return node_text(member)
    key = member.child_by_field_name("key") or member.child_by_field_name("name")
    return node_text(key).strip("'\"") if key is not None else ""


# -- Function.prototype.apply's argument list ------------------------------------------------------------


def _applied_lists(root, data: bytes, path: str, *, line: int) -> list[Candidate]:
    found = []
    for call in _calls(root, "apply"):
        arguments = _arguments(call)
        if not _on_line(call, line) or len(arguments) < 2:
            continue
        if len(arguments) == 2 and arguments[1].type == "array":
            continue  # an array literal is array-like already
        listed = ", ".join(node_text(a) for a in arguments[1:])
        new = replace_span(data, arguments[1].start_byte, arguments[-1].end_byte, f"[{listed}]")
        found.append(
            Candidate(path, new, call.start_point.row + 1, "pass apply's arguments as the one array it takes")
        )
    return found


# -- Intl.ListFormat's strings ---------------------------------------------------------------------------


def _string_lists(root, data: bytes, path: str, *, line: int) -> list[Candidate]:
    found = []
    for method in ("format", "formatToParts"):
        for call in _calls(root, method):
            arguments = _arguments(call)
            if not _on_line(call, line) or len(arguments) != 1:
                continue
            argument = arguments[0]
            written = node_text(argument)
            mapped = (
                f"{written}.map(String)"
                if argument.type in ("identifier", "member_expression", "call_expression")
                else f"[...{written}].map(String)"
            )
            new = replace_span(data, argument.start_byte, argument.end_byte, mapped)
            found.append(
                Candidate(path, new, call.start_point.row + 1, "give the list format the items as text, which it requires")
            )  # fmt: skip
    return found
